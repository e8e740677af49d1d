"""Quotation marks paired into quotes, with the offsets of what is inside them.

One pass over the marks. Curly marks say which way they face; a straight mark (") opens when it
follows a space, a bracket, a dash or the start of a paragraph, and closes otherwise. A quote left open
at the end of a paragraph continues when the next paragraph opens with a quotation mark (the
newspaper convention for a quote running over several paragraphs); one after a colon ends with its
paragraph ('X said: "C1. C2.' with the closing mark lost); otherwise it is dropped, so an unclosed mark
never swallows the rest of the article. Single marks (‘ ’ ') are not paired: they are
apostrophes as often as quotes.
"""

from __future__ import annotations

import bisect
import re

import attrs

Span = tuple[int, int]

_MARK = re.compile(
    r"""
    (?<![\w.,!?;:])''  # two apostrophes standing for a straight double mark (NYT archive style);
                        # of three after a space, the first two open: '''Hey,' he said,'' ...
    | ''(?!')           # of three after a word, the last two close: ... 'a special case,'''
    | [“”"«»„]          # double quotation marks of any shape
    """,
    re.VERBOSE,
)
_WORDY = re.compile(
    r"""
    \w             # a letter or digit: the quote holds words
    """,
    re.VERBOSE,
)
_OPENING = "“«„"
_CURLY_OPEN = re.compile("[“«„]")
_CURLY_CLOSE = re.compile("[”»]")
_CLOSING = "”»"
_BEFORE_OPENING = " \t\n\u00a0([{—–-/"  # a straight mark after one of these opens a quote
_INTERPOSED_WORDS = 8  # words of a caption or a subhead set inside a quotation's paragraphs
_INNER_TRIM = " \t\r\n\u00a0,;:"  # trimmed from the inside edges of a quote's content


@attrs.frozen
class Quote:
    """A pair of quotation marks: `open` and `close` index the marks, `parts` the words inside.

    A quote running over paragraphs has one part per paragraph.
    """

    open: int
    close: int
    parts: tuple[Span, ...]
    end: int  # just after the closing mark

    def words(self, text: str) -> int:
        return sum(len(text[s:e].split()) for s, e in self.parts)


def find_quotes(text: str, paragraphs: list[Span]) -> list[Quote]:
    """Every quote in the paragraphs, in order of their opening marks."""
    quotes: list[Quote] = []
    open_at: int | None = None
    part_start = 0  # where the words of the current paragraph's part begin
    parts: list[Span] = []  # finished parts of a quote running over paragraphs
    # the opening mark of a continued quote's next paragraph; a caption's or a subhead's line inside a
    # continued quote, passed over (`_interposed`)
    skip = passed = -1
    for index, (p_start, p_end) in enumerate(paragraphs):
        if index == passed:
            continue
        last_close = max(text.rfind("”", p_start, p_end), text.rfind("»", p_start, p_end))
        curly: _Curly | None = None  # where the curly marks stand, found when a nested quote may be
        depth = 0  # quotes opened inside the open one with the same marks: “A “B” C”
        for m in _MARK.finditer(text, p_start, p_end):
            i = m.start()
            if i == skip:
                continue
            mark = m.group()
            if open_at is not None and mark in _OPENING and i < last_close:
                curly = curly or _Curly(text, p_start, p_end)
                if curly.closes_after(i) > curly.opens_after(i):
                    depth += 1  # the rest of the paragraph closes more than it opens: this one is inside
                    continue
            if depth and mark in _CLOSING:
                depth -= 1
                continue
            straight = mark in ('"', "''")
            straight_opens = straight and open_at is None and (i == p_start or _opens_after(text, i))
            if mark in _OPENING or straight_opens:
                open_at, part_start, parts = (
                    i,
                    m.end(),
                    [],
                )  # a new quote (an earlier unclosed one is dropped)
                continue
            if open_at is None:
                continue  # a stray closing mark
            if parts and text[i - 1 : i] == "," and _after_colon(text, open_at):
                # 'X said: "C1.\n\n"C2," the minister said.': the next paragraph's quotation has its
                # own attribution, so the colon's quotation ends with its paragraph
                quotes.append(_quote(text, open_at, parts[-1][1], parts[-1][1], parts))
                open_at, parts = skip, []
            parts.append((part_start, i))
            if any(e > s and _WORDY.search(text, s, e) for s, e in parts):  # "“”" holds nothing to quote
                quotes.append(_quote(text, open_at, i, m.end(), parts))
            open_at, parts = None, []
        if open_at is not None:
            going_on = _continuation(text, paragraphs, index)
            if going_on is not None:
                nxt, width = going_on
                following = paragraphs[nxt][0]
                parts.append((part_start, p_end))
                part_start, skip, passed = following + width, following, nxt - 1
            elif _after_colon(text, open_at) and not parts and _WORDY.search(text, part_start, p_end):
                # 'X said: "C1. C2.' left open with nothing to continue it (a page cut short, a mark
                # forgotten): the colon's quotation runs to its paragraph's end
                quotes.append(_quote(text, open_at, p_end - 1, p_end, [(part_start, p_end)]))
                open_at = None
            else:
                open_at, parts = None, []
    return quotes


def _continuation(text: str, paragraphs: list[Span], index: int) -> tuple[int, int] | None:
    """(paragraph index, width of its opening mark) where a quote left open at the end of paragraph
    `index` goes on: the next paragraph opening with a quotation mark (two apostrophes for one in the
    NYT archive's style; not one apostrophe), or the one after a caption's line (`_interposed`); else
    None."""
    nxt = index + 1
    passing = nxt + 1 < len(paragraphs) and _interposed(text, *paragraphs[nxt])
    if passing and text[paragraphs[nxt + 1][0]] in _OPENING + '"':
        nxt += 1  # "Lorries queue at the gate" between two paragraphs of the quotation
    if nxt >= len(paragraphs):
        return None
    following = paragraphs[nxt][0]
    if text[following] not in _OPENING + "\"'":
        return None
    width = 2 if text.startswith("''", following) else 1
    return None if width == 1 and text[following] == "'" else (nxt, width)


def _opens_after(text: str, i: int) -> bool:
    """Whether a straight mark at `i`, no quote being open, opens one by what stands before it: a space,
    a bracket or a dash; or a sentence's stop with a capital after the mark, where a page lost the space
    between them ('... in the harbour."These are ...')."""
    before = text[i - 1]
    return before in _BEFORE_OPENING or (before in ".!?" and text[i + 1 : i + 2].isupper())


def _interposed(text: str, start: int, end: int) -> bool:
    """Whether a paragraph is a short line a page sets between the paragraphs of one quotation: a
    picture's caption or a subhead ("Lorries queue at the gate"), no quotation mark, no closing stop."""
    line = text[start:end].strip()
    return (
        0 < len(line.split()) <= _INTERPOSED_WORDS
        and "\n" not in line
        and line[-1] not in ".!?:;,"
        and _MARK.search(line) is None
    )


def _after_colon(text: str, at: int) -> bool:
    """Whether the quotation opening at `at` follows a colon ("X said: “C”"), past spaces."""
    k = at - 1
    while k >= 0 and text[k] in " \u00a0":
        k -= 1
    return k >= 0 and text[k] == ":"


class _Curly:
    """The curly opening and closing marks of a paragraph, by offset, found once (at C speed)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.opens = [m.start() for m in _CURLY_OPEN.finditer(text, start, end)]
        self.closes = [m.start() for m in _CURLY_CLOSE.finditer(text, start, end)]

    def opens_after(self, at: int) -> int:
        """Opening marks from `at` (included) to the paragraph's end."""
        return len(self.opens) - bisect.bisect_left(self.opens, at)

    def closes_after(self, at: int) -> int:
        return len(self.closes) - bisect.bisect_left(self.closes, at)


def _quote(text: str, open_at: int, close: int, end: int, raw: list[Span]) -> Quote:
    parts: list[Span] = []
    for lo, hi in raw:
        s, e = lo, hi
        while s < e and text[s] in _INNER_TRIM:
            s += 1
        while e > s and text[e - 1] in _INNER_TRIM:
            e -= 1
        if s < e:
            parts.append((s, e))
    if not parts:
        parts = [(open_at + 1, max(open_at + 1, close))]
        if parts[0][0] >= parts[0][1]:
            parts = [(open_at, close + 1)]
    return Quote(open=open_at, close=close, parts=tuple(parts), end=end)
