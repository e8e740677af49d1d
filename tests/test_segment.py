"""Tests for `claimtrack.parse.segment`: news sentences, the Golden Rules, invariants, hostile input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.parse.segment import DEFAULT_ABBREVIATIONS, Abbreviations, paragraphs, sentences

# (label, text, expected sentences): news-style copy with the traps the segmenter must handle.
SENTENCE_CASES: list[tuple[str, str, list[str]]] = [
    (
        "us-mid-sentence",
        "The U.S. economy grew 3.5 percent in the quarter. Analysts had expected less.",
        ["The U.S. economy grew 3.5 percent in the quarter.", "Analysts had expected less."],
    ),
    (
        "us-at-end-before-starter",
        "Tariffs were imposed by the U.S. The European Union responded within hours.",
        ["Tariffs were imposed by the U.S.", "The European Union responded within hours."],
    ),
    (
        "us-before-rank",
        "The bill was written by U.S. Sen. Elizabeth Warren. She defended it on Monday.",
        ["The bill was written by U.S. Sen. Elizabeth Warren.", "She defended it on Monday."],
    ),
    (
        "title-mr",
        "Mr. Trump said he would appeal. Mrs. Clinton declined to comment.",
        ["Mr. Trump said he would appeal.", "Mrs. Clinton declined to comment."],
    ),
    (
        "titles-military-and-political",
        "Lt. Gen. Michael Flynn met Gov. Chris Christie and Rep. Paul Ryan. Dr. Ben Carson joined later.",
        [
            "Lt. Gen. Michael Flynn met Gov. Chris Christie and Rep. Paul Ryan.",
            "Dr. Ben Carson joined later.",
        ],
    ),
    (
        "month-and-day",
        "The vote is set for Jan. 5 in Des Moines. Sept. 11 falls on a Sunday this year.",
        ["The vote is set for Jan. 5 in Des Moines.", "Sept. 11 falls on a Sunday this year."],
    ),
    (
        "money-and-percent",
        "The plan costs $7 billion. Revenue rose 3.5 percent to $1.25 billion.",
        ["The plan costs $7 billion.", "Revenue rose 3.5 percent to $1.25 billion."],
    ),
    (
        "number-ends-sentence",
        "Unemployment fell to 4.9%. Wages rose by 2.5. Economists were surprised.",
        ["Unemployment fell to 4.9%.", "Wages rose by 2.5.", "Economists were surprised."],
    ),
    (
        "domain-name",
        "The figures were first reported by OILPRICE.com on Tuesday. Prices fell.",
        ["The figures were first reported by OILPRICE.com on Tuesday.", "Prices fell."],
    ),
    (
        "domain-at-end",
        "Read the full report at Politico.com. It runs to 40 pages.",
        ["Read the full report at Politico.com.", "It runs to 40 pages."],
    ),
    (
        "am-pm",
        "Polls open at 7 a.m. and close at 8 p.m. Results are expected by midnight.",
        ["Polls open at 7 a.m. and close at 8 p.m.", "Results are expected by midnight."],
    ),
    (
        "am-before-weekday",
        "The rally began at 9 a.m. Tuesday in Ohio.",
        ["The rally began at 9 a.m. Tuesday in Ohio."],
    ),
    (
        "pm-before-time-zone",
        "The debate starts at 9 p.m. ET on Monday. It runs 90 minutes.",
        ["The debate starts at 9 p.m. ET on Monday.", "It runs 90 minutes."],
    ),
    (
        "opening-time-phrase",
        "By 6 a.m. Mr. Jones had voted. Lines were long.",
        ["By 6 a.m. Mr. Jones had voted.", "Lines were long."],
    ),
    (
        "number-sign",
        "The No. 2 Republican in the Senate objected. No. He did not vote for it.",
        ["The No. 2 Republican in the Senate objected.", "No.", "He did not vote for it."],
    ),
    (
        "rupees-before-an-amount",
        "The ministry announced a Rs. 162 billion package for exporters. Mills welcomed it.",
        ["The ministry announced a Rs. 162 billion package for exporters.", "Mills welcomed it."],
    ),
    (
        "middle-initial",
        "President George W. Bush signed the law in 2002. It expired in 2015.",
        ["President George W. Bush signed the law in 2002.", "It expired in 2015."],
    ),
    (
        "initials-after-a-hyphen",
        "The annual Harbour-U.S. Anchor drill began. It lasts 11 days.",
        ["The annual Harbour-U.S. Anchor drill began.", "It lasts 11 days."],
    ),
    (
        "two-initials",
        "The essay by J. K. Rowling and Rep. G.K. Butterfield was read aloud.",
        ["The essay by J. K. Rowling and Rep. G.K. Butterfield was read aloud."],
    ),
    (
        "company-suffix-mid",
        "Apple Inc. Chief Executive Tim Cook spoke first. He was brief.",
        ["Apple Inc. Chief Executive Tim Cook spoke first.", "He was brief."],
    ),
    (
        "company-suffix-end",
        "The stake was sold to Berkshire Hathaway Inc. It paid in cash.",
        ["The stake was sold to Berkshire Hathaway Inc.", "It paid in cash."],
    ),
    (
        "state-abbreviation",
        "Sen. Claire McCaskill (D-Mo.) said she was disappointed. Others agreed.",
        ["Sen. Claire McCaskill (D-Mo.) said she was disappointed.", "Others agreed."],
    ),
    (
        "state-word-is-a-word",
        "He said he felt ill. Doctors kept him overnight.",
        ["He said he felt ill.", "Doctors kept him overnight."],
    ),
    (
        "ellipsis-unicode",
        "“We will see…” He shrugged and walked away.",
        ["“We will see…”", "He shrugged and walked away."],
    ),
    (
        "ellipsis-mid-quote",
        "“That’s not accepting responsibility ... you are scapegoating the people,” he said.",
        ["“That’s not accepting responsibility ... you are scapegoating the people,” he said."],
    ),
    (
        "question-exclamation",
        "Who pays for the wall?! Nobody has said. Really? Yes!",
        ["Who pays for the wall?!", "Nobody has said.", "Really?", "Yes!"],
    ),
    (
        "question-inside-quote-then-lowercase",
        "“Why won’t he release his tax returns?” she asked. The crowd cheered.",
        ["“Why won’t he release his tax returns?” she asked.", "The crowd cheered."],
    ),
    (
        "curly-quote-ends-sentence",
        "He said, “Stop.” Then he left.",
        ["He said, “Stop.”", "Then he left."],
    ),
    (
        "straight-quote-ends-sentence",
        'He said, "Stop." Then he left.',
        ['He said, "Stop."', "Then he left."],
    ),
    (
        "single-quotes",
        "'Go home,' he said. 'Now.' She did.",
        ["'Go home,' he said.", "'Now.'", "She did."],
    ),
    (
        "guillemets",
        "The minister said «Stop.» Then he left the room.",
        ["The minister said «Stop.»", "Then he left the room."],
    ),
    (
        "quote-opens-next-sentence",
        "The senator paused. “We will not back down,” she said.",
        ["The senator paused.", "“We will not back down,” she said."],
    ),
    (
        "quote-then-source-dash",
        "“He represents our greatest shame.” ― Sonya Herridge",
        ["“He represents our greatest shame.” ― Sonya Herridge"],
    ),
    (
        "em-dash-aside",
        "The deal — worth $7 billion — closed on Friday. Shares rose.",
        ["The deal — worth $7 billion — closed on Friday.", "Shares rose."],
    ),
    (
        "en-dash-range",
        "Turnout was 55–60 percent. That is high.",
        ["Turnout was 55–60 percent.", "That is high."],
    ),
    (
        "dash-after-abbreviation",
        "The U.S.—China talks resumed. Both sides were hopeful.",
        ["The U.S.—China talks resumed.", "Both sides were hopeful."],
    ),
    (
        "non-breaking-spaces",
        "The meeting ended at 5\u00a0p.m.\u00a0The mayor left. Mr.\u00a0Smith stayed.",
        ["The meeting ended at 5\u00a0p.m.", "The mayor left.", "Mr.\u00a0Smith stayed."],
    ),
    (
        "missing-space-after-period",
        "The figure was not disclosed.The Japanese publication Nikkei reported it first.",
        ["The figure was not disclosed.", "The Japanese publication Nikkei reported it first."],
    ),
    # a page lost the space around a quotation mark: before an opening mark, after a closing one
    (
        "missing-space-before-an-opening-straight-mark",
        'It sold fish."These are bad," he said.',
        ["It sold fish.", '"These are bad," he said.'],
    ),
    (
        "missing-space-after-a-closing-straight-mark",
        'He said "stop."The rest left.',
        ['He said "stop."', "The rest left."],
    ),
    (
        "missing-space-after-a-closing-curly-mark",
        "He said “stop.”The rest left.",
        ["He said “stop.”", "The rest left."],
    ),
    (
        "missing-space-but-abbreviation",
        "He moved to the U.S.A. in 1990.",
        ["He moved to the U.S.A. in 1990."],
    ),
    (
        "email-address",
        "Write to tips@NYTimes.com. We read every message.",
        ["Write to tips@NYTimes.com.", "We read every message."],
    ),
    (
        "parenthesis-ends-sentence",
        "Prices fell (by 2 percent). Then they rose again.",
        ["Prices fell (by 2 percent).", "Then they rose again."],
    ),
    (
        "sentence-inside-parenthesis",
        "The mayor resigned. (She had served two terms.) Her deputy takes over.",
        ["The mayor resigned.", "(She had served two terms.)", "Her deputy takes over."],
    ),
    (
        "bracketed-omission",
        "“The economy [...] is strong,” he said (Reuters).",
        ["“The economy [...] is strong,” he said (Reuters)."],
    ),
    (
        "possessive-abbreviation",
        "Martin Luther King Jr.'s speech was replayed. Crowds gathered.",
        ["Martin Luther King Jr.'s speech was replayed.", "Crowds gathered."],
    ),
    (
        "et-cetera-end",
        "They discussed taxes, trade, immigration, etc. The talks lasted hours.",
        ["They discussed taxes, trade, immigration, etc.", "The talks lasted hours."],
    ),
    (
        "versus",
        "The case, Roe v. Wade, was argued twice. Trump vs. Clinton drew 84 million viewers.",
        ["The case, Roe v. Wade, was argued twice.", "Trump vs. Clinton drew 84 million viewers."],
    ),
    (
        "blank-line-is-a-boundary",
        "Breaking News\n\nThe Senate passed the bill",
        ["Breaking News", "The Senate passed the bill"],
    ),
    (
        "single-newline-is-not",
        "The Senate passed\nthe bill on Friday.",
        ["The Senate passed\nthe bill on Friday."],
    ),
    ("empty", "", []),
    ("whitespace-only", " \n\t\u00a0 ", []),
    ("no-final-punctuation", "  Breaking: Senate passes bill  ", ["Breaking: Senate passes bill"]),
]

_WRAPPED_TITLE = (
    "MINISTERS OF THE TWO NEIGHBOURING COUNTRIES MEET IN THE CAPITAL TO DISCUSS FARMING AND TRADE"
)
_WRAPPED = (
    _WRAPPED_TITLE + "\n"
    "It is still too early to speak of any joint projects in farming between\n"
    "Armenia and Azerbaijan, the minister of agriculture said on Friday. The\n"
    "minister, who came to attend a regional conference of the UN, told the\n"
    "reporters that the problem between the countries had been there for\n"
    "many years. He said his country wanted to see the borders open again\n"
    "and trade restored.\n"
    "Next paragraph."
)

# (label, text, expected paragraphs).
PARAGRAPH_CASES: list[tuple[str, str, list[str]]] = [
    ("one-per-line", "Headline\nFirst paragraph.\nSecond.", ["Headline", "First paragraph.", "Second."]),
    ("blank-lines", "One.\n\n\n  Two.  \n\n", ["One.", "Two."]),
    ("hard-wrapped", "The bill\nwould pass. It did.\nNext.", ["The bill\nwould pass. It did.", "Next."]),
    ("blank-line-stops-wrap", "The bill\n\nwould pass.", ["The bill", "would pass."]),
    ("capital-line-is-new", "Trump met with\nPresident Obama.", ["Trump met with", "President Obama."]),
    ("crlf", "One.\r\nTwo.\r\n", ["One.", "Two."]),
    # A text wrapped at a typewriter width: a line about that long ends where the text wrapped, so a
    # capital after it goes on ("and\nAzerbaijan"); a short line ends its paragraph, and a title
    # longer than any wrapped line stays apart.
    (
        "wrapped-text-capital-goes-on",
        _WRAPPED,
        [_WRAPPED_TITLE, _WRAPPED.split("\n", 1)[1].rsplit("\n", 1)[0], "Next paragraph."],
    ),
    # In a wrapped text a short line ending in a word no paragraph ends with goes on (a dateline's place cut
    # from the first line); a capitalised line after a list's point starts the story.
    (
        "wrapped-text-open-ending-goes-on",
        "* Fines for a broker\nMarch 6 The Westmere Department of\n" + _WRAPPED.split("\n", 1)[1],
        [
            "* Fines for a broker",
            "March 6 The Westmere Department of\n" + _WRAPPED.split("\n", 1)[1].rsplit("\n", 1)[0],
            "Next paragraph.",
        ],
    ),
    ("empty", "", []),
]


def _labels(rows: list[tuple[str, str, list[str]]]) -> list[str]:
    labels = [row[0] for row in rows]
    assert len(set(labels)) == len(labels), "a label is used twice"
    return labels


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(("label", "text", "expected"), SENTENCE_CASES, ids=_labels(SENTENCE_CASES))
def test_sentences(label: str, text: str, expected: list[str]) -> None:
    del label
    assert _texts(text, sentences(text)) == expected


@pytest.mark.parametrize(("label", "text", "expected"), PARAGRAPH_CASES, ids=_labels(PARAGRAPH_CASES))
def test_paragraphs(label: str, text: str, expected: list[str]) -> None:
    del label
    assert _texts(text, paragraphs(text)) == expected


def test_start_and_end_select_a_stretch() -> None:
    text = "Skip this. Mr. Smith spoke. He left. Skip that."
    start, end = text.index("Mr."), text.index("Skip that")
    assert _texts(text, sentences(text, start, end)) == ["Mr. Smith spoke.", "He left."]


def test_paragraph_by_paragraph() -> None:
    text = "Mr. Smith spoke.\nHe left at 5 p.m.\nThe End"
    spans = [span for s, e in paragraphs(text) for span in sentences(text, s, e)]
    assert _texts(text, spans) == ["Mr. Smith spoke.", "He left at 5 p.m.", "The End"]


def test_abbreviations_can_be_extended() -> None:
    text = "The motion by Ald. Smith failed."
    assert _texts(text, sentences(text)) == ["The motion by Ald.", "Smith failed."]
    aldermen = attrs.evolve(DEFAULT_ABBREVIATIONS, never_final=DEFAULT_ABBREVIATIONS.never_final | {"Ald"})
    assert _texts(text, sentences(text, abbreviations=aldermen)) == [text]
    assert Abbreviations(never_final={"Ald"}).never_final == frozenset({"Ald"})


# The Golden Rules live in ../shared beside the repository; clones without it skip these tests.
GOLDEN_RULES = (
    Path(__file__).resolve().parents[2] / "shared" / "corpus" / "golden-rules" / "english_golden_rules.json"
)


def _golden_rules() -> list[Any]:
    if not GOLDEN_RULES.is_file():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{GOLDEN_RULES} is absent"), id="absent")]
    rows = json.loads(GOLDEN_RULES.read_text(encoding="utf-8"))
    return [pytest.param(row, id=f"rule-{row['id']:02d}") for row in rows]


@pytest.mark.parametrize("rule", _golden_rules())
def test_golden_rules(rule: dict[str, Any]) -> None:
    # Every expected sentence is an exact substring of its text, so spans are compared as sliced,
    # without normalising whitespace.
    text = rule["text"]
    assert _texts(text, sentences(text)) == rule["expected_sentences"], rule["rule"]


def check_spans(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> None:
    """Spans are in order, apart, inside text[start:end], non-empty, trimmed, and cover every non-space."""
    end = len(text) if end is None else end
    previous = start
    for s, e in spans:
        assert previous <= s < e <= end
        assert not text[s].isspace()
        assert not text[e - 1].isspace()
        previous = e
    covered = sum(e - s - sum(c.isspace() for c in text[s:e]) for s, e in spans)
    assert covered == sum(not c.isspace() for c in text[start:end])


NEWS_CHARACTERS = ".?!…‼ \n\t\u00a0\"'“”‘’«»()[]—–―•⁃-$%@/:;,0123456789aAbBiIpPmMsSuUeE°"
news_like = st.text(alphabet=NEWS_CHARACTERS, max_size=300)
words = st.lists(
    st.sampled_from(
        ["Mr.", "U.S.", "a.m.", "No.", "2.", "1.)", "a.", "W.", "etc.", "Inc.", "The", "he", ". . .", "…",
         "...", "“Stop.”", '"', "'", "?!", "disclosed.The", "OILPRICE.com", "[...]", "(", ")", "•", "\n\n",
         "\n", "\u00a0"]
    ),
    max_size=60,
).map(" ".join)  # fmt: skip
hostile = st.one_of(st.text(max_size=300), news_like, words)


@given(hostile)
def test_sentence_spans_are_well_formed(text: str) -> None:
    check_spans(text, sentences(text))


@given(hostile, st.integers(0, 300), st.integers(0, 300))
def test_sentence_spans_respect_start_and_end(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    check_spans(text, sentences(text, start, end), start, end)


@given(hostile)
def test_paragraph_spans_are_well_formed(text: str) -> None:
    check_spans(text, paragraphs(text))


SIZE = 200_000
HOSTILE_INPUTS = {
    "no-spaces": "a" * SIZE,
    "dotted-no-spaces": "a." * (SIZE // 2),
    "capital-after-dot-no-spaces": "aa.Bb" * (SIZE // 5),
    "periods": "." * SIZE,
    "spaced-periods": ". " * (SIZE // 2),
    "question-marks": "?" * SIZE,
    "straight-quotes": '"' * SIZE,
    "curly-quotes": "“" * SIZE,
    "unclosed-quotes": "“a " * (SIZE // 3),
    "closing-quotes-after-period": "." + "”" * SIZE + " A",
    "spaces": " " * SIZE,
    "newlines": "\n" * SIZE,
    "single-line-of-sentences": "Mr. A. Smith said no. " * (SIZE // 22),
    "abbreviations": "U.S. " * (SIZE // 5),
    "list-markers": "1. 2. 3. a) b) " * (SIZE // 15),
    "bullets": "• " * (SIZE // 2),
    "long-token-then-period": "x" * SIZE + ". The",
    "long-whitespace-after-period": "He left." + " " * SIZE + "Then",
}


@pytest.mark.parametrize("name", list(HOSTILE_INPUTS))
def test_hostile_input(name: str) -> None:
    # Correctness only; linear time is checked by hand (see the module's docstring), not asserted here.
    text = HOSTILE_INPUTS[name]
    check_spans(text, sentences(text))
    check_spans(text, paragraphs(text))
