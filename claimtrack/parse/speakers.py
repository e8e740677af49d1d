"""Who a speaker phrase names: a person with a role, an organisation, an outlet, a document, anonymous
sources or a pronoun; and, once the article is read, the canonical name of each mention.

`classify` reads one phrase (the words between a clause boundary and the cue). `Cast` then resolves
surname mentions ("Morgulov") to the fullest form used in the article ("Igor Morgulov") and pronouns to
the last person named before them.

This module is `classify` and what calls it back: appositions ("Iran's supreme leader, Ali Khamenei"),
pairs ("Mr. Grassley and Mr. Leahy"), a phrase before a relative clause; with outlets described ("Japan's
Kyodo news agency"), words in brackets and pronouns. The rest, one module per concern, in
`claimtrack/parse/`: `speaker_names.py` (phrases that end in a name: a role and a name, "X of Y", the kind
a name is), `speaker_nouns.py` (common-noun phrases, documents, shares and counts), `speaker_words.py` (the
word classes they share), `mention.py` (`Mention`) and `cast.py` (`Cast`: the names learned over the
article, full names found anywhere in it, and `lower_words`).
"""

from __future__ import annotations

import re

import attrs

from claimtrack.parse.cast import Cast, lower_words
from claimtrack.parse.credits import arab_article, known_outlet
from claimtrack.parse.mention import Mention, Span
from claimtrack.parse.speaker_names import (
    NAME_SUFFIXES,
    body_named,
    name_of,
    name_phrase,
    placed_title,
    posted_title,
    role_only,
)
from claimtrack.parse.speaker_nouns import common, described_head, document_phrase, is_quantity, plural_noun
from claimtrack.parse.speaker_words import (
    CONNECTORS,
    DESCRIBING,
    NOUN_OPENERS,
    POSSESSIVE,
    POSTMODIFIERS,
    PRESS_OCCASIONS,
)
from claimtrack.parse.tokens import Token, is_capitalised
from claimtrack.rules import DEFAULT_RULES, Rules
from claimtrack.rules.dates import MONTHS

__all__ = [
    "Cast",
    "Mention",
    "after_bracket",
    "bracketed",
    "classify",
    "lower_words",
    "participle_opening",
    "pronoun_mention",
    "role_only",
]

_ASIDES = frozenset(
    {"for", "in", "on", "at", "by", "with", "as", "however", "meanwhile", "too", "though",
     "including", "like", "such", "especially", "notably", "among",  # "Proponents, including X, said"
     "speaking", "appearing", "interviewed", "responding", "asked",  # "X, speaking on CNN, said"
     "quoting",  # "The Nikkei, quoting government sources, reported"
     "when", "after", "before", "while", "if",  # "Powell's office, when contacted by Reuters, said"
     "without",  # "Clinton, without naming him, accused"
     "during", "amid", "throughout", "upon"}  # "Enoh, during a meeting at the bank in Lagos, said"
)  # fmt: skip
# words before an age in apposition, which is no role: "Mr. Roe, then 38, said", "Jane Roe, aged 45,"
_AGE_LEADS = frozenset({"then", "now", "aged", "age"})
# prepositions after a participle opening a sentence: "Writing in Sharq,", "Speaking to reporters,"
_OPENING_PREPOSITIONS = frozenset({"in", "to", "on", "for", "at", "about", "with", "from", "after"})
# words that open a phrase and are never a person's name alone (a one-word "person" that is one of them
# was read from the opening of a sentence: "For his part, he said", "Having lost, she said"); not "From",
# "To", "On", "Or", which are surnames too ("Al From", "James To")
_FUNCTION_WORDS = frozenset(
    {"for", "by", "with", "in", "at", "of", "as", "and", "but", "if", "during", "following", "having",
     "being", "after", "before", "since", "until", "while", "when", "although", "though", "because",
     "unlike", "despite", "amid", "among", "through", "nobody", "everybody", "somebody", "anybody"}
)  # fmt: skip
# prepositions that open a topic or a time before a name, never a name's first word: "Of Carson, X said",
# "For Sanders, it is ...", "By 2:30, X said" ("During the debate, Trump said" is read as an opening phrase)
_TOPIC_WORDS = frozenset({"For", "Of", "By", "With"})
# words after "Asked", "Pressed" opening a sentence: "Asked about", "Pressed on whether", "Quizzed over"
_QUESTIONED_FOLLOW = _OPENING_PREPOSITIONS | {"over", "by", "whether", "if", "why", "how", "what", "when"}
# an owner named by a common noun before a body's capitalised name: "The state's ", "the islands’ "
_OWNER = re.compile(r"(?:[Tt]he )?[a-z]+(?:['’]s|s['’]) (?=[A-Z])")
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,12}$")  # "R-Ky.", "D-N.Y.", "I-Vt."
# small words a headline capitalises, which no firm's name holds before its trade's word
_HEADLINE_LINKS = frozenset(
    {"over", "in", "on", "at", "for", "to", "of", "with", "by", "from", "and", "as", "into"}
)
_PARTY_PLACE_WORDS = 3  # words: "D-San Antonio", "R-Palm Beach Gardens"
_RELATIVE_WORDS = frozenset({"who", "which", "whose", "who's", "who’s"})
_CONTRACTIONS = frozenset(
    {"he's", "she's", "it's", "they've", "we've", "i've", "he'd", "she'd", "they'd", "we'd", "i'd"}
)  # a pronoun with "has"/"had" before a participle cue: "He's said", "They'd told"
_MAX_WORDS = 12
# words of a phrase with no comma and no "and": a body and a rank before a name ("Westmere Port
# Police Marine Fraud Unit chief Comm Datuk Seri Tom Hale")
_MAX_TITLED = 14
# words of a phrase naming a firm whose name is a possessive: "British supermarket Sainsbury's"
_MAX_BRAND_WORDS = 4
_QUOTE_MARKS = frozenset("“”\"'‘’«»")
_TITLE_WORDS = 4  # words of a paper's title after a place's possessive: "The Harbour Valley Courier"
_MAX_APPOSITION = 40  # "Jane Doe, who ran the campaign of ..., ": a name and a long description
_NAME_RUN = 4  # words of a name closing a long titled phrase
_TITLE_LINKS = frozenset({"of", "the", "and", "for", "to", "in", "at", "on"})  # inside a long title
_LONG_PHRASE = 10  # words of a phrase that may be too long to read whole, its name read from its end

# words opening a participle's object: "Calling the recall a crisis", "Citing his own poll"
_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "these"})
_PLACED = _OBJECT_OPENERS | {"our"}  # after a preposition of place: "around the state", "across our region"
_DEMONSTRATIVES = frozenset({"this", "that", "it"})  # a clause's subject pointing back, no speaker's word
_ARTICLES = frozenset({"the", "a", "an"})
_DETERMINERS = frozenset({"the", "many", "most", "some", "all", "ordinary", "young", "few"})
# determiners opening a plain description before a name: "the assailant, John McGraw,"; a possessive one
# when the noun is a person's (`Rules.relations`, a title): "His British counterpart, Jane Doe,"
_DESCRIPTION_OPENERS = ("the", "a", "an")
_POSSESSIVE_OPENERS = ("his", "her", "their")


# The phrases classified in the article being parsed: the forms ask about the same phrase again and again
# (a sentence's opening for each of its cues, a speaker for each form tried). `classify` reads nothing but
# the text, the words and the rules, so its answer for the same three is the same; `forget` starts a new
# table for each parse. The text and rules are held with the table and compared by identity: a parse of
# another text, in another thread too, starts its own table and never reads this one's.
_Table = tuple[str, Rules, dict[tuple[Token, ...], "Mention | None"]]


class _Classified:
    """The table of the article being parsed (one attribute, replaced whole: never half-written)."""

    table: _Table = ("", DEFAULT_RULES, {})


_UNREAD = Mention("", "", None, (0, 0))  # a phrase the table holds no answer for: compared by identity


def forget() -> None:
    """Start a new table of classified phrases (`parse_article` does, for each article)."""
    _Classified.table = ("", DEFAULT_RULES, {})


_BASED_WORDS = frozenset({"based", "headquartered"})  # "the company based in Westmere"
_CAMEL = re.compile(r"([A-Z][a-z]{2,})[A-Z][a-z]+(?:[A-Z][a-z]+)*")  # "TalkTalk", "PayPal", "YouTube"


def classify(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """The speaker a phrase names, or None when the phrase does not look like a speaker."""
    table = _Classified.table
    if table[0] is not text or table[1] is not rules:
        table = _Classified.table = (text, rules, {})
    key = tuple(words)
    found = table[2].get(key, _UNREAD)  # (one look-up: hashing the words costs as much as finding them)
    if found is _UNREAD:
        cut = _before_day(words, rules)
        if cut:  # "The Security Council on Friday", "a council spokesperson 14 Oct."
            found = table[2][key] = classify(text, words[:cut], rules)
            return found
        if len(words) > 2 and words[-1].text.lower() in NAME_SUFFIXES and words[-2].after == ",":
            joined = [*words[:-2], words[-2]._replace(after=""), words[-1]]  # "Art Samaniego, Jr."
            found = table[2][key] = classify(text, joined, rules)
            return found
        if any("/" in w.text for w in words):  # "founder/CEO Jane Roe": the title after the slash
            slashed = [_slashed_title(w, rules) for w in words]
            if slashed != words:
                found = table[2][key] = classify(text, slashed, rules)
                return found
        based = _based_at(words) or _in_country(words, rules)
        head = classify(text, words[:based], rules) if based else None
        if head is not None and head.kind == "organisation" and not head.pronoun:
            # "the company based in Westmere said": the company, where it is no part of its name
            found = table[2][key] = attrs.evolve(head, span=(words[0].start, words[-1].end))
            return found
        given = _past_name_giver(words, rules)
        if given:  # "a conservation group called Harbour Watch": the name given
            named = classify(text, words[given:], rules)
            if named is not None:  # "a charity named Westmere Aid": a body by its noun
                body = words[given - 2].text in rules.body_anaphora
                kind = "organisation" if body else named.kind
                named = attrs.evolve(named, span=(words[0].start, words[-1].end), kind=kind)
            found = table[2][key] = named
            return found
        aged = _past_age(words) or _heard(words, rules)  # (or "The summit saw ministers": who is seen speaks)
        if aged:  # "35-year-old Jane Roe wrote": her name after her age
            found = table[2][key] = classify(text, words[aged:], rules)
            return found
        graded = _past_degrees(words, rules)
        if graded:  # "The Most Rev Jane Roe": the name after the graded courtesy title
            found = table[2][key] = classify(text, words[graded:], rules)
            return found
        found = (
            None
            if _press_occasion(words, rules)
            else (
                _past_compounds(text, words, rules)
                or _titled_after_owner(text, words, rules)
                or _spokesperson_of(text, words, rules)
                or _worker_from(text, words, rules)  # "head of communications Tom Hale from Norvex"
                or _ownerless(_numberless(_classify(text, words, rules)))
            )
        )
        if found is None and len(words) > _MAX_WORDS:
            found = _before_relative(text, words, rules)  # "two people ... who were not authorised to ..."
        if found is None and (cut := _examples_at(words)):
            found = _with_examples(text, words, cut, rules)
        if found is not None and found.kind == "organisation":
            found = _named_union(found, words)
        if found is None and 0 < len(words) <= _MAX_BRAND_WORDS:
            found = _brand(text, words, rules)
        if found is not None and found.kind == "person" and _camel_case(found.name, rules):
            found = attrs.evolve(found, kind="organisation")  # "TalkTalk said C": a brand
        if found is None and _LONG_PHRASE <= len(words) <= _MAX_APPOSITION:
            found = _titled_tail(text, words, rules)  # "Acting Director-General of ... (NCMM) A. Kadiri"
        table[2][key] = found
    return found


def _based_at(words: list[Token]) -> int:
    """Where "based in" or "headquartered in" and a capitalised place close a noun phrase of two words
    or more ("the company based in Westmere"), or 0."""
    for k in range(2, len(words) - 2):
        if words[k - 1].after:
            return 0  # a comma before it: an apposition's own words ("Jane Roe, of a group based in ...")
        if words[k].text in _BASED_WORDS and words[k + 1].text == "in":
            return k if words[k + 2].text[:1].isupper() else 0
    return 0


def _with_examples(text: str, words: list[Token], cut: int, rules: Rules) -> Mention | None:
    """ "Groups including Harbour Watch said": a body's or people's plural before its examples speaks,
    named with them, as "critics like Tom Hale" is (`_examples_at`)."""
    head = classify(text, words[:cut], rules)
    if head is None or head.pronoun or head.kind != "organisation":
        return None
    return attrs.evolve(head, name=text[words[0].start : words[-1].end], span=(words[0].start, words[-1].end))


def _examples_at(words: list[Token]) -> int:
    """Where "including", "like" or "such as" opens examples after a plural in lower case, with no comma
    before it ("Rights groups including Harbour Watch"), or 0."""
    for k in range(1, min(len(words) - 1, _MAX_WORDS)):
        if words[k - 1].after:
            return 0
        opens = words[k].text == "including" or (words[k].text == "such" and words[k + 1].text == "as")
        if opens or words[k].text == "like":
            plural = words[k - 1].text.islower() and words[k - 1].text.endswith("s")
            return k if plural else 0
    return 0


def _past_name_giver(words: list[Token], rules: Rules) -> int:
    """Where a name starts after "a", a noun in lower case and a word giving it (`Rules.name_givers`: "a
    group called Harbour Watch"), the name running to the phrase's end in capitals; or 0. (Not "The
    mayor called Harbour Watch": he spoke, to give it a name.)"""
    if len(words) < 4 or words[0].text.lower() not in ("a", "an"):
        return 0
    for k in range(2, len(words) - 1):
        if words[k].text in rules.name_givers:
            named = not words[k - 1].after and words[k - 1].text.islower() and not words[k].after
            return k + 1 if named and all(w.text[:1].isupper() for w in words[k + 1 :]) else 0
    return 0


def _where(words: list[Token], rules: Rules) -> bool:
    """Whether a phrase opens with a preposition of place and an article ("around the state": where,
    not who; but "Around 200 protesters")."""
    return (
        len(words) > 1 and words[0].text.lower() in rules.place_openers and words[1].text.lower() in _PLACED
    )


def _in_country(words: list[Token], rules: Rules) -> int:
    """Where "in" and a country close a body's name ("The Westmere Fire Authority in Britain"), or 0; a
    city stays in it ("The EU Delegation in Kyiv")."""
    k = len(words) - 2 - (len(words) > 3 and words[-2].text == "the")
    if k < 2 or words[k].text != "in" or words[k - 1].after:
        return 0
    return k if words[-1].text in rules.countries else 0


def _named_union(found: Mention, words: list[Token]) -> Mention:
    """A union named by its initials and the noun in lower case, by the initials alone: "The HFW
    union" is HFW, "the NPA union" NPA, as the union calls itself; any other body as it is."""
    k = 1 if words[0].text.lower() == "the" else 0
    if len(words) != k + 2 or words[-1].text != "union" or words[k].after:
        return found
    initials = words[k].text
    if not (initials.replace("-", "").isupper() and initials.replace("-", "").isalpha()):
        return found
    return attrs.evolve(found, name=initials)


def _past_age(words: list[Token]) -> int:
    """Where a name starts after an age opening the phrase ("35-year-old Jane Roe", "the 35-year-old
    Hale"), or 0: only capitalised words after the age, so "a 35-year-old man" stays a description. So
    after a state just entered, an adverb and a participle: "newly-appointed Tom Hale", "newly elected
    mayor Tom Hale" (the words after it a name or a titled name)."""
    k = 1 if words and words[0].text.lower() == "the" else 0
    fresh = _FRESH.match(" ".join(w.text for w in words[k : k + 2]))
    if fresh is not None and not words[k].after:
        k += 2 if " " in fresh.group(0) else 1
        return k if len(words) > k and is_capitalised(words[-1].text) else 0
    if len(words) < k + 2 or not _AGE.fullmatch(words[k].text) or words[k].after:
        return 0
    return k + 1 if all(is_capitalised(w.text) for w in words[k + 1 :]) else 0


def _press_occasion(words: list[Token], rules: Rules) -> bool:
    """Whether a phrase ends in an occasion of the press ("press conference", "news briefing"), which says
    nothing itself (`PRESS_OCCASIONS`, `Rules.scenes`); not a speaker before a preposition and the
    occasion, "said Hamid during the joint news conference"."""
    return (
        len(words) > 1
        and words[-1].text.lower() in rules.scenes
        and words[-2].text.lower() in PRESS_OCCASIONS
        and not any(w.text in _ADVERBIAL_LEADS for w in words[1:-2])
    )


def _titled_after_owner(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """A title opening with a capital "The" after a place's possessive, up to four capitalised words: a
    paper ("Norvale's The Courier", "Westmere's The Harbour Star"); None for any other phrase, and for a
    person's work ("E. J. Fleming's “The Fixers”": initials, a given name or a quotation mark)."""
    k = next((k for k in range(1, len(words) - 1) if words[k].text == "The"), None)
    if k is None or not words[k - 1].text.endswith(("'s", "’s")) or len(words) - k > _TITLE_WORDS:
        return None
    first = words[0].text
    gap = text[words[k - 1].end : words[k].start]
    quoted = not _QUOTE_MARKS.isdisjoint(gap)  # "Fleming's ''The Fixers''"
    if "." in first or rules.given_name(first) or quoted or not all(is_capitalised(w.text) for w in words):
        return None
    return Mention(text[words[k].start : words[-1].end], "outlet", None, (words[0].start, words[-1].end))


def _slashed_title(word: Token, rules: Rules) -> Token:
    """A word of two titles joined by a slash, "founder/CEO", "chairman/president", read as the last one
    (the text and its span keep both: the role is "Norvex's founder/CEO"); any other word as it is."""
    first, slash, last = word.text.rpartition("/")
    if slash and first.replace("-", "").isalpha() and last.lower() in rules.titles:
        return word._replace(text=last)
    return word


def _past_degrees(words: list[Token], rules: Rules) -> int:
    """Where a graded courtesy title starts ("The Most Rev Jane Roe", "the Right Hon Tom Hale": at "Rev",
    "Hon"), or 0 when the phrase opens with none."""
    k = 1 if words and words[0].text.lower() == "the" else 0
    j = k
    while (
        j < len(words) and words[j].text.lower() in rules.honorific_degrees and is_capitalised(words[j].text)
    ):
        j += 1
    if j == k or j >= len(words) - 1 or words[j].text.lower() not in rules.honorifics:
        return 0
    return j


def _past_compounds(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """ "The Westmere-aligned Harbour Front", "State-owned Norvex Energy": hyphenated words describing a name
    before it (`Rules.compound_descriptors`) are no part of it; the name after them speaks."""
    k = 1 if len(words) > 1 and words[0].text.lower() in ("the", "a", "an") else 0
    j = k
    while j < len(words) - 1 and not words[j].after and _compound_descriptor(words[j].text, rules):
        j += 1
    if j == k or not is_capitalised(words[j].text):
        return None
    named = classify(text, words[j:], rules)
    if named is None or named.pronoun or named.kind not in ("organisation", "person"):
        return None
    # people take no article: "the Norvale-based Westbank" is a body, whatever one word alone would be
    kind = "organisation" if k and named.kind == "person" else named.kind
    return attrs.evolve(named, kind=kind, span=(words[0].start, words[-1].end))


def _spokesperson_of(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """ "A Norvex spokesperson", "An HVN spokesman": a body's name before a spokesperson's noun names the
    body that speaks, as readers credit it; not a nationality's, a person's given name or a plain noun
    ("a company spokesperson", "a Norvalian spokesman")."""
    if (
        len(words) < 3
        or words[0].text.lower() not in ("a", "an")
        or words[-1].text.lower() not in spokes(rules)
    ):
        return None
    name = words[1:-1]
    if any(w.after for w in name) or not is_capitalised(name[0].text) or not is_capitalised(name[-1].text):
        return None
    if not all(is_capitalised(w.text) or w.text in ("of", "for", "and", "&") for w in name):
        return None
    first = name[0].text.lower()
    if first in rules.nationalities or rules.given_name(first) or first in rules.titles:
        return None
    body = text[name[0].start : name[-1].end]
    return Mention(body, "organisation", None, (words[0].start, words[-1].end))


def spokes(rules: Rules) -> tuple[str, ...]:
    """A spokesperson's nouns, as "the spokesperson" stands for them (`Rules.role_anaphora`)."""
    return rules.role_anaphora.get("spokesperson", ())


def _compound_descriptor(word: str, rules: Rules) -> bool:
    """Whether a word is hyphenated and closes with a describing participle: "Westmere-aligned",
    "State-owned"."""
    head, _, last = word.rpartition("-")
    return bool(head) and last.islower() and last in rules.compound_descriptors


def _possessive_firm(words: list[Token], rules: Rules) -> bool:
    """Whether capitalised words with a possessive inside close with a firm's suffix (`Rules.firm_suffixes`):
    "Poe's Fine Foods Ltd", "Hale's Mill Corp" name a firm, not an owner and a thing owned."""
    if len(words) < 3 or words[-1].text not in rules.firm_suffixes:
        return False
    named = all(is_capitalised(w.text) or w.text.lower() == "the" for w in words)
    return named and any(w.text.endswith(POSSESSIVE) for w in words[:-2])


def _trade_named(words: list[Token], rules: Rules) -> bool:
    """Whether capitalised words close with a trade's word (`Rules.firm_heads`), or hold an ampersand:
    "Norvale General Insurance", "Westbank Property & Casualty", "Westmere & Hale" name a firm, whatever
    title a word inside them spells."""
    if len(words) < 2 or (words[-1].text not in rules.firm_heads and not _ampersand_joined(words, rules)):
        return False
    # (a headline's capitalised small words are no name's: "Stealth Over Health: X Was ...")
    return all(
        (is_capitalised(w.text) and w.text.lower() not in _HEADLINE_LINKS) or w.text == "&" for w in words
    )


def _ampersand_joined(words: list[Token], rules: Rules) -> bool:
    """Whether an ampersand joins two names: "Westmere & Hale", "Norvex & Sons" name a firm (people's
    names are joined by "and"); not after a noun of its kind ("Retailer Westmere & Hale": `body_named`)."""
    first = words[0].text.lower()
    kind_first = first in rules.body_kinds and first not in rules.body_kind_names
    return not kind_first and any(w.text == "&" for w in words[1:-1])


def _before_relative(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """A speaker whose relative clause makes the phrase too long to read whole: "two people familiar with
    the negotiations who were not authorised to speak publicly" (the phrase before "who"); not one with
    commas inside (an apposition, read whole)."""
    if any(w.after and w.after[0] in ",;:" for w in words[:-1]):
        return None
    relative = next((k for k in range(1, _MAX_WORDS + 1) if words[k].text.lower() in rules.relatives), None)
    return _antecedent(text, words, relative, rules) if relative is not None else None


def _antecedent(text: str, words: list[Token], relative: int, rules: Rules) -> Mention | None:
    """The speaker the words before a relative clause (opening at word `relative`) name, spanning the whole
    phrase: "the state officials whose laws were struck down"; None when they name no one, or a pronoun."""
    antecedent = classify(text, words[:relative], rules)
    if antecedent is None or antecedent.pronoun:
        return None
    return attrs.evolve(antecedent, span=(words[0].start, words[-1].end))


def _brand(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """A firm whose name is a possessive (`Rules.possessive_names`), closing the phrase: "Moody's",
    "British supermarket Sainsbury's" (role "British supermarket")."""
    last = words[-1]
    if last.text.lower().replace("’", "'") not in rules.possessive_names:
        return None
    bare = last._replace(end=last.end - 2, text=last.text[:-2])
    inner = _numberless(_classify(text, [*words[:-1], bare], rules))
    if inner is None or inner.pronoun or inner.kind not in ("person", "organisation"):
        return None
    if inner.span[1] != bare.end:
        return None
    return Mention(inner.name + last.text[-2:], "organisation", inner.role, (inner.span[0], last.end))


def _camel_case(name: str, rules: Rules) -> bool:
    """Whether a name is one word with a capital inside after a capital and two lower-case letters or
    more, not a surname's prefix (`Rules.surname_prefixes`): a brand ("TalkTalk", "BlackRock"; not
    "McDonald")."""
    m = _CAMEL.fullmatch(name)
    return m is not None and m.group(1).lower() not in rules.surname_prefixes


def _ownerless(found: Mention | None) -> Mention | None:
    """A body's name after an owner named by a common noun is the name alone: "The state's Office of
    State Budget and Management", "the islands' Office of Statistics" (not "the country's health
    ministry", whose name is not written)."""
    if found is None or found.kind != "organisation":
        return found
    owner = _OWNER.match(found.name)
    return found if owner is None else attrs.evolve(found, name=found.name[owner.end() :])


def _numberless(found: Mention | None) -> Mention | None:
    """No one's name opens with a number among its first words: "Measuring 900 kilometres wide, the
    typhoon ...", "Around 30 to 70 people", "Of the 121 members" open with a figure, no person. A station
    is another thing ("ABC 7 is reporting"), and so is a date further on ("the nominee for the Nov. 8
    election")."""
    if found is None or found.kind != "person":
        return found
    words = found.name.split()
    one_word = len(words) == 1 and words[0].lower() in _FUNCTION_WORDS
    if not found.pronoun and (one_word or words[0] in _TOPIC_WORDS):
        return None  # "For", "By", "Having"; "Of Carson", "By 2:30": a word that opens a phrase, never a name
    station = len(words[0]) > 1 and words[0].isupper()
    return None if not station and any(w.isdigit() for w in words[:3]) else found


def _most_words(words: list[Token], *, inner_commas: bool) -> int:
    """The most words a speaker's phrase may have: more with an apposition's commas, more with no "and"."""
    if inner_commas:
        return _MAX_APPOSITION
    return _MAX_WORDS if any(w.text == "and" for w in words) else _MAX_TITLED


def _classify(text: str, words: list[Token], rules: Rules) -> Mention | None:
    words = _unbracketed(text, words)  # "Sen. Marco Rubio (R-Fla.)"
    if words and (
        words[0].text.lower() in rules.not_opening or _where(words, rules) or _pointing_clause(words)
    ):
        # "Despite the perceived media attacks", "around the state": an adverbial, no speaker; "This included
        # the Westmere Union": a clause pointing back, its verb and object
        return None
    if participle_opening(words, rules):
        return None  # "Writing in Sharq, Gholamali Khoshru, a former envoy,": an adverbial, not "Writing"
    words = _without_opening(words, rules)  # (none left of "on Thursday in Abuja": a place, no one)
    inner_commas = any(w.after and w.after[0] in ",;:" for w in words[:-1])
    if not words or len(words) > _most_words(words, inner_commas=inner_commas):
        return None
    span = (words[0].start, words[-1].end)
    phrase = text[span[0] : span[1]]
    lowered = [w.text.lower() for w in words]
    if lowered[-1] in ("to", "of", "and", "or", "the", "a", "an", "neither") and len(words) > 1:
        # "The rules allow companies to tell": a phrase cut short is no speaker; "The firm neither
        # admitted nor denied wrongdoing": no one claims either
        return None
    if len(words) == 1 and (alone := _one_word(words[0], rules)) is not None:
        return alone
    if _dated(words, rules) or _negated(words, lowered):
        return None  # "September 27", "Oct. 23": a date; "no terrorist organization": no one
    if _nationality_only(text, words, lowered, rules):
        return None
    if not inner_commas and _office_named(words, lowered, rules):
        # "The Office of the Director of Public Prosecutions": a body, no title and name
        return Mention(phrase, "organisation", None, span)
    if not inner_commas and len(words) > 1 and _listed_outlet(phrase, rules):
        # "El País", "La Vanguardia": no person's two names; "the Associated Press of Pakistan": listed whole;
        # "Daily Mail", before a trade's word closing it reads it as a firm
        return Mention(phrase, "outlet", None, span)
    if not inner_commas and (_possessive_firm(words, rules) or _trade_named(words, rules)):
        # "Poe's Fine Foods Ltd", "Norvale General Insurance": a firm's name, whole (no General's name)
        return Mention(phrase, "organisation", None, span)

    if inner_commas:  # (the words are those tested above)
        return _apposition(text, words, rules)
    if _particle_name(words, lowered):  # "de Blasio", "van Hollen"
        return Mention(phrase, "person", None, span)
    pair = (
        _both(text, words, lowered, rules)
        or _pair(text, words, lowered, rules)
        or _outlet_described(text, words, lowered, rules)
    )
    if pair is not None:
        return pair
    document = document_phrase(text, words, lowered, rules)
    if document is not None:
        return document
    bare = phrase[4:] if phrase.startswith(("the ", "The ")) else phrase
    # (not in capitals: "the WHO" is the World Health Organization)
    relative = next(
        (k for k in range(1, len(words)) if lowered[k] in rules.relatives and not words[k].text.isupper()),
        None,
    )
    if relative is not None:
        return _antecedent(text, words, relative, rules)  # the phrase before the relative clause
    complemented = (
        any(w in ("of", "for", "to") for w in lowered[1:-1])
        or placed_title(lowered, rules)
        or posted_title(words, lowered, rules)
    )
    titled = (
        name_phrase(text, words, lowered, rules) if complemented and is_capitalised(words[-1].text) else None
    )
    if (
        titled is not None
        and titled.kind == "person"
        and titled.name.lower() not in rules.titles  # "A spokesperson for the Health Minister": no name
        and not _trade_word(titled.name, rules)  # "A spokesman for General Motors": no General's name
        and _complement_named(words, lowered, titled, rules)
        and not _title_complement(lowered, titled, rules)
    ):
        return titled  # "Secretary of State John Kerry": a title, what it is of, the name
    head = _head(lowered)
    described = described_head(lowered, rules)  # "a person close to the Clintons"
    if described is not None:
        return common(phrase, words, lowered, described, span=span, rules=rules)
    common_heads = (rules.anonymous, rules.organisations, rules.documents)
    singular = head.removesuffix("s")
    lowered_rest = all(
        w.text.islower() or w.text.lower() in rules.anonymous for w in words[1:]
    )  # "those Democrats"
    if lowered_rest and any(head in t or singular in t for t in common_heads):
        return common(phrase, words, lowered, head, span=span, rules=rules)  # "Officials", "The ministry"
    if is_quantity(lowered, rules):
        return common(phrase, words, lowered, head, span=span, rules=rules)
    if _people(words, lowered, rules) or _plural_people(text, words, rules):
        return Mention(bare, "anonymous", None, span)  # "Russians now say", "many Iranians": a people
    if _listed_outlet(phrase, rules) or (_spelled_apart(bare) and known_outlet(bare, rules)):
        return Mention(phrase, "outlet", None, span)  # "Kommersant", "the Kommersant", "KOMMERSANT"
    if phrase in rules.capitals or bare in rules.capitals or phrase in rules.countries:
        return Mention(phrase, "organisation", None, span)
    if head != lowered[-1] and _body_name(words, lowered, rules):
        return Mention(phrase, "organisation", None, span)  # "The Gift of the Givers Foundation"
    if not is_capitalised(words[-1].text) or head != lowered[-1]:
        of_name = _firm_of_town(name_of(text, words, lowered, span, rules), rules)
        return of_name or common(phrase, words, lowered, head, span=span, rules=rules)
    if lowered[0] in ("a", "an") and len(words) > 2 and role_only(words[1:], rules):
        role = text[words[1].start : words[-1].end]
        return Mention(phrase, "anonymous", role, span)  # "said an Iranian MP": someone unnamed, an MP
    if role_only(words, rules):  # "the Deputy Minister", "Russian Envoy": a role, the person found later
        return Mention(phrase, "person", None, span)
    named = (
        body_named(text, words, lowered, rules)  # "US oil giant Norvex", "Carmaker Korrin": a body
        or (titled if complemented else name_phrase(text, words, lowered, rules))
        or name_of(text, words, lowered, span, rules)
    )  # a phrase with "of"/"for"/"to" was read by `name_phrase` above already
    # "The American Legion": people take no "the"; but "The Latest:", "The Gap Goes On" are headings
    the_name = named is None and lowered[0] == "the" and 1 < len(words) <= 6 and all(map(_proper, words[1:]))
    if the_name and not any(w in lower_words(text) for w in lowered[1:]):
        return Mention(phrase, "organisation", None, span)
    if named is None and lowered[0] == "the" and lowered[-1] in rules.organisations and len(words) <= 6:
        return Mention(phrase, "organisation", None, span)  # "the Russian foreign Ministry", as translated
    if (
        named is None
        and len(words) == 1
        and len(phrase) > 1
        and phrase.isupper()
        and lowered[0] in rules.relatives
    ):
        return Mention(phrase, "organisation", None, span)  # initials that spell a relative: "WHO said"
    return named


def _worker_from(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """The titled person a phrase names before "from" and a body's capitalised name closing it: "head of
    communications Tom Hale from Norvex" is Tom Hale, head of communications; else None."""
    k = next((k for k in range(len(words) - 2, 1, -1) if words[k].text == "from"), None)
    if k is None or not all(is_capitalised(w.text) for w in words[k + 1 :]):
        return None
    if any(w.after[:1] == "," for w in words[:k]):
        return None  # "Jane Roe, a nurse from Norvale": an apposition's place, read as the apposition
    person = _classify(text, words[:k], rules)
    if person is None or person.kind != "person" or person.pronoun or not person.role:
        return None
    return attrs.evolve(person, span=(words[0].start, words[-1].end))


def _spelled_apart(name: str) -> bool:
    """Whether a name may spell a listed outlet's otherwise than the table: in capitals ("KOMMERSANT"), or
    with an Arab paper's article in lower case ("al-Hayat")."""
    return name.isupper() or arab_article(name)


def _listed_outlet(phrase: str, rules: Rules) -> bool:
    """Whether the phrase is a listed outlet's name, with its "the" or without it, or with "the" in lower
    case where the table writes "The" ("the Guardian"; not "the Times", which closes many papers' names,
    `Rules.outlet_words`, and stands for the one named before)."""
    bare = phrase.removeprefix("the ").removeprefix("The ")
    lowered = bare != phrase and bare not in rules.outlet_words and "The " + bare in rules.outlets
    return phrase in rules.outlets or bare in rules.outlets or lowered


def _negated(words: list[Token], lowered: list[str]) -> bool:
    """A phrase naming no one: "no terrorist organization has claimed responsibility", "none of those
    three" (not "No Kwang-il", a name)."""
    return lowered[0] in ("no", "nobody", "none") and (len(words) == 1 or words[1].text.islower())


def _dated(words: list[Token], rules: Rules) -> bool:
    """Whether every word is a month's or a day's name or a number ("September 27", "Oct. 23"); the first
    word is asked alone first: most phrases open with no such word."""
    first = words[0].text
    if first.removesuffix(".") not in rules.months_and_days and not _number(first):
        return False
    return all(w.text.removesuffix(".") in rules.months_and_days or _number(w.text) for w in words)


def _number(word: str) -> bool:
    """A number, or a day's ordinal: "11", "11th", "2nd"."""
    return word.isdigit() or (word[:-2].isdigit() and word[-2:].lower() in ("st", "nd", "rd", "th"))


def _titled_tail(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """A person named in full closing a phrase too long to read whole, right after a title word or a
    body's initials in brackets: "International Federation of the Red Cross and Red Crescent Societies
    (IFRC) secretary general Markku Niskala", "Acting Director-General of the National Commission for
    Museums and Monuments (NCMM) Abdulkerim Kadiri". A headline in title case names no one."""
    if any(w.after and w.after[0] in ",;:" for w in words[:-1]):
        return None  # (an apposition is read in parts)
    if not all(_titling_word(w.text, rules) for w in words if not is_capitalised(w.text)):
        return None  # "one candidate he likes so far is Ohio Governor John Kasich": a clause, no title
    k = len(words)
    while k > 1 and len(words) - k < _NAME_RUN and _name_word(text, words[k - 1], rules):
        k -= 1
        if ")" in text[words[k - 1].end : words[k].start]:
            break  # "(NCMM) Abdulkerim Kadiri": the name starts after the brackets (read or dropped)
    if len(words) - k < 2 or not any(w.text.lower() in rules.titles for w in words[:k]):
        return None
    before = words[k - 1]
    initials = bracketed(text, before) or ")" in text[before.end : words[k].start]
    if before.text.lower() not in rules.titles and not initials:
        return None  # "Grand Wizard David Duke endorses", "... And It Says A LOT": no title before the name
    named = classify(text, words[k:], rules)
    if named is None or named.kind != "person" or named.pronoun:
        return None
    if initials:  # the whole title, the body's initials and all
        role = text[words[0].start : words[k].start].strip()
    else:  # "(IFRC) secretary general": the title after the last bracket
        opened = max((j + 1 for j in range(k) if bracketed(text, words[j])), default=0)
        role = text[words[opened].start : before.end]
    return Mention(named.name, "person", role, (words[0].start, words[-1].end))


def _titling_word(word: str, rules: Rules) -> bool:
    """A word in lower case that a long title holds: a link ("of", "the"), a title or a role's word."""
    low = word.lower()
    return low in _TITLE_LINKS or low in rules.titles or low in rules.role_words or low in rules.portfolios


def _name_word(text: str, word: Token, rules: Rules) -> bool:
    """A word of a name closing a phrase: capitalised, no title, not in brackets."""
    return is_capitalised(word.text) and word.text.lower() not in rules.titles and not bracketed(text, word)


def _nationality_only(text: str, words: list[Token], lowered: list[str], rules: Rules) -> bool:
    """A nationality with no noun: "on American soil" ("Cuban said" may be Mark Cuban), or after a
    possessive, "His British counterpart" cut short ("Her Majesty" is someone's name)."""
    if len(words) == 1:
        return lowered[0] in rules.nationalities and _adjective(text, words[0], rules)
    return len(words) == 2 and lowered[0] in _POSSESSIVE_OPENERS and lowered[1] in rules.nationalities


def _adjective(text: str, word: Token, rules: Rules) -> bool:
    """A nationality before a noun in lower case: "American" of "American soil"."""
    low = word.text.lower()
    if low not in rules.nationalities or word.text in rules.countries or text[word.end : word.end + 1] != " ":
        return False
    after = text[word.end + 1 : word.end + 30].split(maxsplit=1)[:1]
    noun = after[0].rstrip(",.;:") if after else ""
    return noun.isalpha() and noun.islower() and noun not in rules.cues and noun not in rules.auxiliaries


def _complement_named(words: list[Token], lowered: list[str], titled: Mention, rules: Rules) -> bool:
    """Whether a titled person's role says what the title is of, or where it is posted ("Ambassador in
    Islamabad")."""
    return _of_something(titled.role) or (titled.role is not None and posted_title(words, lowered, rules))


def _title_complement(lowered: list[str], titled: Mention, rules: Rules) -> bool:
    """Whether the one word a title's phrase closes with is what the title is of or for, no name: "A
    spokeswoman for the Harbour High Commissioner for Ferries" ("Ferries" no one's name)."""
    n = len(lowered)
    return " " not in titled.name and n >= 3 and lowered[-2] in ("for", "of") and lowered[-3] in rules.titles


def _of_something(role: str | None) -> bool:
    """A role that says what the title is of, for or to: "Minister of Foreign Affairs"."""
    if role is None or role.lower().endswith((" the", " a", " an")):
        return False  # "spokesman for the Russian": no name follows "the"
    return any(
        f" {w} " in role for w in ("of", "for", "to", "in the", "at the")
    )  # "Spokesman at the Pentagon"


def _one_word(word: Token, rules: Rules) -> Mention | None:
    """A pronoun alone, or in a contraction ("He's said", "They've told"); a title of
    `Rules.lone_surnames`, capitalised alone, is a name ("King said" after "BoE governor Mervyn King":
    "the King" is a role); else None."""
    low = word.text.lower()
    if low in rules.lone_surnames and is_capitalised(word.text):
        return Mention(word.text, "person", None, (word.start, word.end))
    if low.replace("’", "'") in _CONTRACTIONS:
        pronoun = word.text.replace("’", "'").split("'")[0]
        return pronoun_mention(pronoun, (word.start, word.start + len(pronoun)))
    if low in rules.pronouns:
        return pronoun_mention(word.text, (word.start, word.end))
    return None


def _body_name(words: list[Token], lowered: list[str], rules: Rules) -> bool:
    """A name in title case after "the" with "of" inside, ending in a body's noun: "The Gift of the
    Givers Foundation" (people take no "the": "James Roe of the Heritage Foundation" is a person)."""
    if lowered[0] != "the" or lowered[-1] not in rules.organisations or not is_capitalised(words[-1].text):
        return False
    if len(words) < 3 or lowered[1] in rules.titles or lowered[1] in rules.role_words:
        return False  # "The Director of the Heritage Foundation": a title
    return _proper(words[1]) and all(_proper(w) or w.text in _NAME_JOINS for w in words[2:])


_NAME_JOINS = frozenset({"of", "the", "and", "for", "&"})  # small words inside a body's name


def _proper(word: Token) -> bool:
    return is_capitalised(word.text) and word.text.replace("-", "").replace("&", "").isalpha()


def _particle_name(words: list[Token], lowered: list[str]) -> bool:
    """A surname opening with its lower-case particle: "de Blasio", "van Hollen", "al Assad"."""
    particle = lowered[0] in CONNECTORS and lowered[0] not in ("the", "for", "and", "of", "&")
    rest = words[2:] if len(words) > 2 and lowered[1] in ("der", "la", "los", "las", "al") else words[1:]
    return 1 < len(words) <= 3 and particle and all(is_capitalised(w.text) for w in rest)  # "von der Leyen"


def _both(text: str, words: list[Token], lowered: list[str], rules: Rules) -> Mention | None:
    """ "Both Mr Abbott and Mr Hockey", "Both Klobuchar and Gillibrand": the two people, "Both" no part
    of their name."""
    if lowered[0] != "both" or "and" not in lowered[2:-1]:
        return None
    both = classify(text, words[1:], rules)
    if both is None or both.kind != "person" or " and " not in both.name:
        return None
    return attrs.evolve(both, span=(words[0].start, words[-1].end))


def _pair(text: str, words: list[Token], lowered: list[str], rules: Rules) -> Mention | None:
    """Two people named with their titles, joined by "and": "Mr. Grassley and Mr. Leahy", "Sen. Cruz and
    Gov. Kasich", "Prime Minister Narendra Modi and Union Home Minister Amit Shah" (they speak together;
    the name keeps both)."""
    k = lowered.index("and", 1) if "and" in lowered[1:-1] else 0
    if not k or not is_capitalised(words[0].text):
        return None
    left = classify(text, words[:k], rules)
    titled = lowered[0] in rules.titles or lowered[0] in rules.honorifics
    if not titled and (left is None or left.kind != "person" or left.role is None):
        return None  # (a title of several words before the first: "Prime Minister Narendra Modi and ...")
    right = classify(text, words[k + 1 :], rules)
    if left is None or right is None or left.kind != "person" or right.kind != "person":
        return None
    if left.pronoun or right.pronoun or " and " in right.name:
        return None
    span = (words[0].start, words[-1].end)
    return Mention(f"{left.name} and {right.name}", "person", None, span)


def _outlet_described(text: str, words: list[Token], lowered: list[str], rules: Rules) -> Mention | None:
    """An outlet named before what it is: a known one ("Japan's Kyodo news agency", "the Asahi
    newspaper"), or any name before a paper's noun in lower case ("the pro-government Türkiye
    newspaper"), also with what the paper is close to ("Kayhan daily close to the president's office")."""
    span = (words[0].start, words[-1].end)
    cut = next((k for k in range(2, len(words)) if lowered[k] in POSTMODIFIERS), len(words))
    if cut < len(words):
        if rules.paper_nouns.isdisjoint(lowered[:cut]):
            return None  # no paper's noun before the modifier: neither test below can pass (no classify)
        head = classify(text, words[:cut], rules)  # "the Turkish daily Sabah close to the government"
        if head is not None and head.kind == "outlet" and any(w in rules.paper_nouns for w in lowered[:cut]):
            return attrs.evolve(head, span=span)
        if lowered[cut - 1] not in rules.paper_nouns:
            return None  # "a person close to the Clintons": what is close to them is no paper
    noun = lowered[cut - 1] in rules.publications or (words[cut - 1].text == "news" and cut > 1)
    if (
        not noun  # "the Kyodo news agency", and "Efe news reported": "news" alone after a name
        or text[words[0].start : words[cut - 1].end] in rules.outlets
    ):
        return None  # "Kyodo News" is a name, not "Kyodo" and what it is
    k = cut
    while k > 1 and (lowered[k - 1] in rules.publications or lowered[k - 1] in ("news", "state")):
        k -= 1  # "news agency", "state broadcaster"
    i = k - 1
    while i > 0 and is_capitalised(words[i - 1].text) and not words[i - 1].text.endswith(POSSESSIVE):
        i -= 1
    name = text[words[i].start : words[k - 1].end]
    if name not in rules.outlets and (name := name.removeprefix("The ")) not in rules.outlets:
        named = _paper_named(words[:cut], k, rules) or _agency_named(words[:cut], i, k, rules)
        return Mention(named, "outlet", None, span) if named is not None else None
    role = " ".join([text[words[0].start : words[i - 1].end]] if i else []) or None
    described = text[words[k].start : words[-1].end]
    role = f"{role} {described}" if role else described
    return Mention(name, "outlet", role, span)


def _agency_named(words: list[Token], i: int, k: int, rules: Rules) -> str | None:
    """ "Mehr news agency", "Vietnam news agency": capitalised words the rules do not know before "news
    agency" in lower case name an agency; a country's name is the agency's with its noun ("Vietnam news
    agency", the Vietnam News Agency), a nationality none ("the Iranian news agency")."""
    if i == k or [w.text for w in words[k:]] != ["news", "agency"]:
        return None
    named = words[i:k]
    if named[0].text.lower() in ("the", "a", "an", "this", "that"):
        named = named[1:]  # "The news agency said": no name
    if not named or not all(is_capitalised(w.text) and w.text.replace("-", "").isalpha() for w in named):
        return None
    name = " ".join(w.text for w in named)
    if name.lower() in rules.nationalities and name not in rules.countries:
        return None
    return f"{name} news agency" if name in rules.countries else name


def _paper_named(words: list[Token], k: int, rules: Rules) -> str | None:
    """ "the pro-government Türkiye newspaper", "Kayhan daily": a name the rules do not know, between
    words in lower case and a paper's noun in lower case (`Rules.paper_nouns`, before `words[k]`), is
    the paper's; not a nationality, a place or a day ("the Iranian newspaper", "a Tehran daily", "the
    Sunday paper")."""
    if not all(w.text.islower() for w in words[k:]) or words[-1].text not in rules.paper_nouns:
        return None  # "the People's Daily newspaper": the paper's noun is part of its name
    i = k
    while i > 0 and words[i - 1].text[:1].isupper() and not words[i - 1].text.endswith(POSSESSIVE):
        i -= 1
    if i == k or words[i].text.lower() in ("the", "a", "an", "this", "that"):
        return None  # "The newspaper": no name
    if not all(w.text.islower() or w.text.lower() in ("the", "a", "an") for w in words[:i]):
        return None  # "Trump's Washington newspaper": whose paper, not its name
    if i > 0 and words[i - 1].text.lower() in ("a", "an"):
        return None  # "a Baton Rouge newspaper": one paper of that place, not a paper of that name
    first = words[i].text
    if (
        first in rules.not_paper_names
        or first.endswith(rules.not_paper_endings)
        or first in rules.capitals
        or first in rules.months_and_days
        or (first.lower() in rules.nationalities and first not in rules.countries)
    ):
        return None
    return " ".join(w.text for w in words[i:k])


def pronoun_mention(pronoun: str, span: Span) -> Mention:
    """A subject pronoun as a speaker, to be resolved later: "he"/"she"/"I" a person, "we"/"they"/"it"
    a group."""
    kind = "organisation" if pronoun.lower() in ("we", "they", "it") else "person"
    return Mention(pronoun, kind, None, span, pronoun=True)


_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "I"}


def object_pronoun(phrase: list[Token]) -> Mention | None:
    """ "According to him, C": the pronoun as its subject form, to be resolved like "he said"."""
    if len(phrase) != 1:
        return None
    subject = _SUBJECT_FORMS.get(phrase[0].text.lower())
    return None if subject is None else pronoun_mention(subject, (phrase[0].start, phrase[0].end))


_BRACKET_REACH = 40  # characters from one bracket to the other: "(PH-Batu Kawan)", "(Labour, Norvale East)"


def _unbracketed(text: str, words: list[Token]) -> list[Token]:
    """The words without those in brackets of their own; a comma after the brackets ("Rep. Elijah
    Cummings (D-Md.), chair of ...") goes to the word before them, so the apposition still shows."""
    kept: list[Token] = []
    for w in words:
        if not bracketed(text, w):
            kept.append(w)
            continue
        mark = after_bracket(text, w)
        if kept and mark in (",", ";", ":") and not kept[-1].after:
            kept[-1] = kept[-1]._replace(after=mark)
    return kept


def after_bracket(text: str, w: Token) -> str:
    """The mark after a word in brackets of its own: the "," of "Rep. Elijah Cummings (D-Md.), chair"."""
    if not bracketed(text, w):
        return ""
    close = text.find(")", w.end, w.end + 3)
    return text[close + 1 : close + 2].strip() if close >= 0 else ""


# where a photo shows the person, in brackets after the name: "Jane Roe (pictured centre), chief of X,"
_PICTURED = ("pictured", "left", "right", "centre", "center", "second from", "top", "above", "inset")


def bracketed(text: str, w: Token) -> bool:
    """A word in short brackets of its own: the "(R-Fla.)" after a US politician's name, the party and
    seat after a Malaysian MP's ("P. Kasthuriraani (PH-Batu Kawan)"): brackets at most `_BRACKET_REACH`
    characters apart ("(that would be Ohio Gov. John Kasich)" is an aside, read as words)."""
    if w.start > 0 and text[w.start - 1] == "(" and text[w.end : w.end + 2].lstrip(".")[:1] == ")":
        return True
    opened = text.rfind("(", max(0, w.start - _BRACKET_REACH), w.start)
    if opened < 0 or ")" in text[opened : w.start]:
        return False
    if (
        not text[opened + 1 : opened + 2].isupper()
        and not text.startswith(_PICTURED, opened + 1)
        and not _described_in_brackets(text, opened)
    ):
        return False  # (a label: "(PH-Batu Kawan)"; not "the dueling (and justified) fears")
    closed = text.find(")", w.end, opened + _BRACKET_REACH)
    return closed >= 0 and "(" not in text[w.end : closed] and "\n" not in text[opened:closed]


def _described_in_brackets(text: str, opened: int) -> bool:
    """Whether the brackets opened at `opened` describe the name right before them with "a" or "an":
    "Sen. Tom Hale (a Westmere Democrat) says C" (Tom Hale speaks; not "the dueling (and justified)")."""
    before = text[max(0, opened - 40) : opened].split()
    return text.startswith(("a ", "an "), opened + 1) and bool(before) and before[-1][:1].isupper()


def number_bound(words: list[Token], i: int) -> bool:
    """Whether "at least" or "at most" stands at word `i`, a bound on the number after it: "At least five
    other women reported C" ("at" opens the count of the speakers, not a place), "reported at least six
    planes flew"."""
    return (
        i + 1 < len(words)
        and words[i].text.lower() == "at"
        and words[i + 1].text.lower() in ("least", "most")
    )


def _strip_leading(words: list[Token], rules: Rules) -> list[Token]:
    """Drop sentence openers ("But", "Yesterday", "On Tuesday") in front of the phrase."""
    i = 0
    while i < len(words) - 1 and words[i].text == "•":
        i += 1  # "• The ICU boss said": a summary's bullet (not "·", which a stamp's label may follow)
    while (
        i < len(words) - 1
        and (
            (
                words[i].text.lower() in rules.leading_words
                and words[i].text != "WHO"  # "WHO chief Tedros": the World Health Organization, no "who"
                and not _this_outlet(words[i:], rules)
                and not number_bound(words, i)
                and not _whose_time(words, i, rules)
            )
            # "Last night Cole said", "Yesterday morning the mayor said": the time noun after a time word,
            # with no comma (with one, "Last year, he ...", the sentence's own subject is read as before)
            or (i > 0 and _time_noun(words[i - 1 : i + 1], rules))
        )
    ):
        i += 1
        i += _the_time(words, i)  # "At the time the chief commissioner said", "At the same time X"
    if (
        0 < i < len(words) - 1
        and words[i - 1].text.lower() == "in"
        and words[i].text.istitle()
        and words[i].text.lower() in MONTHS
        and not words[i].after
    ):
        i += 1  # "In July Norvex said C": the month after "in" is when, no one's given name
    # "On November 11th, the ministry revised ...", "On 8 December 2023 the council said": a date after
    # the opening words (or opening the phrase) is when, no one
    dated = date_length(words, i, rules) if i < len(words) - 2 else 0
    if dated and words[i + dated - 1].after[:1] in ("", ","):
        i += dated
    j = len(words)
    # "The UAE Minister of State on Thursday said": a day between the subject and its cue is no part of it
    while j - i > 2 and words[j - 2].text == "on" and words[j - 1].text.lower() in _DAYS:
        j -= 2
    # "The Turkish defense minister on Sept. 20 slammed", "X on 20 September said": a date, likewise
    # (right before the cue: "in a call on Dec. 2, Col. X, a spokesman, said" is a scene, no subject)
    if j - i > 3 and words[j - 3].text == "on" and not words[j - 1].after and _date(words[j - 2 : j], rules):
        j -= 3
    return words[i:j]


def _past_places(words: list[Token]) -> list[Token]:
    """The phrase past opening places with no comma after them: "Across Westmere, Norvale and Harbour the
    Ferries Association", "In Westmere the council" (the places' last word ends no name)."""
    if len(words) < 4:
        return words
    k = next((k for k in range(2, len(words) - 1) if words[k].text == "the"), None)
    if k is None or words[k - 1].after:
        return words
    # (or the list's end after a comma: "Wales and Norvale the Ferries Association")
    led = words[0].text.lower() in _PLACE_LEADS
    if not led and not any(w.text == "and" for w in words[1:k]):
        return words
    listed = all(is_capitalised(w.text) or w.text == "and" for w in words[int(led) : k])
    return words[k:] if listed and is_capitalised(words[k - 1].text) else words


def _without_opening(words: list[Token], rules: Rules) -> list[Token]:
    """The phrase without its opening words (`_strip_leading`); none of it when what is left names a
    place after "in" or "at" (`_placed`)."""
    stripped = _strip_leading(_past_places(_past_adverbial(words, rules)), rules)
    return [] if _placed(words, stripped) else stripped


def _past_adverbial(words: list[Token], rules: Rules) -> list[Token]:
    """The phrase past a prepositional phrase or a time opening it up to its comma, after a sentence
    adverb perhaps: "At the hearing, Roe", "During Monday's press briefing, however, the mayor", "However,
    the following week, Roe" (no role "hearing", no speaker "the press briefing", no role
    "following week"). A comma before a number ends no such phrase ("On Nov. 5, 2023, the ministry"); the
    subject after the comma opens with a capital or a sentence adverb ("however"), no subordinator."""
    i = 1 if words and words[0].after[:1] == "," and words[0].text.lower() in rules.leading_words else 0
    if len(words) < i + 3 or number_bound(words, i):
        return words
    k = next(
        (
            k
            for k in range(i + 1, len(words) - 1)
            if words[k].after[:1] == "," and not words[k + 1].text[:1].isdigit()
        ),
        None,
    )
    k = _unbroken_opening(words, i) if k is None else k
    after = words[k + 1].text.lower() if k is not None else ""
    if k is None or not (
        is_capitalised(words[k + 1].text) or after in _ASIDE_ADVERBS or after in NOUN_OPENERS
    ):
        return words  # (not "In August, several", "Last month, when I asked X": read as before)
    opening = [w.text.lower() for w in words[i : k + 1]]
    timed = opening[0] in _TIME_OPENERS and _time_phrase(opening, rules)  # not "Tom Early, a mayor"
    if opening[0] not in _ADVERBIAL_LEADS and not timed:
        return words
    return words[k + 1 :]


def _unbroken_opening(words: list[Token], i: int) -> int | None:
    """The last word of a phrase opening the words at `i` with no comma to close it, a preposition, a
    determiner and words in lower case before a capitalised one or another determiner: "In her statement
    Roe said", "In the video the rapper said" (which opens the subject; not after a preposition: "In the
    aftermath of the storm"); None if there is none."""
    if words[i].text.lower() not in _ADVERBIAL_LEADS or words[i + 1].text.lower() not in NOUN_OPENERS:
        return None
    for k in range(i + 2, min(len(words) - 1, i + _UNBROKEN_WORDS)):
        if words[k].after or not words[k].text.islower() or words[k].text in _UNBROKEN_ENDS:
            return None
        if is_capitalised(words[k + 1].text) or words[k + 1].text in NOUN_OPENERS:
            return k
    return None


_UNBROKEN_WORDS = 5  # words of such an opening: "In her statement on the report"


def _time_phrase(low: list[str], rules: Rules) -> bool:
    """Whether words name a time by their head, the word before a preposition or a relative pronoun or
    the last: "the first day of the talks", "the week after the vote", "the following week" (not "a
    former chairman who signed on last weekend")."""
    end = next((k for k in range(1, len(low)) if low[k] in _HEAD_ENDS), len(low))
    return _time_word(low[end - 1], rules)


def _time_word(word: str, rules: Rules) -> bool:
    """Whether a word in lower case heads a time ("day", "week", `Rules.time_adjuncts`)."""
    return word in rules.time_adjuncts or word in _TIME_HEADS


def _placed(words: list[Token], stripped: list[Token]) -> bool:
    """Whether what is left of a phrase after its opening words is a place's capitalised name after a
    preposition in lower case: "(Dalung,) on Thursday in Abuja (said)", "at Geneva"."""
    if not stripped or stripped[0] is words[0]:
        return False
    k = next(i for i, w in enumerate(words) if w is stripped[0])
    plain = all(is_capitalised(w.text) for w in stripped) and not any(w.after for w in stripped[:-1])
    return plain and words[k - 1].text in ("in", "at")  # not "Back in May, President John Hale"


def _date(pair: list[Token], rules: Rules) -> bool:
    """ "Sept. 20", "May 13", "20 September", "November 11th": a month and a day of it."""
    texts = [w.text.removesuffix(".") for w in pair]
    day = next((t for t in texts if _ORDINAL_DAY.fullmatch(t)), None)
    month = next((t for t in texts if t != day), "")
    return day is not None and month in rules.months_and_days and month.lower() not in _DAYS


def date_length(words: list[Token], i: int, rules: Rules) -> int:
    """The words of a date at `words[i]`: a month and its day, with no comma between but perhaps one
    after, and its year if one follows ("Nov. 11, 2023"); 0 when none starts there."""
    pair = words[i : i + 2]
    if len(pair) < 2 or pair[0].after[:1] not in ("", ".") or not _date(pair, rules):
        return 0
    year = words[i + 2].text if i + 2 < len(words) and pair[1].after[:1] in ("", ",") else ""
    return 3 if len(year) == 4 and year.isdigit() and year[:2] in ("19", "20") else 2


def _the_time(words: list[Token], i: int) -> int:
    """How many words at `i`, after "at" or "by", make a fixed phrase of time with it: "the time",
    "that time", "the same time", "the moment" (no comma after them: "At the time the minister said")."""
    if i < 1 or i + 2 >= len(words) or words[i - 1].text.lower() not in ("at", "by"):
        return 0
    low = [w.text.lower() for w in words[i : i + 3]]
    if low[0] not in ("the", "that") or any(w.after for w in words[i - 1 : i + 2]):
        return 0
    if low[1] in _FIXED_TIMES:
        return 2
    return 3 if low[1] == "same" and low[2] == "time" and not words[i + 2].after else 0


# nouns of a fixed phrase of time after "at the" or "by that": "at the time", "at that moment", "by that time"
_FIXED_TIMES = frozenset({"time", "moment", "outset", "weekend"})


def _whose_time(words: list[Token], i: int, rules: Rules) -> bool:
    """Whether the word at `i` and a time's possessive after it open the phrase's own noun: "this year's
    results", "Last week's survey" are a document, not "This" and "Last" opening a sentence."""
    if i + 2 >= len(words) or words[i].after:
        return False
    owner = words[i + 1].text.replace("’", "'")
    return owner.endswith("'s") and owner[:-2].lower() in rules.time_adjuncts


def _time_noun(pair: list[Token], rules: Rules) -> bool:
    """ "last night", "Wednesday morning": a time word, then a word of time with nothing between or after."""
    before, word = pair
    return (
        not before.after
        and not word.after
        and before.text.lower() in rules.time_adjuncts
        and word.text in rules.time_adjuncts
    )


def _this_outlet(words: list[Token], rules: Rules) -> bool:
    """ "this outlet", "this newspaper": the outlet named before, as "the outlet" is
    (`Rules.body_anaphora`)."""
    kind = rules.body_anaphora.get(words[-1].text.lower()) if len(words) == 2 else None
    return words[0].text.lower() == "this" and kind in ("outlet", "broadcast")


# prepositions opening a time, a place or an occasion before the subject: "At the briefing, Roe said"
_ADVERBIAL_LEADS = frozenset(
    {"at", "in", "on", "during", "after", "before", "amid", "despite", "following", "from", "with", "over",
     "under", "since"}
)  # fmt: skip
# words that go on with such an opening, never end it: "In the aftermath of the storm", "In a letter to Roe"
_UNBROKEN_ENDS = _ADVERBIAL_LEADS | {"of", "to", "for", "by", "about", "and", "or"}
# sentence adverbs between an opening phrase's comma and the subject: "At the hearing, however, Roe"
_ASIDE_ADVERBS = frozenset(
    {"however", "meanwhile", "though", "then", "instead", "separately", "indeed", "moreover", "furthermore",
     "finally", "nevertheless", "nonetheless", "also", "still"}
)  # fmt: skip
# words after the head of a time's phrase: "the first day of the talks", "the week after the vote"
_HEAD_ENDS = frozenset({"of", "who", "which", "that", "whose", "after", "before", "in", "on", "at", "since"})
# words that may open a time before the subject's comma: "The next day,", "Last week,", "Earlier this year,"
_TIME_OPENERS = frozenset(
    {"the", "this", "that", "last", "next", "a", "an", "one", "every", "each", "earlier", "later", "early",
     "late"}
)  # fmt: skip
# nouns heading a time, besides `Rules.time_adjuncts`: "the first day of the talks"
_TIME_HEADS = frozenset({"day", "days", "time", "hour", "hours", "weeks", "months", "years"})
_AGE = re.compile(r"\d{1,3}-year-old")  # an age before a name: "35-year-old Jane Roe"
# a state just entered before a name: "newly-appointed Tom Hale", "newly elected mayor Tom Hale"
_FRESH = re.compile(r"(?:newly|recently|freshly)[- ][a-z]+ed(?= |$)")
_PLACE_LEADS = frozenset({"in", "across", "throughout"})  # before a list of places opening a sentence
_DAY_LEADS = frozenset({"on", "last", "this", "next", "early", "late"})  # "on Friday", "last Monday"
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_ORDINAL_DAY = re.compile(r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?")  # "11", "11th", not "2023"


_SHORTEST_ING = 5  # letters of a participle opening a sentence ("Representing"; not "King", "Ming")
_MAX_ING_PHRASE = 20  # words of its phrase before the comma


def participle_opening(words: list[Token], rules: Rules, *, opens: bool = True) -> bool:
    """Whether a phrase opens with a capitalised verb of saying in "-ing" and a preposition ("Writing in
    Sharq", "Speaking to reporters", "Commenting on the talks"): a participle, not a name ("King in").
    After a conjunction opening the sentence (`opens` false) the verb is in lower case ("But speaking
    to the Financial Times")."""
    if len(words) < 2 or (opens and not is_capitalised(words[0].text)):
        return False
    low, after = words[0].text.lower(), words[1].text.lower()
    if words[0].after:  # "Reacting, the minister said C": a participle alone before its comma
        return words[0].after[0] == "," and low in rules.lone_participles
    if low in rules.questioned and after in _QUESTIONED_FOLLOW:
        return True  # "Pressed on whether he would call Peters, Hipkins stood firm, saying C"
    verb = low in rules.cues or low in rules.participles or low in _ASIDES  # "Speaking", "Responding"
    if verb and after.endswith("ly") and after.isalpha() and len(after) > 4:
        # an adverb between: "Speaking publicly for the first time, X ...", "Speaking separately, X ..."
        if words[1].after.startswith(","):
            return low.endswith("ing")
        after = words[2].text.lower() if len(words) > 2 and not words[1].after.strip() else after
    # a cue's participle before its object's article or possessive: "Calling the recall a crisis, X
    # said", "Citing its own figures, the ministry said"
    named = low in rules.cues and after in _OBJECT_OPENERS
    return low.endswith("ing") and verb and (after in _OPENING_PREPOSITIONS or named)


def ing_opening(word: str) -> bool:
    """Whether a word opening a sentence may be a participle: capitalised, in "-ing", longer than "King"."""
    return word.endswith("ing") and len(word) > _SHORTEST_ING and is_capitalised(word)


def pronoun_after_ing(words: list[Token], rules: Rules) -> bool:
    """Whether the words open with a capitalised participle's phrase whose comma a subject pronoun
    (`Rules.pronouns`) follows: "Representing Deputy Prime Minister X at the event, he said C" (he is not
    X)."""
    if not words or not ing_opening(words[0].text):
        return False
    comma = next((k for k in range(min(len(words) - 1, _MAX_ING_PHRASE)) if words[k].after), None)
    return (
        comma is not None
        and words[comma].after[:1] == ","
        and words[comma + 1].text.lower() in rules.pronouns
    )


def _head(lowered: list[str]) -> str:
    """The head word: the one before "of" ("leadership of Japan"), else the last."""
    if "of" in lowered[1:]:
        return lowered[lowered.index("of", 1) - 1]
    return lowered[-1]


_DESCRIBED_LINKS = ("of", "at", "for", "with", "from", "in")  # "a neighbour of the family", "a nurse at X"
_DESCRIBED_TAIL = 5  # words after the link: "a co-author of the 2013 report"


def _plain_description(low: list[str], rules: Rules) -> bool:
    """ "the assailant", "a neighbour", "his counterpart": a determiner and up to three plain
    lower-case words, the way a story introduces someone before naming them; a link and a few words may
    follow ("a neighbour of the family", "a co-author of the report"), not a time ("a day after the
    vote")."""
    if len(low) > 3 and low[0] in ("one", "another", "two", "three") and low[1] == "of":
        low = low[2:]  # "One of the released prisoners, Tom Hale,": one of those so described
    link = next((k for k in range(2, min(len(low) - 1, 5)) if low[k] in _DESCRIBED_LINKS), 0)
    if link and len(low) - link - 1 <= _DESCRIBED_TAIL and low[link - 1] not in rules.time_adjuncts:
        low = low[:link]
    head = low[-1]
    related = low[0] in _POSSESSIVE_OPENERS and (head in rules.relations or head in rules.titles)
    return (
        1 < len(low) <= 4
        and not _time_word(head, rules)  # "The next day, Roe said": when, no one's description
        and (low[0] in _DESCRIPTION_OPENERS or related)
        and all(w.replace("-", "").isalpha() and not w.endswith("ly") for w in low[1:])
    )


def _office_named(words: list[Token], lowered: list[str], rules: Rules) -> bool:
    """Whether capitalised words name a body by its noun and a post inside its name, which is no person's
    title and name: "The Office of the Director of Public Prosecutions", "Ontario's Ministry of the
    Attorney General", "A Bench of Justices Jane Roe and Mary Poe" (the noun, then "of"),
    "Franklin County Prosecutor's Office" (a post's, then the noun)."""
    if len(words) < 3 or not all(is_capitalised(w.text) or w.text in _NAME_JOINS for w in words):
        return False
    bare = [w.removesuffix("'s").removesuffix("’s") for w in lowered]  # "General's" is a title
    owned = [w.text.endswith(("'s", "’s")) for w in words]
    titled = (
        bare[k] in rules.titles
        and bare[k + 1] not in _NAME_JOINS
        and bare[k + 1] not in rules.titles
        and bare[k + 1] not in rules.organisations
        for k in range(len(words) - 1)
    )
    if any(titled):
        return False  # "Ministry of Health Spokesman Tom Lee": a post and a person's name
    first = 1 if lowered[0] in ("the", "a", "an") else 0
    if owned[first]:
        first += 1  # "Ontario's": the place the body is of
    if first + 1 < len(words) and lowered[first] in rules.organisations and lowered[first + 1] == "of":
        return True
    return lowered[-1] in rules.organisations and owned[-2]


def _courted_last(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """A role of several parts, then after its last comma a name with a courtesy title, as Nigerian copy
    writes a post and its department: "The utility’s General Manager, Public Affairs, Mrs Jane Roe,"
    (the person named last, the parts before the role)."""
    k = max(i for i, w in enumerate(words[:-1]) if w.after and w.after[0] == ",")
    named = words[k + 1 :]
    first = 1 if words[0].text.lower() in ("the", "a", "an") else 0
    if len(named) < 2:
        return None
    if named[0].text.lower() not in rules.honorifics and not _placed_person(words, k, first, rules):
        return None
    person = classify(text, named, rules)
    if person is None or person.kind != "person" or person.pronoun:
        return None
    role = text[words[first].start : words[k].end]
    return Mention(person.name, "person", role, (words[0].start, words[-1].end))


def _named_last(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """The person named after the last comma of several parts (`_courted_last`, `_acting_last`)."""
    courted = _courted_last(text, words, rules)
    return courted or (_acting_last(text, words, rules) if ing_opening(words[0].text) else None)


def _acting_last(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """A participle's phrase opening the sentence, then a post and a titled name in apposition, as court
    reporters write a judge passing sentence: "Sentencing Hale, the Recorder of Westmere, Judge Jane Roe,
    said" (the person named last, the post between; no one named "Sentencing Hale")."""
    commas = [i for i, w in enumerate(words[:-1]) if w.after and w.after[0] == ","]
    person = classify(text, words[commas[-1] + 1 :], rules)
    if person is None or person.kind != "person" or person.pronoun or not person.role:
        return None
    post = words[commas[0] + 1 : commas[-1] + 1]
    if len(post) < 2 or post[0].text.lower() not in ("the", "a", "an"):
        return None  # "Dashing in, Senator Jane Roe, Republican of Norvale, called": her name, then her post
    role = text[post[1].start : post[-1].end]
    return Mention(person.name, "person", role, (words[commas[0] + 1].start, words[-1].end))


def _trade_word(name: str, rules: Rules) -> bool:
    """Whether a name read after a title is one word closing a body's name instead ("General Motors",
    "Norvale General Insurance"): a firm's suffix or trade, or a body's noun (`Rules.organisations`)."""
    return " " not in name and (
        name in rules.firm_heads or name in rules.firm_suffixes or name.lower() in rules.organisations
    )


def _state_after_town(text: str, left: list[Token], right: list[Token], rules: Rules) -> bool:
    """Whether `right` is a state or a country (`Rules.countries`) after a town that closes `left` after
    "in" or "near": "... in Lexington", "Massachusetts"."""
    if text[right[0].start : right[-1].end] not in rules.countries:
        return False
    k = len(left) - 1
    while k > 0 and is_capitalised(left[k].text):
        k -= 1
    return k < len(left) - 1 and left[k].text in _TOWN_LEADS


_TOWN_LEADS = frozenset({"in", "near", "outside"})  # before a town a state's name may close after a comma


def _party_place(words: list[Token]) -> bool:
    """Whether words are a party's letter and a state or town after a politician's name: "R-Ky.",
    "D-San Antonio", "R-Norvale Springs"."""
    return (
        0 < len(words) <= _PARTY_PLACE_WORDS
        and _PARTY_STATE.match(words[0].text) is not None
        and all(w.text[:1].isupper() for w in words[1:])
    )


def _firm_of_town(found: Mention | None, rules: Rules) -> Mention | None:
    """A firm named in full before "of" and its town ("Norvex Pharmaceuticals of Westmere"), read as a
    person of a place: the firm; any other reading as it is."""
    if found is not None and found.kind == "person" and _firm_named(found.name, rules):
        return attrs.evolve(found, kind="organisation", role=None)
    return found


def _firm_named(name: str, rules: Rules) -> bool:
    """Whether a name closes with a firm's suffix or a trade's word ("Norvex Pharmaceuticals", "Harbour
    Foods Ltd"): a firm's, no person's."""
    last = name.rsplit(" ", 1)[-1]
    return " " in name and (last in rules.firm_heads or last in rules.firm_suffixes)


def _placed_person(words: list[Token], k: int, first: int, rules: Rules) -> bool:
    """Whether the words after the comma at `k` are a person named in full after a post and its place,
    with no courtesy title: "A lecturer at Norvale College, Westmere, Jane Roe," (two or three
    capitalised words, a given name first or a place of one or two words before them; a title's word in
    the post, from `first`)."""
    named = words[k + 1 :]
    if len(named) not in (2, 3) or not all(w.text.isalpha() and w.text[:1].isupper() for w in named):
        return False
    if not any(w.text.lower() in rules.titles for w in words[first:k]):
        return False
    j = max((i for i, w in enumerate(words[:k]) if w.after and w.after[0] == ","), default=-1)
    place = 0 < k - j <= 2 and all(w.text.isalpha() and w.text[:1].isupper() for w in words[j + 1 : k + 1])
    return place or rules.given_name(named[0].text)


def _described(text: str, left: list[Token], aside: str, rules: Rules) -> Mention | None:
    """The speaker before a description in apposition opening with `aside`: a group or a body before
    "a" or "an" ("Officials at Homeland Security Investigations, a division of ICE, said": what the body
    is), a document before "the", "a" or "an" ("A report by the Norvale Audit Office, the council's
    watchdog, found": the issuer described); else None."""
    found = classify(text, left, rules)
    if found is None or found.pronoun:
        return None
    if found.kind == "document" and left[0].text.lower() in ("a", "an", "the"):
        return found
    return found if aside != "the" and found.kind in ("anonymous", "organisation") else None


# words after the head noun of a role in apposition: "a drugmaker that ...", "the largest bank in ...",
# "a lawmaker from the Green Party", "a charity run by volunteers", "the group founded by ..."
_ROLE_HEAD_ENDS = frozenset(
    {"that", "which", "who", "whose", "of", "in", "at", "with", "for", "to", "based", "on", "from", "by",
     "run", "founded", "owned", "where", "since"}
)  # fmt: skip


def _titled_or_acting(
    text: str, left: list[Token], right: list[Token], *, several: bool, rules: Rules
) -> Mention | None:
    """Two appositions read before the others: a document's title, whole ("The report, Safer Harbour
    Streets,"), or its author's post; a person's participle, an aside ("President Tom Hale, opening the
    Westmere Museum on Monday,"); else None."""
    if _titled_document(left, right, several=several, rules=rules):
        return Mention(text[right[0].start : right[-1].end], "document", None, (0, 0))
    if not several and (document := _authors_document(text, left, right, rules)) is not None:
        return document  # "The letter from Jane Roe, head of the Westmere fund,"
    if several and (pair := _apposed_pair(text, left, right, rules)) is not None:
        return pair  # "Tom Hale, the chairman, and Jane Roe, the ranking member,"
    if not (right[0].text.endswith("ing") and right[0].text.islower()):
        return None
    if len(right) > 1 and right[1].text.lower() in rules.titles:
        return None  # "Mary Tan, managing director of ...": a title, no participle
    named = classify(text, left, rules)
    if named is None or named.kind != "person" or named.pronoun or not named.name[:1].isupper():
        return None
    return named


def _titled_document(left: list[Token], right: list[Token], *, several: bool, rules: Rules) -> bool:
    """Whether "the" and a document's noun stand before a title in capitals (its "of" and "and" in lower
    case) in apposition: "The report, Safety of Harbour Streets," (not "the report, its authors")."""
    if (
        several
        or len(left) != 2
        or left[0].text.lower() != "the"
        or left[1].text.lower() not in rules.documents
    ):
        return False
    return right[0].text[:1].isupper() and all(
        w.text[:1].isupper() or w.text in ("of", "and", "for", "the", "in", "on") for w in right
    )


def _heard(words: list[Token], rules: Rules) -> int:
    """Where the words after a verb of hearing or seeing (`Rules.hearing`) start, when one follows the
    phrase's first word before any comma or relative pronoun: "The summit saw ministers" (ministers pledge),
    "Jurors heard the driver" (the driver says); not "Jane Roe, who watched the ceremony,". Else 0."""
    for k, w in enumerate(words[1:-1], 1):
        if w.text in ("who", "which", "that"):
            return 0
        if w.text in rules.hearing:  # (not "has heard what residents want": a question heard)
            return k + 1 if words[k + 1].text.lower() not in rules.question_words else 0
        if w.after:
            return 0
    return 0


def _apposition(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """Two phrases in apposition: "Iran's supreme leader, Ali Khamenei" or "Ali Khamenei, Iran's
    supreme leader". One is a name, the other the role."""
    cut = next(i for i, w in enumerate(words) if w.after and w.after[0] in ",;:") + 1
    left, right = words[:cut], words[cut:]
    if not left or not right:
        return None
    span = (left[0].start, right[-1].end)
    several = any(w.after and w.after[0] in ",;:" for w in right[:-1])
    if not several and is_quantity([w.text.lower() for w in right], rules):
        share = classify(text, left, rules)  # "a third of independents, 33%,": a share and its figure
        if share is not None and share.kind == "anonymous":
            return Mention(share.name, share.kind, None, span)
    if _party_place(right) or (not several and _state_after_town(text, left, right, rules)):
        # "Mitch McConnell, R-Ky.,": the party and state, AP style; "Rep. Jane Roe, R-Norvale Springs,": the
        # party and home town, as state papers write a legislator's; "Jane Roe of Norvex in Lexington,
        # Massachusetts,": the state or country closing a town's name
        named = classify(text, left, rules)
        return None if named is None or named.pronoun else Mention(named.name, named.kind, named.role, span)
    aside = right[0].text.lower()
    if (early := _titled_or_acting(text, left, right, several=several, rules=rules)) is not None:
        return attrs.evolve(early, span=span)
    if right[-1].text.isdigit() and all(w.text.lower() in _AGE_LEADS for w in right[:-1]):
        named = classify(text, left, rules)  # "Mr. Roe, then 38,": an age, the person before it speaks
        return None if named is None or named.pronoun else Mention(named.name, named.kind, named.role, span)
    if aside in _ASIDES or aside in rules.participles or aside in DESCRIBING or aside in _RELATIVE_WORDS:
        # "Yun, for his part, urged"; "Officials, including the mayor, said"; "The newspaper, citing
        # unnamed officials, said"; "The statement, released by X, said"; "a source, who was not
        # authorized to speak, said": what follows the comma is an aside, the phrase before it speaks
        named = classify(text, left, rules)
        return None if named is None or named.pronoun else Mention(named.name, named.kind, named.role, span)
    if aside in ("of", "from") and not several:
        # "Jack Carmichael, of consultants Barnett Waddingham,": where the person works is the role
        named = classify(text, left, rules)
        if named is not None and not named.pronoun and named.kind == "person":
            return Mention(named.name, named.kind, text[right[0].start : right[-1].end], span)
    if aside in ("the", "a", "an") and not several and (before := _described(text, left, aside, rules)):
        return attrs.evolve(before, span=span)
    who = next((k for k, w in enumerate(left[1:], 1) if w.text in ("who", "which")), None)
    if not several and who is not None and not _names_someone(text, right, rules):
        # (but "another governor who has not backed him, Susana Martinez of New Mexico,": her name)
        # "Fashola who appeared at the Presidential Villa, Abuja, said": the comma ends a place inside the
        # relative clause; the name before it speaks
        named = classify(text, left[:who], rules)
        if named is not None and not named.pronoun:
            return Mention(named.name, named.kind, named.role, span)
    if several and (last := _named_last(text, words, rules)) is not None:
        return last
    orders = ((left, right),) if several else ((right, left), (left, right))
    for name_part, role_part in orders:
        # the name's last word, before where the person works: "Anders Wold of the defender's office"
        at = next((k for k, w in enumerate(name_part[1:], 1) if w.text in ("of", "from")), len(name_part))
        if not is_capitalised(name_part[at - 1].text):
            continue  # (tested before the phrase is classified)
        if name_part[0].text.lower() in ("a", "an") and not _moody_name(text, name_part, rules):
            continue  # "a Michigan Republican" names no one; "a grim Jane Roe" names her after her mood
        named = classify(text, name_part, rules)
        if named is None or named.pronoun:
            continue
        if named.kind not in ("person", "organisation", "outlet"):
            continue
        if name_part is right and name_part[0].text.lower() == "the" and _names_someone(text, left, rules):
            continue  # "Lt Gen Abdul Qayyum, the president of PESS,": the titled name, not the role noun
        if (
            named.role
            and name_part is right
            and named.kind in ("person", "organisation")  # "its parent, Leeds-based Harbour Lending Ltd.,"
            and not _serving(named.role, rules)
            and not _full_name(text, left, rules)  # "Jeff Bechdel, chairman of America Rising,": his role
        ):
            return Mention(named.name, named.kind, named.role, span)  # "One pastor, Jane Doe of X Church,"
        if named.role and name_part is right:
            continue
        role = text[role_part[0].start : role_part[-1].end]
        low = [w.text.lower() for w in role_part]
        if not _role_fits(low, named, by_name=name_part is right, rules=rules):
            continue
        if role.lower().startswith(("the ", "a ", "an ")):
            role = role.split(" ", 1)[1]
        for relative in (", who ", ", which ", ", whose ", " who ", " which ", " whose "):
            role = role.split(relative, 1)[0]  # "former curator at X, who first met him in 2005": the post
        kind = "organisation" if named.kind == "person" and _firm_role(low, name_part, rules) else named.kind
        return Mention(named.name, kind, named.role or role, span)
    return None


def _apposed_pair(text: str, left: list[Token], right: list[Token], rules: Rules) -> Mention | None:
    """Two people, each named with a description after a comma and joined by "and": "Tom Hale, who
    chairs the committee, and ranking member Jane Roe," speak together (as "Tom Hale and Jane Roe")."""
    k = next(
        (k for k in range(1, len(right) - 1) if right[k].text == "and" and right[k - 1].after[:1] == ","),
        None,
    )
    if k is None:
        return None
    second = right[k + 1 :]
    if second and second[-1].after[:1] == ",":  # "and Jane Roe, the ranking member,": her name to its comma
        second = second[: next(j for j, w in enumerate(second) if w.after[:1] == ",") + 1]
    first = classify(text, left, rules)
    other = classify(text, second, rules)
    if first is None or other is None or first.kind != "person" or other.kind != "person":
        return None
    if first.pronoun or other.pronoun or not first.name[:1].isupper() or not other.name[:1].isupper():
        return None
    return Mention(f"{first.name} and {other.name}", "person", None, (0, 0))


def _authors_document(text: str, left: list[Token], right: list[Token], rules: Rules) -> Mention | None:
    """A document from or by a person, then the person's post in apposition: "The letter from Jane Roe,
    head of the Westmere fund," is the letter (the post is its author's, no name of its own)."""
    by = next((k for k in range(len(left) - 1, 0, -1) if left[k].text in ("from", "by")), None)
    if by is None or not all(is_capitalised(w.text) for w in left[by + 1 :]):
        return None  # (the author's name closes the phrase)
    if not any(w.text.lower() in rules.titles for w in right[:2]):
        return None
    document = classify(text, left, rules)
    return document if document is not None and document.kind == "document" else None


def _moody_name(text: str, words: list[Token], rules: Rules) -> bool:
    """Whether words opening with "a" or "an" name a person in full after a word of mood in lower case:
    "a grim Jane Roe" (not "a Michigan Republican")."""
    return len(words) > 1 and words[1].text.islower() and _full_name(text, words, rules)


def _role_fits(low: list[str], named: Mention, *, by_name: bool, rules: Rules) -> bool:
    """Whether the words `low` in apposition to a name are its role: a title's, a paper's or a body's
    word; any words after a person's name ("Jane Roe, 54, a mother of two"); a plain description before
    a person's name (`by_name`: "the assailant, John McGraw,"); a body's kind after a body's name
    ("Norvex Pharmaceuticals, one of two makers of cheap tablets,"). Never a time or a place opening the
    sentence: "At Monday's press briefing, Roe said"."""
    if by_name and low[0] in _ADVERBIAL_LEADS:
        return False  # (after the name it is where the person works: "Jane Roe, from the Norvale Institute,")
    if by_name and _time_phrase(low, rules):
        return False  # "The week after the vote, Roe said": when, no role
    titled = any(
        w in rules.titles
        or w.removesuffix("s") in rules.titles
        or w in rules.publications
        or w in rules.organisations
        for w in low
    )
    if titled or (not by_name and named.kind == "person"):
        return True
    kind_named = bool(rules.body_kinds.intersection(_role_heads(low)))
    body = named.kind == "organisation" and kind_named
    if by_name:  # (a body's kind before its name too: "The housing charity, Westmere Homes,", and a name
        # of one word the lists take for a person's: "Housing charity, Shelter,")
        one_word = named.kind == "person" and " " not in named.name and kind_named
        return (named.kind == "person" and _plain_description(low, rules)) or body or one_word
    return body


def _firm_role(low: list[str], name_part: list[Token], rules: Rules) -> bool:
    """Whether a role in apposition names a firm or a body by its noun (`Rules.firm_nouns`,
    `Rules.body_kinds`; not a person's trade too): "Ada Norvex, a drugmaker,", "Norvex, one of two firms
    that run the network,", "Westbank, the league's governing body,". Not after where a person named works
    (`name_part`): "Jane Roe of Westbank, a consulting firm," describes Westbank."""
    if any(w.text in ("of", "from") for w in name_part):
        return False
    return any(
        (h in rules.firm_nouns or h in rules.body_kinds) and h not in rules.peoples_trades
        for h in _role_heads(low)
    )


def _role_heads(low: list[str]) -> tuple[str, str]:
    """The head noun of a role in apposition, as written and in the singular: "one of two makers of
    cheap tablets" -> ("makers", "maker"); a post "of" a body ends before "of"."""
    head = ""
    for w in low[2:] if low[:2] == ["one", "of"] else low:
        participle = w.endswith("ing") and head not in ("", "a", "an", "the") and not _owner(head)
        if w in _ROLE_HEAD_ENDS or participle:
            # (a participle after the noun: "a charity supporting migrants"; not "a housing charity", nor
            # after an owner: "the league's governing body")
            break
        head = w
    return head, head[:-3] + "y" if head.endswith("ies") else head.removesuffix("s")


def _before_day(words: list[Token], rules: Rules) -> int:
    """How many words of a phrase stand before the day closing it, the day no part of the speaker: a
    weekday after a capitalised word ("The Senate's Committee on Interior Thursday", "The Security Council
    on Friday"; not "a poll released Monday": a document's day), or a day of a month after any word but a
    participle ("a council spokesperson 14 Oct."; not "a poll released 14 Oct."); else 0."""
    if len(words) > 2 and words[-1].text.lower() in _DAYS and not words[-2].after:
        cut = len(words) - (2 if words[-2].text.lower() in _DAY_LEADS else 1)
        return cut if is_capitalised(words[cut - 1].text) else 0
    if _day_closing(words, rules) and not words[-3].text.endswith("ed"):
        return len(words) - 2
    return 0


def _day_closing(words: list[Token], rules: Rules) -> bool:
    """Whether a phrase of three words or more closes with a day of a month, the day first or the month
    first: "22 Sept.", "Sept. 22", "3 March"."""
    if len(words) < 3 or words[-3].after or words[-2].after:
        return False
    first, last = words[-2].text.rstrip("."), words[-1].text.rstrip(".")
    day, month = (first, last) if first.isdigit() else (last, first)
    # (ASCII digits only: "²" is a digit no int() reads)
    return day.isascii() and day.isdigit() and 0 < int(day) <= _LAST_DAY and month in rules.months_and_days


_LAST_DAY = 31  # of a month


def _owner(word: str) -> bool:
    """Whether a word in lower case is an owner's possessive: "league's", "firm’s"."""
    return word.endswith(("'s", "’s"))


def _names_someone(text: str, words: list[Token], rules: Rules) -> bool:
    """Whether `words` name a person in full, with a role or not: "Susana Martinez of New Mexico"."""
    named = classify(text, words, rules)
    return named is not None and named.kind == "person" and not named.pronoun and " " in named.name


def _full_name(text: str, words: list[Token], rules: Rules) -> bool:
    """Whether `words` (a comma after them) name a person in full and nothing else: "Jeff Bechdel"."""
    named = classify(text, words, rules)
    if named is None or named.kind != "person" or named.role or named.pronoun:
        return False
    parts = named.name.split()
    return len(parts) > 1 and all(is_capitalised(p) for p in parts)  # not "Another pollster"


def _serving(role: str, rules: Rules) -> bool:
    """Whether a role before a name ends in a post serving a titled person: "spokesman for Russian
    President" (of "spokesman for Russian President Vladimir Putin"), "an adviser to Prime Minister"; not
    "Minister for Foreign Affairs", "Special Envoy for Syria" (no title after the link)."""
    low = [w.strip(",.").lower() for w in role.split()]
    k = max((i for i, w in enumerate(low) if w in rules.serving), default=-1)
    return 0 < k < len(low) - 1 and low[-1] in rules.titles


def _plural_people(text: str, words: list[Token], rules: Rules) -> bool:
    """One capitalised plural noun for people: "Paramedics", "Negotiators" (no person's name). Its
    ending says so (`Rules.people_endings`) or it is a title's plural ("Bishops"); a doer's ending
    (`Rules.agent_endings`: "Negotiators") says so where the article writes it, or one of it, in lower
    case ("Wages", "Opinions" are no people, whatever the article writes)."""
    word = words[0].text
    low = word.lower()
    if len(words) > 1 or not word[:1].isupper() or not low.isalpha() or not plural_noun(low):
        return False
    if low.endswith(("ss", "us", "is")):
        return False  # "Francis", "Jesus": no plural
    if low.endswith(rules.people_endings) or low[:-1] in rules.titles:
        return True  # "Paramedics", "Bishops": no one's name
    seen = lower_words(text)
    return low.endswith(rules.agent_endings) and (low in seen or low[:-1] in seen)


def _people(words: list[Token], lowered: list[str], rules: Rules) -> bool:
    """A nation's people in the plural, perhaps after a determiner: "Russians", "The Iranians"."""
    head = lowered[-1]
    if not head.endswith("s") or head[:-1] not in rules.nationalities or not words[-1].text[0].isupper():
        return False
    return all(low in _DETERMINERS for low in lowered[:-1])


def _pointing_clause(words: list[Token]) -> bool:
    """Whether `words` open with "This", "That" or "It" and a verb in the past with its object after it:
    "This included the Westmere Union" (a noun in "-ed" is seldom followed by an article)."""
    if len(words) < 3 or words[0].text.lower() not in _DEMONSTRATIVES:
        return False
    verb = words[1]
    return verb.text.islower() and verb.text.endswith("ed") and not verb.after and words[2].text in _ARTICLES
