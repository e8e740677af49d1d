"""Date vocabulary for `claimtrack.parse.dates`: words, day ranges and cue phrases, as data.

Everything the date finder knows about English lives here, so a linguist can add a word or move a range
without reading control flow. Keys are lower case with single spaces; the finder turns every space into
"one to three whitespace characters" when it builds its patterns, and matches month and weekday names
only when capitalised (Title or UPPER case), because "may", "march", "sun" and "wed" are also words.

Ranges are inclusive. Day numbers past the end of a month are clamped to its last day, so 31 in
`PART_OF_MONTH` means "the last day" for every month.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

# --- Months ---------------------------------------------------------------------------------------

MONTHS: Final[Mapping[str, int]] = MappingProxyType(
    {
        # Full names: recognised on their own ("in April") as well as in full dates.
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
    }
)

MONTH_ABBREVIATIONS: Final[Mapping[str, int]] = MappingProxyType(
    {
        # AP style abbreviates these six in dates ("Jan. 5", "Sept. 11"); a trailing period is optional.
        "jan": 1,
        "feb": 2,
        "aug": 8,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
        # Three-letter forms printed by wire services and page templates ("Mon Mar 14, 2016").
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "sep": 9,
    }
)
"""Abbreviations count only next to a day or a year: bare "Jan" is a name and bare "Dec" a typo."""

AMBIGUOUS_MONTHS: Final[frozenset[str]] = frozenset(
    {
        "may",  # the modal verb and a surname ("Theresa May said")
        "march",  # a protest march at the start of a sentence ("March organisers said")
    }
)
"""Full month names that also name other things: alone they need a cue from `MONTH_CUES` before them."""

MONTH_CUES: Final[frozenset[str]] = frozenset(
    {
        # Prepositions that introduce a time ("in May", "since March", "until May").
        "in",
        "on",
        "since",
        "until",
        "till",
        "by",
        "during",
        "from",
        "through",
        "before",
        "after",
        "between",
        "of",  # "the month of May", "the ides of March"
        "and",  # the second of two months ("April and May")
        "or",
        "to",  # the end of a span ("from April to May")
    }
)

# --- Weekdays -------------------------------------------------------------------------------------

WEEKDAYS: Final[Mapping[str, int]] = MappingProxyType(
    {
        # Monday is 0, as in `datetime.date.weekday()`.
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    }
)

WEEKDAY_ABBREVIATIONS: Final[Mapping[str, int]] = MappingProxyType(
    {
        # Only accepted in date lines ("Mon Mar 14, 2016"): in running text "Sun", "Sat" and "Wed" are words.
        "mon": 0,
        "tue": 1,
        "tues": 1,
        "wed": 2,
        "thu": 3,
        "thur": 3,
        "thurs": 3,
        "fri": 4,
        "sat": 5,
        "sun": 6,
    }
)

WEEKDAY_BLOCKERS: Final[frozenset[str]] = frozenset(
    {
        # A bare weekday after one of these is not a date.
        "the",  # a title: "The Sunday Times", "the Monday Night Football broadcast"
        "a",  # any such day: "on a Tuesday"
        "every",  # a habit: "every Friday"
        "each",
    }
)

DAY_PARTS: Final[frozenset[str]] = frozenset(
    {
        # May follow a day word ("Tuesday night", "yesterday morning") without changing the day.
        "morning",
        "afternoon",
        "evening",
        "night",
    }
)

# --- Days relative to the anchor ------------------------------------------------------------------

RELATIVE_DAYS: Final[Mapping[str, tuple[int, str]]] = MappingProxyType(
    {
        # phrase: (days after the anchor, tense the phrase itself implies)
        # The anchor day itself, said in several ways; none says on which side of "now" the event is.
        "today": (0, "unknown"),
        "tonight": (0, "unknown"),
        "this morning": (0, "unknown"),
        "this afternoon": (0, "unknown"),
        "this evening": (0, "unknown"),
        # The anchor day, with a direction.
        "earlier today": (0, "past"),
        "later today": (0, "future"),
        # The day before: "last night" in a morning paper is the evening before publication.
        "yesterday": (-1, "past"),
        "last night": (-1, "past"),
        "the day before yesterday": (-2, "past"),
        # The day after.
        "tomorrow": (1, "future"),
        "the day after tomorrow": (2, "future"),
    }
)

# --- Part-of-period modifiers ---------------------------------------------------------------------

PARTS: Final[Mapping[str, str]] = MappingProxyType(
    {
        # phrase: part key used by the PART_OF_* tables below
        "early": "early",
        "mid": "mid",  # "mid-April", "mid April", "mid-2016"
        "late": "late",
        # Spelled out, with and without "the" ("at the end of the month", "by end of year").
        "the beginning of": "start",
        "beginning of": "start",
        "the start of": "start",
        "start of": "start",
        "the middle of": "mid",
        "middle of": "mid",
        "the end of": "end",
        "end of": "end",
        # Comparatives point away from the anchor inside the current period ("earlier this year").
        "earlier": "earlier",
        "later": "later",
    }
)

PART_OF_MONTH: Final[Mapping[str, tuple[int, int]]] = MappingProxyType(
    {
        # part: (first day, last day); 31 is clamped to the month's length.
        "early": (1, 10),  # the first "decade" of the month
        "mid": (10, 20),  # overlaps early by a day: reporters say "mid-month" of the 10th
        "late": (21, 31),
        "start": (1, 10),  # "the beginning of April" is as wide as "early April"
        "end": (21, 31),  # "the end of the month" is as wide as "late March"
    }
)

PART_OF_YEAR: Final[Mapping[str, tuple[int, int]]] = MappingProxyType(
    {
        # part: (first month, last month)
        "early": (1, 4),  # thirds of the year: "early 2011" is January to April
        "mid": (5, 8),
        "late": (9, 12),
        "start": (1, 1),  # "the beginning of the year" is January
        "end": (12, 12),  # "(by) the end of the year" is December, a deadline's own month
    }
)

PART_OF_WEEK: Final[Mapping[str, tuple[int, int]]] = MappingProxyType(
    {
        # part: (first weekday, last weekday), Monday = 0
        "early": (0, 2),  # "early next week": Monday to Wednesday
        "mid": (1, 3),  # "mid-week": Tuesday to Thursday
        "late": (3, 6),  # "late last week": Thursday to Sunday
        "start": (0, 1),
        "end": (4, 6),  # "the end of the week": Friday to Sunday
    }
)

PART_OF_SEASON: Final[Mapping[str, tuple[int, int]]] = MappingProxyType(
    {
        # part: (first, last) index of the season's three months, 0-based
        "early": (0, 0),  # "early summer" is June
        "mid": (1, 1),
        "late": (2, 2),
        "start": (0, 0),
        "end": (2, 2),
    }
)

# --- Seasons --------------------------------------------------------------------------------------

SEASONS: Final[Mapping[str, tuple[int, int]]] = MappingProxyType(
    {
        # season: (first month, last month); meteorological seasons of the northern hemisphere, where
        # most English-language wire copy is written. Winter crosses the new year: "winter 2016" starts
        # in December 2016 and ends in February 2017.
        "spring": (3, 5),
        "summer": (6, 8),
        "autumn": (9, 11),
        "fall": (9, 11),  # US usage; bare "fall" is a verb, so it needs a determiner or "in"
        "winter": (12, 2),
    }
)

SEASON_CUES: Final[frozenset[str]] = frozenset(
    {
        # A bare season ("in summer") is a time only after one of these; "Arab Spring" is not.
        "in",
        "during",
        "since",
        "until",
        "by",
        "over",
        "through",
        "this",
        "next",
        "last",
    }
)

# --- Determiners for calendar units ---------------------------------------------------------------

CALENDAR_UNITS: Final[frozenset[str]] = frozenset({"week", "weekend", "month", "year"})
"""Units that take a determiner ("this week", "last month", "next year", "this weekend")."""

CALENDAR_DETERMINERS: Final[Mapping[str, int]] = MappingProxyType(
    {
        # determiner: offset in whole calendar units from the one containing the anchor
        "this": 0,
        "the current": 0,
        "current": 0,
        "the": 0,  # only after a part ("the end of the month"); "the year" alone is too vague
        "last": -1,  # "last year" is the previous calendar year, not the last twelve months
        "previous": -1,
        "the previous": -1,
        "next": 1,
        "coming": 1,
        "the coming": 1,
    }
)

TRAILING_DETERMINERS: Final[Mapping[str, int]] = MappingProxyType(
    {
        # determiner: direction of a window of one unit that ends (or starts) on the anchor
        "the past": -1,  # "in the past week": the seven days up to the anchor
        "the last": -1,  # "in the last week": same
        "past": -1,
        "this past": -1,  # US: "this past week"
        "the next": 1,  # "in the next month": the month after the anchor
    }
)

# --- Counted offsets ("two weeks ago", "in three days", "over the past 10 years") -----------------

OFFSET_UNITS: Final[Mapping[str, str]] = MappingProxyType(
    {
        # word: unit key; singular and plural both listed so the pattern need not inflect
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "month": "month",
        "months": "month",
        "year": "year",
        "years": "year",
    }
)

NUMBER_WORDS: Final[Mapping[str, int]] = MappingProxyType(
    {
        # Counts spelled out, as AP style does below ten ("two weeks ago", "a year ago").
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "a couple of": 2,
    }
)

VAGUE_COUNTS: Final[frozenset[str]] = frozenset(
    {
        # Counts that give no number: they resolve through `VAGUE_SPANS` ("in the next few days").
        "few",
        "several",
        "a few",
    }
)

VAGUE_SPANS: Final[Mapping[str, int]] = MappingProxyType(
    {
        # unit: how many of them "the coming <units>" / "recent <units>" covers, counted from the anchor
        "day": 7,  # "in the coming days": within a week
        "week": 8,  # "in the coming weeks": within two months
        "month": 6,  # "in the coming months": within half a year
        "year": 5,  # "in recent years": the last five years
    }
)

VAGUE_DIRECTIONS: Final[Mapping[str, int]] = MappingProxyType(
    {
        # word before a plural unit: direction of the vague span from the anchor
        "coming": 1,
        "next": 1,
        "recent": -1,
        "past": -1,
        "last": -1,
    }
)

# --- Prepositions kept in an expression's text ----------------------------------------------------

LEADING_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {
        # Kept because they say the expression is a time ("in mid-April", "on Tuesday"). "since",
        # "until", "before" and "after" are left out: they turn a date into an open interval, and the
        # range reported is the date's own.
        "on",
        "in",
        "during",
        "at",  # "at the end of the month"
        "over",  # "over the weekend"
        "by",  # a deadline: the range is the deadline period itself, "by" stays visible in the text
        "within",  # "within the next two weeks"
    }
)

# --- Numbers that are counts, not years -----------------------------------------------------------

COUNT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        # A bare number from 1800 to 2099 is taken for a year unless one of these follows it.
        "people",
        "persons",
        "troops",
        "soldiers",
        "police",
        "officers",
        "workers",
        "employees",
        "jobs",
        "members",
        "residents",
        "civilians",
        "refugees",
        "migrants",
        "children",
        "deaths",
        "cases",
        "votes",
        "dollars",
        "euros",
        "pounds",
        "tons",
        "tonnes",
        "miles",
        "kilometers",
        "kilometres",
        "meters",
        "metres",
        "feet",
        "km",
        "times",
        "units",
        "homes",
        "houses",
        "cars",
        "vehicles",
        "points",
        "acres",
        "hectares",
    }
)

BARE_YEAR_RANGE: Final[tuple[int, int]] = (1800, 2099)
"""A four-digit number alone counts as a year only in this range; "in 1848" yes, "1500 troops" no."""

# --- Tense cues in the surrounding sentence -------------------------------------------------------

FUTURE_CUES: Final[tuple[str, ...]] = (
    # Modal and periphrastic futures; reported speech "would" is future from the reporter's view.
    "will",
    "won't",
    "shall",
    "would",
    "wouldn't",
    "is going to",
    "are going to",
    "going to",
    "is expected to",
    "are expected to",
    "is scheduled to",
    "are scheduled to",
    "is due to",
    "are due to",
    "is set to",
    "are set to",
    "is to",
    "are to",
    "plans to",
    "plan to",
    "intends to",
    "aims to",
    "hopes to",
)

PAST_CUES: Final[tuple[str, ...]] = (
    # Common irregular past forms in news copy; regular "-ed" verbs are recognised by their ending.
    "said",
    "told",
    "was",
    "were",
    "had",
    "did",
    "didn't",
    "wasn't",
    "weren't",
    "hadn't",
    "met",
    "took",
    "made",
    "sent",
    "began",
    "came",
    "went",
    "gave",
    "held",
    "left",
    "fled",
    "led",
    "saw",
    "won",
    "lost",
    "struck",
    "spoke",
    "wrote",
    "broke",
    "fell",
    "rose",
    "paid",
    "put",
    "ago",
)

NOT_PAST_ED: Final[frozenset[str]] = frozenset(
    {
        # Words ending in "-ed" that are not past tense verbs.
        "need",
        "indeed",
        "speed",
        "proceed",
        "exceed",
        "succeed",
        "feed",
        "seed",
        "breed",
        "bleed",
        "greed",
        "deed",
        "embed",
        "shed",
        "bed",
        "red",
        "hundred",
        "unprecedented",
        "so-called",
        "alleged",  # an adjective in crime reporting ("the alleged attacker")
        "armed",
        "united",
        "limited",
        "based",
    }
)

PARTICIPLE_MARKERS: Final[frozenset[str]] = frozenset(
    {
        # An "-ed" word right after one of these is a participle, not a past tense verb.
        "be",  # passive after a modal or "to": "is due to be published in May"
        # Determiners and possessives make it an adjective: "the flooded towns", "its planned visit".
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "these",
        "those",
    }
)

DEFAULT_WEEKDAY_TENSE: Final[str] = "past"
"""A bare weekday with no tense cue ("Lavrov, on Tuesday, ...") is the last such day: news reports
the past."""

# --- Date lines ("Updated: March 14, 2016 10:32 a.m. ET") -----------------------------------------

DATE_LINE_WORDS: Final[frozenset[str]] = frozenset(
    {
        # Labels page templates print around a date; anything else makes the line a sentence.
        # "page": a print edition's page beside the date ("Tue, Jan 03, 2012 - Page 6"), its number no day.
        "page",
        "updated",
        "update",
        "published",
        "posted",
        "last",
        "modified",
        "first",
        "created",
        "edited",
        "revised",
        "date",
        "dated",
        "on",
        "at",
        "of",
        "the",
    }
)

MERIDIEMS: Final[frozenset[str]] = frozenset(
    {
        # Written with or without periods; the finder drops the periods before looking up.
        "am",
        "pm",
        "noon",
        "midnight",
    }
)

TIME_ZONES: Final[frozenset[str]] = frozenset(
    {
        # Abbreviations news sites print after a time.
        "et",
        "est",
        "edt",
        "ct",
        "cst",
        "cdt",
        "mt",
        "mst",
        "mdt",
        "pt",
        "pst",
        "pdt",
        "gmt",
        "utc",
        "bst",
        "cet",
        "cest",
        "eet",
        "eest",
        "msk",
        "ist",
        "jst",
        "hkt",
        "sgt",
        "aest",
        "aedt",
        "z",
    }
)

DATE_LINE_MAX_LENGTH: Final[int] = 120
"""Longer lines are prose, not a printed date; the cap also bounds the work per line."""
