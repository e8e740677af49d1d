"""Speaker phrases the cue forms share: the name after an inverted cue ("said X"), an apposition after it
("said Ivan Petrov, an analyst at VTB Capital"), the phrase a relative pronoun stands for, an outlet relaying
a source ("reports Al-Rai daily quoting reliable sources") and a group joined by "and" ("Experts on North
Korea and nuclear nonproliferation"). `Subjects` (subjects.py) builds on them.
"""

from __future__ import annotations

import attrs

from claimtrack.model import Outlet
from claimtrack.parse.reader_base import MAX_SUBJECT, ReaderBase, until_comma
from claimtrack.parse.speaker_names import role_only
from claimtrack.parse.speaker_words import NOUN_OPENERS
from claimtrack.parse.speakers import Mention, classify
from claimtrack.parse.tokens import Token, is_capitalised
from claimtrack.rules.dates import NUMBER_WORDS

BOUNDARY_WORDS = frozenset(
    {"that", "and", "but", "because", "while", "as", "when", "after", "if", "so", "which", "who",
     "where", "although", "though", "since", "before", "until", "whether", "than", "or", "nor",
     # prepositions that open an adverbial, never a speaker's phrase: "moved them to an island despite
     # protests from rights groups who say C" (the groups say it, not "an island despite ...")
     "despite", "amid"}
)  # fmt: skip
TRAILING_WORDS = frozenset(
    {"in", "on", "at", "during", "after", "before", "from", "with", "to", "speaking", "known", "who",
     "whose", "whom", "while", "when", "as", "last", "this", "earlier", "later", "yesterday", "today",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "told"}
)  # fmt: skip  # words that end the name after an inverted cue: "said Smith in a statement"

_PREPOSITIONS = frozenset({"to", "on", "in", "at", "for", "with", "from", "by", "of", "into", "about"})


@attrs.define
class SpeakerPhrases(ReaderBase):
    """Speaker phrases around a cue that are read the same way by every form."""

    def _joined_objects(self, phrase: list[Token]) -> Mention | None:
        """ "Experts on North Korea and nuclear nonproliferation said": the "and" joined two objects of
        the phrase, not two clauses; the phrase names a group by the noun before its preposition."""
        k = next((j for j, w in enumerate(phrase) if w.text in ("on", "in", "at", "from", "of")), 0)
        head = phrase[k - 1].text.lower() if k else ""
        if head not in self.rules.anonymous and head.removesuffix("s") not in self.rules.organisations:
            return None
        mention = classify(self.text, phrase, self.rules)
        if mention is not None and not mention.pronoun and mention.kind in ("anonymous", "organisation"):
            return mention
        return None

    def relay(self, phrase: list[Token]) -> tuple[Mention, Outlet] | None:
        """ "Al-Rai daily quoting reliable sources", "Xinhua Sunday citing spokesperson X": an outlet, then
        the source it relays (Gulf and Indian agency copy). The source speaks; the outlet carried it."""
        q = next((k for k, w in enumerate(phrase) if w.text in ("quoting", "citing")), 0)
        if not q or q == len(phrase) - 1 or phrase[q - 1].after:
            return None
        source = classify(self.text, phrase[q + 1 :], self.rules)
        if source is None or source.pronoun or source.kind == "outlet":
            return None
        named = phrase[:q]
        while len(named) > 1 and (
            named[-1].text.lower() in self.rules.publications
            or named[-1].text in self.rules.months_and_days
            or named[-1].text == "on"
        ):
            named = named[:-1]  # "Al-Rai daily", "Xinhua Sunday"
        if named[0].text.lower() == "the" and len(named) > 1:
            named = named[1:]
        if not all(is_capitalised(w.text) for w in named) or len(named) > 4:
            return None
        span = (named[0].start, named[-1].end)
        return source, Outlet(name=self.text[span[0] : span[1]], span=span)

    def _inverted(self, phrase: list[Token]) -> Mention | None:
        """The speaker after an inverted cue ("said X"), without what trails the name: "said Sen. Dick
        Durbin (D-Ill.) in an interview", "said the base chief known as Bob"."""
        relayed = self.relay(phrase)
        if relayed is not None:
            return relayed[0]  # "..., reported Xinhua citing X": X speaks
        mention = classify(self.text, phrase, self.rules)
        if mention is not None:
            return self.named_before_trailing(phrase, mention)
        for k in range(1, len(phrase)):
            if phrase[k].text in TRAILING_WORDS and not phrase[k - 1].after:
                found = classify(self.text, phrase[:k], self.rules)
                return None if found is None or found.pronoun else found
        return None

    def named_before_trailing(self, phrase: list[Token], mention: Mention) -> Mention:
        """The person named before what trails the name after an inverted cue, when the whole phrase reads
        as someone unnamed, a body or a document: "wrote Matthew Karr in an article for this outlet" is
        Matthew Karr, "said Hamid during the joint news conference" Hamid, "says scientist Autun Purser in
        a press release" Autun Purser."""
        if mention.kind not in ("anonymous", "organisation", "document"):
            return mention
        if mention.kind == "anonymous" and not is_capitalised(phrase[0].text):
            return mention  # "wrote a reader in a letter": no one named
        k = next((k for k in range(1, len(phrase)) if phrase[k].text in TRAILING_WORDS), 0)
        if not k or phrase[k - 1].after:
            return mention
        found = classify(self.text, phrase[:k], self.rules)
        # (or a body named before an occasion: "said the Harbour Reform Party in a statement")
        kinds = (
            ("person", "organisation")
            if mention.kind == "organisation" and _occasion(phrase, k)
            else ("person",)
        )
        named = found is not None and found.kind in kinds and not found.pronoun and found.name[:1].isupper()
        return found if found is not None and named else mention

    def _apposed(
        self, name: list[Token], mention: Mention, after: list[Token], *, closed: bool
    ) -> tuple[Mention, int]:
        """The speaker named by `name` with the apposition that follows it ("said Ivan Petrov, an analyst
        at VTB Capital"), and how many words of `after` that took; `closed`: the apposition must end in a
        comma (the sentence goes on after it)."""
        role = until_comma(after[:MAX_SUBJECT])
        if (
            role
            and name
            and name[-1].after[:1] == ","
            and (role_only(name, self.rules) or self._titled(name) or self._described(name))
        ):
            return self._named_after_role(name, mention, role, closed=closed)
        if not role or not name or name[-1].after[:1] != "," or not self._role_like(role):
            return mention, 0
        if closed and role[-1].after[:1] != ",":
            return mention, 0
        fuller = classify(self.text, name + role, self.rules)
        if fuller is None or fuller.name != mention.name or not fuller.role:
            return mention, 0
        return fuller, len(role)

    def _named_after_role(
        self, role: list[Token], mention: Mention, name: list[Token], *, closed: bool
    ) -> tuple[Mention, int]:
        """ "said Shell CEO, Ben van Beurden", "said the company's chief executive, John Smith": a role,
        then the name of the person holding it (a courtesy title or rank before it: "Prince Faisal bin
        Bandar")."""
        if closed and name[-1].after[:1] != ",":
            return mention, 0
        fuller = classify(self.text, role + name, self.rules)
        written = self.text[name[0].start : name[-1].end]
        if fuller is None or fuller.kind != "person" or not written.endswith(fuller.name) or not fuller.role:
            return mention, 0
        if fuller.role not in self.text[role[0].start : role[-1].end]:  # "Prince" of "chairman, Prince X"
            held = role[1:] if role[0].text.lower() == "the" else role
            fuller = attrs.evolve(fuller, role=self.text[held[0].start : held[-1].end])
        return fuller, len(name)

    def _titled(self, phrase: list[Token]) -> bool:
        """A phrase whose head is a title that names no one ("the company's chief executive", "central
        bank governor", "the port's deputy head of safety": the word before "of" or "for";
        not "Angus King"), which an apposition's name may follow."""
        k = next((k for k in range(1, len(phrase)) if phrase[k].text in ("of", "for")), len(phrase))
        low = phrase[k - 1].text.lower()
        return low in self.rules.titles and low not in self.rules.title_surnames

    def _described(self, phrase: list[Token]) -> bool:
        """A description in lower case naming a post ("a violist with the Harbour Symphony", "30-year
        violist with ..."), which the holder's name may follow after a comma; not a name ("Charlie King")."""
        return not phrase[0].text[:1].isupper() and self._role_like(phrase)

    def _role_like(self, phrase: list[Token]) -> bool:
        """ "an analyst at VTB Capital", "the head of the fund": an apposition naming a post, not a
        clause ("adding that C")."""
        low = [w.text.lower() for w in phrase]
        if low[0] in self.rules.cues or low[0] in self.rules.participles:
            return False
        return low[0] in ("a", "an", "the") or any(w in self.rules.titles for w in low)

    def _antecedent(self, words: list[Token], j: int) -> Mention | None:
        """The phrase a relative pronoun at `j` stands for: "Mr. Smith" of "Mr. Smith, who", "voters" of
        "there are voters who"."""
        last = j - 1
        i = last
        # (a plural's possessive mark is no boundary: "the teachers' union, which")
        while i > 0 and last - i < MAX_SUBJECT and words[i - 1].after in ("", "'", "’"):
            low = words[i - 1].text.lower()
            if low in BOUNDARY_WORDS or low in self.rules.auxiliaries or low in self.rules.cues:
                break
            i -= 1
        for first in range(i, last + 1):  # the longest noun phrase that names someone
            if first > i and not self._phrase_opener(words[first - 1], words[first]):
                continue  # "Police Department" of "the Chicago Police Department" is no phrase of its own
            phrase = words[first : last + 1]
            if phrase[0].text in _PREPOSITIONS:
                continue  # "adding to pressure on the leaders who said": the leaders, not "to pressure ..."
            if phrase[0].text.islower() and phrase[0].text.endswith(("ed", "ing")):
                continue  # "has also included members of ...", "disavowing remarks made by X": a verb
            if any(w.text.lower() in self.rules.pronouns or _adverb(w.text) for w in phrase):
                continue  # "almost immediately disclosed them to the AP": a clause, no phrase
            if self.thing_from(phrase) is not None:
                continue  # "protests from human rights groups who say": the groups say it
            if self._thing_of(phrase):
                continue  # "drew the anger of the dockers' union, which said": the union says it
            if words[j].text.lower() == "which" and phrase[0].text in self.rules.anonymous:
                continue  # "members of the Westmere cabinet, which has denied C": people are "who"
            mention = classify(self.text, phrase, self.rules)
            if mention is not None and not mention.pronoun:
                return mention
        return None

    def thing_from(self, phrase: list[Token]) -> int | None:
        """Where the speakers start in `phrase` when a noun no one speaks as stands before "from" or "by"
        ("protests from rights groups", "criticism by lawmakers": after the preposition), else None
        ("officials from the ministry" speak)."""
        for k in range(1, len(phrase) - 1):
            if phrase[k].text in ("from", "by") and self._thing_noun(phrase[k - 1].text.lower()):
                return k + 1
        return None

    def _thing_of(self, phrase: list[Token]) -> bool:
        """Whether a noun no one speaks as stands before an "of" in `phrase` ("the anger of", "the backing
        of"), so the speaker is the phrase after it (not "members of", "the head of", "the mayor of", "a
        report of", "a graduate of": `Rules.people_of`; nor "some of", "most of": a part speaks)."""
        for k in range(1, len(phrase) - 1):
            noun = phrase[k - 1].text
            if phrase[k].text == "of" and noun not in self.rules.people_of and self._thing_noun(noun):
                return noun not in self.rules.quantities
        return False

    def _thing_noun(self, noun: str) -> bool:
        """Whether `noun` is a plain word in lower case that names no one who speaks (not a word of
        `Rules.anonymous`, `titles`, `organisations` or `documents`, singular or plural)."""
        if not (noun.isalpha() and noun.islower()):
            return False
        known = (self.rules.anonymous, self.rules.titles, self.rules.organisations, self.rules.documents)
        return not any(w in t for t in known for w in (noun, noun.removesuffix("s")))

    def relative_antecedent(self, words: list[Token], j: int) -> Mention | None:
        """The phrase a relative pronoun at `j` stands for, with the name it is apposed to: "Pat Lowe, an
        economist who argues C" credits Pat Lowe (the economist is her role), not "an economist"."""
        mention = self._antecedent(words, j)
        if mention is not None and words[j].text == "who":
            mention = self._person_of_thing(words, j, mention)
        if mention is None or mention.kind != "person":
            return mention
        first = next((k for k, w in enumerate(words) if w.end > mention.span[0]), 0)  # where it starts
        if (
            first < 2
            or words[first].text.lower() not in ("a", "an", "the")
            or words[first - 1].after[:1] != ","
        ):
            return mention
        named = self._antecedent(words, first)
        if named is None or named.kind != "person" or named.pronoun or not is_capitalised(named.name):
            return mention
        fuller = classify(
            self.text, [w for w in words if named.span[0] <= w.start < words[j].start], self.rules
        )
        if fuller is None or fuller.name != named.name:
            return mention
        return fuller

    def _person_of_thing(self, words: list[Token], j: int, mention: Mention) -> Mention:
        """The person "who" at `j` stands for when `mention` is a thing of someone: "the trial of Tom Hale,
        who denies C" (`person_of`); else `mention`."""
        phrase = [w for w in words[:j] if w.start >= mention.span[0]]
        k = self.person_of(phrase)
        return mention if k is None else classify(self.text, phrase[k:], self.rules) or mention

    def person_of(self, phrase: list[Token]) -> int | None:
        """Where a person named in full starts in `phrase` after the last "of", when a plain noun no one
        speaks as stands before it (not a title's, nor people's: "the mayor of Norvale", "residents of
        Westmere" keep the phrase): "the trial of Tom Hale"; else None."""
        of = next((k for k in range(len(phrase) - 2, 0, -1) if phrase[k].text == "of"), None)
        if of is None:
            return None
        noun = phrase[of - 1].text
        if not noun.islower() or noun in self.rules.titles or noun in self.rules.anonymous:
            return None
        person = classify(self.text, phrase[of + 1 :], self.rules)
        if person is None or person.kind != "person" or person.role or " " not in person.name:
            return None
        return of + 1 if all(is_capitalised(p) for p in person.name.split()) else None

    def _phrase_opener(self, before: Token, word: Token) -> bool:
        """Whether a noun phrase may start at `word` inside a longer run: at a determiner, or at a name
        that does not go on one ("the Chicago Police Department", not its "Police Department")."""
        opening = ("a", "an", "the", "some", "many", "several")
        low = word.text.lower()
        if low in opening or (low in NUMBER_WORDS and not before.text[:1].isupper()):
            return True  # (a count opens one too: "She will need two parties which have said C")
        if word.text.islower() and word.text in self.rules.anonymous and not before.text[:1].isupper():
            return True  # people by their plural noun, after a verb: "He met members of the union, who"
        return (
            word.text[:1].isupper() and not before.text[:1].isupper() and before.text.lower() not in opening
        )


def _adverb(word: str) -> bool:
    """A lower-case word in "-ly" ("immediately"), but not a noun like "family" or "ally"."""
    return word.islower() and word.endswith("ly") and len(word) > 5 and not word.endswith(("ily", "ally"))


def _occasion(phrase: list[Token], k: int) -> bool:
    """Whether the words of `phrase` from `k` tell the occasion of what was said, a preposition of
    `_OCCASION_PREPOSITIONS` and an article or a possessive (`NOUN_OPENERS`): "in a statement", "during
    its briefing"; not a place or a part of a body's name ("in New York", "on Foreign Relations")."""
    return (
        phrase[k].text in _OCCASION_PREPOSITIONS
        and k + 1 < len(phrase)
        and phrase[k + 1].text in NOUN_OPENERS
    )


_OCCASION_PREPOSITIONS = frozenset({"in", "on", "during", "at"})
