"""Speaker phrases: what `classify` makes of the words before a cue (name, role, kind), one row each."""

from __future__ import annotations

import pytest

from claimtrack.parse.speakers import classify
from claimtrack.parse.tokens import tokenize
from claimtrack.rules import DEFAULT_RULES

SPEAKERS = [
    ("Russian Deputy Foreign Minister Igor Morgulov", "Igor Morgulov", "Russian Deputy Foreign Minister",
     "person"),
    ("Republican front-runner Donald Trump", "Donald Trump", "Republican front-runner", "person"),
    ("FBI general counsel James Baker", "James Baker", "FBI general counsel", "person"),
    ("billionaire hedge fund manager Paul Singer", "Paul Singer", "billionaire hedge fund manager", "person"),
    ("Conservative radio host Hugh Hewitt", "Hugh Hewitt", "Conservative radio host", "person"),
    ("the CDC's Dr. Michael Jhung", "Michael Jhung", "CDC", "person"),
    ("NBC’s Dante Chinni", "Dante Chinni", "NBC", "person"),
    ("The CDC", "The CDC", None, "organisation"),
    ("the foreign ministry", "the foreign ministry", None, "organisation"),
    ("officials", "officials", None, "anonymous"),
    ("28 percent of voters", "28 percent of voters", None, "anonymous"),
    ("Mr. Grassley and Mr. Leahy", "Grassley and Leahy", None, "person"),
    ("Martin Luther King Jr.", "Martin Luther King Jr.", None, "person"),
    ("her husband Bill", "Bill", "her husband", "person"),
    ("The former president Bill Clinton", "Bill Clinton", "former president", "person"),
    ("The ministry's spokesman Gao Feng", "Gao Feng", "ministry's spokesman", "person"),
    ("Chinese Vice Premier Liu He", "Liu He", "Chinese Vice Premier", "person"),
    ("The American Legion", "The American Legion", None, "organisation"),
    ("Democrat Hillary Clinton", "Hillary Clinton", "Democrat", "person"),
    ("Donald Trump’s longtime confidant Roger Stone", "Roger Stone", "Donald Trump’s longtime confidant",
     "person"),
    ("de Blasio", "de Blasio", None, "person"),
    ("Staff for the House Select Committee on Benghazi", "Staff for the House Select Committee on Benghazi",
     None, "anonymous"),
    ("Trump’s new PFD form", "Trump’s new PFD form", None, "document"),
    ("Another intelligence source speaking to Fox News", "Another intelligence source speaking to Fox News",
     None, "anonymous"),
    ("Republican National Committee", "Republican National Committee", None, "organisation"),
    ("Conservative Political Action Conference", "Conservative Political Action Conference", None,
     "organisation"),
    ("Jo Coelbart, a retired Belgian general who works at the Egmont Foundation,", "Jo Coelbart",
     "retired Belgian general", "person"),
    ("Sen. Cruz and Gov. John Kasich", "Cruz and John Kasich", None, "person"),
    ("Officials, including the mayor,", "Officials", None, "anonymous"),
    ("Proponents", "Proponents", None, "anonymous"),
    ("officials familiar with the count", "officials familiar with the count", None, "anonymous"),
]  # fmt: skip

NOT_SPEAKERS = [
    "The contrast with Trump",  # a thing and what it is about
    "the crowd cheered as Secretary John Smith",  # a clause, not a phrase
    "September 27",  # a date
    "September 27 they published the results of their",  # a clause with a subject pronoun
    "Trump's",
    "which",
]


@pytest.mark.parametrize(("phrase", "name", "role", "kind"), SPEAKERS, ids=[row[0] for row in SPEAKERS])
def test_speaker_phrase(phrase: str, name: str, role: str | None, kind: str) -> None:
    mention = classify(phrase, tokenize(phrase, 0, len(phrase)), DEFAULT_RULES)
    assert mention is not None
    assert (mention.name, mention.role, mention.kind) == (name, role, kind)


@pytest.mark.parametrize("phrase", NOT_SPEAKERS)
def test_not_a_speaker(phrase: str) -> None:
    assert classify(phrase, tokenize(phrase, 0, len(phrase)), DEFAULT_RULES) is None
