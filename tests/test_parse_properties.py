"""Invariants of the parser on any text, and hostile inputs (correctness only, no timing)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.model import Article, join_spans
from claimtrack.parse import parse_article

# Pieces of news text, so that generated strings reach the attribution rules, not only the fallbacks.
PIECES = st.sampled_from(
    [
        "said", "told", "according to", "says", "wrote about", "pledged to", "believes", "is confident",
        "Igor Morgulov", "Morgulov", "he", "officials", "the ministry", "Moscow", "RIA Novosti", "that",
        "“", "”", '"', "''", "«", "»", ",", ".", ":", ";", "—", "–", "-", "(Sputnik)", "MOSCOW", "\n",
        "\n\n", "Source: Sputnik", "March 14, 2016", "U.S.", "Mr.", "$7 billion", "\u00a0", " ", "  ",
        "will", "next week", "on Tuesday", "?", "!", "'s", "who", "saying", "asked whether",
    ]
)  # fmt: skip
NEWSY = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map(" ".join)

# Pieces of an article's frame (bylines, credits, datelines, source lines), joined into a line at the head
# and one at the foot of a story, so that generated strings reach the frame's readers.
FRAME_PIECES = st.sampled_from(
    [
        "By", "ByHVN", "by", ",", " ", "May 5, 2025", "Jane Doe", "Reuters", "Bureau", "Staff", "Reporter",
        "·", "/", "|", "(Abuja)", "©", "COPYRIGHT", "2024", "Source", "Source:", "–", "-",
        "Read Full Article",
        "KUCHING:", "(APP - UrduPoint / Pakistan Point News - 15th Feb, 2017 )", "DHAKA/NEW DELHI",
        "(Reuters)", "/TASS, Anna Petrova/.", "8 December 2023", "5th", "(dpa/MIA)", "Daily", "Times", "News",
        "Jr.", "King", "Thursday", "on", "53 mins ago", "Online", "Network", ":", "(", ")",
    ]
)  # fmt: skip
FRAME_LINE = st.lists(FRAME_PIECES, min_size=1, max_size=12).map(" ".join)
STORY = "Rates will rise in May, Governor Jane Roe said on Tuesday. “We are ready,” she told Harbour Radio."


def check(article: Article, text: str) -> None:
    assert article.text == text
    ids = [c.id for c in article.claims]
    assert len(ids) == len(set(ids))
    for c in article.claims:
        assert c.text == join_spans(text, c.spans)
        assert all(0 <= s < e <= len(text) for s, e in c.spans)
        assert c.text.strip()
        for span in (c.speaker.span if c.speaker else None, c.cue.span if c.cue else None):
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(text)
                assert text[span[0] : span[1]].strip()
        if c.outlet is not None and c.outlet.span is not None:
            assert 0 <= c.outlet.span[0] < c.outlet.span[1] <= len(text)
    for s in article.sections:
        assert 0 <= s.start <= s.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_invariants_on_newsy_text(text: str) -> None:
    first = parse_article(text)
    check(first, text)
    assert parse_article(text) == first  # deterministic


@settings(max_examples=300, deadline=None)
@given(FRAME_LINE, FRAME_LINE, st.booleans())
def test_invariants_on_framed_stories(head: str, foot: str, glued: bool) -> None:
    text = f"{head} {STORY}\n\n{foot}" if glued else f"Title\n\n{head}\n\n{STORY}\n\n{foot}"
    check(parse_article(text), text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_invariants_on_any_text(text: str) -> None:
    check(parse_article(text), text)


def test_empty_and_blank_text() -> None:
    for text in ("", " ", "\n\n\t \n", "\u00a0"):
        article = parse_article(text)
        assert article.claims == ()
        assert article.text == text


HOSTILE = {
    "no-spaces": "x" * 1_000_000,
    "no-spaces-with-periods": "a." * 500_000,
    "quotation-marks": "“" * 100_000,
    "straight-quotes": '"' * 100_000,
    "alternating-quotes": "“”" * 50_000,
    "unclosed-quotes": "“He said it. " * 20_000,
    "single-line": ("Officials said the plan would work, and he said so " * 20_000).strip(),
    "cue-words": "said " * 200_000,
    "commas": "Smith said, " * 50_000,
    "apostrophes": "''" * 100_000,
    # one sentence of many clauses, each with a cue: every clause boundary is tried for another speaker
    "clauses-with-cues": "Smith said it was fine" + ", and the dog said so" * 25_000 + ".",
    "surnames": " ".join(f"Name{i} said it was fine. He agreed." for i in range(10_000)),
}


def test_hostile_inputs() -> None:
    for name, text in HOSTILE.items():
        article = parse_article(text)
        check(article, text)
        assert article.id.startswith("a-"), name


def test_every_cut_of_the_form_sentences() -> None:
    """A sentence cut off anywhere (a truncated feed, a file ending mid-word) still parses: every form
    in the attribution tables, cut after each of its characters."""
    from tests.test_parse_forms import FORMS  # the real sentences the forms are tested on

    for row in FORMS:
        for end in range(1, len(row.text) + 1):
            text = row.text[:end]
            check(parse_article(text), text)


ONCE_BROKEN = [
    # Sentences of real news that once raised inside the parser, kept so that they never do again.
    "By , May 5, 2025\n\nThe ministry said exports rose.",  # a byline's date left no name to read
    "A few other prominent Republicans and national security leaders have begun to speak out, however, "
    "expressing dismay at Mr. Trump's remarks.",  # an aside dropped before a cue left an index past the end
    "Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony, said the event moved her.",
]


def test_sentences_that_once_broke_the_parser() -> None:
    for sentence in ONCE_BROKEN:
        for end in range(1, len(sentence) + 1):
            text = sentence[:end]
            check(parse_article(text), text)
