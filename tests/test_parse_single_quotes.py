"""Articles that quote with single marks ("'C,' he said"), as British and Malaysian copy often does."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import parse_article
from claimtrack.parse.single_quotes import as_double
from claimtrack.rules import DEFAULT_RULES

SINGLE = (
    "Speaker rebukes ministers\n\n"
    "Sir Roland Ashby said ministers had briefed the media first.\n\n"
    "He said: 'Once again I've had to grant an urgent question on a matter briefed to the media.\n\n"
    "'I will defend the rights of this House and of backbenchers to hear it first.'\n\n"
    "'We are not a rubber stamp,' he added.\n"
)


def test_single_marks_quote_when_the_articles_attributions_use_them() -> None:
    claims = [c for c in parse_article(SINGLE).claims if c.speaker]
    assert [(c.text, c.quote) for c in claims] == [
        ("ministers had briefed the media first", "indirect"),
        (
            "Once again I've had to grant an urgent question on a matter briefed to the media I will defend "
            "the rights of this House and of backbenchers to hear it first",
            "direct",
        ),
        ("We are not a rubber stamp", "direct"),
    ]
    assert {c.speaker.name for c in claims if c.speaker} == {"Sir Roland Ashby"}


def test_a_quotation_in_single_marks_after_a_cue_and_a_colon_is_direct() -> None:
    # the whole reading sees the marks as quotation marks, not only the pairing: "adding: '...'" is a
    # direct quotation with no closing mark in its content, and words quoted inside reported speech are
    # quoted words, the mark closing them kept
    text = (
        "Minister attacks strike\n\nTom Hale said the walkout was 'needless', adding: 'They were offered a "
        "fair deal in our first year, and that is why this strike is wrong.'\n"
    )
    claims = [
        c for c in parse_article(text, options=DEFAULT_RULES.extend(mixed_quotes=True)).claims if c.speaker
    ]
    assert [(c.text, c.quote) for c in claims] == [
        ("the walkout was 'needless'", "mixed"),
        ("They were offered a fair deal in our first year, and that is why this strike is wrong", "direct"),
    ]


def test_a_speaker_named_by_a_noun_phrase_after_a_single_quotation() -> None:
    # ",' a BIC spokesman said": an article's single marks quote when an unnamed speaker follows them
    text = (
        "Circuit confident of race\n\n'We respect those who have concerns,' a circuit spokesman said.\n\n"
        "'However, we will be ready in October,' the spokesman added.\n"
    )
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.text, c.quote, c.rule) for c in claims] == [
        ("We respect those who have concerns", "direct", "quote-after"),
        ("However, we will be ready in October", "direct", "quote-after"),
    ]


def test_an_inverted_attribution_after_single_marks() -> None:
    # ",' said Tom Hale": British copy inverts the cue; the article's single marks quote all the same
    text = (
        "Renters\n\nThe council met on Monday.\n\n'We had six weeks to move out,' said Tom Hale.\n\n"
        "'It was very hard,' said Jane Roe, who lives in Westmere.\n"
    )
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name, c.text, c.quote) for c in claims if c.speaker] == [
        ("Tom Hale", "We had six weeks to move out", "direct"),
        ("Jane Roe", "It was very hard", "direct"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a headline quoting in single marks before the cue, whatever marks the story uses
        pytest.param("'Evictions left us hopeless' say Westmere tenants\n\nThe council met on Monday.\n",
                     "Westmere tenants", "Evictions left us hopeless", id="a-headline-in-straight-marks"),
        pytest.param("‘We were treated badly’ says Tom Hale\n\nThe council met on “Monday”.\n", "Tom Hale",
                     "We were treated badly", id="a-headline-in-curly-marks"),
        # and a quotation closing right before "said" and a name, with no comma
        pytest.param("Rents\n\nThe council met on Monday.\n\n'It was very hard' said Jane Roe.\n", "Jane Roe",
                     "It was very hard", id="no-comma-before-said"),
    ],
)  # fmt: skip
def test_a_single_quotation_before_the_cue_and_a_name(text: str, speaker: str, content: str) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name, c.text, c.quote) for c in claims if c.speaker] == [(speaker, content, "direct")]


@pytest.mark.parametrize(
    "text",
    [
        # double marks quote here: a single mark inside is nested, or an apostrophe
        "“They said, ‘It is over,’ and left,” she said. “It's done,” he added. “Fine,” Jo said.",
        # archives print a double mark as two apostrophes
        "''It is over,'' she said. 'It's done,' he added.",
        # no attribution uses single marks: the workers' rights, a scare quote
        "The workers' union called the plan 'a disgrace' and said it would strike.",
    ],
)
def test_single_marks_stay_unless_the_article_quotes_with_them(text: str) -> None:
    assert as_double(text, DEFAULT_RULES) is None


def test_apostrophes_inside_words_stay() -> None:
    text = "'I've said it: Sinn Fein’s plan fails,' she said. 'Not so,' he said."
    marked = as_double(text, DEFAULT_RULES)
    assert marked == "“I've said it: Sinn Fein’s plan fails,” she said. “Not so,” he said."


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ,.'‘’“\"\n", max_size=60))
def test_marks_change_in_place(body: str) -> None:
    # every offset holds: only single marks change, each to one double mark
    text = body + " 'Yes,' he said."
    marked = as_double(text, DEFAULT_RULES)
    if marked is None:
        return
    assert len(marked) == len(text)
    assert all(a == b or (a in "'‘’" and b in "“”") for a, b in zip(text, marked, strict=True))
