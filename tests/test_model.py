"""The data model: validation, stable ids, and the lossless dict round-trip."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest
from hypothesis import given

import claimtrack
from claimtrack import (
    DEFAULT_VOCABULARY,
    Article,
    Claim,
    DateRange,
    Evidence,
    ModelError,
    SchemaError,
    Speaker,
    StatusChange,
    UnknownStatusError,
    Vocabulary,
)
from claimtrack.ids import article_id, claim_id, resolve_prefix
from claimtrack.serialize import (
    SCHEMA,
    article_from_dict,
    article_to_dict,
    claim_from_dict,
    claim_to_dict,
    vocabulary_from_dict,
    vocabulary_to_dict,
)
from claimtrack.vocabulary import Status
from tests import strategies

CLAIM = Claim(
    id="c-0123456789",
    text="Moscow does not favor any third state's interference",
    spans=[(10, 62)],
    article="a-0123456789",
    speaker=Speaker("Igor Morgulov", role="Russian Deputy Foreign Minister", span=(90, 98)),
    quote="indirect",
    said_on=dt.date(2016, 3, 14),
)

# label, constructor, keyword arguments, words the error message must contain
BAD_VALUES: list[tuple[str, type[Any], dict[str, Any], str]] = [
    (
        "unknown quote",
        Claim,
        {"quote": "dirct"},
        "quote: 'dirct' is not one of direct, indirect, mixed, none",
    ),
    ("unknown kind", Claim, {"kind": "rumour"}, "kind: 'rumour' is not one of statement"),
    ("empty text", Claim, {"text": "  "}, "text: '  ' must be a non-empty string"),
    ("no spans", Claim, {"spans": []}, "spans: () must be one or more"),
    ("reversed span", Claim, {"spans": [(5, 2)]}, "spans: ((5, 2),) must be one or more"),
    ("overlapping spans", Claim, {"spans": [(0, 5), (3, 8)]}, "in order without overlap"),
    ("empty span", Claim, {"spans": [(4, 4)]}, "in order without overlap"),
    ("negative offset", Claim, {"spans": [(-1, 4)]}, "must be one or more"),
    ("datetime for a date", Claim, {"said_on": dt.datetime(2016, 3, 14, 9)}, "said_on: "),
    ("via not strings", Claim, {"via": [1]}, "via: (1,) has an item of the wrong type"),
    ("speaker kind", Speaker, {"name": "X", "kind": "robot"}, "kind: 'robot' is not one of person"),
    ("speaker name", Speaker, {"name": ""}, "name: '' must be a non-empty string"),
    (
        "stance",
        Evidence,
        {"url": "https://x.org", "stance": "agrees"},
        "stance: 'agrees' is not one of supports",
    ),
    ("evidence url", Evidence, {"url": None}, "url: None must be a non-empty string"),
]


@pytest.mark.parametrize(("label", "make", "changes", "message"), BAD_VALUES, ids=[r[0] for r in BAD_VALUES])
def test_bad_values_are_rejected_with_the_field_named(
    label: str, make: type[Any], changes: dict[str, Any], message: str
) -> None:
    base = attrs.asdict(CLAIM, recurse=False) if make is Claim else {}
    with pytest.raises(ModelError) as caught:
        make(**{**base, **changes})
    assert message in str(caught.value), label


def test_date_range_must_run_forward() -> None:
    with pytest.raises(ModelError, match="not a date range"):
        DateRange(dt.date(2016, 4, 20), dt.date(2016, 4, 10), "mid-April")


def test_status_change_needs_a_date() -> None:
    with pytest.raises(ModelError, match="needs a date"):
        StatusChange(date=None, to="false")  # type: ignore[arg-type]


def test_values_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        CLAIM.status = "false"  # type: ignore[misc]
    assert attrs.evolve(CLAIM, status="false").status == "false"


def test_lists_become_tuples() -> None:
    assert CLAIM.spans == ((10, 62),)
    assert isinstance(CLAIM.via, tuple)


# ---- ids ----


def test_article_id_is_stable_and_depends_on_text_and_metadata() -> None:
    text = "MOSCOW (Sputnik) – Moscow believes ..."
    first = article_id(text, outlet="Sputnik", published=dt.date(2016, 3, 14))
    assert first == article_id(text, outlet="Sputnik", published=dt.date(2016, 3, 14))
    assert first.startswith("a-")
    assert len(first) == 12
    assert first != article_id(text + " ", outlet="Sputnik", published=dt.date(2016, 3, 14))
    assert first != article_id(text, outlet="RIA Novosti", published=dt.date(2016, 3, 14))
    assert first != article_id(text, outlet="Sputnik", published=dt.date(2016, 3, 15))


def test_claim_id_ignores_quote_shapes_case_and_closing_punctuation() -> None:
    a = claim_id("Igor Morgulov", "Moscow does not favor any third state’s interference.")
    assert a == claim_id("igor morgulov", "Moscow  does not favor any third state's interference")
    assert a != claim_id("Sergei Lavrov", "Moscow does not favor any third state's interference")
    assert a != claim_id(None, "Moscow does not favor any third state's interference")
    assert a.startswith("c-")
    assert len(a) == 12


def test_claim_id_is_pinned() -> None:
    # A change to the id recipe would orphan every claim file in every store: this value must not move.
    assert claim_id("Igor Morgulov", "Moscow does not favor interference") == "c-1105ae152a"


PREFIX_IDS = ["c-3f9a2b1c00", "c-3f9b000000", "c-aa00000000"]


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("c-3f9a", "c-3f9a2b1c00"),
        ("3f9a", "c-3f9a2b1c00"),
        ("AA", "c-aa00000000"),
        ("c-aa00000000", "c-aa00000000"),
    ],
)
def test_unique_prefixes_resolve(prefix: str, expected: str) -> None:
    assert resolve_prefix(prefix, PREFIX_IDS) == expected


@pytest.mark.parametrize(
    ("prefix", "message"), [("3f9", "matches 2 claims"), ("zz", "no claim id"), ("", "empty")]
)
def test_bad_prefixes_say_why(prefix: str, message: str) -> None:
    with pytest.raises(claimtrack.IdError, match=message):
        resolve_prefix(prefix, PREFIX_IDS)


# ---- vocabulary ----


def test_default_vocabulary() -> None:
    v = DEFAULT_VOCABULARY
    assert v.default == "unverified"
    assert not v.is_final("researching")
    assert v.is_final("false")
    assert v.get("mostly-true").rating == 4
    assert v.get("not-checkable").rating is None
    assert v.get("kept").kinds == ("prediction", "promise")


def test_unknown_status_suggests_the_nearest() -> None:
    with pytest.raises(UnknownStatusError, match=r"unknown status 'flase' \(did you mean 'false'\?\)"):
        DEFAULT_VOCABULARY.get("flase")


def test_vocabulary_rejects_duplicates_and_bad_ratings() -> None:
    ok = Status("true", "Accurate.", final=True, rating=5)
    with pytest.raises(ModelError, match="listed twice"):
        Vocabulary([ok, ok], default="true")
    with pytest.raises(ModelError, match=r"outside 1\.\.5"):
        Vocabulary([Status("true", "Accurate.", rating=9)], default="true")
    with pytest.raises(ModelError, match="'unverified' is not one of the statuses"):
        Vocabulary([ok])


def test_vocabulary_round_trips() -> None:
    assert vocabulary_from_dict(vocabulary_to_dict(DEFAULT_VOCABULARY)) == DEFAULT_VOCABULARY


# ---- dicts ----


@given(strategies.claims)
def test_claim_dict_round_trip_is_lossless(claim: Claim) -> None:
    data = claim_to_dict(claim)
    assert data["schema"] == SCHEMA
    assert claim_from_dict(json.loads(json.dumps(data))) == claim


@given(strategies.articles)
def test_article_dict_round_trip_is_lossless(article: Article) -> None:
    data = json.loads(json.dumps(article_to_dict(article)))
    assert article_from_dict(data) == article


def test_dict_keys_come_in_reading_order() -> None:
    assert list(claim_to_dict(CLAIM))[:5] == ["schema", "id", "status", "text", "speaker"]


# label, change to a valid claim dict, message naming the key at fault
BAD_RECORDS: list[tuple[str, dict[str, Any], str]] = [
    ("speaker kind", {"speaker": {"name": "X", "kind": "persn"}}, "speaker.kind: 'persn' is not one of"),
    ("span not a pair", {"spans": [[1, 2, 3]]}, "spans[0]: [1, 2, 3] is not a [start, end] pair"),
    ("date", {"said_on": "14/03/2016"}, "said_on: '14/03/2016' is not a date (YYYY-MM-DD)"),
    ("missing id", {"id": None}, "id: missing"),
    ("history item", {"history": [{"to": "false"}]}, "history[0].date: missing"),
    ("number for text", {"text": 12}, "text: 12 is not a string"),
    ("bool for number", {"spans": [[True, 2]]}, "spans[0]: [True, 2] is not a [start, end] pair"),
    ("newer schema", {"schema": SCHEMA + 1}, "newer than this claimtrack understands"),
    ("not a mapping", {"cue": "said"}, "cue: expected a mapping, found str"),
]


@pytest.mark.parametrize(("label", "change", "message"), BAD_RECORDS, ids=[r[0] for r in BAD_RECORDS])
def test_bad_records_name_the_key(label: str, change: dict[str, Any], message: str) -> None:
    with pytest.raises(SchemaError) as caught:
        claim_from_dict({**claim_to_dict(CLAIM), **change})
    assert message in str(caught.value), label


def test_unknown_keys_are_ignored_and_old_schema_accepted() -> None:
    data = {**claim_to_dict(CLAIM), "reviewer_notes": "keep me", "schema": 0}
    assert claim_from_dict(data) == CLAIM


def test_public_surface_is_explicit() -> None:
    assert "Claim" in dir(claimtrack)
    assert "model" not in claimtrack.__all__
    assert all(hasattr(claimtrack, name) for name in claimtrack.__all__)
