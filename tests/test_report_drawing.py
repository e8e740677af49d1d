"""The reporter's own drawing and wrapping agree with the libraries they stand in for, on generated input:
`formats._draw` with tabulate for every format it draws, `wrap.fill` with textwrap; and the column
shares keep a table within its width whenever the fixed columns leave room."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tabulate import tabulate

from claimtrack.report import formats, wrap

DRAWN = [f for f in formats.FORMATS if formats._line_spec(f) is not None]

word = st.text(st.sampled_from("abcxyz✔é-/.:"), min_size=1, max_size=14)
phrase = st.lists(word, min_size=1, max_size=12).map(" ".join)
cell = st.one_of(st.just(""), phrase)


def test_the_common_formats_are_drawn_directly() -> None:
    assert {"simple", "plain", "grid", "github", "markdown", "psql", "rounded_grid"} <= set(DRAWN)
    assert "pretty" not in DRAWN
    assert "rst" not in DRAWN


@pytest.mark.parametrize("fmt", DRAWN)
@settings(max_examples=40, deadline=None)
@given(
    headers=st.lists(word, min_size=3, max_size=3),
    rows=st.lists(st.tuples(phrase, cell, cell), min_size=1, max_size=5),
    width=st.integers(min_value=1, max_value=20),
)
def test_draw_matches_tabulate(
    fmt: str, headers: list[str], rows: list[tuple[str, str, str]], width: int
) -> None:
    wrapped = [[wrap.fill(c, width) for c in row] for row in rows]
    spec = formats._line_spec(fmt)
    expected = tabulate(wrapped, headers=headers, tablefmt=formats.tabulate_name(fmt), disable_numparse=True)
    assert formats._draw(headers, wrapped, spec) == "\n".join(line.rstrip() for line in expected.splitlines())


@settings(max_examples=300, deadline=None)
@given(text=phrase, width=st.integers(min_value=1, max_value=40))
def test_fill_matches_textwrap(text: str, width: int) -> None:
    expected = textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=False)
    assert wrap.fill(text, width).split("\n") == [line.rstrip() for line in expected]


@settings(max_examples=300, deadline=None)
@given(text=phrase, width=st.integers(min_value=1, max_value=40))
def test_fill_keeps_every_character_and_the_width(text: str, width: int) -> None:
    lines = wrap.fill(text, width).split("\n")
    assert all(len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


@settings(max_examples=300, deadline=None)
@given(
    natural=st.lists(st.integers(min_value=0, max_value=120), min_size=6, max_size=6),
    budget=st.integers(min_value=0, max_value=300),
)
def test_share_fits_when_it_can(natural: list[int], budget: int) -> None:
    flexible = {1: 3, 2: 2, 3: 1}
    widths = wrap.share(natural, budget, flexible)
    assert [widths[i] for i in (0, 4, 5)] == [natural[i] for i in (0, 4, 5)]  # fixed columns keep theirs
    assert all(0 < widths[i] <= max(natural[i], wrap.MIN_FLEX) or natural[i] == 0 for i in flexible)
    lowest = sum(min(natural[i], wrap.MIN_FLEX) for i in flexible)
    fixed = sum(natural[i] for i in (0, 4, 5))
    if fixed + lowest <= budget:
        assert sum(widths) <= budget
    if sum(natural) <= budget:
        assert widths == natural


any_text = st.text(min_size=1, max_size=60).filter(lambda t: t.strip() != "")


@settings(max_examples=60, deadline=None)
@given(text=any_text, excerpt=st.one_of(st.none(), any_text), width=st.integers(min_value=0, max_value=160))
def test_any_claim_text_renders_in_every_format(text: str, excerpt: str | None, width: int) -> None:
    from claimtrack import Claim, Evidence
    from claimtrack.report import claim_table

    claim = Claim(
        id="c-0123456789",
        text=text,
        spans=[(0, 1)],
        article="a-0123456789",
        evidence=[Evidence("https://e.example/<x>", "refutes", excerpt=excerpt)],
    )
    for fmt in formats.FORMATS:
        out = claim_table([claim], fmt, width or None)
        assert out.endswith("\n")
        if fmt == "html":
            assert "<x>" not in out
            assert ("<" in text) <= ("&lt;" in out)


@pytest.mark.parametrize("fmt", ["plain", "grid", "colon_grid", "mediawiki", "github"])
def test_control_characters_are_shown_not_obeyed(fmt: str) -> None:
    # An escape sequence in a claim must not clear the reader's terminal; "\x01" is tabulate's own
    # marker for a separating line and must not be read as one.
    from claimtrack import Claim
    from claimtrack.report import claim_table

    claim = Claim(id="c-0123456789", text="\x01 cleared\x1b[2J", spans=[(0, 1)], article="a-0123456789")
    out = claim_table([claim], fmt, None)
    assert "\x1b" not in out
    assert "\x01" not in out
    assert "␁ cleared␛[2J" in out
