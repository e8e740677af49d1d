"""Role nouns that stand for a person the article names: "The minister added that C" (Sergei Lavrov,
named "Russian Foreign Minister Sergei Lavrov" before), "the spokeswoman noted", "The Russian Foreign
Ministry's spokeswoman has expressed", "the expert said", and a headline's "Russian Envoy: C" (the
ambassador the story below names).

The person is one named with a role that holds a word `Rules.role_anaphora` gives the noun and every
word before the noun ("the Japanese leader": "Japanese" too): among the people credited with claims
before it and those the text names with such a title in the stretch before it (a sentence that is no
claim: "Spokeswoman Anna Petrova met reporters"). When two people fit, the one credited last stands for it
if the other was credited with nothing and not named since; else the noun stays as written. A
noun of `Rules.lone_anaphora` ("the expert") stands for the one person the article has named before,
whatever the role, when it has named only one and no unnamed one of them ("an expert said"). "The two
officials" are the two people last credited together. "It" and "they" go to `Groups` (`groups.py`).
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterable
from itertools import islice, pairwise
from typing import Any, TypeVar

from claimtrack.parse.cast import Cast, in_heading
from claimtrack.parse.groups import Groups
from claimtrack.parse.issuers import issued_by
from claimtrack.parse.mention import Mention, Span
from claimtrack.parse.pronouns import People
from claimtrack.parse.speaker_names import role_only
from claimtrack.parse.speaker_words import POSSESSIVE
from claimtrack.parse.speakers import classify
from claimtrack.parse.titled import named_with, role_at
from claimtrack.parse.tokens import Token, is_capitalised, tokenize
from claimtrack.rules import Rules

_REACH = 8  # people credited before a noun searched for the one it stands for
_WINDOW = 1500  # characters before a noun (after a headline) searched for people named with the role
_MAX_NOUN_CHARS = 80  # characters of a role noun phrase read for an owner ("Pagliano's lawyer")
_MAX_WORDS = 6  # words of a role noun phrase: "The Russian Foreign Ministry's spokeswoman"
_AHEAD = 3  # sentences after a role noun searched for the person it stands for, when none was before
_MAX_COMPLEMENTED = 10  # with what the title is of: "The UAE's Minister of State for Foreign Affairs"
# words opening a phrase after a role noun that tells how or where it spoke, not who ("the minister in
# Arabic wrote"; "The senator from Florida" is someone)
_AFTER_NOUN = frozenset({"in", "on", "via", "during"})
# words after an unnamed source's noun that describe it: "an official with the port", "a source close to"
_UNNAMED_AFTER = frozenset({"with", "at", "of", "from", "for", "in", "on", "who", "close", "familiar", "to"})
_AGED = re.compile(r",? \d{1,3},")  # an age after a name: ", 24,"
_HEAD_OF = "head of "  # the head a role noun "the head of the Kremlin" is read with ("head of kremlin")
_OF = frozenset({"of", "for", "to"})  # words opening a title's complement: "Minister of State"
_JOINS = frozenset({"of", "for", "to", "the", "and"})  # words of a complement that are no modifier
_Entry = TypeVar("_Entry", bound=tuple[Any, ...])  # (offset, ...)
_OFFSET = operator.itemgetter(0)
_UNNAMED = ("anonymous", "person", "document")  # kinds of unnamed sources ("an official familiar with")
_ONE = frozenset(
    {"a", "an", "one"}
)  # words opening a source credited unnamed and singular: "a senior official"
_OFFICE_KINDS = frozenset({"person", "organisation"})  # what "Chairman Wapda", "CEO DRAP", "the SP" read as
_UNNAMED_WINDOW = 2000  # characters before a role noun searched for such a source


class RoleNouns:
    """The people an article credits, for resolving the role nouns that stand for them."""

    def __init__(
        self,
        text: str,
        rules: Rules,
        cast: Cast,
        people: People,
        heading: Span | None = None,
    ) -> None:
        self.text, self.rules, self.cast, self.people, self.heading = text, rules, cast, people, heading
        self._credited: list[tuple[int, str, str | None]] = []  # (offset, canonical name, role), by offset
        self._unnamed: list[tuple[int, str]] = []  # (offset, a word) of sources credited unnamed, by offset
        # (offset, end, name, kind, words) of each source credited unnamed and singular ("a senior
        # official"), by offset: "the official" after it is that source
        self._sources: list[tuple[int, int, str, str, list[str]]] = []
        # name -> what phrases in apposition call the person, each once (a dict kept as an ordered set: a
        # long text names a person so again and again, and every role noun reads them all)
        self._also: dict[str, dict[str, None]] = {}
        self._second: int | None = None  # where a second person is first credited (`_lone`)
        self._pairs: list[Span] = []  # where two people are credited together ("X and Y said")
        self._nouns: dict[int, tuple[Mention, list[str]]] = {}  # `_noun` of each mention (by id), read once
        self._words_before: dict[str, frozenset[str]] = {}  # title -> the words written right before it
        self.groups = Groups(text, people.sentences, rules, people.in_quote)
        self.sentences = people.sentences
        self._starts = [s for s, _ in people.sentences]

    def credit(self, mention: Mention, name: str, role: str | None, kind: str | None = None) -> None:
        """Record a claim's speaker, in reading order: a person by name, or a source left unnamed; `kind`
        as the article settled it, when it differs from the mention's ("the Hokkai Times newspaper")."""
        if mention.pronoun:
            return
        self._second = None
        kind = kind or mention.kind
        # a document its issuer's: "statistics published by the Harbour Conduct Office" (then "the watchdog"
        # may stand for the office)
        issuer = issued_by(name, self.rules) if kind == "document" else None
        self.groups.credit(mention.span[0], issuer or name, "organisation" if issuer else kind)
        if mention.kind == "person" and name.count(" and ") == 1:
            self._pairs.append(mention.span)
        elif (
            mention.kind == "person" and " and " not in name and not self._noun(mention) and not _one_of(name)
        ):
            bisect.insort(self._credited, (mention.span[0], name, role), key=_OFFSET)
            phrase = self.text[mention.span[0] : mention.span[1]]
            if "," in phrase:  # "Brigadier General X, the army's second-in-command,": a role too
                self._also.setdefault(name, {})[phrase] = None
        elif mention.kind in _UNNAMED and mention.name.split(maxsplit=1)[0].lower() != "the":
            # ("The\nminister": wire copy wraps its lines anywhere)
            # "An expert", "experts", "one analyst", "A law enforcement official familiar with the case"
            for word in mention.name.lower().split():
                bisect.insort(self._unnamed, (mention.span[0], word.removesuffix("s")), key=_OFFSET)
            words = _role_words(mention.name)
            if words[0] in _ONE and mention.kind != "document":
                entry = (*mention.span, name, kind or mention.kind, words)
                bisect.insort(self._sources, entry, key=_OFFSET)

    def resolve(self, mention: Mention) -> tuple[str, str, str | None] | None:
        """(name, kind, role) of the person the role noun `mention` stands for, or of the body the pronoun
        "it" or "they" stands for (`Groups`), or None."""
        if mention.pronoun:
            body = self.groups.resolve(mention.name, mention.span[0])
            if body is not None and (body[1] == "document" or self.groups.is_description(body[0])):
                # "A statement issued by the ministry said C1. It stressed C2": the ministry's word; "The
                # company said C1. It urged C2": the firm "the company" stands for
                body = self.groups.standing_for(body[0], *body, mention.span[0]) or body
            return (*body, None) if body is not None else None
        written = self.text[mention.span[0] : mention.span[1]]
        if (office := self._office(mention, written)) is not None:
            # "the SP added" after "Superintendent of Police X"; "Chairman Wapda said" after "Wapda chairman
            # Muzammil Hussain": the person holding the office, else the phrase as read ("the MCA said" is
            # China's civil affairs ministry)
            holder = self._person(mention.span[0], office)
            return holder if holder is not None and holder[1] == "person" else None
        if (other_party := _party_member(written, self.rules)) is not None:
            found_member = self._member(mention.span[0], other_party)
            return (found_member[0], "person", found_member[1]) if found_member is not None else None
        if _two(mention, self.rules):
            pair = self._pair(mention.span[0])
            return (pair[0], "person", pair[1]) if pair is not None else None
        national = self._national(mention)
        if national is not None:
            return national
        words = self._noun(mention)
        found = self._person(mention.span[0], words) if words else None
        if found is not None and found[1] == "person" and found[2] is None and " and " not in found[0]:
            # "Iran's foreign ministry spokesman said C1. ... Saeed Khatibzadeh called ...": the noun is a
            # role of the person it stands for ("Iranian Foreign Ministry Spokesman said C2")
            also = self._also.setdefault(found[0], {})
            also[mention.name] = None
            # its role is the first such noun ("The governor of the Central Bank of Iran announced C1.
            # ... The official said C2": both the governor's)
            first = next(iter(also))
            return (*found[:2], first.split(" ", 1)[1] if first.lower().startswith("the ") else first)
        return found if found is not None else self._named_next(mention)

    def _office(self, mention: Mention, written: str) -> list[str] | None:
        """The role noun's words of an office named by its initials after "the" ("the SP", "the IGP":
        `Rules.title_initials` that are `Rules.role_anaphora` too), or by a title written before the body
        whose office it is, as if before a surname ("Chairman Wapda", "CEO DRAP": body first), the body in
        capitals or written before the title elsewhere ("President Kenyatta" is a name); else None."""
        words = written.split()
        if len(words) == 3 and words[0].lower() == "the" and words[2].isupper():
            words = words[1:]  # "the CEO DRAP", "The Chairman PCB": the title and the body's initials
        if len(words) != 2 or mention.kind not in _OFFICE_KINDS:
            return None  # ("the SP", "CEO DRAP" read as a body's name, "Chairman Wapda" as a person's)
        first, second = words
        low, rules = second.lower(), self.rules
        if first.lower() == "the":
            initials = mention.kind == "organisation" and second.isupper()
            return [low] if initials and low in rules.title_initials and low in rules.role_anaphora else None
        title = first.lower()
        if (
            mention.name not in (second, written, written.split(" ", 1)[-1])
            or title not in rules.role_anaphora
        ):
            return None
        if not is_capitalised(first) or (first.isupper() and title not in rules.title_initials):
            return None
        if not (second.isupper() and len(second) > 1) and second not in self._before_title(title):
            return None
        return [low, title]

    def _before_title(self, title: str) -> frozenset[str]:
        """The capitalised words the text writes right before `title` ("Wapda" of "Wapda chairman"), read
        once per title."""
        found = self._words_before.get(title)
        if found is None:
            pattern = re.compile(rf"(?<![\w-])([A-Z][\w&-]*)[ ](?i:{re.escape(title)})(?![\w-])")
            found = self._words_before[title] = frozenset(m.group(1) for m in pattern.finditer(self.text))
        return found

    def _named_next(self, mention: Mention) -> tuple[str, str, str | None] | None:
        """The person the next few sentences credit first with a role fitting a source the lede leaves
        unnamed, "a"/"an" and a role noun: "C1, an official with the largest port on the U.S. East Coast
        said Tuesday. “C2,” Sam Ruda, director of the Port Department, said" (wires name the source after
        the lede). Not when another such source is named ("another official", "a second official")."""
        words = _unnamed_noun(mention, self.rules)
        k = bisect.bisect_right(self._starts, mention.span[0]) - 1
        if not words or k < 0:
            return None
        hi = self.sentences[min(len(self.sentences) - 1, k + _AHEAD)][1]
        if _another(words[-1]).search(self.text, mention.span[1], hi):
            return None
        where = _described(mention, len(words) + 2, self.rules)  # past "a" and the word after the noun
        for _, name, role in _between(self._credited, mention.span[1], hi):
            roles = [r for r in (role, self.cast.roles.get(name), *self._also.get(name, ())) if r]
            # the phrase after the noun names the place the role holds too: "with the largest port" and
            # "director of the Port Department" ("a spokeswoman for Fiorina" is not Huckabee's spokesman)
            if any(self._fits(r, words) and where & set(_role_words(r)) for r in roles):
                return name, "person", role or self.cast.roles.get(name)
        return self._new_name_next(mention, k)

    def _new_name_next(self, mention: Mention, k: int) -> tuple[str, str, str | None] | None:
        """The person the very next sentence credits first, named in full for the first time and given no
        role anywhere: "A spokeswoman for the Harbour Board said C1. “C2,” Jane Roe told AFP." (the wire
        names the source it introduced by her post)."""
        if k + 1 >= len(self.sentences):
            return None
        lo, hi = self.sentences[k + 1]
        credited = _between(self._credited, lo, hi)
        if not credited:
            return None
        _, name, role = credited[0]
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or words[0] == "The":
            return None
        if role is not None or name in self.cast.roles or name in self._also:
            return None
        # named before within the window read for roles: someone already in the story (a bounded look)
        seen = self.text.find(words[-1], max(0, mention.span[0] - _WINDOW), mention.span[1]) >= 0
        return None if seen else (name, "person", None)

    def _national(self, mention: Mention) -> tuple[str, str, str | None] | None:
        """ "“C2,” the Kuwaiti said" after "Kuwaiti oil minister Sheikh Saud Nasser al-Sabah said C1": a
        nationality as a noun stands for the person credited last before it whose role names it, when
        only one of the last few credited does."""
        low = self.text[mention.span[0] : mention.span[1]].lower().split()
        if len(low) != 2 or low[0] != "the" or low[1] not in self.rules.nationalities:
            return None
        j = bisect.bisect_left(self._credited, mention.span[0], key=_OFFSET)
        found = {
            name: role
            for _, name, role in self._credited[max(0, j - _REACH) : j]
            if role and low[1] in _role_words(role)
        }
        if len(found) != 1:
            return None
        ((name, role),) = found.items()
        return name, "person", role

    def antecedent(self, name: str, at: int | None) -> str:
        """The person a pronoun's antecedent `name`, named at `at`, is: a role alone opening a sentence
        ("The Foreign Minister, who ..., affirmed C1. He went on to say C2") stands for the person credited
        with that role before it; any other antecedent is itself."""
        if at is None:
            return name
        words = tokenize(name, 0, len(name))
        if not (role_only(words, self.rules) or _head_of(name, self.rules)):
            return name  # ("The head of state said C1. ... he expressed": the president)
        found = self.resolve(Mention(name, "person", None, (at, at + len(name))))
        return found[0] if found is not None and found[1] == "person" else name

    def _person(self, at: int, words: list[str]) -> tuple[str, str, str | None] | None:
        """(name, kind, role) of the person the role noun `words` at `at` stands for, or of the one source
        credited unnamed before it that it fits ("a senior official"), or None."""
        head = words[-1]
        headline = self._headline(at)
        sources = [] if headline else self._unnamed_fitting(at, words)
        fitting = _surnames_merged(self._fitting(at, words, headline=headline))
        bare = [w for w in words[:-1] if w not in self.rules.nationalities] + [head]
        if not fitting and not sources and len(bare) < len(words):
            # "the Japanese prime minister" after "Prime Minister Shinzo Abe told", credited with a role that
            # names no country ("President Obama had a talk with Francois Hollande. The French president
            # expressed": Obama was credited with nothing)
            loose = self._fitting(at, bare, headline=headline, titled=False)
            fitting = {n: v for n, v in loose.items() if not self._nation(n, v)}
            words = bare if len(fitting) == 1 else words
        found: tuple[str, str | None] | None = None
        if (
            fitting
            and sources
            and not headline
            and sources[-1][0] > max(last for last, _ in fitting.values())
        ):
            # "Minister X said C1. ... A European official said C2. “C3,” the official said": the unnamed
            # source credited after everyone the noun fits is the nearest
            return _one(sources)
        if len(fitting) == 1:
            ((name, (last, role)),) = fitting.items()
            if any(unnamed == head for _, unnamed in _between(self._unnamed, last, at)):
                # "A senior official said C1. The official added C2": that official
                return _one([s for s in sources if s[0] > last])
            if sources and all(n != name for _, n, _ in _between(self._credited, sources[-1][0], at)):
                return None  # "An official said C1 ... about Minister X. The official noted C2": either
            if headline or not self._others(name, (last, at), words):
                found = name, role
        elif fitting and not sources and not headline:
            found = self._speaking(at, words, fitting)
        elif not fitting and sources:
            return _one(sources)  # "An official at the embassy said C1. The official continued C2"
        elif not fitting and head in self.rules.lone_anaphora and not headline:
            found = self._lone(at, head)
        elif not fitting and not headline:
            unnamed = _between(self._sources, at - _UNNAMED_WINDOW, at)
            if all(head not in source[-1] for source in unnamed):  # "A Kenyan official said C1. ..."
                found = self._ahead(at, words)
            if (
                found is None
                and head in self.rules.descriptions
                and not unnamed
                and not self._owned(at, head)
            ):
                found = self._just_credited(at, head)  # "Adegboruwa said C1. The lawyer noted C2"
            found = found or self._lone_unroled(at, head) or self._lone_titled(at, words)
        return (found[0], "person", found[1]) if found is not None else None

    def _lone_titled(self, at: int, words: list[str]) -> tuple[str, str | None] | None:
        """The one person named before `at` (`_lone`), named with an office (`Rules.role_anaphora`), for a
        former office no one named holds (a noun of `Rules.titles` after "former"): "Road board chairwoman
        Jane Roe said C1. ... “C2,” added the former Westmere Party MP" (a second description of the one
        office holder the story has named; not after "Tom Hale, a resident,", nor for an office of the
        noun's own kind). Not another's ("Bello's lawyer"), nor a noun of what someone is
        (`Rules.descriptions`), nor a body's name with "of"."""
        head = words[-1]
        # ("the former Westmere Party TD", though the phrase read may leave out "the former")
        near = (
            self.text[max(0, at - 12) : at].lower().split()[-2:] + self.text[at : at + 16].lower().split()[:2]
        )
        former = "former" in words[:-1] or "former" in near
        if not former or head not in self.rules.titles or head in self.rules.descriptions:
            return None
        if any(w in _OF for w in words):
            return None  # a body's name: "the Department of Justice found C"
        lone = self._lone(at, head) if not self._owned(at, head) else None
        role = (lone[1] or self.cast.roles.get(lone[0])) if lone is not None else None
        if lone is None or role is None or lone[0].startswith("The "):
            return None
        low = role.lower()
        titled = any(w in self.rules.role_anaphora for w in low.split())  # an office, no "resident"
        # (not an office of the same kind the noun's words do not fit: "the deputy economy minister" is
        # someone else than "Westmere's deputy farm minister Jane Roe")
        same = head in low.split()
        return lone if titled and not same and all(w[:1].isupper() for w in lone[0].split()) else None

    def _lone_unroled(self, at: int, head: str) -> tuple[str, str | None] | None:
        """The one person named before `at` (`_lone`), when the article gives that person no role at all:
        "Jane Roe said C1. ... The chief executive added C2" (the story names no one else). Not for a noun
        of what someone is (`Rules.descriptions`, read by recency: "the lawyer"), nor another's ("Bello's
        lawyer"), nor after a speaker named by a noun ("the host asked")."""
        if head in self.rules.descriptions or self._owned(at, head):
            return None
        lone = self._lone(at, head)
        if lone is None or lone[1] is not None or lone[0] in self.cast.roles or lone[0] in self._also:
            return None
        proper = all(w[:1].isupper() for w in lone[0].split()) and not lone[0].startswith("The ")
        return lone if proper else None

    def _speaking(
        self, at: int, noun: list[str], fitting: dict[str, tuple[int, str | None]]
    ) -> tuple[str, str | None] | None:
        """Of two or more people the noun fits, the one credited last before it, when none of the others
        was credited with a claim or named since: "Federal Minister Khawaja Asif, at a news conference with
        State Minister Abid Sher Ali, said C1. ... The minister said C2" (Asif goes on speaking; but after
        "Sen. Hale said C1. Sen. Reyes said C2.", "the senator" may be either)."""
        j = bisect.bisect_left(self._credited, at, key=_OFFSET)
        if not j or self._credited[j - 1][1] not in fitting:
            return None
        name = self._credited[j - 1][1]
        if any(other != name and other in fitting for _, other, _ in self._credited[:j]):
            return None
        last, role = fitting[name]
        if any(other > last for other, _ in fitting.values()) or self._others(name, (last, at), noun):
            return None
        return name, role

    def _fitting(
        self, at: int, noun: list[str], *, headline: bool, titled: bool = True
    ) -> dict[str, tuple[int, str | None]]:
        """The people named near `at` (`_candidates`) with a role the noun fits: name -> (where last named,
        role)."""
        wanted = _wanted(noun[-1], self.rules)
        fitting: dict[str, tuple[int, str | None]] = {}
        for s, name, role in self._candidates(at, wanted, headline=headline, titled=titled):
            roles = [r for r in (role, *self._also.get(name, ())) if r is not None]
            if any(self._fits(r, noun) for r in roles):
                fitting[name] = (max(s, fitting[name][0]) if name in fitting else s, role)
        return fitting

    def _nation(self, name: str, named: tuple[int, str | None]) -> bool:
        """Whether a role the article gives the person `name` names a country ("Russian Foreign Minister")."""
        roles = [r for r in (named[1], self.cast.roles.get(name), *self._also.get(name, ())) if r]
        return any(w in self.rules.nationalities for r in roles for w in _role_words(r))

    def _ahead(self, at: int, noun: list[str]) -> tuple[str, str | None] | None:
        """The person the next few sentences credit first with a role fitting the noun at `at`, when no
        one was credited in its sentence or the two before ("The Turkish defense minister condemned C1.
        ... Turkish Defense Minister Kemal Arslan told"); opening the story (no one credited or opening a
        sentence before it), the first person credited next when the article gives that person no role
        at all ("... Kemal Arslan told a veterans' event")."""
        k = bisect.bisect_right(self._starts, at) - 1
        if k < 0:
            return None
        j = bisect.bisect_left(self._credited, at, key=_OFFSET)
        while j > 0 and self._in_heading(self._credited[j - 1][0]):
            j -= 1
        before = j > 0
        if before and self._credited[j - 1][0] >= self.sentences[max(0, k - 2)][0]:
            return None  # someone was just credited: "the senator said" is not the next senator
        hi = self.sentences[min(len(self.sentences) - 1, k + _AHEAD)][1]
        named = _between(self._credited, at, hi)  # credited, not titled: "Bush" stays Jeb's
        # "Iran's oil minister said C1. ... Oil Minister X": a nationality the role names no country for
        bare = [w for w in noun[:-1] if w not in self.rules.nationalities] + noun[-1:]
        for words in (noun, bare) if len(bare) < len(noun) else (noun,):
            for _, name, role in named:
                roles = [r for r in (role, self.cast.roles.get(name), *self._also.get(name, ())) if r]
                nation = words is bare and self._nation(name, (0, role))
                if not nation and any(self._fits(r, words) for r in roles):
                    return name, role or self.cast.roles.get(name)
        titled = self._titled_next(k, noun, bare)
        if titled is not None:
            return titled  # "Japan's prime minister said C. The LDP, led by Prime Minister X, lost ..."
        if before or self.people.subjects_before(at, self.cast.full_names):
            return None  # "Clinton has hammered ... The former secretary of State wants": she is named
        if not named:
            return self._subject_next(k, noun)
        at_named, name, role = named[0]
        proper = all(w[:1].isupper() for w in name.split()) and not name.startswith("The ")  # not "the daily"
        if proper and role is None and name not in self.cast.roles and name not in self._also:
            return name, None  # "The Turkish defense minister slammed C1. “C2,” Hulusi Akar told"
        # the very next sentence crediting someone named in full with a title of another kind: "C, the top
        # spokesman said. “C2,” Cabinet Secretary Kenji Sato told a panel" (not one of the
        # same kind that did not fit: "The defense minister said C1. Interior Minister Ali Kaya said C2")
        next_sentence = k + 1 < len(self.sentences) and at_named < self.sentences[k + 1][1]
        titles = (role or self.cast.roles.get(name) or "").lower().split()
        if proper and next_sentence and " " in name and noun[-1] not in titles:
            return name, role or self.cast.roles.get(name)
        return None

    def _subject_next(self, k: int, noun: list[str]) -> tuple[str, str | None] | None:
        """Opening the story, the person named in full opening the sentence after sentence `k`, when that
        sentence holds the role noun too: "Norvale's transport minister has pledged to C. Kenji
        Sato, named transport minister in May, spoke to the press on Tuesday." """
        if k + 1 >= len(self.sentences):
            return None
        lo, hi = self.sentences[k + 1]
        if len(re.findall(rf"\b{re.escape(noun[-1])}\b", self.text[lo:hi], re.IGNORECASE)) != 1:
            return None  # (named twice: "Prime Minister X met Prime Minister Y", either may be meant)
        subjects = self.people.subjects_before(hi, self.cast.full_names, since=lo)
        if len(subjects) != 1 or " " not in subjects[0][1]:
            return None
        _, name, role = subjects[0]
        return name, role

    def _titled_next(self, k: int, noun: list[str], bare: list[str]) -> tuple[str, str | None] | None:
        """The one person the sentence after sentence `k` names with a title fitting the role noun in it
        (`noun`, or `bare` of its nationality when the title names no country), or None."""
        if k + 1 >= len(self.sentences):
            return None
        lo, hi = self.sentences[k + 1]
        wanted = _wanted(noun[-1], self.rules)
        if len(_titles(wanted).findall(self.text, lo, hi)) != 1:
            return None  # "Prime Minister X met Prime Minister Y": either may be meant
        fitting: dict[str, str | None] = {}
        for _, found in named_with(self.text, lo, hi, wanted, self.rules, nearest_end=False):
            name = self.cast.canonical(found.name)
            role = found.role
            nation = role is not None and self._nation(name, (0, role))
            # (or the head alone, as a title cut short: "Minister Jane Roe" for "the transport minister")
            alone = role is not None and _role_words(role) == noun[-1:]
            if role is not None and (
                self._fits(role, noun) or (not nation and self._fits(role, bare)) or alone
            ):
                fitting.setdefault(name, role)
        return next(iter(fitting.items())) if len(fitting) == 1 else None

    def _unnamed_fitting(self, at: int, noun: list[str]) -> list[tuple[int, str, str]]:
        """The sources credited unnamed and singular in the stretch before `at` (offset, name, kind) whose
        words hold the noun's head and every word before it ("The Syrian source" fits "an official
        source at the Syrian Foreign Ministry"; a nationality as adjective or country, `Rules.soft_modifiers`
        need not be there)."""
        rules = self.rules
        out: list[tuple[int, int, str, str]] = []
        for s, e, name, kind, words in _between(self._sources, at - _UNNAMED_WINDOW, at):
            if noun[-1] not in words:
                continue
            nations = {rules.nationalities[w] for w in words if w in rules.nationalities}
            if all(
                m in words or m in rules.soft_modifiers or rules.nationalities.get(m, "") in nations
                for m in noun[:-1]
            ):
                out.append((s, e, name, kind))
        if len({name.lower() for _, _, name, _ in out}) > 1:
            return []  # "A US official said C1. A Russian official said C2. The official added": either
        if out and _another(noun[-1]).search(self.text, out[-1][1], at):
            return []  # "... a separate source familiar with it did so: “C,” the source said": that one
        return [(s, name, kind) for s, _, name, kind in out]

    def _in_heading(self, at: int) -> bool:
        return self.heading is not None and self.heading[0] <= at < self.heading[1]

    def _pair(self, at: int) -> tuple[str, str | None] | None:
        """ "The two officials also noted": the last two people credited together before `at`, by their
        full names ("Ali Demir and Nurlan Abenov" for "Foreign Minister Ali Demir and his Kazakh
        counterpart Nurlan Abenov"), when the pair was credited within the last few speakers."""
        i = bisect.bisect_left(self._pairs, at, key=_OFFSET)
        if i == 0:
            return None
        since, end = self._pairs[i - 1]
        i = bisect.bisect_right(self._credited, since, key=_OFFSET)
        j = bisect.bisect_left(self._credited, at, key=_OFFSET)
        if j - i > 4 * _REACH or len({n for _, n, _ in self._credited[i:j]}) > _REACH:
            return None  # credited too long ago
        words = tokenize(self.text, since, end)
        k = next((i for i, w in enumerate(words) if w.text == "and"), 0)
        names = []
        for side in (words[:k], words[k + 1 :]):
            found = classify(self.text, side, self.rules) if side else None
            if found is None or found.kind != "person" or found.pronoun:
                return None
            names.append(self.cast.canonical(found.name))
        return " and ".join(names), None

    def _noun(self, mention: Mention) -> list[str]:
        found = self._nouns.get(id(mention))
        if found is None or found[0] is not mention:
            found = self._nouns[id(mention)] = (mention, _noun(mention, self.rules))
        return found[1]

    def _headline(self, at: int) -> bool:
        """Whether a noun at `at` stands in the article's title: the heading the layout found, or a first
        line no one named before it ("Russian Envoy: US Not Ready ...")."""
        if self.heading is not None:
            return self.heading[0] <= at < self.heading[1]
        first = self.text.find("\n")
        heading = 0 <= at < first and in_heading(self.text, at)  # (not a lede: "X has cautioned that C.")
        return heading and not (self._credited and self._credited[0][0] < at)

    def _candidates(
        self, at: int, wanted: tuple[str, ...], *, headline: bool, titled: bool = True
    ) -> list[tuple[int, str, str | None]]:
        """The people named near a role noun at `at` (where, name, role): before it, or below a headline;
        credited with claims, and when `titled` also named with a title in any sentence."""
        if headline:
            lo = (
                self.heading[1]
                if self.heading is not None and self.heading[0] <= at
                else self.text.find("\n")
            )
            hi = lo + _WINDOW
            i = bisect.bisect_left(self._credited, lo, key=_OFFSET)
            credited: Iterable[tuple[int, str, str | None]] = islice(self._credited, i, None)
        else:
            lo, hi = max(0, at - _WINDOW), at
            j = bisect.bisect_left(self._credited, at, key=_OFFSET)
            credited = (self._credited[k] for k in range(j - 1, -1, -1))
        out: list[tuple[int, str, str | None]] = []
        seen: set[str] = set()
        for s, name, role in credited:
            seen.add(name)
            if len(seen) > _REACH:
                break
            out.append((s, name, role))
        if not titled:
            return out
        roles = {role for _, _, role in out if role}
        for s, found in named_with(self.text, lo, hi, wanted, self.rules, nearest_end=not headline):
            if found.role and f"{found.role} {found.name}" in roles:
                continue  # "Minister of Solid" and "Minerals Development": a credited role misread
            out.append((s, self.cast.canonical(found.name), found.role))
        return out

    def _fits(self, role: str, noun: list[str]) -> bool:
        """Whether `role` holds one of the words `Rules.role_anaphora` gives the noun's head and every
        word before it ("the Japanese leader"; a nationality as adjective or possessive, "Iranian" for
        "Iran's"; `Rules.soft_modifiers` need not be there), and no word making it another office ("Vice
        President" for "the president") unless the noun has it too."""
        head, modifiers = noun[-1], noun[:-1]
        rules = self.rules
        wanted = _wanted(head, rules)
        words = _role_words(role)
        low = " " + " ".join([*words, *_office_of_head(words, rules)]) + " "
        if not any(f" {w} " in low for w in wanted):
            return False
        acronyms = _acronyms(role)
        nations = {rules.nationalities[w] for w in words if w in rules.nationalities}
        for k, m in enumerate(modifiers):
            if m in rules.soft_modifiers:
                continue
            if m in rules.state_nouns and k > 0 and modifiers[k - 1] in rules.nationalities:
                continue  # "of the Russian Federation": "Russian" stands for it
            if m in rules.nationalities and rules.nationalities[m] in nations:
                continue  # "The Iranian Foreign Ministry spokesman": "Iran's Foreign Ministry Spokesman"
            if (
                f" {m} " not in low and m not in acronyms
            ):  # "the MEA spokesperson": the Ministry of External Affairs
                return False
        office = head.startswith(_HEAD_OF) or (head in rules.titles and head not in rules.general_roles)
        if not office:
            return True  # "the diplomat", "the official" name no office: a deputy minister is one too
        for w in wanted:  # "Prime Minister" is the premier's title itself: no qualifier of "the PM"
            low = low.replace(f" {w} ", " ")
        return not any(f" {q} " in low and q not in modifiers for q in rules.role_qualifiers)

    def _others(self, name: str, stretch: Span, noun: list[str]) -> bool:
        """Whether someone else who might hold the role was named since `name` was last named (`stretch`
        runs from where it was last credited or titled to the noun): credited, or opening a sentence,
        with no role or a fitting one. "Sen. Sanders said C. ... Rubio sought votes. The senator said":
        the senator may be Rubio."""
        since, at = stretch
        surname = name.rsplit(maxsplit=1)[-1]  # "... live tweeted as Obama spoke": named again, by surname
        again = _last_word(self.text, surname, since + 1, at)
        since = max(since, again)
        between: dict[str, str | None] = {}
        for s, n, r in self.people.subjects_before(at, self.cast.full_names, since + 1):
            if n == name:
                since = s  # "Mr. Obama, who ..., spoke. It was, the president said, ...": named again
                break
            if _AGED.match(self.text, s + len(n)):
                continue  # "Nur Ellina, 24, was injured": someone named with an age holds no office
            between.setdefault(n, r)
        for _, n, r in _between(self._credited, since, at):
            if n != name:
                between.setdefault(n, r)
        # "the RMT boss": a word naming the body or the office narrows the noun to a role that holds it,
        # which someone named with no role is not known to hold
        narrowed = any(
            m not in self.rules.soft_modifiers and m not in self.rules.nationalities for m in noun[:-1]
        )
        for n, r in between.items():
            role = r or self.cast.roles.get(n) or self._titled(n)
            if role is None and narrowed:
                continue  # "Mick Lynch, general secretary of the RMT, ... Mark Harper said ... the RMT boss"
            if role is None and " " not in n and n not in self.people.genders:
                continue  # "Meta confirmed C", "Google said": one word, never named in full, no "he"
                # or "she": a firm, not a person who might hold the role
            if role is None or self._fits(role, noun):
                return True
        return False

    def _titled(self, name: str) -> str | None:
        """The role the article gives a person where it first names them in full ("Japanese Prime
        Minister Fumio Kishida"), for one named later by surname alone ("But Kishida views ...")."""
        first = self.text.find(name) if " " in name else -1
        return role_at(self.text, first, first + len(name), self.rules) if first >= 0 else None

    def _member(self, at: int, other_party: tuple[str, ...]) -> tuple[str, str | None] | None:
        """The person credited last before a party noun at `at` ("the Maryland Democrat"), when credited in
        its sentence or the two before, or in its paragraph or the one before (a quote of short sentences
        before the noun: "“Q1? Yes. Q2,” the Maryland Democrat said"), and named with no role in another
        party (`other_party`)."""
        j = bisect.bisect_left(self._credited, at, key=_OFFSET)
        k = bisect.bisect_right(self._starts, at) - 1
        if j == 0 or k < 0:
            return None
        lo = max(0, at - _WINDOW)  # the paragraph before, found within a bounded stretch
        p = self.text.rfind("\n", lo, at)
        while p > lo and self.text[p - 1].isspace():
            p -= 1
        paragraph = max(lo, self.text.rfind("\n", lo, p) + 1) if p > lo else at
        if self._credited[j - 1][0] < min(self.sentences[max(0, k - 2)][0], paragraph):
            return None
        _, name, role = self._credited[j - 1]
        roles = [r for r in (role, self.cast.roles.get(name), *self._also.get(name, ())) if r]
        if any(w.startswith(other_party) for r in roles for w in _role_words(r)):
            return None  # "Sen. Jane Doe (R-Wyo.) said C1. ... the Maryland Democrat": someone else
        return name, role

    def _owned(self, at: int, head: str) -> bool:
        """Whether the role noun at `at` with the head `head` has an owner: "Pagliano's lawyer" is not
        Pagliano, nor the person just credited."""
        window = self.text[at : at + _MAX_NOUN_CHARS + 1]  # (one more: the character after the noun)
        end = _last_word(window.lower(), head, 0, _MAX_NOUN_CHARS)
        return end > 0 and any(p in window[:end] for p in POSSESSIVE)

    def _just_credited(self, at: int, head: str) -> tuple[str, str | None] | None:
        """The person credited last before `at`, in its sentence or the three before (a quotation of two
        sentences may follow the credit), when the article gives that person no role (one with a role,
        "press secretary", is not "the businessman" who may be another named in the story) or one the noun
        `head` describes too (`Rules.described_offices`: a minister is "the politician"), and no other
        person opens a sentence since."""
        j = bisect.bisect_left(self._credited, at, key=_OFFSET)
        k = bisect.bisect_right(self._starts, at) - 1
        if not j or k < 0 or self._credited[j - 1][0] < self.sentences[max(0, k - 3)][0]:
            return None
        last, name, role = self._credited[j - 1]
        if name.split(maxsplit=1)[0].lower() in ("the", "a", "an"):
            return None  # "When the moderator pointed out C1, the candidate said C2": another noun, no name
        roles = [r for r in (role, self.cast.roles.get(name), *self._also.get(name, ())) if r]
        offices = self.rules.described_offices.get(head, ())
        if roles and not any(w in offices for r in roles for w in _role_words(r)):
            return None
        subjects = self.people.subjects_before(at, self.cast.full_names, since=last)
        if any(other != name for _, other, _ in subjects):
            return None
        return name, role

    def _lone(self, at: int, head: str) -> tuple[str, str | None] | None:
        """The one person named before `at` (credited, or opening a sentence), when no source of the
        noun's kind was credited unnamed ("an expert said")."""
        if any(unnamed == head for _, unnamed in _between(self._unnamed, -1, at)):
            return None
        if not self._credited or self._credited[0][0] >= at:
            return None
        _, name, role = self._credited[0]
        if self._second is None:  # where a second person is first credited, read once
            self._second = next((s for s, other, _ in self._credited if other != name), len(self.text))
        if self._second < at:
            return None  # two people credited before
        if any(other != name for _, other, _ in self.people.subjects_before(at, self.cast.full_names)):
            return None
        return name, role


def _surnames_merged(fitting: dict[str, tuple[int, str | None]]) -> dict[str, tuple[int, str | None]]:
    """The people a role noun fits, a surname alone ("Hale", where "Judge Hale" stood) merged into the
    one full name it closes ("Tom Hale"): one person, last named where either was."""
    merged = dict(fitting)
    for name in [n for n in fitting if " " not in n]:
        fuller = [n for n in fitting if n.endswith(" " + name)]
        if len(fuller) == 1:
            (last, role), (full_last, full_role) = merged.pop(name), merged[fuller[0]]
            merged[fuller[0]] = (max(last, full_last), full_role or role)
    return merged


@functools.lru_cache(maxsize=32)
def _titles(wanted: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern finding the title words `wanted` as whole words, in any case."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in wanted)})(?![\w-])", re.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _another(head: str) -> re.Pattern[str]:
    """A pattern finding another source of the noun `head` named unnamed: "a separate intelligence
    source", "another official" (a few words at most between the article and the noun)."""
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?:[\w’'-]+ ){{0,4}}{re.escape(head)}\b")


def _one_of(name: str) -> bool:
    """Whether a person's name opens with "a", "an" or "one": "A senior executive of a rival mill" is a
    source left unnamed, read as a person by its title word."""
    return name.split(maxsplit=1)[0].lower() in _ONE


def _one(sources: list[tuple[int, str, str]]) -> tuple[str, str, str | None] | None:
    """(name, kind, no role) of the last of `sources`, the source a role noun stands for, or None."""
    if not sources:
        return None
    _, name, kind = sources[-1]
    return name, kind, None


def _between(entries: list[_Entry], lo: int, hi: int) -> list[_Entry]:
    """The entries of a list sorted by offset whose offset is between `lo` and `hi` (both excluded)."""
    i = bisect.bisect_right(entries, lo, key=_OFFSET)
    j = bisect.bisect_left(entries, hi, key=_OFFSET)
    return entries[i:j]


def _wanted(head: str, rules: Rules) -> tuple[str, ...]:
    """The role words a role noun's head stands for (`Rules.role_anaphora`, `Rules.heads_of`)."""
    if head.startswith(_HEAD_OF):
        return rules.heads_of[head.removeprefix(_HEAD_OF)][0]
    return rules.role_anaphora.get(head) or (head,)  # a noun of `Rules.descriptions`: itself


def _head_of(name: str, rules: Rules) -> list[str]:
    """ "The head of the Kremlin", "the new head of the Japanese government", "the head of Russia's Foreign
    Ministry" (translations from Russian: "глава ..."): the nationality the phrase gives or the body
    implies, then "head of " and the body as its head, when `Rules.heads_of` knows the body; else []."""
    if "head" not in name.lower():
        return []  # (most names: read at once, no words split)
    low = [w.strip(".,;:").lower().replace("’", "'").removesuffix("'s") for w in name.split()]
    k = next((j for j in range(1, min(3, len(low) - 2)) if low[j] == "head" and low[j + 1] == "of"), 0)
    if not k or low[0] != "the" or any(m not in rules.soft_modifiers for m in low[1:k]):
        return []
    rest = [w for w in low[k + 2 :] if w != "the"]
    nations = [w for w in rest if w in rules.nationalities]
    body = " ".join(w for w in rest if w not in rules.nationalities)
    entry = rules.heads_of.get(body)
    if entry is None:
        return []
    implied = [entry[1]] if entry[1] and not nations else []
    return [*nations, *implied, _HEAD_OF + body]


def _party_member(name: str, rules: Rules) -> tuple[str, ...] | None:
    """ "the Maryland Democrat", "The South Carolina Republican": "the", a state or country as written
    (`Rules.countries`), a noun of `Rules.party_members`; the words of a role in another party, or None."""
    words = name.split()
    if not 3 <= len(words) <= 4 or words[0].lower() != "the":
        return None
    other = rules.party_members.get(words[-1].lower())
    return other if other is not None and " ".join(words[1:-1]) in rules.countries else None


def _two(mention: Mention, rules: Rules) -> bool:
    """ "The two officials", "the two ministers", "The two leaders": two people of a role."""
    if mention.name[:8].lower() != "the two ":
        return False
    words = mention.name.lower().split()
    plural = len(words) == 3 and words[2].endswith("s")
    return plural and words[:2] == ["the", "two"] and words[2][:-1] in rules.role_anaphora


def _office_of_head(words: list[str], rules: Rules) -> list[str]:
    """The office a role "Head of the Ministry of Foreign Affairs of Ukraine" holds (`Rules.heads_of`:
    "foreign minister", "minister of foreign affairs"), as words; else []. A country the body is of, a
    nationality and "the" are no part of the body."""
    if words[:2] != ["head", "of"]:
        return []
    rest = [w for w in words[2:] if w != "the"]
    country = rest[-1:] and (rest[-1] in rules.nationalities or rest[-1].title() in rules.countries)
    if len(rest) > 2 and rest[-2] == "of" and country:
        rest = rest[:-2]  # "of Ukraine"
    rest = [w for w in rest if w not in rules.nationalities]  # "the Ukrainian Foreign Ministry"
    entry = rules.heads_of.get(" ".join(rest))
    return " ".join(entry[0]).split() if entry is not None else []


def _acronyms(role: str) -> frozenset[str]:
    """The initials of each run of capitalised words in a role, in lower case, small words passed over:
    "mea" of "Spokesperson in the Ministry of External Affairs"."""
    found: set[str] = set()
    run = ""
    for word in [*role.split(), "."]:
        if word[:1].isupper() and word.isalpha():
            run += word[0].lower()
        elif word not in ("of", "and", "for") or not run:
            if len(run) > 1:
                found.add(run)
            run = ""
    return frozenset(found)


def _role_words(role: str) -> list[str]:
    """The words of a role in lower case, without possessives and the marks around them: "Iran's
    Foreign Ministry Spokesman" -> "iran", "foreign", "ministry", "spokesman"."""
    words = []
    for written in role.lower().replace("’", "'").replace("´", "'").split():
        words.append(written.strip(",;:()[]\"“”'").removesuffix("'s"))
    return words


def _last_word(text: str, word: str, lo: int, hi: int) -> int:
    """Where `word` stands last in `text[lo:hi]` as a whole word, or -1."""
    at = text.rfind(word, lo, hi)
    while at >= 0 and (text[at - 1 : at].isalnum() or text[at + len(word) : at + len(word) + 1].isalnum()):
        at = text.rfind(word, lo, at)
    return at


def _described(mention: Mention, start: int, rules: Rules) -> set[str]:
    """The words of four letters or more in lower case from word `start` of an unnamed source's phrase,
    less countries and nationalities: what describes it ("largest", "port", "east", "coast" of "an
    official with the largest port on the U.S. East Coast"; "Bangladesh" of "an official at the
    Bangladesh Water Development Board" is no deputy commissioner's in Bangladesh)."""
    words = _role_words(mention.name)[start:]
    return {
        w for w in words if len(w) > 3 and w not in rules.nationalities and w.title() not in rules.countries
    }


# words opening a source the lede leaves unnamed: "a spokesman", "his spokesman" (the pope's, named next)
_UNNAMED_OPENERS = frozenset({"a", "an", "his", "her", "its", "their"})


def _unnamed_noun(mention: Mention, rules: Rules) -> list[str]:
    """The role noun of a source left unnamed, as `_noun` gives it: "a", "an" (or a possessive pronoun)
    and words ending in a key of `Rules.role_anaphora`, before any phrase after it ("an official with the
    port": "official"; "a union leader": "union", "leader"); else []."""
    low = mention.name.lower().split()
    if mention.pronoun or mention.kind != "anonymous" or len(low) < 2 or low[0] not in _UNNAMED_OPENERS:
        return []
    end = next((k for k, w in enumerate(low) if k > 1 and w in _UNNAMED_AFTER), len(low))
    words = [w.strip(".,;:") for w in low[1:end]]
    return words if words and words[-1] in rules.role_anaphora and len(words) <= _MAX_WORDS else []


@functools.lru_cache(maxsize=16)
def _nouns(rules: Rules) -> frozenset[str]:
    """The heads a role noun phrase may have: the keys of `Rules.role_anaphora` and `Rules.descriptions`."""
    return frozenset(rules.role_anaphora) | rules.descriptions


_HEADLINED = 4  # words of a body's name and a role noun with no "the": "Harbour Road Authority chief"


def _noun(mention: Mention, rules: Rules) -> list[str]:
    """The words of a role noun phrase in lower case, possessives dropped, its head last ("russian",
    "foreign", "ministry", "spokeswoman" of "The Russian Foreign Ministry's spokeswoman"; "uae", "state",
    "foreign", "affairs", "minister" of "The UAE's Minister of State for Foreign Affairs"), its head a key
    of `Rules.role_anaphora`; a prepositional phrase after it is none of it ("the minister in Arabic
    wrote"); else []."""
    if mention.pronoun or mention.role is not None:
        return []
    headed = _head_of(mention.name, rules)
    if headed:
        return headed
    nouns = _nouns(rules)
    split = [w.strip(".,;:") for w in mention.name.lower().split()]
    if not any(w in nouns for w in split) and not any(f"{a}-{b}" in nouns for a, b in pairwise(split)):
        return []  # "Donald Trump": no role noun in it, read at once ("director general": one, written apart)
    tokens = tokenize(mention.name, 0, len(mention.name))
    low = [t.text.lower() for t in tokens]
    for k in range(len(low) - 2, -1, -1):  # "the Secretary General": "secretary-general", written apart
        if f"{low[k]}-{low[k + 1]}" in nouns and not tokens[k].after:
            first, second = tokens[k], tokens[k + 1]
            joined = Token(first.start, second.end, f"{first.text}-{second.text}", second.after)
            tokens[k : k + 2], low[k : k + 2] = [joined], [joined.text.lower()]
    cut = next((k for k in range(2, len(low)) if low[k] in _AFTER_NOUN and low[k - 1] in nouns), 0)
    if cut:
        tokens, low = tokens[:cut], low[:cut]
    head = next((k for k in range(1, len(low) - 1) if low[k] in _OF and low[k - 1] in nouns), 0)
    if not 2 <= len(tokens) <= (_MAX_COMPLEMENTED if head else _MAX_WORDS):
        return []
    if not head and low[-1] not in nouns:
        return []
    owned = tokens[0].text.endswith(POSSESSIVE) and is_capitalised(tokens[0].text)  # "Iran's ... spokesman"
    # "Finance Minister said", "Minister for Finance cited" (the article dropped, as Pakistani copy does)
    capitalised = all(is_capitalised(t.text) or t.text in _OF or t.text in _JOINS for t in tokens)
    capitalised = capitalised and role_only(tokens, rules)
    # a headline's "Norvex chief", "Harbour Council boss": a body's name, then the noun, no "the"
    headlined = is_capitalised(tokens[0].text) and all(is_capitalised(t.text) for t in tokens[:-1])
    if low[0] != "the" and not owned and not capitalised and not (headlined and len(tokens) <= _HEADLINED):
        return []  # "the minister", "Iran's Foreign Ministry spokesman", a headline's "Russian Envoy"
    words = low[1:] if low[0] == "the" else low
    words = [next((w[:-2] for p in POSSESSIVE if w.endswith(p)), w) for w in words]
    if head:  # "Minister of State for Foreign Affairs": what the title is of are its modifiers
        k = head - (len(low) - len(words))
        words = [*words[: k - 1], *(w for w in words[k:] if w not in _JOINS), words[k - 1]]
    return words
