"""Words with their offsets: the unit the attribution rules read. One regex pass, no copies of the text."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from claimtrack.rules.abbreviations import MAY_END, NEVER_FINAL

_CHUNK = re.compile(
    r"""
    ([\s"“”«»„()\[\]]*)  # the spaces, quotation marks and brackets before a chunk
    ([^\s"“”«»„()\[\]—]+—*|—+)  # the chunk: a run of characters between them, ended by an em dash
    # ("18—Deputy President", "the plan—which failed—was": two words, as with spaces round the dash)
    """,
    re.VERBOSE,
)
_LEAD = "'‘—–-"  # marks trimmed from a word's front
_TRAIL = ",.;:!?'’—–-…‚"  # marks trimmed from a word's end (a final "." only when not an abbreviation)
_LOW_COMMA = "‚"  # U+201A, which some papers' systems print for a comma ("an achievement‚ Maimane‚ who"):
# after a word, read as the comma it stands for


_token = tuple.__new__  # builds a Token from a tuple without the NamedTuple constructor's Python frame

_ABBREVIATIONS = frozenset(w for w in NEVER_FINAL | MAY_END if w[:1].isupper())
_LOWER_ABBREVIATIONS = frozenset(w for w in NEVER_FINAL | MAY_END if not w[:1].isupper()) | {"etc"}


class Token(NamedTuple):
    """A word: `text` is the word without the punctuation around it; `start`/`end` index the text."""

    start: int
    end: int
    text: str
    after: str  # the punctuation that followed it inside the chunk ("," of "Khamenei,")


@functools.lru_cache(maxsize=8)
def _chunks(count: int) -> re.Pattern[str]:
    """Up to `count` runs of characters with the spaces before them."""
    return re.compile(rf"(?:\s*\S+){{1,{count}}}")


def leading_words(text: str, start: int, end: int, count: int) -> list[Token]:
    """The words of `text[start:end]` from its start, at least the first `count` of them (all when
    fewer): the words `tokenize` gives there, read without the rest of a long stretch, so that a rule
    asking only for a sentence's opening words takes time in those words, not the sentence's length."""
    words: list[Token] = []
    pos = start
    while len(words) < count and pos < end:
        # a run of characters ends where spaces follow, where `tokenize` starts a new chunk too, so the
        # words read piece by piece are the words read at once (a piece may give fewer words than
        # runs: marks alone, "—", are none)
        m = _chunks(count).match(text, pos, end)
        stop = m.end() if m is not None else end
        words += tokenize(text, pos, stop)
        pos = stop
    return words


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The words of `text[start:end]`, in order."""
    out: list[Token] = []
    append = out.append
    pos = start
    # findall runs at C speed and gives each chunk with the separators before it: the chunks tile
    # the span, so their offsets follow from the lengths alone
    for gap, word in _CHUNK.findall(text, start, end):
        s = pos + len(gap)
        e = pos = s + len(word)
        last = word[-1]
        if word[0] not in _LEAD:
            if last not in _TRAIL:  # most words: nothing to trim
                append(_token(Token, (s, e, word, "")))
                continue
            if len(word) > 1 and word[-2] not in _TRAIL:  # one mark to trim: "Khamenei," "rose." "U.S."
                if last == "." and _keeps_period(text, s, e - 1):
                    append(_token(Token, (s, e, word, "")))
                else:
                    append(_token(Token, (s, e - 1, word[:-1], "," if last == _LOW_COMMA else last)))
                continue
        core = word.lstrip(_LEAD)
        s = e - len(core)
        stop = s + len(core.rstrip(_TRAIL))
        if "." in text[stop:e]:  # trim from the end, stopping at a period the word keeps
            stop = e
            while stop > s and text[stop - 1] in _TRAIL:
                if text[stop - 1] == "." and _keeps_period(text, s, stop - 1):
                    break
                stop -= 1
        if stop > s:
            append(_token(Token, (s, stop, text[s:stop], text[stop:e].replace(_LOW_COMMA, ","))))
    return out


def _keeps_period(text: str, s: int, dot: int) -> bool:
    """Whether the period at `dot` belongs to the word: "U.S.", "Sen.", "Jr." (short capitalised words)."""
    word = text[s:dot]
    if "." in word:  # "U.S.", "a.m.", not a web address closing a sentence: "according to Harbour.com."
        ending = word.rpartition(".")[2]
        return not (len(ending) > 1 and ending.isalpha() and ending.islower())
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    if text[dot + 1 : dot + 2] in (",", ";"):
        return True  # "R-Fla.," "Inc.;": a period before a comma ends no sentence
    if text[dot + 1 : dot + 2] == ")":  # "(Hutchison, R-Texas.)" keeps it; "(..., Mr. Madden said.)" not
        return word[:1].isupper() or word.lower() in _LOWER_ABBREVIATIONS
    k = dot + 1  # a period followed by a lower-case word or a number ends no sentence: "No. 2"
    while k < len(text) and k < dot + 3 and text[k] == " ":
        k += 1
    return k > dot + 1 and k < len(text) and (text[k].isdigit() or text[k].islower())


def is_capitalised(word: str) -> bool:
    """A word that starts with a capital letter or a digit ("Morgulov", "OILPRICE.com", "2016")."""
    if word[:3] in ("al-", "el-") and word[3:4].isupper():
        return True  # "Bashar al-Assad", "Abdel Fattah el-Sisi": the article of an Arabic name
    return bool(word) and (word[0].isupper() or word[0].isdigit())
