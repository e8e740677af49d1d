"""Attributions made with a set phrase rather than a speaker's cue: ``according-to``, ``in-words``,
``quoted-as``, ``in-document``, ``as-reported`` and the headline ``colon`` ("Merkel: C").
"""

from __future__ import annotations

import re

import attrs

from claimtrack.model import Cue, Outlet
from claimtrack.parse.cues import CueHit, cue_at, cues_in, reports_figures
from claimtrack.parse.outlets import find_outlet
from claimtrack.parse.reader_base import BE_FORMS, MAX_SUBJECT, Found, Span, quote_kind, until_comma
from claimtrack.parse.reported_after import ReportedAfter
from claimtrack.parse.speakers import Mention, classify, lower_words, object_pronoun, pronoun_mention
from claimtrack.parse.tokens import Token, is_capitalised
from claimtrack.rules import Rules
from claimtrack.rules.dates import WEEKDAYS

_QUOTING = frozenset({"quoted", "cited", "reported"})  # "The agency quoted X as saying C"
_SAYING = frozenset({"saying", "telling", "stating"})  # "quoted X as saying": the quoting verb is the cue
# words after "quoted" read for its "as": the one quoted may have a role and a long name before it
# ("quoted the director of Westmere port, Dr. Tom Hale Westbury, as saying")
_QUOTED_REACH = 14

_NOUN_BY_FIRST = 3  # the first word a noun of "NOUN by X that C" may be: "The move follows claims by"
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
_MAX_NAME = 6  # words of a name after a role and a comma: "Captain Frederick van Wyk"
_ACCORDING = re.compile("according", re.IGNORECASE)  # finds every word whose lower case is "according"
# finds every word "as" in any case, as `\bas\b` with re.IGNORECASE does (whose "s" matches "ſ" too),
# written with the letter first, so that the engine skips to the next "a" at once; the lookbehind after
# the "a" is the \b before it (no word character before the "a")
_AS = re.compile(r"[aA](?<!\w.)[sS\u017f]\b")
_AS_WORDS = frozenset({"as", "As", "aS", "AS"})  # every word whose lower case is "as"
_MAX_OPENING_SPEAKER = 8  # words of "Writes The Japan Times," before its comma
# words that end the judge's phrase of "C was criticised by X as “Q”" / "... by X for its cost"
_JUDGE_ENDS = frozenset(
    {"as", "for", "over", "in", "on", "at", "during", "after", "when", "while", "who", "which"}
)
_JUDGED_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that"})
_MARK_PAIRS = {"“": "”", '"': '"', "‘": "’"}  # a quotation's opening mark -> its closing mark
_STANDARD_OWNERS = frozenset({"the", "his", "her", "its", "their", "our", "my"})  # "according to the plan"
_ASIDE_APPOSITION = 6  # words of "a Nairobi-based investment firm" after a name in an "according to" aside
_DAYS_NAMED = frozenset({"yesterday", "today", "tonight"})  # a source's day written without "on"
_PARENTHETICAL = frozenset({"which", "who", "published", "released", "issued", "written", "made", "adopted"})


def _apposition(words: list[Token], k: int, rules: Rules) -> list[Token]:
    """The apposition opening at `words[k]` after a name's comma, "a Nairobi-based investment firm,":
    "a" or "an" and a few words in lower case (or hyphened) to the next comma, no verb among them (not
    "a man was arrested,"); else []."""
    if k >= len(words) or words[k].text not in ("a", "an"):
        return []
    phrase = until_comma(words[k:])
    if not phrase or len(phrase) > _ASIDE_APPOSITION or phrase[-1].after[:1] != ",":
        return []
    if any(w.text in rules.auxiliaries or w.text in rules.cues for w in phrase):
        return []
    return phrase if all(w.text.islower() or "-" in w.text for w in phrase[1:]) else []


def _without_day(phrase: list[Token]) -> list[Token]:
    """A source's phrase without the day closing it ("the body Friday", "the ministry yesterday"); a
    day after "on" or a participle stays, the phrase's own reading ("a poll released Thursday")."""
    last = phrase[-1].text.rstrip(",.:;").lower()
    if len(phrase) < 2 or not (last in WEEKDAYS or last in _DAYS_NAMED):
        return phrase
    before = phrase[-2].text.lower()
    return phrase if before in ("on", "out") or before.endswith("ed") else phrase[:-1]


def _listed_on(words: list[Token], k: int, phrase: list[Token]) -> list[Token]:
    """The parts of a body's listing name after the comma closing the phrase after "according to", when
    they close the sentence: "according to the Ministry of Agriculture, Forestry and Fisheries." (the
    phrase a capitalised name, the parts capitalised, the last after "and"); else none."""
    rest = words[k:]
    if not rest or len(rest) > _MAX_LISTED_PARTS or phrase[-1].after[:1] != ",":
        return []
    named = phrase[1:] if phrase[0].text.lower() == "the" else phrase
    if not named or not all(w.text[:1].isupper() or w.text in _LINKS for w in named):
        return []
    if "and" not in [w.text for w in rest] or rest[-1].after[:1] not in ("", "."):
        return []
    if not all(w.text[:1].isupper() or w.text in _LINKS for w in rest):
        return []
    return [] if any(w.after[:1] not in ("", ",") for w in rest[:-1]) else rest


_MAX_LISTED_PARTS = 8  # words of a listing name's parts after the phrase's first comma
_LINKS = frozenset({"and", "of", "for"})  # small words inside a listing name: "Ministry of Agriculture"


@attrs.define
class PhraseForms(ReportedAfter):
    """Attributions made with a set phrase instead of a speaker's cue."""

    def _ordinary(self, name: str) -> bool:
        """Whether a capitalised phrase is made of words the article also writes in lower case ("Big
        Win", "Morning Email", "FIX IS IN"): a heading, not a person's name."""
        lower = lower_words(self.text)
        words = [w.lower() for w in name.replace("’", "'").split() if w.isalpha()]
        male, female = self.rules.male_names, self.rules.female_names  # "Bill Clinton" though "the bill"
        return any(w in lower and w not in male and w not in female for w in words)

    def _according(self, words: list[Token], end: int) -> Found | None:
        """ "According to X, C", "C, according to X." and "C1, according to X, C2"."""
        hit = None
        if not _ACCORDING.search(self.text, words[0].start, end):
            return None  # one test at C speed: most sentences do not hold the word
        for i, w in enumerate(words[:-2]):
            if w.text.lower() == "according":
                hit = cue_at(words, i, self.rules)
                if hit is not None and hit.complement == "according":
                    break
                hit = None
        if hit is None or self.in_quote(words[hit.first].start) or self._inside_that(words, hit.first):
            return None
        phrase = self._until_mark(words[hit.last + 1 :])
        if not phrase or len(phrase) > 20 or self._standard(words, hit.first, phrase):
            return None
        listed = _listed_on(words, hit.last + 1 + len(phrase), phrase)
        source = _without_day(phrase)  # "according to the body Friday": the body, and when
        mention = object_pronoun(source) or classify(self.text, source, self.rules)
        mention = mention or self._source_phrase(source)
        if listed and mention is not None and mention.kind == "organisation":
            # "according to the Ministry of Agriculture, Forestry and Fisheries.": the name whole
            named = (mention.span[0], listed[-1].end)
            mention = Mention(self.text[named[0] : named[1]], "organisation", mention.role, named)
            phrase = [*phrase, *listed]
        spans: list[Span] = []
        i = hit.first
        closes = phrase[-1] is words[-1]  # "Trump leads by 5 points according to a new poll."
        if i > 0 and (words[i - 1].after[:1] == "," or closes):
            before = self._trim(words[0].start, words[i - 1].end)
            if before and len(self.text[before[0] : before[1]].split()) >= 3:
                spans.append(before)
        if self._mark(phrase[-1]) in (",", ":"):  # "According to X, C" / "According to HuffPo: “C”"
            k = hit.last + 1 + len(phrase)
            holder = self._holder_named(words, k, mention, phrase)
            if holder is not None:  # "According to police spokesperson, Captain Frederick van Wyk, C"
                mention, k = holder
            aside = i > 0 and words[i - 1].after[:1] == ","
            apposed = _apposition(words, k, self.rules) if aside and mention is not None else []
            if apposed:  # "C1, according to Cytonn, a Nairobi-based investment firm, C2": who X is
                k += len(apposed)
                body = apposed[-1].text.lower().rstrip(",") in self.rules.organisations
                if body and mention is not None and mention.kind == "person" and " " not in mention.name:
                    mention = attrs.evolve(mention, kind="organisation")
            while k < len(words) and (
                words[k].text.lower() in _PARENTHETICAL
                or (words[k].text.islower() and words[k].text.endswith("ed"))
            ):
                nxt = until_comma(words[k:])
                if not nxt or nxt[-1].after[:1] != "," or len(nxt) > 8:
                    break
                k += len(nxt)
            if k < len(words) and words[k].text.lower() not in (
                "who",
                "which",
            ):  # "..., who declined to be named."
                after = self._trim(words[k].start, end)
                if after and len(self.text[after[0] : after[1]].split()) >= 2:
                    spans.append(after)
        if not spans:
            return None
        inner = self._said_through(words[:i], mention) if len(spans) == 1 and closes else None
        if inner is not None:
            return inner
        return Found(spans, mention, self._cue(words, hit), "statement", "according", None,
                     quote_kind(self.text, spans), "according-to")  # fmt: skip

    def _inside_that(self, words: list[Token], i: int) -> bool:
        """Whether "according to" at `i` opens the content of a cue before it, after "that" and a comma:
        "Tom Hale told the paper that, according to early reports, C" is Hale's claim, the reports
        inside it."""
        if i < 2 or words[i - 1].text != "that" or words[i - 1].after[:1] != ",":
            return False
        return any(cue_at(words, j, self.rules) is not None for j in range(i - 1))

    def _holder_named(
        self, words: list[Token], k: int, mention: Mention | None, phrase: list[Token]
    ) -> tuple[Mention, int] | None:
        """ "According to provincial police spokesperson, Captain Frederick van Wyk, C": a role that names
        no one, then between commas the name of the one who holds it, who is the source (as after "said":
        `_named_after_role`); with where the content starts after the name."""
        if mention is None or mention.kind != "anonymous" or not self._titled(phrase):
            return None  # a role of one person, unnamed: "the ministry spokesman", not "officials"
        name = until_comma(words[k:])
        if not name or len(name) > _MAX_NAME or k + len(name) >= len(words):
            return None
        holder, taken = self._named_after_role(phrase, mention, name, closed=True)
        return (holder, k + taken) if taken else None

    def _standard(self, words: list[Token], i: int, phrase: list[Token]) -> bool:
        """Whether "according to" at `words[i]`, with `phrase` after it, tells how a thing was done, not
        who says so: right after a verb, no comma between, a standard of `Rules.manner_standards` ("played
        according to instructions", "went according to the plan"; not "According to the plan, C")."""
        if i == 0 or words[i - 1].after[:1] == ",":
            return False
        k = 1 if len(phrase) > 1 and phrase[0].text.lower() in _STANDARD_OWNERS else 0
        # the noun, or one word describing it before it ("according to Islamic rites", "local customs")
        return any(w.text.lower() in self.rules.manner_standards for w in phrase[k : k + 2])

    def _said_through(self, before: list[Token], medium: Mention) -> Found | None:
        """ "Sanders said the vote was rigged, according to CNN": Sanders said it, and CNN carried it; the
        claim is his, with CNN as its outlet."""
        if medium.kind != "outlet" or not before:
            return None
        found = self._leading(before, before[-1].end)
        if len(found) != 1 or found[0].mention.pronoun or found[0].outlet is not None:
            return None
        found[0].outlet = Outlet(name=medium.name, span=medium.span)
        return found[0]

    def _in_words(self, words: list[Token], end: int) -> Found | None:
        """ "In his words, C", "In Lavrov's words, C", "In the words of X, C"; and the other nouns of
        `Rules.in_words`: "In his opinion, C", "In the expert's view, C", "In the opinion of X, C"."""
        if words[0].text.lower() != "in" or len(words) < 6:
            return None
        low = [w.text.lower() for w in words[:4]]
        table = self.rules.in_words
        phrase: list[Token] = []
        # the noun after one owner ("his", "Lavrov's") or two ("the expert's")
        n = next((j for j in (2, 3) if low[j] in table and words[j].after[:1] == ","), 0)
        if n and (n == 2 or low[1] == "the"):
            k = n + 1
            w = words[n - 1]
            if n == 2 and low[1] in _POSSESSIVE_PRONOUNS:  # "In his words,"
                mention: Mention | None = pronoun_mention(_POSSESSIVE_PRONOUNS[low[1]], (w.start, w.end))
            elif w.text.endswith(("'s", "’s")):  # "In Lavrov's words,", "In the expert's opinion,"
                phrase = [*words[1 : n - 1], Token(w.start, w.end - 2, w.text[:-2], "")]
                mention = classify(self.text, phrase, self.rules)
            else:
                return None
        elif low[1] == "the" and low[2] in table and low[3] == "of":  # "In the words of X,"
            n = 2
            phrase = until_comma(words[4:])
            if not phrase or phrase[-1].after[:1] != ",":
                return None
            mention = classify(self.text, phrase, self.rules)
            k = 4 + len(phrase)
        else:
            return None
        content = self._trim(words[k].start, end) if k < len(words) else None
        if mention is None or content is None or self.in_quote(words[0].start):
            return None
        lemma, implied = table[low[n]]
        cue_end = words[n].end if k == n + 1 else words[3].end
        cue = Cue(text=self.text[words[0].start : cue_end], lemma=lemma, span=(words[0].start, cue_end))
        return Found([content], mention, cue, implied, "clause", None, quote_kind(self.text, [content]),
                     "in-words")  # fmt: skip

    def _mark(self, w: Token) -> str:
        """The mark after a word, past a closing bracket: "," of "(VNA),"."""
        if not w.after and self.text.startswith(("),", "],", "):", "]:"), w.end):
            return self.text[w.end + 1]
        return w.after[:1]

    def _until_mark(self, words: list[Token]) -> list[Token]:
        """`until_comma`, a comma after a closing bracket ending the phrase too when a clause follows it:
        "According to Vietnam news agency (VNA), he said C" (not a name in apposition: "according to the
        Director General of the Centre (NCDC), Ada Obi")."""
        phrase = until_comma(words)
        k = next((k for k, w in enumerate(phrase[:-1]) if self._mark(w) in (",", ":")), None)
        if k is None or all(is_capitalised(w.text) for w in phrase[k + 1 :]):
            return phrase
        return phrase[: k + 1]

    def _quoted_as(self, words: list[Token], end: int) -> Found | None:
        """ "The agency quoted Morgulov as saying that C" / "Lavrov is quoted by TASS as saying C": the
        person quoted speaks; the one quoting (an outlet) carried the words."""
        between = self.text[words[0].start : words[-1].end]
        if "quoted" not in between and "cited" not in between and "reported" not in between:
            return None  # three tests at C speed: most sentences hold none of the words
        q = next((k for k, w in enumerate(words[:-4]) if w.text in _QUOTING), None)
        if q is None or q == 0 or self.in_quote(words[q].start):
            return None
        # `a` ends the one quoted, `say` is the participle: "quoted X as saying", or with no "as", "The Star
        # reported a source saying that C"
        a = next(
            (k for k in range(q + 1, min(len(words) - 2, q + _QUOTED_REACH)) if words[k].text == "as"), None
        )
        say = a + 1 if a is not None else 0
        judged = self._cue_participle(words[say].text) if a is not None else None  # "as blasting X as C"
        if a is None or (words[say].text not in _SAYING and judged is None):
            a = say = next(
                (k for k in range(q + 2, min(len(words) - 2, q + 8)) if words[k].text == "saying"), 0
            )
            if not a or words[a - 1].after or words[q - 1].text.lower() in BE_FORMS:
                return None
        if a == q + 1:
            return None  # "was quoted as saying" is a cue of its own
        passive = words[q - 1].text.lower() in BE_FORMS
        if passive:  # "Lavrov is quoted by TASS as saying"
            mention = self.subject(words, q - 1)
            carrier = words[q + 2 : a] if words[q + 1].text == "by" else []
            # "quoted by the country's official news agency Tuesday evening as saying", "by TASS on Monday":
            # the time phrase says when, it is no part of the outlet's name
            cut = next((k for k, w in enumerate(carrier) if k and self._time_word(w.text)), None)
            carrier = carrier[:cut]
        else:  # "The agency quoted Morgulov as saying", "Reuters quoted him as saying"
            # "The Daily Times reported quoting sources in the ministry as saying": the ones quoted follow
            first = q + 2 if words[q + 1].text in ("quoting", "citing") and q + 2 < a else q + 1
            mention = object_pronoun(words[first:a]) or classify(self.text, words[first:a], self.rules)
            # (after an opening phrase's comma: "In a long report on the port, the daily quoted Y")
            carrier = words[next((k + 1 for k in range(q - 1, -1, -1) if words[k].after[:1] == ","), 0) : q]
            cut = next((k for k, w in enumerate(carrier) if k and w.text.lower() in WEEKDAYS), None)
            carrier = carrier[:cut]  # "X's Harbour News daily Thursday quoted": the day is no part of it
        if mention is None:
            return None
        if (anaphor := self._paper_anaphor(carrier)) is not None:
            carrier = []  # "the English-language paper quoted X": the paper named last, filled in later
        paper = any(w.text.lower() in self.rules.publications for w in carrier)  # "English daily The Star"
        named = len(carrier) > 1 and is_capitalised(carrier[-2].text)
        if named and carrier[-1].text in self.rules.publication_anaphora:
            carrier = carrier[:-1]  # "Harbour News daily quoted": the paper's noun is no part of its name
        carrier = self._past_country(carrier)  # "The United Arab Emirates' Harbour News"
        medium = classify(self.text, carrier, self.rules) if carrier else None
        outlet = anaphor
        if medium is not None and (medium.kind == "outlet" or paper):
            outlet = Outlet(name=medium.name, span=medium.span)
        if words[q].text == "reported" and (passive or outlet is None):
            return None  # "Police reported a man saying C": only an outlet reports another's words so
        start = say + 2 if words[say + 1].text == "that" and say + 2 < len(words) else say + 1
        content = self._trim(words[start].start, end)
        if content is None or len(self.text[content[0] : content[1]].split()) < 3:
            return None
        marks = self.quote_at(words[say].end) if start == say + 1 else None
        if marks is not None and marks.open < end:  # "as saying: “C1. C2.”": the quotation, however long
            content = self._trim(*marks.parts[0]) or content
        cue = Cue(text=words[q].text, lemma="quote", span=(words[q].start, words[q].end))  # "quoted"
        implied = "statement"
        if judged is not None:  # "quoted a councillor as blasting the mayor as “reckless”": what he did
            cue = Cue(text=words[say].text, lemma=judged[0], span=(words[say].start, words[say].end))
            implied = judged[1]
        quote = quote_kind(self.text, [content])
        return Found([content], mention, cue, implied, "clause", outlet, quote, "quoted-as")

    def _paper_anaphor(self, carrier: list[Token]) -> Outlet | None:
        """ "the paper", "The English-language paper", "the state-owned daily": "the", words that are no
        name (lower case, hyphenated, a nationality), and a noun of `Rules.publication_anaphora`, as
        an outlet the caller fills in with the one named last; None for any other words."""
        if len(carrier) < 2 or carrier[0].text.lower() != "the":
            return None
        noun = carrier[-1]
        if noun.text not in self.rules.publication_anaphora:
            return None
        for w in carrier[1:-1]:
            if (
                is_capitalised(w.text)
                and "-" not in w.text
                and w.text.lower() not in self.rules.nationalities
            ):
                return None  # "The Harbour News daily": a name
        return Outlet(name=f"{carrier[0].text} {noun.text}", span=(carrier[0].start, noun.end))

    def _past_country(self, carrier: list[Token]) -> list[Token]:
        """The words of a medium's name after a country's possessive opening them ("Japan's Harbour
        News", "The United Arab Emirates' Harbour News": Harbour News); all of them when none does."""
        for k, w in enumerate(carrier[:-1]):
            owner = w.text[:-2] if w.text.endswith(("'s", "’s")) else w.text if w.after in ("'", "’") else ""
            country = self.text[carrier[0].start : w.start] + owner
            if owner and (country in self.rules.countries or f"t{country[1:]}" in self.rules.countries):
                return carrier[k + 1 :]  # (a sentence's "The" is the table's "the")
        return carrier

    def _cue_participle(self, word: str) -> tuple[str, str] | None:
        """The lemma and kind of a cue whose participle `word` is ("blasting": blasted, "urging"), other
        than one of saying; None for any other word."""
        if not word.endswith("ing") or word in _SAYING:
            return None
        entry = next((self.rules.cues[f] for f in (word, f"{word[:-3]}ed") if f in self.rules.cues), None)
        return (entry[0], entry[1]) if entry is not None else None

    def _time_word(self, word: str) -> bool:
        """A word opening a time phrase after a name: "on", "last", "Tuesday" (not "Today", a show)."""
        return word in self.rules.months_and_days or (word.islower() and word in self.rules.time_adjuncts)

    def _in_document(self, words: list[Token], end: int) -> Found | None:
        """ "In the new Post-ABC poll, Trump wins 1 in 3 voters": a finding credited to the document the
        sentence opens with (when no one in the sentence is credited with saying it)."""
        if words[0].text.lower() != "in" or self.in_quote(words[0].start):
            return None
        phrase = until_comma(words[1 : MAX_SUBJECT + 2])
        if not phrase or phrase[-1].after[:1] != "," or 1 + len(phrase) >= len(words):
            return None
        if not any(w.text.lower() in self.rules.findings for w in phrase):
            return None  # "In the video, X is seen walking": a setting, not a source of findings
        mention = classify(self.text, phrase, self.rules)  # (after the test above: it costs more)
        content = self._trim(words[1 + len(phrase)].start, end)
        if mention is None or mention.kind != "document" or content is None:
            return None
        if len(self.text[content[0] : content[1]].split()) < 4:
            return None
        cue = Cue(text=words[0].text, lemma="in", span=(words[0].start, words[0].end))
        return Found([content], mention, cue, "statement", "clause", None, quote_kind(self.text, [content]),
                     "in-document")  # fmt: skip

    def _noun_by(self, words: list[Token], end: int) -> Found | None:
        """ "The move follows claims by the institute that C", "a warning by the central bank, issued on
        Monday, that C": a noun of speech (`Rules.speech_nouns`), its speaker after "by", then "that"."""
        lo, hi = words[0].start, words[-1].end
        if self.text.find(" by ", lo, hi) < 0 or self.text.find(" that ", lo, hi) < 0:
            return None  # two tests at C speed: most sentences lack one of the words
        k = next((j for j, w in enumerate(words[:-4]) if w.text == "by" and j > 0), None)
        if k is None or words[k - 1].after or self.in_quote(words[k].start):
            return None
        if k - 1 < _NOUN_BY_FIRST:
            return (
                None  # "Claims by X that C were rejected": the noun opens the subject, C runs into its verb
            )
        entry = self.rules.speech_nouns.get(words[k - 1].text.lower())
        phrase = until_comma(words[k + 1 : k + 1 + MAX_SUBJECT])
        phrase = phrase[: next((j for j, w in enumerate(phrase) if w.text == "that"), len(phrase))]
        if entry is None or not phrase:
            return None
        # "that" right after the speaker, or after one aside between commas ("..., reported last week, that")
        t = k + 1 + len(phrase)
        if phrase[-1].after[:1] == ",":
            aside = until_comma(words[t : t + MAX_SUBJECT])
            t += len(aside) if aside and aside[-1].after[:1] == "," else MAX_SUBJECT
        if t + 1 >= len(words) or words[t].text != "that" or phrase[-1].after not in ("", ","):
            return None
        mention = classify(self.text, phrase, self.rules)
        content = self._trim(words[t + 1].start, end)
        if mention is None or mention.pronoun or content is None:
            return None
        noun = words[k - 1]
        cue = Cue(text=noun.text, lemma=entry[0], span=(noun.start, noun.end))
        return Found([content], mention, cue, entry[1], "clause", None, quote_kind(self.text, [content]),
                     "noun-by")  # fmt: skip

    def _judged_by(self, words: list[Token], end: int) -> Found | None:
        """ "The tax plan was criticised by the opposition", "The budget was condemned by the unions as
        “a gift to the rich”": a judgement in the passive (`Rules.judged_by`), its judge after "by"; the
        content is the words quoted after "as", or else the subject judged."""
        lo, hi = words[0].start, words[-1].end
        if self.text.find(" by ", lo, hi) < 0:
            return None  # one test at C speed: most sentences lack the word
        k = next((j for j in range(2, min(len(words) - 2, MAX_SUBJECT + 2)) if words[j].text.lower()
                  in self.rules.judged_by and words[j - 1].text.lower() in BE_FORMS), None)  # fmt: skip
        if k is None or words[k + 1].text != "by" or self.in_quote(words[k].start):
            return None
        subject = words[: k - 1]
        if subject and subject[-1].text.lower() in ("has", "have", "had"):
            subject = subject[:-1]  # "has been criticised"
        phrase = until_comma(words[k + 2 : k + 3 + MAX_SUBJECT])
        cut = next((j for j, w in enumerate(phrase) if w.text.lower() in _JUDGE_ENDS), len(phrase))
        closed = cut < len(phrase) or phrase[-1].after[:1] in (",", ".", ";") or k + 2 + cut == len(words)
        if not 0 < cut <= MAX_SUBJECT or not closed:
            return None  # the judge's phrase runs on: no clear end to it
        # the one judging speaks whatever the phrase is ("by the pan-dems", "by X and Y"), as after
        # "according to"
        mention = classify(self.text, phrase[:cut], self.rules) or self._source_phrase(phrase[:cut])
        if mention is None or mention.pronoun or not subject:
            return None
        content: Span | None = None
        if cut < len(phrase) and phrase[cut].text.lower() == "as":  # "... as “Q”"
            at = phrase[cut].end
            while at < end and self.text[at] == " ":
                at += 1
            close = _MARK_PAIRS.get(self.text[at : at + 1])
            shut = self.text.find(close, at + 1, end) if close else -1
            content = self._trim(at + 1, shut) if shut > at + 1 else None
        if content is None and len(subject) >= 2 and subject[0].text.lower() not in _JUDGED_PRONOUNS:
            judged = classify(self.text, subject, self.rules)
            if judged is None or judged.kind not in ("person", "group"):  # "Smith was praised by X": no claim
                content = self._trim(subject[0].start, subject[-1].end)
        if content is None:
            return None
        be, w = words[k - 1], words[k]  # the cue is the passive verb, "was criticised", as annotators mark it
        cue = Cue(text=self.text[be.start : w.end], lemma=self.rules.judged_by[w.text.lower()],
                  span=(be.start, w.end))  # fmt: skip
        quoted = self.text[content[0] - 1 : content[0]] in _MARK_PAIRS  # the words inside the marks
        quote = "direct" if quoted else quote_kind(self.text, [content])
        return Found([content], mention, cue, "opinion", "thing", None, quote, "judged-by")

    def _inverted_opening(self, words: list[Token], end: int) -> Found | None:
        """ "Writes The Japan Times, C" / "Says the ministry, C": a cue opening the sentence before its
        speaker and a comma, as translated press reviews write it."""
        first = words[0].text
        entry = self.rules.cues.get(first.lower())
        if (
            entry is None
            or not first[:1].isupper()
            or first.lower() not in self.rules.inverting
            or words[0].after
        ):
            return None
        opener = words[1].text
        if entry[0] == "ask" or not (opener[:1].isupper() or opener.lower() in ("the", "a", "an", "one")):
            return None  # "Asked about the charges, Rubio said C": a question put, and the answer follows
        k = next(
            (j for j in range(1, min(len(words) - 3, _MAX_OPENING_SPEAKER)) if words[j].after[:1] == ","),
            None,
        )
        if k is None:
            return None
        mention = classify(self.text, words[1 : k + 1], self.rules)
        content = self._trim(words[k + 1].start, end)
        if mention is None or mention.pronoun or content is None:
            return None
        cue = Cue(text=first, lemma=entry[0], span=(words[0].start, words[0].end))
        return Found([content], mention, cue, entry[1], "clause", None, quote_kind(self.text, [content]),
                     "inverted-opening")  # fmt: skip

    def _as_reported(self, words: list[Token], end: int) -> Found | None:
        """ "C, as The New York Times reported on Tuesday.", "As reported by CNN, C", "As Smith noted, C"."""
        if not _AS.search(self.text, words[0].start, words[-1].end):
            return None  # one test at C speed: no word "as", no "as" clause
        for i, w in enumerate(words[:-2]):
            if w.text not in _AS_WORDS or (i > 0 and words[i - 1].after[:1] != ","):
                continue
            if self.in_quote(w.start):
                return None
            clause = until_comma(words[i + 1 : i + 14])  # bounded: an "as" clause is short
            if len(clause) < 2 or len(clause) > 12:
                continue
            hits = cues_in(self.text, clause, self.rules, limit=1)
            if not hits or hits[0].lemma not in self.rules.as_cues:
                continue
            hit = hits[0]
            if hit.complement == "about":  # "as the Times reported on Tuesday": the verb alone
                hit = CueHit(hit.first, hit.first, hit.lemma, hit.kind, "clause")
            after = clause[hit.last + 1 :]
            if hit.first == 0 and after[:1] and after[0].text == "by":  # "as reported by CNN"
                mention = classify(self.text, after[1:], self.rules)
            elif hit.first == 0 and after[:1] and after[0].text == "in":
                # "As reported in the Times, C"; "As emphasized in the department, C" (translated from
                # Russian, "в ведомстве"): a body or an outlet, not a document ("as noted in the report")
                mention = classify(self.text, after[1:], self.rules)
                if mention is not None and mention.kind not in ("organisation", "outlet"):
                    continue
            # "as the Times reported (on Tuesday)"; not "as the lender reported a loss", figures
            elif (
                hit.first > 0 and len(after) <= 4 and not reports_figures([w.text for w in after], self.rules)
            ):
                mention = classify(self.text, clause[: hit.first], self.rules)
            else:
                continue
            if mention is None or mention.pronoun:
                return None
            if i == 0:
                if clause[-1] is words[-1]:
                    return None
                content = self._trim(words[i + 1 + len(clause)].start, end)
            else:
                content = self._trim(words[0].start, words[i - 1].end)
            if content is None or len(self.text[content[0] : content[1]].split()) < 3:
                return None
            outlet = find_outlet(self.text, clause[hit.first].start, clause[-1].end, self.rules)
            return Found([content], mention, self._cue(clause, hit), hit.kind, hit.complement, outlet,
                         quote_kind(self.text, [content]), "as-reported")  # fmt: skip
        return None

    def _source_phrase(self, phrase: list[Token]) -> Mention:
        """Whatever "according to" names, when it is no name or known noun: "early returns"."""
        span = (phrase[0].start, phrase[-1].end)
        name = self.text[span[0] : span[1]]
        head = phrase[-1].text.lower()
        kind = (
            "document"
            if head in self.rules.documents or not phrase[-1].text[:1].isupper()
            else "organisation"
        )
        return Mention(name, kind, None, span)

    def _colon(self, words: list[Token], end: int) -> Found | None:
        """ "Ryan: Anti-Semitic Images Have No Place": a name, a colon, what the named said."""
        if self.text.find(":", words[0].start, end) < 0:
            return None  # (asked first: most sentences hold no colon; the words' marks are in the text)
        k = next((j for j, w in enumerate(words[:7]) if w.after), None)
        if k is None or words[k].after[:1] != ":" or len(words) - k < 4:
            return None
        if self.text[words[0].start - 1 : words[0].start] == "(":
            return None  # "(AAP: Dean Lewins, file photo)": a photo's credit in brackets, no one's words
        phrase = words[: k + 1]
        if k > 0 and cue_at(words, k, self.rules) is not None:
            return None  # "The report states: “C”": a cue before the colon, which the quote forms read
        if any(w.text in self.rules.auxiliaries or w.text.endswith(("n't", "n’t")) for w in phrase):
            return None  # "The report was clear: C", "One thing it doesn't mention: C": a clause, no name
        label = self.text[phrase[0].start : phrase[-1].end].lower().replace("’", "'")
        first = phrase[0].text.lower()
        if label in self.rules.labels or first in self.rules.labels or first[:1].isdigit() or len(label) < 3:
            return None
        if label in self.rules.other_stories:
            # "C, Roe said. ALSO READ: Ferries halted": a link to another story inside the paragraph
            return None
        if _qualified_label(label, self.rules):
            return None  # "German press review: Cities sink deeper into the red": a label, no one's words
        if label.title() in self.rules.countries:
            return None  # "Kenya: Five Elephants Poached in Tsavo": a portal's country label, no one's words
        mention = classify(self.text, phrase, self.rules)
        if (
            mention is None
            or mention.pronoun
            or mention.kind not in ("person", "organisation", "outlet", "document")
        ):
            return None
        if mention.kind == "person" and self._ordinary(mention.name):
            return None  # "Big Win for Bernie:", "Delegate Update:": a heading, no one's name
        colon = self.text.find(":", words[k].end, words[k + 1].start)
        content = self._trim(words[k + 1].start, end)
        if colon < 0 or content is None:
            return None
        listed = words[k + 1 :]
        if sum(any(c.isdigit() for c in w.text) for w in listed) * 2 > len(listed):
            return None  # "Güncelleme Tarihi: 30 Mayıs 2015, 09:44": a stamp of figures, no one's words
        if (
            sum(w.after[:1] == "," for w in listed) >= 3
            and sum(w.text[:1].isupper() for w in listed) * 3 > len(listed) * 2
        ):
            return None  # "New Hampshire: Jane Doe, John Roe, ...": a list of names under a heading, no claim
        cue = Cue(text=":", lemma="say", span=(colon, colon + 1))
        return Found([content], mention, cue, "statement", "clause", None, quote_kind(self.text, [content]),
                     "colon")  # fmt: skip


def _qualified_label(label: str, rules: Rules) -> bool:
    """Whether a phrase before a colon is a label with a word before it: its last two words a label
    ("German press review", "Weekly live updates"), or its last word one after a nationality ("Spanish
    review")."""
    words = label.split()
    if len(words) < 2:
        return False
    return " ".join(words[-2:]) in rules.labels or (
        words[-1] in rules.labels and words[0] in rules.nationalities
    )
