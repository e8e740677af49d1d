"""The patterns that find candidate time expressions, one per family ("month_day", "weekday", "ago",
...), and the building blocks they are made of, all built from the word lists of `claimtrack.rules.dates`.

`claimtrack.parse.dates` runs them (after checking that a span holds a word every match of a family
needs); each family's resolver, in `date_resolvers`, turns a match into a range of days.

Every pattern is a bounded sequence: each repetition has a fixed upper limit and no repeated group holds
another repetition, so a match attempt reads a bounded number of characters and a search is linear in the
length of the text, hostile input included.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final

from claimtrack.rules import dates as rules

GAP: Final = r"\s{1,3}"
"""Between two words: one to three whitespace characters, so that a match attempt stays bounded."""

_JOIN: Final = r"(?:-|\s{1,3})"
"""Between a part and its period: "mid-April" or "mid April"."""


def _phrase(phrase: str) -> str:
    """One table phrase as a pattern: words escaped, spaces made into bounded gaps."""
    return GAP.join(re.escape(word) for word in phrase.split(" "))


def alternation(phrases: Iterable[str]) -> str:
    """Phrases as one group, longest first so that "the past" is tried before "the"."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(_phrase(p) for p in ordered) + ")"


def _capitalised(names: Iterable[str]) -> str:
    """Names that count only in Title or UPPER case ("May", "MAY"; not "may")."""
    ordered = sorted(set(names), key=lambda p: (-len(p), p))
    forms = [form for name in ordered for form in (name.title(), name.upper())]
    return "(?-i:" + "|".join(forms) + ")"


MONTH_FULL: Final = _capitalised(rules.MONTHS)
_MONTH_ANY: Final = rf"(?:{MONTH_FULL}|{_capitalised(rules.MONTH_ABBREVIATIONS)}\.?)"
"""A full month name, or an abbreviation with its optional period ("Sept."); never a sentence's period."""
WEEKDAY: Final = _capitalised(rules.WEEKDAYS)
_DAY_PART: Final = alternation(rules.DAY_PARTS)
_PART: Final = alternation(rules.PARTS)
_UNIT_DETERMINER: Final = alternation([*rules.CALENDAR_DETERMINERS, *rules.TRAILING_DETERMINERS])
_NUMBER: Final = rf"(?:\d{{1,3}}|{alternation(rules.NUMBER_WORDS)})"
_COUNT: Final = rf"(?:\d{{1,3}}|{alternation([*rules.NUMBER_WORDS, *rules.VAGUE_COUNTS])})"
FLAGS: Final = re.VERBOSE | re.IGNORECASE
SPAN_UNITS: Final = ("days", "weeks", "months", "years")
"""The units of a vague span ("in the coming weeks"): plural only."""
AGO_WORDS: Final = ("ago", "now", "hence")
"""A word every counted offset from the anchor holds ("two years ago", "a week from now")."""

PATTERNS: Final[Mapping[str, re.Pattern[str]]] = {
    "iso_date": re.compile(
        r"""
        (?=\w)(?<![\w/.-])                # not inside a longer number or path; quick exit off words
        (?P<year>\d{4}) - (?P<month>\d{2}) - (?P<day>\d{2})
        (?!\d|-\d)                        # nor followed by more digits
        """,
        FLAGS,
    ),
    "numeric_date": re.compile(
        r"""
        (?=\w)(?<![\w/.-])                # not inside a longer number
        (?P<month>\d{1,2}) / (?P<day>\d{1,2}) / (?P<year>\d{4})   # US order: 3/14/2016
        (?![\w/])                         # nor followed by more of one
        """,
        FLAGS,
    ),
    "month_day": re.compile(
        rf"""
        (?=\w)(?<![\w.])                  # starts a word (the lookahead exits early off words)
        (?:(?P<weekday>{WEEKDAY}) ,? {GAP})?           # "Monday, " before the date
        (?P<month>{_MONTH_ANY}) {GAP}               # "March", "Mar.", "Sept."
        (?P<day>\d{{1,2}}) (?:st|nd|rd|th)? (?!\w)      # "14", "14th"; not the "19" of "1999"
        (?:(?:,\s{{0,3}}|{GAP}) (?P<year>\d{{4}}) (?!\w))?    # ", 2016" or " 2016"
        """,
        FLAGS,
    ),
    "day_month": re.compile(
        rf"""
        (?=\w)(?<![\w.,])                 # starts a word, not inside a number
        (?:(?P<weekday>{WEEKDAY}) ,? {GAP})?           # "Monday, " before the date
        (?:the {GAP})?                                  # "the 14th of March"
        (?P<day>\d{{1,2}}) (?:st|nd|rd|th)? {GAP}       # "14", "14th"
        (?:of {GAP})?
        (?P<month>{_MONTH_ANY}) (?!\w)              # "March", "Mar."
        (?:,? {GAP} (?P<year>\d{{4}}) (?!\w))?          # " 2016"
        """,
        FLAGS,
    ),
    "month_year": re.compile(
        rf"""
        (?=\w)(?<![\w.])                  # starts a word (the lookahead exits early off words)
        (?:(?P<part>{_PART}) {_JOIN})?    # "early", "mid-", "the end of"
        (?P<month>{_MONTH_ANY}) {GAP}
        (?:of {GAP})?                     # "March of 2016"
        (?P<year>\d{{4}}) (?!\w)          # "2016"
        """,
        FLAGS,
    ),
    "month": re.compile(
        rf"""
        (?=\w)(?<![\w.])                  # starts a word (the lookahead exits early off words)
        (?:(?P<part>{_PART}) {_JOIN})?    # "early", "mid-", "the end of"
        (?:(?P<det>this|last|next) {GAP})?    # "last July"
        (?P<month>{MONTH_FULL}) (?!\w)    # full names only: "Jan" alone is a name
        """,
        FLAGS,
    ),
    "year": re.compile(
        rf"""
        (?=\w)(?<![\w$£€#.,/:'])          # not inside a number, an amount, a time or "'16"
        (?:(?P<part>{_PART}) {_JOIN})?    # "early 2011", "mid-2016", "the end of 2012"
        (?P<year>\d{{4}})
        (?!\w|%|[.,/:]\d)                 # not a longer number, a percentage or a decimal
        (?!{GAP}{alternation(rules.COUNT_NOUNS)}(?!\w))     # not a count: "2000 troops"
        """,
        FLAGS,
    ),
    "relative_day": re.compile(
        rf"""
        (?=\w)(?<![\w'])                  # starts a word (the lookahead exits early off words)
        (?:(?P<part>early|late) {GAP})?   # "late yesterday": same day
        (?P<word>{alternation(rules.RELATIVE_DAYS)}) (?!\w)
        (?:{GAP} (?P<day_part>{_DAY_PART}) (?!\w))?      # "yesterday morning"
        """,
        FLAGS,
    ),
    "weekday": re.compile(
        rf"""
        (?=\w)(?<![\w.])                  # starts a word (the lookahead exits early off words)
        (?:(?P<part>early|late) {GAP})?   # "late Tuesday": same day
        (?:(?P<det>last|next|this|past|coming) {GAP})?   # "last Tuesday"
        (?P<weekday>{WEEKDAY}) (?!\w)     # not "Tuesdays", a habit
        (?:{GAP} (?P<day_part>{_DAY_PART}) (?!\w))?      # "Tuesday night"
        """,
        FLAGS,
    ),
    "calendar_unit": re.compile(
        rf"""
        (?=\w)(?<![\w.])                  # starts a word (the lookahead exits early off words)
        (?:
            (?P<part>{_PART}) {_JOIN} (?:(?P<part_det>{_UNIT_DETERMINER}) {GAP})?   # "later this"
          | (?P<det>{_UNIT_DETERMINER}) {GAP}                                       # "last"
        )
        (?P<unit>{alternation(rules.CALENDAR_UNITS)}) (?!\w)     # "week", "month", "year"
        """,
        FLAGS,
    ),
    "season": re.compile(
        rf"""
        (?=\w)(?<![\w.])                  # starts a word (the lookahead exits early off words)
        (?:(?P<part>{_PART}) {_JOIN})?    # "late summer"
        (?:(?P<det>this|last|next|the|past|coming) {GAP})?
        (?P<season>{alternation(rules.SEASONS)}) (?!\w)
        (?:{GAP} (?:of {GAP})? (?P<year>\d{{4}}) (?!\w))?        # "summer 2016", "the summer of 2016"
        """,
        FLAGS,
    ),
    "ago": re.compile(
        rf"""
        (?=\w)(?<![\w.])                  # starts a word (the lookahead exits early off words)
        (?P<count>{_NUMBER}) {GAP}        # "two", "a", "10"
        (?P<unit>{alternation(rules.OFFSET_UNITS)}) {GAP}
        (?P<direction>ago|from {GAP} now|hence) (?!\w)       # (the words in `AGO_WORDS`)
        """,
        FLAGS,
    ),
    "in_count": re.compile(
        rf"""
        (?=\w)(?<![\w.])                  # starts a word (the lookahead exits early off words)
        (?P<prep>in|within) {GAP}
        (?P<count>{_NUMBER}) {GAP}        # "three", "a", "10"
        (?P<unit>{alternation(rules.OFFSET_UNITS)}) (?!\w)
        (?!{GAP}(?:of|old|later|earlier|after|before)(?!\w))   # "in three days of talks" is a duration
        """,
        FLAGS,
    ),
    "span": re.compile(
        rf"""
        (?=\w)(?<![\w.])                  # starts a word (the lookahead exits early off words)
        (?:the {GAP})?
        (?P<direction>{alternation(rules.VAGUE_DIRECTIONS)}) {GAP}     # "coming", "past", "recent"
        (?:(?P<count>{_COUNT}) {GAP})?    # "two", "few"
        (?P<unit>{"|".join(SPAN_UNITS)}) (?!\w)
        """,
        FLAGS,
    ),
}
"""The finder's patterns by name; each name has a resolver in `date_resolvers.RESOLVERS`."""
