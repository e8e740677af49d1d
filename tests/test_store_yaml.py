"""The store's YAML: 1.2 reading, refusals with lines, and the canonical writer's round trip."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.errors import ConflictMarkerError, InputError, SchemaError, YamlSyntaxError
from claimtrack.model import Claim
from claimtrack.serialize import claim_from_dict, claim_to_dict
from claimtrack.store.emit import dump, quote
from claimtrack.store.yamlio import CLAIM_LIMIT, decode, load_text
from tests import strategies

YAML12 = [
    # (text, value read) - YAML 1.1 would read the first four as booleans, 1:20 as 80, the date as a date
    ("no", "no"),
    ("on", "on"),
    ("off", "off"),
    ("yes", "yes"),
    ("1:20", "1:20"),
    ("2016-03-14", "2016-03-14"),
    ("true", True),
    ("false", False),
    ("012", 12),
    ("0o17", 15),
    ("0x1f", 31),
    ("~", None),
    ("null", None),
    ("1_000", "1_000"),
    ("Yes", "Yes"),
]


@pytest.mark.parametrize(("text", "value"), YAML12)
def test_yaml_1_2_scalars(text: str, value: object) -> None:
    assert load_text(f"key: {text}\n", "f.yaml") == {"key": value}


@pytest.mark.parametrize(
    "word", ["no", "on", "off", "yes", "y", "N", "1:20", "null", "~", "012", "1e3", "true"]
)
def test_words_a_yaml_1_1_reader_would_misread_are_quoted(word: str) -> None:
    import yaml

    written = dump({"key": word})
    assert written != f"key: {word}\n"
    assert yaml.safe_load(written) == {"key": word}  # PyYAML's own 1.1 reader agrees
    assert load_text(written, "f.yaml") == {"key": word}


def test_dates_stay_plain_and_read_back_as_strings() -> None:
    assert dump({"date": "2016-03-14"}) == "date: 2016-03-14\n"


def test_alias_bomb_is_refused_at_the_first_anchor() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(ord("b"), ord("j")):
        prev = chr(n - 1)
        lines.append(f"{chr(n)}: &{chr(n)} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    bomb = "\n".join(lines) + "\n"
    assert len(bomb) < 1000
    with pytest.raises(YamlSyntaxError) as caught:
        load_text(bomb, "claims/c-bomb.yaml")
    assert caught.value.path == "claims/c-bomb.yaml"
    assert caught.value.line == 1
    assert "anchor" in str(caught.value)


def test_alias_is_refused_with_its_line() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        load_text("a: 1\nb: *x\n", "f.yaml")
    assert caught.value.line == 2


def test_stars_and_ampersands_in_text_are_fine() -> None:
    assert load_text("text: 'R&D * 2'\nb: a & b\n", "f.yaml") == {"text": "R&D * 2", "b": "a & b"}


@pytest.mark.parametrize("marker", ["<<<<<<< HEAD", "=======", ">>>>>>> theirs"])
def test_conflict_markers_are_reported_with_their_line(marker: str) -> None:
    with pytest.raises(ConflictMarkerError) as caught:
        load_text(f"id: c-1\nstatus: true\n{marker}\n", "f.yaml")
    assert caught.value.line == 3


@pytest.mark.parametrize(
    "text",
    ["a: !!python/object/apply:os.system ['true']\n", "a: !!python/name:os.system\n", "a: !custom 1\n"],
)
def test_object_tags_are_refused(text: str) -> None:
    with pytest.raises(YamlSyntaxError):
        load_text(text, "f.yaml")


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(YamlSyntaxError, match="appears twice") as caught:
        load_text("status: true\nid: c-1\nstatus: false\n", "f.yaml")
    assert caught.value.line == 3


def test_syntax_errors_carry_the_line() -> None:
    with pytest.raises(YamlSyntaxError) as caught:
        load_text("id: c-1\nspans: [[1, 2]\nstatus: x\n", "f.yaml")
    assert caught.value.line in (2, 3)


def test_binary_oversized_and_non_utf8_files_are_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"id: c-1\n\0\0", "f.yaml")
    with pytest.raises(InputError, match="limit"):
        decode(b"x" * (CLAIM_LIMIT + 1), "f.yaml")
    with pytest.raises(InputError, match="UTF-8") as caught:
        decode(b"id: c-1\ntext: caf\xe9\n", "f.yaml")
    assert caught.value.line == 2


def test_newer_schema_is_refused() -> None:
    with pytest.raises(SchemaError, match="newer"):
        claim_from_dict({"schema": 99, "id": "c-1", "text": "x", "spans": [[0, 1]], "article": "a-1"})


@given(strategies.claims)
@settings(max_examples=150, deadline=None)
def test_claim_dict_yaml_dict_round_trip(claim: Claim) -> None:
    data = claim_to_dict(claim)
    text = dump(data)
    assert load_text(text, "f.yaml") == data
    assert claim_from_dict(load_text(text, "f.yaml")) == claim
    assert dump(data) == text  # deterministic
    assert "\r" not in text


@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_string_survives_the_writer(value: str) -> None:
    assert load_text(dump({"k": value, "l": [value]}), "f.yaml") == {"k": value, "l": [value]}


def test_long_text_is_folded_over_lines() -> None:
    value = " ".join(["word"] * 60)
    text = dump({"text": value})
    assert text.count("\n") > 2
    assert all(len(line) <= 100 for line in text.splitlines())
    assert load_text(text, "f.yaml") == {"text": value}


def test_quote_forms() -> None:
    assert quote("plain words") == "plain words"
    assert quote("a: b") == "'a: b'"
    assert quote("it's") == "it's"
    assert quote("tab\there") == '"tab\\there"'


def test_the_node_builder_refuses_aliases_even_past_the_first_screen() -> None:
    from claimtrack.store.yamlio import _compose, build

    # an alias the text screen would let through still never reaches the data: the builder meets the
    # shared node twice and refuses, so nothing is expanded
    node = _compose("a: &x [1, 2]\nb: *x\n")
    with pytest.raises(YamlSyntaxError, match="alias") as caught:
        build(node)
    assert caught.value.line == 2
