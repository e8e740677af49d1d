"""The people and bodies an article names, learned as it is read: `Cast` resolves surname mentions
("Morgulov") to the fullest form used in the article ("Igor Morgulov") and pronouns to the last person
named before them; `Cast.complete` finds the full name of a surname known only alone anywhere in the
text. `lower_words`: the words an article writes in lower case."""

from __future__ import annotations

import collections
import functools
import itertools
import re
import unicodedata

import attrs

from claimtrack.parse.mention import Mention
from claimtrack.parse.speaker_words import PARTISANS, POSSESSIVE
from claimtrack.rules import Rules

# the test of the character before a word comes after its first letter ("(?<!X.)"): the engine then skips
# to a candidate letter at C speed instead of testing a lookbehind at every position
_CAPITALISED = re.compile(r"[A-Z](?<![\w'’-].)[\w'’-]*")  # a capitalised word, where it starts
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’@#-].)[a-z-]*(?![\w'’-])")  # a word in lower case (no handle)
_WITH_ARTICLE = re.compile(r"[AaEe](?<![\w'’-].)l-([A-Z][\w'’]*)(?![\w-])")  # "al-Ghadhban": the surname
_HYPHENATED_GIVEN = re.compile(r" ([A-Z][a-z]+-[a-z]+)(?![\w-])")  # the "Byung-se" of "Yun Byung-se"
_HYPHENATED_GIVEN_CAPITAL = re.compile(r" ([A-Z][a-z]+-[A-Z][a-z]+)(?![\w-])")  # "Do-Hyun" of "Kang Do-Hyun"
_TWO_WORD_GIVEN = re.compile(
    r" ([A-Z][a-z]+ [A-Z][a-z]+)(?![\w-]| [A-Z])"
)  # the "Hae Sung" of "Chung Hae Sung"
_ONE_WORD_GIVEN = re.compile(r" ([A-Z][a-z]+)(?![\w'’-]| [A-Z])")  # the "Can" of "Xu Can", "Yi" of "Wang Yi"
# the rest of a name after a given name: one to three capitalised words ("Hoyle", "Mohamed Sadique’s")
# the rest of a name after its given name: capitalised words, or a reign's numeral ("Benedict XVI")
_GIVEN_REST = re.compile(r"((?: [A-Z][a-z][\w'’-]*){1,3}| [IVXL]{1,6})(?![\w'’-])")
_NICKNAME = re.compile(r"[“\"‘'][A-Z][\w'’.-]*[”\"’']")  # "“Migz”", "\"Bongbong\""
_SUFFIX = re.compile(r"((?:,)?[ ](?:Jr\.|Sr\.|II|III|IV))(?![\w])")  # after a surname: "Marcos Jr."
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # a name's suffix, its full stop dropped: "Jr.", "III"
_MAX_MENTIONS = 20  # occurrences of a surname searched for its full name
_MAX_HEADING = 300  # characters: a longer line is no headline
_ARTICLES = ("al", "el")  # the Arabic article in surnames: "Al-Jubeir", "al-Assad", "El Sisi"
_ARTICLES_CAPITALISED = frozenset({"The", "A", "An"})  # opening a body's name, no name of its own
# particles opening a surname; "Abu" of Arabic names too ("Abu Rudeineh" after "Nabil Abu Rudeineh")
# particles opening a surname ("Ole" of Maasai names: "Ole Sapit" after "Jackson Ole Sapit")
_PARTICLES = frozenset(
    {"von", "van", "de", "der", "da", "di", "du", "del", "dos", "das", "la", "le", "abu", "ole"}
)
_OPENING_MARKS = "“\"‘'«"  # quotation marks that may open a quote right before a given name
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")  # the capitalised word after a name, past one space
_LEDE_WORDS = 12  # words of a first line telling in the past what was said, a lede's (`in_heading`)
_PAST_TELLING = re.compile(
    r"\b(?:has|have|had) [a-z]+ed\b|\b(?:said|told|warned|claimed|announced)\b"
    r"|\b[a-z]{3,}ed that\b"  # "X denied that C": a past cue and "that", which headlines leave out
)
_MAX_TITLE_WORDS = 25  # words: a longer first line is a lede, no title
# a body a person owns, named by a courtesy title and the surname: "Ms. Roe’s office", "Mr Hale's campaign"
_COURTESY_OWNER = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?[ ](?P<surname>[A-Z][\w-]+)(?P<rest>['’]s[ ].+)")
# given names cut to initials before a surname, as agency copy names someone again ("I. Abbasov", "S. V.
# Lavrov"): the person the article named in full with that surname and those initials
_INITIALS = re.compile(r"[A-Z]\.(?: ?[A-Z]\.){0,2}")
# a title cut to its initials before a surname, as Kenyan, Nigerian and Malaysian copy writes it ("DP
# Kindiki", "CS Wahome", "DPM Zahid"): the person the article named in full with that surname
_TITLE_INITIALS = re.compile(r"[A-Z]{2,4}")


# a name of one word joined by a particle of Arabic and Urdu names: "Hameed-ul-Haq", "Zia-ud-Din"
_JOINED_NAME = re.compile(r"([A-Z][a-z]+)-(?:ul|ud|ur|us|al|el|ad)-[A-Z][a-z]+")


@attrs.define
class Cast:
    """The people and bodies named in an article, in reading order, for resolving later mentions."""

    full_names: dict[str, str] = attrs.Factory(dict)  # surname -> fullest name seen
    roles: dict[str, str] = attrs.Factory(dict)  # canonical name -> the role it was first given
    last_person: str | None = None
    last_group: str | None = None
    _single: set[str] = attrs.Factory(set)  # person names seen only as one word ("Jhung")
    gendered: dict[str, dict[str, str]] = attrs.Factory(dict)  # surname -> gender -> full name
    first_words: dict[str, str] = attrs.Factory(dict)  # "Liu" -> "Liu He": surname first, as in Chinese
    # the persons credited, as first written, in reading order (a dict used as an ordered set: asking
    # whether a name is in it takes no scan of the names before, however many the article credits)
    people: dict[str, None] = attrs.Factory(dict)
    variants: dict[str, str] = attrs.Factory(dict)  # "harbi" -> "Khalid Al-Harbi": an Arabic surname's forms
    spellings: dict[str, str] = attrs.Factory(dict)  # "shoigu" -> "Sergei Shoigu": for "Shoygu" too
    longer: dict[str, str] = attrs.Factory(dict)  # "Ismail Sabri" -> "Ismail Sabri Yaakob" (`titled.py`)
    firms: dict[str, str] = attrs.Factory(dict)  # "Shire" -> "Shire PLC": a firm's short name (`complete`)
    # "Mugur Isarescu" -> "Mugur Isărescu": full names as their spellings agree (`_name_key`)
    unaccented: dict[str, str] = attrs.Factory(dict)
    given_pairs: dict[str, str] = attrs.Factory(dict)  # "Chuon Naron" -> "Hang Chuon Naron" (`complete`)
    # "Mizanur" -> "Md Mizanur Rahman Chowdhury": a word inside one credited name of three words or more,
    # which South Asian copy uses alone for the person ("Mizanur also confirmed"); None when two share it
    middle_words: dict[str, str | None] = attrs.Factory(dict)
    # "Abdul Muhaimin" -> "Abdul Muhaimin Muhammad Salleh": the first two words of one credited name of
    # three words or more, as Malay and Arabic names are cut later; None when two names share them
    heads: dict[str, str | None] = attrs.Factory(dict)
    _initialled: set[str] = attrs.Factory(set)  # names of two words opening with capitals: "DP Kindiki"
    _bodies: set[str] = attrs.Factory(
        set
    )  # one-word names of bodies ("PPG"), which may be a firm's short name
    # two-word names, which may be a firm's short name ("Westbank Harbour")
    _pairs: set[str] = attrs.Factory(set)
    _named_bodies: set[str] = attrs.Factory(set)  # bodies' names of two words ("Norvex Lilly")
    # a country's or a capital's name that the article gives a person as surname: "Montenegro" ->
    # "Luis Montenegro" (`complete`), so that "Montenegro said" is the person, not the country
    place_people: dict[str, tuple[str, int]] = attrs.Factory(dict)  # (full name, where first written)

    def learn(self, name: str, kind: str, role: str | None = None, *, given: bool = False) -> None:
        """Remember a named speaker as it is read; `given`: the role ends in a title after which the
        person goes by the given name ("Sheikh Salem" for "Sheikh Salem Abdullah Al-Sabah")."""
        if kind == "person" and " and " in name:
            self.last_group = name  # "Peck and Mahaney": two people, "they"; neither surname stands for both
        elif kind == "person":
            self.people.setdefault(name)
            parts = name.split()
            if len(parts) == 1 or all(p.lower() in _PARTICLES for p in parts[:-1]):
                # "Jhung", "Ole Sapit", "Von der Berg": a surname alone, its full name looked for
                self._single.add(name)
            elif len(parts) == 2 and _TITLE_INITIALS.fullmatch(parts[0]):
                self._initialled.add(name)  # "DP Kindiki": perhaps a title's initials (`complete`)
            elif len(parts) == 2 and not role:
                self._pairs.add(name)  # "Westbank Harbour said": perhaps "Westbank Harbour Insurance Co."
            if len(parts) > 1 and name not in self._single:
                first = self.unaccented.setdefault(_name_key(name, parts), name)
                if first != name:  # "Mugur Isarescu" after "Mugur Isărescu": one person, as first written
                    self.longer.setdefault(name, first)
                known = self.full_names.get(parts[-1])
                if known is None or len(known) < len(name):
                    self.full_names[parts[-1]] = name
                    self.spellings[_spelling(parts[-1])] = name
            if (len(parts) == 2 or given) and len(parts) > 1 and parts[0].lower() not in _ARTICLES:
                self.first_words.setdefault(parts[0], name)
            joined = _JOINED_NAME.fullmatch(name)  # "Hameed" after "Hameed-ul-Haq": the name's first part
            if joined is not None:
                self.first_words.setdefault(joined.group(1), name)
            if role and not given:  # a name given with a role (no headline's "Dennis Prager Tells"), and
                self._learn_middle(name)  # no father's name ("bin Salman")
            key = _written_with_article(parts) if len(parts) > 1 else None
            if key and len(name) > len(self.variants.get(key, "")):
                self.variants[key] = name  # "Khalid Al-Harbi", "Khalid Bin Nasser Al Harbi"
            self.last_person = self.canonical(name)
        elif kind in ("organisation", "anonymous"):
            self.last_group = name
            if kind == "organisation" and " " not in name:
                self._bodies.add(name)
            elif kind == "organisation" and name.count(" ") == 1 and name[:1].isupper():
                self._named_bodies.add(name)
        if role and name not in self.roles:
            self.roles[name] = role

    def learn_one_of_two(self, name: str) -> None:
        """Remember a full name of one of two people credited together ("Shehbaz Sharif" of "Asif Ali
        Zardari and Shehbaz Sharif"), so that "Sharif" or "Shehbaz" alone stands for it later; neither
        becomes the last person named."""
        parts = name.split()
        self.full_names.setdefault(parts[-1], name)
        if len(parts) == 2:
            self.first_words.setdefault(parts[0], name)

    def _learn_middle(self, name: str) -> None:
        """Remember the words inside a name of three words or more ("Mizanur" of "Md Mizanur Rahman
        Chowdhury"), less a suffix ("Trump" of "Donald Trump Jr." is the surname), and its first two words
        ("Abdul Muhaimin"); words two people share stand for neither."""
        named = [p for p in name.split() if p.lower().rstrip(".") not in _SUFFIXES]
        if len(named) < 3 or not all(p[:1].isupper() and p.replace("-", "").isalpha() for p in named):
            return
        for word in named[1:-1]:
            if len(word) > 2 and word.lower() not in _PARTICLES:
                known_as = self.middle_words.setdefault(word, name)
                if known_as is not None and known_as != name and not known_as.startswith(name):
                    self.middle_words[word] = None
        head = " ".join(named[:2])
        if self.heads.setdefault(head, name) != name:
            self.heads[head] = None

    def settled(self, roles: dict[str, str]) -> Cast:
        """A cast for reading the claims again in order: the names, genders and spellings learned, with
        `roles` (by canonical name), and no one named last yet."""
        return Cast(
            full_names=self.full_names,
            roles=roles,
            gendered=self.gendered,
            first_words=self.first_words,
            variants=self.variants,
            spellings=self.spellings,
            longer=self.longer,
            unaccented=self.unaccented,
            firms=self.firms,
            place_people=self.place_people,
            given_pairs=self.given_pairs,
            middle_words=self.middle_words,
            heads=self.heads,
        )

    def complete(self, text: str, rules: Rules) -> None:
        """Give surnames known only alone ("Jhung said") the full name the article gives the person
        elsewhere, in a sentence that credits no claim ("George Lowe, 89, died ..."; "historian Dr Huw
        Lewis-Jones paid tribute"). One pass over the text finds every place each surname stands."""
        self._complete_people(text, rules)
        self._place_people(text, rules)
        self._given_alone()
        self._firms(text, rules)  # after the people: "Podesta" is Tony Podesta, not the Podesta Group
        given = rules.male_names | rules.female_names
        for full in self.full_names.values():
            # "Hang Chuon Naron": "Chuon Naron" is the person, no given name before; "Mario Vargas Llosa":
            # "Vargas Llosa", a double surname after a given name (not "Paul Jones" after "John Paul Jones")
            words = full.split()
            if len(words) == 3 and words[0] != "The" and words[1].lower() not in given:
                self.given_pairs.setdefault(" ".join(words[1:]), full)

    def _place_people(self, text: str, rules: Rules) -> None:
        """Give a country's or a capital's name credited alone as a body the person the article names
        with it after a common given name ("Prime Minister Luis Montenegro ... Montenegro said"), from
        where that full name is first written on (`resolve`)."""
        places = [n for n in self._bodies if n in rules.countries or n in rules.capitals]
        if not places:
            return
        every = capitalised_places(text, set(places))
        lower = lower_words(text)
        for name in places:
            for at in every.get(name, []):  # the first place the name follows a given name
                full = _full_names(text, name, [at], lower, rules)
                if full and rules.given_name(full[0].split()[0]):
                    self.place_people[name] = (full[0], at)
                    break

    def _given_alone(self) -> None:
        """Give a name credited alone that opens exactly one full name the article credits, and ends none,
        that full name: "Tom warned" after "Party Chairman Tom Hale Westbury said", as South Asian
        and Indonesian papers call people by the given name (and US papers some candidates)."""
        opening: dict[str, set[str]] = {}  # first word -> the full names it opens (one pass, no pairs)
        closing: set[str] = set()
        for full in self.full_names.values():
            words = full.split()
            if len(words) > 1:
                opening.setdefault(words[0], set()).add(full)
                closing.add(words[-1])
        for name in self._single:
            if name in self.full_names or name in closing or not _surname_like(name):
                continue
            fulls = opening.get(name, set())
            if len(fulls) == 1:
                self.full_names[name] = next(iter(fulls))

    def _complete_people(self, text: str, rules: Rules) -> None:
        wanted = {n for n in self._single if n not in self.full_names and _surname_like(n)}
        for name in self._initialled:  # "DP Kindiki": the surname's full name, when "DP" is a title
            initials, surname = name.split()
            if initials.lower() in rules.title_initials and self.full_names.get(surname) == name:
                wanted.add(surname)
        if not wanted:
            return
        # a surname with its particle ("Ole Sapit") is looked for by its last word, then the particle
        words = {name: name.rsplit(" ", 1)[-1] for name in wanted}
        every = capitalised_places(text, set(words.values()))
        places = {
            name: _led(text, every[word], name[: -len(word)]) for name, word in words.items() if word in every
        }
        lower = lower_words(text)
        articled = _article_places(text)
        for name, starts in places.items():
            if not starts:
                continue
            fulls = (
                _full_names(text, name, starts, lower, rules)
                or _surname_first(text, name, starts, lower, rules)
                or _given_first(text, name, starts, rules)
            )
            for written, at in articled.get(name, ()) if not fulls else ():
                # "Ghadhban said" after "Oil Minister Thamer al-Ghadhban": the surname with its article
                fulls.extend(_full_names(text, written, [at], lower, rules))
            if not fulls:
                continue
            # the person introduced first under this surname, as news introduces its people by full
            # name at first mention; "Donald J. Trump" and "Donald Trump" are one, the first form kept
            by_given: dict[str, list[str]] = {}
            for full in fulls:
                by_given.setdefault(full.split()[0], []).append(full)
            ranked = list(by_given.values())
            told = {_told(text, at, rules) for at in starts} - {None}  # "Mr. Obama": a man
            first = _gender_of_given(ranked[0][0].split()[0], rules)
            if not told or first is None or first in told:  # "Mr. Obama" is never "Michelle Obama"
                self.full_names[name] = ranked[0][0]
            for forms in ranked:  # "Mrs. Clinton" is Hillary where Bill is named too
                gender = _gender_of_given(forms[0].split()[0], rules)
                if gender is not None:
                    self.gendered.setdefault(name, {}).setdefault(gender, forms[0])

    def _firms(self, text: str, rules: Rules) -> None:
        """Give one-word names that the article writes elsewhere with a firm's suffix the firm's full
        name: "Shire said" after "pharmaceutical firm Shire PLC", "PPG" after "US rival PPG Industries",
        "Norvale said" after "Norvale Dairy Foods Inc." (`Rules.firm_suffixes`), "Norvex said" after
        "Norvex Bank" (`Rules.firm_heads`). One search per name, only for names of one word, and none
        for a country or a capital ("China said" is not "China Development Bank")."""
        names = {
            n
            for n in self._single | self._bodies
            if n not in self.full_names
            and n not in self.first_words
            and n not in rules.countries
            and n not in rules.capitals
        }
        # and names of two words with no given name first, known to no one else: "Westbank Harbour said"
        # after "Westbank Harbour Insurance Company"
        pairs = {
            p
            for p in self._pairs
            if not rules.given_name(p.split()[0]) and self.full_names.get(p.split()[-1], p) == p
        }
        for body in self._named_bodies:  # "Lilly said" after "Norvex Lilly, a drugmaker, said": the firm
            first, last = body.split()
            known = last in self.full_names or last in self.first_words  # (a person's: "Jeffrey Sachs")
            if not known and last[:1].isupper() and first not in _ARTICLES_CAPITALISED:
                self.firms.setdefault(last, body)
        if not names and not pairs:
            return
        for found in _firm_pattern(rules.firm_suffixes, rules.firm_heads).finditer(text):  # one pass
            if found["name"] in names:
                self.firms.setdefault(found["name"], found[0])
            two = " ".join(found[0].split()[:2])
            if two in pairs and len(found[0].split()) > 2:
                self.firms.setdefault(two, found[0])

    def alone(self) -> list[str]:
        """The surnames still known only alone ("Zhao said"), in no particular order."""
        return [
            n
            for n in self._single
            if n not in self.full_names and n not in self.first_words and _surname_like(n)
        ]

    def canonical(self, name: str, gender: str | None = None) -> str:
        """The fullest known form of a person's name: "Morgulov" -> "Igor Morgulov"; with a gender
        ("Mrs. Clinton"), the full name of that gender when the article names two with the surname."""
        found = self._canonical(name, gender)
        return self.longer.get(found, found)

    def _canonical(self, name: str, gender: str | None = None) -> str:
        if name.count(" and ") == 1:  # "Klobuchar and Gillibrand": each by the full name
            return " and ".join(self._one_of_two(side) for side in name.split(" and "))
        parts = name.split()
        key = _article_surname(parts) if self.variants and len(parts) <= 2 else None
        if key in self.variants:  # "Al Jubeir", "al-Jubeir", "Jubeir" after "Adel Bin Ahmed Al-Jubeir"
            return self.variants[key]
        if len(parts) == 1:
            if gender is not None and gender in self.gendered.get(parts[0], {}):
                return self.gendered[parts[0]][gender]
            # "Liu said" after "Vice Premier Liu He": names written surname first are cut to the first word
            found = self.full_names.get(parts[0]) or self.first_words.get(parts[0])
            # "Mizanur": "Md Mizanur Rahman Chowdhury", not the "Md Mizanur" read before it
            inside = self.middle_words.get(parts[0])
            if inside is not None and (found is None or inside.startswith(found + " ")):
                found = inside
            # "Shoygu said" after "Sergei Shoigu": one surname transliterated two ways
            return found or self.spellings.get(_spelling(parts[0]), name)
        head = self.heads.get(name) if len(parts) == 2 else None
        if head:
            return head  # "Abdul Muhaimin" after "Abdul Muhaimin Muhammad Salleh"
        if len(parts) == 2 and name in self.given_pairs:
            return self.given_pairs[name]  # "Chuon Naron" after "Hang Chuon Naron", as Khmer names go
        if parts[0].lower() in _PARTICLES:  # "von der Leyen", "Von der Leyen" after "Ursula von der Leyen"
            found = self.full_names.get(name) or self.full_names.get(parts[-1])
            if found is None or len(found.split()) <= len(parts):  # "Abu Zaid", known only so
                found = self._transliterated(parts[-1]) or found
            return found if found and _vowels(found).endswith(" " + _vowels(name)) else name
        if len(parts) == 2 and _TITLE_INITIALS.fullmatch(parts[0]) and parts[1] in self.full_names:
            return self.full_names[parts[1]]  # "DP Kindiki": "Kithure Kindiki", named so in the article
        if _INITIALS.fullmatch(" ".join(parts[:-1])):  # "I. Abbasov" after "Ismad Abbasov"
            found = self.full_names.get(parts[-1])
            given = found.split()[: len(parts) - 1] if found else []
            if found and [g[:1] for g in given] == [p[:1] for p in parts[:-1]]:
                return found
        return name

    def _one_of_two(self, name: str) -> str:
        """One of two people named together, by the fullest form when it is a surname known in full
        ("Abbott" -> "Tony Abbott"); any other phrase as written ("their friends", "Nevada")."""
        if not all(_surname_like(w) for w in name.split()):
            return name
        found = self.canonical(name)
        return found if found.rsplit(maxsplit=1)[-1] == name.rsplit(maxsplit=1)[-1] else name

    def _transliterated(self, surname: str) -> str | None:
        """The full name of a surname transliterated from Arabic another way: "Zaid" for "Zeid", "Shoygu"
        for "Shoigu" (read only after a particle: "Abu Zaid" after "Ahmed Abu Zeid")."""
        key = _spelling(surname)
        found = [self.spellings.get(k) for k in (key, key.replace("ai", "ei"), key.replace("ei", "ai"))]
        return max((f for f in found if f), key=len, default=None)  # the fullest form

    def resolve(self, mention: Mention, gender: str | None = None) -> tuple[str, str, str | None]:
        """(canonical name, kind, role) of a mention; a pronoun gets the last person or group named;
        `gender` is what the mention tells ("Mrs. Clinton")."""
        name, kind = mention.name, mention.kind
        if mention.pronoun:
            word = mention.name.lower()
            if word in ("he", "she", "i") and self.last_person:
                name, kind = self.last_person, "person"
            elif word in ("they", "we", "it") and self.last_group:
                name, kind = self.last_group, "organisation"
        elif mention.name in self.firms:
            name, kind = self.firms[mention.name], "organisation"  # "Shire said" after "Shire PLC"
        elif mention.name in self.place_people and self.place_people[mention.name][1] < mention.span[0]:
            # "Montenegro said" after "Prime Minister Luis Montenegro": the person named before
            name, kind = self.place_people[mention.name][0], "person"
        elif mention.kind == "person":
            name = self.canonical(mention.name, gender)
        elif (owned := _COURTESY_OWNER.fullmatch(name)) is not None:
            # "Ms. Roe’s office" after "Health Minister Jane Roe": the owner by her full name, as people are
            full = self.canonical(owned.group("surname"))
            name = full + owned.group("rest") if full != owned.group("surname") else name
        return name, kind, mention.role or self.roles.get(name)


@functools.lru_cache(maxsize=4)
def _firm_pattern(suffixes: frozenset[str], heads: frozenset[str]) -> re.Pattern[str]:
    """A capitalised word followed by a firm's suffix or a trade's word, as whole words, up to three
    capitalised words or "&" between: "Shire PLC", "PPG Industries", "Norvale Dairy Foods Inc.", "Norvex
    Property & Casualty" (the first word as `name`). No capitalised word follows a trade's word."""
    ends = "|".join(re.escape(s) for s in sorted(suffixes, key=lambda s: (-len(s), s)))
    trades = "|".join(re.escape(s) for s in sorted(heads, key=lambda s: (-len(s), s)))
    between = r"(?:[ ](?:[A-Z][\w&'’-]*|&)){0,3}"
    return re.compile(
        rf"(?P<name>[A-Z](?<![\w-].)[\w]*){between} (?:(?:{ends})(?![\w-])|(?:{trades})(?![\w-]| [A-Z]))"
    )


def given_name_title(role: str | None, rules: Rules) -> bool:
    """Whether a role ends in a title after which the person goes by the given name ("Minister of
    Foreign Affairs Sheikh": "Sheikh Salem")."""
    words = (role or "").split()
    return bool(words) and words[-1].lower() in rules.given_name_titles


def patronymic(name: str, rules: Rules) -> bool:
    """Whether a person's name joins the given name to a father's ("Johari Abdul Ghani", "Faisal bin
    Farhan"): the given name alone stands for the person later."""
    parts = name.split()
    return len(parts) >= 3 and parts[1].lower() in rules.patronymic_links


def surname_first(name: str, rules: Rules) -> bool:
    """Whether a person's name is written surname first with a two-word given name ("Chung Hae Sung",
    "Yoon Suk Yeol"): the surname alone stands for the person later."""
    parts = name.split()
    return len(parts) == 3 and parts[0].lower() in rules.surnames_first


def _spelling(surname: str) -> str:
    """A surname as its transliterations agree: lower case, "y" read as "i" ("Shoygu", "Shoigu"), no
    accents ("Isărescu", "Isarescu")."""
    return unaccented(surname).replace("y", "i")


def unaccented(name: str, *, lower: bool = True) -> str:
    """A name with its letters' accents dropped, in lower case unless `lower` is false: "Isărescu" ->
    "isarescu"."""
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in decomposed if not unicodedata.combining(c))
    return name.lower() if lower else name


def _name_key(name: str, parts: list[str]) -> str:
    """A full name as its spellings agree: without accents; in a name of three words or more, the first
    word without its vowels too, as South Asian copy spells a title-like given name two ways in one story
    ("Khawaja Muhammad Roe" and "Khwaja Muhammad Roe"; the other words must match)."""
    if len(parts) < 3:
        return unaccented(name, lower=False)
    first = "".join(c for c in unaccented(parts[0]) if c not in "aeiou")
    return unaccented(" ".join([first, *parts[1:]]), lower=False)


def _vowels(name: str) -> str:
    """A name as its transliterations from Arabic agree after a particle: `_spelling`, "ei" read as "ai"
    ("Abu Zeid", "Abu Zaid")."""
    return _spelling(name).replace("ei", "ai")


def _written_with_article(parts: list[str]) -> str | None:
    """The surname of a full name written with the Arabic article, in lower case without it ("harbi" of
    "Khalid Al-Harbi", "Khalid al-Harbi" or "Khalid Bin Nasser Al Harbi"); else None."""
    if len(parts) >= 3 and parts[-2].lower() in _ARTICLES:
        return parts[-1].lower()
    return _without_article(parts[-1]) if "-" in parts[-1] else None


def _article_surname(parts: list[str]) -> str | None:
    """The surname a short mention may give with or without the Arabic article ("Al-Harbi", "al-Harbi",
    "Al Harbi", "Harbi"), in lower case without it: "harbi"; None for longer names."""
    if len(parts) == 2:
        return parts[1].lower() if parts[0].lower() in _ARTICLES else None
    return (_without_article(parts[0]) or parts[0].lower()) if len(parts) == 1 else None


def _without_article(word: str) -> str | None:
    """ "harbi" of "Al-Harbi" or "al-Harbi"; None for a word without the article."""
    low = word.lower()
    for article in _ARTICLES:
        if low.startswith(article + "-") and len(low) > len(article) + 1:
            return low[len(article) + 1 :]
    return None


def _led(text: str, starts: list[int], lead: str) -> list[int]:
    """The places in `starts` that `lead` ("Ole ") stands right before, moved to its start; all of them
    when `lead` is empty."""
    if not lead:
        return starts
    return [at - len(lead) for at in starts if text[at - len(lead) : at] == lead]


def capitalised_places(text: str, wanted: set[str]) -> dict[str, list[int]]:
    """Where each of the capitalised words `wanted` stands in `text` ("Gingrich’s" counts for Gingrich),
    at most its first `_MAX_MENTIONS` places."""
    every = _every_place(text)
    return {word: every[word] for word in wanted if word in every}


@functools.lru_cache(maxsize=4)
def _every_place(text: str) -> dict[str, list[int]]:
    """Where each capitalised word stands in `text`, at most its first `_MAX_MENTIONS` places: one pass
    over the text, kept for the next question about the same article."""
    places: dict[str, list[int]] = {}
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        if word.endswith(POSSESSIVE):
            word = word[:-2]  # "Gingrich’s inclusion" names Gingrich too
        elif word.endswith(("s’", "s'")):
            word = word[:-1]  # and "Wilders’ hopes" Wilders: a surname in "-s" takes the mark alone
        found = places.setdefault(word, [])
        if len(found) < _MAX_MENTIONS:  # the fullest form comes early; the bound keeps this linear
            found.append(m.start())
    return places


@functools.lru_cache(maxsize=4)
def _article_places(text: str) -> dict[str, list[tuple[str, int]]]:
    """Surnames written with the Arabic article ("al-Ghadhban", "Al-Harbi", "el-Sisi"), by the surname
    alone: "Ghadhban" -> [("al-Ghadhban", offset)], at most `_MAX_MENTIONS` each; one pass over the text."""
    places: dict[str, list[tuple[str, int]]] = {}
    for m in _WITH_ARTICLE.finditer(text):
        found = places.setdefault(m.group(1), [])
        if len(found) < _MAX_MENTIONS:
            found.append((m.group(), m.start()))
    return places


def full_name(text: str, surname: str, before: int, rules: Rules) -> str | None:
    """The full name `text` gives `surname` before offset `before` ("President Rodrigo Duterte ...
    Duterte ordered"), or None."""
    fulls = _full_names_before(text, surname, before, rules)
    return fulls[0] if fulls else None


def only_full_name(text: str, surname: str, rules: Rules) -> str | None:
    """The one full name `text` gives `surname` anywhere ("Muhammadu Buhari"), or None when it gives none
    or two ("Barack Obama" and "Michelle Obama")."""
    fulls = set(_full_names_before(text, surname, len(text), rules))
    return fulls.pop() if len(fulls) == 1 else None


def _full_names_before(text: str, surname: str, before: int, rules: Rules) -> list[str]:
    """The full names `text` gives `surname` before offset `before`, in order (`_full_names`)."""
    if not _surname_like(surname):
        return []
    starts = [at for at in capitalised_places(text, {surname}).get(surname, []) if at < before]
    return _full_names(text, surname, starts, lower_words(text), rules)


def _body_word_after(text: str, at: int, rules: Rules) -> bool:
    """Whether a capitalised body's word follows offset `at` (a space between): "Organization",
    "Ministry", "Party"."""
    m = _NEXT_WORD.match(text, at)
    return m is not None and m.group(1).lower() in rules.organisations


def _surname_like(name: str) -> bool:
    """One capitalised word ("Jhung", "Lewis-Jones"), or particles and one ("Ole Sapit", "Von der
    Leyen")."""
    first, _, rest = name.partition(" ")
    while rest and first.lower() in _PARTICLES:
        name = rest
        first, _, rest = name.partition(" ")
    return name[:1].isupper() and name.replace("-", "").replace("'", "").isalpha()


@functools.lru_cache(maxsize=4)
def lower_words(text: str) -> frozenset[str]:
    """The words `text` writes in lower case (one scan per article, kept for the next questions)."""
    return frozenset(_LOWER_WORD.findall(text))


def _full_names(text: str, surname: str, starts: list[int], lower: frozenset[str], rules: Rules) -> list[str]:
    """The full names `text` gives `surname` (standing at `starts`), in order: given names before it
    ("George Lowe", "Hillary Rodham Clinton", "Robert J. Shapiro"; "Huw Lewis-Jones" after "Dr"). A
    capitalised word the article also writes in lower case ("Year", "Is") is no given name, and
    headlines are skipped."""
    found: list[list[str]] = []
    initialled: list[list[str]] = []  # full names whose given names are initials only ("K. Devaki")
    # "Mr Shelley" somewhere: the surname is a person's, so a capitalised word before it opening a
    # sentence ("Morgan Shelley BL said") is a given name even when the lists do not hold it
    courtesy = any(_told(text, at, rules) is not None for at in starts)
    for at in starts:
        if (
            text[at - 1 : at] != " "
            or in_heading(text, at)
            or _body_word_after(text, at + len(surname), rules)
        ):
            continue  # (not "the Harbour Trade Organization": "Harbour" is no given name of "Trade")
        given: list[str] = []
        window = text[max(0, at - 60) : at]
        before = window.split()
        same_line = len(window[window.rfind("\n") + 1 :].split())  # a caption's last word above is none
        if len(before) > 1 and _NICKNAME.fullmatch(before[-1]):
            before.pop()  # "Juan Miguel “Migz” Zubiri": the nickname in quotation marks is no given name
        if before and len(before[-1]) > 1 and before[-1].endswith("]"):
            # "by [President Nicolas] Maduro": the editor's words inside a quotation, in square brackets
            before[-1] = before[-1][:-1]
        for k, written in enumerate(reversed(before[-2:])):
            if k >= same_line:
                break
            # "“Jane Roe is taking time,” a spokesman said": her name after the quotation mark
            quoted = (written[:1] in _OPENING_MARKS or written[:1] == "[") and len(written) > 1
            word = written[1:] if quoted else written
            low = word.lower()
            initial = len(word) == 2 and word[0].isupper() and word[1] == "."
            if not (initial or (word[:1].isupper() and word.replace("-", "").isalpha())):
                break
            if (
                low in rules.honorifics
                or low in rules.titles
                # ("Fed Governors Tom Hale and Rob Roe": a title in the plural; not "Armed Services")
                or (low[-1:] == "s" and low[:-1] in rules.titles and low[:-1] not in rules.organisations)
                or word in rules.capital_titles  # "Public Advocate Jane Roe"
                or low in rules.leading_words
                or low in PARTISANS
            ):
                break  # "Sen. Ted Cruz", "Democrat Hillary Clinton": no given names
            known = rules.given_name(low)  # "Bill", "Hope": names all the same
            if word in rules.months_and_days or (not initial and not known and low in lower):
                break
            if word in rules.outlet_words or low in rules.organisations:
                break  # "the Washington Post Trump said": the end of a body's name, no given name
            if low in rules.portfolios:
                break  # "Minister of External Affairs Jane Roe": the end of a title's complement
            if k == 1 and not known and rules.given_name(given[0].lower()) and _complement_before(before):
                break  # "chief executive of Norvex Jane Roe": the body before a known given name is no name
            opens = len(before) <= k + 1 or _closes(before[-k - 2], rules)
            if opens and not initial and not known and not (courtesy and k == 0):
                break  # "Team Trump sees ...": a capitalised word opening a sentence names no one by itself
            given.insert(0, word)
            if quoted:
                break  # (the quotation opens before the given name: no word before it is the name's)
        if given and given[0].isupper() and given[0].lower() in rules.title_initials:
            if len(given) == 1:
                continue  # "DP Kindiki": a title's initials, no given name (but "RSN Rayer")
            given = given[1:]  # "MD Bernard Njiraini": the title's initials before the given name
        if given and not given[0].endswith("."):
            suffix = _SUFFIX.match(text, at + len(surname))  # "Ferdinand R. Marcos Jr.": the suffix too
            found.append([*given, surname + (suffix.group(1) if suffix else "")])
        elif given and _initialled_given(given) and not _name_before(before[: -len(given)], rules):
            # "K. Devaki": when no given name is written (not "(Donald J. Trump)", read past the bracket)
            initialled.append([*given, surname])
    return [" ".join(words) for words in found or initialled]


def _complement_before(before: list[str]) -> bool:
    """Whether the word before the last two of `before` links a title to the body it serves: the "of" of
    "chief executive of Norvex Jane Roe"."""
    return len(before) > 2 and before[-3] in _TITLE_LINKS


_TITLE_LINKS = frozenset({"of", "at", "for", "from"})  # a title's link to the body it serves


def _name_before(before: list[str], rules: Rules) -> bool:
    """Whether the word before initials may be a given name the reading stopped at: one with a capital
    that ends no sentence ("(Donald" of "(Donald J. Trump)")."""
    return bool(before) and any(c.isupper() for c in before[-1]) and not _closes(before[-1], rules)


def _initialled_given(given: list[str]) -> bool:
    """Whether given names cut to initials open a full name, as South Indian copy writes one ("K.
    Devaki", "K. S. Rao"): one to three initials (`_INITIALS`), and never "I." or "A." (a numeral, a
    plan's letter)."""
    return _INITIALS.fullmatch(" ".join(given)) is not None and not {"I.", "A."} & set(given)


def _closes(word: str, rules: Rules) -> bool:
    """Whether `word` ends a sentence: "Prof." and "Gen." before a name do not ("signed by NAFDAC
    Director General, Prof. Moji Adeyeye")."""
    if not word.endswith((".", "!", "?", ":")):
        return False
    low = word.lower()
    return low not in rules.honorifics and low not in rules.titles


_TITLE_REACH = 20  # characters before a given name read for its title: "director-general"
_LONG_NAME_REST = 2  # words after the given name of a name taken by it after any title


def _given_first(text: str, given: str, starts: list[int], rules: Rules) -> list[str]:
    """Full names after a title by which the person goes by the given name (`Rules.given_name_titles`),
    or a courtesy title, when no given name stands before the word anywhere: "Sir Lindsay Hoyle" for "Sir
    Lindsay said", "Datuk Halimah Mohamed Sadique’s answer" for "Halimah said", "Dr. Aslam Afghani" for
    "Dr. Aslam said". The capitalised words after the given name, up to three, are the rest of the name."""
    out = []
    for at in starts:
        before = text[max(0, at - _TITLE_REACH) : at].split()
        title = before[-1].lower() if before else ""
        # (or any title before a name of three words, as Ethiopian and Eritrean names are, the given name
        # then the father's and the grandfather's: "director-general Abebe Kebede Tessema" for "Abebe
        # said"; not "Minister Tom Hale" for "Tom")
        long_named = title in rules.titles or title.rsplit("-", 1)[-1] in rules.titles
        if title not in rules.given_name_titles and title not in rules.honorifics and not long_named:
            continue  # (after "Dr." too, when no given name stands before the word: "Dr. Aslam Afghani")
        m = _GIVEN_REST.match(text, at + len(given))
        if m is None:
            continue
        rest = list(itertools.takewhile(lambda w: w not in rules.months_and_days, m.group(1).split()))
        short = len(rest) < _LONG_NAME_REST and title not in rules.given_name_titles | rules.honorifics
        if rest and not short:  # (not "Dr Ahmed Thursday said": a day)
            rest[-1] = rest[-1].removesuffix("’s").removesuffix("'s")
            out.append(" ".join([given, *rest]))
    return out


def _surname_first(
    text: str, surname: str, starts: list[int], lower: frozenset[str], rules: Rules
) -> list[str]:
    """Full names written surname first, with a hyphenated given name: "Yun Byung-se", "Kim Jong-un";
    after a listed Korean or Chinese surname, a given name in two words ("Chung Hae Sung") or in one ("Wang
    Yi"): a capitalised word, no month or day, that the article never writes in lower case or writes after
    the surname twice ("Xu Can" though "I can win")."""
    out = []
    split = surname.lower() in rules.surnames_first
    ones: list[str] = []
    for at in starts:
        m = _HYPHENATED_GIVEN.match(text, at + len(surname))
        if m is None and split:  # "Kang Do-Hyun": its second part capitalised after a listed surname
            m = _HYPHENATED_GIVEN_CAPITAL.match(text, at + len(surname))
        if m is None and split:
            m = _TWO_WORD_GIVEN.match(text, at + len(surname))
        if m is None and split and not in_heading(text, at):
            one = _ONE_WORD_GIVEN.match(text, at + len(surname))
            if one is not None and one.group(1) not in rules.months_and_days:
                ones.append(one.group(1))
        if m is not None:
            out.append(f"{surname} {m.group(1)}")
    counted = collections.Counter(ones)  # (counted once: a surname may stand at thousands of places)
    out.extend(f"{surname} {w}" for w in ones if w.lower() not in lower or counted[w] > 1)
    return out


def _told(text: str, at: int, rules: Rules) -> str | None:
    """The gender a courtesy title right before offset `at` tells ("Mr. ", "Mrs. "), if any."""
    before = text[max(0, at - 6) : at].split()[-1:]
    word = before[0].lower() if before and text[at - 1 : at] == " " else ""
    if word in rules.male_words:
        return "male"
    return "female" if word in rules.female_words else None


def _gender_of_given(given: str, rules: Rules) -> str | None:
    low = given.lower()
    if low in rules.male_names:
        return "male"
    return "female" if low in rules.female_names else None


def in_heading(text: str, at: int) -> bool:
    """Whether offset `at` stands in the first line (a title, unless it is as long as a lede: "According
    to Fars, X told reporters ...") or a line in title case."""
    lo = max(0, at - _MAX_HEADING)
    start = text.rfind("\n", lo, at) + 1
    if start == 0 and lo > 0:
        return False  # a line that long is prose
    end = text.find("\n", at, at + _MAX_HEADING)
    line = text[start : end if end >= 0 else at + _MAX_HEADING].strip()
    words = line.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    # "Former New York Gov. George Pataki is endorsing John Kasich.": names, but a sentence of prose (a
    # question too: "What do Sen. Amy Klobuchar and Rep. Seth Moulton have in common?")
    sentence = line.endswith((".", "?", "!")) and sum(1 for w in words if w.islower()) >= 2
    # a lede on the first line is prose: long, or a sentence after a dateline ("PUTRAJAYA: Senior Minister
    # X has lodged a report over ...."; headlines end with no period)
    # or a sentence telling in the past what was said: "Norvex's chief executive has cautioned that prices
    # will rise ..." (headlines tell it in the present: "Norvex boss warns prices will rise")
    told = len(words) >= _LEDE_WORDS and _PAST_TELLING.search(line) is not None
    lede = line.endswith(".") and sentence and (line.split(None, 1)[0].endswith(":") or told)
    title = start == 0 and end >= 0 and len(words) <= _MAX_TITLE_WORDS and not lede
    return title or (len(words) >= 3 and capitals * 3 > len(words) * 2 and not sentence)
