"""Articles that quote with single marks, as British and Malaysian copy often does: "He said: 'Once
again I've had to grant an urgent question ...'", "'Our share price will not stay below RM1,' he said".

Single marks are apostrophes as often as quotes, so `quotes.py` pairs double marks only. An article whose
attributions close or open single quotations ("...,' he said", "said: '...") and none double ones is
read with its single quotation marks as double ones: `as_double` gives the text with each single mark
that opens or closes a quotation replaced by a double mark of the same length, so every offset holds.
An apostrophe inside a word ("I've", "Sinn Fein’s") stays. The article is read on that text (quotes
paired, contents trimmed, quotations told direct or mixed); the claims' words are the article's as
written.
"""

from __future__ import annotations

import re

from claimtrack.rules import Rules

_SINGLE = "'‘’"


def _attributions(closing: str, opening: str) -> tuple[re.Pattern[str], ...]:
    """Where an attribution meets a quotation in marks of one kind, the cue's word as group 1: a mark
    closing it before the speaker (",' he said", ".’ Jane Doe added", ",' a spokesman said") or before
    the cue and then the speaker (",' said Jane Roe", as British copy inverts it), and one opening it after
    a cue and a colon ("He said: 'Once again ...")."""
    # "he", a name, or a noun phrase of up to three words after an article (",' a BIC spokesman said")
    speaker = r"(?:he|she|they|(?:[Tt]he|[Aa]n?)(?:[ ][\w-]+){1,3}|[A-Z][\w-]+(?:[ ][A-Z][\w-]+){0,2})"
    return (
        re.compile(rf"[,.?!][{closing}][ ]{speaker}[ ]([a-z]+)"),
        re.compile(rf"[,.?!][{closing}][ ]([a-z]+)[ ]{speaker}"),
        re.compile(rf"\b([a-z]+):[ ]?[{opening}][A-Z]"),
    )


_SINGLY = _attributions("'’", "'‘")
_DOUBLY = _attributions('"”', '"“')
_DOUBLE = re.compile('[“”"«»„]')
_MAX_DOUBLE = 2  # double marks an article quoting with single ones may hold: a title, a nested quote
_OPENS_AFTER = " \t\n\u00a0([{—–-/"  # a mark after one of these (or the text's start) opens a quotation
_WORD_AFTER_OPENING = re.compile(r"[\w.…\"“]")  # what a quotation's first character may be


def as_double(text: str, rules: Rules) -> str | None:
    """The text with its single quotation marks as double ones, when the article quotes with single
    marks; else None (most articles: one search for a single mark at C speed). A headline quoting a
    speaker in single marks before the cue ("'Evictions left us hopeless' say Westmere tenants", as
    British sites set headlines whatever marks the story uses) has its two marks read as double."""
    if ("'" not in text and "’" not in text) or "''" in text:
        return None  # (two apostrophes stand for a double mark: "''C,'' he said", as archives print it)
    if not _quotes_singly(text, rules):
        return _headline_quote(text, rules)
    chars = list(text)
    for i, ch in enumerate(text):
        if ch not in _SINGLE:
            continue
        before = text[i - 1] if i > 0 else "\n"
        after = text[i + 1] if i + 1 < len(text) else "\n"
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word: "I've", "Fein’s"
        if ch != "’" and before in _OPENS_AFTER and _WORD_AFTER_OPENING.match(after):
            chars[i] = "“"
        elif ch != "‘" and not before.isspace():
            chars[i] = "”"
    return "".join(chars)


def _quotes_singly(text: str, rules: Rules) -> bool:
    """Whether an attribution closes or opens a single quotation and none a double one."""
    if not _attributed(text, _SINGLY, rules) or len(_DOUBLE.findall(text)) > _MAX_DOUBLE:
        return False  # (an article quoting with double marks nests single ones: "“They said, ‘C,’ right?”")
    return not _attributed(text, _DOUBLY, rules)


def _attributed(text: str, patterns: tuple[re.Pattern[str], ...], rules: Rules) -> bool:
    """Whether a cue meets a quotation where `patterns` (`_attributions`) look for one."""
    return any(m.group(1) in rules.cues for p in patterns for m in p.finditer(text))


# a headline opening with a quotation in single marks, then a cue and a speaker: the marks as groups 1, 3
_HEADLINE_QUOTE = re.compile(r"\s*(['‘])[^'‘’\n]{3,200}?[^\s](['’]),?[ ]([a-z]+)[ ][A-Z]")


def _headline_quote(text: str, rules: Rules) -> str | None:
    """`text` with the single marks of a quotation opening its first line read as double, when a cue and
    a capitalised speaker follow it ("'C' say Westmere tenants"); else None."""
    m = _HEADLINE_QUOTE.match(text)
    if m is None or m.group(3) not in rules.cues:
        return None
    return f"{text[: m.start(1)]}“{text[m.end(1) : m.start(2)]}”{text[m.end(2) :]}"
