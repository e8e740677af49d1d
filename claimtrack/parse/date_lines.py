"""Date lines: a line that is nothing but a printed date, perhaps with a time, a time zone and labels
("Updated: March 14, 2016 10:32 a.m. ET", "2016-03-14T10:32:00Z"). `parse_date_line` reads the date
such a line prints and refuses prose ("Russia will act on March 14, 2016, officials said.").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from claimtrack.parse.date_arithmetic import lookup_month, make_date
from claimtrack.rules import dates as rules

_DATE_LINE_TOKEN: Final = re.compile(
    r"""
      (?P<space>\s{1,200})                                    # runs of blanks (lines are short)
    | (?P<iso>\d{4}-\d{2}-\d{2})                              # 2016-03-14
      (?:[T\s]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?            # ...T10:32:00.000
         (?:Z|[+-]\d{2}:?\d{2})?)?                            # ...Z, +01:00
    | (?P<numeric>\d{1,2}/\d{1,2}/\d{4})                      # 03/14/2016, US order
    | (?P<time>\d{1,2}:\d{2}(?::\d{2})?)                      # 10:32, 10:32:05
    | (?P<number>\d{1,4})(?:st|nd|rd|th)?(?![\d:])            # 14, 14th, 2016
    | (?P<word>[A-Za-z]{1,12}(?:\.[A-Za-z]{1,3}){0,3}\.?)     # March, Mar., a.m., EDT
    | (?P<punct>[,|·•\-–—:/()\[\]])                           # separators
    """,
    re.VERBOSE,
)
_DIGIT: Final = re.compile(r"\d")  # every date a line may print holds one: a year, a day, an ISO date


def parse_date_line(line: str) -> dt.date | None:
    """The date printed on a line that holds only a date (and perhaps a time and labels), else None.

    >>> parse_date_line("Updated: March 14, 2016 10:32 a.m. ET")
    datetime.date(2016, 3, 14)
    >>> parse_date_line("Russia will act on March 14, 2016, officials said.") is None
    True
    """
    line = line.strip()
    if not line or len(line) > rules.DATE_LINE_MAX_LENGTH or not _DIGIT.search(line):
        return None
    tokens: list[tuple[str, str]] = []
    pos = 0
    while pos < len(line):
        m = _DATE_LINE_TOKEN.match(line, pos)
        if m is None:
            return None
        kind = m.lastgroup or ""
        if kind != "space":
            tokens.append((kind, m.group()))
        pos = m.end()
    return _date_from_tokens(tokens)


def _date_from_tokens(tokens: list[tuple[str, str]]) -> dt.date | None:
    months: list[int] = []
    days: list[int] = []
    years: list[int] = []
    whole: list[dt.date | None] = []
    for index, (kind, value) in enumerate(tokens):
        following = tokens[index + 1][1].replace(".", "").lower() if index + 1 < len(tokens) else ""
        if kind == "iso":
            whole.append(make_date(int(value[:4]), int(value[5:7]), int(value[8:10])))
        elif kind == "numeric":
            month, day, year = (int(part) for part in value.split("/"))
            whole.append(make_date(year, month, day))
        elif kind == "number":
            digits = value.rstrip("stndrh")
            if following in rules.MERIDIEMS:
                continue  # "3 PM": an hour
            if index and tokens[index - 1][1].lower() == "page":
                continue  # "Page 6": the print edition's page
            (years if len(digits) == 4 else days).append(int(digits))
        elif kind == "word":
            word = value.replace(".", "").lower()
            if word in rules.MONTHS or word in rules.MONTH_ABBREVIATIONS:
                months.append(lookup_month(word))
            elif not (
                word in rules.WEEKDAYS
                or word in rules.WEEKDAY_ABBREVIATIONS
                or word in rules.MERIDIEMS
                or word in rules.TIME_ZONES
                or word in rules.DATE_LINE_WORDS
            ):
                return None  # a word a date line does not print: this is prose
    if whole:
        return whole[0] if len(whole) == 1 and not (months or days or years) else None
    if len(months) == 1 and len(days) == 1 and len(years) == 1:
        return make_date(years[0], months[0], days[0])
    return None
