"""What every attribution form reads with: `Found` (a claim as found), the `ReaderBase` the forms
extend (the article's text, rules, sentences and quotes, and the offsets looked up in them), trimming a
span, the quotation-mark helpers (titles in quotation marks, quote kinds) and the word lists and limits
more than one form shares.

The forms build on each other in one chain, each module extending the one before: `reader_base` ->
`subjects` -> `contents` -> `reported` -> `reported_after` -> `phrase_forms` -> `quote_forms` ->
`attribute` (the `Reader`).
"""

from __future__ import annotations

import bisect
import re

import attrs

from claimtrack.model import Cue, Outlet
from claimtrack.parse.cues import CueHit
from claimtrack.parse.quotes import Quote
from claimtrack.parse.speakers import Mention
from claimtrack.parse.tokens import Token
from claimtrack.rules import Rules

Span = tuple[int, int]
SKIP_LEADS = frozenset(
    {"on", "in", "at", "to", "during", "last", "this", "earlier", "yesterday", "today", "recently",
     "again", "also", "publicly", "privately", "repeatedly", "flatly", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday", "late", "early", "before", "after", "while", "via",
     "through", "from", "over", "when", "then", "later", "once", "twice", "in a statement", "tonight",
     "here"}
)  # fmt: skip
DASH = re.compile(
    r"""
    [—–]|\s-{1,2}\s   # a dash between two words: a clause boundary
    """,
    re.VERBOSE,
)
CLAUSE_WINDOW = 80  # words read after a clause boundary for another speaker's attribution
RELATIVE_PRONOUNS = frozenset({"who", "whose", "whom", "which"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_TRAILING_MARKS = " \t\r\n\u00a0.,;:!?…"
_QUOTE_MARKS = '“”"«»„'
_QUOTE_SET = frozenset(_QUOTE_MARKS)
MAX_SUBJECT = 12


@attrs.define
class Found:
    """A claim as found in the text, before names are resolved and dates and outlets are added."""

    spans: list[Span]
    mention: Mention
    cue: Cue
    implied: str  # the kind the cue implies
    complement: str
    outlet: Outlet | None
    quote: str
    rule: str
    leftover: list[Span] = attrs.Factory(list)  # clauses cut off the content ("..., though C")
    frames: bool = False  # its outlet is the interview the speaker's later claims come from too

    @property
    def start(self) -> int:
        return min(self.spans[0][0], self.mention.span[0], self.cue.span[0] if self.cue.span else 0)

    def covers(self) -> list[Span]:
        out = [*self.spans, self.mention.span]
        if self.cue.span:
            out.append(self.cue.span)
        return out


@attrs.define
class ReaderBase:
    """The article the forms read, with what every form reads it with: sentences, quotes, trimming."""

    text: str
    rules: Rules
    sentences: list[Span]
    quotes: list[Quote]
    _starts: list[int] = attrs.Factory(list)
    _extra: list[Found] = attrs.Factory(list)  # second claims found beside a quote's attribution
    acts: list[Found] = attrs.Factory(
        list
    )  # "X announced sanctions": acts done, whose doers are names to learn
    _quote_opens: list[int] = attrs.Factory(list)

    def __attrs_post_init__(self) -> None:
        self._starts = [s for s, _ in self.sentences]
        self._quote_opens = [q.open for q in self.quotes]

    def sentence_at(self, offset: int) -> Span | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.sentences[i][0] <= offset < max(self.sentences[i][1], self.sentences[i][0] + 1):
            return self.sentences[i]
        return None

    def quote_at(self, offset: int) -> Quote | None:
        """The quote whose opening mark stands at `offset` (a space or two before it allowed)."""
        i = bisect.bisect_left(self._quote_opens, offset)
        if i < len(self.quotes) and self.quotes[i].open - offset <= 2:
            return self.quotes[i]
        return None

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_right(self._quote_opens, offset) - 1
        return i >= 0 and self.quotes[i].open < offset < self.quotes[i].close

    def _in_work(self, offset: int, gap: str) -> bool:
        """Whether the quotation marks in `gap` (at `offset`) open or close a title ("CNN's “State of the
        Union,”"), with no dash there."""
        if DASH.search(gap):
            return False
        i = bisect.bisect_right(self._quote_opens, offset + len(gap)) - 1
        return i >= 0 and self.quotes[i].open <= offset + len(gap) and self._named_work(self.quotes[i])

    def _cue(self, words: list[Token], hit: CueHit) -> Cue:
        s, e = words[hit.first].start, words[hit.last].end
        return Cue(text=self.text[s:e], lemma=hit.lemma, span=(s, e))

    def _trim(self, s: int, e: int) -> Span | None:
        text = self.text
        while s < e and text[s] in _TRAILING_MARKS:
            s += 1
        while e > s and text[e - 1] in _TRAILING_MARKS:
            e -= 1
        # a closing quotation mark left at the end without its opening one
        curly = e > s and text[e - 1] in "”»" and not any(c in "“«" for c in text[s : e - 1])
        if curly or (e > s and text[e - 1] == '"' and text.count('"', s, e) % 2):  # or a straight one, odd
            e -= 1
            while e > s and text[e - 1] in _TRAILING_MARKS:
                e -= 1
        return (s, e) if e > s else None

    def _title(self, q: Quote) -> bool:
        """A quoted name in title case ("told the program ''Inside Edition''", "“Face the Nation”"): the
        name of a show or a work, not more of what the speaker said."""
        words = " ".join(self.text[s:e] for s, e in q.parts).strip(" ,.").split()
        small = ("of", "the", "a", "an", "and", "in", "on", "for", "to", "with")
        titled = all(w[:1].isupper() or w in small for w in words)
        return 0 < len(words) <= 6 and titled and words[0][:1].isupper()

    def _named_work(self, q: Quote) -> bool:
        """ "speaking on CNN's “State of the Union,”", "the co-author of “Going Viral,”", "the hacker
        known as “Guccifer,”": a title or a name in quotation marks, no one's words."""
        before = self.text[max(0, q.open - 12) : q.open].rstrip().lower()
        if before.endswith((" as", " dubbed", " nicknamed", " named", " titled")):
            return self._title(q)  # "the hacker known as “Guccifer,”": a name, one word will do
        named = before.endswith(("'s", "’s", " on", " in", " of", " program", " show", " book", " film"))
        if not named:
            return False  # (asked first: most quotes follow no such word, and their words need no count)
        capitals = sum(w[:1].isupper() for s, e in q.parts for w in self.text[s:e].split())
        return capitals >= 2 and self._title(q)


def until_comma(words: list[Token]) -> list[Token]:
    out: list[Token] = []
    for w in words:
        out.append(w)
        if w.after[:1] in (",", ".", ";", ":", "!", "?"):
            break
    return out


def has_quote_mark(piece: str) -> bool:
    return "''" in piece or not _QUOTE_SET.isdisjoint(piece)


def quote_kind(text: str, spans: list[Span]) -> str:
    """indirect, or mixed when quoted words stand inside reported speech, or direct when all is quoted."""
    pieces = "".join(text[s:e] for s, e in spans)
    if not has_quote_mark(pieces):
        first, last = spans[0][0], spans[-1][1]
        opened = text[first - 1 : first] in ("“", '"', "«")
        closed = text[last : last + 2].lstrip(".,!?")[:1] in ("”", '"', "»")
        # (or in single marks, a word's start before the first and a word's end after the last: "'C' say
        # Westmere tenants", as British headlines quote)
        single = text[first - 1 : first] in ("'", "‘") and text[first - 2 : first - 1] in ("", " ", "\n")
        single = (
            single and text[last : last + 2].lstrip(".,!?")[:1] in ("'", "’") and text[last - 1].isalnum()
        )
        return "direct" if (opened and closed) or single else "indirect"  # "found “no evidence of C.”"
    if pieces[:1] in '“"«' and pieces.rstrip(".,")[-1:] in '”"»' and pieces.count("“") <= 1:
        return "direct"
    return "mixed"
