"""Calendar arithmetic for the date resolvers: the inclusive range of days of a week, month, year or
season, a part of one ("mid-April", "late 2016", "the end of the week"), moving a day by a count of
units, and the occurrence of a month, day or season nearest an anchor date in a direction.

Weeks run Monday to Sunday (ISO); seasons are meteorological and northern, named by the year they
start in. The day ranges of the parts are data, in `claimtrack.rules.dates`.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from dateutil.relativedelta import relativedelta

from claimtrack.parse.date_tense import Tense
from claimtrack.rules import dates as rules

Range = tuple[dt.date, dt.date]
DAY: Final = dt.timedelta(days=1)


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_range(year: int, month: int) -> Range:
    first = dt.date(year, month, 1)
    return first, first + relativedelta(months=1, days=-1)


def year_range(year: int) -> Range:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def week_range(day: dt.date) -> Range:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def unit_containing(day: dt.date, unit: str) -> Range:
    """The calendar day, week, month or year that contains `day`."""
    if unit == "day":
        return day, day
    if unit == "week":
        return week_range(day)
    if unit == "month":
        return month_range(day.year, day.month)
    return year_range(day.year)


def shift(day: dt.date, unit: str, count: int) -> dt.date:
    if unit == "day":
        return day + dt.timedelta(days=count)
    if unit == "week":
        return day + dt.timedelta(weeks=count)
    if unit == "month":
        return day + relativedelta(months=count)
    return day + relativedelta(years=count)


def part_of(kind: str, span: Range, part: str | None, anchor: dt.date | None) -> Range:
    """Narrow a day, week, month, year or season to one of its parts."""
    first, last = span
    if part is None or kind in ("day", "weekend"):
        return span
    if part in ("earlier", "later"):
        if anchor is None or not first <= anchor <= last:
            return span
        return (first, anchor) if part == "earlier" else (anchor, last)
    if kind == "month":
        low, high = rules.PART_OF_MONTH[part]
        return first.replace(day=min(low, last.day)), first.replace(day=min(high, last.day))
    if kind == "year":
        low, high = rules.PART_OF_YEAR[part]
        return month_range(first.year, low)[0], month_range(first.year, high)[1]
    if kind == "week":
        low, high = rules.PART_OF_WEEK[part]
        return first + dt.timedelta(days=low), first + dt.timedelta(days=high)
    low, high = rules.PART_OF_SEASON[part]  # season: indexes of its months
    return first + relativedelta(months=low), first + relativedelta(months=high + 1, days=-1)


def month_year(anchor: dt.date, month: int, direction: Tense) -> int:
    """Year of the occurrence of `month` in `direction` from the anchor (its own month counts)."""
    if month == anchor.month:
        return anchor.year
    past = anchor.year if month < anchor.month else anchor.year - 1
    future = anchor.year if month > anchor.month else anchor.year + 1
    if direction == "past":
        return past
    if direction == "future":
        return future
    ahead = (month - anchor.month) % 12
    return future if ahead < 12 - ahead else past


def day_occurrence(anchor: dt.date, month: int, day: int, direction: Tense) -> dt.date | None:
    """The date `month`/`day` in `direction` from the anchor (the anchor counts), or the nearest."""
    years = range(anchor.year - 4, anchor.year + 5)  # wide enough to find a 29 February
    found = [d for d in (make_date(y, month, day) for y in years) if d is not None]
    before = [d for d in found if d <= anchor]
    after = [d for d in found if d >= anchor]
    if direction == "past":
        return before[-1] if before else None
    if direction == "future":
        return after[0] if after else None
    options = before[-1:] + after[:1]
    return min(options, key=lambda d: (abs((d - anchor).days), d)) if options else None


def season_range(season: str, year: int) -> Range:
    first_month, last_month = rules.SEASONS[season]
    last_year = year + 1 if last_month < first_month else year
    return month_range(year, first_month)[0], month_range(last_year, last_month)[1]


def season_occurrence(anchor: dt.date, season: str, offset: int | None, direction: Tense) -> Range:
    """The season before (-1), after (1) or around (0/None, by `direction`) the anchor."""
    spans = [season_range(season, y) for y in range(anchor.year - 2, anchor.year + 2)]
    ended = [s for s in spans if s[1] < anchor]
    coming = [s for s in spans if s[0] > anchor]
    if offset == -1:
        return ended[-1]
    if offset == 1:
        return coming[0]
    around = [s for s in spans if s[0] <= anchor <= s[1]]
    if around:
        return around[0]
    if direction == "past":
        return ended[-1]
    if direction == "future":
        return coming[0]
    return min(ended[-1], coming[0], key=lambda s: min(abs((s[0] - anchor).days), abs((s[1] - anchor).days)))


def lookup_month(name: str) -> int:
    key = name.lower().rstrip(".")
    return rules.MONTHS.get(key) or rules.MONTH_ABBREVIATIONS[key]
