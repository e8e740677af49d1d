"""Tests for claimtrack.parse.dates: table rows, properties, hostile input, and a TempEval-3 gate."""

from __future__ import annotations

import calendar
import datetime as dt
import doctest
import html
import itertools
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.parse import date_lines, dates
from claimtrack.parse.dates import TimeExpression, find_time_expressions, parse_date_line

D = dt.date
MAR14 = D(2016, 3, 14)  # a Monday
FRI = D(2013, 3, 22)  # a Friday

# --- Finder: one row per sentence, every expression it holds --------------------------------------
# (label, sentence, anchor, expected [(text, first, last), ...]); texts include a leading "in"/"on"/"by".

FIND_CASES: list[tuple[str, str, dt.date | None, list[tuple[str, dt.date | None, dt.date | None]]]] = [
    (
        "lavrov-mid-april-future",
        "Russian Foreign Minister Sergei Lavrov will visit Tokyo in mid-April in preparations for "
        "President Vladimir Putin's visit to Japan, the Kyodo news agency said.",
        MAR14,
        [("in mid-April", D(2016, 4, 10), D(2016, 4, 20))],
    ),
    (
        "yesterday-no-anchor",
        "Yesterday, Russia sent two more warships to the eastern Mediterranean.",
        None,
        [("Yesterday", None, None)],
    ),
    (
        "yesterday-anchored",
        "Yesterday, Russia sent two more warships to the eastern Mediterranean.",
        MAR14,
        [("Yesterday", D(2016, 3, 13), D(2016, 3, 13))],
    ),
    (
        "said-on-tuesday-past",
        "The ministry said on Tuesday that the convoy had crossed the border.",
        D(2016, 3, 17),
        [("on Tuesday", D(2016, 3, 15), D(2016, 3, 15))],
    ),
    (
        "will-visit-on-tuesday-future",
        "The prime minister will visit the flooded towns on Tuesday, his office said.",
        D(2016, 3, 17),
        [("on Tuesday", D(2016, 3, 22), D(2016, 3, 22))],
    ),
    (
        "said-friday-on-a-friday",
        "The CDC's flu chief said Friday that the season was winding down.",
        FRI,
        [("Friday", FRI, FRI)],
    ),
    (
        "weekday-no-cue-defaults-past",
        "Talks in Geneva, Thursday night, ended without a statement.",
        FRI,
        [("Thursday night", D(2013, 3, 21), D(2013, 3, 21))],
    ),
    (
        "last-and-next-weekday",
        "The talks that broke down last Friday resume next Friday.",
        FRI,
        [("last Friday", D(2013, 3, 15), D(2013, 3, 15)), ("next Friday", D(2013, 3, 29), D(2013, 3, 29))],
    ),
    (
        "december-in-past-sentence",
        "The rebels seized the town in December, the army said.",
        MAR14,
        [("in December", D(2015, 12, 1), D(2015, 12, 31))],
    ),
    (
        "month-day-with-year",
        "Russia said it would begin withdrawing its forces on March 15, 2016, a day after the announcement.",
        D(2016, 3, 20),
        [("on March 15, 2016", D(2016, 3, 15), D(2016, 3, 15))],
    ),
    (
        "ap-abbreviated-month-past",
        "On Feb. 28, the bank released an analysis of the plants.",
        D(2013, 3, 21),
        [("On Feb. 28", D(2013, 2, 28), D(2013, 2, 28))],
    ),
    (
        "month-day-no-cue-nearest",
        "Voting on April 7 decides the seat.",
        FRI,
        [("on April 7", D(2013, 4, 7), D(2013, 4, 7))],
    ),
    (
        "weekday-comma-full-date",
        "The accord was signed Monday, March 14, 2016 in Vienna.",
        None,
        [("Monday, March 14, 2016", MAR14, MAR14)],
    ),
    (
        "day-month-year-and-ordinal",
        "Parliament met on 14 March 2016 and again on the 21st of March.",
        D(2016, 3, 25),
        [("on 14 March 2016", MAR14, MAR14), ("on the 21st of March", D(2016, 3, 21), D(2016, 3, 21))],
    ),
    (
        "iso-and-us-numeric",
        "The filing is dated 2016-03-14; the stamp reads 3/15/2016.",
        None,
        [("2016-03-14", MAR14, MAR14), ("3/15/2016", D(2016, 3, 15), D(2016, 3, 15))],
    ),
    (
        "month-year-and-bare-year",
        "Sales peaked in May 2010 and fell every year after 2011.",
        None,
        [("in May 2010", D(2010, 5, 1), D(2010, 5, 31)), ("2011", D(2011, 1, 1), D(2011, 12, 31))],
    ),
    (
        "in-year",
        "The treaty, signed in 1953, is still in force.",
        None,
        [("in 1953", D(1953, 1, 1), D(1953, 12, 31))],
    ),
    (
        "year-span-with-hyphen",
        "The swine flu pandemic of 2009-2010 killed 348 children.",
        FRI,
        [("2009", D(2009, 1, 1), D(2009, 12, 31)), ("2010", D(2010, 1, 1), D(2010, 12, 31))],
    ),
    (
        "counts-are-not-years",
        "About 2000 troops and $1999 in cash were seized; turnout was 2,016 votes, 19.99 percent.",
        MAR14,
        [],
    ),
    (
        "early-december-past",
        "The season started in early December, a month earlier than usual.",
        FRI,
        [("in early December", D(2012, 12, 1), D(2012, 12, 10))],
    ),
    (
        "late-march-same-month",
        "The central bank meets in late March.",
        MAR14,
        [("in late March", D(2016, 3, 21), D(2016, 3, 31))],
    ),
    (
        "late-last-july",
        "The outbreak began in late last July, officials said.",
        FRI,
        [("in late last July", D(2012, 7, 21), D(2012, 7, 31))],
    ),
    (
        "early-year-number",
        "The plant closed in early 2011 and reopened in mid-2014.",
        None,
        [("in early 2011", D(2011, 1, 1), D(2011, 4, 30)), ("in mid-2014", D(2014, 5, 1), D(2014, 8, 31))],
    ),
    (
        "by-end-of-year-future",
        "The government will decide by the end of the year whether to extend the ban.",
        MAR14,
        [("by the end of the year", D(2016, 12, 1), D(2016, 12, 31))],
    ),
    (
        "end-of-year-past-is-last-year",
        "The flu season peaked by the end of year.",
        FRI,
        [("by the end of year", D(2012, 12, 1), D(2012, 12, 31))],
    ),
    (
        "end-of-the-month",
        "Officials expect a deal at the end of the month.",
        MAR14,
        [("at the end of the month", D(2016, 3, 21), D(2016, 3, 31))],
    ),
    (
        "later-and-earlier-this-year",
        "Elections due later this year follow protests that erupted earlier this year.",
        MAR14,
        [
            ("later this year", MAR14, D(2016, 12, 31)),
            ("earlier this year", D(2016, 1, 1), MAR14),
        ],
    ),
    (
        "weeks",
        "Prices rose this week after falling last week, and may rise again next week.",
        MAR14,
        [
            ("this week", D(2016, 3, 14), D(2016, 3, 20)),
            ("last week", D(2016, 3, 7), D(2016, 3, 13)),
            ("next week", D(2016, 3, 21), D(2016, 3, 27)),
        ],
    ),
    (
        "early-next-week",
        "A decision is expected early next week.",
        MAR14,
        [("early next week", D(2016, 3, 21), D(2016, 3, 23))],
    ),
    (
        "months",
        "Exports slumped last month and are forecast to recover next month.",
        MAR14,
        [
            ("last month", D(2016, 2, 1), D(2016, 2, 29)),
            ("next month", D(2016, 4, 1), D(2016, 4, 30)),
        ],
    ),
    (
        "years",
        "Growth was 2 percent last year, will be 3 percent this year and 4 percent next year.",
        MAR14,
        [
            ("last year", D(2015, 1, 1), D(2015, 12, 31)),
            ("this year", D(2016, 1, 1), D(2016, 12, 31)),
            ("next year", D(2017, 1, 1), D(2017, 12, 31)),
        ],
    ),
    (
        "the-past-week-trailing",
        "Six deaths were reported in the past week.",
        FRI,
        [("in the past week", D(2013, 3, 16), FRI)],
    ),
    (
        "this-weekend-tonight-this-morning",
        "Protests planned for this weekend follow clashes tonight and this morning.",
        MAR14,
        [
            ("this weekend", D(2016, 3, 19), D(2016, 3, 20)),
            ("tonight", MAR14, MAR14),
            ("this morning", MAR14, MAR14),
        ],
    ),
    (
        "over-the-weekend-past",
        "Rebels shelled the city over the weekend, the monitor said.",
        MAR14,
        [("over the weekend", D(2016, 3, 12), D(2016, 3, 13))],
    ),
    (
        "today-tomorrow",
        "Talks open today and close tomorrow.",
        MAR14,
        [("today", MAR14, MAR14), ("tomorrow", D(2016, 3, 15), D(2016, 3, 15))],
    ),
    (
        "seasons",
        "The army will withdraw this summer, after a push next spring? No: after a push last winter.",
        MAR14,
        [
            ("this summer", D(2016, 6, 1), D(2016, 8, 31)),
            ("next spring", D(2017, 3, 1), D(2017, 5, 31)),
            ("last winter", D(2015, 12, 1), D(2016, 2, 29)),  # the winter that has just ended
        ],
    ),
    (
        "winter-containing-anchor",
        "Gas use has been high this winter.",
        D(2016, 1, 20),
        [("this winter", D(2015, 12, 1), D(2016, 2, 29))],
    ),
    (
        "season-with-year",
        "The company listed its shares in the summer of 2014.",
        None,
        [("in the summer of 2014", D(2014, 6, 1), D(2014, 8, 31))],
    ),
    (
        "not-seasons",
        "Leaders of the Arab Spring watched prices fall after the fall of the regime at the Summer Games.",
        MAR14,
        [],
    ),
    (
        "within-in-coming-future",
        "Troops will leave within two weeks, the first in three days, the rest in the coming weeks.",
        MAR14,
        [
            ("within two weeks", MAR14, D(2016, 3, 28)),
            ("in three days", D(2016, 3, 17), D(2016, 3, 17)),
            ("in the coming weeks", D(2016, 3, 15), D(2016, 5, 9)),
        ],
    ),
    (
        "in-three-days-past-is-duration",
        "The army advanced 50 kilometres in three days, the ministry said.",
        MAR14,
        [],
    ),
    (
        "ago",
        "The ceasefire was agreed two weeks ago, four years ago and a day ago.",
        FRI,
        [
            ("two weeks ago", D(2013, 3, 4), D(2013, 3, 10)),
            ("four years ago", D(2009, 1, 1), D(2009, 12, 31)),
            ("a day ago", D(2013, 3, 21), D(2013, 3, 21)),
        ],
    ),
    (
        "counted-trailing-span",
        "Fighting has killed 300 people over the past two years.",
        MAR14,
        [("over the past two years", D(2014, 3, 15), MAR14)],
    ),
    (
        "may-the-name-is-not-a-month",
        "Theresa May said in May that the talks would resume.",
        MAR14,
        [("in May", D(2015, 5, 1), D(2015, 5, 31))],  # "said" is the nearest cue: last May
    ),
    (
        "march-the-noun",
        "March organisers said the protest was peaceful; troops march on.",
        MAR14,
        [],
    ),
    (
        "no-anchor-relative-none-absolute-kept",
        "He arrived last week and will stay until April 2017.",
        None,
        [("last week", None, None), ("April 2017", D(2017, 4, 1), D(2017, 4, 30))],
    ),
    (
        "ordinary-words-untouched",
        "The Sunday Times reported a wedding; Sun and Sat are abbreviations.",
        MAR14,
        [],
    ),
]


def test_find_case_labels_and_sentences_are_unique() -> None:
    labels = Counter(row[0] for row in FIND_CASES)
    rows = Counter((row[1], row[2]) for row in FIND_CASES)
    assert [label for label, n in labels.items() if n > 1] == []
    assert [row for row, n in rows.items() if n > 1] == []


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [pytest.param(s, a, e, id=label) for label, s, a, e in FIND_CASES],
)
def test_find_time_expressions(
    sentence: str, anchor: dt.date | None, expected: list[tuple[str, dt.date | None, dt.date | None]]
) -> None:
    found = find_time_expressions(sentence, anchor=anchor)
    assert [(e.text, e.first, e.last) for e in found] == expected
    for e in found:
        assert sentence[e.start : e.end] == e.text


# --- Tense hints carried by the words themselves -------------------------------------------------

TENSE_CASES = [
    ("next-week", "They meet next week.", "future"),
    ("later-this-year", "A vote comes later this year.", "future"),
    ("yesterday", "They met yesterday.", "past"),
    ("last-month", "Prices fell last month.", "past"),
    ("ago", "It closed two years ago.", "past"),
    ("coming-weeks", "Talks resume in the coming weeks.", "future"),
    ("bare-weekday", "They met on Tuesday.", "unknown"),
    ("absolute", "They met on March 3, 2016.", "unknown"),
    ("last-may", "They met last May.", "past"),
]


@pytest.mark.parametrize(("sentence", "hint"), [pytest.param(s, h, id=label) for label, s, h in TENSE_CASES])
def test_tense_hint(sentence: str, hint: str) -> None:
    (expression,) = find_time_expressions(sentence, anchor=MAR14)
    assert expression.tense_hint == hint


# --- The tense argument overrides cues -----------------------------------------------------------

TENSE_ARGUMENT_CASES = [
    ("weekday-future", "Ministers meet on Friday.", "future", D(2016, 3, 18)),
    ("weekday-past", "Ministers meet on Friday.", "past", D(2016, 3, 11)),
    ("month-future", "Ministers meet in December.", "future", D(2016, 12, 1)),
    ("month-past", "Ministers meet in December.", "past", D(2015, 12, 1)),
    ("month-nearest", "Ministers meet in April.", "unknown", D(2016, 4, 1)),
    ("month-nearest-back", "Ministers meet in October.", "unknown", D(2015, 10, 1)),
]


@pytest.mark.parametrize(
    ("sentence", "tense", "first"),
    [pytest.param(s, t, f, id=label) for label, s, t, f in TENSE_ARGUMENT_CASES],
)
def test_tense_argument(sentence: str, tense: dates.Tense, first: dt.date) -> None:
    (expression,) = find_time_expressions(sentence, anchor=MAR14, tense=tense)
    assert expression.first == first


def test_span_offsets_are_into_the_whole_text() -> None:
    text = "Filler sentence. Russia said on Tuesday it would leave. More filler on Friday."
    start = text.index("Russia")
    end = text.index("More")
    (expression,) = find_time_expressions(text, start, end, anchor=MAR14)
    at = text.index("on Tuesday")
    assert (expression.start, expression.end, expression.text) == (at, at + len("on Tuesday"), "on Tuesday")
    assert expression.first == D(2016, 3, 8)


def test_preposition_is_not_taken_from_before_the_span() -> None:
    text = "He was in Tuesday's meeting"
    (expression,) = find_time_expressions(text, text.index("Tuesday"), anchor=None)
    assert expression.text == "Tuesday"


@pytest.mark.parametrize(
    ("start", "end"),
    [pytest.param(-1, None, id="negative-start"), pytest.param(0, 99, id="end-past-text"), (3, 2)],
)
def test_bad_span_is_an_error(start: int, end: int | None) -> None:
    with pytest.raises(ValueError, match="span"):
        find_time_expressions("a short text", start, end, anchor=None)


def test_bad_tense_is_an_error() -> None:
    with pytest.raises(ValueError, match="tense"):
        find_time_expressions("on Tuesday", anchor=None, tense="present")  # type: ignore[arg-type]


def test_extreme_anchors_do_not_raise() -> None:
    text = "in three days, next year, last year, two years ago, next month, this winter, tomorrow"
    for anchor in (dt.date.min, dt.date.max):
        found = find_time_expressions(text, anchor=anchor, tense="unknown")
        assert len(found) == 7
        assert found[1].tense_hint == "future"  # kept even when the range cannot be placed


@pytest.mark.parametrize("module", [dates, date_lines], ids=lambda module: module.__name__)
def test_module_doctests(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0


# --- Date lines ----------------------------------------------------------------------------------

DATE_LINE_CASES: list[tuple[str, str, dt.date | None]] = [
    ("month-day-year", "March 14, 2016", MAR14),
    ("day-month-year", "14 March 2016", MAR14),
    ("iso", "2016-03-14", MAR14),
    ("iso-datetime", "2016-03-14T10:32:00Z", MAR14),
    ("weekday-abbreviated", "Mon Mar 14, 2016", MAR14),
    ("updated-with-time", "Updated: March 14, 2016 10:32 a.m. ET", MAR14),
    ("published-time-first", "Published 3:04 PM EDT, Mon March 14, 2016", MAR14),
    ("pipe-time", "March 14, 2016 | 10:32 AM", MAR14),
    ("ap-abbreviation", "Sept. 11, 2001", D(2001, 9, 11)),
    ("us-numeric", "03/14/2016", MAR14),
    ("padded", "   March 14, 2016  \n", MAR14),
    ("sentence", "Russia will act on March 14, 2016, officials said.", None),
    ("byline", "By John Smith, March 14, 2016", None),
    ("no-year", "March 14", None),
    ("no-day", "March 2016", None),
    ("two-dates", "March 14, 2016 - March 15, 2016", None),
    ("impossible-day", "February 30, 2016", None),
    ("empty", "", None),
    ("time-only", "10:32 a.m. ET", None),
    ("print-page", "Tue, Jan 03, 2012 - Page 6", dt.date(2012, 1, 3)),
    ("page-in-prose", "Page 6 of the report was published", None),
    ("too-long", "Updated " * 20 + "March 14, 2016", None),
]


def test_date_line_labels_are_unique() -> None:
    labels = Counter(row[0] for row in DATE_LINE_CASES)
    assert [label for label, n in labels.items() if n > 1] == []


@pytest.mark.parametrize(
    ("line", "expected"), [pytest.param(line, e, id=label) for label, line, e in DATE_LINE_CASES]
)
def test_parse_date_line(line: str, expected: dt.date | None) -> None:
    assert parse_date_line(line) == expected


# --- Properties -----------------------------------------------------------------------------------

NEWSY = st.lists(
    st.sampled_from(
        [
            *"aeiou ,.-'/:0123456789",
            "Jan.",
            " the ",
            "recent ",
            "within ",
            "ago ",
            " in ",
            " on ",
            "mid-",
            "early ",
            "the end of ",
            "April",
            "May",
            "Sept.",
            "Tuesday",
            "next ",
            "last ",
            "week",
            "year",
            "summer",
            " ago",
            "2016",
            "two ",
            "days",
            " said",
            " will",
            "\n",
        ]
    ),
    max_size=40,
).map("".join)
"""Text built from pieces of date expressions, so that near-misses are tried often."""


def _check_invariants(text: str, found: list[TimeExpression], start: int = 0, end: int | None = None) -> None:
    end = len(text) if end is None else end
    previous_end = start
    for e in found:
        assert start <= e.start < e.end <= end
        assert text[e.start : e.end] == e.text
        assert e.start >= previous_end  # in order, no overlaps
        previous_end = e.end
        assert (e.first is None) == (e.last is None)
        if e.first is not None and e.last is not None:
            assert e.first <= e.last


@given(text=st.text(max_size=200), anchor=st.one_of(st.none(), st.dates()))
def test_any_text_offsets_slice_to_text(text: str, anchor: dt.date | None) -> None:
    _check_invariants(text, find_time_expressions(text, anchor=anchor))


@given(text=NEWSY, anchor=st.one_of(st.none(), st.dates()), data=st.data())
def test_newsy_text_in_any_span(text: str, anchor: dt.date | None, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    tense = data.draw(st.sampled_from([None, *dates.TENSES]))
    found = find_time_expressions(text, start, end, anchor=anchor, tense=tense)
    _check_invariants(text, found, start, end)


@given(text=NEWSY)
def test_relative_expressions_invent_nothing_without_anchor(text: str) -> None:
    for e in find_time_expressions(text, anchor=None):
        if e.first is not None:
            assert re.search(r"\d{4}", e.text), e  # only an explicit year can place it


@given(line=st.one_of(st.text(max_size=150), NEWSY))
def test_parse_date_line_never_raises(line: str) -> None:
    assert parse_date_line(line) is None or isinstance(parse_date_line(line), dt.date)


# --- Hostile input: must finish (linear patterns) and stay correct; no timing asserted ------------

HOSTILE = [
    pytest.param("a" * 1_000_000, id="1MB-no-spaces"),
    pytest.param(("word " * 200_000)[:1_000_000], id="1MB-one-line"),
    pytest.param("1" * 100_000, id="100k-digits"),
    pytest.param(" " * 1_000_000, id="1MB-spaces"),
    pytest.param("mid-" * 250_000, id="part-without-month"),
    pytest.param("the end of " * 90_000, id="part-phrase-repeated"),
    pytest.param("2016," * 200_000, id="years-and-commas"),
    pytest.param("in May " * 100_000, id="many-matches"),
    pytest.param("April" * 200_000, id="months-glued"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input(text: str) -> None:
    found = find_time_expressions(text, anchor=MAR14)
    for e in found[:1000]:
        assert text[e.start : e.end] == e.text
    assert parse_date_line(text) is None


# --- TempEval-3 platinum: resolved ranges against gold TIMEX3 values -------------------------------

TEMPEVAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "tempeval3" / "te3-platinum"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r'<DCT>\s*<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})')
_GOLD_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# Sentence ends: a period, "!" or "?" then space and a capital, unless the period closes a month abbreviation.
_SENTENCE_END = re.compile(
    r"(?<!Jan\.)(?<!Feb\.)(?<!Aug\.)(?<!Oct\.)(?<!Nov\.)(?<!Dec\.)(?<!Sept\.)"
    r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z])|\n+"
)

Timex = tuple[int, int, dict[str, str]]


def _load_tml(path: Path) -> tuple[dt.date, str, list[Timex]]:
    """Creation date, plain text of <TEXT>, and (start, end, attributes) of each TIMEX3 in it."""
    raw = path.read_text(encoding="utf-8")
    dct = _DCT.search(raw)
    assert dct is not None, path
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    pieces: list[str] = []
    length = 0
    timexes: list[Timex] = []
    opened: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in _TAG.finditer(body):
        piece = html.unescape(body[position : tag.start()])
        pieces.append(piece)
        length += len(piece)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1) and opened is not None:
            timexes.append((opened[0], length, opened[1]))
            opened = None
        elif not tag.group(1):
            opened = (length, dict(_ATTRIBUTE.findall(tag.group(3))))
    pieces.append(html.unescape(body[position:]))
    return dt.date.fromisoformat(dct.group(1)), "".join(pieces), timexes


def _gold_range(value: str) -> tuple[dt.date, dt.date]:
    year = int(value[:4])
    if len(value) == 4:
        return D(year, 1, 1), D(year, 12, 31)
    month = int(value[5:7])
    if len(value) == 7:
        return D(year, month, 1), D(year, month, calendar.monthrange(year, month)[1])
    day = dt.date.fromisoformat(value)
    return day, day


def tempeval_figures(folder: Path) -> tuple[int, int, int]:
    """(found, agreed, total) over gold DATE timexes whose value is a day, a month or a year.

    Found: one of our expressions overlaps the gold one (sentence by sentence, anchored at the DCT).
    Agreed: our range equals the gold range or, when gold carries a modifier (START, END, APPROX...),
    lies inside it: "early December" is a part of gold "2012-12" with mod=START.
    """
    found = agreed = total = 0
    for path in sorted(folder.glob("*.tml")):
        anchor, text, timexes = _load_tml(path)
        cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), len(text)]
        ours = [
            e for a, b in itertools.pairwise(cuts) for e in find_time_expressions(text, a, b, anchor=anchor)
        ]
        for start, end, attributes in timexes:
            value = attributes.get("value", "")
            if attributes.get("type") != "DATE" or not _GOLD_VALUE.fullmatch(value):
                continue
            total += 1
            hit = next((e for e in ours if e.start < end and start < e.end), None)
            if hit is None:
                continue
            found += 1
            low, high = _gold_range(value)
            if "mod" in attributes:
                agreed += (
                    hit.first is not None and hit.last is not None and low <= hit.first <= hit.last <= high
                )
            else:
                agreed += (hit.first, hit.last) == (low, high)
    return found, agreed, total


@pytest.mark.skipif(not TEMPEVAL.is_dir(), reason="TempEval-3 platinum is not in /work/shared")
def test_tempeval3_platinum_gate() -> None:
    # Measured when written: found 67, agreed 66, of 69 (misses: "this fiscal year", the "58" of
    # "1957-58"; disagreement: "to run through June" read as past). Floors sit a little below.
    found, agreed, total = tempeval_figures(TEMPEVAL)
    assert total >= 60, "the corpus changed: re-measure before moving the floors"
    assert found / total >= 0.93
    assert agreed / total >= 0.92
    assert agreed / found >= 0.95
