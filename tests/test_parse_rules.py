"""`Rules`: the parser's tables as data a user extends."""

from __future__ import annotations

import ast
from pathlib import Path

import attrs
import pytest

import claimtrack.rules
from claimtrack.parse import parse_article
from claimtrack.parse.cues import lemma
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


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("lamented", "lament"), ("decried", "decry"), ("slammed", "slam"), ("admitted", "admit"),
        ("criticizes", "criticize"), ("quipping", "quip"), ("stated", "state"), ("urged", "urge"),
        ("announced", "announce"), ("argued", "argue"), ("called", "call"), ("stressed", "stress"),
        ("agreed", "agree"), ("touches", "touch"), ("opined", "opine"), ("grumbled", "grumble"),
        ("lauded", "laud"), ("teased", "tease"), ("rebuked", "rebuke"), ("told", "tell"),
        ("sought", "seek"), ("wrote", "write"), ("cautioned", "caution"), ("reiterated", "reiterate"),
    ],
)  # fmt: skip
def test_lemma_of_an_unlisted_cue(word: str, expected: str) -> None:
    assert lemma(word, DEFAULT_RULES) == expected


def test_verb_that_cue_has_a_dictionary_lemma() -> None:
    (claim,) = [c for c in parse_article("Clinton lamented that the rules were rigged.").claims if c.cue]
    assert claim.cue is not None
    assert (claim.cue.text, claim.cue.lemma) == ("lamented", "lament")


def test_extend_adds_an_irregular_lemma() -> None:
    rules = DEFAULT_RULES.extend(irregular={"forbade": "forbid"})
    assert lemma("forbade", rules) == "forbid"
    assert lemma("forbade", DEFAULT_RULES) != "forbid"


def test_no_two_rules_fields_share_a_name() -> None:
    """A field declared twice in `Rules` keeps only the later table, silently: each name is declared once."""
    source = Path(claimtrack.rules.__file__).read_text(encoding="utf-8")
    (rules_class,) = [n for n in ast.parse(source).body if isinstance(n, ast.ClassDef) and n.name == "Rules"]
    names = [
        n.target.id
        for n in rules_class.body
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
    ]
    assert len(names) > 50
    assert sorted(n for n in set(names) if names.count(n) > 1) == []
