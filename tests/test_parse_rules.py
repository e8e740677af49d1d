"""`Rules`: the parser's tables as data a user extends."""

from __future__ import annotations

import attrs
import pytest

from claimtrack.parse import parse_article
from claimtrack.rules import DEFAULT_RULES, Rules


def test_extend_adds_a_cue() -> None:
    text = "The senator opined that the bill would fail."
    assert [c for c in parse_article(text).claims if c.cue] == []
    rules = DEFAULT_RULES.extend(cues={"opined": ("opine", "opinion", "clause")}, bare_clause={"opined"})
    (claim,) = [c for c in parse_article(text, options=rules).claims if c.cue]
    assert claim.cue is not None
    assert (claim.cue.lemma, claim.kind, claim.text) == ("opine", "opinion", "the bill would fail")
    assert "opined" not in DEFAULT_RULES.cues


def test_extend_adds_an_outlet() -> None:
    text = "“We are ready,” Zelensky told Kyiv Independent."
    assert parse_article(text).claims[0].outlet is None
    rules = DEFAULT_RULES.extend(outlets={"Kyiv Independent"})
    outlet = parse_article(text, options=rules).claims[0].outlet
    assert outlet is not None
    assert outlet.name == "Kyiv Independent"


def test_evolve_replaces_a_table() -> None:
    rules = attrs.evolve(DEFAULT_RULES, hedges=())
    assert rules.hedges == ()
    assert DEFAULT_RULES.hedges


def test_subclass() -> None:
    class Newsroom(Rules):
        pass

    rules = Newsroom().extend(titles={"ombudsman"})
    assert isinstance(rules, Newsroom)
    (claim,) = list(parse_article("Ombudsman Jane Doe said the file was lost.", options=rules).claims)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.role) == ("Jane Doe", "Ombudsman")


def test_unknown_table_and_wrong_options() -> None:
    with pytest.raises(AttributeError):
        DEFAULT_RULES.extend(no_such_table={"x"})
    with pytest.raises(TypeError):
        parse_article("text", options="rules")  # type: ignore[arg-type]
