"""The layout of an article: title, bylines, date lines, datelines and embedded stories (sections).

`read_layout` looks at whole paragraphs only. It finds the lines that are not prose (a title, "By ...",
"March 14, 2016", "Source: Sputnik") and the datelines prose paragraphs open with ("MOSCOW (Sputnik) –",
"BEIJING, April 4 (Reuters) -", "KYIV, Ukraine —"), and cuts the article into sections where a
"Source:" line starts an embedded story with its own title, date and outlet.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from claimtrack.model import Dateline, Section
from claimtrack.parse.datelines import read_dateline
from claimtrack.parse.dates import parse_date_line
from claimtrack.rules import Rules

Span = tuple[int, int]

_SOURCE_LINE = re.compile(
    r"""
    (?:Source|SOURCE|Via|VIA|Originally[ ]published[ ](?:by|in|at|on)|Republished[ ]from)  # the label
    [ \u00a0]*:?[ \u00a0]*  # its colon
    (?P<outlet>[^\n:]{1,60})  # the outlet's name, to the end of the line
    """,
    re.VERBOSE,
)
_CREDITED_DATE = re.compile(
    r"""
    \((?P<outlet>[^()\n]{1,40})\)  # the outlet in brackets: "(Xinhua)"
    [ \t\u00a0]*(?P<date>[^\n]+)  # then a printed date: "10:02, June 25, 2020"
    """,
    re.VERBOSE,
)
_BYLINE = re.compile(
    r"""
    (?:By|BY)[ ]+[A-Z]  # "By Jane Doe", "BY JANE DOE"
    """,
    re.VERBOSE,
)
_FINAL_MARK = ".!?:;,”\"’'»…"  # a paragraph ending in one of these is prose, not a title
_CLOSING_QUOTES = "”\"’'»"  # what a title may end with after a word


@attrs.define
class Layout:
    """What `read_layout` found: the spans of non-prose lines, the sections and the prose to parse."""

    title: str | None = None
    heading: Span | None = None  # where the article's own title stands in the text
    published: dt.date | None = None  # a date line of the article's own, before any embedded story
    dateline: Dateline | None = None
    day: str | None = None  # the day the article's dateline gives, as written ("July 18, 2017")
    sections: list[Section] = attrs.Factory(list)
    prose: list[Span] = attrs.Factory(list)  # paragraphs to read, datelines cut off their start
    furniture: list[Span] = attrs.Factory(list)  # titles, bylines, date lines, source lines


def read_layout(text: str, paragraphs: list[Span], *, title: str | None, rules: Rules) -> Layout:
    """Find the article's title, datelines, sections and prose paragraphs."""
    layout = Layout(title=title)
    current: dict[str, object] | None = None  # the embedded story being read, as Section fields
    expect_heading = False  # just after a title or source line: a title or date line may follow
    for index, (s, e) in enumerate(paragraphs):
        line = text[s:e]
        source = _SOURCE_LINE.fullmatch(line) if "\n" not in line else None
        if source and len(line) <= 80:
            if current is not None:
                layout.sections.append(_section(current, s))
            current = {"start": s, "outlet": source.group("outlet").strip(), "title": None, "published": None}
            layout.furniture.append((s, e))
            expect_heading = True
            continue
        if _BYLINE.match(line) and len(line.split()) <= 8 and not line.rstrip().endswith("."):
            layout.furniture.append((s, e))
            continue
        published = parse_date_line(line) or _credited_date(line, rules) if len(line) <= 80 else None
        if published is not None:
            if current is not None and current["published"] is None:
                current["published"] = published
            elif current is None and layout.published is None and not layout.prose:
                layout.published = published  # "March 14, 2016" under the title: the article's date
            layout.furniture.append((s, e))
            continue
        if _is_heading(line) and (index == 0 or expect_heading) and index + 1 < len(paragraphs):
            if current is None:
                if layout.title is None:
                    layout.title = line
                if layout.heading is None:
                    layout.heading = (s, e)
            elif current["title"] is None:
                current["title"] = line
            layout.furniture.append((s, e))
            expect_heading = False
            continue
        expect_heading = False
        scoped = current.get("dateline") if current is not None else layout.dateline
        dateline = read_dateline(text, s, e, rules, colon=scoped is None)
        if dateline:
            if current is not None and current.get("dateline") is None:
                current["dateline"] = dateline.dateline
            elif current is None and layout.dateline is None:
                layout.dateline, layout.day = dateline.dateline, dateline.day
        body = dateline.end if dateline else s
        if body < e:
            layout.prose.append((body, e))
    if current is not None:
        layout.sections.append(_section(current, len(text)))
    return layout


def _credited_date(line: str, rules: Rules) -> dt.date | None:
    """The date of a line that credits an outlet and prints a date: "(Xinhua) 10:02, June 25, 2020"."""
    m = _CREDITED_DATE.fullmatch(line.strip())
    if m is None or not _known_outlet(m.group("outlet"), rules):
        return None
    return parse_date_line(m.group("date"))


def _known_outlet(name: str, rules: Rules) -> bool:
    return name in rules.outlets or any(w in rules.outlet_words for w in name.split()[1:])


def _is_heading(line: str) -> bool:
    """A short line without closing punctuation: a headline (one may end in a quoted phrase: "... over
    "island patrols"")."""
    stripped = line.rstrip()
    return (
        0 < len(stripped) <= 200
        and "\n" not in stripped
        and stripped.rstrip(_CLOSING_QUOTES)[-1:] not in _FINAL_MARK
        and len(stripped.split()) <= 25
    )


def _section(fields: dict[str, object], end: int) -> Section:
    start = fields["start"]
    published = fields["published"]
    dateline = fields.get("dateline")
    assert isinstance(start, int)
    assert published is None or isinstance(published, dt.date)
    assert dateline is None or isinstance(dateline, Dateline)
    return Section(
        start=start,
        end=max(start, end),
        outlet=str(fields["outlet"]),
        title=fields["title"] if isinstance(fields["title"], str) else None,
        published=published,
        dateline=dateline,
    )
