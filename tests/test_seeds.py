"""The two seed articles: every expected claim found with exactly the expected fields.

tests/data/seeds/ holds the user's two articles and expected.yaml (the claims a careful reader finds).
Contents are compared exactly, except that a final period is not part of the comparison (the
expectations write some unattributed sentences with it and some without).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimtrack.model import Article, Claim
from claimtrack.parse import parse_article

SEEDS = Path(__file__).parent / "data" / "seeds"
EXPECTED: dict[str, Any] = yaml.safe_load((SEEDS / "expected.yaml").read_text(encoding="utf-8"))
ARTICLES = {a["file"]: a for a in EXPECTED["articles"]}


def _parse(name: str) -> Article:
    with (SEEDS / name).open(encoding="utf-8", newline="") as f:
        return parse_article(f.read())


def _same(a: str, b: str) -> bool:
    return a.rstrip(".") == b.rstrip(".")


def _find(article: Article, content: str) -> Claim:
    hits = [c for c in article.claims if _same(c.text, content)]
    assert hits, f"no claim reads {content!r}; found {[c.text for c in article.claims]}"
    return hits[0]


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


ATTRIBUTED = [
    pytest.param(name, expected, id=f"{name[:12]}:{expected['speaker']}:{expected['content'][:30]}")
    for name, article in ARTICLES.items()
    for expected in article["claims"]
]
UNATTRIBUTED = [
    pytest.param(name, expected, id=f"{name[:12]}:{expected['content'][:40]}")
    for name, article in ARTICLES.items()
    for expected in article["unattributed"]
]


@pytest.mark.parametrize(("name", "expected"), ATTRIBUTED)
def test_attributed_claim(name: str, expected: dict[str, Any]) -> None:
    article = _parse(name)
    claim = _find(article, expected["content"])
    assert claim.speaker is not None
    assert claim.cue is not None
    assert claim.speaker.name == expected["speaker"]
    assert claim.speaker.kind == expected["speaker_kind"]
    assert claim.speaker.role == expected["role"]
    assert expected["cue"].lower() in claim.cue.text.lower()
    assert claim.outlet is not None
    assert claim.outlet.name == expected["outlet"]
    if "via" in expected:
        assert list(claim.via) == expected["via"]
    assert expected["outlet"] in claim.via
    assert claim.quote == expected["quote"]
    assert claim.kind == expected["kind"]
    assert claim.said_on == _date(expected.get("said_on"))
    assert claim.status == "unverified"
    assert claim.article == article.id


@pytest.mark.parametrize(("name", "expected"), UNATTRIBUTED)
def test_unattributed_claim(name: str, expected: dict[str, Any]) -> None:
    claim = _find(_parse(name), expected["content"])
    assert claim.speaker is None
    assert claim.cue is None
    assert claim.quote == "none"
    assert (claim.outlet.name if claim.outlet else None) == expected["outlet"]
    assert claim.kind == expected["kind"]
    if "when" in expected:
        assert claim.when is not None
        assert (claim.when.start, claim.when.end) == (
            _date(expected["when"]["from"]),
            _date(expected["when"]["to"]),
        )


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_no_other_attributed_claims(name: str) -> None:
    """Precision: every claim with a speaker is one the expectations list."""
    article = _parse(name)
    wanted = [c["content"] for c in ARTICLES[name]["claims"]]
    extra = [c.text for c in article.claims if c.speaker and not any(_same(c.text, w) for w in wanted)]
    assert extra == []


def test_scare_quote_is_no_direct_quote() -> None:
    article = _parse("lavrov-tokyo-sputnik.txt")
    (scare,) = ARTICLES["lavrov-tokyo-sputnik.txt"]["not_a_quote"]
    inner = scare["text"].strip("“”")
    assert not [c for c in article.claims if c.quote == "direct" and inner in c.text and len(c.text) < 40]
    assert all(c.quote != "direct" for c in article.claims if c.speaker is None)


def test_sections() -> None:
    article = _parse("lavrov-tokyo-sputnik.txt")
    text = article.text or ""
    for expected in ARTICLES["lavrov-tokyo-sputnik.txt"]["sections"]:
        (section,) = [s for s in article.sections if text.startswith(expected["starts_at"], s.start)]
        assert section.outlet == expected["outlet"]
        assert section.title == expected["title"]
        assert section.published == _date(expected["published"])
        assert section.dateline is not None
        assert section.dateline.place == expected["dateline"]
        assert section.dateline.outlet == "Sputnik"
        assert section.end == len(text)


def test_publication_sections_scope_the_sentences_after_them() -> None:
    article = _parse("press-review-japan-russia-iran.txt")
    text = article.text or ""
    outlets = [(s.outlet, text[s.start : s.start + 40]) for s in article.sections]
    assert outlets == [
        ("The Japan Times", "The Japanese publication The Japan Times"),
        ("OILPRICE.com", "The British publication OILPRICE.com wro"),
    ]
    assert article.sections[0].end <= article.sections[1].start


def test_titles_and_ids() -> None:
    lavrov = _parse("lavrov-tokyo-sputnik.txt")
    assert lavrov.title is not None
    assert lavrov.title.startswith("Russia’s Sergei Lavrov to visit Tokyo")
    assert not [c for c in lavrov.claims if lavrov.title in c.text]
    ids = [c.id for c in lavrov.claims]
    assert len(ids) == len(set(ids))
