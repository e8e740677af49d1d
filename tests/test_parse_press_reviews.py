"""Press reviews in the Iranian, Turkish and Arab agencies' style: a "Paper: headline" line heads
each paper's part, "the daily" and "the newspaper" stand for the paper, and a name the text calls a
newspaper is an outlet. Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from claimtrack.model import Claim
from claimtrack.parse import parse_article

# "Name: headline" on a line of its own heads the paper's part, which runs to the next such line.
SECTIONS = (
    "Dailies weigh the new budget\n\n"
    "Tehran’s dailies on Sunday led with the budget.\n\n"
    "Vatan: Budget cuts hit the provinces\n"
    "Under its editorial, the paper criticised the plan. The cuts would close 40 rural clinics, said "
    "the daily. According to the newspaper, the plan was approved on Sunday. The daily’s editorial "
    "argued that the vote had been rushed.\n\n"
    "Hamrah: Reformers must answer for the vote\n"
    "The reformist Hamrah newspaper discussed the vote in parliament. The newspaper wrote that 12 "
    "reformist deputies backed the bill."
)

# "Name: “quoted headline”" opens one paper's item, which ends with its paragraph.
ITEMS = (
    "Iranian dailies on Sunday led with the budget debate and the football final.\n"
    "Parvaz: “The budget will not cut teachers’ pay,” said the economy minister.\n"
    "Sahar: “The capital’s club won the cup for the third time.”\n"
    "Nasim:“Talks on the gas deal are close to an end,” said the daily, adding that a deal could be "
    "signed in May.\n"
    "Dorna covers several stories on its front page, among them:\n"
    "“The port will reopen next week,” said the transport minister."
)


def _by_text(claims: tuple[Claim, ...]) -> dict[str, tuple[str | None, str | None, tuple[str, ...]]]:
    return {
        c.text: (c.speaker.name if c.speaker else None, c.speaker.kind if c.speaker else None, c.via)
        for c in claims
    }


SECTION_CLAIMS = [
    pytest.param("The cuts would close 40 rural clinics", ("Vatan", "outlet", ("Vatan",)),
                 id="said-the-daily-in-a-section"),
    pytest.param("the plan was approved on Sunday", ("Vatan", "outlet", ("Vatan",)),
                 id="according-to-the-newspaper-in-a-section"),
    pytest.param("the vote had been rushed", ("Vatan", "outlet", ("Vatan",)), id="the-dailys-editorial"),
    pytest.param("12 reformist deputies backed the bill", ("Hamrah", "outlet", ("Hamrah",)),
                 id="the-newspaper-wrote-in-the-next-section"),
]  # fmt: skip


@pytest.mark.parametrize(("content", "expected"), SECTION_CLAIMS)
def test_paper_headline_lines_head_sections(
    content: str, expected: tuple[str | None, str | None, tuple[str, ...]]
) -> None:
    assert _by_text(parse_article(SECTIONS).claims)[content] == expected


def test_paper_headline_lines_are_no_claims() -> None:
    article = parse_article(SECTIONS)
    assert article.title == "Dailies weigh the new budget"
    texts = {c.text for c in article.claims}
    assert not texts & {"Budget cuts hit the provinces", "Reformers must answer for the vote"}
    assert [s.outlet for s in article.sections] == ["Vatan", "Hamrah"]


ITEM_CLAIMS = [
    pytest.param("The budget will not cut teachers’ pay", ("the economy minister", "person", ("Parvaz",)),
                 id="a-quote-under-a-paper-is-carried-by-it"),
    pytest.param("Talks on the gas deal are close to an end", ("Nasim", "outlet", ("Nasim",)),
                 id="said-the-daily-after-a-paper-name-and-colon"),
    pytest.param("The port will reopen next week", ("the transport minister", "person", ()),
                 id="an-item-ends-with-its-paragraph"),
]  # fmt: skip


@pytest.mark.parametrize(("content", "expected"), ITEM_CLAIMS)
def test_paper_quote_lines_open_items(
    content: str, expected: tuple[str | None, str | None, tuple[str, ...]]
) -> None:
    assert _by_text(parse_article(ITEMS).claims)[content] == expected


def test_paper_names_before_a_colon_are_no_speakers() -> None:
    claims = parse_article(ITEMS).claims
    assert not {c.speaker.name for c in claims if c.speaker} & {"Parvaz", "Sahar"}


# A name the sentence calls a newspaper or a daily is an outlet, wherever it speaks.
CALLED_PAPERS = [
    pytest.param("As a newspaper close to the reformists, Hamrah has welcomed the decision to reopen the "
                 "talks.", "Hamrah", id="as-a-newspaper-name"),
    pytest.param("The reformist Hamrah newspaper reported that the vote was delayed until May.\n\n"
                 "Hamrah said the deputies had been warned.", "Hamrah", id="the-name-newspaper"),
    pytest.param("The conservative newspaper of Vatan wrote that the vote was delayed until May.\n\n"
                 "Vatan said the deputies had been warned.", "Vatan", id="the-newspaper-of-name"),
    pytest.param("The vote led the front pages of the dailies.\n\n“Deputies defy the cabinet,” was "
                 "BUGUN’s title.\n\nBUGUN claimed the deputies had been warned.", "BUGUN",
                 id="a-title-of-a-name-in-a-text-about-papers"),
    pytest.param("Reformist newspapers hailed the vote.\n\n“A new chapter,” is Hamrah’s front page "
                 "headline.\n\nHamrah says the deputies had been warned.", "Hamrah",
                 id="a-headline-of-a-name-in-a-text-about-papers"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "paper"), CALLED_PAPERS)
def test_names_called_newspapers_are_outlets(text: str, paper: str) -> None:
    speaking = [c.speaker for c in parse_article(text).claims if c.speaker and c.speaker.name == paper]
    assert speaking
    assert all(s.kind == "outlet" and s.role is None for s in speaking)


# A nationality or a day before "newspaper" is no paper's name; a transcript's "Name:" lines are
# speakers, not papers, even when the text mentions a newspaper.
NOT_PAPERS = [
    pytest.param("The Iranian newspaper reported that the vote was delayed until May.", "Iranian",
                 id="a-nationality"),
    pytest.param("The Sunday newspaper reported that the vote was delayed until May.", "Sunday",
                 id="a-day"),
    pytest.param("The Daily Courier and the Hamrah newspaper chain filed a motion, arguing that the "
                 "records were public.", "Hamrah", id="two-papers-named-together"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), NOT_PAPERS)
def test_words_before_newspaper_that_are_no_names(text: str, word: str) -> None:
    # (the one attributed claim: the subject's clause before ", arguing" may stand as the writer's too)
    (claim,) = [c for c in parse_article(text).claims if c.speaker is not None]
    assert claim.speaker is not None
    assert claim.speaker.name != word


def test_a_name_after_the_paper_in_a_relative_clause_is_no_paper() -> None:
    text = (
        "Smith attacked the newspaper on Monday. The newspaper Smith attacked reported that the rally "
        "drew 2,000 people. Smith said the report was false."
    )
    kinds = {c.speaker.kind for c in parse_article(text).claims if c.speaker and c.speaker.name == "Smith"}
    assert "person" in kinds


def test_a_reporter_for_a_newspaper_is_no_paper() -> None:
    text = (
        "As a newspaper reporter in the 1980s, Smith covered the war.\n\nSmith said the war had changed him."
    )
    (claim,) = [c for c in parse_article(text).claims if c.speaker]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == ("Smith", "person")


def test_subheads_naming_speakers_are_no_papers() -> None:
    text = (
        "The debate split the candidates on taxes, as a local newspaper noted on Monday.\n\n"
        "Smith: The tax cut pays for itself\n"
        "Smith said that the cut would add 2% to growth in 2017.\n\n"
        "Jones: The cut helps the rich\n"
        "Jones said that most of the cut would go to the top 1%."
    )
    article = parse_article(text)
    assert article.sections == ()
    assert {c.speaker.kind for c in article.claims if c.speaker and c.speaker.name in ("Smith", "Jones")} == {
        "person"
    }


def test_a_headline_crediting_a_known_outlet_stays_a_title() -> None:
    text = (
        "CNN: Clinton leads by 5 points in new poll\n\n"
        "The poll of 1,000 voters was taken after the debate, the newspaper said on Monday."
    )
    article = parse_article(text)
    assert article.title == "CNN: Clinton leads by 5 points in new poll"
    assert article.sections == ()


def test_a_transcript_is_no_press_review() -> None:
    text = (
        "The newspaper printed the debate in full on Sunday.\n"
        "Smith: We will cut taxes next year.\n"
        "Jones: That plan has failed twice before.\n"
        "Smith: It worked in 2012.\n"
    )
    article = parse_article(text)
    assert article.sections == ()
    colons = [(c.speaker.name, c.speaker.kind) for c in article.claims if c.speaker and c.rule == "colon"]
    assert colons == [("Smith", "person"), ("Jones", "person"), ("Smith", "person")]


def test_a_short_paragraph_stays_in_its_papers_part() -> None:
    text = (
        "The dailies on the budget vote\n\n"
        "Vatan: Budget cuts hit the provinces\n"
        "The newspaper wrote that 40 clinics would close.\n"
        "Hamrah: Reformers must answer for the vote\n"
        "The reformist Hamrah newspaper said 12 deputies backed the bill."
    )
    claims = parse_article(text).claims
    assert [(c.text, c.via) for c in claims] == [
        ("40 clinics would close", ("Vatan",)),
        ("12 deputies backed the bill", ("Hamrah",)),
    ]


# Outlets the rules list, named as reviews and agency copy name them (capitals, long names).
LISTED = [
    pytest.param("Turkish dailies led with the cabinet.\n\nHABER TURK reported that the cabinet met for "
                 "six hours.", "HABER TURK", id="a-turkish-daily-in-capitals"),
    pytest.param("The visit was put off until May, Voice of America reported.", "Voice of America",
                 id="an-international-broadcaster"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "outlet"), LISTED)
def test_listed_outlets_speak_as_outlets(text: str, outlet: str) -> None:
    [claim] = [c for c in parse_article(text).claims if c.speaker]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind, claim.outlet.name if claim.outlet else None) == (
        outlet,
        "outlet",
        outlet,
    )


# "“C,” was NAME's headline": the paper printed the quotation; "reporting that C2" after it and the
# next paper's clause after "while" are claims too.
HEADLINES = (
    "Turkish dailies on Friday led with the budget.\n\n"
    "“A hard year ahead,” was ORTAK’s headline, reporting that the cabinet cut spending by a tenth.\n\n"
    "Featuring a photo of the cabinet, the daily reported that pensions were spared.\n\n"
    "“Tax cuts at last,” was DEMET’s front-page headline, while KALEM wrote that the plan had failed."
)


def test_quoted_headlines_are_the_papers_claims() -> None:
    claims = [c for c in parse_article(HEADLINES).claims if c.speaker]
    assert [
        (c.speaker.name if c.speaker else None, c.cue.text if c.cue else None, c.text, c.quote)
        for c in claims
    ] == [
        ("ORTAK", "headline", "A hard year ahead", "direct"),
        ("ORTAK", "reporting that", "the cabinet cut spending by a tenth", "indirect"),
        ("ORTAK", "reported", "pensions were spared", "indirect"),
        ("DEMET", "front-page headline", "Tax cuts at last", "direct"),
        ("KALEM", "wrote", "the plan had failed", "indirect"),
    ]
    assert all(c.speaker and c.speaker.kind == "outlet" for c in claims[:4])  # KALEM is named only here
