"""Finding cue words in a run of tokens: "said", "is confident", "wrote about", "according to"."""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterator
from typing import NamedTuple

from claimtrack.model import Cue
from claimtrack.parse.speaker_words import POSSESSIVE
from claimtrack.parse.tokens import Token
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules

_START = operator.itemgetter(0)  # a Token's start offset


class CueHit(NamedTuple):
    """A cue found at tokens `first`..`last` (inclusive) of a token list."""

    first: int
    last: int
    lemma: str
    kind: str
    complement: str  # clause, to, about, object, according


_POINTING = "it"  # a document named before, as "It states that C" points back to it


def _document_cue(words: list[Token], i: int, rules: Rules) -> CueHit | None:
    """A cue of `Rules.document_cues` at `i`, right after a document's noun ("the report states");
    None elsewhere ("swing states", "the United States")."""
    before = words[i - 1].text.lower() if i else ""
    if i == 0 or not words[i].text.islower() or (before not in rules.documents and before != _POINTING):
        return None  # (or after "it", a document named before: "It states that C")
    lemma, kind, complement = rules.document_cues[words[i].text]
    return CueHit(i, i, lemma, kind, complement)


def cue_at(words: list[Token], i: int, rules: Rules) -> CueHit | None:
    """The cue starting at token `i`, if any (two-word cues are tried first)."""
    word = words[i].text
    low = word.lower()
    if low not in first_words(rules):  # most words start no cue
        return None if low not in rules.document_cues else _document_cue(words, i, rules)
    if (
        i + 1 < len(words)
        and not words[i].after
        and f"{low} {words[i + 1].text.lower()}" in rules.cue_compounds
    ):
        return None  # "put up warning signs": a noun, no cue (`Rules.cue_compounds`)
    pairs, triples, quads = phrase_openers(rules)  # most cue words open no cue of two words or more
    for size, openers in ((4, quads), (3, triples)):  # "is of the opinion", "quoted as saying"
        if low not in openers or i + size > len(words) or any(w.after for w in words[i : i + size - 1]):
            continue
        entry = rules.cues.get(" ".join(w.text.lower() for w in words[i : i + size]))
        if entry is not None and word.islower():
            return CueHit(i, i + size - 1, entry[0], entry[1], entry[2])
    if low in pairs and i + 1 < len(words) and not words[i].after:
        pair = f"{low} {words[i + 1].text.lower()}"
        if pair in rules.according_to:
            return CueHit(i, i + 1, "according to", "statement", "according")
        dated = (
            i + 2 < len(words)
            and (
                words[i + 2].text in rules.months_and_days
                or words[i + 2].text.isdigit()
                # "insisted on the third day of the hearing", "on the eve of the vote": when, no topic
                or (words[i + 2].text == "the" and any(w.text in _DAY_NOUNS for w in words[i + 3 : i + 5]))
            )
        )
        if pair in rules.about_cues and not dated:  # not "reported on Saturday that C": a day, no topic
            entry = rules.cues.get(low)
            lemma = entry[0] if entry else low
            return CueHit(i, i + 1, lemma, "statement", "about")
        entry = rules.cues.get(pair)
        if entry is not None and word.islower():
            if i + 2 < len(words) and f"{pair} {words[i + 2].text}" in rules.idioms:
                return None  # "was ruled out of the race": an idiom (`Rules.idioms`)
            return CueHit(i, i + 1, entry[0], entry[1], entry[2])
    entry = rules.cues.get(low)
    headline = (  # "Trump Says He Will Win": every word around it capitalised too
        0 < i < len(words) - 1
        and word.istitle()
        and words[i - 1].text[:1].isupper()
        and words[i + 1].text[:1].isupper()
        and not words[i - 1].after
        and _title_cased(words, i)
    )
    if entry is not None and (word.islower() or headline) and " " not in low:
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt.start == words[i].end + 1 and f"{low} {nxt.text}" in rules.idioms:
            return None  # "adding to the pressure" (but not 'adding "to all the voters ..."')
        if nxt is not None and i + 2 < len(words) and f"{low} {nxt.text} {words[i + 2].text}" in rules.idioms:
            return None  # "The strikes have added to worries C": what grew, no one's words
        if low in rules.name_givers and _gives_name(words, i, rules):
            return None  # "a group called Harbour Watch denounced C": a name, then the cue
        if nxt is not None and f"{low} {nxt.text}" in rules.reduced_passives and _after_noun(words, i, rules):
            return None  # "Councillors accused of rigging the vote were cleared": they were accused
        return CueHit(i, i, entry[0], entry[1], entry[2])
    return None


_NAME_WORDS = 5  # capitalised words a name given by "called" may run to
_DAY_NOUNS = frozenset({"day", "eve", "morning", "evening", "night", "anniversary"})  # "on the eve of"


def _after_noun(words: list[Token], i: int, rules: Rules) -> bool:
    """Whether the word before the cue at `i` ends a noun phrase, no subject pronoun, auxiliary or
    relative pronoun ("whom he accused of C" keeps its cue)."""
    if i == 0 or words[i - 1].after:
        return False
    before = words[i - 1].text.lower()
    return not (before in rules.pronouns or before in rules.auxiliaries or before in ("who", "whom", "that"))


def _gives_name(words: list[Token], i: int, rules: Rules) -> bool:
    """Whether the cue word at `i` ("called") gives a name: a noun in lower case before it, capitalised
    words after it, none an owner's ("Hale called Norvex's plans"), then with no stop between, another cue
    in lower case ("a group called Harbour Watch denounced C")."""
    if i == 0 or not words[i - 1].text.islower() or words[i - 1].after:
        return False
    j = i + 1
    while j < len(words) and j - i <= _NAME_WORDS and words[j].text[:1].isupper() and not words[j - 1].after:
        j += 1
    if j == i + 1 or j >= len(words) or words[j - 1].after or not words[j].text.islower():
        return False
    if any(w.text.endswith(POSSESSIVE) for w in words[i + 1 : j]):
        return False
    return cue_at(words, j, rules) is not None


# words a headline in title case leaves in lower case: "Putin Says Talks With Kyiv Are on Hold"
_MINOR_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from",
     "as", "vs", "vs.", "via", "into", "over", "off", "up", "per"}
)  # fmt: skip


def _title_cased(words: list[Token], i: int) -> bool:
    """Whether the words before the `i`th are a headline's, capitalised but for minor words: not "the
    Hawaii-based Pacific Tsunami Warning Center said", where "Warning" is part of a name."""
    return not any(w.text.islower() and w.text not in _MINOR_WORDS for w in words[:i])


@functools.lru_cache(maxsize=16)
def first_words(rules: Rules) -> frozenset[str]:
    """The first word of every cue: a word not among them (in lower case) starts no cue."""
    return frozenset(c.split()[0] for c in (*rules.cues, *rules.about_cues, *rules.according_to))


@functools.lru_cache(maxsize=16)
def phrase_openers(rules: Rules) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The first words of the cues of two words ("according to", "told reporters"), of three ("quoted as
    saying") and of four ("is of the opinion"): `cue_at` builds the phrases to look up only after these
    words."""
    keys = [c.split() for c in (*rules.cues, *rules.about_cues, *rules.according_to)]
    return (
        frozenset(k[0] for k in keys if len(k) == 2),
        frozenset(k[0] for k in keys if len(k) == 3),
        frozenset(k[0] for k in keys if len(k) == 4),
    )


@functools.lru_cache(maxsize=16)
def cue_pattern(rules: Rules) -> re.Pattern[str]:
    """One pattern matching the first word of every cue, to find candidates at C speed."""
    firsts = {c.split()[0] for c in (*rules.cues, *rules.about_cues, *rules.according_to)}
    firsts |= {w.capitalize() for w in firsts}  # sentence-initial "According", headline "Says"
    # "the report states": a cue of `Rules.document_cues` only after a document's noun, which a look back
    # checks once the word has matched (so "swing states" opens no sentence to the cue readers)
    after = "|".join(
        rf"(?<=\b{re.escape(d)} {re.escape(c)})"
        for c in rules.document_cues
        for d in (*rules.documents, _POINTING, _POINTING.capitalize())
    )
    documented = rf"|{alternation(rules.document_cues)}(?:{after})" if after else ""
    return re.compile(rf"(?<![\w'’-])(?:{alternation(firsts)}{documented})(?![\w'’-])")  # a trie: fast


def has_cue(text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether `text[start:end]` holds a word that may start a cue."""
    return cue_pattern(rules).search(text, start, end) is not None


def cues_in(
    text: str,
    words: list[Token],
    rules: Rules,
    start: int = 0,
    stop: int | None = None,
    *,
    limit: int | None = None,
) -> list[CueHit]:
    """The cues among `words[start:stop]` (the first `limit` of them), left to right, not overlapping."""
    hits: list[CueHit] = []
    end = len(words) if stop is None else min(stop, len(words))
    if start >= end:
        return hits
    i = start  # the first word a cue may start at (words inside an earlier hit are skipped)
    for k in _candidates(text, words, start, end, rules):
        if k < i:
            continue
        hit = cue_at(words, k, rules)
        if hit is not None:
            hits.append(hit)
            if limit is not None and len(hits) >= limit:
                break
            i = hit.last + 1
    return hits


def _candidates(text: str, words: list[Token], start: int, end: int, rules: Rules) -> Iterator[int]:
    """The indexes of the words among `words[start:end]` where `cue_pattern`, searched from the first's
    start to the last's end, matches. Its words being runs of letters (`_runs_of_letters`), a match at a
    word's start is the whole word when the word is one of them: the words are looked up in a set,
    with the pattern's tests of the characters either side (a window's end passes), at less cost than
    the search of every character; else the pattern is searched."""
    high = words[end - 1].end
    if not _runs_of_letters(rules):
        for m in cue_pattern(rules).finditer(text, words[start].start, high):
            k = bisect.bisect_left(words, m.start(), start, end, key=_START)  # the word starting there
            if k < end and words[k].start == m.start():
                yield k
        return
    firsts = _cased_firsts(rules)
    for k in range(start, end):
        w = words[k]
        if w.text in firsts and not (
            (w.start > 0 and _word_char(text[w.start - 1])) or (w.end < high and _word_char(text[w.end]))
        ):
            yield k


def _word_char(ch: str) -> bool:
    """A character of `[\\w'’-]`, what may not stand either side of a word `cue_pattern` finds."""
    return ch.isalnum() or ch in "_'’-"


@functools.lru_cache(maxsize=16)
def _runs_of_letters(rules: Rules) -> bool:
    """Whether every word `cue_pattern` finds is a run of letters or digits."""
    return all(w.isalnum() for w in _cased_firsts(rules))


@functools.lru_cache(maxsize=16)
def _cased_firsts(rules: Rules) -> frozenset[str]:
    """The words `cue_pattern` finds: the first word of every cue, and capitalised; and the cues of
    `Rules.document_cues`, which `cue_at` takes only after a document's noun."""
    firsts = {c.split()[0] for c in (*rules.cues, *rules.about_cues, *rules.according_to)}
    return frozenset(firsts | {w.capitalize() for w in firsts} | set(rules.document_cues))


def lemma(word: str, rules: Rules) -> str:
    """The dictionary form of a verb the cue tables do not list: "lamented" -> "lament", "decried" ->
    "decry", "slammed" -> "slam", "criticizes" -> "criticize", "quipping" -> "quip"."""
    low = word.lower()
    if low in rules.irregular:
        return rules.irregular[low]
    entry = rules.cues.get(low)
    if entry is not None:
        return entry[0]
    if low.endswith(("ied", "ies")):
        return low[:-3] + "y"
    if low.endswith("eed"):
        return low[:-1]  # "agreed" -> "agree"
    for suffix in ("ed", "ing"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            return _stem(low[: -len(suffix)], rules)
    if low.endswith("es") and low[:-2].endswith(rules.es_stems):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss") and len(low) > 3:
        return low[:-1]
    return low


def _stem(stem: str, rules: Rules) -> str:
    """A stem with its suffix cut off, mended: a doubled consonant undone, a lost "e" restored."""
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] in rules.doubled:
        return stem[:-1]
    if stem.endswith(rules.e_stems) and not stem.endswith(rules.not_e_stems):
        return stem + "e"
    return stem


_WIDEST = 3  # words a cue's text takes in before it: "had not also said"


def widened(text: str, cue: Cue, floor: int, rules: Rules) -> Cue:
    """The cue with the auxiliaries and adverbs right before it in its text (`Rules.cue_auxiliaries`):
    "had said", "was quoted", "does not believe", "also said"; never reaching back past `floor` (where
    the speaker's words or the content end)."""
    if cue.span is None:
        return cue
    start = cue.span[0]
    for _ in range(_WIDEST):
        space = start - 1
        if space <= floor or text[space] != " ":
            break
        word_start = space
        while word_start > floor and text[word_start - 1].isalpha():
            word_start -= 1
        word = text[word_start:space]
        glued = word_start > 0 and text[word_start - 1].isalnum()
        if not word or word.lower() not in rules.cue_auxiliaries or glued:
            break
        start = word_start
    if start == cue.span[0]:
        return cue
    return Cue(text=text[start : cue.span[1]], lemma=cue.lemma, span=(start, cue.span[1]))


def is_figure(word: str) -> bool:
    """Whether `word` opens a figure: a digit or a currency's sign ("5%", "$2", "£47")."""
    return word[:1].isdigit() or word[:1] in ("$", "€", "£", "¥")


def reports_figures(words: list[str], rules: Rules) -> bool:
    """Whether the first words after "reported" or "posted" are a plain noun object naming figures: a
    word of `Rules.object_openers`, a figure or a currency's sign, then a noun of `Rules.results` within
    four words ("a first-half loss", "record sales", "5% growth"; not "a few days later")."""
    first = words[0] if words else ""
    opens = first.lower() in rules.object_openers or is_figure(first)
    return opens and any(w.lower().strip(",.") in rules.results for w in words[:4])
