"""The resolvers: one per pattern family (`RESOLVERS`, by the names of `date_patterns.PATTERNS`), each
turning a match into the inclusive range of days it names, given the anchor date and the direction of its
sentence (`Site`), or into None when the words are not a time expression after all ("The Sunday Times",
"Arab Spring", "advanced 50 km in three days").

The decisions they implement are listed in `claimtrack.parse.dates`; the words and day ranges they read
are data, in `claimtrack.rules.dates`; the calendar arithmetic is in `date_arithmetic`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Final

from dateutil.relativedelta import relativedelta

from claimtrack.parse.date_arithmetic import (
    DAY,
    Range,
    day_occurrence,
    lookup_month,
    make_date,
    month_range,
    month_year,
    part_of,
    season_occurrence,
    season_range,
    shift,
    unit_containing,
    week_range,
    year_range,
)
from claimtrack.parse.date_patterns import FLAGS
from claimtrack.parse.date_tense import TENSES, Cues, Tense
from claimtrack.rules import dates as rules

_OF_FOLLOWS: Final = re.compile(
    r"""
    \s{1,3} of \s                         # "the fall of Rome": a noun, not a season
    """,
    FLAGS,
)

_NAME_FOLLOWS: Final = re.compile(
    r"""
    \s{1,3} (?-i:[A-Z])                   # "Summer Olympics": a capitalised word goes on the name
    """,
    FLAGS,
)


def _count(word: str | None) -> int | None:
    """A count from digits or a number word; None for vague counts ("few")."""
    if word is None:
        return None
    if word.isdigit():
        return int(word)
    return rules.NUMBER_WORDS.get(" ".join(word.lower().split()))


_TENSE_BY_NAME: Final[Mapping[str, Tense]] = {name: name for name in TENSES}


def _det_tense(det: str) -> Tense:
    """The tense a determiner gives a month, weekday or season: "last May" past, "next Tuesday" future."""
    return "past" if det in ("last", "past") else "future" if det in ("next", "coming") else "unknown"


def _key(phrase: str) -> str:
    """A matched phrase as a table key: lower case, single spaces, "mid-" as "mid"."""
    return " ".join(phrase.lower().split())


class Site:
    """What a resolver may know about where a match sits."""

    __slots__ = ("_direction", "anchor", "cues", "following", "previous_word", "span")

    def __init__(
        self,
        *,
        anchor: dt.date | None,
        direction: Tense | None,
        cues: Cues,
        span: tuple[int, int],
        previous_word: str | None,
        following: str,
    ) -> None:
        self.anchor = anchor
        self._direction = direction  # the `tense` argument, else None until read from the cues
        self.cues = cues
        self.span = span  # the match's
        self.previous_word = previous_word  # the word right before the match, lower case
        self.following = following  # a few characters after the match

    @property
    def direction(self) -> Tense:
        """From the `tense` argument or the nearest cue; "unknown" when neither says."""
        if self._direction is None:
            self._direction = self.cues.tense_at(*self.span)
        return self._direction

    def unanchored(self) -> Site:
        """The same site with no anchor."""
        return Site(
            anchor=None,
            direction=self._direction,
            cues=self.cues,
            span=self.span,
            previous_word=self.previous_word,
            following=self.following,
        )


_Resolved = tuple[dt.date | None, dt.date | None, Tense]
_Resolver = Callable[["re.Match[str]", Site], "_Resolved | None"]


def _span(span: Range | None, tense: Tense = "unknown") -> _Resolved:
    if span is None:
        return None, None, tense
    return span[0], span[1], tense


def _part_key(m: re.Match[str]) -> str | None:
    part = m.group("part")
    return None if part is None else rules.PARTS[_key(part)]


def _resolve_full_date(m: re.Match[str], site: Site) -> _Resolved | None:
    """iso_date, numeric_date, month_day, day_month: a day, with or without its year."""
    month_text = m.group("month")
    month = int(month_text) if month_text.isdigit() else lookup_month(month_text)
    day = int(m.group("day"))
    year = m.group("year")
    if year is not None:
        date = make_date(int(year), month, day)
        return None if date is None else (date, date, "unknown")
    if make_date(2000, month, day) is None:  # 2000 is a leap year: only impossible days fail
        return None
    if site.anchor is None:
        return None, None, "unknown"
    found = day_occurrence(site.anchor, month, day, site.direction)
    return None if found is None else (found, found, "unknown")


def _resolve_month_year(m: re.Match[str], site: Site) -> _Resolved | None:
    year = int(m.group("year"))
    if year < 1:
        return None
    span = month_range(year, lookup_month(m.group("month")))
    return _span(part_of("month", span, _part_key(m), site.anchor))


def _resolve_month(m: re.Match[str], site: Site) -> _Resolved | None:
    name = m.group("month").lower()
    part, det = _part_key(m), m.group("det")
    if (
        name in rules.AMBIGUOUS_MONTHS
        and part is None
        and det is None
        and site.previous_word not in rules.MONTH_CUES
    ):
        return None
    tense = _det_tense((det or "").lower())
    if site.anchor is None:
        return None, None, tense
    anchor, month = site.anchor, rules.MONTHS[name]
    if det is None:
        year = month_year(anchor, month, site.direction)
    elif det.lower() == "this":
        year = anchor.year
    elif det.lower() == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
    else:
        year = anchor.year if month > anchor.month else anchor.year + 1
    return _span(part_of("month", month_range(year, month), part, anchor), tense)


def _resolve_year(m: re.Match[str], site: Site) -> _Resolved | None:
    year = int(m.group("year"))
    low, high = rules.BARE_YEAR_RANGE
    if not low <= year <= high:
        return None
    return _span(part_of("year", year_range(year), _part_key(m), site.anchor))


def _resolve_relative_day(m: re.Match[str], site: Site) -> _Resolved | None:
    offset, tense_name = rules.RELATIVE_DAYS[_key(m.group("word"))]
    tense = _TENSE_BY_NAME[tense_name]
    if site.anchor is None:
        return None, None, tense
    day = site.anchor + dt.timedelta(days=offset)
    return day, day, tense


def _resolve_weekday(m: re.Match[str], site: Site) -> _Resolved | None:
    weekday = rules.WEEKDAYS[m.group("weekday").lower()]
    det = (m.group("det") or "").lower()
    if not det and m.group("part") is None and site.previous_word in rules.WEEKDAY_BLOCKERS:
        return None  # "The Sunday Times", "every Tuesday"
    tense = _det_tense(det)
    if site.anchor is None:
        return None, None, tense
    anchor = site.anchor
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if det == "this":
        day = week_range(anchor)[0] + dt.timedelta(days=weekday)
    elif tense == "past":
        day = anchor - dt.timedelta(days=back or 7)
    elif tense == "future":
        day = anchor + dt.timedelta(days=ahead or 7)
    else:
        direction = site.direction if site.direction != "unknown" else rules.DEFAULT_WEEKDAY_TENSE
        day = anchor - dt.timedelta(days=back) if direction == "past" else anchor + dt.timedelta(days=ahead)
    return day, day, tense


def _calendar_unit(anchor: dt.date, unit: str, offset: int) -> Range:
    if unit == "weekend":
        saturday = week_range(anchor)[0] + dt.timedelta(days=5 + 7 * offset)
        return saturday, saturday + DAY
    if unit == "week":
        return week_range(anchor + dt.timedelta(days=7 * offset))
    if unit == "month":
        moved = anchor + relativedelta(months=offset)
        return month_range(moved.year, moved.month)
    return year_range(anchor.year + offset)


def _resolve_calendar_unit(m: re.Match[str], site: Site) -> _Resolved | None:
    unit = m.group("unit").lower()
    part = _part_key(m)
    det_text = m.group("det") or m.group("part_det")
    det = None if det_text is None else _key(det_text)
    if det is None and part not in ("mid", "start", "end"):
        return None  # "early week" is not English; "mid-week", "end of year" are
    if det in (None, "the") and part is None and unit != "weekend":
        return None  # "the year" alone: which one is not said
    trailing = rules.TRAILING_DETERMINERS.get(det or "")
    offset = rules.CALENDAR_DETERMINERS.get(det or "the", 0)
    if trailing is not None and unit == "weekend":
        offset, trailing = trailing, None
    sign = trailing if trailing is not None else offset
    tense: Tense = "past" if sign < 0 else "future" if sign > 0 else "unknown"
    if part == "earlier":
        tense = "past"
    elif part == "later":
        tense = "future"
    if site.anchor is None:
        return None, None, tense
    anchor = site.anchor
    if trailing is not None:
        if trailing < 0:
            return shift(anchor, unit, -1) + DAY, anchor, tense
        return anchor + DAY, shift(anchor, unit, 1), tense
    if det in (None, "the") and unit == "weekend" and part is None:
        in_weekend = anchor.weekday() >= 5
        offset = 0 if in_weekend or site.direction == "future" else -1
    span = part_of(unit, _calendar_unit(anchor, unit, offset), part, anchor)
    if det in (None, "the") and part is not None:
        # "peaked by the end of year" in March is last year's end; "will ... by the end of the week"
        # on a Saturday is next week's: an unnamed period is the one on the side the sentence points to.
        if site.direction == "past" and span[0] > anchor:
            span = part_of(unit, _calendar_unit(anchor, unit, -1), part, anchor)
        elif site.direction == "future" and span[1] < anchor:
            span = part_of(unit, _calendar_unit(anchor, unit, 1), part, anchor)
    return _span(span, tense)


def _resolve_season(m: re.Match[str], site: Site) -> _Resolved | None:
    season = m.group("season").lower()
    det = (m.group("det") or "").lower()
    year = m.group("year")
    part = _part_key(m)
    if year is None and m.group("season")[0].isupper() and _NAME_FOLLOWS.match(site.following):
        return None  # "the Summer Olympics", "Spring Festival": part of a name
    if year is None and det in ("", "the"):
        if det == "the" and _OF_FOLLOWS.match(site.following):
            return None  # "the fall of Rome"
        if part is None and det == "" and site.previous_word not in rules.SEASON_CUES:
            return None  # "Arab Spring", "prices fall"
    if year is not None:
        if int(year) < 1 or int(year) >= dt.MAXYEAR:
            return None
        return _span(part_of("season", season_range(season, int(year)), part, site.anchor))
    offset = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}.get(det)
    tense: Tense = "past" if offset == -1 else "future" if offset == 1 else "unknown"
    if site.anchor is None:
        return None, None, tense
    span = season_occurrence(site.anchor, season, offset, site.direction)
    return _span(part_of("season", span, part, site.anchor), tense)


def _resolve_ago(m: re.Match[str], site: Site) -> _Resolved | None:
    count = _count(m.group("count"))
    unit = rules.OFFSET_UNITS[m.group("unit").lower()]
    tense: Tense = "past" if m.group("direction").lower() == "ago" else "future"
    if count is None:
        return None
    if site.anchor is None:
        return None, None, tense
    target = shift(site.anchor, unit, -count if tense == "past" else count)
    return _span(unit_containing(target, unit), tense)


def _resolve_in_count(m: re.Match[str], site: Site) -> _Resolved | None:
    count = _count(m.group("count"))
    unit = rules.OFFSET_UNITS[m.group("unit").lower()]
    if count is None or site.direction == "past":
        return None  # "advanced 50 km in three days": a duration
    if site.anchor is None:
        return None, None, "future"
    if m.group("prep").lower() == "within":
        return site.anchor, shift(site.anchor, unit, count), "future"
    return _span(unit_containing(shift(site.anchor, unit, count), unit), "future")


def _resolve_span(m: re.Match[str], site: Site) -> _Resolved | None:
    direction = rules.VAGUE_DIRECTIONS[m.group("direction").lower()]
    unit = rules.OFFSET_UNITS[m.group("unit").lower()]
    count_text = m.group("count")
    count = _count(count_text) if count_text is not None else None
    if count is None:
        if count_text is not None and _key(count_text) not in rules.VAGUE_COUNTS:
            return None
        count = rules.VAGUE_SPANS[unit]
    tense: Tense = "past" if direction < 0 else "future"
    if site.anchor is None:
        return None, None, tense
    if direction < 0:
        return shift(site.anchor, unit, -count) + DAY, site.anchor, tense
    return site.anchor + DAY, shift(site.anchor, unit, count), tense


RESOLVERS: Final[Mapping[str, _Resolver]] = {
    "iso_date": _resolve_full_date,
    "numeric_date": _resolve_full_date,
    "month_day": _resolve_full_date,
    "day_month": _resolve_full_date,
    "month_year": _resolve_month_year,
    "month": _resolve_month,
    "year": _resolve_year,
    "relative_day": _resolve_relative_day,
    "weekday": _resolve_weekday,
    "calendar_unit": _resolve_calendar_unit,
    "season": _resolve_season,
    "ago": _resolve_ago,
    "in_count": _resolve_in_count,
    "span": _resolve_span,
}
