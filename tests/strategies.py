"""Hypothesis strategies for the data model, shared by the model, serialisation and store tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from claimtrack.model import (
    CLAIM_KINDS,
    QUOTES,
    SPEAKER_KINDS,
    STANCES,
    Appearance,
    Article,
    Claim,
    Cue,
    Dateline,
    DateRange,
    Evidence,
    Outlet,
    Section,
    Speaker,
    StatusChange,
)

# Text as people type it into a claim file: any printable character, curly quotes, accents, YAML's
# troublesome words and characters ("no", "on", ": ", "#", leading "-"), newlines inside long text.
words = st.one_of(
    st.sampled_from(
        ["no", "on", "off", "yes", "null", "~", "1:20", "2016-03-14", "0x1F", "- a", "#tag", "a: b"]
    ),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=200),
).filter(lambda s: bool(s.strip()))
optional_words = st.none() | words
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
optional_dates = st.none() | dates
offsets = st.integers(min_value=0, max_value=10**7)


@st.composite
def spans(draw: st.DrawFn, min_size: int = 1) -> tuple[tuple[int, int], ...]:
    """Ordered, non-overlapping, non-empty spans."""
    cuts = sorted(draw(st.sets(offsets, min_size=2 * min_size, max_size=8)))
    if len(cuts) % 2:
        cuts = cuts[:-1]
    return tuple((cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2))


def one_span() -> st.SearchStrategy[tuple[int, int]]:
    return st.tuples(offsets, offsets).map(lambda p: (min(p), max(p)))


speakers = st.builds(
    Speaker, name=words, kind=st.sampled_from(SPEAKER_KINDS), role=optional_words, span=st.none() | one_span()
)
cues = st.builds(Cue, text=words, lemma=words, span=st.none() | one_span())
outlets = st.builds(Outlet, name=words, span=st.none() | one_span())
date_ranges = st.tuples(dates, dates, st.text(max_size=20)).map(
    lambda t: DateRange(start=min(t[0], t[1]), end=max(t[0], t[1]), text=t[2])
)
evidence = st.builds(
    Evidence,
    url=words,
    stance=st.sampled_from(STANCES),
    title=optional_words,
    publisher=optional_words,
    excerpt=optional_words,
    date=optional_dates,
    added_by=optional_words,
)
changes = st.builds(
    StatusChange, date=dates, to=words, from_=optional_words, by=optional_words, note=optional_words
)
appearances = st.builds(
    Appearance,
    article=words,
    outlet=optional_words,
    url=optional_words,
    date=optional_dates,
    first=st.booleans(),
)
claims = st.builds(
    Claim,
    id=words,
    text=words,
    spans=spans(),
    article=words,
    speaker=st.none() | speakers,
    cue=st.none() | cues,
    outlet=st.none() | outlets,
    via=st.lists(words, max_size=3),
    quote=st.sampled_from(QUOTES),
    kind=st.sampled_from(CLAIM_KINDS),
    said_on=optional_dates,
    when=st.none() | date_ranges,
    rule=words,
    status=words,
    evidence=st.lists(evidence, max_size=3),
    history=st.lists(changes, max_size=3),
    appearances=st.lists(appearances, max_size=3),
)
datelines = st.builds(Dateline, place=optional_words, outlet=optional_words, span=st.none() | one_span())
sections = st.tuples(one_span(), optional_words, optional_words, optional_dates, st.none() | datelines).map(
    lambda t: Section(start=t[0][0], end=t[0][1], outlet=t[1], title=t[2], published=t[3], dateline=t[4])
)
articles = st.builds(
    Article,
    id=words,
    text_hash=words,
    title=optional_words,
    outlet=optional_words,
    published=optional_dates,
    url=optional_words,
    dateline=st.none() | datelines,
    sections=st.lists(sections, max_size=3),
)


# Articles as the store records them: a real text, claims whose spans slice it and whose ids follow
# claimtrack.ids (so the same sentence by the same speaker in two articles is one claim).
_WORDS = ["the", "minister", "said", "prices", "rose", "by", "ten", "percent", "in", "April", "Tokyo"]
_WORDS += ["Moscow", "talks", "will", "resume", "no", "on", "yes", "2016", "«quoted»", "“curly”", "café"]
_NAMES = ["Igor Morgulov", "Sergei Lavrov", "Fumio Kishida", "the ministry"]


@st.composite
def stored_articles(draw: st.DrawFn, max_claims: int = 4) -> Article:
    """An article with text, and claims (ids from `claim_id`) whose spans slice that text exactly."""
    from claimtrack.ids import article_id, claim_id, text_hash

    sentences = draw(
        st.lists(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=10), min_size=1, max_size=6)
    )
    pieces: list[str] = []
    places: list[tuple[int, int]] = []
    offset = 0
    for sentence_words in sentences:
        sentence = " ".join(sentence_words).capitalize() + "."
        places.append((offset, offset + len(sentence) - 1))
        pieces.append(sentence)
        offset += len(sentence) + 1
    text = " ".join(pieces) + "\n"
    meta = {
        "title": draw(st.none() | st.sampled_from(["Talks", "Prices rise", "no"])),
        "outlet": draw(st.none() | st.sampled_from(["Sputnik", "TASS", "The Japan Times"])),
        "published": draw(optional_dates),
        "url": draw(st.none() | st.just("https://example.org/a")),
    }
    aid = article_id(text, **meta)
    chosen = draw(st.lists(st.sampled_from(range(len(places))), max_size=max_claims, unique=True))
    found = []
    for index in sorted(chosen):
        start, end = places[index]
        name = draw(st.none() | st.sampled_from(_NAMES))
        content = text[start:end]
        found.append(
            Claim(
                id=claim_id(name, content),
                text=content,
                spans=[(start, end)],
                article=aid,
                speaker=Speaker(name) if name else None,
                said_on=meta["published"],
            )
        )
    return Article(id=aid, text_hash=text_hash(text), text=text, claims=found, **meta)
