"""Finding cue words in a run of tokens: "said", "is confident", "wrote about", "according to"."""

from __future__ import annotations

from typing import NamedTuple

from claimtrack.parse.tokens import Token
from claimtrack.rules import Rules


class CueHit(NamedTuple):
    """A cue found at tokens `first`..`last` (inclusive) of a token list."""

    first: int
    last: int
    lemma: str
    kind: str
    complement: str  # clause, to, about, object, according


def cue_at(words: list[Token], i: int, rules: Rules) -> CueHit | None:
    """The cue starting at token `i`, if any (two-word cues are tried first)."""
    word = words[i].text
    low = word.lower()
    if i + 1 < len(words) and not words[i].after:
        pair = f"{low} {words[i + 1].text.lower()}"
        if pair in rules.according_to:
            return CueHit(i, i + 1, "according to", "statement", "according")
        if pair in rules.about_cues:
            entry = rules.cues.get(low)
            lemma = entry[0] if entry else low
            return CueHit(i, i + 1, lemma, "statement", "about")
        entry = rules.cues.get(pair)
        if entry is not None and word.islower():
            return CueHit(i, i + 1, entry[0], entry[1], entry[2])
    entry = rules.cues.get(low)
    if entry is not None and word.islower() and " " not in low:
        return CueHit(i, i, entry[0], entry[1], entry[2])
    return None


def cues_in(words: list[Token], rules: Rules, start: int = 0, stop: int | None = None) -> list[CueHit]:
    """Every cue among `words[start:stop]`, left to right, not overlapping."""
    hits: list[CueHit] = []
    i = start
    end = len(words) if stop is None else min(stop, len(words))
    while i < end:
        hit = cue_at(words, i, rules)
        if hit is not None:
            hits.append(hit)
            i = hit.last + 1
        else:
            i += 1
    return hits
