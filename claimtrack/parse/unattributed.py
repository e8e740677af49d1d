"""Checkable sentences nobody is credited with: events, numbers, records, scheduled future events.

The article (or the outlet whose section it stands in) asserts them itself; they become claims with no
speaker, no cue and quote "none". Connectives such as ", in addition," split a sentence into clauses
judged one by one. A clause qualifies when it is a plain assertion naming something checkable (a
number, a name, a future event) and is not the writer's comment. The tables are in
`claimtrack.rules.checkable`; what is commentary, in three strengths:

- never checkable: questions, exclamations, the first or second person, the writer talking about the
  text or to the reader ("Here is", "in other words", "Follow X on Twitter"), a judgement or a degree of
  belief framing the clause ("it is obvious that", "one can hardly", "seems to"), a condition ("If ...,
  ..."), a deontic or epistemic modal ("should", "must", "might");
- checkable only with an anchor (a digit, a month or weekday, a number word, a record, a verb of an
  event): evaluative words ("remarkably", "formidable"), someone's mind read by the writer ("wants",
  "realized"), weaker modals ("would", "could", "needs to"), and glosses ("Those words mean ...");
- everything else that names something.
"""

from __future__ import annotations

import functools
import re

import attrs

from claimtrack.parse.kinds import any_of, padded, statement_kind
from claimtrack.parse.photos import photo_credit
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules

Span = tuple[int, int]

_FIRST_PERSON = re.compile(
    r"""
    (?=[IMmWwOouYy])    # a cheap first test: the engine skips other characters without trying \b
    \b(?:I|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)\b  # the writer or the reader: an aside
    # ("US" in capitals is the country, not "us")
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
_WORD = re.compile(
    r"""
    [\w$%@'’-]+(?:\.\w+)*       # a word, a number, "U.S", "it's", "$7" (one dot-free run, then .runs)
    | [,;:]                     # a comma, semicolon or colon: a word of its own
    """,
    re.VERBOSE,
)
_DIGIT = re.compile(r"\d")
_REFERENCE = re.compile(
    r"""
    \(\d{1,4}[,)]  # a bracket opening with a page number: "(1, 9, Gazeta, April 1, p. 6)", "(2)"
    [^()\n]{0,300}\)[.]?  # the rest of the reference, to its closing bracket
    """,
    re.VERBOSE,
)
_QUOTED = re.compile(
    r"""
    “[^“”\n]{0,300}”          # a quoted phrase in curly quotes: a mention, not the writer's words
    | "[^"\n]{0,300}"          # the same in straight quotes
    """,
    re.VERBOSE,
)
_LEADING = frozenset({"but", "and", "or", "so", "yet", "still", "however", "then", "now", "thus", ","})
_NOT_INTERROGATIVE = frozenset({"which", "about", "if", "whether"})  # "Which is why ..." asks nothing
_BE = frozenset({"is", "are", "was", "were"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_GLOSS_REACH = 8  # words after a demonstrative opening within which a gloss verb counts
_CLOSERS = "”\"'’»)] \t\r\n"
_TRIM = " \t\r\n\u00a0,;:"
_MIN_WORDS = 5  # words of the shortest clause a fact-checker could check


@functools.lru_cache(maxsize=16)
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


def _words(text: str) -> list[str]:
    """The words of `text` with straight apostrophes, commas kept as words."""
    if "’" not in text:  # most clauses: nothing to replace, the list from findall will do
        return _WORD.findall(text)
    return [w.replace("’", "'") for w in _WORD.findall(text)]


class _Phrases:
    """Table entries as word tuples indexed by their first word, and as one pattern that finds any of
    them in a clause's words joined by spaces (words hold no space, so " a b " is in " w1 ... wn "
    exactly when the words a, b follow each other there). Each entry has a key, its longest word: the
    pattern finds nothing in words that hold no key, which a set tells without a search."""

    def __init__(self, entries: tuple[str, ...] | frozenset[str], *, lower: bool = True) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for e in entries:
            words = tuple(_words(e.lower() if lower else e))
            if words:
                self.by_first.setdefault(words[0], []).append(words)
        joined = (" " + " ".join(p) + " " for ps in self.by_first.values() for p in ps)
        self.pattern = re.compile(alternation(joined))
        self.lower_case = all(w == w.lower() for ps in self.by_first.values() for p in ps for w in p)
        self.keys = frozenset(max(reversed(p), key=len) for ps in self.by_first.values() for p in ps)

    def at(self, words: list[str], i: int) -> bool:
        """Whether an entry starts at `words[i]`."""
        return any(tuple(words[i : i + len(p)]) == p for p in self.by_first.get(words[i], ()))

    def anywhere(self, words: list[str]) -> bool:
        """Whether an entry starts at any word: one regex search instead of a test per word."""
        return self.found_in(words, " " + " ".join(words) + " ")

    def found_in(self, words: list[str], joined: str) -> bool:
        """`anywhere` for words already joined as it joins them (`joined`): a search only when a key
        is among them."""
        return not self.keys.isdisjoint(words) and self.pattern.search(joined) is not None

    def maybe_in(self, lowered: list[str], joined: str) -> bool:
        """Whether an entry may start at a word of a clause in any case, given its words lowered, and
        joined: when every entry is in lower case, one found in the words as written is found in them
        lowered, so False is certain; otherwise True, to be tested on the words."""
        return not self.lower_case or self.found_in(lowered, joined)


@attrs.frozen
class _Tables:
    """A `Rules`' checkability tables, prepared once."""

    openings: _Phrases
    anywhere: _Phrases
    conditions: _Phrases
    strong: _Phrases
    weak: _Phrases
    anchors: _Phrases
    glosses: frozenset[str]
    months: frozenset[str]
    impersonal: re.Pattern[str]
    future: re.Pattern[str]  # found in a string exactly when a `Rules.future_markers` entry is in it


@functools.lru_cache(maxsize=16)
def _tables(rules: Rules) -> _Tables:
    judgements = "|".join(re.escape(w) for w in sorted(rules.impersonal_judgements, key=len, reverse=True))
    forecasts = "|".join(re.escape(w) for w in sorted(rules.impersonal_forecasts, key=len, reverse=True))
    adverbs = "|".join(re.escape(w) for w in sorted(rules.impersonal_adverbs, key=len, reverse=True))
    impersonal = re.compile(
        rf"""
        it(?<=\bit)                 # "it" as a word: the literal first, for the engine's quick scan
        (?:\s(?:is|was|seems|seemed|became|becomes|remains|remained)|'s|\shas\sbecome
        |\shas\sbeen|'s\sbeen)
        (?:\s(?:\w+ly|{adverbs or "(?!)"})){{0,2}}     # up to two adverbs: "is now abundantly clear"
        \s(?:(?:{judgements or "(?!)"})\b           # "it is obvious", "it was believed"
        | (?:{forecasts or "(?!)"})\b(?!\sto\b))     # "it is expected that", not "it is expected to"
        """,
        re.VERBOSE,
    )
    return _Tables(
        openings=_Phrases((*rules.hedges, *rules.writer_openings)),
        anywhere=_Phrases((*rules.writer_talk, *rules.subjective_frames)),
        conditions=_Phrases(rules.conditional_openings),
        strong=_Phrases(rules.strong_modals, lower=False),
        weak=_Phrases((*rules.evaluative, *rules.mental_states, *rules.weak_modals), lower=False),
        anchors=_Phrases((*rules.anchor_words, *rules.event_verbs)),
        glosses=frozenset(rules.gloss_verbs),
        months=frozenset(rules.months_and_days),
        impersonal=impersonal,
        future=any_of(rules.future_markers),
    )


def commentary(piece: str, rules: Rules) -> str | None:
    """Why `piece` is the writer's comment rather than a checkable assertion, or None if it is not.

    >>> from claimtrack.rules import DEFAULT_RULES
    >>> commentary("Sergei Lavrov is a remarkably articulate diplomat.", DEFAULT_RULES)
    'evaluative'
    >>> commentary("The vote passed 52-48 on a remarkably quiet afternoon.", DEFAULT_RULES) is None
    True
    """
    body = piece.rstrip(_CLOSERS)
    if body.endswith("?"):
        return "question"
    if body.endswith("!"):
        return "exclamation"
    # quoted words are someone else's, not the writer's (a clause with no quotation mark has none)
    unquoted = _QUOTED.sub(" ", piece) if '"' in piece or "“" in piece else piece
    if _FIRST_PERSON.search(unquoted):
        return "first or second person"
    t = _tables(rules)
    cased = _words(unquoted)
    if not cased:
        return None
    # the words in lower case, and joined by spaces with a space at either end for the tables' patterns
    # (words hold no space: lowering them joined is lowering each)
    lowered = " ".join(cased).lower()
    words = lowered.split(" ")
    joined = f" {lowered} "
    i = 0
    while i < min(3, len(words) - 1) and words[i] in _LEADING:  # "But if ...", "However, it is ..."
        i += 1
    if (
        len(words) > i + 1
        and words[i] in rules.question_words
        and words[i] not in _NOT_INTERROGATIVE
        and words[i + 1] in rules.auxiliaries
        and not (words[i] in ("what", "who") and words[i + 1] in _BE)  # "What is known is ..."
    ):
        return "question"  # "Why did Biden do this." asks, whatever its full stop says
    if t.openings.at(words, 0) or t.openings.at(words, i):
        return "writer talk"
    if t.conditions.at(words, i):
        return "condition"
    if t.anywhere.found_in(words, joined):
        return "subjective frame"
    # a clause with no quotation and no curly apostrophe: its words are those `_writers_part` reads
    plain = unquoted == piece and "’" not in piece
    writers = piece if plain and rules.bare_clause.isdisjoint(words) else _writers_part(piece, rules)
    if writers is not piece:  # after "said", modals and judgements are the speaker's
        mine = len(_words(_QUOTED.sub(" ", writers)))
        cased, words = cased[:mine], words[:mine]
        joined = " " + " ".join(words) + " "
    if t.impersonal.search(joined):  # (the spaces at its ends make or break no match)
        return "impersonal judgement"
    # The modal and weak entries are matched in the case written, except in a headline ("Adelson and
    # Trump May Be Aligning": capitals say nothing there), which is read only when needed. Most clauses
    # hold none of them even lowered (`maybe_in`), and stop at that one search.
    headline = None
    if t.strong.maybe_in(words, joined):
        headline = _headline(cased)
        if headline:
            cased = words
        if t.strong.anywhere(cased):
            return "modal"
    weak = None
    if len(words) > i and words[i] in _DEMONSTRATIVES and _glossed(words[i + 1 : i + 1 + _GLOSS_REACH], t):
        weak = "gloss"
    elif " could not " in joined or t.weak.maybe_in(words, joined):  # "could not" is fused below: no shortcut
        if headline is None:
            headline = _headline(cased)
            if headline:
                cased = words
        if _maybe_weak(cased, words, i, t) and t.weak.anywhere(
            _past_inability([w.lower() if j <= i else w for j, w in enumerate(cased)])
        ):
            weak = "evaluative"
    if weak is None:
        return None
    if headline is None and _headline(cased):
        cased = words
    return None if _anchored(piece, cased, words, t) else weak


def _writers_part(piece: str, rules: Rules) -> str:
    """`piece` up to a reporting verb ("Trump said that NATO may need ..."): what follows is the
    speaker's content, whose modals and judgements are the speaker's, not the writer's."""
    if rules.bare_clause.isdisjoint(map(str.lower, _WORD.findall(piece))):  # no reporting verb at all
        return piece
    for m in _WORD.finditer(piece):
        if m.start() > 0 and m.group().lower() in rules.bare_clause:
            return piece[: m.start()]
    return piece


def _maybe_weak(cased: list[str], words: list[str], i: int, t: _Tables) -> bool:
    """Whether a weak entry may start at a word of the list `commentary` tests for one: the list
    mixes `words` (up to `i`) and `cased`, and may fuse "could not" into "couldn't"."""
    firsts = t.weak.by_first.keys()
    return "couldn't" in firsts or not (firsts.isdisjoint(cased) and firsts.isdisjoint(words[: i + 1]))


def _past_inability(words: list[str]) -> list[str]:
    """ "could not explain" is a fact about the past, not a hypothesis: fused to "couldn't"."""
    out: list[str] = []
    for w in words:
        if w == "not" and out and out[-1] == "could":
            out[-1] = "couldn't"
        else:
            out.append(w)
    return out


def _headline(cased: list[str]) -> bool:
    """Whether a clause is written in title case, as headlines are."""
    long = upper = 0
    for w in cased:
        if len(w) > 3 and w[0].isalpha():
            long += 1
            upper += w[0].isupper()
    return long >= 3 and upper >= 0.8 * long


def _glossed(after: list[str], t: _Tables) -> bool:
    """Whether a gloss verb ("means") follows a demonstrative opening before any comma."""
    for w in after:
        if w in (",", ";", ":"):
            return False
        if w in t.glosses:
            return True
    return False


def _anchored(piece: str, cased: list[str], words: list[str], t: _Tables) -> bool:
    """Whether a clause holds something a record can confirm: a number, a date, a record, an event."""
    if _DIGIT.search(piece):
        return True
    if not t.months.isdisjoint(cased):
        return True
    return t.anchors.anywhere(words)


def checkable(text: str, span: Span, rules: Rules) -> bool:
    """Whether a clause asserts something a fact-checker could check."""
    return checkable_kind(text, span, rules) is not None


def checkable_kind(text: str, span: Span, rules: Rules) -> str | None:
    """The claim kind of a clause a fact-checker could check (`kind_of` as a clause), else None."""
    s, e = span
    piece = text[s:e]
    n = len(piece.split())
    if n < _MIN_WORDS or n > 80:
        return None
    if piece[:1] in '“"«' or _REFERENCE.fullmatch(piece):
        return None  # a quotation, or a press review's page reference: "(1, 9, Gazeta, April 1, p. 6)"
    bracketed = piece[:1] == "(" and piece.rstrip(".")[-1:] == ")"
    if (bracketed or piece.startswith(rules.photo_labels)) and photo_credit(piece, rules):
        return None  # "(AAP: Dean Lewins, file photo)", "Photo: Sky News / Jane Roe": a photo's credit
    low = padded(piece)  # lowered once, for the future markers here and for the kind
    t = _tables(rules)
    if not (_CHECKABLE.search(piece) or t.future.search(low)):
        cased = _words(piece)  # no name, number or future: an event or a record may still do
        if not _anchored(piece, cased, [w.lower() for w in cased], t):
            return None
    kind = statement_kind(low, rules)  # `kind_of` of a clause: implied "statement", complement "clause"
    if kind == "opinion":
        return None  # a judgement ("should", "it is important"): the writer's opinion, left out
    # a "with" clause closing the sentence is its circumstance: the writer's forecast there ("..., with
    # further rises likely in May") leaves the main clause's fact checkable
    main, with_clause, _ = piece.partition(", with ")
    judged = main if with_clause and len(main.split()) >= _MIN_WORDS else piece
    return kind if commentary(judged, rules) is None else None


def _trim(text: str, s: int, e: int) -> Span | None:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return (s, e) if e > s else None
