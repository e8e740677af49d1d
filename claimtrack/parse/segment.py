"""Split English news text into paragraphs and sentences, as (start, end) offsets into the text.

The text is never copied, rewritten or given placeholder characters: every span slices the original.
`sentences` makes one left-to-right pass over the characters that can end a sentence (. ? ! …). Each
decision reads a bounded window: the token before the mark (at most 30 characters), then closing
quotes, spaces, opening quotes and the next word. Time is therefore linear in the length of the text,
whatever it holds (a megabyte of periods, of quotes, or without a space).

What counts as an abbreviation is data: the tables in `claimtrack.rules.abbreviations`, carried by an
`Abbreviations` value (defined there, re-exported here) so a caller can pass its own.
"""

from __future__ import annotations

import functools
import itertools
import re

from claimtrack.rules.abbreviations import DEFAULT_ABBREVIATIONS, Abbreviations

__all__ = ["DEFAULT_ABBREVIATIONS", "Abbreviations", "paragraphs", "sentences"]

_STRONG = "?!‼⁇⁈⁉"  # marks that end a sentence unless a lower-case word follows
_STRONG_SET = frozenset(_STRONG)
_MARKS = frozenset(".?!…‼⁇⁈⁉")  # the characters _MARK and _MARK_RUN match
_CLOSERS = "\"'”’»›)]}"  # may follow the mark and belong to the sentence it ends
_OPENERS = "\"'“‘„«‹([{"  # may precede the first word of the next sentence
_DASHES = "—―–"  # after a mark, introduce the source of a quotation rather than a sentence
_BULLETS = "•⁃◦▪‣●"  # start a list item wherever they follow whitespace
_NOT_IN_A_WORD = "./@:_"  # a token holding one of these is a URL, address or number, not a word
_WRAPPED_LINES = 6  # lines a text needs before its line lengths can show it is hard-wrapped
_WRAP_MAX = 100  # a wider line is a paragraph, not a wrapped line (typewriter and e-mail widths: 60-80)
_WRAPPED_SHARE = 0.75  # a line this share of the width long ends where the text wrapped, not a paragraph
_WRAP_SLACK = 1.1  # a line longer than this share of the width is no wrapped line (a title, a heading)
_LINE_END = ".?!…‼⁇⁈⁉\"'”’»›)]}:;"  # a line ending in one of these is not continued by the next line
# words no paragraph, title or heading ends with: in a hard-wrapped text a line ending with one goes on in
# the next line, however short it is ("The Westmere Department of\nInsurance said", after a dateline's
# place was cut from the wire copy's first line)
_OPEN_ENDINGS = frozenset(
    {"of", "the", "a", "an", "and", "or", "to", "in", "for", "with", "by", "on", "at", "from", "that"}
)
_LOOK_BEHIND = 30  # the longest token before a mark that is looked up; longer ones are plain words
_LOOK_AHEAD = 30  # the longest word after a mark that is read

_MARK = re.compile(
    r"""
    [.?!…‼⁇⁈⁉]      # a character that may end a sentence
    """,
    re.VERBOSE,
)
_MARK_RUN = re.compile(
    r"""
    [.?!…‼⁇⁈⁉]+     # consecutive sentence-ending marks: "?!", "...", "!!"
    """,
    re.VERBOSE,
)
_NON_SPACE = re.compile(
    r"""
    \S              # anything but whitespace (same set as str.isspace)
    """,
    re.VERBOSE,
)
_WORD = re.compile(
    r"""
    [^\W\d_]+       # a run of letters
    """,
    re.VERBOSE,
)
_HARD_BREAK = re.compile(
    r"""
    \n [^\S\n]* \n  # a blank line (it may hold spaces or tabs) ends every sentence
    | (?<!\S) [•⁃◦▪‣●]  # so does a bullet at the start or after whitespace
    """,
    re.VERBOSE,
)
_BREAK_CHAR = re.compile(
    r"""
    [\n•⁃◦▪‣●]      # where a hard break may start: no match of _HARD_BREAK starts before it
    """,
    re.VERBOSE,
)
_LIST_MARKER = re.compile(
    r"""
    [•⁃◦▪‣●]? \s*   # an optional bullet
    (\d{1,3}|[a-z]) # the item's number or letter
    (\.\)|[.)])     # its punctuation: "1." "1)" "1.)"
    (?=\s)          # then a space
    """,
    re.VERBOSE,
)
_LIST_LABEL = re.compile(
    r"""
    \d{1,3}         # "1" of "1. The first item"
    | [^\W\d_]      # "a" of "a. The first item"
    """,
    re.VERBOSE,
)
_LINE = re.compile(
    r"""
    [^\n]+          # one line, without its newline ("\r" of "\r\n" is stripped as whitespace)
    """,
    re.VERBOSE,
)
_SPACES_AND_BULLETS = re.compile(
    r"""
    [\s•⁃◦▪‣●]*     # nothing but whitespace and bullets
    """,
    re.VERBOSE,
)


def sentences(
    text: str, start: int = 0, end: int | None = None, *, abbreviations: Abbreviations = DEFAULT_ABBREVIATIONS
) -> list[tuple[int, int]]:
    """The sentences of `text[start:end]`, in order, as offsets into `text`, trimmed of whitespace.

    >>> text = "Mr. Smith left at 5 p.m. on Jan. 5. He said, “Stop.” Then he left."
    >>> [text[s:e] for s, e in sentences(text)]
    ['Mr. Smith left at 5 p.m. on Jan. 5.', 'He said, “Stop.”', 'Then he left.']
    """
    start = max(start, 0)
    stop = len(text) if end is None else min(end, len(text))
    spans: list[tuple[int, int]] = []
    first = _BREAK_CHAR.search(text, start, stop)  # most paragraphs hold no newline or bullet at all
    if first is None:
        edges = [start, stop]
    else:
        edges = [start, *(m.start() for m in _HARD_BREAK.finditer(text, first.start(), stop)), stop]
    for lo, hi in itertools.pairwise(edges):
        cuts = _list_items(text, lo, hi)
        if not cuts:  # most stretches are no list: one scan
            _scan(text, lo, hi, abbreviations, spans)
            continue
        for item_lo, item_hi in itertools.pairwise([lo, *cuts, hi]):
            _scan(text, item_lo, item_hi, abbreviations, spans)
    return spans


@functools.lru_cache(maxsize=16)
def _listed_anywhere(abbreviations: Abbreviations) -> frozenset[str]:
    """The abbreviations a period may follow without ending a sentence for sure: a token in none of
    these (as written or lowered) and not made of initials ends its sentence at a period."""
    return abbreviations.never_final | abbreviations.usually_final | abbreviations.may_end


_DEFAULT_LISTED = _listed_anywhere(DEFAULT_ABBREVIATIONS)  # without hashing the tables at every call


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of `text` as offsets, trimmed: every line is one, except a hard-wrapped line.

    A line continues the one before it when that one ends without final punctuation and this one
    starts with a lower-case letter; a capitalised wrapped line ("...met with\\nPresident Biden")
    is taken for a new paragraph, unless the whole text is hard-wrapped (most of its lines about
    as long, at a typewriter's width) and the line before is about that long.

    >>> text = "Headline\\n\\nFirst paragraph, wrapped\\nhere. Still first.\\nSecond."
    >>> [text[s:e] for s, e in paragraphs(text)]
    ['Headline', 'First paragraph, wrapped\\nhere. Still first.', 'Second.']
    """
    lines: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        words = line.group()
        s = line.start() + len(words) - len(words.lstrip())
        if s != line.end():
            lines.append((s, line.start() + len(words.rstrip())))
    width = _wrap_width([e - s for s, e in lines])
    spans: list[tuple[int, int]] = []
    for s, e in lines:
        if spans and _continues(text, spans[-1], s, width):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def _continues(text: str, previous: tuple[int, int], s: int, width: int | None) -> bool:
    """Whether the line at `s` is a hard-wrapped continuation of the text ending at `previous[1]`:
    the line before ends with no final punctuation, and this one starts in lower case, or the text is
    wrapped at about `width` characters and the line before is that long ("... between Armenia
    and\nAzerbaijan, the minister said": a capital after a wrap)."""
    previous_end = previous[1]
    if text.count("\n", previous_end, s) != 1:
        return False
    if text[previous_end - 1] in _LINE_END:
        return False
    line_start = text.rfind("\n", 0, previous_end) + 1
    length = previous_end - max(line_start, previous[0])
    wrapped = width is not None and width * _WRAPPED_SHARE <= length <= width * _WRAP_SLACK
    open_end = width is not None and text[line_start:previous_end].rsplit(maxsplit=1)[-1] in _OPEN_ENDINGS
    # "* Cites a lack of care\nMarch 6 The department said": a summary's point, then the story
    point = text[previous[0]] in _BULLETS or text.startswith("* ", previous[0])
    return not (point and text[s].isupper()) and (wrapped or open_end or text[s].islower())


def _wrap_width(lengths: list[int]) -> int | None:
    """The width a hard-wrapped text is wrapped at (most of its lines about as long, none much longer
    than a typewriter line), or None for a text with one paragraph to a line."""
    if len(lengths) < _WRAPPED_LINES:
        return None
    width = sorted(lengths)[len(lengths) * 3 // 4]
    near = sum(1 for n in lengths if n >= width * _WRAPPED_SHARE)
    return width if width <= _WRAP_MAX and near * 2 >= len(lengths) else None


def _list_items(text: str, lo: int, hi: int) -> list[int]:
    """Where items 2, 3 ... of a list start, when `text[lo:hi]` starts with item "1." ("a)", "9.)" ...)."""
    first = _NON_SPACE.search(text, lo, hi)
    marker = _LIST_MARKER.match(text, first.start(), hi) if first else None
    if marker is None:
        return []
    label, punctuation = marker.groups()
    cuts: list[int] = []
    at = marker.end()
    while label != "z":
        label = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
        wanted = label + punctuation
        at = text.find(wanted, at, hi)
        while at != -1 and not (
            (text[at - 1].isspace() or text[at - 1] in _BULLETS)
            and at + len(wanted) < hi
            and text[at + len(wanted)].isspace()
        ):
            at = text.find(wanted, at + 1, hi)
        if at == -1:
            break
        cuts.append(at)
    return cuts


def _scan(text: str, lo: int, hi: int, abbreviations: Abbreviations, spans: list[tuple[int, int]]) -> None:
    """Append the sentences of `text[lo:hi]`, a stretch without blank lines, bullets or list items."""
    sentence = pos = lo
    while (mark := _MARK.search(text, pos, hi)) is not None:
        cut, pos = _boundary(text, mark.start(), sentence, hi, abbreviations)
        if cut >= 0:
            _add(text, sentence, cut, spans)
            sentence = cut
    _add(text, sentence, hi, spans)


def _add(text: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> None:
    """Append `text[lo:hi]` trimmed of whitespace, unless nothing is left."""
    first = _NON_SPACE.search(text, lo, hi)
    if first is None:
        return
    while text[hi - 1].isspace():
        hi -= 1
    spans.append((first.start(), hi))


def _boundary(text: str, i: int, sentence: int, hi: int, abbreviations: Abbreviations) -> tuple[int, int]:
    """For the mark at `i`: where the sentence ends (-1 if it does not end here), and where to scan on."""
    first_run = j = _run_end(text, i, hi)
    while j + 1 < hi and text[j] == " " and text[j + 1] in ".…":  # a spaced ellipsis ". . ."
        j = _run_end(text, j + 1, hi)
    k = j
    while k < hi and text[k] in _CLOSERS:
        k += 1
    if k == hi:
        return -1, hi
    if not text[k].isspace():  # "U.S.-based", "Jr.'s", but "disclosed.The Japanese" ends a sentence
        glued = k == first_run == i + 1 and text[i] == "." and _glued(text, i, sentence, hi)
        if not glued and k == first_run + 1 == i + 2 and text[i] == "." and text[i + 1] in '"”':
            return _glued_quote(text, i, sentence, hi), k  # 'harbour."These', 'stop.”The'
        return (k, k) if glued else (-1, k)
    nxt = _NON_SPACE.search(text, k, hi)
    if nxt is None:
        return -1, hi
    p = q = nxt.start()
    while q < hi and q < p + 3 and text[q] in _OPENERS:
        q += 1
    c = text[q] if q < hi else " "
    if c.islower() or c in _DASHES:  # "she said.", "Stop.” — Jane Doe"
        return -1, p
    marks = text[i:j]
    if not _STRONG_SET.isdisjoint(marks):
        return k, p
    dots = marks.count(".") + 3 * marks.count("…")
    if dots >= 3:  # an ellipsis
        if i > sentence and text[i - 1] in "[(" and text[j] in "])":  # "[...]" marks words left out
            return -1, p
        attached = i == sentence or not text[i - 1].isspace()
        if dots >= 4 and attached and first_run == i + 1 and " " in marks:  # "words. . . . The"
            return i + 1, p
        if dots >= 4 or (attached and not c.isdigit()):  # "that.... She", "that... She", not "is . . . I"
            return k, p
        return -1, p
    token = _token(text, i, sentence)
    if c.isdigit():  # "item. 2 more", not "Jan. 5", "No. 2", "$1.5. 2"
        ends = token is not None and token.isalpha() and len(token) > 1 and not _listed(abbreviations, token)
    else:
        ends = _period_ends(text, token, i, sentence=sentence, q=q, hi=hi, abbreviations=abbreviations)
    return (k if ends else -1), p


def _run_end(text: str, i: int, hi: int) -> int:
    """The end of the run of marks starting at `i`."""
    if i + 1 >= hi or text[i + 1] not in _MARKS:
        return i + 1  # a single mark, by far the most common case: no regex needed
    run = _MARK_RUN.match(text, i, hi)
    return run.end() if run else i + 1


def _token(text: str, i: int, sentence: int) -> str | None:
    """The token before the mark at `i` without leading quotes or bullets; None if longer than the window."""
    floor = max(sentence, i - _LOOK_BEHIND)
    a = i
    while a > floor and not text[a - 1].isspace():
        a -= 1
    if a == floor and a > sentence and not text[a - 1].isspace():
        return None
    return text[a:i].lstrip(_OPENERS + _BULLETS)


def _period_ends(
    text: str, token: str | None, i: int, *, sentence: int, q: int, hi: int, abbreviations: Abbreviations
) -> bool:
    """Whether the period at `i`, after `token` and before a capital or symbol at `q`, ends a sentence."""
    if not token or token[-1] in _CLOSERS:  # a long token, a lone period, or '"great".'
        return True
    if "-" in token[1:]:  # "the annual Harbour-U.S. Anchor drill": the abbreviation after the hyphen
        token = token.rpartition("-")[2] or token
    if len(token) <= 3 and _LIST_LABEL.fullmatch(token) and _first_token(text, sentence, i - len(token)):
        return False  # "1. The first item", "a. The first item"
    listed = _DEFAULT_LISTED if abbreviations is DEFAULT_ABBREVIATIONS else _listed_anywhere(abbreviations)
    if not _in(listed, token) and not _initials(token):  # most tokens: a plain word, which ends here
        return True
    if _in(abbreviations.never_final, token):
        return False
    word = _WORD.match(text, q, min(hi, q + _LOOK_AHEAD))
    following = word.group() if word else ""
    if _in(abbreviations.usually_final, token):
        ends = following not in abbreviations.continuations  # not "8 p.m. Tuesday", "8 p.m. ET"
    elif _in(abbreviations.may_end, token) or _initials(token):
        ends = following in abbreviations.sentence_starters  # not "the U.S. Government", "George W. Bush"
    else:
        return True
    return ends and (i - sentence > 80 or len(text[sentence:i].split()) >= abbreviations.min_words)


def _initials(token: str) -> bool:
    """Whether `token` is single letters between periods: "U.S", "W", "J.R.R"."""
    if "." not in token:  # a token of one piece, by far the most common
        return len(token) == 1 and token.isalpha()
    return all(len(p) == 1 and p.isalpha() for p in token.split("."))


def _glued(text: str, i: int, sentence: int, hi: int) -> bool:
    """Whether the period at `i`, with a capitalised word right after it, ends a sentence: "disclosed.The"."""
    if not (i + 2 < hi and text[i + 1].isupper() and text[i + 2].islower()):
        return False
    if not _lower_before(text, i, sentence):
        return False
    token = _token(text, i, sentence)
    if token is None or any(s in token for s in _NOT_IN_A_WORD):  # "www.example.Com", "a@b.Org"
        return False
    after = _WORD.match(text, i + 1, min(hi, i + 1 + _LOOK_AHEAD))
    e = after.end() if after else i + 1
    return e == hi or text[e] not in _NOT_IN_A_WORD or (text[e] == "." and _ends_word(text, e + 1, hi))


def _lower_before(text: str, i: int, sentence: int) -> bool:
    """Whether two letters in lower case end the word before the period at `i`, inside the sentence: a
    word's end ("disclosed."), not initials ("U.S.")."""
    return i - 2 >= sentence and text[i - 1].islower() and text[i - 2].islower()


def _glued_quote(text: str, i: int, sentence: int, hi: int) -> int:
    """Where a sentence ends at the period `i` with one quotation mark and a capitalised word glued after
    it, a page having lost the space around the mark, or -1: after a closing mark ('stop.”The'; a straight
    one that closes the sentence's open quotation, 'he said "stop."The'), before an opening one
    ('harbour."These are'). The marks counted are the sentence's own: each cut starts a new one, so the
    count stays linear."""
    if not (i + 3 < hi and text[i + 2].isupper() and text[i + 3].islower()):
        return -1
    if not _lower_before(text, i, sentence):
        return -1
    closes = text[i + 1] == "”" or text.count('"', sentence, i) % 2 == 1
    return i + 2 if closes else i + 1


def _ends_word(text: str, i: int, hi: int) -> bool:
    return i == hi or text[i].isspace() or text[i] in _CLOSERS


def _first_token(text: str, sentence: int, a: int) -> bool:
    """Whether only whitespace and bullets come between the sentence start and `a`."""
    return a - sentence <= 8 and _SPACES_AND_BULLETS.fullmatch(text, sentence, a) is not None


def _in(table: frozenset[str], token: str) -> bool:
    return token in table or token.lower() in table


def _listed(abbreviations: Abbreviations, token: str) -> bool:
    return any(
        _in(table, token)
        for table in (
            abbreviations.never_final,
            abbreviations.may_end,
            abbreviations.usually_final,
            abbreviations.before_number,
        )
    )
