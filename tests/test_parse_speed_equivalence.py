"""The parser's fast paths give exactly what the plain recipes they replace give (properties)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.ids import ID_DIGITS, claim_id, normalise
from claimtrack.parse import segment
from claimtrack.parse.back_reference import _MAYBE_POINTED, _maybe_pointer
from claimtrack.parse.cues import CueHit, cue_at, cue_pattern, cues_in, first_words
from claimtrack.parse.dates import _REQUIRED, PATTERNS, _families
from claimtrack.parse.kinds import _finders, any_of, keys, padded, statement_kind
from claimtrack.parse.phrase_forms import _AS
from claimtrack.parse.pronouns import _UNKNOWN, _opening_person, opening_person
from claimtrack.parse.reviews import _on_lines, _patterns
from claimtrack.parse.speakers import _classify, classify, forget
from claimtrack.parse.tokens import _LEAD, _TRAIL, Token, _keeps_period, leading_words, tokenize
from claimtrack.parse.trie import alternation
from claimtrack.parse.unattributed import (
    _BE,
    _CLOSERS,
    _DEMONSTRATIVES,
    _FIRST_PERSON,
    _GLOSS_REACH,
    _LEADING,
    _NOT_INTERROGATIVE,
    _QUOTED,
    _anchored,
    _glossed,
    _headline,
    _maybe_weak,
    _past_inability,
    _Phrases,
    _tables,
    _words,
    _writers_part,
    clauses,
    commentary,
    splice_pattern,
)
from claimtrack.rules import DEFAULT_RULES, Rules
from claimtrack.rules.abbreviations import DEFAULT_ABBREVIATIONS, Abbreviations

_WORDS = st.lists(st.text(alphabet="abc.-'’ ", min_size=0, max_size=6), max_size=12)
_TEXT = st.text(alphabet=" \n\t\u00a0abcAB12.,;:!?'’‘—–-…\"“”«»()[]", max_size=60)
_PHRASE = st.text(alphabet="abA ,;'’-", max_size=16)  # few letters: entries often occur in clauses
_CHUNK = re.compile(r"""[^\s"“”«»„()\[\]—]+—*""")  # an em dash ends a chunk; dashes alone make no word


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, probe=st.text(alphabet="abc.-'’ ", max_size=8))
def test_a_trie_matches_exactly_its_words(words: list[str], probe: str) -> None:
    pattern = re.compile(alternation(words))
    assert bool(pattern.fullmatch(probe)) == (probe in words and probe != "")
    assert bool(pattern.search(probe)) == any(w and w in probe for w in words)


def _plain_tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokenizer as first written: one chunk at a time, trimmed character by character."""
    out: list[Token] = []
    for m in _CHUNK.finditer(text, start, end):
        s, e = m.span()
        while s < e and text[s] in _LEAD:
            s += 1
        stop = e
        while stop > s and text[stop - 1] in _TRAIL:
            if text[stop - 1] == "." and _keeps_period(text, s, stop - 1):
                break
            stop -= 1
        if stop > s:
            out.append(Token(s, stop, text[s:stop], text[stop:e]))
    return out


@settings(max_examples=500, deadline=None)
@given(text=_TEXT, cut=st.tuples(st.integers(0, 60), st.integers(0, 60)))
def test_tokenize_gives_what_the_plain_loop_gives(text: str, cut: tuple[int, int]) -> None:
    start, end = min(cut), min(max(cut), len(text))
    start = min(start, end)
    assert tokenize(text, start, end) == _plain_tokenize(text, start, end)


def test_an_em_dash_between_words_parts_them() -> None:
    # "the plan—which failed—was": words as with spaces round the dash, the dash after the first
    words = tokenize("the plan—which failed—was", 0, 26)
    assert [(w.text, w.after) for w in words] == [
        ("the", ""),
        ("plan", "—"),
        ("which", ""),
        ("failed", "—"),
        ("was", ""),
    ]


_SHAPES = st.text(alphabet=" aA.\"'“”„«»‘’", max_size=30)  # every quotation-mark shape ids straighten


@settings(max_examples=500, deadline=None)
@given(speaker=st.one_of(st.none(), _TEXT, _SHAPES), content=st.one_of(_TEXT, _SHAPES))
def test_claim_ids_follow_the_documented_recipe(speaker: str | None, content: str) -> None:
    shapes = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})

    def recipe_normalise(words: str) -> str:
        folded = re.sub(r"\s+", " ", words.translate(shapes)).strip().casefold()
        return re.sub(r"[\s.,;:!?\"']+$", "", folded)

    assert normalise(content) == recipe_normalise(content)
    blob = json.dumps(
        [recipe_normalise(speaker or ""), recipe_normalise(content)],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    assert claim_id(speaker, content) == "c-" + hashlib.sha256(blob.encode("utf-8")).hexdigest()[:ID_DIGITS]


@settings(max_examples=500, deadline=None)
@given(entries=st.lists(_PHRASE, max_size=8), clause=_PHRASE)
def test_a_phrase_table_is_found_where_a_word_by_word_test_finds_it(entries: list[str], clause: str) -> None:
    table = _Phrases(tuple(entries), lower=False)
    words = _words(clause)
    plain = any(table.at(words, i) for i in range(len(words)) if words[i] in table.by_first)
    assert table.anywhere(words) == plain


def _plain_commentary(piece: str, rules: Rules) -> str | None:
    """`commentary` as first written: every word list built and every table searched in turn."""
    body = piece.rstrip(_CLOSERS)
    if body.endswith("?"):
        return "question"
    if body.endswith("!"):
        return "exclamation"
    unquoted = _QUOTED.sub(" ", piece)
    if _FIRST_PERSON.search(unquoted):
        return "first or second person"
    t = _tables(rules)
    impersonal = re.compile(t.impersonal.pattern.replace(r"it(?<=\bit)", r"\bit", 1), re.VERBOSE)
    cased = _words(unquoted)
    words = [w.lower() for w in cased]
    if not words:
        return None
    i = 0
    while i < min(3, len(words) - 1) and words[i] in _LEADING:
        i += 1
    if (
        len(words) > i + 1
        and words[i] in rules.question_words
        and words[i] not in _NOT_INTERROGATIVE
        and words[i + 1] in rules.auxiliaries
        and not (words[i] in ("what", "who") and words[i + 1] in _BE)
    ):
        return "question"
    if t.openings.at(words, 0) or t.openings.at(words, i):
        return "writer talk"
    if t.conditions.at(words, i):
        return "condition"
    if t.anywhere.anywhere(words):
        return "subjective frame"
    writers = _writers_part(piece, rules)
    if writers != piece:
        mine = len(_words(_QUOTED.sub(" ", writers)))
        cased, words = cased[:mine], words[:mine]
    if impersonal.search(" ".join(words)):
        return "impersonal judgement"
    if _headline(cased):
        cased = words
    if t.strong.anywhere(cased):
        return "modal"
    weak = None
    if len(words) > i and words[i] in _DEMONSTRATIVES and _glossed(words[i + 1 : i + 1 + _GLOSS_REACH], t):
        weak = "gloss"
    elif _maybe_weak(cased, words, i, t) and t.weak.anywhere(
        _past_inability([w.lower() if j <= i else w for j, w in enumerate(cased)])
    ):
        weak = "evaluative"
    if weak and not _anchored(piece, cased, words, t):
        return weak
    return None


_CLAUSE_WORDS = st.sampled_from(
    ["It", "it", "it's", "is", "was", "clear", "now", "expected", "to", "could", "Could", "not", "Not",
     "should", "Should", "May", "may", "would", "This", "this", "means", "remarkably", "Remarkably",
     "wants", "said", "says", "“it is clear”", '"we"', "Tuesday", "tuesday", "5", "won", "The", "Vote",
     "Senate", "Passed", "Quietly", "Aligning", "But", "however", ",", ";", "if", "Why", "did", "we",
     "here", "is", "perhaps", "seems", "likely", "one", "might", "Lavrov’s", "couldn’t", "-it", "care"]
)  # fmt: skip
_ODD_RULES = DEFAULT_RULES.extend(strong_modals=("Vote",), evaluative=("Quietly", "not won", "couldn't care"))


@settings(max_examples=1000, deadline=None)
@given(
    words=st.lists(_CLAUSE_WORDS, min_size=1, max_size=14),
    end=st.sampled_from([".", "?", "!", "", ".”"]),
    odd=st.booleans(),
)
def test_commentary_gives_what_the_plain_recipe_gives(words: list[str], end: str, odd: bool) -> None:
    piece = " ".join(words) + end
    rules = _ODD_RULES if odd else DEFAULT_RULES  # capitalised entries: no lower-case shortcut
    assert commentary(piece, rules) == _plain_commentary(piece, rules)


_DATE_WORDS = st.sampled_from(
    ["March", "MAY", "may", "Sept.", "Tuesday", "tuesday", "14", "14th", "2016", "3/14/2016", "2016-03-14",
     "last", "this", "week", "year", "mid-", "early", "the end of", "of", "summer", "ago", "two", "in"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(words=st.lists(_DATE_WORDS, max_size=8), glue=st.sampled_from([" ", ", ", "  "]))
def test_every_date_match_holds_the_part_its_pattern_requires(words: list[str], glue: str) -> None:
    text = glue.join(words)
    for name, required in _REQUIRED.items():
        for m in PATTERNS[name].finditer(text):
            assert required.search(m.group()), (name, m.group())


_FAMILY_WORDS = st.sampled_from(
    ["March", "MARCH", "march", "Tuesday", "TUESDAY", "tuesday", "14", "2016", "٣", "last", "this", "the",
     "end of", "week", "Weekend", "YEAR", "years", "Days", "two", "a", "few", "coming", "ago", "AGO",
     "from", "now", "hence", "in", "within", "ſpring", "Summer", "fall", "TODAY", "tonight", "Night",
     "yeſterday", "morning", "é", "of"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(words=st.lists(_FAMILY_WORDS, max_size=8), glue=st.sampled_from([" ", ", ", "  ", "-"]))
def test_the_families_up_front_hold_every_pattern_that_matches(words: list[str], glue: str) -> None:
    text = "x " + glue.join(words) + " y"
    families = _families(text, 2, len(text) - 2)
    for name, pattern in PATTERNS.items():
        if pattern.search(text, 2, len(text) - 2):
            assert name in families, (name, text)


_OPENING_WORDS = st.sampled_from(
    ["In", "in", "a", "statement", "issued", "Tuesday", "Tuesday,", "But", "However,", "Also", "And", "The",
     "the", "economist", "Robert", "Shapiro", "Shapiro,", "Mr.", "Mrs.", "Obama's", "Clinton’s", "bet", "is",
     "Foreign", "Minister", "Sergei", "Lavrov", "of", "Russia", "minister", "U.S.", "Sen.", "said", "he",
     "—", "“We", "(R-Fla.)", "Jane", "Doe", "Governor", "while", "With", "2016", "on", "Monday;"]
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(
    opening=st.sampled_from(["", "In ", "With ", "After ", "But in "]),  # an opening phrase to pass over
    words=st.lists(_OPENING_WORDS, min_size=1, max_size=30),
    cut=st.integers(0, 200),
)
def test_an_opening_read_from_the_first_words_is_the_whole_sentences_or_unknown(
    opening: str, words: list[str], cut: int
) -> None:
    text = opening + " ".join(words) + " did it."
    whole = tokenize(text, 0, len(text))
    first = tokenize(text, 0, min(cut, len(text)))
    if cut < len(text) and first:
        first.pop()  # the word at the cut may be cut short
    found = _opening_person(text, first, DEFAULT_RULES, whole=cut >= len(text))
    assert found is _UNKNOWN or found == opening_person(text, whole, DEFAULT_RULES)


def _plain_statement_kind(low: str, rules: Rules) -> str:
    """`statement_kind` with every marker table read by a substring test per marker (the promise and
    pledge openings and the main clause read as the parser reads them: they are not what is compared)."""
    f = _finders(rules)
    for phrase in rules.not_markers:
        if phrase in low:
            low = low.replace(f" {phrase} ", " ~ ")
    promise = f.promise.match(low.lstrip()) is not None
    futures = (*rules.future_markers, *rules.scheduled)
    if not any(m in low for m in (*rules.opinion_markers, *futures)):
        pledged = (" we " in low or " i " in low) and f.intent.search(f.main_clause(low))
        return "promise" if promise or pledged else "statement"
    if any(m in low for m in rules.opinion_markers):
        return "opinion"
    main = f.main_clause(low)
    if promise or f.pledge.search(main):
        return "promise"
    if any(m in low for m in futures) and any(m in main for m in futures):
        return "prediction"
    return "statement"


_KIND_WORDS = st.sampled_from(
    ["we", "I", "will", "Will", "won’t", "think", "tank", "think-tank", "tanks", "free", "political", "good",
     "goodwill", "ill", "it", "is", "it's", "it’s", "important", "importantly", "vital", "need", "needs",
     "to", "should", "our", "position", "in", "my", "opinion", "going", "be", "plans", "set", "expected",
     "due", "about", "held", "they'll", "expects", "bit", "the", "vote", "5", ",", "said"]
)  # fmt: skip
_ODD_KIND_RULES = DEFAULT_RULES.extend(
    not_markers=("", "  ", "ill will ", "think"), opinion_markers=("ant",), future_markers=("t i",)
)


@settings(max_examples=1000, deadline=None)
@given(words=st.lists(_KIND_WORDS, max_size=14), odd=st.booleans(), pad=st.booleans())
def test_statement_kind_gives_what_the_plain_recipe_gives(words: list[str], odd: bool, pad: bool) -> None:
    rules = _ODD_KIND_RULES if odd else DEFAULT_RULES
    content = " ".join(words)
    low = padded(content) if pad else content  # the keys hold in any string, padded or not
    assert statement_kind(low, rules) == _plain_statement_kind(low, rules)


@settings(max_examples=500, deadline=None)
@given(phrases=st.lists(_PHRASE, max_size=8), text=_PHRASE)
def test_a_string_holding_no_key_holds_no_phrase(phrases: list[str], text: str) -> None:
    found = keys(phrases)
    assert all(any(k in p for k in found) for p in phrases)
    if any_of(phrases).search(text):
        assert any(k in text for k in found)


def _plain_period_ends(
    text: str, token: str | None, i: int, *, sentence: int, q: int, hi: int, abbreviations: Abbreviations
) -> bool:
    """`segment._period_ends` as first written: every table tried in turn, the next word read first."""
    if not token or token[-1] in segment._CLOSERS:
        return True
    label = segment._LIST_LABEL.fullmatch(token)
    if len(token) <= 3 and label and segment._first_token(text, sentence, i - len(token)):
        return False
    if segment._in(abbreviations.never_final, token):
        return False
    word = segment._WORD.match(text, q, min(hi, q + segment._LOOK_AHEAD))
    following = word.group() if word else ""
    if segment._in(abbreviations.usually_final, token):
        ends = following not in abbreviations.continuations
    elif segment._in(abbreviations.may_end, token) or all(
        len(p) == 1 and p.isalpha() for p in token.split(".")
    ):
        ends = following in abbreviations.sentence_starters
    else:
        return True
    return ends and (i - sentence > 80 or len(text[sentence:i].split()) >= abbreviations.min_words)


_ABBREVIATIONS = sorted(
    DEFAULT_ABBREVIATIONS.never_final | DEFAULT_ABBREVIATIONS.may_end | DEFAULT_ABBREVIATIONS.usually_final
)
_TOKENS = st.one_of(
    st.sampled_from(_ABBREVIATIONS),
    st.sampled_from(_ABBREVIATIONS).map(str.upper),
    st.sampled_from(_ABBREVIATIONS).map(str.title),
    st.text(alphabet='aAbZ1.’"é', min_size=1, max_size=6),
    st.sampled_from(["said", "U.S", "W", "J.R.R", "1", "a", "iv", "Jr", "p.m", "", "x.", "“Mr"]),
)
_FOLLOWING = st.one_of(
    st.sampled_from(sorted(DEFAULT_ABBREVIATIONS.sentence_starters | DEFAULT_ABBREVIATIONS.continuations)),
    st.text(alphabet="TaE1 ", max_size=5),
)
_ODD_ABBREVIATIONS = Abbreviations(never_final={"Zz"}, may_end={"b1"}, usually_final={"A.B"}, min_words=1)


@settings(max_examples=1000, deadline=None)
@given(
    before=st.lists(st.sampled_from(["He", "left", "at", "5", "The", "“", "•"]), max_size=20),
    token=_TOKENS,
    following=_FOLLOWING,
    odd=st.booleans(),
)
def test_a_period_ends_a_sentence_where_the_plain_recipe_says(
    before: list[str], token: str, following: str, odd: bool
) -> None:
    abbreviations = _ODD_ABBREVIATIONS if odd else DEFAULT_ABBREVIATIONS
    head = " ".join([*before, token])
    text = f"{head}. {following}"
    i, q = len(head), len(head) + 2
    args = {"sentence": 0, "q": q, "hi": len(text), "abbreviations": abbreviations}
    found = segment._period_ends(text, token, i, **args)
    assert found == _plain_period_ends(text, token, i, **args)


def test_commentary_gives_what_the_plain_recipe_gives_on_the_seed_articles() -> None:
    seeds = sorted((Path(__file__).parent / "data" / "seeds").glob("*.txt"))
    assert seeds
    splice = splice_pattern(DEFAULT_RULES)
    for seed in seeds:
        text = seed.read_text(encoding="utf-8")
        for span in segment.sentences(text):
            for s, e in clauses(text, span, splice):
                piece = text[s:e]
                assert commentary(piece, DEFAULT_RULES) == _plain_commentary(piece, DEFAULT_RULES), piece


_PRESS_WORDS = st.sampled_from(
    ["the", "The", "a", "As", "an", "daily", "newspaper", "paper", "Vatan", "Aftab-e", "Yazd", "MILLIYET's",
     "Hamrah", "reformist", "close", "to", "title", "headline", "of", ",", ".", "\n", "’s", "s", "weekly"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(words=st.lists(_PRESS_WORDS, max_size=16), glue=st.sampled_from([" ", "", "\n"]))
def test_the_press_phrases_read_line_by_line_are_those_of_the_whole_text(words: list[str], glue: str) -> None:
    text = glue.join(words)
    _, _, naming, owned = _patterns(DEFAULT_RULES)
    for table, pattern in ((DEFAULT_RULES.paper_nouns, naming), (DEFAULT_RULES.paper_parts, owned)):
        whole = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _on_lines(text, table, pattern)] == whole


_POINTER_WORDS = st.sampled_from(
    ["said", "stated", "Lavrov", "this", "This", "so", "so.", "that", "that.", "that?", "thatch", "soon",
     "by", "was", ",", "-", "told", "reported", "this,", "wrote"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    words=st.lists(_POINTER_WORDS, max_size=10), glue=st.sampled_from([" ", "", "  "]), cut=st.integers(0, 80)
)
def test_a_sentence_with_an_active_pointer_passes_the_first_test(
    words: list[str], glue: str, cut: int
) -> None:
    text = glue.join(words)
    end = min(cut, len(text))
    if _maybe_pointer(DEFAULT_RULES).search(text, 0, end):
        assert _MAYBE_POINTED.search(text, 0, end)


def test_a_phrase_classified_again_gets_the_answer_of_its_own_text() -> None:
    first, second = "Lavrov said it.", "Ashton said it."  # the same offsets, other words
    for text in (first, second, first):
        words = tokenize(text, 0, 6)
        assert classify(text, words, DEFAULT_RULES) == _classify(text, words, DEFAULT_RULES)
        assert classify(text, words, DEFAULT_RULES) is classify(text, list(words), DEFAULT_RULES)
    forget()
    words = tokenize(first, 0, 6)
    assert classify(first, words, DEFAULT_RULES) == _classify(first, words, DEFAULT_RULES)


@settings(max_examples=1000, deadline=None)
@given(
    text=st.text(alphabet="aAsSſıK_1 .-’", max_size=12), cut=st.tuples(st.integers(0, 12), st.integers(0, 12))
)
def test_the_word_as_is_found_where_the_case_blind_pattern_finds_it(text: str, cut: tuple[int, int]) -> None:
    start, end = min(cut), min(max(cut), len(text))
    plain = re.compile(r"\bas\b", re.IGNORECASE)
    assert [m.span() for m in _AS.finditer(text, start, end)] == [
        m.span() for m in plain.finditer(text, start, end)
    ]


def _plain_cue_at(words: list[Token], i: int, rules: Rules) -> CueHit | None:
    """`cue_at` as first written: the phrases of three and two words looked up after every cue word."""
    word = words[i].text
    low = word.lower()
    if low not in first_words(rules):
        return None
    if i + 2 < len(words) and not words[i].after and not words[i + 1].after:
        entry = rules.cues.get(f"{low} {words[i + 1].text.lower()} {words[i + 2].text.lower()}")
        if entry is not None and word.islower():
            return CueHit(i, i + 2, entry[0], entry[1], entry[2])
    if i + 1 < len(words) and not words[i].after:
        pair = f"{low} {words[i + 1].text.lower()}"
        if pair in rules.according_to:
            return CueHit(i, i + 1, "according to", "statement", "according")
        dated = i + 2 < len(words) and (
            words[i + 2].text in rules.months_and_days or words[i + 2].text.isdigit()
        )
        if pair in rules.about_cues and not dated:
            entry = rules.cues.get(low)
            lemma = entry[0] if entry else low
            return CueHit(i, i + 1, lemma, "statement", "about")
        entry = rules.cues.get(pair)
        if entry is not None and word.islower():
            return CueHit(i, i + 1, entry[0], entry[1], entry[2])
    entry = rules.cues.get(low)
    headline = (
        0 < i < len(words) - 1
        and word.istitle()
        and words[i - 1].text[:1].isupper()
        and words[i + 1].text[:1].isupper()
        and not words[i - 1].after
    )
    if entry is not None and (word.islower() or headline) and " " not in low:
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt.start == words[i].end + 1 and f"{low} {nxt.text}" in rules.idioms:
            return None
        return CueHit(i, i, entry[0], entry[1], entry[2])
    return None


_CUE_WORDS = st.sampled_from(
    ["quoted", "Quoted", "as", "saying", "according", "According", "ACCORDING", "to", "TO", "said", "told",
     "reporters", "reported", "on", "Tuesday", "5", "wrote", "about", "is", "confident", "the", "Smith",
     "spoke", "with", "made", "remarks", "cited", "adding", "pointed", "out"]
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(
    words=st.lists(_CUE_WORDS, min_size=1, max_size=5),
    commas=st.lists(st.booleans(), min_size=5, max_size=5),
    odd=st.booleans(),
)
def test_cue_at_gives_what_the_plain_recipe_gives(words: list[str], commas: list[bool], odd: bool) -> None:
    rules = (
        DEFAULT_RULES.extend(cues={"said it all": ("say", "statement", "clause")}) if odd else DEFAULT_RULES
    )
    text = " ".join(w + ("," if c else "") for w, c in zip(words, commas, strict=False))
    tokens = tokenize(text, 0, len(text))
    for i in range(len(tokens)):
        assert cue_at(tokens, i, rules) == _plain_cue_at(tokens, i, rules)


def _searched_cues(text: str, words: list[Token], rules: Rules, start: int, stop: int) -> list[CueHit]:
    """`cues_in` as it read the words before: a search of `cue_pattern` over them, each match at a
    word's start tried with `cue_at`."""
    hits: list[CueHit] = []
    if start >= stop:
        return hits
    i = start
    for m in cue_pattern(rules).finditer(text, words[start].start, words[stop - 1].end):
        k = next((j for j in range(i, stop) if words[j].start >= m.start()), stop)
        if k == stop or words[k].start != m.start():
            continue
        hit = cue_at(words, k, rules)
        if hit is not None:
            hits.append(hit)
            i = hit.last + 1
    return hits


_CUE_GLUE = st.sampled_from(
    [" ", " ", ", ", "-", "'", "’", ".", "/", "_", " “", "” ", "é", " -", "2", "' ", "’ ", "- ", " '", " ’"]
)


@settings(max_examples=1000, deadline=None)
@given(
    words=st.lists(st.one_of(_CUE_WORDS, st.sampled_from(["co", "signed", "co-signed", "SAID"])), max_size=8),
    glue=st.lists(_CUE_GLUE, min_size=9, max_size=9),
    cut=st.tuples(st.integers(0, 8), st.integers(0, 9)),
    odd=st.booleans(),
)
def test_cues_in_gives_what_the_search_gave(
    words: list[str], glue: list[str], cut: tuple[int, int], odd: bool
) -> None:
    rules = (
        DEFAULT_RULES.extend(cues={"co-signed": ("sign", "statement", "clause")}) if odd else DEFAULT_RULES
    )
    text = glue[0] + "".join(w + g for w, g in zip(words, glue[1:], strict=False))
    tokens = tokenize(text, 0, len(text))
    start, stop = min(cut[0], len(tokens)), min(cut[1], len(tokens))
    if not tokens:
        return
    assert cues_in(text, tokens, rules, start, stop) == _searched_cues(text, tokens, rules, start, stop)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, start=st.integers(min_value=0, max_value=60), count=st.integers(min_value=1, max_value=12))
def test_leading_words_are_the_first_words_tokenize_gives(text: str, start: int, count: int) -> None:
    start = min(start, len(text))
    every = tokenize(text, start, len(text))
    leading = leading_words(text, start, len(text), count)
    assert leading == every[: len(leading)]
    assert len(leading) >= min(count, len(every))
