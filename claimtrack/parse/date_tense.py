"""The tense of a time expression's sentence, read from its cue words: "will visit on Tuesday" is
future, "said on Tuesday" past. `Cues` reads a span's cues once, when a resolver first asks which way
an expression without a direction of its own points (the closest cue before it, else the closest after).
"""

from __future__ import annotations

import bisect
import re
from typing import Final, Literal

from claimtrack.parse.date_patterns import FLAGS, alternation
from claimtrack.rules import dates as rules

Tense = Literal["past", "future", "unknown"]
TENSES: Final[tuple[Tense, ...]] = ("past", "future", "unknown")

_NOT_AFTER_PARTICIPLE_MARKER: Final = "".join(
    rf"(?<!\b{re.escape(word)}\s)" for word in sorted(rules.PARTICIPLE_MARKERS)
)
"""Fixed-width lookbehinds, one per marker word, that keep "to be published" from counting as past."""

_TENSE_CUE: Final = re.compile(
    rf"""
    (?=[\w'])                                                           # cheap exit off words
    (?:(?<![\w'])(?P<future>{alternation(rules.FUTURE_CUES)})(?![\w'])      # "will", "plans to"
    | (?<=\w)(?P<clitic>'ll)(?!\w)                                       # "they'll"
    | (?<![\w'])(?P<past>{alternation(rules.PAST_CUES)})(?![\w'])        # "said", "was"
    | (?<![\w'-]){_NOT_AFTER_PARTICIPLE_MARKER}                           # not "the flooded towns"
      (?P<past_ed>(?-i:[a-z]{{1,20}}ed))(?![\w'-]))                       # "visited", lower case
    """,
    FLAGS,
)


def _tense_cues(text: str, start: int, end: int) -> tuple[list[int], list[int], list[Tense]]:
    """Start and end offsets and tense of every tense cue in the span, in order."""
    starts: list[int] = []
    ends: list[int] = []
    tenses: list[Tense] = []
    for m in _TENSE_CUE.finditer(text, start, end):
        if m.group("past_ed") is not None and m.group("past_ed") in rules.NOT_PAST_ED:
            continue
        starts.append(m.start())
        ends.append(m.end())
        tenses.append("past" if m.group("past") or m.group("past_ed") else "future")
    return starts, ends, tenses


def _context_tense(cues: tuple[list[int], list[int], list[Tense]], start: int, end: int) -> Tense:
    """The tense of the closest cue before [start, end), else of the closest one after it."""
    starts, ends, tenses = cues
    before = bisect.bisect_right(ends, start) - 1
    if before >= 0:
        return tenses[before]
    after = bisect.bisect_left(starts, end)
    return tenses[after] if after < len(starts) else "unknown"


class Cues:
    """The tense cues of a span searched, read when a resolver first asks for a direction: most never
    do (without an anchor only a count such as "in three days" asks)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.found: tuple[list[int], list[int], list[Tense]] | None = None

    def tense_at(self, start: int, end: int) -> Tense:
        """The tense of the cue closest to ``[start, end)`` (`_context_tense`)."""
        if self.found is None:
            self.found = _tense_cues(self.text, self.start, self.end)
        return _context_tense(self.found, start, end)
