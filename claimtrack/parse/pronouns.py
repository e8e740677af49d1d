"""Who "he" and "she" are: the nearest person named before the pronoun, as a claim's speaker or as the
subject opening a sentence ("The economist Robert Shapiro measured ... He found that C"), whose gender
agrees when the article tells it (`claimtrack.rules.genders`).

`People` collects the candidates lazily: a sentence's subject is read only when a pronoun after it asks.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from claimtrack.parse.cast import full_name, only_full_name, unaccented
from claimtrack.parse.speakers import (
    Mention,
    classify,
    ing_opening,
    participle_opening,
    pronoun_after_ing,
    role_only,
)
from claimtrack.parse.tokens import Token, is_capitalised, tokenize
from claimtrack.rules import Rules

Span = tuple[int, int]

# What `People.resolve` takes for a mention that stands for a person of either gender, as "the
# 24-year-old" does: the nearest person, as "he" or "she" is, whoever it is.
ANYONE = "anyone"
_LOOK_BACK = 4  # sentences searched back from a pronoun: past that, a pronoun names someone the story left
_MAX_SPEAKERS = 50  # earlier speakers searched when none near agrees in gender
_MAX_OPENING = 10  # words of a sentence's opening read for its subject
_MAX_PARTICIPLE_PHRASE = 16  # words of an opening participle's phrase ("Speaking at the meeting of ..., X")
_MAX_APPOSED = 4  # words of a name in apposition after a role opening a sentence ("Oleg Brand")
_SUBJECT_WINDOW = 400  # characters of a sentence tokenized for its subject
_FIRST_WORDS = 40  # of them, those tokenized first: most openings are settled within them
_POSSESSIVE = ("'s", "’s")
_BRACKET_REACH = 200  # characters read for a bracket's close after a name
_WORD = re.compile(r"\w+")  # a word, for the words with accents (`People._accented`)
_TITLE_CASE = frozenset({"On", "To", "Of", "In", "For", "The", "And", "At", "By", "With", "His", "Her", "Is"})
_OPENING_PHRASE = frozenset({"in", "at", "on", "during", "after", "before", "with", "while", "when", "as"})
_TRAILING = frozenset({"of", "the", "for", "and", "on", "to", "a", "an", "its", "his", "her", "their", "our"})


class People:
    """The persons an article names, by where it names them, for resolving "he" and "she"."""

    def __init__(
        self, text: str, sentences: list[Span], rules: Rules, in_quote: Callable[[int], bool]
    ) -> None:
        self.text, self.sentences, self.rules, self.in_quote = text, sentences, rules, in_quote
        self._starts = [s for s, _ in sentences]
        self._subjects: dict[int, Mention | None] = {}
        self._speakers: list[tuple[int, str]] = []  # (offset, canonical name) of each claim's speaker
        self.genders: dict[str, str] = {}  # canonical name -> "male" | "female", once the text tells
        self.roles: dict[str, str] = {}  # canonical name -> the role a sentence opening it gives
        self.found_at: int | None = None  # where the antecedent `resolve` last returned was named
        self._fulls: dict[str, str | None] = {}  # a surname opening a sentence -> the full name given before
        self._anywhere: dict[str, str | None] = {}  # a surname -> the full name given anywhere
        self._accents: dict[str, str] | None = None  # a word with accents, unaccented -> as written

    def speaker(self, at: int, name: str, phrase: str) -> None:
        """Record a claim's (non-pronoun) person speaker named at offset `at` as `phrase`."""
        if " and " in name:
            return  # two people ("Peck and Mahaney") are "they", never "he" or "she"
        bisect.insort(self._speakers, (at, name))
        self._learn(name, phrase)

    def disagrees(self, name: str, pronoun: str) -> bool:
        """Whether the person `name` is known to be of the other gender than "he"/"she" tells."""
        want = {"he": "male", "she": "female"}.get(pronoun.lower())
        return want is not None and self.genders.get(name, want) != want

    def resolve(
        self, pronoun: str, at: int, canonical: dict[str, str], *, far: bool = False, objective: bool = False
    ) -> str | None:
        """The person `pronoun` ("he" or "she", or `ANYONE`) at offset `at` stands for, or None when none
        agrees. `ANYONE` looks one sentence back, or as far as a pronoun does when `far`; an `objective`
        one ("him") is never its own sentence's subject ("The Daily Telegraph quoted him as saying").
        `canonical` maps a surname to the fullest name the article gives."""
        want = {"he": "male", "she": "female"}.get(pronoun.lower())
        if want is None and pronoun != ANYONE:
            return None
        k = bisect.bisect_right(self._starts, at) - 1
        # anyone: the sentence before or this one, no further, unless described ("the 39-year-old goalkeeper")
        back = _LOOK_BACK if want is not None or far else 1
        floor = self._starts[max(0, k - back)] if k >= 0 else 0
        # (where named, 1 for a claim's speaker and 0 for a sentence's subject, name): at one place the
        # speaker wins ("Earlier, Railways DG PRO, Anil Saxena, confirmed": Saxena, not "Railways DG")
        candidates: list[tuple[int, int, str]] = []
        for i in range(k - 1 if objective else k, max(-1, k - back - 1), -1):
            subject = self._subject(i)
            if subject is not None and subject.span[0] < at and self._believable(subject, canonical):
                name = _canonical(subject.name, canonical)
                name = self._fulls.get(name) or name  # "Duterte ordered" after "President Rodrigo Duterte"
                self._learn(name, self.text[subject.span[0] : subject.span[1]])
                if subject.role:
                    self.roles.setdefault(name, subject.role)
                candidates.append((subject.span[0], 0, name))
        j = bisect.bisect_left(self._speakers, (at, ""))
        while j > 0 and self._speakers[j - 1][0] >= floor:
            j -= 1
            place, name = self._speakers[j]
            candidates.append((place, 1, name))
        for place, _, name in sorted(candidates, reverse=True):  # nearest first
            if want is None or self.genders.get(name, want) == want:
                self.found_at = place
                return name
        self.found_at = None
        if want is None:
            return None  # no one near: a person by age alone names no one further back
        for i in range(j - 1, max(-1, j - 1 - _MAX_SPEAKERS), -1):  # none near agrees: the last who does
            name = self._speakers[i][1]
            if want is None or self.genders.get(name) == want:
                return name
        return None

    def subjects_before(
        self, at: int, canonical: dict[str, str], since: int = 0
    ) -> list[tuple[int, str, str | None]]:
        """The persons named (not a role alone: "The minister") opening the sentences that start from
        offset `since` to `at`, nearest first, at most `_MAX_SPEAKERS` sentences back: (where, canonical
        name, the role the sentence gives). `canonical` maps a surname to the fullest name."""
        k = bisect.bisect_right(self._starts, at) - 1
        out: list[tuple[int, str, str | None]] = []
        for i in range(k, max(-1, k - _MAX_SPEAKERS - 1), -1):
            if self._starts[i] < since:
                break
            subject = self._subject(i)
            if subject is None or subject.span[0] >= at or not self._believable(subject, canonical):
                continue
            words = tokenize(subject.name, 0, len(subject.name))
            if subject.name.lower().startswith("the ") or role_only(words, self.rules):
                continue
            out.append((subject.span[0], _canonical(subject.name, canonical), subject.role))
        return out

    def _believable(self, subject: Mention, canonical: dict[str, str]) -> bool:
        """A one-word name opening a sentence ("With", "Through", "Trump") counts only when the article
        names that person in full elsewhere, or gives a title or courtesy title with it."""
        words = subject.name.split()
        if any(w in _TITLE_CASE for w in words[1:]) or words[0] in ("A", "An") or "and" in words:
            return False  # a headline in title case: "Mom Corners Obama On His Refusal"
        if len(words) > 1 or subject.role:
            return True
        opening = self.text[subject.span[0] : subject.span[1]].split(maxsplit=1)[0].lower()
        if subject.name in canonical or opening in self.rules.honorifics:  # "Mrs. Clinton has been"
            return True
        # named in full before: "President Rodrigo Duterte told ..."
        return self.full(subject.name, subject.span[0]) is not None

    def full(self, name: str, before: int) -> str | None:
        """The full name the text gives a surname `name` before offset `before` ("Senator Sarah
        Hanson-Young ... Senator Hanson-Young rose ... She said"), or None."""
        if name not in self._fulls:
            full = full_name(self.text, name, before, self.rules)
            accented = self._accented(name) if full is None else None
            if accented is not None:  # "Ibanez" after "Tomás Ibáñez": one name, its accent dropped
                full = full_name(self.text, accented, before, self.rules)
            self._fulls[name] = full
        return self._fulls[name]

    def _accented(self, name: str) -> str | None:
        """The word of the text that is `name` with accents ("Ibáñez" for "Ibanez"), or None. The words
        with accents are read once per article (linear), not once per name."""
        if not name.isascii() or not name.isalpha():
            return None
        if self._accents is None:
            words = set() if self.text.isascii() else set(_WORD.findall(self.text))
            self._accents = {unaccented(w, lower=False): w for w in words if not w.isascii()}
        return self._accents.get(name)

    def full_anywhere(self, name: str, pronoun: str | None = None) -> str | None:
        """The one full name the text gives a surname `name` anywhere ("President Buhari ... He said C ...
        a coup brought in Muhammadu Buhari"), as `Cast.complete` reads surnames credited alone; None when
        it gives two, or when the given name is of the other gender than the person is known to be or
        `pronoun` ("he", "she") tells ("Obama ... he" is no "Michelle Obama")."""
        if name not in self._anywhere:
            self._anywhere[name] = only_full_name(self.text, name, self.rules)
        full = self._anywhere[name]
        if full is None:
            return None
        gender = self._gender(full, full)
        want = {"he": "male", "she": "female"}.get(pronoun.lower()) if pronoun else self.genders.get(name)
        return full if gender is None or want is None or gender == want else None

    def _learn(self, name: str, phrase: str) -> None:
        gender = self._gender(name, phrase)
        if gender is not None:
            self.genders.setdefault(name, gender)

    def _gender(self, name: str, phrase: str) -> str | None:
        rules = self.rules
        given, *rest = name.split()
        if any(w.lower() in rules.female_particles for w in rest[:-1]):
            return "female"  # "Chris Ní Bhriain": her surname's particle tells, not the given name
        # a surname tells no gender: "Kita Alexander" is no man, "Jane Francis" no woman (but "His wife"
        # is no name: her noun tells)
        surnames = {w.lower() for w in rest} if all(map(is_capitalised, rest)) else set()
        said = phrase.split()
        # a possessor opening the phrase tells nothing of the speaker's gender: "Mr Roe’s wife, Mary
        # Roe" (not the mention's own last word, "Mrs. Clinton’s", nor one past the phrase's first
        # comma, "Mrs. Clinton, in response to Mr. Trump's use of ...")
        head = next((k for k, w in enumerate(said) if w.endswith(",")), len(said) - 1)
        owner = max(
            (k for k, w in enumerate(said[:head]) if w.endswith(("'s", "’s", "s'", "s’"))), default=-1
        )
        words = [w.strip(".,").lower() for w in said[owner + 1 :]] + [given.lower()]
        # "Lord Mayor": an office of either gender ("lord" alone is a man's title)
        nexts = [*words[1:], ""]
        words = [
            w for w, after in zip(words, nexts, strict=True) if w != "lord" or after not in rules.open_offices
        ]
        low = given.lower()
        styled = any(w in rules.honorifics for w in words)  # "Mrs. Schlafly": the style tells first
        if not styled and low not in surnames and (low in rules.male_names) != (low in rules.female_names):
            # the person's own given name before any noun of the role: "IOM spokeswoman Paul Dillon ...
            # he said" (a role noun's gender is the copy's slip more often than the name's)
            return "male" if low in rules.male_names else "female"
        for w in (w for w in words if w not in surnames):
            if w in rules.male_words or w + "." in rules.male_words or w in rules.male_names:
                return "male"
            if w in rules.female_words or w + "." in rules.female_words or w in rules.female_names:
                return "female"
        return None

    def _subject(self, i: int) -> Mention | None:
        if i not in self._subjects:
            s, e = self.sentences[i]
            end = min(e, s + _SUBJECT_WINDOW)
            # the opening is read from the first words alone, and the rest tokenized only when it reaches
            # past them; the last word of the first ones may be cut short at `cut`, so it is left out
            cut = min(end, s + _FIRST_WORDS)
            words = tokenize(self.text, s, cut)
            if cut < end and words:
                words.pop()
            subject: Mention | _Unknown | None = _UNKNOWN
            if self.text[s:end].isupper():
                subject = None  # a crosshead in capitals ("REGISTER AFRESH") names no one
            elif words:
                quoted = self.in_quote(words[0].start) or self.text[s] in '“"«‘'
                # a person named at the start of a quotation is who the speaker talks about, not the speaker
                subject = None if quoted else _opening_person(self.text, words, self.rules, whole=cut == end)
            if subject is _UNKNOWN:
                words = tokenize(self.text, s, end) if cut < end else words
                quoted = not words or self.in_quote(words[0].start) or self.text[s] in '“"«‘'
                subject = None if quoted else opening_person(self.text, words, self.rules)
            assert not isinstance(subject, _Unknown)
            self._subjects[i] = subject or _agent(self.text, s, end, self.rules)
        return self._subjects[i]


def opening_person(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """The person named at the start of a sentence ("The economist Robert Shapiro measured ...",
    "Mr. Obama's bet is ..."), or None."""
    found = _opening_person(text, words, rules, whole=True)
    assert not isinstance(found, _Unknown)
    return found


class _Unknown:
    """What `_opening_person` gives when the first words it was given do not settle the answer."""


_UNKNOWN = _Unknown()


def _opening_person(text: str, words: list[Token], rules: Rules, *, whole: bool) -> Mention | _Unknown | None:
    """`opening_person`, given all of the sentence's words (`whole`) or only its first ones: then
    `_UNKNOWN` where the answer would turn on a word past them (every test of how many words there are
    is a test whether word j exists, which the first words answer alike only when j is among them).
    A sentence opening with a subordinate clause is read for the main clause's person first, then, when
    that names none, for the clause's ("Though Jane Roe has lived there for years, the rents have
    risen, she said": Roe)."""
    found = _opening(text, words, rules, whole=whole, clause=True)
    if found is None and any(_clause_lead(w.text.lower(), rules) for w in words[:3]):
        return _opening(text, words, rules, whole=whole, clause=False)
    return found


def _opening(
    text: str, words: list[Token], rules: Rules, *, whole: bool, clause: bool
) -> Mention | _Unknown | None:
    """`_opening_person`: with `clause`, past a subordinate clause's comma, else past a short phrase's."""
    n = len(words)
    i = 0
    while i < n - 1 and words[i].text.lower() in rules.leading_words:
        i += 1
    if not whole and i >= n - 1:
        return _UNKNOWN
    i = _past_plain_phrase(words, i)  # "This time, Hale ...", "At that moment, the envoy ..."
    # "For Westmere dairy farmer Tom Hale, the flood was ...": the person the sentence is about, and so
    # "Among those waiting is Jane Roe, a care worker from Westmere, who ...": the person it introduces
    if i < n - 1 and words[i].text.lower() in ("for", "among"):
        return _topic_person(text, words, i, rules, whole=whole)
    participle = i < n - 1 and participle_opening(words[i : i + 3], rules)
    if not participle and i < n and ing_opening(words[i].text):
        if not whole:
            return _UNKNOWN  # "Representing X at the event, he said": the comma may lie past the first words
        participle = pronoun_after_ing(words[i:], rules)
    if participle:
        i += 1  # "Speaking at the monthly meeting of the district (RMD), Councillor Jim Codd relayed ..."
    lead = words[i - 1].text.lower() if i > 0 else ""
    clause = clause and _clause_lead(lead, rules)
    if i > 0 and (participle or lead in _OPENING_PHRASE or clause):
        # "In a statement issued Tuesday, nominee Hillary Clinton was ...": past the opening phrase; a
        # clause's and a participle's may be longer ("While Westmere River levels remain below the peaks
        # of the 2011 floods, Mr Hale ...": Hale, not the river)
        reach = _MAX_PARTICIPLE_PHRASE if participle or clause else _MAX_OPENING
        last = min(n - 1, i + reach)
        comma = next((k for k in range(i, last) if words[k].after or _closes_bracket(text, words, k)), None)
        if comma is None and not whole and last < i + reach:
            return _UNKNOWN
        if comma is not None and (words[comma].after[:1] == "," or _closes_bracket(text, words, comma)):
            i = comma + 1
    stop = i
    while stop < n and stop - i < _MAX_OPENING:
        w = words[stop]
        low = w.text.lower()
        if not (
            is_capitalised(w.text)
            or low in rules.role_words
            or low in rules.titles
            or low.rsplit("-", 1)[-1] in rules.titles  # "Government press-secretary Numan Kurtulmus"
            or low in rules.organisations
        ):
            break
        stop += 1
        dashed = stop < n and any(d in text[w.end : words[stop].start] for d in "—–")  # "Podesta — Bill ..."
        if (
            w.after
            or low.endswith(_POSSESSIVE)
            or dashed
            or (stop < n and _listing_bracket(text, w, words[stop]))
        ):
            break
    else:
        if not whole and stop - i < _MAX_OPENING:
            return _UNKNOWN
    while stop > i + 1 and words[stop - 1].text in _TRAILING:
        stop -= 1  # "The minister of the economy, ...": no name ends in "of the"
    for k in range(stop, i, -1):
        phrase = words[i:k]
        last_word = phrase[-1]
        if last_word.text.endswith(_POSSESSIVE):  # "Mr. Obama's bet": the owner is named
            phrase = [*phrase[:-1], Token(last_word.start, last_word.end - 2, last_word.text[:-2], "")]
        found = classify(text, phrase, rules)
        if found is not None and found.kind == "person" and not found.pronoun:
            if found.name[:4].lower() == "the ":  # a role: "The governor of the Tula region, Oleg Brand,"
                named = _named_after(text, words, stop, whole=whole, rules=rules)
                # after an opening participle, a role alone names no one new: "Asked if he was ever
                # bullied, the Republican candidate said no. ... he said" is still the man named before
                return named if participle else (named or found)
            return found
    return None


def _agent(text: str, start: int, end: int, rules: Rules) -> Mention | None:
    """The person after "by" who made a thing known, in a passive sentence naming no one first: "This was
    disclosed by Tom Hale at a meeting. He stated C" is Hale's (`_AGENT`, a cue's participle)."""
    m = _AGENT.search(text, start, end)
    if m is None or m.group("verb") not in rules.cues:
        return None
    found = classify(text, tokenize(text, m.start("name"), m.end("name")), rules)
    return found if found is not None and found.kind == "person" and not found.pronoun else None


# a cue's participle in the passive and its agent's name: "was disclosed by Tom Hale"
_AGENT = re.compile(
    r"\b(?:was|were|been)[ ](?P<verb>[a-z]+)[ ]by[ ](?P<name>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){1,3})"
)


def _listing_bracket(text: str, word: Token, after: Token) -> bool:
    """Whether a bracket listing with commas opens between two words of an opening, which ends the name
    before it: "Jane Roe (Ngati Hale, Te Aitanga, ...) became" (not a state's short form, "Westmere County
    (Ariz.) Sheriff Tom Hale")."""
    if "(" not in text[word.end : after.start]:
        return False
    close = text.find(")", after.start, after.start + _BRACKET_REACH)
    return close < 0 or "," in text[after.start : close]


def _clause_lead(low: str, rules: Rules) -> bool:
    """Whether a word opens a subordinate clause before the main one, whose person is then not the
    sentence's subject ("When Tom Hale left, the firm ..."; `Rules.subordinators`); not "even", which
    opens "Even the mayor said"."""
    return low in rules.subordinators and low != "even"


def _past_plain_phrase(words: list[Token], i: int) -> int:
    """Past a plain word or two in lower case closed by a comma after a leading word ("This time, Hale
    said", "Last week, Hale said", "At that moment, the ambassador said", "But his wife, Jane, said");
    `i` when none stands there."""
    if i == 0:
        return i
    for k in range(i, min(len(words) - 1, i + 2)):
        if not (words[k].text.isalpha() and words[k].text.islower()):
            break
        if words[k].after[:1] == ",":
            return k + 1
    return i


def _topic_person(
    text: str, words: list[Token], i: int, rules: Rules, *, whole: bool
) -> Mention | _Unknown | None:
    """The person a sentence opening with "For" or "Among" (at `i`) is about: the name closing the phrase
    before its comma ("For Westmere dairy farmer Tom Hale, the flood was the third in a decade", "Among
    those waiting is Tom Hale, a farmer": Tom Hale), or None;
    `_UNKNOWN` when the comma may lie past the first words given."""
    comma = next((k for k in range(i + 1, len(words)) if words[k].after), None)
    if comma is None or words[comma].after[:1] != ",":
        return _UNKNOWN if comma is None and not whole else None
    start = comma
    while start > i + 1 and is_capitalised(words[start - 1].text) and not words[start - 1].after:
        start -= 1
    if start == comma:
        return None  # one word is no one's full name here: "For Harbour, it is ..."
    found = classify(text, words[start : comma + 1], rules)
    return found if found is not None and found.kind == "person" and not found.pronoun else None


def _closes_bracket(text: str, words: list[Token], k: int) -> bool:
    """Whether a bracket and a comma follow word `k`: "the Rosslare Municipal District (RMD), X"."""
    gap = text[words[k].end : words[k + 1].start] if k + 1 < len(words) else ""
    return gap.startswith(")") and "," in gap


def _named_after(
    text: str, words: list[Token], stop: int, *, whole: bool, rules: Rules
) -> Mention | _Unknown | None:
    """The person a role opening a sentence names in apposition after a comma ("The governor of the Tula
    region, Oleg Brand, posted ..."): the capitalised words between the first comma from `stop` and the
    next, when they name a person; `_UNKNOWN` when the words given end first."""
    last = min(len(words), stop + _MAX_OPENING)
    comma = next((k for k in range(max(0, stop - 1), last) if words[k].after[:1] == ","), None)
    if comma is None:
        return None if whole or last == stop + _MAX_OPENING else _UNKNOWN
    bound = min(len(words), comma + 1 + _MAX_APPOSED)
    end = next((k for k in range(comma + 1, bound) if words[k].after), None)
    if end is None:
        return None if whole or bound == comma + 1 + _MAX_APPOSED else _UNKNOWN
    name = words[comma + 1 : end + 1]
    if words[end].after[:1] != "," or not all(is_capitalised(w.text) for w in name):
        return None
    found = classify(text, name, rules)
    if found is None or found.kind != "person" or found.pronoun or role_only(name, rules):
        return None
    return found


def _canonical(name: str, canonical: dict[str, str]) -> str:
    parts = name.split()
    return canonical.get(parts[-1], name) if len(parts) == 1 else name
