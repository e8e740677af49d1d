"""The sections of an article beyond its layout's: the day an embedded story was filed, and the
stretches a publication is credited with ("The Japan Times wrote about ...": until another
publication takes over).
"""

from __future__ import annotations

import bisect
import datetime as dt

import attrs

from claimtrack.model import Section
from claimtrack.parse.attribute import Found
from claimtrack.parse.datelines import dateline_day
from claimtrack.parse.structure import Layout

Span = tuple[int, int]


def dated_section(text: str, section: Section, anchor: dt.date | None) -> Section:
    """An embedded story with no date line of its own takes the day its dateline gives ("TOKYO, April 11
    (TASS) –"), read as the last such day on or before the article's date."""
    if section.published is not None or anchor is None:
        return section
    day = dateline_day(text, section.dateline, anchor)
    return attrs.evolve(section, published=day) if day is not None else section


def sections_of(text: str, layout: Layout, found: list[Found], sentences: list[Span]) -> list[Section]:
    """The embedded stories, and the stretches a publication is credited with ("X wrote about C")."""
    sections = list(layout.sections)
    starts = [s for s, _ in sentences]
    credited = [f for f in found if f.mention.kind == "outlet" and f.complement == "about"]
    for n, f in enumerate(credited):
        i = bisect.bisect_right(starts, f.start) - 1
        start = sentences[i][0] if i >= 0 else f.start
        outer = [s for s in layout.sections if s.start <= start < s.end]
        end = outer[-1].end if outer else len(text)
        if n + 1 < len(credited):
            j = bisect.bisect_right(starts, credited[n + 1].start) - 1
            end = min(end, sentences[j][0] if j >= 0 else credited[n + 1].start)
        later = [s.start for s in layout.sections if s.start > start]
        if later:
            end = min(end, later[0])
        sections.append(
            Section(
                start=start,
                end=max(start, end),
                outlet=f.mention.name,
                published=outer[-1].published if outer else None,
            )
        )
    sections.sort(key=lambda s: (s.start, -s.end))
    return sections
