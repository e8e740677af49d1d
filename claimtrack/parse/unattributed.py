"""Checkable sentences nobody is credited with: numbers, events, records, future events.

The article (or the outlet whose section it stands in) asserts them itself; they become claims with no
speaker, no cue and quote "none". A sentence qualifies when it is a plain assertion (not a question,
not the writer's aside, not in the first or second person) and names something checkable: a number, a
name, or a future event. Connectives such as ", in addition," split it into clauses checked one by one.
"""

from __future__ import annotations

import re

from claimtrack.rules import Rules

Span = tuple[int, int]

_FIRST_PERSON = re.compile(
    r"""
    \b(?:I|me|my|we|our|us|you|your)\b  # the writer or the reader addressed: an aside, not a report
    """,
    re.VERBOSE,
)
_CHECKABLE = re.compile(
    r"""
    \d                          # a number or a date
    | \s[A-Z][\w’'.-]*          # a capitalised word after the first: a name
    """,
    re.VERBOSE,
)
_TRIM = " \t\r\n\u00a0,;:"


def splice_pattern(rules: Rules) -> re.Pattern[str]:
    """ ", in addition, " and the like, as one pattern built from `Rules.clause_splices`."""
    words = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(rules.clause_splices, key=len, reverse=True)
    )
    return re.compile(rf",\s+(?:{words}),\s+|;\s+", re.IGNORECASE)


def clauses(text: str, span: Span, splice: re.Pattern[str]) -> list[Span]:
    """The clauses of a sentence, split at spliced connectives."""
    s, e = span
    out: list[Span] = []
    for m in splice.finditer(text, s, e):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, e))
    return [t for t in (_trim(text, a, b) for a, b in out) if t]


def checkable(text: str, span: Span, rules: Rules) -> bool:
    """Whether a clause asserts something a fact-checker could check."""
    s, e = span
    words = text[s:e].split()
    if len(words) < 5 or len(words) > 80:
        return False
    piece = text[s:e]
    if piece.rstrip().endswith("?") or piece[:1] in '“"«':
        return False
    low = piece.lower().replace("’", "'")
    if low.startswith(rules.hedges):
        return False
    if _FIRST_PERSON.search(piece):
        return False
    padded = " " + low + " "
    return bool(_CHECKABLE.search(piece)) or any(m in padded for m in rules.future_markers)


def _trim(text: str, s: int, e: int) -> Span | None:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return (s, e) if e > s else None
