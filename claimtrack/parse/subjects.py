"""Who speaks a cue: the phrase right before it ("X said"), back over asides, appositions, time
phrases, dashes and relative clauses; the sentence's subject ("..., saying C"); the name after an
inverted cue ("said X"); the phrase a relative pronoun stands for ("Mr. Smith, who said").
The phrases every form reads alike (after an inverted cue, in apposition, before a relative pronoun,
an outlet relaying a source) are in `phrases.py`.
"""

from __future__ import annotations

import bisect
import operator
import re

import attrs

from claimtrack.parse.cues import CueHit, cues_in
from claimtrack.parse.phrases import BOUNDARY_WORDS, SpeakerPhrases
from claimtrack.parse.reader_base import (
    CLAUSE_WINDOW,
    DASH,
    MAX_SUBJECT,
    RELATIVE_PRONOUNS,
    has_quote_mark,
    until_comma,
)
from claimtrack.parse.speaker_names import NAME_SUFFIXES, names_no_one, role_only
from claimtrack.parse.speaker_words import DETERMINERS, POSSESSIVE
from claimtrack.parse.speakers import (
    Mention,
    after_bracket,
    bracketed,
    classify,
    participle_opening,
    pronoun_after_ing,
    pronoun_mention,
)
from claimtrack.parse.titled import listed_title, portfolio_run
from claimtrack.parse.tokens import Token, is_capitalised

_LONG_SUBJECT = 30  # words of a noun phrase and a participle's phrase before a cue (`past_participle_phrase`)
_TITLE_REACH = 4  # lower-case words of a role before its title: "divisional police commander"
_ADJECTIVE_ENDINGS = ("al", "ic", "ary", "ian", "ese", "ive")  # "divisional", "provincial", "municipal"
_START = operator.attrgetter("start")
# "Executives from A, B and C said" (not "in": "Officials in Kyiv, Lviv and Odesa" stays as it was, a row
# of tests/test_parse_forms.py)
_LIST_OPENERS = frozenset({"from", "of", "at"})
_MAX_LIST_ITEMS = 6  # items of such a list read back
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"})
# possessives of a speaker's own, and "other" of its peers: "X and its partners", "He and other ministers"
_OWNERS = frozenset({"its", "his", "her", "their", "other"})
# words opening no owner before "and its": "both X and her campaign" names both
_NOT_OWNERS = _OWNERS | frozenset({"both", "either", "neither", "many", "some", "all"})
_ARTICLE_TIMES = frozenset({"at", "over"})  # prepositions of a time with "the": "X at the weekend said"
_MAX_LISTED = (
    8  # words back over the parts of a listing name: "Ministry of Land, Infrastructure, Transport and"
)
_CLOSING_QUOTES = ("”", '"', "’", "»")  # closing quotation marks
_TITLED_BODY_WORDS = 14  # words of a title and its body's name: "The Director-General of the ... (HDC)"
_SHORTEST_TITLED_BODY = 3  # a title, "of" and a word: "Director of Gavi"
_BODY_LINKS = frozenset({"of", "for", "and", "the", "&", "on"})  # small words inside a body's name
_NAME_WORDS = 4  # words of a name before a role's comma: "K Sivan, the space agency's chairman said"
_OFFICE_WORDS = 9  # words of a title and its body before a name: "The Chief Executive Officer, Sui Gas Co,"
_GLOSS_WORDS = 4  # words of a gloss in brackets closing an apposition: "(fishermen’s association)"
_NAME_LINKS = frozenset({"of", "for"})  # small words inside a listing name's parts: "Ministry of Economy"
_WHAT_REACH = 4  # words between "what" and a naming cue: "what the minister called"
_MAIN_CLAUSE = 3  # words after a free relative's comma that a main clause takes at least: "X said C"
# (first part, last part) kinds that make a listing name: a body named in parts ("Ministry of Economy, Trade
# and Industry"; "The Kenya Medical Practitioners, Pharmacists and Dentists Union", whose first part reads as
# a person), or people ("Smith, Jones and Brown")
_LISTED_KINDS = frozenset(
    {
        ("organisation", "organisation"),
        ("organisation", "person"),
        # a last part closing with a document's word: "The Department for Trade, Energy and Coastal
        # Strategy said"
        ("organisation", "document"),
        ("person", "organisation"),
        ("person", "person"),
    }
)
_OBJECT_PREPOSITIONS = frozenset({"from", "to", "with"})  # "heard from pilots who", "spoke to voters who"
_OTHER_PREPOSITIONS = frozenset({"on", "in", "at", "of", "for", "about", "over", "by", "into", "under"})
_OBJECT_REACH = 5  # words from the preposition to the relative pronoun: "heard from 40 nurses who"
_COMPARATIVES = frozenset({"more", "less", "fewer"})  # before "than" and a figure in a subject's phrase
_OPENING_PREPOSITIONS = frozenset({"in", "at", "on", "after", "before", "during", "from", "with", "by", "as"})
_ADVERBIAL_PREPOSITIONS = frozenset({"into", "until", "since", "throughout"})  # "Late into the night, X ..."
_MAX_ADVERBIAL = 10  # words of an opening adverb's phrase before its comma
_MAX_APPOSED_COMMAS = 4  # commas in one apposition: "Jane Doe, 59, of Ashton, Md., who ..., said"
_MAX_RELATIVE = 8  # words of a relative clause between a speaker and its cue ("groups that back him say")
_GOING_ON = (
    ("went", "on", "to"),
    ("goes", "on", "to"),
    ("go", "on", "to"),
    ("proceeded", "to"),
    # "Hale continued to deny that C", "has continued to insist C": the subject keeps saying so
    ("continued", "to"),
    ("continues", "to"),
    ("continue", "to"),
)
_FLOATING = frozenset({"both", "all", "each", "also", "too", "jointly"})  # between a subject and its cue
_ASIDE_WORDS = frozenset(  # one word set off by commas between a subject and its cue: "Murphy, though, said"
    {"though", "however", "too", "meanwhile", "instead", "also", "then", "nonetheless", "moreover"}
)
# participles opening an aside between a subject and its cue that tells on what it spoke, not who
# spoke: "The BSP, based on GXI's initial report, said C", "The bank, given the findings, said C"; and
# words opening another name for the subject: "The Westmere Agency, known as WAA, said C", "..., also
# known as WAA, ...", "..., formerly Harbour Rail, ...", "..., or WAA, ..."; and who read a document:
# "A draft audit, seen by the Harbour Post, acknowledged that C"
_ASIDE_OPENERS = frozenset(
    {"based", "given", "relying", "drawing", "known", "also", "formerly", "or",
     "seen", "obtained", "reviewed"}
)  # fmt: skip
_MAX_ASIDE = 10  # words of such an aside
MAX_ERRAND = 6  # words between a verb of going to an audience and "to say": "wrote to tenants on Tuesday"
_DOCUMENT_REACH = 8  # words before a relative pronoun read for the document it follows
_ASIDE_AUXILIARIES = frozenset({"has", "had", "have"})  # before an aside and the cue: "X had, in May, said"
_COMPLEMENT_WORDS = frozenset({"from", "of", "at"})  # "Foreign ministers from the G-7 issued ..., saying C"
_BY_SAYING = frozenset({"by", "after", "before", "while", "when", "upon"})  # "responded by saying C"
_SCENE_OPENERS = frozenset({"in", "during", "at"})  # "X during a briefing said C"
_SCENE_PREPOSITIONS = _SCENE_OPENERS | {
    "on"
}  # open a scene before an apposed subject: "At the forum, X, ROLE,"
_MAX_ISSUED_GAP = 5  # words between a document issued and the participle: "a statement early in the day"
_BODY_REACH = 2  # lower-case words read ahead of a subject for a body's noun: "high court", "appeals panel"
_WHILE = frozenset({"while", "when"})  # before a participle: "X while addressing the media said C"
_MAX_SCENE = 10  # words of a phrase of occasion between a speaker and the cue
_MAX_PLACE = 3  # words of a place's name between a speaker and the cue ("in New York", "at Geneva")
TIME_CLAUSES = frozenset(
    {"when", "as", "while", "after", "before", "whereupon"}
)  # ", when X did and said C"; "said X after England won"
_MAX_APPOSITION = 40  # words back from "X, ROLE, said" to the start of the name
_DASH_MARK = re.compile("[—–-]")  # a character every `DASH` holds
_WORDS_REACH = (
    2  # words of people joined before "and": "economists and investors", not "The economy grew and"
)
_BODIES_REACH = 3  # of bodies by their plural noun: "Several regional banks and software firms"


@attrs.define
class Subjects(SpeakerPhrases):
    """Who speaks a cue: the phrase before it, after it, or the sentence's subject."""

    def subject(self, words: list[Token], cue_index: int, floor: int = 0) -> Mention | None:
        """The speaker phrase right before the cue at `cue_index`, back to a clause boundary, or before a
        time phrase there ("Spicer on Thursday evening said")."""
        issuer = self._issuer(words, cue_index, floor)
        if issuer is not None:
            return issuer
        # "He went on to say that C": the subject is before "went on to" (each phrase ends in "to")
        for going in _GOING_ON if cue_index > floor and words[cue_index - 1].text == "to" else ():
            k = cue_index - len(going)
            if k > floor and tuple(w.text for w in words[k:cue_index]) == going:
                cue_index = k
                break
        cue_index = self._past_errand(words, cue_index, floor)
        j = cue_index - 1
        aside = j - 1 >= floor and words[j].text.lower() in _ASIDE_WORDS and words[j].after[:1] == ","
        if aside and words[j - 1].after[:1] == ",":  # "Murphy, though, said": the aside is not the subject
            words = [*words[: j - 1], words[j - 1]._replace(after=""), *words[j + 1 :]]
            cue_index = j  # the aside is gone: the cue now follows the subject
        held = _auxiliary_aside(words, cue_index, floor)
        if held is not None:  # "Hale had, during an interview last month, vowed": the subject before "had"
            words, cue_index = [*words[:held], *words[cue_index:]], held
        opened = _participial_aside(words, cue_index, floor)
        if opened is not None:  # "The BSP, based on GXI's initial report, said": the aside is not the subject
            # (an apposition before it keeps its closing comma: "Jane Roe, head of policy at Norvex, based
            # in Westmere, said")
            apposed = any(w.after == "," for w in words[max(floor, opened - _MAX_ASIDE) : opened - 1])
            closing = words[opened - 1] if apposed else words[opened - 1]._replace(after="")
            words = [*words[: opened - 1], closing, *words[cue_index:]]
            cue_index = opened
        found = self._after_weekday(words, cue_index - 1, floor) or self._subject(words, cue_index - 1, floor)
        j = self._before_scene(words, cue_index - 1, floor)
        if j != cue_index - 1 and (found is None or found.span[1] > words[j].end):
            # "The ministry in a statement said", "Adamu, in a meeting with journalists noted": the
            # phrase of occasion is no part of the speaker (and a comma may open it)
            bare = [*words[:j], words[j]._replace(after=""), *words[j + 1 :]]
            found = self._subject(bare, j, floor) or found
        j = self._before_adjunct(words, cue_index - 1, floor)
        if j != cue_index - 1 and (
            found is None or (found.span[1] > words[j].end and self._timed(words, j, cue_index))
        ):
            # "Minister for Foreign Affairs X today said": the time is no part of the speaker
            found = self._subject(words, j, floor) or found
        if found is None:
            found = self._relative_that(words, cue_index, floor)
        if found is None:
            found = self._dashed(words, cue_index, floor)
        if found is not None:
            found = self._past_adjective_comma(words, found, cue_index, floor)
            found = self._listed_after(words, found, floor) or found
        return self._joined(words, found, floor) if found is not None else None

    def _past_errand(self, words: list[Token], cue_index: int, floor: int) -> int:
        """Where the subject's verb stands when the cue is the bare form after "to" and a verb of going to
        an audience before it (`Rules.errands`): "Tom Hale took to the airwaves to say C" (the subject ends
        before "took"); else `cue_index`. The words between carry no punctuation, no cue, no other "to V"."""
        said = words[cue_index].text.lower() in ("said", "says")  # (a finite cue has no "to" before it)
        if cue_index - 2 <= floor or words[cue_index - 1].text != "to" or said:
            return cue_index
        for k in range(cue_index - 2, max(floor, cue_index - 2 - MAX_ERRAND) - 1, -1):
            w = words[k]
            if w.after:
                return cue_index
            if w.text in self.rules.errands:
                # (an audience or a time between: not "appeared to suggest C", seeming)
                return k if floor < k < cue_index - 2 else cue_index
            if (
                w.text in self.rules.auxiliaries
                or w.text in ("and", "or", "but")
                or w.text in self.rules.cues
            ):
                return cue_index  # (not "took the stand and was asked to say": another verb's clause)
        return cue_index

    def _listed_after(self, words: list[Token], found: Mention, floor: int) -> Mention | None:
        """ "Executives from Norvex, Westmere Outfitters and Hale Denim said": `found`, the list's last
        items joined by "and", goes back over the items before it and the preposition that opens the list
        to the people or bodies named before it; the whole phrase as written, of that head's kind."""
        first = bisect.bisect_left(words, found.span[0], key=_START)
        if " and " not in found.name or first - 2 < floor or words[first - 1].after != ",":
            return None
        m = first
        for _ in range(_MAX_LIST_ITEMS):
            if m - 1 <= floor or words[m - 1].after != ",":
                break
            m -= 1  # the item before the comma, its capitalised words
            while m - 1 > floor and not words[m - 1].after and is_capitalised(words[m - 1].text):
                m -= 1
            if not is_capitalised(words[m].text):
                return None
        preposition = m - 1
        if preposition <= floor or words[preposition].text.lower() not in _LIST_OPENERS:
            return None
        h = preposition
        while h > floor and not words[h - 1].after:
            h -= 1
        head = classify(self.text, words[h:preposition], self.rules) if h < preposition else None
        plural = head is not None and head.name.lower().endswith("s") and " " not in head.name  # "Executives"
        if head is None or head.pronoun or not (plural or head.kind in ("anonymous", "organisation")):
            return None
        span = (words[h].start, found.span[1])
        return Mention(self.text[span[0] : span[1]], head.kind, None, span)

    def _past_adjective_comma(
        self, words: list[Token], found: Mention, cue_index: int, floor: int
    ) -> Mention:
        """ "The Westmere-based, family-run firm added": a comma between a place's compound adjective
        after "the" and the words describing the body is inside the phrase; `found` read after it goes
        back to "The"."""
        first = bisect.bisect_left(words, found.span[0], key=_START)
        if first - 2 < floor or not found.name[:1].islower():
            return found
        before, the = words[first - 1], words[first - 2]
        if before.after != "," or "-" not in before.text or the.text.lower() != "the" or the.after:
            return found
        bare = [*words[: first - 1], before._replace(after=""), *words[first:]]
        whole = self._subject(bare, cue_index - 1, floor)
        return whole if whole is not None and whole.span[0] == the.start else found

    def _issuer(self, words: list[Token], cue_index: int, floor: int) -> Mention | None:
        """ "The ministry issued a statement saying C": who issued the document speaks through it, also
        past a few words of time or topic after it ("Yahoo issued a statement early in the day saying C")."""
        k = cue_index - 1
        gap = _MAX_ISSUED_GAP if words[cue_index].text.endswith("ing") else 0  # "saying", not "agreed"
        while k > cue_index - 1 - gap and k - 2 >= floor and not words[k].after:
            low = words[k].text.lower()
            if low in self.rules.documents or low in RELATIVE_PRONOUNS or low == "that":
                break  # (not past "a declaration in which Moscow agreed")
            k -= 1
        if k - 2 < floor or words[k].after or words[k].text.lower() not in self.rules.documents:
            return None
        for j in range(k - 1, max(floor, k - 4), -1):
            if words[j].after:
                return None
            if words[j].text.lower() in self.rules.issuing:
                if j - 1 > floor and words[j - 1].text.lower() in ("that", "which", "who"):
                    return self._named_antecedent(
                        words, j - 2, floor
                    )  # "Amnesty International that released"
                return self._subject(words, j - 1, floor) if j - 1 >= floor else None
        return None

    def _named_antecedent(self, words: list[Token], k: int, floor: int) -> Mention | None:
        """The name a relative pronoun after `words[k]` stands for: the capitalised words ending there
        ("from Amnesty International that released ...", "the group Civitas, which issued ...")."""
        i = k
        while (
            i > floor
            and not words[i - 1].after
            and (is_capitalised(words[i - 1].text) or words[i - 1].text in _NAME_LINKS)
        ):
            i -= 1
        if not is_capitalised(words[i].text):
            return None
        named = classify(self.text, [*words[i:k], words[k]._replace(after="")], self.rules)
        return named if named is not None and not named.pronoun and named.kind != "document" else None

    def _dashed(self, words: list[Token], cue_index: int, floor: int) -> Mention | None:
        """ "A former candidate -- John McCain, who lost in 2008 -- said C", "The justice -- who has been in
        a scuffle with Trump -- said C": the subject before an aside set off by dashes, or the name the
        aside gives it."""
        if cue_index - 1 <= floor or not self._dash_after(words, cue_index - 1):
            return None
        for k in range(cue_index - 2, max(floor, cue_index - _MAX_APPOSITION) - 1, -1):
            if not self._dash_after(words, k):
                continue
            inner = until_comma(words[k + 1 : cue_index])
            named = classify(self.text, inner, self.rules) if inner else None
            proper = (
                named is not None
                and named.name[:1].isupper()
                and named.name.split()[0].lower() not in ("a", "an", "the")
            )  # "-- John McCain, who ... --", not "-- the chief executive of Ora Media --"
            if (
                named is not None
                and proper
                and named.kind == "person"
                and not named.pronoun
                and not named.role
            ):
                outer = self._subject(words, k, floor)  # "A former candidate -- John McCain, ... --"
                described = outer is not None and outer.name[:2] in ("A ", "a ")
                role = outer.name.split(" ", 1)[1] if outer is not None and described else None
                return Mention(named.name, "person", role, named.span)
            # the dash closes the phrase as a comma would: "John Dickey, the chief executive of X -- ..."
            closed = self._subject([*words[:k], words[k]._replace(after=",")], k, floor)
            return closed or self._subject(words, k, floor)
        return None

    def _in_dash_aside(self, words: list[Token], i: int) -> bool:
        """Whether word `i` stands in an aside opened by a dash and "who" and closed by another dash."""
        if _DASH_MARK.search(self.text, words[max(0, i - 6)].end, words[i].start) is None:
            return False  # (most cues: no dash of any kind in the gaps the opening dash is looked for in)
        opening = next((k for k in range(i - 1, max(0, i - 6) - 1, -1) if self._dash_after(words, k)), None)
        if opening is None or words[opening + 1].text not in ("who", "which"):
            return False
        return any(self._dash_after(words, k) for k in range(i, min(len(words), i + CLAUSE_WINDOW)))

    def _in_opening_relative(self, words: list[Token], i: int) -> bool:
        """Whether the cue at word `i` names a thing in a free relative ("what he called a misadventure",
        `Rules.what_naming`) inside a phrase that opens the sentence and ends in a comma before its main
        clause: "Condemning what he called a misadventure, Abdul Qayyum said C" is Qayyum's claim."""
        if words[i].text.lower() not in self.rules.what_naming:
            return False
        what = next(
            (k for k in range(i - 1, max(-1, i - _WHAT_REACH), -1) if words[k].text.lower() == "what"), None
        )
        if what is None or what == 0 or any(w.after for w in words[:i]):
            return False
        # a preposition or a participle opens the phrase: not "Cruz railed against what he calls C"
        opening = words[0].text.lower()
        if opening not in _OPENING_PREPOSITIONS and not opening.endswith("ing"):
            return False
        comma = next((k for k in range(i, min(len(words), i + CLAUSE_WINDOW)) if words[k].after), None)
        return comma is not None and words[comma].after[:1] == "," and len(words) - comma > _MAIN_CLAUSE

    def _dash_after(self, words: list[Token], k: int) -> bool:
        return k + 1 < len(words) and DASH.search(self.text, words[k].end, words[k + 1].start) is not None

    def _relative_that(self, words: list[Token], cue_index: int, floor: int) -> Mention | None:
        """ "Progressive groups that have endorsed him say C": the phrase before a short relative clause
        opened by "that" (not the "that" of "said that", which the cue's own rules read). Only a finite
        cue takes one: not "postings that included one saying", "rules that allow them to tell"."""
        cue = words[cue_index].text.lower()
        if cue.endswith("ing") or (cue_index > 0 and words[cue_index - 1].text.lower() == "to"):
            return None
        for k in range(cue_index - 1, max(floor, cue_index - _MAX_RELATIVE) - 1, -1):
            if words[k].after:
                return None
            if words[k].text != "that":
                continue
            before = words[k - 1].text.lower() if k > floor else ""
            if not before or before in self.rules.cues or before in self.rules.auxiliaries:
                return None  # "said that C", "the worst part is that he ...
            if all(self._is_filler(w) for w in words[k + 1 : cue_index]):
                return None  # "a problem that demands C": "that" is the cue's own subject, no speaker
            antecedent = self._subject(words, k - 1, floor)
            if antecedent is None or antecedent.pronoun:
                return None
            return attrs.evolve(antecedent, span=(antecedent.span[0], words[cue_index - 1].end))
        return None

    def _joined(self, words: list[Token], mention: Mention, floor: int) -> Mention:
        """ "Richards and Menendez stressed": a name joined to the speaker by "and" speaks with it; so do
        bodies by their plural noun, "Regional banks and software firms said"."""
        owner = self._owner(words, mention, floor)
        if owner is not None:
            return owner
        joined = self._joined_as(words, mention, floor, named=mention.kind != "anonymous")
        # ("Several regional banks and ...": three words before "and"; "the union and the government")
        bodies = mention.kind == "organisation" and mention.name[:1].islower()
        if joined is mention and bodies:
            return self._joined_as(words, mention, floor, named=False, reach=_BODIES_REACH)
        return joined

    def _owner(self, words: list[Token], mention: Mention, floor: int) -> Mention | None:
        """ "The Westmere Nurses' Federation and its affiliate condemned C", "Norvex and its partners
        said": the named speaker before "and", whose own people or bodies speak with it; else None. Not
        when the phrase names its own person: "X and his counterpart Tom Hale said" are both."""
        first = bisect.bisect_left(words, mention.span[0], key=_START)
        last = bisect.bisect_left(words, mention.span[1], key=_START)
        own = set(mention.name.split()) & _OWNERS
        # (the "and" before the phrase, or inside it: "X and its affiliate in Norvale")
        k = next(
            (
                i
                for i in range(max(first - 1, floor), last - 1)
                if words[i].text == "and" and words[i + 1].text in own
            ),
            -1,
        )
        if k - 1 < floor or any(w.after for w in words[k - 1 : last]):
            return None  # (not inside an apposition: "China, Norvale's ally and its lifeline, said")
        owner = self._subject(words, k - 1, floor)
        if owner is None or owner.pronoun or owner.name.split(maxsplit=1)[0].lower() in _NOT_OWNERS:
            return None  # (not "both X and her campaign", which names both; not "He and his sisters",
            # whose pronoun the later pronouns would read as a speaker named)
        return owner

    def _joined_as(
        self, words: list[Token], mention: Mention, floor: int, *, named: bool, reach: int = _WORDS_REACH
    ) -> Mention:
        """`_joined`: `named` joins names to names ("Richards and Menendez"), else words of people or
        bodies of either kind ("economists and investors", "Unions and employers")."""
        k = bisect.bisect_left(words, mention.span[0], key=_START) - 1
        kinds = ("person", "anonymous", "organisation")
        if k <= floor or words[k].text != "and" or mention.pronoun or mention.kind not in kinds:
            return mention
        i = k
        while (
            i > floor
            and k - i < 4
            and not words[i - 1].after
            and (is_capitalised(words[i - 1].text) or not named)
        ):
            i -= 1
            if words[i].text.lower() in self.rules.leading_words or words[i].text.lower() in BOUNDARY_WORDS:
                i += 1
                break
        before = words[i - 1] if i > floor else None
        opens = before is None or bool(before.after) or before.text.lower() in self.rules.leading_words
        if i == k or not opens:
            return mention  # "... the House and Menendez": the capitalised run must open a phrase
        while i < k and words[i].text.lower() in self.rules.leading_words:
            i += 1  # "But Richards and Menendez": the opener is no part of the names
        if i == k:
            return mention
        left = classify(self.text, words[i:k], self.rules)
        common = ("anonymous", "organisation")  # "Unions and employers": people and bodies by their nouns
        if left is None or left.pronoun:
            return mention
        # "economists and investors"; a person or a body by its name or noun, "The Opposition and
        # campaigners", "The mayor and residents"; not "The economy grew and officials"
        single = not named and mention.kind in common and self._someone(left)
        if left.kind != mention.kind and (named or left.kind not in common) and not single:
            return mention
        one_name = k - i == 1 and is_capitalised(words[i].text)  # "Norvex and the government said"
        if reach == _BODIES_REACH and left.kind != "organisation" and not one_name:
            return mention  # bodies join bodies: "Regional banks and software firms" (not "One reason X and")
        if not named and (k - i > reach or not (words[k - 1].text.endswith("s") or single)):
            return mention
        name = self.text[words[i].start : mention.span[1]]
        return Mention(name, mention.kind, None, (words[i].start, mention.span[1]))

    def _bracket_apposition(self, words: list[Token], j: int, floor: int) -> Mention | None:
        """ "Rafael Grossi, director general of the Agency (IAEA), said": the comma after the brackets
        closes an apposition as it would after the last word ("Rubio (R-Fla.), said": no apposition)."""
        closing = ""
        while j >= floor and (
            (self._is_filler(words[j]) and not words[j].after) or bracketed(self.text, words[j])
        ):
            closing = after_bracket(self.text, words[j]) or closing
            j -= 1
        if not closing and j > floor and self.text.startswith("),", words[j].end):
            # "X, president of the Daman Machimar Sangh (fishermen’s association), said": a gloss of
            # several words in brackets
            k = next(
                (k for k in range(j, max(floor, j - _GLOSS_WORDS), -1) if self._opens_bracket(words[k])), 0
            )
            j, closing = (k - 1, ",") if k > floor else (j, closing)
        if j < floor or closing != "," or words[j].after:
            return None
        return self._subject([*words[:j], words[j]._replace(after=","), *words[j + 1 :]], j, floor)

    def _from_starts(
        self, words: list[Token], starts: list[int], last: int, floor: int, *, closed: bool
    ) -> Mention | None:
        """The subject ending at `last` read from the farthest of `starts` that gives one (`closed`: a
        comma closes it, "X, ROLE, said"); a phrase too long to read whole may still close with a titled
        person's name."""
        for first in reversed(starts):
            if first != starts[0] and self._scene_opening(words, first, last):
                continue  # "At the 13th Lujiazui Forum, Yi Huiman, chairman of X, said": a scene, no one
            if last - first < MAX_SUBJECT or closed:
                mention = classify(self.text, words[first : last + 1], self.rules)
                if mention is not None:
                    mention = self._named_before(
                        words, first, self._listed(words, first, mention, floor), floor
                    )
                    return self._role_before(words, first, mention, floor)
        if not closed and last - starts[-1] >= MAX_SUBJECT:
            # "International Federation of ... (IFRC) secretary general Markku Niskala said": too long to
            # read whole, but a titled person's name closes it (`speakers._titled_tail`)
            found = classify(self.text, words[starts[-1] : last + 1], self.rules)
            return found if found is not None and found.kind == "person" and found.role else None
        return None

    def _scene_opening(self, words: list[Token], first: int, last: int) -> bool:
        """Whether the phrase at `first` opens with a preposition of scene, perhaps after a sentence's
        opening words: "At the forum", "Today at the forum"."""
        k = first
        while k < last and words[k].text.lower() in self.rules.leading_words:
            if words[k].text.lower() in _SCENE_PREPOSITIONS:
                return True
            k += 1
        return False

    def _named_before(self, words: list[Token], first: int, mention: Mention, floor: int) -> Mention:
        """ "K Sivan, the space agency's chairman said": a role with no comma closing it, after a person
        named in full and a comma, is that person's role."""
        if first - 1 <= floor or words[first - 1].after != ",":
            return mention
        phrase = [w for w in words[first:] if w.start < mention.span[1]]
        unbracketed = [w for w in phrase if not bracketed(self.text, w)]  # "member (non-life) at the IRDAI"
        if not phrase or not names_no_one(mention, unbracketed, self.rules):
            return mention
        j = _phrase_before(words, first, floor)
        if words[j].text.lower() in _OPENING_PREPOSITIONS:
            return mention  # "In the Norvex Live, the singer said": where, no one named before the role
        named = classify(self.text, words[j:first], self.rules)
        if named is None or named.kind != "person" or named.role or named.pronoun:
            return mention
        parts = named.name.split()
        if len(parts) < 2 or not all(is_capitalised(p) for p in parts):
            return mention
        role = _without_article(self.text[phrase[0].start : phrase[-1].end])
        return Mention(named.name, "person", role, (words[j].start, mention.span[1]))

    def _role_before(self, words: list[Token], first: int, mention: Mention, floor: int) -> Mention:
        """A role, a comma, then a person named in full with no comma closing the name: the role is that
        person's. The role is a title alone ("Zimparks spokesperson, Mr Tinashe Farawo said") or a title
        and the body whose office it is (`_office_phrase`)."""
        if mention.kind != "person" or mention.role or mention.pronoun or len(mention.name.split()) < 2:
            return mention
        if first - 1 < floor:
            return mention
        if words[first - 1].after != ",":
            # "The Director-General of the Harbour Disease Centre (HDC), Dr. Jane Roe said": a title of a
            # body, its initials in brackets before the comma
            bracket = _mark_after(self.text, words[first - 1]) == "," and bracketed(
                self.text, words[first - 1]
            )
            phrase = self._title_of_body(words, first, floor) if bracket else []
        else:
            phrase = self._role_phrase(words, first, floor) or self._office_phrase(words, first, floor)
        if not phrase:
            return mention
        end = phrase[-1].end + (self.text[phrase[-1].end : phrase[-1].end + 1] == ")")  # "(HCDC)"
        role = _without_article(self.text[phrase[0].start : end])
        return Mention(mention.name, "person", role, (phrase[0].start, mention.span[1]))

    def _role_phrase(self, words: list[Token], first: int, floor: int) -> list[Token]:
        """The title alone before the comma ending at `first - 1`, opening the phrase ("Zimparks
        spokesperson"; not "told reporters the spokesman"), or none."""
        j = _phrase_before(words, first, floor)
        if j != floor and not words[j - 1].after:
            return []
        phrase = words[j:first]
        return phrase if role_only(phrase, self.rules) else []

    def _title_of_body(self, words: list[Token], first: int, floor: int) -> list[Token]:
        """A title, "of" or "for" and a body's capitalised name, opening the phrase before `first` with no
        punctuation inside: "The Director-General of the Harbour Disease Centre (HDC)"; or none."""
        j = first - 1
        while j > floor and not words[j - 1].after and first - j < _TITLED_BODY_WORDS:
            j -= 1
        if j != floor and not words[j - 1].after:
            return []  # the title must open the phrase
        k = j + int(words[j].text.lower() == "the")
        low = [w.text.lower() for w in words[k:first]]
        if len(low) < _SHORTEST_TITLED_BODY or low[0] not in self.rules.titles or low[1] not in _NAME_LINKS:
            return []
        named = all(is_capitalised(w.text) or w.text.lower() in _BODY_LINKS for w in words[k + 2 : first])
        return words[j:first] if named else []

    def _office_phrase(self, words: list[Token], first: int, floor: int) -> list[Token]:
        """A title and the body whose office it is before the comma ending at `first - 1`, opening the
        phrase, the body set off by a comma or by its initials after the title: "Chairman, Pakistan Cricket
        Board," and "The Chief Executive Officer DRAP," (of "... Dr. Aslam Afghani said"); or none."""
        j, commas = first - 1, 0
        while j > floor and first - j < _OFFICE_WORDS and (not words[j - 1].after or commas == 0):
            commas += words[j - 1].after == ","
            if words[j - 1].after not in ("", ","):
                break
            j -= 1
        if j != floor and not words[j - 1].after:
            return []  # the title must open the phrase
        phrase = words[j:first]
        comma = next((k for k, w in enumerate(phrase[:-1]) if w.after), None)  # "Chairman, Pakistan ..."
        # the title and the body after its comma, or the title and the body's initials after it
        title, body = (
            (phrase[: comma + 1], phrase[comma + 1 :]) if comma is not None else (phrase[:-1], phrase[-1:])
        )
        return phrase if title and self._title_alone(title) and self._body_alone(body) else []

    def _title_alone(self, words: list[Token]) -> bool:
        """A title with no name and no body: "Chairman", "The Chief Executive Officer" (`role_only`; one
        capitalised title word too), "The managing director" (lower-case words before a title)."""
        low = [w.text.lower() for w in words]
        if len(words) == 1:
            return (
                is_capitalised(words[0].text) and low[0] in self.rules.titles and not words[0].text.isupper()
            )
        plain = low[0] == "the" and all(w.text.isalpha() and w.text.islower() for w in words[1:])
        return (plain and low[-1] in self.rules.titles) or role_only(words, self.rules)

    def _body_alone(self, words: list[Token]) -> bool:
        """A body's name: capitalised words ending in a word of `Rules.organisations` ("Pakistan Cricket
        Board"), or initials alone ("DRAP", "PCB")."""
        last = words[-1].text
        if len(words) == 1 and last.isupper() and last.isalpha() and len(last) > 1:
            return True
        capitalised = all(is_capitalised(w.text) or w.text in _NAME_LINKS for w in words)
        return capitalised and last.lower() in self.rules.organisations

    def _opens_bracket(self, w: Token) -> bool:
        return w.start > 0 and self.text[w.start - 1] == "("

    def _relative_subject(self, words: list[Token], j: int, floor: int) -> Mention | None:
        """ "voters who say ...": the relative pronoun at `j` stands for the phrase before it; after a
        thing no one speaks as, for the phrase after its "from" or "by" ("protests from human rights
        groups who say": the groups); after a verb and its preposition, for the people it names ("The
        paper heard from 40 nurses who say C": the nurses)."""
        objected = self._object_before(words, j, floor)
        if objected is not None:
            return attrs.evolve(objected, span=(objected.span[0], words[j].end))
        antecedent = self.subject(words, j, floor)
        if antecedent is None:
            # "The plan comes on the heels of a critical review which found C": the document before it
            document = self._document_within(words[max(floor, j - _DOCUMENT_REACH) : j])
            return attrs.evolve(document, span=(document.span[0], words[j].end)) if document else None
        phrase = [w for w in words[floor:j] if w.start >= antecedent.span[0]]
        cut = self.thing_from(phrase)
        if cut is None and words[j].text == "who":
            cut = self.person_of(phrase)  # "the trial of Tom Hale, who denies C": the person
        if cut is not None:
            antecedent = classify(self.text, phrase[cut:], self.rules)
        else:  # "..., on the back of a critical review which found C": the review, not the back
            antecedent = self._document_within(phrase) or antecedent
        if antecedent is None:
            return None
        return attrs.evolve(antecedent, span=(antecedent.span[0], words[j].end))

    def _object_before(self, words: list[Token], j: int, floor: int) -> Mention | None:
        """The people or bodies after a verb's preposition right before the relative pronoun at `j` ("has
        heard from 40 nurses who", "spoke to voters who"), or None."""
        for k in range(j - 1, max(floor, j - _OBJECT_REACH) - 1, -1):
            if words[k].after or words[k].text in _OTHER_PREPOSITIONS:
                return None  # (not "adding to pressure on the leaders who said": the leaders, as before)
            if words[k].text in _OBJECT_PREPOSITIONS:
                found = classify(self.text, words[k + 1 : j], self.rules) if k + 1 < j else None
                if found is None or found.pronoun or found.kind not in ("anonymous", "organisation"):
                    return None
                return found
        return None

    def _document_within(self, phrase: list[Token]) -> Mention | None:
        """The document a phrase ends with, from its last "a" or "an": "The plan follows a damning review
        which found C", "on the back of an audit that found C" (the review, the audit); None when the phrase
        opens there."""
        k = next((k for k in range(len(phrase) - 2, 0, -1) if phrase[k].text.lower() in ("a", "an")), None)
        if k is None or any(w.after for w in phrase[k:-1]):
            return None
        found = classify(self.text, phrase[k:], self.rules)
        return found if found is not None and found.kind == "document" else None

    def _quote_closes(self, w: Token) -> bool:
        """Whether a quotation closes right after the comma after `w`: "X, who called the plan “a fraud,”
        said" (the quotation is inside the apposition, no boundary of the phrase; the relative clause
        ends at that comma)."""
        after = self.text[w.end : w.end + 2]  # (or before it: "who called it a “fraud”, said")
        return after[1:] in _CLOSING_QUOTES or (after[:1] in _CLOSING_QUOTES and after[1:] == ",")

    def _quoted_relative(self, words: list[Token], last: int, floor: int) -> bool:
        """Whether a relative clause in apposition closes with a quotation and the comma after it: "The
        mayor, who called the plan a “disgrace”, said C" (British style, the comma outside the marks)."""
        if words[last].after or not self._quote_closes(words[last]):
            return False
        return any(
            words[k].after == "," and words[k + 1].text in ("who", "which")
            for k in range(max(floor, last - _MAX_APPOSITION), last)
        )

    def _subject(self, words: list[Token], j: int, floor: int) -> Mention | None:
        apposition = self._bracket_apposition(words, j, floor)
        if apposition is not None:
            return apposition
        while j >= floor and (
            (self._is_filler(words[j]) and not words[j].after) or bracketed(self.text, words[j])
        ):
            j -= 1
        if j < floor:
            return None
        if words[j].text in RELATIVE_PRONOUNS and j > floor:
            return self._relative_subject(words, j, floor)
        if words[j].text in BOUNDARY_WORDS:
            return None
        last = j
        if words[last].after and _mark_after(self.text, words[last])[:1] != ",":
            return None  # "... Minister; said" or "... Minister. Said": no subject here
        pronoun = words[last].text in self.rules.pronouns or words[last].text == "I"
        if not words[last].after and pronoun and last > floor:
            w = words[last]  # "even now at 86 she still says": the pronoun right before the cue speaks
            return pronoun_mention(w.text, (w.start, w.end))  # (not "Liu He": a pronoun there is lower case)
        starts: list[int] = []  # where the phrase may start: after each comma, farthest last
        relative_at: int | None = None  # "Democrats who watched the debate said": the antecedent ends here
        i = last
        # "X, ROLE, said": the words between commas are one apposition (its comma may follow a closing
        # quotation mark: "X, who called it a “fraud”, said")
        apposed = bool(words[last].after) or self._quoted_relative(words, last, floor)
        reach = _MAX_APPOSITION if apposed else MAX_SUBJECT * 2
        # "The foreign minister who is currently in New York to attend ... added": the reach runs from "who"
        while i > floor and (relative_at or last) - i < reach:
            prev = words[i - 1]
            gap = self.text[prev.end : words[i].start]
            if (
                gap != " "
                and (
                    (has_quote_mark(gap) and not (apposed and self._quote_closes(words[last])))
                    or DASH.search(gap)
                )
                and not self._in_work(prev.end, gap)
            ):
                break  # a quotation or a dash ends the phrase, but not the title of a show inside it
            if (
                prev.text == "who"
                and relative_at is None
                and i - 1 > floor
                and not words[i - 2].after
                and not words[last].after
            ):
                relative_at = i - 1
                i -= 1
                continue
            # "Mike Murphy, who ran a super PAC, said": a relative clause inside an apposition is no boundary,
            # nor in an earlier part of it ("X, an engineer who advises the council, which owns it, said")
            relative = (
                prev.text in RELATIVE_PRONOUNS
                and i - 1 > floor
                and (words[i - 2].after[:1] == "," or (apposed and bool(starts)))
            )
            coordinated = prev.text in ("and", "or")  # inside an apposition: "director of X and Y,"
            # inside an apposition a clause word belongs to the description: "X, who serves as Y, said"
            inside = relative or coordinated or not starts
            # "The Department of Health and Human Services": "and" between capitalised words of one name
            # (and "and" between two titles of one person: "Harbour president and CEO Jane Roe said")
            named = (
                prev.text == "and"
                and i - 1 > floor
                and not words[i - 2].after
                and (
                    # (not a day before it: "... early on Thursday and Norvale vowed")
                    (
                        words[i - 2].text[:1].isupper()
                        and words[i].text[:1].isupper()
                        and words[i - 2].text not in self.rules.months_and_days
                    )
                    or (
                        words[i - 2].text.lower() in self.rules.titles
                        and words[i].text.lower() in self.rules.titles
                    )
                )
            )
            if prev.text in BOUNDARY_WORDS and not (inside and apposed) and not (named or _counted(words, i)):
                break
            mark = _mark_after(self.text, prev)
            if mark == "," and i == last and words[i].text.lower() in NAME_SUFFIXES:
                i -= 1  # "Art Samaniego, Jr. said": the suffix after its comma closes the name
                continue
            if mark and mark[0] in ",;:.!?":
                if mark[0] != "," or not apposed or len(starts) >= _MAX_APPOSED_COMMAS:
                    break
                starts.append(i)
            i -= 1
        starts.append(i)
        if relative_at is not None:
            antecedent = classify(self.text, words[i:relative_at], self.rules)
            if antecedent is None or antecedent.pronoun:
                return None
            return attrs.evolve(antecedent, span=(antecedent.span[0], words[last].end))
        if apposed:  # "X, ROLE, said": an apposition, at least two phrases
            starts = starts[1:]
        found = self._from_starts(words, starts, last, floor, closed=apposed)
        if found is not None:
            return found
        if i > floor and words[i - 1].text in ("and", "or") and last - floor < MAX_SUBJECT:
            return self._joined_objects(words[floor : last + 1])
        return None

    def _listed(self, words: list[Token], first: int, mention: Mention, floor: int) -> Mention:
        """ "The Ministry of Economy, Trade and Industry said", "Smith, Jones and Brown said": a name whose
        last part lists with "and" (the phrase at `first`, read as `mention`) reaches back over the parts
        before it, each of capitalised words (and "of", "for") closed by a comma. A body's name, or
        people's names, whole."""
        phrase = [w for w in words[first:] if w.start < mention.span[1]]
        if mention.pronoun or " and " not in mention.name or first - 1 < floor:
            return mention
        titled = self._listed_portfolios(phrase, mention)
        if titled is not None:
            return titled
        if words[first - 1].after != "," or not all(
            is_capitalised(w.text) or w.text == "and" for w in phrase
        ):
            return mention
        start, k, head_end = first, first - 1, first
        while k >= floor and first - k <= _MAX_LISTED:
            j = k
            while j >= floor and (is_capitalised(words[j].text) or words[j].text in _NAME_LINKS):
                if j < k and words[j].after:
                    break
                j -= 1
            if j == k or words[j + 1].text in _NAME_LINKS:
                break
            start, head_end = j + 1, k + 1
            if j < floor or words[j].after != ",":
                break
            k = j
        # the name opens a phrase: at the sentence's start or after an article ("for the Department for
        # Digital, Culture, Media and Sport"); not after "in" ("talks in Paris, Smith and Jones said")
        opens = start == floor or words[start - 1].text.lower() in ("the", "a", "an")
        opener = words[start].text.lower()  # "In Berlin, Merkel and Macron said": a sentence's preposition
        if (
            start == first
            or not opens
            or opener in _OPENING_PREPOSITIONS
            or opener in self.rules.leading_words
        ):
            return mention
        head = classify(self.text, words[start:head_end], self.rules)
        if head is None or head.pronoun or (head.kind, mention.kind) not in _LISTED_KINDS:
            return mention
        named_at = self.text.find(head.name, words[start].start, words[first - 1].end + 1)
        if named_at < 0:
            return mention
        kind = "organisation" if mention.kind == "organisation" else head.kind
        # the span holds the article, as `classify`'s do
        begin = words[start - 1 if start > floor else start].start
        return Mention(self.text[named_at : mention.span[1]], kind, head.role, (begin, mention.span[1]))

    def _listed_portfolios(self, phrase: list[Token], mention: Mention) -> Mention | None:
        """ "Minister of Higher Education, Science and Technology Blade Nzimande said": a person's name
        read after a title's comma opens with the last portfolios listed; the title before the comma
        is the role."""
        k = portfolio_run(phrase, self.rules)  # "Rural" of "Fisheries and Rural Affairs" counts
        if k == 0 or k == len(phrase) or mention.kind != "person":
            return None
        return listed_title(self.text, phrase[k].start, mention.span[1], self.rules)

    def speaker_for(self, words: list[Token], hit: CueHit, floor: int = 0) -> Mention | None:
        """The speaker of a cue: the phrase before it, or for "..., saying C" the sentence's subject."""
        cue_word = words[hit.first].text.lower()
        before = words[hit.first - 1] if hit.first > floor else None
        # "Smith left, saying C" / "Bolton distanced himself by saying C": the sentence's subject speaks
        if cue_word in self.rules.participles and before is not None:
            by = before.text.lower() in _BY_SAYING and not before.after
            if by and any(w.after[:1] in (":", ";") for w in words[floor : hit.first]):
                return None  # "three ways: by filing a lawsuit, by asking ...": a list, no speaker's act
            dashed = not before.after and self._dash_after(words, hit.first - 1)  # "on the spot – saying C"
            if before.after[:1] == "," or by or dashed:
                return self.sentence_subject(words, floor, hit.first - (0 if before.after or dashed else 1))
        j = hit.first - 1
        then = j > floor and words[j].text == "then" and cue_word not in self.rules.participles
        if then and not words[j].after and words[j - 1].after[:1] == ",":
            return self.sentence_subject(words, floor, j)  # "X thanked the crowd, then said C": as "and"
        while j > floor and self._is_filler(words[j]) and not words[j].after:
            j -= 1
        k = self._before_adjunct(words, j, floor)  # "Kenya has remained adamant and on Wednesday said C"
        if k < j and words[k].text in ("and", "but"):
            j = k
        if j > floor and words[j].text in ("and", "but") and words[j - 1].after[:1] != ";":
            # "X became a delegate and said C"; in a clause after a comma and "when", that clause's subject:
            # "The tensions went on, when the Taoiseach chided Ms McDonald and said C"
            sub = next((k for k in range(j - 1, floor, -1) if self._clause_opening(words, k)), None)
            inner = self.sentence_subject(words, sub + 1, j) if sub is not None else None
            if inner is not None and self._someone(inner, strict=True):
                return inner
            return self.sentence_subject(words, floor, j)
        if cue_word in self.rules.participles and before is not None and not before.after:
            antecedent = self._relative_antecedent(words, hit.first, floor)
            if antecedent is not None:
                return antecedent  # "X, who wrote to the members accusing the board of C"
        near = self.subject(words, hit.first, floor)
        if (
            near is not None
            and before is not None
            and cue_word in self.rules.participles
            and self._acted(near)
        ):
            # "Norvex tried to reassure savers stating that C": a verb and its infinitive are no one's name
            subject = self.sentence_subject(words, floor, hit.first - 1)
            return subject if subject is not None and self._someone(subject) else None
        if before is None or cue_word not in self.rules.participles or near is None or self._someone(near):
            return near  # "a poll of voters saying C": the voters say it
        # "Iran suspended the talks arguing that C": the talks do not argue; the sentence's subject does
        subject = self.sentence_subject(words, floor, hit.first - 1)
        return subject if subject is not None and self._someone(subject, strict=True) else near

    def _acted(self, mention: Mention) -> bool:
        """Whether a phrase read as a speaker holds a verb and its infinitive: "Norvex tried to reassure
        savers" (a lower-case word, not a title, then "to" and a lower-case word; not "Ambassador to
        the UN", "adviser to the mayor")."""
        low = mention.name.split()
        return any(
            low[i] == "to"
            and low[i - 1].islower()
            and low[i - 1] not in self.rules.titles
            and low[i + 1].islower()
            and low[i + 1] not in DETERMINERS
            for i in range(1, len(low) - 1)
        )

    def _relative_antecedent(self, words: list[Token], cue: int, floor: int) -> Mention | None:
        """The person or body a relative clause after a comma describes, when the participle at `cue`
        closes that clause with no comma before it: "X, who wrote to the members accusing the board of
        C" (X accuses, not the clause's words)."""
        k = cue - 1
        while k > floor and not words[k - 1].after and words[k].text != "who":
            k -= 1
        if words[k].text != "who" or k <= floor or words[k - 1].after != ",":
            return None
        named = classify(self.text, words[_phrase_before(words, k, floor) : k], self.rules)
        if named is None or named.pronoun or named.kind not in ("person", "organisation"):
            return None
        return named

    def _clause_opening(self, words: list[Token], k: int) -> bool:
        """Whether word `k` opens a clause of time after a comma: ", when", ", as", ", while", ", after"."""
        return words[k].text in TIME_CLAUSES and words[k - 1].after[:1] == ","

    def past_participle_phrase(self, words: list[Token], hit: CueHit) -> Mention | None:
        """ "The union representing most of the 300 Norvex drivers facing dismissal says C": a noun phrase
        opening the sentence and a participle's phrase after it, too long for the subject rules, with no
        comma or cue before the cue; the noun phrase speaks. None otherwise."""
        if hit.first > _LONG_SUBJECT or hit.first <= MAX_SUBJECT or words[0].text.lower() not in ("the", "a"):
            return None
        k = next((k for k in range(2, 5) if words[k].text.endswith("ing") and words[k].text.islower()), None)
        if k is None or any(w.after for w in words[: hit.first]):
            return None
        if any(True for _ in cues_in(self.text, words[k + 1 : hit.first], self.rules, limit=1)):
            return None  # another cue before: "The union representing them said ..., says C" is no subject
        named = classify(self.text, words[:k], self.rules)
        return named if named is not None and not named.pronoun and self._someone(named) else None

    def with_subject(self, words: list[Token], hit: CueHit) -> Mention | None:
        """ "The tax would rise, with Labour adding that C", "Smith leads, with 50 percent saying C": in
        a "with" phrase the participle's own subject, the words between "with" and it, speaks. The
        mention is named as written, "with Labour", as the "with some" the subject rules find."""
        if words[hit.first].text.lower() not in self.rules.participles:
            return None
        for k in range(hit.first - 1, max(0, hit.first - MAX_SUBJECT) - 1, -1):
            if words[k].after:
                return None
            if words[k].text.lower() != "with":
                continue
            opens = k == 0 or words[k - 1].after[:1] == ","  # not "met with X saying"
            phrase = words[k + 1 : hit.first] if opens else []
            named = classify(self.text, phrase, self.rules) if phrase else None
            if named is None or named.pronoun:
                return None
            return attrs.evolve(named, name="with " + named.name, span=(words[k].start, named.span[1]))
        return None

    def _someone(self, mention: Mention, *, strict: bool = False) -> bool:
        """Whether a speaker can will something: a person, an outlet, a named body ("Moscow", "the
        Kremlin"), or a phrase whose head names people or a body ("officials", "the government").
        `strict` for a sentence's opening words: a person needs two names ("Holding signs, ..." and
        "Shortly after" open sentences with a capital too)."""
        words = mention.name.split()
        head = words[-1]
        low = head.lower()
        singular = low[:-3] + "y" if low.endswith("ies") else low.removesuffix("s")
        known = (self.rules.anonymous, self.rules.titles, self.rules.organisations)
        if any(low in t or singular in t for t in known):
            return True
        if mention.kind == "person" and strict:  # a title counts as a name does: "Governor Hale"
            titled = mention.role is not None and mention.role.split()[-1].lower() in self.rules.titles
            return (len(words) > 1 or titled) and all(w[:1].isupper() for w in words)
        if mention.kind == "anonymous" and strict:
            return False  # "two Democratic" of "two Democratic speechwriters": a phrase cut short
        return mention.kind in ("person", "outlet") or head[:1].isupper()

    def sentence_subject(self, words: list[Token], floor: int, limit: int) -> Mention | None:
        """The longest phrase opening the sentence that names a speaker, past a participle's phrase
        ("Speaking to Russia 1 on Sunday, Lavrov responded ..., saying C"; after a conjunction, "But
        speaking to the Financial Times, Bailey struck an upbeat tone, telling the newspaper C")."""
        joins = self.rules.coordinators
        if floor + 1 < limit and words[floor].text.lower() in joins and not words[floor].after:
            floor += 1  # the conjunction, then perhaps a participle's phrase
        if _repeated_opening(words[floor : floor + 3]) and floor + 3 < limit:
            floor += 3  # "One by one, the tenants stood up and said C": the subject after the comma
        opens = floor == 0 or words[floor - 1].text.lower() not in joins
        if participle_opening(words[floor : floor + 3], self.rules, opens=opens) or pronoun_after_ing(
            words[floor:limit], self.rules
        ):
            return self._after_participle(words, floor, limit)
        opening = words[floor] if floor < limit else None
        if opening is not None and opening.text.lower() in self.rules.opening_circumstances:
            # "With new cases reported, Minister X met ... and said C": the subject after the comma; with
            # no comma before the cue it is in the phrase ("With his campaign denying C, ...")
            found = self._after_participle(words, floor, limit) if is_capitalised(opening.text) else None
            if found is not None or any("," in w.after[:2] for w in words[floor:limit]):
                return found
        # a subject after the comma of an opening scene, kept for when no one is read before it
        scene: Mention | None = None
        if (
            opening is not None
            and opening.text.lower() in self.rules.opening_scenes
            and is_capitalised(opening.text)
        ):
            found = self._after_participle(words, floor, limit)  # "During the proceedings, Judge X asked"
            # (after "at", a place's name may end the phrase and read as a body: "At a rally in Birmingham,
            # Alabama, the crowd chanted": no country or state counts there)
            body = found is not None and found.kind in ("organisation", "outlet")
            placed = found is not None and opening.text in ("At", "In") and found.name in self.rules.countries
            if found is not None and not placed and (body or self._someone(found, strict=True)):
                return found
            # the subject after the comma, kept for when the words read before it are the scene's ("During
            # the Miami debate, Trump said": not "During the Miami")
            if found is not None and not placed and _kept_after_scene(found):
                scene = found
        if floor < limit and self.in_quote(words[floor].start):
            return self._title_owner(words, floor, limit)  # "“C1,” was MILLIYET's title, saying C2"
        best: Mention | None = None
        described: int | None = None  # where a name after a person's description opening the sentence ends
        for k in range(floor + 1, min(limit, floor + MAX_SUBJECT) + 1):
            w = words[k - 1]
            low = w.text.lower()
            head = (
                low in self.rules.anonymous or low.removesuffix("s") in self.rules.organisations
            )  # "leaders"
            titled = low in self.rules.titles or low.removesuffix("s") in self.rules.titles  # "ministers"
            plain = w.text.islower() and low not in self.rules.role_words and not titled
            plain = plain and not head
            stops = best is not None or low in self.rules.auxiliaries or low in self.rules.cues
            verbal = low in self.rules.auxiliaries or low in self.rules.cues
            if best is not None and not verbal and self._goes_on(best, words[k - 2], low):
                stops = False  # "Some papers", "Foreign ministers from the G-7": the phrase goes on
            ahead = self._title_ahead(words, k - 1, limit) or self._body_ahead(words, k - 1, limit)
            if not ahead and k - floor > 1 and plain and stops:
                if described is None:  # (read once)
                    described = self._described_ahead(words, floor, limit)
                ahead = k - 1 < described  # up to the name's end
            if k - floor > 1 and plain and stops and not ahead:
                break  # (not "Wajir divisional police commander Isaiah Odhiambo": a role before a name)
            if (
                best is not None
                and w.text in self.rules.months_and_days
                and is_capitalised(words[k - 2].text)
            ):
                break  # "Minister Syed Amin Ul Haque Tuesday regretted": a day right after it ends the name
            found = classify(self.text, words[floor:k], self.rules)
            # a comma may close the name too: "Democratic candidate Hillary Clinton, like Obama, ..."
            grown = found is not None and best is not None and found.name.startswith(best.name)
            if found is not None and (w.after[:1] != "," or grown):
                best = found
            if w.after[:1] in (".", ";", ":", "!", "?"):
                break
        best = self._past_adverbial(words, floor, limit, best)
        if scene is None:
            return best
        # (not "a column" of the opening "In a column ...,": the scene names no speaker)
        return scene if (best.span[1] < scene.span[0] if best else scene.kind == "anonymous") else best

    def _past_adverbial(
        self, words: list[Token], floor: int, limit: int, best: Mention | None
    ) -> Mention | None:
        """ "Late into the night, spokesperson X posted ..., saying C": a lone capitalised word and a
        preposition opening the sentence before a comma are an adverb's phrase, when a speaker follows
        the comma; else `best` as read."""
        one_word = best is not None and best.kind == "person" and " " not in best.name and not best.pronoun
        if not one_word or floor + 1 >= limit or words[floor].after:
            return best
        if words[floor + 1].text not in _OPENING_PREPOSITIONS | _ADVERBIAL_PREPOSITIONS:
            return best
        if not any(w.after[:1] == "," for w in words[floor + 1 : min(limit, floor + _MAX_ADVERBIAL)]):
            return best
        found = self._after_participle(words, floor, limit)
        return found if found is not None and found.kind in ("person", "organisation") else best

    def _title_owner(self, words: list[Token], floor: int, limit: int) -> Mention | None:
        """Who speaks for a sentence opening with a quotation: who said it ("“C1,” said Senator X, referring
        to C2", "“C1,” Ms. Abedin answered, referring to C2"), or the owner of what it is ("“Assad surprise
        in Moscow,” was MILLIYET's title, saying C": MILLIYET, `Rules.paper_parts`); else no one (a word
        inside the quotation is nobody's name)."""
        k = next((j for j in range(floor, limit) if not self.in_quote(words[j].start)), limit)
        if k >= limit:
            return None
        if words[k].text.lower() in self.rules.inverting:
            return self._inverted(until_comma(words[k + 1 : limit]))
        cue = next((j for j in range(k + 1, min(limit, k + MAX_SUBJECT)) if words[j].after[:1] == ","), None)
        if cue is not None and words[cue].text.lower() in self.rules.cues:
            return classify(self.text, words[k:cue], self.rules)
        if k + 2 >= len(words) or words[k].text.lower() not in ("was", "is"):
            return None
        owner, part = words[k + 1], words[k + 2]
        if not owner.text.endswith(POSSESSIVE) or part.text.lower() not in self.rules.paper_parts:
            return None
        named = Token(owner.start, owner.end - 2, owner.text[:-2], "")
        found = classify(self.text, [named], self.rules)
        return found if found is not None and found.kind in ("outlet", "organisation", "person") else None

    def _title_ahead(self, words: list[Token], k: int, limit: int) -> bool:
        """Whether the lower-case words from `k` end, within a few, in a title before a capitalised name:
        "(Wajir) divisional police commander Isaiah Odhiambo"."""
        for m in range(k, min(limit - 1, k + _TITLE_REACH)):
            w = words[m]
            if w.after or not w.text.islower():
                return False
            if w.text in self.rules.titles:
                return is_capitalised(words[m + 1].text)
            known = w.text in self.rules.role_words or w.text in self.rules.organisations
            if not known and not w.text.endswith(_ADJECTIVE_ENDINGS):
                return False  # not "Tenney took down businessman Steve Wells": a verb, no role
        return False

    def _described_ahead(self, words: list[Token], floor: int, limit: int) -> int:
        """Where a name of two capitalised words or more ends when the sentence opens with a person
        described before it, a figure among the words ("Former national 800 metres record holder Tom
        Hale spoke ..., saying C": not "Former" alone); else -1."""
        end = min(limit, floor + MAX_SUBJECT)
        j = next((j for j in range(floor + 1, end - 1) if words[j].after or words[j].text[:1].isupper()), -1)
        if j < 0 or words[j].after or not is_capitalised(words[j + 1].text):
            return -1
        if not any(w.text[:1].isdigit() for w in words[floor:j]):
            return -1  # (only a figure stops the usual reading: "She brought Old Hollywood glamour")
        while j + 1 < end and is_capitalised(words[j + 1].text) and not words[j].after:
            j += 1
        found = classify(self.text, words[floor : j + 1], self.rules)
        return j if found is not None and found.kind == "person" and found.role is not None else -1

    def _body_ahead(self, words: list[Token], k: int, limit: int) -> bool:
        """Whether the lower-case words from `k` end, within two, in a body's noun the phrase read so far
        describes: "The Harbour high court", "A full appeals court" (`Rules.organisations`)."""
        for m in range(k, min(limit, k + _BODY_REACH)):
            w = words[m]
            if not w.text.islower():
                return False
            if w.text in self.rules.organisations:
                return not w.after and m + 1 < limit  # a predicate's word ends it: "X stood firm,"
            if w.after:
                return False
        return False

    def _goes_on(self, best: Mention, before: Token, low: str) -> bool:
        """Whether the subject phrase read so far (`best`, ending with the word `before`) goes on with the
        plain word `low`: a count needs its noun ("Some" papers), people their body ("Foreign ministers"
        from the G-7) and the body its article."""
        if before.after:
            return False
        rules = self.rules
        if best.name.lower() in rules.quantities:  # "Some papers are linking ..., saying C"
            noun = low.removesuffix("s")
            return low in rules.anonymous or noun in rules.publications or noun in rules.titles
        people = best.kind == "anonymous" and before.text.lower().endswith("s")
        if people and low in _COMPLEMENT_WORDS:
            return True
        if best.kind == "anonymous" and is_capitalised(before.text) and low.endswith("s"):
            return True  # "two Democratic" speechwriters: a count, a capitalised adjective, the people
        if best.name.lower() in rules.nationalities and " " not in best.name:
            return True  # "Chinese" state-run outlet X: a nationality describing what follows, no one
        return before.text.lower() in _COMPLEMENT_WORDS and low in ("the", "a", "an")

    def _after_participle(self, words: list[Token], floor: int, limit: int) -> Mention | None:
        """The subject after a participle's phrase opening the sentence, past its comma ("Speaking to
        Russia 1 on Sunday, Lavrov responded ..."); a place set off by commas in the phrase is passed
        over ("Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling ...")."""
        first: Mention | None = None
        commas = [k for k in range(floor, limit - 1) if words[k].after[:1] == ","][:_MAX_APPOSED_COMMAS]
        for k in commas:
            if words[k + 1].text in _OPENING_PREPOSITIONS:
                continue  # "In the last GOP debate, on CNBC, candidates were ...": the opening goes on
            found = self.sentence_subject(words, k + 1, limit)
            if found is None:
                continue
            if found.name[:1].isdigit() and k != commas[-1]:
                continue  # "At the ministry in Sejong, 130 kilometers south of Seoul, Park said": a distance
            end = bisect.bisect_left(words, found.span[1], key=_START) - 1
            aside = 0 <= end < len(words) and words[end].after[:1] == ","
            if not (aside and found.kind == "organisation"):
                return found
            first = first or found
        return first

    def _after_weekday(self, words: list[Token], j: int, floor: int) -> Mention | None:
        """The subject before a bare weekday right before the cue ("Spokesperson Dr Ahmed Thursday said",
        "Jane Doe Monday told"): the day is when, not part of the name."""
        if j <= floor or words[j].after or words[j - 1].after or not is_capitalised(words[j - 1].text):
            return None  # "the ministry on Monday said": a time phrase, read by `_before_adjunct`
        day = words[j].text
        if day not in self.rules.months_and_days or day.lower() not in self.rules.time_adjuncts:
            return None  # a weekday is both ("May" is a month and a name; "Monday" only a day)
        found = self._subject(words, j - 1, floor)
        return found if found is not None and not found.pronoun else None

    def _before_adjunct(self, words: list[Token], j: int, floor: int) -> int:
        """The word before a time phrase, a place or both ending at `j` ("Spicer on Thursday evening
        said", "Dalung, on Thursday in Abuja said", "Lowe in London on Monday said"), else `j`. A place
        alone is left to the subject ("the UN Assistance Mission in Afghanistan said" names a body)."""
        placed = self._before_place(words, j, floor)
        timed = self._before_time(words, placed, floor)
        k = j if timed == placed else self._before_place(words, timed, floor)
        if k > floor and words[k].text == "here" and not words[k].after and not words[k - 1].after:
            return k - 1  # "Chairman Shabbar Zaidi here on Monday claimed": South Asian copy's place
        return k

    def _before_place(self, words: list[Token], j: int, floor: int) -> int:
        """The word before "in"/"at" and a place's capitalised name ending at `j` ("in Abuja", "at
        Geneva"), else `j`."""
        k = j
        while k > floor and j - k < _MAX_PLACE and is_capitalised(words[k].text) and not words[k].after:
            k -= 1
        if k == j or words[k].text not in ("in", "at") or words[k].after or k - 1 < floor:
            return j
        return k - 1 if words[k - 1].after[:1] in ("", ",") else j

    def _timed(self, words: list[Token], j: int, cue_index: int) -> bool:
        """Whether the time phrase after `words[j]`, before the cue, says when the speaker spoke ("X today
        said"), not when a thing was made ("A poll released Friday showed") nor part of a name ("USA
        TODAY", "Russia Today")."""
        last = words[j].text
        made = last.islower() and (last.endswith("ed") or last in ("out", "up"))
        days = self.rules.months_and_days
        named = any(is_capitalised(w.text) and w.text not in days for w in words[j + 1 : cue_index])
        return not made and not named

    def _before_time(self, words: list[Token], j: int, floor: int) -> int:
        """The word before a time phrase ending at `j` ("Spicer on Thursday evening said"), else `j`."""
        k = j
        while k >= floor and k > j - 4 and not words[k].after and self._time_word_at(words, k):
            k -= 1
        if k == j or k < floor or words[k].after[:1] not in ("", ","):
            return j  # "X, ROLE, this past week announced": a comma may close the subject before it
        if k > floor and words[k].text.lower() in ("a", "an", "one") and not words[k].after:
            k -= 1  # "Fiorina a month later announced": the article opens the time phrase
        opener = words[k + 1].text.lower()
        if opener in _DAY_PARTS:
            return j  # "morning said": the phrase must open with its own word
        return k

    def _time_word_at(self, words: list[Token], k: int) -> bool:
        """Whether `words[k]` is a word of a time phrase between a subject and its cue: one of
        `Rules.time_adjuncts`, or the article and the preposition of "at the weekend", "over the past week"
        before such a word."""
        low = words[k].text.lower()
        if low in self.rules.time_adjuncts:
            return True
        after = words[k + 1].text.lower() if k + 1 < len(words) else ""
        if low == "the":  # (and "Norvex at the time said C")
            timed = after in self.rules.time_adjuncts or after == "time"
            return k > 0 and words[k - 1].text.lower() in _ARTICLE_TIMES and timed
        if low == "time":
            return k > 1 and words[k - 1].text.lower() == "the" and words[k - 2].text.lower() == "at"
        return low in _ARTICLE_TIMES and after == "the"

    def _before_scene(self, words: list[Token], j: int, floor: int) -> int:
        """The word before a phrase of occasion ending at `j`, right before a finite cue ("Majodina
        during a media briefing on Monday said", "Adamu, in a meeting with journalists in Abuja noted"),
        else `j`. Not "a speech attacking X" (a participle describes the occasion), not "in a debate
        that threatened" (a relative clause), not "X, ... at the conference, said" (an aside)."""
        if j + 1 >= len(words) or words[j + 1].text.lower().endswith("ing") or words[j].after:
            return j
        for k in range(j, max(floor, j - _MAX_SCENE) - 1, -1):
            if k < j and self.text[words[k].end : words[k + 1].start].strip():
                return j  # the phrase has no punctuation inside (nor a dash)
            low = words[k].text.lower()
            if low in RELATIVE_PRONOUNS or low == "that":
                return j
            # "Hamid while addressing the press conference told": a participle's phrase of occasion
            doing = low in _WHILE and k < j and words[k + 1].text.endswith("ing")
            if not (doing or low in _SCENE_OPENERS):
                continue  # (asked first: most words open no phrase, and the scene words need no look)
            named = doing or any(
                w.text.lower() in self.rules.scenes for w in words[k + 1 : min(k + 5, j + 1)]
            )
            if named and k > floor and words[k - 1].after[:1] in ("", ","):
                return k - 1
        return j

    def _is_filler(self, w: Token) -> bool:
        low = w.text.lower()
        if low in _FLOATING or low in self.rules.interposed:
            return w.text.islower()  # "Richards and Menendez both stressed", "they all vowed"
        if low in self.rules.auxiliaries:
            return w.text.islower()  # "Theresa May added": a name, not the modal
        # "the daily said": a paper, not an adverb; "the family said": a noun (`Rules.ly_nouns`)
        return (
            w.text.islower()
            and low.endswith("ly")
            and len(low) > 4
            and low not in self.rules.publication_anaphora
            and low not in self.rules.ly_nouns
        )


def _participial_aside(words: list[Token], cue_index: int, floor: int) -> int | None:
    """Where an aside opened by a word of `_ASIDE_OPENERS` (a participle of basis, or a word opening
    another name for the subject) starts, when it stands between
    commas right before the cue ("The BSP, based on GXI's initial report, said"; "Smith, based in Paris,
    said"), else None."""
    if cue_index - 1 <= floor or words[cue_index - 1].after != ",":
        return None
    for k in range(cue_index - 1, max(floor, cue_index - _MAX_ASIDE) - 1, -1):
        if k < cue_index - 1 and words[k].after:
            return None
        if k > floor and words[k - 1].after == ",":
            return k if words[k].text in _ASIDE_OPENERS else None
    return None


def _auxiliary_aside(words: list[Token], cue_index: int, floor: int) -> int | None:
    """Where an auxiliary stands before an aside of time or occasion set off by commas right before the
    cue ("Hale had, during a visit to the depot, vowed"; "X has, in recent weeks, said"), else None."""
    if cue_index - 1 <= floor or words[cue_index - 1].after != ",":
        return None
    for k in range(cue_index - 2, max(floor, cue_index - 2 - _MAX_ASIDE), -1):
        if words[k].after:
            aux = words[k].text.lower() in _ASIDE_AUXILIARIES and words[k].after == ","
            return k if aux and k > floor and words[k + 1].text.lower() in _SCENE_PREPOSITIONS else None
    return None


def _counted(words: list[Token], i: int) -> bool:
    """Whether "than" before word `i` counts a figure, no clause: "The poll of more than 1,500 adults
    by Norvex Polling found C"."""
    return i > 1 and words[i - 2].text.lower() in _COMPARATIVES and words[i].text[:1].isdigit()


def _without_article(role: str) -> str:
    """A role without the article opening it: "the space agency's chairman" -> "space agency's chairman"."""
    return role.split(" ", 1)[1] if role.lower().startswith(("the ", "a ", "an ")) else role


def _kept_after_scene(found: Mention) -> bool:
    """Whether the subject after an opening scene's comma may speak when the words before it were read as
    a speaker: a name of plain words ("Trump"; "Colo." is a state's), or people unnamed by a count and
    their plural noun ("two Democratic speechwriters"; "several" of "several environmental groups" is
    cut short)."""
    if found.kind == "anonymous":
        return " " in found.name and found.name.endswith("s")
    return found.kind == "person" and all(w.isalpha() and w[:1].isupper() for w in found.name.split())


def _phrase_before(words: list[Token], first: int, floor: int) -> int:
    """Where the few words before the comma ending at `first - 1` start: "K Sivan" of "K Sivan, the
    chairman said", "Zimparks spokesperson" of "Zimparks spokesperson, Mr X said"."""
    j = first - 1
    while j > floor and not words[j - 1].after and first - j < _NAME_WORDS:
        j -= 1
    return j


def _mark_after(text: str, w: Token) -> str:
    """The punctuation after a word, past a single closing mark before a comma ("citing the words ‘A
    B’, X said": the comma ends the opening phrase) or after the word's brackets."""
    mark = w.after or after_bracket(text, w)
    # (a closing quotation mark before the comma too: "who called it a “fraud”, said")
    return mark[1:] if mark[:1] in ("’", "'", "”", '"') and mark[1:2] == "," else mark


def _repeated_opening(words: list[Token]) -> bool:
    """Whether `words` are an adverb made of a noun repeated about "by", closed by a comma: "One by one,",
    "Step by step,", "Little by little,"."""
    return (
        len(words) == 3
        and words[1].text == "by"
        and words[0].text.lower() == words[2].text.lower()
        and "," in words[2].after[:2]
    )
