"""Find date expressions in news sentences and resolve them to ranges of days.

`find_time_expressions` returns every time expression in a span of text ("in mid-April", "yesterday",
"on Tuesday", "March 14, 2016", "in the coming weeks") with its character offsets and, when an anchor date
(the article's date) is known, the inclusive range of days it names. `parse_date_line` reads a line that is
nothing but a printed date ("Updated: March 14, 2016 10:32 a.m. ET").

This module is the finder: which pattern families a span may hold, running them, dropping overlaps and
taking in a leading preposition. The rest, one module per concern, in `claimtrack/parse/`:
`date_patterns.py` (the patterns that find candidates, one per family), `date_resolvers.py` (one resolver
per family: a match to a range of days, given the anchor and the tense), `date_tense.py` (`Tense` and the
tense cues of a span), `date_arithmetic.py` (ranges of weeks, months, years and seasons, their parts and
shifts) and `date_lines.py` (`parse_date_line`).

Decisions, each also noted where the data lives (`claimtrack.rules.dates`):

* Text: a leading "on", "in", "during", "at", "over", "within" or "by" is part of the expression ("in
  mid-April", "on Tuesday"); "since", "until", "before" and "after" are not, because they turn the date
  into an open interval and the range reported is always the date's own.
* Parts of a month: early = days 1-10, mid = 10-20, late = 21-last; "the beginning of" = early and "the
  end of the month" = late. Parts of a year: early = January-April, mid = May-August, late =
  September-December; "the start of the year" = January and "(by) the end of the year" = December of
  that year: "by" stays in the text and does not widen the range to the anchor.
* "earlier this year" runs from the start of the period to the anchor, "later this year" from the anchor to
  its end.
* Seasons are meteorological and northern: spring = March-May, summer = June-August, autumn/fall =
  September-November, winter = December-February, named by the year it starts in.
* Direction. Words that carry it ("yesterday", "next week", "last May", "two days ago") follow it. For the
  rest (a bare weekday, a month or day without a year, a bare season) the direction is the `tense` argument
  when given, otherwise the nearest tense cue in the span searched (the closest one before the
  expression, else the closest after: "will visit on Tuesday" is future, "said on Tuesday" past), and with
  no cue at all: a bare weekday is the most recent one (news reports the past), a month or day without a
  year is its occurrence nearest the anchor. The anchor day itself counts in both directions: "said
  Friday" in a Friday paper is that Friday, and so is "will speak Friday".
* "last Tuesday" and "next Tuesday" are the nearest such day strictly before / after the anchor.
* Weeks run Monday to Sunday (ISO); "this weekend" is the Saturday and Sunday of the anchor's week.
* A part of an unnamed period ("the end of the year", "end of the month") is the current one, unless it
  lies wholly on the other side of the anchor from the sentence's tense: then it is the previous (past)
  or next (future) one.
* "last year" is the previous calendar year; "the past year" the twelve months ending on the anchor.
* Counted offsets keep their unit as precision: "two years ago" is the whole year, "in three days" the one
  day, "in two weeks" the week containing the day two weeks on; "within two weeks" runs from the anchor to
  the day two weeks on. "in three days" and "within two weeks" in a
  past-tense sentence measure a duration, not a time, and are skipped.
* "in the coming weeks" / "in recent weeks" cover a span from the anchor set in `VAGUE_SPANS`.
* No anchor, nothing invented: relative expressions get `first = last = None`; expressions with a year still
  resolve.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Final

import attrs

from claimtrack.parse.date_lines import parse_date_line
from claimtrack.parse.date_patterns import (
    AGO_WORDS,
    FLAGS,
    GAP,
    MONTH_FULL,
    PATTERNS,
    SPAN_UNITS,
    WEEKDAY,
    alternation,
)
from claimtrack.parse.date_resolvers import RESOLVERS, Site
from claimtrack.parse.date_tense import TENSES, Cues, Tense
from claimtrack.rules import dates as rules

__all__ = ["TENSES", "Tense", "TimeExpression", "find_time_expressions", "parse_date_line"]


@attrs.frozen
class TimeExpression:
    """One time expression: where it is, what it says, and the days it names (inclusive)."""

    start: int
    end: int
    text: str
    first: dt.date | None
    last: dt.date | None
    tense_hint: Tense = attrs.field(validator=attrs.validators.in_(TENSES))


# --- Which pattern families a span may hold -------------------------------------------------------

_DIGIT_FAMILIES: Final = frozenset(
    {"iso_date", "numeric_date", "month_day", "day_month", "month_year", "year"}
)
"""Patterns every match of which holds a digit."""

_KEYS: Final[Mapping[str, tuple[str, ...]]] = {
    name: tuple(sorted({key.lower() for key in keys}))
    for name, keys in {
        "calendar_unit": rules.CALENDAR_UNITS,
        "season": rules.SEASONS,
        "relative_day": [phrase.split(" ")[-1] for phrase in rules.RELATIVE_DAYS],  # "night", "today"
        "ago": AGO_WORDS,
        "in_count": rules.OFFSET_UNITS,
        "span": SPAN_UNITS,
    }.items()
}
"""For most other patterns, words one of which every match holds, in any case."""

_CASED_KEYS: Final[Mapping[str, tuple[str, ...]]] = {
    "month": tuple(form for name in rules.MONTHS for form in (name.title(), name.upper())),
    "weekday": tuple(form for name in rules.WEEKDAYS for form in (name.title(), name.upper())),
}
"""For the rest, words one of which every match holds as written: the forms `_capitalised` allows (in
`date_patterns`)."""

_REQUIRED: Final[Mapping[str, re.Pattern[str]]] = {
    **{name: re.compile(r"\d") for name in _DIGIT_FAMILIES},
    **{name: re.compile(alternation(keys), FLAGS) for name, keys in _KEYS.items()},
    "month": re.compile(MONTH_FULL, FLAGS),
    "weekday": re.compile(WEEKDAY, FLAGS),
}
"""A part every match of the pattern of that name holds, with the same flags: a span without it is not
searched with that pattern (most spans name no month, weekday, season or unit of time, while the
patterns' optional openings, "this", "last", "the end of", are tried at every word)."""


def _families(text: str, start: int, end: int) -> list[str]:
    """The names of the patterns that may match in ``text[start:end]``: those whose required part it
    holds. Month and weekday names count only as written (`_CASED_KEYS`). For the other words an ASCII
    span is lowered once and tested for each key as a substring (matching ASCII letters in any case is
    lowering them: no other character matches them then); any other span is searched with the
    `_REQUIRED` patterns, which also match the letters' Unicode case variants ("ſ" for "s")."""
    span = text[start:end]
    cased = {name: any(form in span for form in forms) for name, forms in _CASED_KEYS.items()}
    if not span.isascii():
        return [
            name for name in PATTERNS if cased.get(name, True) and _REQUIRED[name].search(text, start, end)
        ]
    digit = _REQUIRED["year"].search(span) is not None
    low = span.lower()
    return [
        name
        for name in PATTERNS
        if (
            digit
            if name in _DIGIT_FAMILIES
            else cased[name]
            if name in cased
            else any(key in low for key in _KEYS[name])
        )
    ]


# --- The finder -----------------------------------------------------------------------------------

_LEADING_PREPOSITION: Final = re.compile(
    rf"""
    (?<!\w)                               # a whole word
    (?P<prep>{alternation(rules.LEADING_PREPOSITIONS)})
    {GAP} \Z                              # right before the expression
    """,
    FLAGS,
)

_PREVIOUS_WORD: Final = re.compile(
    r"""
    (?<![\w'])                            # a whole word
    (?P<word>[a-z]{1,12})                 # the word before an expression
    ,? \s{1,3} \Z                         # right before it
    """,
    FLAGS,
)

_PREPOSITION_LOOKBACK: Final = 20
"""Characters read before an expression for its preposition or cue word (longer than any of them)."""


def find_time_expressions(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    anchor: dt.date | None,
    tense: Tense | None = None,
) -> list[TimeExpression]:
    """Time expressions in ``text[start:end]``, in order, with offsets into `text`.

    `anchor` is the date the text is written from (the article's or section's date); without it,
    relative expressions are found but get no range. `tense` fixes the direction of expressions that do
    not carry one ("on Tuesday", "in December"); by default it is read from the span's own tense cues.

    >>> [e.text for e in find_time_expressions("He will visit Tokyo in mid-April.", anchor=None)]
    ['in mid-April']
    """
    end = len(text) if end is None else end
    if not 0 <= start <= end <= len(text):
        msg = f"span {start}:{end} is not inside a text of length {len(text)}"
        raise ValueError(msg)
    if tense is not None and tense not in TENSES:
        msg = f"tense {tense!r} is not one of {', '.join(TENSES)}"
        raise ValueError(msg)
    cues = Cues(text, start, end)  # read when first needed: most spans searched hold no time expression
    found: list[tuple[int, int, dt.date | None, dt.date | None, Tense]] = []
    for name in _families(text, start, end):  # most spans: a few families, or none
        pattern, resolve = PATTERNS[name], RESOLVERS[name]
        for m in pattern.finditer(text, start, end):
            lookback = text[max(start, m.start() - _PREPOSITION_LOOKBACK) : m.start()]
            previous = _PREVIOUS_WORD.search(lookback)
            site = Site(
                anchor=anchor,
                direction=tense,
                cues=cues,
                span=m.span(),
                previous_word=None if previous is None else previous.group("word").lower(),
                following=text[m.end() : min(end, m.end() + _PREPOSITION_LOOKBACK)],
            )
            try:
                resolved = resolve(m, site)
            except (OverflowError, ValueError):  # arithmetic past year 1 or 9999: found, not placed
                resolved = resolve(m, site.unanchored())
            if resolved is not None:
                found.append((m.start(), m.end(), *resolved))
    found.sort(key=lambda item: (item[0], item[0] - item[1]))
    expressions: list[TimeExpression] = []
    taken = start
    for match_start, match_end, first, last, hint in found:
        if match_start < taken:
            continue  # overlaps a longer or earlier expression
        lookback = text[max(taken, match_start - _PREPOSITION_LOOKBACK) : match_start]
        preposition = _LEADING_PREPOSITION.search(lookback)
        begin = match_start if preposition is None else match_start - len(lookback) + preposition.start()
        expressions.append(TimeExpression(begin, match_end, text[begin:match_end], first, last, hint))
        taken = match_end
    return expressions
