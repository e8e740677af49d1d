"""Appearances: where each claim was published, filled from everything the store knows of the article.

An article given without `--outlet`/`--published` (a blog post embedding a Sputnik story, a press review
quoting several papers) still says who published the stretch a claim sits in, and when: its sections,
the outlets the claim came through, the day it was said. An appearance left with a null outlet and date
says nothing to a reader or to ClaimReview, and an undated first appearance loses "first" to any later
dated reprint.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from claimtrack import Store
from claimtrack.ids import article_id, claim_id, text_hash
from claimtrack.model import Appearance, Article, Claim, Outlet, Section, Speaker

D14 = dt.date(2016, 3, 14)
D13 = dt.date(2016, 3, 13)
D20 = dt.date(2016, 3, 20)
CONTENT = "talks will resume in April"
BODY = f"Blog intro.\nSputnik story: Igor Morgulov said that {CONTENT}.\n"
SECTION_START = BODY.index("Sputnik story")


def _article(
    text: str = BODY,
    *,
    outlet: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    sections: tuple[Section, ...] = (),
    claim_outlet: Outlet | None = None,
    **claim_fields: Any,
) -> Article:
    aid = article_id(text, outlet=outlet, published=published, url=url)
    start = text.index(CONTENT)
    claim = Claim(
        id=claim_id("Igor Morgulov", CONTENT),
        text=CONTENT,
        spans=[(start, start + len(CONTENT))],
        article=aid,
        speaker=Speaker("Igor Morgulov"),
        outlet=claim_outlet,
        **claim_fields,
    )
    return Article(
        id=aid,
        text_hash=text_hash(text),
        outlet=outlet,
        published=published,
        url=url,
        sections=sections,
        text=text,
        claims=[claim],
    )


SPUTNIK_SECTION = Section(SECTION_START, len(BODY), outlet="Sputnik", published=D14)
OTHER_SECTION = Section(0, SECTION_START, outlet="Elsewhere", published=D20)

# label: (article and claim fields, expected (outlet, url, date) of the claim's one appearance)
APPEARANCE_CASES: dict[str, tuple[dict[str, Any], tuple[str | None, str | None, dt.date | None]]] = {
    "article metadata wins": (
        {"outlet": "Blog", "published": D20, "url": "https://blog.example/1", "sections": (SPUTNIK_SECTION,)},
        ("Blog", "https://blog.example/1", D20),
    ),
    "the section the claim sits in": (
        {"sections": (OTHER_SECTION, SPUTNIK_SECTION)},
        ("Sputnik", None, D14),
    ),
    "article outlet, section date": (
        {"outlet": "Blog", "sections": (SPUTNIK_SECTION,)},
        ("Blog", None, D14),
    ),
    "a section the claim is not in says nothing": (
        {"sections": (OTHER_SECTION,)},
        (None, None, None),
    ),
    "the outlet it last came through, the day it was said": (
        {"via": ("RIA Novosti", "Sputnik"), "claim_outlet": Outlet("RIA Novosti"), "said_on": D13},
        ("Sputnik", None, D13),
    ),
    "the outlet named in the text when there is no via": (
        {"claim_outlet": Outlet("RIA Novosti")},
        ("RIA Novosti", None, None),
    ),
    "nothing known stays null": ({}, (None, None, None)),
}


def test_appearance_cases_are_labelled_once() -> None:
    assert len(APPEARANCE_CASES) == len(set(APPEARANCE_CASES))


@pytest.mark.parametrize("label", list(APPEARANCE_CASES))
def test_a_new_claim_s_appearance_is_filled_from_what_is_known(tmp_path: Path, label: str) -> None:
    fields, (outlet, url, date) = APPEARANCE_CASES[label]
    store = Store.init(tmp_path / "store")
    article = _article(**fields)
    store.add_article(article)
    claim = store.get(article.claims[0].id)
    assert claim.appearances == (Appearance(article.id, outlet, url, date, first=True),)


def test_an_undated_reprint_keeps_first_with_the_dated_original(tmp_path: Path) -> None:
    store = Store.init(tmp_path / "store")
    original = _article(sections=(SPUTNIK_SECTION,))  # no --published, but its Sputnik section is dated
    reprint = _article("Reprinted. " + CONTENT + ".\n", outlet="Blog", published=D20)
    store.add_article(original)
    store.add_article(reprint)
    claim = store.get(original.claims[0].id)
    assert [(a.article, a.outlet, a.date, a.first) for a in claim.appearances] == [
        (original.id, "Sputnik", D14, True),
        (reprint.id, "Blog", D20, False),
    ]


def test_a_null_appearance_written_earlier_is_filled_when_the_claim_is_met_again(tmp_path: Path) -> None:
    store = Store.init(tmp_path / "store")
    original = _article(sections=(SPUTNIK_SECTION,))
    store.add_article(original)
    path = store.root / "claims" / f"{original.claims[0].id}.yaml"
    # as an older claimtrack wrote it: the appearance knows nothing of the Sputnik section
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("outlet: Sputnik", "outlet: null").replace("date: 2016-03-14", "date: null"),
        encoding="utf-8",
    )
    assert store.get(original.claims[0].id).appearances[0].date is None
    store.add_article(_article("Reprinted. " + CONTENT + ".\n", outlet="Blog", published=D20))
    first, second = store.get(original.claims[0].id).appearances
    assert (first.outlet, first.date, first.first) == ("Sputnik", D14, True)
    assert (second.outlet, second.date, second.first) == ("Blog", D20, False)
