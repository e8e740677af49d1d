"""Who "it" and "they" are: the nearest body named before the pronoun that agrees in number, as a claim's
speaker or as the subject opening a sentence that makes no claim ("Bahrain was another Gulf state that
reaffirmed its support. It also praised C": Bahrain, though the UAE spoke last). "It" is a body, a
country, an outlet or a document; "they" a group of people ("Officials", "Smith and Jones").

`Groups` reads a sentence's subject only when a pronoun after it asks, as `People` does for "he" and "she".
It also says which body "the paper" or "the ministry" stands for (`described`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Mapping

from claimtrack.parse.cast import in_heading, lower_words, only_full_name
from claimtrack.parse.mention import Mention, Span
from claimtrack.parse.speakers import classify, spokes
from claimtrack.parse.tokens import Token, is_capitalised, tokenize
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules

# the words of a state's organs, which a noun of any body ("the group", "the company") never describes
_STATE_ORGANS = frozenset({"ministry", "government", "cabinet", "embassy", "police", "court", "kremlin"})
_LOOK_BACK = 3  # sentences before the pronoun's own whose subjects are read
_MAX_OPENING = 8  # words of a sentence's opening read for its subject
_SUBJECT_WINDOW = 200  # characters of a sentence tokenized for its subject
_OPENING_PHRASE = frozenset({"in", "at", "on", "during", "after", "before", "with", "while", "when", "as"})
_SINGULAR = ("organisation", "outlet", "document")  # kinds of speakers "it" stands for
_HEAD_OF = re.compile(r"(ministry|department|committee|council) of ([a-z]+)((?: of .*)?)$")  # of Defense
_ISSUED = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts)[ ](?:[a-z-]+[ ]){0,2}statement[ ]"
    r"(?:(?:issued|released|published|posted)[ ]by|from)[ ](?P<body>.+)$"
)  # "A statement issued by the ministry", "a written statement from the Kremlin"
# "A spokesperson for Harbour Builders", "a source at the HVN": the noun, then the body it speaks for
_SPOKEN_FOR = re.compile(
    r"\b(?P<noun>[a-z]+)[ ](?:for|at|of|from)[ ](?:the[ ])?"
    r"(?P<body>[A-Z][\w&'’.-]*(?:[ ](?:(?:of|for|and|&)[ ])?[A-Z][\w&'’.-]*){0,5})$"
)
_REACH = 40  # speakers credited before a noun that "the paper" or "the Defense Ministry" may stand for
_MAX_CHAIN = 2  # descriptions credited before ("the news agency") read back through for what they stand for
_MAX_FULLER = 3  # words a fuller name may add to a later mention ("the United Nations Security Council")
_PAPERS = ("outlet", "broadcast")  # `Rules.body_anaphora` values of nouns for an outlet: "this outlet"
_OUTLET_FITS = ("outlet", "broadcast", "agency", "reported")  # `Rules.body_anaphora` values an outlet fits
_NOT_A_NAME = frozenset({"the", "a", "an"})  # capitalised words opening a sentence before a body's name
# adjectives of a region of several countries, which may describe a body named again: "the European body"
# after "the European Commission"
_REGIONS = frozenset({"european", "african", "asian", "arab", "nordic", "pacific", "caribbean", "gulf"})
_ANY_BODY = ("named", "any")  # `Rules.body_anaphora` values of nouns that may stand for a body not so named


class Groups:
    """The bodies an article credits or names as a sentence's subject, for resolving "it" and "they"."""

    def __init__(
        self, text: str, sentences: list[Span], rules: Rules, in_quote: Callable[[int], bool]
    ) -> None:
        self.text, self.sentences, self.rules, self.in_quote = text, sentences, rules, in_quote
        self._starts = [s for s, _ in sentences]
        self._credited: list[tuple[int, str, str]] = []  # (offset, name, kind) of each claim's speaker
        self._subjects: dict[int, Mention | None] = {}
        self._body_names: frozenset[str] | None = None  # the names credited as bodies (`_bodies`)
        # ("introduced" or "named", noun) -> where and whom the text names so (`_last_before`)
        self._introductions: dict[tuple[str, str], tuple[list[int], list[str]]] = {}
        self._owned: list[tuple[int, str]] = []  # (offset, firm) of "C, the company said" (`own_subject`)

    def credit(self, at: int, name: str, kind: str) -> None:
        """Record a claim's (non-pronoun) speaker named at offset `at`, or with kind "medium" the outlet
        a claim came through (only "the report" and "the agency" may stand for it)."""
        bisect.insort(self._credited, (at, name, kind))
        if kind == "organisation" and self._body_names is not None and name not in self._body_names:
            self._body_names, self._subjects = None, {}  # a body named since the subjects were read

    def resolve(self, pronoun: str, at: int) -> tuple[str, str] | None:
        """(name, kind) of the body "it" or "they" at offset `at` stands for, in its sentence or the few
        before: the nearest speaker agreeing with the pronoun, or the body opening a sentence that makes
        no claim (a person opening one is passed over); None when a body that does not agree opens a
        sentence first, when the sentence issues something "it" may be as well ("X launched an ad. It
        slams Y"), or when no body is that near. "It shows" and "it found" (`Rules.evidence`) are a
        document's."""
        word = pronoun.lower()
        if word not in ("it", "they"):
            return None
        shown = word == "it" and self._evidence(at + len(pronoun))
        k = bisect.bisect_right(self._starts, at) - 1
        for i in range(k, max(-1, k - 1 - _LOOK_BACK), -1):
            start, end = self.sentences[i]
            credited = self._credited_in(start, min(end, at))
            found: tuple[int, str, str] | None = None
            for s, name, kind in reversed(credited):
                if _agrees(word, name, kind, self.rules) and (kind == "document" or not shown):
                    found = (s, name, kind)
                    break
            if (
                found is None
                and word == "it"
                and any(kind == "anonymous" and _one_source(n) for _, n, kind in credited)
            ):
                return None  # "The Syrian source said C1. “C2,” it added": not a body named before
            if found is None and not credited and (i < k or self._subordinate(at)):
                subject = self._subject(i)  # "Republicans called the hearing because they felt C": its own
                if subject is None:
                    return None  # a sentence opening with words naming no body: "But it is not ..."
                if subject is _SOMEONE or subject.span[1] > at:
                    continue
                agrees = _agrees(word, subject.name, subject.kind, self.rules)
                if not agrees or (shown and subject.kind != "document"):
                    return None  # another body opens the sentence: it may be meant
                found = (subject.span[1], subject.name, subject.kind)  # "Bahrain was another Gulf state"
            if found is None:
                continue
            s, name, kind = found
            if i < k and kind != "document" and word == "it" and self._issues(s, end):
                return None  # "X launched an ad titled "Scam." It slams Y": the ad, maybe
            return name, kind
        return None

    def described(self, name: str, at: int, depth: int = 0) -> tuple[str, str] | None:
        """(name, kind) of the body "the paper" or "the ministry" at offset `at` stands for: the nearest
        speaker credited before it that the noun fits (`Rules.body_anaphora`), named in full."""
        words = name.lower().split()
        # "the paper", or with one word describing it: "the American edition", "the Iranian daily" (not
        # "The State Department": a name)
        # ("the Milan-based daily": where it is); a firm with more words: "the department store chain"
        between = [w.rstrip(",") for w in name.split()[1:-1]]  # ("The Westmere-based, family-run firm")
        described = len(words) == 2 or (
            len(words) <= (3 if self.rules.body_anaphora.get(words[-1]) != "any" else _MAX_DESCRIBED)
            and all(
                w.islower()
                or w.lower() in self.rules.nationalities
                or w.lower().endswith("-based")
                or (w.lower() in _REGIONS and name.rsplit(maxsplit=1)[-1].islower())  # "the European body"
                for w in between
            )
        )
        noun = words[-1] if described and words[0] == "the" else ""
        if len(words) == 2 and words[0] == "this" and self.rules.body_anaphora.get(words[1]) in _PAPERS:
            noun = words[1]  # "According to this outlet": the outlet named before
        fits = self.rules.body_anaphora.get(noun)
        if fits is None:
            return None
        k = bisect.bisect_right(self._starts, at) - 1
        recent = (
            self.sentences[max(0, k - 2)][0] if k >= 0 else 0
        )  # "the report": this sentence or two before
        opening = self._opening_outlet(k, at) if fits in ("outlet", "broadcast") else None
        for s, credited, kind in self._before(at):
            if opening is not None and opening.span[0] > s:
                break  # an outlet opening a sentence since is nearer
            low = credited.lower().split()
            if self.is_description(credited):
                # "the ministry", "the news agency" credited before, itself not named: the body it stood
                # for, when it has the same noun ("The news agency reports C1. ... The news agency said C2")
                # (not "the company", which the bodies just before may stand for instead)
                same = low[-1] == noun and fits not in _ANY_BODY and depth < _MAX_CHAIN
                earlier = self.described(credited, s, depth + 1) if same else None
                if earlier is not None:
                    return earlier
                # "The transport ministry said C1. The ministry said C2": the fuller description, same noun
                fuller = low[-1] == noun and len(low) > len(words) and low[0] == "the"
                if fuller and kind == "organisation":
                    return credited, kind
                continue
            if kind == "medium" and fits in ("reported", "agency") and s >= recent:
                return credited, "outlet"  # "KCNA reported that Kim said C1. The report said C2"
            broadcast = any(w in self.rules.broadcast_words for w in low)
            if kind == "outlet" and (broadcast == (fits == "broadcast")) and fits in _OUTLET_FITS:
                if fits != "reported" or s >= recent:
                    return credited, kind
            elif (
                fits in ("named", "agency")
                and kind == "organisation"
                and low[0] not in ("a", "an")  # "a complaint filed by the ... Commission": no body's name
                and self._named_so(noun, low)
            ):
                return self.fuller(credited, s) or credited, kind  # named in full before
        if fits in _ANY_BODY:
            introduced = self._introduced(noun, at) if noun not in self.rules.broad_body_nouns else None
            if introduced is not None:
                return introduced, "organisation"  # "the union" after "pilots' union Balpa": Balpa
            bare = len(words) == 2 and depth == 0  # (not read back through another description)
            if bare and noun in self.rules.broad_body_nouns and (near := self._apposed(noun, k, at)):
                return near, "organisation"
            recent_body = self._recent_body(k, at, noun, fits, depth)
            if recent_body is not None:
                return recent_body  # "Oil giant Norvex made a pledge. The company said C": Norvex
            broad = noun in self.rules.broad_body_nouns
            named = self._named_before(noun, at) if fits == "named" or not broad else None
            if named is not None:
                return named, "organisation"  # "unless the Harbour Service Commission released the
                # funds. The commission said C": named before, though credited with nothing
            protagonist = self._protagonist(noun, fits, at)
            if protagonist is not None:
                return protagonist, "organisation"
        # "Three of the Westmere Water Agency's reservoirs ..., the agency said": the body named so before
        if fits == "agency" and (named := self._named_before(noun, at)) is not None:
            return named, "organisation"
        # "a deal with the Westmere Fair Trading Commission, the agency said": a regulator's name in
        # these sentences, as US copy calls a federal commission or authority "the agency"
        if noun == "agency" and (named := self._named_since("regulator", k, at)) is not None:
            return named, "organisation"
        # "the network" when no broadcaster was credited: a body named so in these sentences ("The Westmere
        # Carers Network says C1. The network says C2")
        if fits == "broadcast" and (named := self._named_since(noun, k, at)) is not None:
            return named, "organisation"
        if opening is not None and (fits == "broadcast") == any(
            w in self.rules.broadcast_words for w in opening.name.lower().split()
        ):
            return opening.name, "outlet"  # "The Japanese newspaper Asahi became aware of C1. According
            # to the publication, C2": the paper opening a sentence that credits it with nothing
        return None

    def _protagonist(self, noun: str, fits: str, at: int) -> str | None:
        """The firm a stretch of an article is about, for "the company" that no body just before names:
        of the bodies credited before offset `at`, or named after a noun of their kind, the one the
        `_PROTAGONIST_WINDOW` characters before it name most often, at least twice and more often than
        any other ("Retailer Westmere & Hale has halted ... Westmere & Hale declined ... The company
        said C"); None on a tie."""
        if noun not in self.rules.firm_nouns:
            return None
        window = max(0, at - _PROTAGONIST_WINDOW)
        names = {n for s, n, kind in self._before(at) if kind == "organisation" and s >= window}
        first = max(0, bisect.bisect_right(self._starts, window) - 1)  # (the sentence holding `window`)
        last = bisect.bisect_right(self._starts, at)
        for i in range(first, last):
            described = self._described_in(i, at)
            if described is not None:
                names.add(described[1])
            subject = self._subject(i)  # "Norvex Billing, based in Harbour City, disclosed"
            if subject is not None and subject is not _SOMEONE and subject.kind == "organisation":
                names.add(subject.name)
        owned = self._owned_before(at)
        names |= owned
        bare = {n.removeprefix("The ").removeprefix("the "): n for n in names}
        counts = sorted(
            (self.text.count(b, window, at), n)
            for b, n in bare.items()
            # (a name inside another is that one, cut: "Westmere" of "Westmere & Hale")
            if not any(b != o and f" {b} " in f" {o} " for o in bare)
            and not self.is_description(n)
            and self._describes(noun, fits, n)
        )
        if not counts or (len(counts) > 1 and counts[-2][0] == counts[-1][0]):
            return None
        # named once will do when no other firm is in view and it spoke as "the company" before: "Norvex
        # has gone into administration, the company said. ... The company said C"
        if counts[-1][0] < 2 and not (len(counts) == 1 and counts[-1][1] in owned):
            return None
        return counts[-1][1]

    def _owned_before(self, at: int) -> set[str]:
        """The firms that opened the content of "C, the company said" before offset `at` (`own_subject`):
        "Norvex has gone into administration, the company said"."""
        return {firm for start, firm in self._owned if start < at}

    def _introduced(self, noun: str, at: int) -> str | None:
        """The last body the text introduced with the same noun before offset `at` ("pilots' union
        Balpa", "the carmaker Korrin"), or None."""
        return self._last_before(("introduced", noun), at, lambda: self._introducing(noun))

    def _introducing(self, noun: str) -> list[tuple[int, str]]:
        """(offset, name) of every body the text introduces with the noun (`_introduced`); not a day
        after it ("a vote by the council Tuesday")."""
        found = (
            (m.start(), _name_only(m.group("name") or m.group("apposed")))
            for m in _introduced_pattern(noun).finditer(self.text)
            if m.group("name") or not self._opening_word(m.group("apposed"))
        )
        return [(s, name) for s, name in found if name.split()[0] not in self.rules.months_and_days]

    def _apposed(self, noun: str, k: int, at: int) -> str | None:
        """The body introduced with the noun in apposition in sentence `k` or the one before, before
        offset `at`: "Westmere Aid, a group based in Norvale, said C1 about Norvex, a firm that ... The group
        said C2" (not Norvex, named after it); else None."""
        entry = self._last_entry(("introduced", noun), at, lambda: self._introducing(noun))
        if entry is None or k < 0 or entry[0] < self.sentences[max(0, k - 1)][0]:
            return None
        return self.fuller(entry[1], at) or entry[1]

    def _last_before(
        self, key: tuple[str, str], at: int, find: Callable[[], list[tuple[int, str]]]
    ) -> str | None:
        """The last name `find` gives (as (offset, name), in reading order) before offset `at`; the text is
        read once per `key`."""
        entry = self._last_entry(key, at, find)
        return entry[1] if entry is not None else None

    def _last_entry(
        self, key: tuple[str, str], at: int, find: Callable[[], list[tuple[int, str]]]
    ) -> tuple[int, str] | None:
        """(offset, name) of `_last_before`'s name, or None."""
        if key not in self._introductions:
            found = find()
            self._introductions[key] = ([s for s, _ in found], [name for _, name in found])
        starts, names = self._introductions[key]
        i = bisect.bisect_left(starts, at) - 1
        return (starts[i], names[i]) if i >= 0 else None

    def _named_before(self, noun: str, at: int) -> str | None:
        """The last body's name the text gives before offset `at` whose last word is the noun,
        capitalised, after one to three capitalised words ("the Harbour Service Commission", "Ruritania's
        High Court": High Court), not "The Commission" alone nor a country ("the West Bank"); or None."""
        return self._last_before(("named", noun), at, lambda: self._naming(noun))

    def _naming(self, noun: str) -> list[tuple[int, str]]:
        """(offset, name) of every body's name the text gives with the noun, or a synonym of it
        (`Rules.body_synonyms`), closing it (`_named_before`), in the text's order."""
        found = []
        # (or a word the noun also stands for: "the agency" after "the Food and Drug Administration")
        matches = (
            m
            for n in (noun, *self.rules.body_synonyms.get(noun, ()))
            for m in _named_pattern(n).finditer(self.text)
        )
        for m in matches:
            words = m.group("name").split()
            ends = [k for k, w in enumerate(words) if w.endswith(".") and "." not in w[:-1]]
            words = words[ends[-1] + 1 :] if ends else words  # "Thursday. The Bank": a sentence ended
            while words and (
                words[0].lower() in _NOT_A_NAME
                or words[0].lower() in self.rules.leading_words
                or _possessive(words[0])
            ):
                words.pop(0)  # "The", "On", "Ruritania's": not the name's
            name = " ".join(words)
            # (not in a headline, `in_heading`: "Private Operators Keep Transport Board Guessing")
            if len(words) > 1 and name not in self.rules.countries and not in_heading(self.text, m.start()):
                found.append((m.start("name"), name))
        return sorted(found)

    def _named_longer(self, noun: str, name: str, at: int) -> str | None:
        """The body's name given last before offset `at` with the noun (`_named_before`), when it goes on
        from `name`: "Bank of Westmere" for "The Bank", "High Court of the Norvale Region" for "the
        High Court" (a subject cut at "of the")."""
        if noun in self.rules.broad_body_nouns:
            return None
        named = self._named_before(noun, at)
        short = name.lower().removeprefix("the ")
        return named if named is not None and named.lower().startswith(short + " ") else None

    def _opening_word(self, words: str) -> bool:
        """Whether capitalised words before a comma open a sentence, not a body's name: "However, the
        union", "On Monday, the union", "May, a group"."""
        low = words.lower().split()
        rules = self.rules
        return low[0] in rules.leading_words or low[0] in _OPENING_PHRASE or low[-1] in rules.months_and_days

    def _recent_body(self, k: int, at: int, noun: str, fits: str, depth: int) -> tuple[str, str] | None:
        """(name, kind) of the body "the company" or "the party" at offset `at` (in sentence `k`) stands
        for when no body credited before holds the noun in its name: the nearest body credited in its
        sentence or the few before, or opening one of them, that the noun may describe (`_describes`);
        a person, an outlet or a document there is passed over, and another body stops the search."""
        for i in range(k, max(-1, k - 1 - _LOOK_BACK), -1):
            start, end = self.sentences[i]
            bodies = list(self._credited_in(start, min(end, at)))
            subject = self._subject(i) if i < k or self.sentences[i][0] < at else None
            if subject is not None and subject is not _SOMEONE and subject.span[1] <= at:
                bodies.append((subject.span[0], subject.name, subject.kind))
            if fits == "any" and (described := self._described_in(i, at)) is not None:
                # (described as a firm or a group: no "party" or "department")
                bodies.append((described[0], described[1], "organisation"))
            for s, credited, credited_kind in sorted(bodies, reverse=True):
                # "The label said C1. “C2,” the company said": the body the noun credited before stood for
                # ("Attrakt, the label behind ...")
                chain = depth < _MAX_CHAIN and self.is_description(credited)
                name, kind = (chain and self.described(credited, s, depth + 1)) or (credited, credited_kind)
                if kind != "organisation" and (body := _spoken_for(name, self.rules)) is not None:
                    name, kind = body, "organisation"  # "A spokesperson for Harbour Builders said"
                if kind == "person" and _one_name(name) and noun in self.rules.firm_nouns:
                    kind = "organisation"  # "Norvex said C1. The company said C2": a firm's one word
                if kind != "organisation" or self.is_description(name):
                    continue  # "the company" credited before, itself not named; a person; an outlet
                if not self._describes(noun, fits, name):
                    if not self._passed_over(noun, name):
                        return None  # "Pro-Islamic State forums posted ... the terrorist group": either
                    continue
                since = self._named_since(noun, k, at) if fits == "named" else None
                if since is not None and not self._named_so(noun, name.lower().split()):
                    return since, "organisation"  # "The CQC said ... at Westmere Nursing Home ... The home
                    # said": a body named with the noun in these sentences, not an acronym it may describe
                return self.fuller(name, at) or self._named_longer(noun, name, at) or name, kind
        return None

    def _named_since(self, noun: str, k: int, at: int) -> str | None:
        """The last body's name the text gives with the noun (`_named_before`) before offset `at`, in
        sentence `k` or the `_LOOK_BACK` before it; else None."""
        since = self.sentences[max(0, k - _LOOK_BACK)][0] if k >= 0 else 0
        entry = self._last_entry(("named", noun), at, lambda: self._naming(noun))
        return entry[1] if entry is not None and entry[0] > since else None

    def _described_in(self, i: int, at: int) -> tuple[int, str] | None:
        """(offset, name) of the last body sentence `i` names after a noun of any body that describes it,
        before offset `at` ("Oil giant Norvex has made ...", "held back by a drop in the oil giant Norvex",
        "Rights group Civitas said"): the capitalised words after the noun; else None."""
        start, end = self.sentences[i]
        found = None
        # "Retailer Westmere & Hale has halted ...": the noun capitalised, opening the sentence (not a
        # firm's own name opening so: "Union Pacific", `Rules.body_kind_names`)
        opening = _OPENING_WORD.match(self.text, start)
        noun = opening.group(1).lower() if opening is not None else ""
        if (
            opening is not None
            and self.rules.body_anaphora.get(noun) == "any"
            and noun not in self.rules.body_kind_names
        ):
            named = _NAME_AT.match(self.text, opening.end(), min(end, at))
            if named is not None:
                found = named.start("name"), named.group("name").rstrip(".,;:")
        for m in _described_pattern(self.rules).finditer(self.text, start, min(end, at)):
            if m.group("name").split()[0].rstrip(".,;:") in self.rules.months_and_days:
                continue  # "criticised the company Tuesday": a day, no name
            found = m.start("name"), m.group("name").rstrip(".,;:")
        shares = _SHARES_OF.search(self.text, start, min(end, at))
        if shares is not None and (found is None or shares.start("name") > found[0]):
            found = shares.start("name"), shares.group("name").rstrip(".,;:")
        return found

    def is_description(self, name: str) -> bool:
        """Whether a speaker's name is itself a description ("The company", "the consumer group")."""
        words = name.split()
        return (
            len(words) > 1
            and words[0].lower() == "the"
            and (words[1].islower() or words[1].lower() in self.rules.nationalities)  # "the U.S. agency"
            and words[-1].lower() in self.rules.body_anaphora
        )

    def _describes(self, noun: str, fits: str, name: str) -> bool:
        """Whether the noun of `Rules.body_anaphora` may describe a body named `name`: its name holds the
        noun, or, a name telling no kind of body (a brand or an acronym: "Norvex", "the NDP"), no word of
        `Rules.organisations` but, for a noun of any body ("company", "watchdog"), the noun itself; not a
        country."""
        words = [w.strip(".,;:()").lower().removesuffix("'s").removesuffix("’s") for w in name.split()]
        if noun in words or any(w in words for w in self.rules.body_synonyms.get(noun, ())):
            return True
        if name.removeprefix("the ").removeprefix("The ") in self.rules.countries:
            return False
        if noun in self.rules.firm_nouns and _plural_people(name):
            return False  # "The Houthis say C1. ... the company said": a people or a movement, no firm
        if noun in self.rules.not_firms and name.rsplit(maxsplit=1)[-1] in self.rules.firm_heads:
            return False  # "Westmere Iron Works said C1. The union said C2": no union
        return not any(w in self.rules.organisations for w in words)

    def _passed_over(self, noun: str, name: str) -> bool:
        """Whether a body the noun does not describe leaves the search going on past it: a state's organ,
        never "the company" nor "the group" ("Norvex said C1. The Finance Ministry said C2. The company
        said C3": Norvex), and a people named by a plural for a firm's noun ("The Houthis")."""
        if not _STATE_ORGANS.isdisjoint(name.lower().split()):
            return True
        return noun in self.rules.firm_nouns and _plural_people(name)

    def _named_so(self, noun: str, name: list[str]) -> bool:
        """Whether a body's name (its words in lower case) holds the noun, or a word the noun also stands
        for ("the department" for "the Ministry of Defense": `Rules.body_synonyms`)."""
        return noun in name or any(w in name for w in self.rules.body_synonyms.get(noun, ()))

    def _opening_outlet(self, k: int, at: int) -> Mention | None:
        """The outlet opening sentence `k` (before offset `at`) or one of the few before it, the nearest
        first; None when a sentence opens with another body first."""
        for i in range(k, max(-1, k - 1 - _LOOK_BACK), -1):
            subject = self._subject(i)
            if subject is None or subject is _SOMEONE or subject.span[0] >= at:
                continue
            return subject if subject.kind == "outlet" else None
        return None

    def standing_for(self, written: str, name: str, kind: str, at: int) -> tuple[str, str] | None:
        """(name, kind) of the body a mention at `at` stands for, written `written` and known as `name`
        of `kind`: "the paper" (`described`), "A statement issued by the ministry" (`issuer`), "the
        Defense Ministry" after "Russia's Defense Ministry" (`fuller`); None when it stands for itself."""
        found = self._short_paper(written, at) or self.described(written, at)
        if found is None and kind == "document":
            found = self.issuer(name, at) or self.stated(name, at)
        if found is None and kind == "organisation":
            full = self.fuller(name, at)
            found = (full, kind) if full is not None else None
        return found

    def _short_paper(self, written: str, at: int) -> tuple[str, str] | None:
        """(name, "outlet") of the paper credited before `at` whose name an outlet's word alone closes,
        as "the Post" stands for "The Westmere Post" named before (also where a paper of that short name is
        listed: "the Times" after "The Westmere Times"); None for any other mention."""
        words = written.split()
        if len(words) != 2 or words[0] not in ("The", "the") or words[1] not in self.rules.outlet_words:
            return None
        for _, credited, kind in self._before(at):
            bare = credited.removeprefix("The ").removeprefix("the ")
            if kind == "outlet" and bare.endswith(" " + words[1]):
                return credited, kind
        return None

    def own_subject(self, written: str, content: Span) -> str | None:
        """The firm that opens the content of "C, the company said" (`Rules.firm_nouns`): "Norvex has
        built 900 ferries since 2010, the company said" is Norvex's word, whatever firm the text
        named last. The name, perhaps with a possessive ("Norvex's sales rose"), is printed inside a
        sentence somewhere, and its first word is in no sentence in lower case ("Sales rose 5%") nor a
        given name ("Jane Roe has said"). None for any other content or noun."""
        words = written.lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in self.rules.firm_nouns:
            return None
        firm = self._firm_opening(*content)
        if firm is not None:
            self._owned.append((content[0], firm))
        return firm

    def _firm_opening(self, start: int, end: int) -> str | None:
        """The firm whose name opens `text[start:end]` (`own_subject`), or None."""
        m = _SUBJECT_NAME.match(self.text, start, end)
        if m is None:
            return None
        name = m.group("name").removesuffix("’s").removesuffix("'s")
        first = name.split()[0]
        if (
            not self._named_inside(name)
            or first.lower() in lower_words(self.text)
            or self.rules.given_name(first)
        ):
            return None
        if first.lower() in self.rules.nationalities or name in self.rules.countries:
            return None  # "German defense giant Norvex has signed ...": a description opens the content
        found = classify(self.text, tokenize(self.text, m.start("name"), m.end("name")), self.rules)
        if found is not None and found.kind == "person":
            # one word the cast reads as a surname: a firm's, unless the text gives it a full name ("Roe
            # has left" after "Jane Roe")
            if " " in name or only_full_name(self.text, name, self.rules) is not None:
                return None
        elif found is not None and found.kind != "organisation":
            return None
        return name

    def _named_inside(self, name: str) -> bool:
        """Whether the text prints `name` inside a sentence, not only opening one ("Sales rose 5%"
        opens sentences only): a capital there is a name's."""
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", self.text):
            before = self.text[max(0, m.start() - _LOOK_BEHIND) : m.start()].rstrip(" ")
            if before and before[-1] not in ".!?\n“\"‘'":
                return True
        return False

    def issuer(self, name: str, at: int) -> tuple[str, str] | None:
        """(name, kind) of the body that issued a statement credited as a speaker: "A statement issued by
        the ministry said C" is the ministry's word (named as before it: "Russia's Defense Ministry")."""
        m = _ISSUED.match(name)
        if m is None:
            return None
        body = m.group("body")
        found = self.described(body, at)
        if found is not None:
            return found
        person = classify(body, tokenize(body, 0, len(body)), self.rules)
        if person is not None and person.kind == "person" and not person.pronoun and person.name != body:
            return person.name, "person"  # "a statement issued by Norvex Care proprietor Tom Hale": Hale
        if body.split()[-1][:1].isupper():  # "a statement released by the Kremlin"
            return self.fuller(body, at) or body, "organisation"
        return None

    def stated(self, name: str, at: int) -> tuple[str, str] | None:
        """(name, kind) of the speaker whose statement "The statement" at offset `at` is: the one credited
        last, in this sentence or the two before, with a claim made "in a statement" ("X said in a
        statement issued today that C1. The statement stressed that C2": X)."""
        words = name.lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in self.rules.statement_nouns:
            return None
        k = bisect.bisect_right(self._starts, at) - 1
        lo = self.sentences[max(0, k - 2)][0] if k >= 0 else 0
        noun = re.escape(words[1])
        for s, credited, kind in self._before(at):
            if s < lo or kind == "medium":
                break
            if kind == "document":
                return None  # "The report said C1. The statement ...": a document spoke last
            window = self.text[s : min(at, s + _SUBJECT_WINDOW * 2)].lower()
            if re.search(rf"\b(?:in|issued|released) (?:a|an|its) (?:[a-z-]+ )?{noun}\b", window):
                # named as before it: "the ministry said in a statement" after "The Russian Defense Ministry"
                return self.described(credited, s) or (self.fuller(credited, s) or credited, kind)
            # (past a claim made otherwise: "C1, X said in a statement. C2, the agency said. “C3,” the
            # statement said" is X's)
        return None

    def fuller(self, name: str, at: int) -> str | None:
        """The fuller name of a body credited before offset `at` that `name` shortens: "the Defense
        Ministry" after "Russia’s Defense Ministry", "the Ministry of Defense" after "the Ministry of
        Defense of Russia"; not a pair it opens ("the Harbour Water Authority and UNICEF")."""
        core = _core(name)
        if len(core.split()) < 2:
            return self._headed(name, at)
        for _, credited, kind in self._before(at):
            full = _core(credited)
            extra = len(full.split()) - len(core.split())  # "Russia's", "of Russia": a word or three more
            if kind != "organisation" or not 0 < extra <= _MAX_FULLER:
                continue
            joined = full[len(core) :].startswith((" and ", " & "))  # a pair: "the WHO and UNICEF" is two
            if full.endswith(" " + core) or (full.startswith(core + " ") and not joined):
                return credited
        return None

    def _headed(self, name: str, at: int) -> str | None:
        """The body credited before offset `at` whose name holds `name`, one capitalised noun of a body
        (`Rules.own_sides`, `Rules.headed_bodies`), as its head: "the Board" after "the Central Board of
        Secondary Education", as papers that capitalise a body's short name write it."""
        noun = name.removeprefix("the ").removeprefix("The ")
        if not noun.istitle() or " " in noun:
            return None
        if noun.lower() not in self.rules.own_sides and noun.lower() not in self.rules.headed_bodies:
            return None
        for _, credited, kind in self._before(at):
            if kind == "organisation" and _core(credited) != noun.lower() and noun in credited.split():
                return credited
        return None

    def _before(self, at: int) -> list[tuple[int, str, str]]:
        """The speakers credited before offset `at`, nearest first: the last `_REACH` of them, so that a
        long text costs the same per mention as a short one."""
        k = bisect.bisect_left(self._credited, (at, "", ""))
        return self._credited[max(0, k - _REACH) : k][::-1]

    def _subordinate(self, at: int) -> bool:
        """Whether the pronoun at `at` opens a subordinate clause ("because they felt"): then the subject
        of its own sentence may be whom it stands for."""
        before = self.text[max(0, at - 12) : at].split()[-1:]
        return bool(before) and before[0].lower() in self.rules.subordinators

    def _evidence(self, after: int) -> bool:
        """Whether a cue of evidence follows the pronoun ending at `after`: "It shows", "it also found"."""
        for word in self.text[after : after + 30].lower().split()[:2]:
            entry = self.rules.cues.get(word.strip(",.;:"))
            if entry is not None and entry[0] in self.rules.evidence:
                return True
        return False

    def _issues(self, lo: int, hi: int) -> bool:
        """Whether `text[lo:hi]` (a sentence after its subject) issues a thing: "launched an ad"."""
        return any(w in self.rules.issuing for w in self.text[lo : min(hi, lo + _SUBJECT_WINDOW * 2)].split())

    def _credited_in(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """The speakers of claims named in `text[start:end]`, in order."""
        lo = bisect.bisect_left(self._credited, (start, "", ""))
        hi = bisect.bisect_left(self._credited, (end, "", ""))
        return self._credited[lo:hi]

    def _subject(self, i: int) -> Mention | None:
        if i not in self._subjects:
            s, e = self.sentences[i]
            words = tokenize(self.text, s, min(e, s + _SUBJECT_WINDOW))
            quoted = not words or self.in_quote(words[0].start) or self.text[s] in '“"«‘'
            bodies = self._bodies()
            self._subjects[i] = None if quoted else opening_body(self.text, words, self.rules, bodies)
        return self._subjects[i]

    def _bodies(self) -> frozenset[str]:
        """The names the article credits as bodies, read once: a one-word name that the lists take for a
        person opening a sentence is the body it spoke as ("Rogers is one of ..." after "internet giant
        Rogers says C")."""
        if self._body_names is None:
            self._body_names = frozenset(name for _, name, kind in self._credited if kind == "organisation")
        return self._body_names


def _spoken_for(name: str, rules: Rules) -> str | None:
    """The body a spokesperson's or a source's description names after "for", "at" or "of" ("A
    spokesperson for Harbour Builders", "a source at the HVN"): capitalised words closing it; else None."""
    m = _SPOKEN_FOR.search(name)
    return m.group("body") if m is not None and m.group("noun").lower() in rules.anonymous else None


def spokesperson_for(name: str, rules: Rules, surnames: Mapping[str, str]) -> str | None:
    """The body "a spokesperson for X" speaks for, as readers name its word: "A spokesperson for Harbour
    Homes said C" is Harbour Homes'; not a person's spokesperson ("a spokeswoman for Gov. Jane Roe", "a
    spokesman for Pell" after "Tom Pell": a title, a listed given name or a surname `surnames` knows); nor
    a former one's ("a former spokesman for the ministry")."""
    m = _SPOKEN_FOR.search(name)
    if m is None or m.group("noun").lower() not in spokes(rules):
        return None
    if re.search(r"\b(?:former|ex-)", name[: m.start()]):
        return None  # "a former spokesman for the ministry" speaks for no one now
    body = m.group("body")
    words = body.split()
    personal = rules.given_name(words[0]) or body in surnames or words[-1] in surnames
    titled = any(w.lower().rstrip(".") in rules.titles or w.lower() in rules.honorifics for w in words)
    return None if personal or titled else body


def _one_name(name: str) -> bool:
    """Whether a person's name is one capitalised word the article gives no fuller form of ("Norvex"):
    a firm's name, as often as a surname, when "the company" stands for it next."""
    return " " not in name and name[:1].isupper() and name[1:].islower() and name.isalpha()


def _name_only(name: str) -> str:
    """A name read after a noun, to the end of its sentence: "Theranos" of "Theranos. Forbes"."""
    return name.split(". ", 1)[0].rstrip(".,;:")


# up to four capitalised words, each from a word's start and bounded, so that a long run of capitals is read
# in linear time ("AAAA...": no match tried inside a word, none longer than a name's word)
# (an ampersand may stand alone between two words: "Retailer Westmere & Hale")
_BODY_NAME = r"(?<![\w&’'.-])(?P<name>[A-Z][\w&’'.-]{0,40}(?:[ ](?:&[ ])?[A-Z][\w&’'.-]{0,40}){0,3})"

_NAME_AT = re.compile(_BODY_NAME)
# a firm named by its stock, as market copy opens a sentence: "Shares of Norvex dropped 8% on Monday"
_SHARES_OF = re.compile(rf"(?<![\w-])(?:[Ss]hares|[Ss]tock)[ ](?:of|in)[ ]{_BODY_NAME}")
# a name opening a content, its possessive or a verb in lower case after it: "Norvex has", "Norvex's sales"
_LOOK_BEHIND = 16  # characters read before a name for what ends the word before it (`_named_inside`)
_SUBJECT_NAME = re.compile(rf"{_BODY_NAME}[ ](?=[a-z])")
_OPENING_WORD = re.compile(r"([A-Z][a-z]+) ")  # a sentence's first word, capitalised, then a space
_PROTAGONIST_WINDOW = 4000  # characters read back for the firm an article is about (`_protagonist`)
_MAX_DESCRIBED = 5  # words of "the department store chain": "the", what the firm is, and its noun

# words that go on describing a body after its noun in apposition: "Attrakt, the label behind ...", "Numsa,
# the biggest union for ...", "AfroSpear, a group of ..." (not a verb: "Monday, the union said")
_APPOSED_AFTER = r"(?=[,;]|[ ](?:behind|of|for|in|that|which|whose|based|owned|founded|representing)[ ])"


@functools.lru_cache(maxsize=64)
def _introduced_pattern(noun: str) -> re.Pattern[str]:
    """A body named right after one noun of a body in lower case ("union Balpa", "carmaker Korrin"), or
    right before it in apposition, the noun after "the", "a" or a place's possessive and up to four words
    ("Attrakt, the label behind ...", "Numsa, the biggest union for ...", "Norvex, Kenya's largest
    insurer,")."""
    before = rf"(?<![\w-]){re.escape(noun)}[ ]{_BODY_NAME}"
    apposed = _BODY_NAME.replace("?P<name>", "?P<apposed>")
    # (or a place's possessive and up to four words: "Norvex, Kenya's largest private health insurer,")
    opener = r"(?:the|an?|[A-Z][a-z]+(?:'s|’s))"
    after = rf"{apposed},[ ]{opener}[ ](?:[a-z-]+[ ]){{0,4}}{re.escape(noun)}{_APPOSED_AFTER}"
    return re.compile(f"{before}|{after}")


@functools.lru_cache(maxsize=64)
def _named_pattern(noun: str) -> re.Pattern[str]:
    """One to three capitalised words, each from a word's start and bounded ("and" between two), then
    the noun capitalised as a name's last word: "Harbour Service Commission", "The High Court", "Food and
    Drug Administration"; or the noun, capitalised, then "of" and what it is of, once or twice: "Bank of
    Westmere", "High Court of the Norvale Region"."""
    word = r"[A-Z][\w&’'.-]{0,40}"
    # (its possessive is still its name: "The Harbour Police's cyber cell")
    after = r"(?=['’]s\b|[^\w&’'-]|$)"
    of = rf"(?:[ ]of(?:[ ]the)?[ ]{word}(?:[ ]{word}){{0,3}}){{1,2}}"
    head = noun.capitalize()
    before = rf"(?:{word}[ ](?:and[ ])?){{1,3}}"
    return re.compile(rf"(?<![\w&’'.-])(?P<name>(?:{word}[ ]){{0,3}}{head}{of}|{before}{head}){after}")


def _possessive(word: str) -> bool:
    """Whether a word is a possessive ("Ruritania's"), which names an owner before a body's name."""
    return word.endswith(("'s", "’s"))


@functools.lru_cache(maxsize=4)
def _described_pattern(rules: Rules) -> re.Pattern[str]:
    """A pattern finding a body named after a noun of any body (`Rules.body_anaphora`): "giant Norvex",
    "group Amnesty International" (up to four capitalised words)."""
    nouns = [n for n, v in rules.body_anaphora.items() if v == "any"]
    return re.compile(rf"(?<![\w-]){alternation(nouns)}[ ]{_BODY_NAME}")


def opening_body(
    text: str, words: list[Token], rules: Rules, bodies: frozenset[str] = frozenset()
) -> Mention | None:
    """What the start of a sentence names when it is a body, a group, two people or a document ("Bahrain
    was ...", "Meanwhile, the Gulf Ministerial Council held ...", "In May, the ministry said"); a person
    or a pronoun there is `_SOMEONE`; None when no phrase of names and bodies opens it."""
    n = len(words)
    i = 0
    while i < n - 1 and words[i].text.lower() in rules.leading_words and not words[i].after:
        i += 1
    if i < n - 1 and words[i].text.lower() in rules.leading_words:
        i += 1  # "Meanwhile, the council held"
    elif i < n and words[i].text.lower() in _OPENING_PHRASE:
        # "In a statement on Monday, the council said": past the opening phrase
        comma = next((k for k in range(i, min(n, i + _MAX_OPENING)) if words[k].after[:1] == ","), None)
        if comma is None:
            return None
        i = comma + 1
    stop = i
    while stop < n and stop - i < _MAX_OPENING:
        word = words[stop].text
        # a link inside a body's name before a capitalised word: "The Korean Confederation of Trade Unions"
        linked = (
            stop > i and word in rules.acronym_links and stop + 1 < n and is_capitalised(words[stop + 1].text)
        )
        if not linked and not _in_name(word, stop == i, rules):
            break
        stop += 1
        if words[stop - 1].after:
            break
    if stop == i:
        return None
    found = classify(text, words[i:stop], rules)
    if found is None:
        return None
    if found.kind == "person" and " and " in found.name and not found.pronoun:
        return found  # "Democratic candidates Hillary Clinton and Bernie Sanders did respond": "they"
    last = words[stop - 1].text
    if found.kind == "person" and last.islower() and last.endswith("s"):
        return Mention(found.name, "anonymous", None, found.span)  # "Several Cruz associates": people
    if found.kind == "person" and found.name in bodies:
        return Mention(found.name, "organisation", None, found.span)  # "Rogers", credited as a body
    return _SOMEONE if found.pronoun or found.kind == "person" else found


def _in_name(word: str, first: bool, rules: Rules) -> bool:
    """A word of a phrase naming a body: capitalised, a body's or a document's noun, or a determiner
    opening it ("the Gulf Ministerial Council", "The ministry", "Officials")."""
    low = word.lower()
    if first and low in ("the", "a", "an"):
        return True
    if not first and low == "and":
        return True  # "Mayor Ann Cole and Governor Tom Hale toured ..."
    bodies = low in rules.organisations or low in rules.documents or low in rules.anonymous
    return is_capitalised(word) or bodies or low.removesuffix("s") in rules.titles  # "Democratic candidates"


_SOMEONE = Mention("", "person", None, (0, 0))  # a sentence opening with a person or a pronoun


def _agrees(pronoun: str, name: str, kind: str, rules: Rules) -> bool:
    """Whether a speaker agrees with "it" (one body, document or outlet) or "they" (people or bodies named
    in the plural: "Officials", "Unions", "Smith and Jones"; "The United States" is one)."""
    last = name.rsplit(maxsplit=1)[-1].lower() if name else ""
    named = last[:-1] in rules.organisations or kind in ("document", "anonymous")
    plural = last.endswith("s") and named and name not in rules.countries
    if pronoun == "it":
        return kind in _SINGULAR and not plural
    return (plural and kind != "document") or (kind == "person" and " and " in name)


def _one_source(name: str) -> bool:
    """A single unnamed source ("The Syrian source", "an official source at the ministry"), which agency
    copy may call "it" after."""
    words = name.lower().split()
    return bool(words) and words[0] in ("a", "an", "the", "one") and "source" in words


def _core(name: str) -> str:
    """A body's name in lower case without its article, its head last: "the Defense Ministry" and "the
    Ministry of Defense" -> "defense ministry" ("Ministry of Defense of Russia" -> "defense ministry of
    russia")."""
    low = name.lower().replace("’", "'")
    low = low[4:] if low.startswith("the ") else low
    m = _HEAD_OF.match(low)
    return f"{m.group(2)} {m.group(1)}{m.group(3)}" if m else low


def _plural_people(name: str) -> bool:
    """Whether a name is "the" and one capitalised plural, as a people or a movement is named ("The
    Houthis", "the Kurds"): a firm's noun never stands for it."""
    words = name.split()
    return (
        len(words) == 2
        and words[0] in ("The", "the")
        and words[1][:1].isupper()
        and words[1].endswith("s")
        and not words[1].endswith("ss")
    )
