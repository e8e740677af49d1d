"""A small claim store for the report tests, built through the Store's own API in a temporary folder.

Two articles, five claims: a dated statement with evidence on both sides, a prediction past its date and
still open (due), a promise kept, an opinion with no evidence, and a claim whose text holds ``<script>``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs

from claimtrack.ids import article_id, claim_id, text_hash
from claimtrack.model import Article, Claim, DateRange, Evidence, Outlet, Speaker
from claimtrack.store import Store

HARBOUR = (
    "The harbour bridge carried 40,000 cars a day in 2023, Mayor Ana Diaz said on Monday. "
    "Diaz promised to open a second bridge by 2025. "
    "The council predicted that fares would fall by March 2024, the Daily Tide reported."
)
FORUM = (
    "A forum post claimed that <script>alert(1)</script> the vote was rigged. It is a shame, Ben Ode said."
)

DIAZ = Speaker("Ana Diaz", kind="person", role="Mayor of Port Vale")
COUNCIL = Speaker("Port Vale council", kind="organisation")
ODE = Speaker("Ben Ode", kind="person")


def _claim(text: str, content: str, article: str, speaker: Speaker | None, **fields: object) -> Claim:
    start = text.index(content)
    return Claim(
        id=claim_id(speaker.name if speaker else None, content),
        text=content,
        spans=[(start, start + len(content))],
        article=article,
        speaker=speaker,
        **fields,  # type: ignore[arg-type]
    )


def _article(text: str, title: str, outlet: str, published: dt.date, url: str) -> Article:
    return Article(
        id=article_id(text, title=title, outlet=outlet, published=published, url=url),
        text_hash=text_hash(text),
        title=title,
        outlet=outlet,
        published=published,
        url=url,
        text=text,
    )


def build(root: Path) -> dict[str, str]:
    """Create the store at `root`; returns the full ids by nickname (bridge, second, fares, rigged, shame)."""
    store = Store.init(root)
    harbour = _article(
        HARBOUR, "Bridge traffic", "Daily Tide", dt.date(2024, 1, 15), "https://tide.example/b"
    )
    forum = _article(FORUM, "Forum watch", "Vale Post", dt.date(2024, 2, 1), "https://post.example/f")
    tide = Outlet("Daily Tide")
    claims = {
        "bridge": _claim(
            HARBOUR,
            "The harbour bridge carried 40,000 cars a day in 2023",
            harbour.id,
            DIAZ,
            outlet=tide,
            said_on=dt.date(2024, 1, 15),
        ),
        "second": _claim(
            HARBOUR,
            "to open a second bridge by 2025",
            harbour.id,
            DIAZ,
            outlet=tide,
            kind="promise",
            said_on=dt.date(2024, 1, 15),
            when=DateRange(dt.date(2025, 1, 1), dt.date(2025, 12, 31), "by 2025"),
        ),
        "fares": _claim(
            HARBOUR,
            "fares would fall by March 2024",
            harbour.id,
            COUNCIL,
            outlet=tide,
            kind="prediction",
            said_on=dt.date(2024, 1, 15),
            when=DateRange(dt.date(2024, 3, 1), dt.date(2024, 3, 31), "by March 2024"),
        ),
        "rigged": _claim(
            FORUM,
            "<script>alert(1)</script> the vote was rigged",
            forum.id,
            None,
            outlet=Outlet("Vale Post"),
            said_on=dt.date(2024, 2, 1),
        ),
        "shame": _claim(
            FORUM, "It is a shame", forum.id, ODE, outlet=Outlet("Vale Post"), kind="opinion", said_on=None
        ),
    }
    store.add_article(attrs.evolve(harbour, claims=[claims["bridge"], claims["second"], claims["fares"]]))
    store.add_article(attrs.evolve(forum, claims=[claims["rigged"], claims["shame"]]))
    ids = {name: c.id for name, c in claims.items()}
    store.add_evidence(
        ids["bridge"],
        Evidence(
            "https://stats.example/traffic-2023",
            "refutes",
            title="Traffic count 2023",
            publisher="Port Vale statistics office",
            excerpt="The bridge averaged 31,200 vehicles a day in 2023.",
            date=dt.date(2024, 2, 20),
        ),
    )
    store.add_evidence(
        ids["bridge"],
        Evidence("https://tide.example/archive", "context", excerpt="Counts exclude lorries.", date=None),
    )
    store.set_status(ids["bridge"], "mostly-false", by="Kim", date=dt.date(2024, 3, 1), note="Overstated")
    store.add_evidence(
        ids["second"],
        Evidence(
            "https://council.example/minutes",
            "supports",
            publisher="Council minutes",
            excerpt="Second bridge opened 30 November 2025.",
            date=dt.date(2025, 12, 1),
        ),
    )
    store.set_status(ids["second"], "kept", by="Kim", date=dt.date(2025, 12, 2))
    store.set_status(ids["fares"], "researching", by="Lee", date=dt.date(2024, 4, 2))
    store.set_status(ids["shame"], "not-checkable", by="Lee", date=dt.date(2024, 2, 3))
    return ids
