"""Timestamp lines: the line under a headline that prints when, and often through whom, a story was
put online.

"Xinhua | Updated: 2019-04-02 09:15", "2018-11-07 14:20Global Times Editor: Wang Fang", "All News
09:12 March 14, 2017", "Hamid K 5 minutes ago Tue 12th March 2019 | 11:30 AM", "Published May
4,2021". The stamp is a date with its year beside a clock time, or a date after a label
(`Rules.stamp_labels`); it opens or closes a short line, and what else the line holds is a few words
of credits (an outlet, a desk, an author, a code), almost none in lower case. A sentence ("The talks
ended at 14:30 on March 3, 2017, officials said.") or a headline ("Polls to open at 08:00 March 3, 2015
in Ohio") is none of that. An outlet the rules know that opens the line or a part of it ("Xinhua |",
"14:20Global Times") is the article's.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable

from claimtrack.parse.credits import known_outlet
from claimtrack.parse.dates import parse_date_line
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules
from claimtrack.rules import dates as date_rules

_MAX_LENGTH = 120  # characters: a stamp line is short
_MAX_OTHER_WORDS = 8  # words of the line besides the stamp: credits, a desk, an author, a code
_MAX_LOWER_WORDS = 2  # of which in lower case ("5 minutes ago"); a headline has more
_OUTLET_WORDS = 5  # the longest outlet name looked for at the start of a part
_YEAR = re.compile(r"\d{4}")
_DAY_FIRST = re.compile(r"\d{2}-\d{2}-\d{4}")  # "29-03-2021"  # a cheap first test: a stamp prints a year
_PARTS = re.compile(r"[ ]*[|·•][ ]*")  # "Xinhua | Updated: ..."
_FINAL = (".", "!", "?", "”", '"', "’", "'")  # a line ending so is a sentence


def _cased(*tables: Iterable[str]) -> list[str]:
    """The words of date tables as a page prints them: "March", "march", "MARCH"."""
    return [form for table in tables for w in table for form in (w, w.title(), w.upper())]


def _build(labels: tuple[str, ...]) -> re.Pattern[str]:
    month = alternation(_cased(date_rules.MONTHS, date_rules.MONTH_ABBREVIATIONS)) + r"\.?"
    weekday = alternation(_cased(date_rules.WEEKDAYS, date_rules.WEEKDAY_ABBREVIATIONS)) + r"\.?,?[ ]"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    date = rf"""(?<!\d)(?:\d{{4}}-\d{{2}}-\d{{2}}  # 2019-04-02
        | \d{{2}}-\d{{2}}-\d{{4}}  # 29-03-2021: day first, as pages that print the year last do
        | (?:{weekday})?(?:{day}[ ]{month},?[ ]?\d{{4}}  # Tue 12th March 2019
        | {month}[ ]{day},?[ ]?\d{{4}}))(?!\d)  # March 14, 2017; May 4,2021
    """
    zones = alternation(z.upper() for z in date_rules.TIME_ZONES)
    time = rf"""(?<!\d)\d{{1,2}}:\d{{2}}(?::\d{{2}})?  # 09:15, 14:20:05
        (?:[ ]?[AaPp]\.?[Mm]\.?(?![A-Za-z]))?  # 11:30 AM, 08:12 am
        (?:[ ]{zones}(?![A-Za-z]))?  # IST
    """
    gap = r"(?:[ ]*[|,·•][ ]*|[ ]+)"  # between the date and the time
    label = alternation(labels)
    return re.compile(
        rf"""
        (?P<label>{label}(?:[ ](?:on|at))?[ ]?:?[ ]*)?  # "Updated on: "
        (?:(?P<date>{date})(?:{gap}(?P<time>{time}))?  # the date, then perhaps the time
        | (?P<early>{time}){gap}(?P<late>{date}))  # or the time first
        """,
        re.VERBOSE,
    )


@functools.lru_cache(maxsize=16)
def _pattern(rules: Rules) -> re.Pattern[str]:
    return _build(rules.stamp_labels)


_SITE_CAPITALS = 3  # letters of a site's name in capitals before its stamp ("SAMAA"; not "AM")


def stamped(line: str, rules: Rules) -> tuple[str | None, dt.date] | None:
    """The outlet (if any) and date of a timestamp line, else None."""
    line = line.strip()
    if len(line) > _MAX_LENGTH or "\n" in line or not _YEAR.search(line):
        return None
    # a date alone inside a line is no stamp: a date line is read elsewhere, prose is left alone
    stamps = [
        m for m in _pattern(rules).finditer(line) if m.group("label") or m.group("time") or m.group("early")
    ]
    if not stamps:
        return None
    m = stamps[0]  # "Updated: ... | Created: ...": the first stamp dates the story
    before, after = line[: m.start()].strip(), line[stamps[-1].end() :].strip()
    if before and after:
        return None  # the stamps open or close their line
    between = " ".join(line[a.end() : b.start()] for a, b in itertools.pairwise(stamps))
    other = f"{before} {between} {after}".split()
    if len(other) > _MAX_OTHER_WORDS or sum(w[:1].islower() for w in other) > _MAX_LOWER_WORDS:
        return None
    if after.endswith(_FINAL):
        return None
    day = _day(m.group("date") or m.group("late"))
    if day is None:
        return None
    return _leading_outlet(before, after, rules), day


def _day(written: str) -> dt.date | None:
    """The day a stamp prints: "29-03-2021" day first; other forms as date lines are read."""
    if _DAY_FIRST.fullmatch(written):
        day, month, year = (int(part) for part in written.split("-"))
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return parse_date_line(written)


def _leading_outlet(before: str, after: str, rules: Rules) -> str | None:
    """The first outlet the rules know that opens a part of the line's credits."""
    for part in (*_PARTS.split(before), *_PARTS.split(after)):
        words = part.split()
        if words[:1] in (["By"], ["BY"], ["by"]):
            words = words[1:]  # "By IANS | Updated: October 8, 2025 15:00 IST": the agency's byline
        for n in range(min(len(words), _OUTLET_WORDS), 0, -1):
            found = known_outlet(" ".join(words[:n]), rules)
            if found is not None:
                return found
    # "SAMAA | Posted: Jul 6, 2020": a name in capitals alone before the stamp is the site's, known or not
    name = before.rstrip("|–—- ").strip()
    # (one word in capitals: a label is written "Updated", "Posted")
    site = name.isalpha() and name.isupper() and len(name) >= _SITE_CAPITALS
    site = site and name.capitalize() not in rules.stamp_labels
    return name if site else None
