"""Role nouns ("the commander", "The Foreign Ministry official", "the Turkish Minister") resolved to the
person the article names with the role, and those that stay as written; one short article per row, the
last claim's speaker checked."""

from __future__ import annotations

import pytest

from claimtrack.parse import parse_article

RESOLVED = [
    # The noun's head may stand anywhere in the role: "Commander" is not the last word of "Navy
    # Commander Rear Admiral".
    pytest.param("Intro.\nIran's Navy Commander Rear Admiral Karim Tavakoli said the fleet would sail. “We "
                 "will answer any threat,” the commander stressed.", "Karim Tavakoli",
                 id="the-commander-head-not-last"),
    # "official" names any office: a ministry's spokeswoman is one of its officials.
    pytest.param("Intro.\nForeign Ministry spokeswoman Laleh Karimi said talks would resume. The Foreign "
                 "Ministry official noted that the region needed calm.", "Laleh Karimi",
                 id="the-official-is-the-spokeswoman"),
    # A nationality said as an adjective or as the country's possessive is one modifier.
    pytest.param("Intro.\nIran's Foreign Ministry Spokesman Kamran Dadashi said Iran would stay. The Iranian "
                 "Foreign Ministry spokesman said that the envoys had returned.", "Kamran Dadashi",
                 id="iranian-is-irans"),
    pytest.param("Intro.\nMinister of Trade of Turkiye Ahmet Kaya said on Friday that exports had grown. On "
                 "the talks, the Turkish Minister said that trade was strong.", "Ahmet Kaya",
                 id="turkish-is-of-turkiye"),
]  # fmt: skip

UNRESOLVED = [
    # "The official" after an unnamed official is that one, not the spokesman named before.
    pytest.param("Intro.\nSpokesman Tom Reyes said the plan was sound. A senior official said the talks had "
                 "stalled. The official added that a deal was far off.", "The official",
                 id="the-official-after-an-unnamed-official"),
    pytest.param("Intro.\nSpokesman Tom Reyes said the plan was sound. A police official familiar with the "
                 "case said the talks had stalled. The official, who asked not to be named, said that a deal "
                 "was far off.", "The official", id="the-official-after-an-official-familiar-with-it"),
    # Another country's spokeswoman is no Iranian spokesman.
    pytest.param("Intro.\nRussian Foreign Ministry spokeswoman Anna Petrova said the talks went well. The "
                 "Iranian Foreign Ministry spokesman said that the envoys had returned.",
                 "The Iranian Foreign Ministry spokesman", id="another-countrys-spokeswoman"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), RESOLVED)
def test_role_noun_resolved(text: str, speaker: str) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert claims
    assert claims[-1].speaker is not None
    assert (claims[-1].speaker.name, claims[-1].speaker.kind) == (speaker, "person")


@pytest.mark.parametrize(("text", "speaker"), UNRESOLVED)
def test_role_noun_left_as_written(text: str, speaker: str) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert claims
    assert claims[-1].speaker is not None
    assert claims[-1].speaker.name == speaker
