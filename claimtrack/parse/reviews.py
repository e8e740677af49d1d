"""Press reviews as Iranian, Turkish and Arab agencies write them, and the papers a text names.

In a text about newspapers (`Rules.press_words`), a paragraph opening with a paper's name and a colon
is that paper's: "Kayhan: Celebrities' role in the unrest" alone on its line heads the paper's part,
which runs to the next such line; "Abrar: “...,” said the president" is one item, its paragraph. A
name heads a part when the rules know the outlet, when the text calls it a paper, or when a text
about several papers (`Rules.review_words`: "dailies", "front pages") has two such lines or more:
elsewhere they are subheads naming speakers ("Smith: The tax cut pays for itself"). Only a short
line with no final full stop, or a colon followed by a quotation mark, has that shape: a
transcript's "Smith: We will cut taxes." lines are speakers.

A name the text calls a paper ("the daily Vatan", "the reformist Hamrah newspaper", "the newspaper of
Vatan", "As a newspaper close to the reformists, Hamrah ...") is an outlet wherever it speaks (outside
a press review, a name right after "the newspaper" only before a comma or a full stop: in "the
newspaper Smith attacked" Smith is who attacked it); in a
press review, a paragraph naming so a paper other than the one whose part it stands in starts that
paper's part. Nationalities, days and places are no paper's name ("the Iranian newspaper").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping

import attrs

from claimtrack.parse.credits import known_outlet
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules

Span = tuple[int, int]

_TOKEN = r"[A-Z][\w'’]*(?:-[a-z]{1,3}|-[A-Z][\w'’]*){0,3}"  # "Kayhan", "Aftab-e", "Jomhouri-ye"
_NAME = rf"{_TOKEN}(?:[ ]{_TOKEN}){{0,2}}"  # "Aftab-e Yazd", "Donya-e Eqtesad"
_HEADER = re.compile(
    rf"""
    (?P<name>{_NAME})[ ]?:[ \u00a0]*  # "Kayhan: ", "Abrar:" (a quotation mark may follow at once)
    """,
    re.VERBOSE,
)
_HEADLINE_WORDS = 15  # a part's headline is short
_HEADLINE_LENGTH = 200  # characters, tested before the words are counted
_OPENER_REACH = 200  # characters of a paragraph read for the paper it names first
_APPOSED = (",", ".", ";", ":", ")", "")  # after "the daily Vatan" outside a review: an apposition
_QUOTES = '“"«'
_FINAL = ".!?"


@attrs.frozen
class Header:
    """A paper's name and colon opening a paragraph of a press review."""

    name: str
    body: int  # where the paragraph's prose starts after "Name: "
    whole: bool  # a headline alone on its line (the paper's part starts) or a quotation (one item)
    headline: str | None = None


@attrs.frozen
class Press:
    """What a text about newspapers holds: the papers it names, and where their parts start."""

    papers: frozenset[str] = frozenset()  # names called papers, or heading a part
    headers: Mapping[int, Header] = attrs.Factory(dict)  # by the start of their paragraph
    openers: Mapping[int, str] = attrs.Factory(dict)  # a paragraph naming a paper, in a press review


@functools.lru_cache(maxsize=16)
def _patterns(rules: Rules) -> tuple[re.Pattern[str], ...]:
    """The press words, the words of a review of several papers, the phrases calling a name a paper, and
    a name with what a paper prints."""
    press = re.compile(rf"\b{alternation(sorted(rules.press_words))}\b")
    review = re.compile(rf"\b{alternation(sorted(rules.review_words))}\b")
    nouns = alternation(sorted(rules.paper_nouns))
    clauses = alternation(sorted(rules.paper_clauses))
    parts = alternation(sorted(rules.paper_parts))
    naming = re.compile(
        rf"""
        \b{nouns}[ ](?P<of>of[ ])?(?P<after>{_NAME})  # "the daily Vatan", "the newspaper of Vatan"
        | \b(?:[Tt]he|an?|An?)[ ](?:[a-z][a-z-]*[ ]){{0,2}}(?P<before>{_NAME})[ ]{nouns}\b(?!s)
          # "the reformist Hamrah newspaper"
        | \bAs[ ]an?[ ](?:[a-z][a-z-]*[ ]){{0,2}}{nouns}(?:[ ]{clauses}\b[^,.\n]{{0,100}})?,[ ](?P<as>{_NAME})
          # "As a newspaper close to the reformists, Hamrah"
        """,
        re.VERBOSE,
    )
    # "MILLIYET's title": read only in a text about several papers, on the lines naming a paper's part
    # (a name may start anywhere, so this search costs more than the others)
    owned = re.compile(rf"(?P<owner>{_NAME})['’]s[ ]{parts}\b")
    return press, review, naming, owned


@functools.lru_cache(maxsize=16)
def _headline_pattern(rules: Rules) -> re.Pattern[str]:
    parts = alternation(sorted(rules.paper_parts))
    return re.compile(
        rf"""
        (?:was|is)[ ]  # "“C,” was VATAN's headline"
        (?P<owner>{_NAME})['’]s[ ]  # the paper's name and its possessive
        (?:[a-z-]+[ ]){{0,2}}?(?P<part>{parts})\b  # "headline", "front-page headline", "main headline"
        """,
        re.VERBOSE,
    )


def headline_owner(text: str, at: int, rules: Rules) -> tuple[Span, Span] | None:
    """ "“Historic day,” was VATAN's headline": the spans of the paper's name and of what it printed,
    when the words at `at` (after a quotation's closing mark and comma) say whose headline it was."""
    if not text.startswith(("was ", "is "), at):
        return None  # one test at C speed
    m = _headline_pattern(rules).match(text, at)
    if m is None or m.group("owner").split()[0] in rules.not_paper_names:
        return None
    return m.span("owner"), m.span("part")


def _on_lines(text: str, keys: frozenset[str], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose matches never cross a line's end and always hold one
    of `keys` (a paper noun, a paper's part): read only on the lines holding one, each once. The keys are
    found with `str.find`, far quicker than a regex over the whole text; each key's search only moves on
    (linear)."""
    found: list[re.Match[str]] = []
    ahead = {key: at for key in keys if key and (at := text.find(key)) >= 0}  # where each key is next
    pos = 0
    while ahead:
        hit = min(ahead.values())
        start = text.rfind("\n", pos, hit) + 1 or pos
        end = text.find("\n", hit)
        end = len(text) if end < 0 else end
        found.extend(pattern.finditer(text, start, end))  # a line's end reads as the text's end would
        pos = end
        for key, at in list(ahead.items()):
            if at < end:
                ahead[key] = text.find(key, end)
        ahead = {key: at for key, at in ahead.items() if at >= 0}
    return found


def read_press(text: str, paragraphs: list[Span], rules: Rules) -> Press:
    """The papers a text names and, in a text about newspapers, where the papers' parts start."""
    press, review, naming, owned = _patterns(rules)
    if press.search(text) is None:
        return Press()
    shaped = {s: h for s, e in paragraphs if (h := _header(text, s, e, rules)) is not None}
    reviewing = review.search(text) is not None
    called: dict[int, str] = {}
    # every phrase calling a name a paper holds a paper noun; every name with a part, the part
    matches = [
        *_on_lines(text, rules.paper_nouns, naming),
        *(_on_lines(text, rules.paper_parts, owned) if reviewing else ()),
    ]
    for m in sorted(matches, key=lambda m: m.start()):
        name = _paper_name(m, rules)
        if name is None:
            continue
        groups = m.groupdict()
        bare = groups.get("after") and not groups.get("of")  # "the newspaper Smith": a name or a clause
        if bare and not reviewing and text[m.end() : m.end() + 1] not in _APPOSED:
            continue  # "The newspaper Smith attacked reported ...": Smith is who attacked it
        called[m.start()] = name
    papers = frozenset(called.values())
    several = len({h.name for h in shaped.values()}) >= 2 and reviewing
    headers = {
        s: h
        for s, h in shaped.items()
        if several or h.name in papers or known_outlet(h.name, rules) is not None
    }
    if len(headers) == 1 and paragraphs and paragraphs[0][0] in headers:
        headers = {}  # "CNN: Clinton leads by 5 points": one such line heading the text is its title
    papers |= {h.name for h in headers.values()}
    openers: dict[int, str] = {}
    if headers:
        starts = sorted(called)
        for s, e in paragraphs:
            i = bisect.bisect_left(starts, s)
            if i < len(starts) and starts[i] < min(e, s + _OPENER_REACH) and s not in headers:
                openers[s] = called[starts[i]]
    return Press(papers=papers, headers=headers, openers=openers)


def _paper_name(m: re.Match[str], rules: Rules) -> str | None:
    """The name a phrase calls a paper, unless it is a nationality, a day or a place."""
    groups = m.groupdict()
    name = groups.get("after") or groups.get("before") or groups.get("as") or groups["owner"]
    first = name.split()[0]
    if first in rules.not_paper_names or first in rules.months_and_days or first in ("The", "A", "An"):
        return None
    if groups.get("before") and first.endswith(rules.not_paper_endings):
        return None  # "the Iranian newspaper"
    if groups.get("before") and m.group(0)[:2].lower() in ("a ", "an"):
        return None  # "a Baton Rouge newspaper": one paper of that place, not a paper of that name
    if name in rules.capitals or name in rules.countries or name in rules.colon_datelines:
        return None  # "the daily Iran" is an outlet by its role; the country keeps its name elsewhere
    return name


def _header(text: str, s: int, e: int, rules: Rules) -> Header | None:
    """ "Name: headline" alone on its line, or "Name: “quotation ...": the shape of a paper's part."""
    m = _HEADER.match(text, s, e)
    if m is None or m.end() >= e:
        return None
    name = m.group("name")
    if name.lower() in rules.labels or name in rules.months_and_days or name in rules.countries:
        return None  # "Update: ...", "Iran: ..." (a digest by country)
    if text[m.end()] in _QUOTES:
        return Header(name=name, body=m.end(), whole=False)
    if e - m.end() > _HEADLINE_LENGTH:
        return None
    rest = text[m.end() : e].rstrip()
    if "\n" in rest or rest[-1] in _FINAL or len(rest.split()) > _HEADLINE_WORDS or not rest[0].isupper():
        return None
    return Header(name=name, body=m.end(), whole=True, headline=rest)


def called_paper(name: str, papers: frozenset[str], rules: Rules) -> str | None:
    """The paper a speaker's name is, when the text calls that name a paper: "Hamrah", "The reformist
    Hamrah newspaper", "the newspaper of Vatan"."""
    if not papers or name in papers:
        return name if name in papers else None
    words = name.split()
    if "and" in words or not any(w.lower() in rules.publications for w in words):
        return None  # "The New York Times and the Gannett newspaper chain": not one paper
    named = [p for p in sorted(papers) if f" {p} " in f" {name} "]
    paper = max(named, key=len) if named else None  # "Jam-e Jam" rather than "Jam"
    if paper is None or not (name.endswith(paper) or words[-1].lower() in rules.publications):
        return None  # "the Hamrah newspaper chain"
    return paper
