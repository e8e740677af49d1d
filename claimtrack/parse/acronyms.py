"""Acronyms of bodies the article spells out: "The IEC said C" after "The Independent Electoral
Commission (IEC)" is that commission; "INEC" after "The Independent National Electoral Commission" is too.
`spelt_out` reads the text once and maps each run of capitalised words to its initials. `described_body`:
a party's name past the words describing it ("the ruling Bharatiya Janata Party"). `country_bodies`: a
body named with its country after "of", for the name without it ("the Harbour Commission" after "the
Harbour Commission of Norway")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from claimtrack.parse.speaker_words import POSSESSIVE
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules

_WORD = re.compile(r"[A-Za-z][\w'’-]*")  # a word, where it starts
_ACRONYM = re.compile(r"[A-Z]{3,8}")  # "IEC", "INEC", "IPCC": all capitals (not "PiS", "AfD")
_MAX_RUN = 10  # words of one name: a longer run of capitals is a headline


_PREFIX = r"(?:[^\WA-Za-z]|['’-])"  # what may come before a word's first letter: "3Com", "'Independent"


@functools.lru_cache(maxsize=16)
def _stretch(rules: Rules) -> re.Pattern[str]:
    """Where a run of names' words of three or more may be: a word whose first letter is a capital, then
    two or more words one space apart, each capitalised or a link. Every run `spelt_out` records lies
    inside one such stretch, and the word before a stretch or after it ends any run, so the stretches
    can be read alone. The first character is matched against a plain set, then the look-behinds keep
    to the start of a word (one attempt per word); the quantifiers are possessive."""
    links = alternation(rules.acronym_links)
    first = rf"[A-Z0-9_'’\-\x80-\U0010ffff](?<![\w'’-].)(?:(?<=[A-Z])|(?<={_PREFIX}){_PREFIX}*+[A-Z])"
    return re.compile(rf"{first}[\w'’-]*+(?: (?:[A-Z][\w'’-]*+|{links}(?![\w'’-]))){{2,}}")


def spelt_out(text: str, rules: Rules) -> dict[str, str]:
    """Initials -> the name they stand for, the first written: every tail of every run of capitalised
    words ("United Nation's Intergovernmental Panel on Climate Change" gives "IPCC" too); linking words
    in lower case stand inside a name and give no letter ("Panel on Climate Change")."""
    found: dict[str, str] = {}
    for m in _stretch(rules).finditer(text):
        _read_stretch(text, m.start(), m.end(), found, rules)
    return found


def _read_stretch(text: str, start: int, stop: int, found: dict[str, str], rules: Rules) -> None:
    """The runs of capitalised words in `text[start:stop]`, recorded in `found`."""
    run: list[str] = []
    end = -1
    for m in _WORD.finditer(text, start, stop):
        word = m.group()
        gap = m.start() - end  # one space at most between two words of a name
        joined = end >= 0 and (gap == 0 or (gap == 1 and text[end] == " "))
        if not joined:
            _close(run, found, rules)
            run = []
        if (word[0].isupper() and not _ACRONYM.fullmatch(word)) or (run and word in rules.acronym_links):
            run.append(word)
            run = run[-_MAX_RUN:]
            end = m.end()
        else:
            _close(run, found, rules)
            run, end = [], -1
    _close(run, found, rules)


def _close(run: list[str], found: dict[str, str], rules: Rules) -> None:
    """Record the initials of each tail of `run` that opens with a capitalised word other than a link."""
    if len(run) < 3:
        return  # (most runs: no initials of three letters in them)
    while run and run[-1] in rules.acronym_links:
        run = run[:-1]
    for i, first in enumerate(run):
        if first.lower() in rules.acronym_links or first.endswith(("'s", "’s")):
            continue
        words = [w for w in run[i:] if w not in rules.acronym_links]
        if len(words) >= 3 and all(w[0].isupper() for w in words):
            # "the Indian Space Research Organisation's first mission": the name without its possessive
            name = _without_possessive(" ".join(run[i:]))
            found.setdefault("".join(w[0] for w in words), name)


def _without_possessive(name: str) -> str:
    """A body's name without a possessive closing it: "Norvex Space Agency's" -> "Norvex Space Agency"."""
    return name[:-2] if name.endswith(POSSESSIVE) else name


def prefixed(letters: str, names: Iterable[str], rules: Rules) -> str | None:
    """The first of `names` an acronym spells with the first letter or two of each word ("KEBS": the
    Kenya Bureau of Standards; links in lower case give none), when no name has it as its initials."""
    for name in names:
        tokens = name.split()
        for k in range(len(tokens), 1, -1):  # the name, or one it opens: "Kenya Bureau of Standards on"
            if tokens[k - 1] in rules.acronym_links:
                continue
            words = [w.upper() for w in tokens[:k] if w not in rules.acronym_links]
            if len(words) > 1 and _spells(letters, words):
                # "and" and one word closing the name are the name's too: "CDC" is the "Centers for Disease
                # Control and Prevention" the article prints
                whole = len(tokens) == k + 2 and tokens[k] == "and"
                return " ".join(tokens if whole else tokens[:k])
    return None


def _spells(letters: str, words: list[str]) -> bool:
    """Whether `letters` are, in order, one or two leading letters of every word of `words`."""
    if not words or not len(words) <= len(letters) <= 2 * len(words):
        return not words and not letters  # (each word gives one letter or two: at most 2**8 paths)
    head = words[0]
    return any(
        letters[:n] == head[:n] and _spells(letters[n:], words[1:]) for n in (1, 2) if len(letters) >= n
    )


_OR_ALIAS = re.compile(r"(?:, or |[ ]\(or )(?P<alias>[A-Z][\w'’-]*+)[,)]")  # ", or Rengo," / " (or Rengo)"
# "The Korea Exchange (KRX)": not its initials; "the Independent Police Investigative Directorate (Ipid)":
# its initials written as a word, as South African and British copy does
_BRACKETED = re.compile(r"[ ]\((?P<alias>[A-Z][A-Za-z]{1,7})\)")
_NAME_WORD_END = re.compile(r"[\w'’-]*$")  # the word a piece ends with, past any mark before it
_MIN_ALIAS = 3  # letters of an alias that may skip some of the name's initials ("Nice")
_ALIAS_REACH = 160  # characters before ", or NAME," read for the body's name


def aliases(text: str, rules: Rules) -> dict[str, str]:
    """One-word names -> the body's name they stand for, as the article introduces them: "Rengo" after
    "The Japanese Trade Union Confederation, or Rengo,". Only a name of capitalised words and links
    (at most `_MAX_RUN` words, read back from the comma: linear in the text) ending in a body's noun
    (`Rules.organisations`) has one; so has an acronym in brackets that is no name's initials ("The
    Korea Exchange (KRX)") when it starts with the name's first letter, and the initials written as a
    word ("the Independent Police Investigative Directorate (Ipid)"), some perhaps left out ("(Nice)")."""
    found: dict[str, str] = {}
    if ", or " in text or "(or " in text:  # (most texts: no scan)
        for m in _OR_ALIAS.finditer(text):
            words = _name_before(text, m.start(), rules)
            if len(words) > 1 and words[-1].lower() in rules.organisations:
                found.setdefault(m.group("alias"), " ".join(words))
    for m in _BRACKETED.finditer(text):
        # "The Korea Exchange (KRX)": an acronym in brackets after a name whose first letter it shares
        words, alias = _name_before(text, m.start(), rules), m.group("alias")
        initials = "".join(w[0] for w in words if w not in rules.acronym_links)
        # (without a possessive closing the name: "Westmere's Space Exploration Agency's (WSXA) rocket")
        name = _without_possessive(" ".join(words))
        if alias.isupper() and len(words) > 1 and words[0][0] == alias[0] and initials != alias:
            found.setdefault(alias, name)  # (initials in capitals: `spelt_out`)
        elif not alias.isupper() and len(words) > 2 and _initials_within(alias.upper(), initials.upper()):
            found.setdefault(alias, name)
    return found


def _initials_within(alias: str, initials: str) -> bool:
    """Whether an alias written as a word is the name's initials, or some of them in order from the first:
    "Ipid" for "Independent Police Investigative Directorate", "Nice" for "National Institute for Health
    and Care Excellence" (its letters N, I, C, E of N, I, H, C, E)."""
    if len(alias) < _MIN_ALIAS or alias[:1] != initials[:1]:
        return alias == initials
    rest = iter(initials)
    return all(letter in rest for letter in alias)


def _name_before(text: str, end: int, rules: Rules) -> list[str]:
    """The words of the name of capitalised words and links ending at `end` (at most `_MAX_RUN`, read
    back from there: linear in the text), without its "the"."""
    words: list[str] = []
    for piece in reversed(text[max(0, end - _ALIAS_REACH) : end].split(" ")):
        # a name starts its line at the latest, and after any mark: "(Jiji Press)–The Japanese ..."
        tail = _NAME_WORD_END.search(piece)
        word = tail.group() if tail is not None else ""
        if len(words) == _MAX_RUN or not (word[:1].isupper() or word in rules.acronym_links):
            break
        words.insert(0, word)
        if word != piece:
            break
    if "the" in words:  # "Delegates of the Swiss People's Party, or SVP,": the name after its "the"
        words = words[len(words) - words[::-1].index("the") :]
    while words and words[0] in rules.acronym_links:
        words.pop(0)
    return words[1:] if words[:1] == ["The"] else words


_OF_COUNTRY = re.compile(r" of (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})")  # " of India", " of the Gambia"
_MAX_BODY_WORDS = 5  # capitalised words of a body's name before " of" and its country


def country_bodies(text: str, rules: Rules) -> dict[str, str]:
    """A body's name without its country -> the name with it, the first written, for the bodies the
    text names with "of" and a country after them ("Harbour Commission" -> "Harbour Commission of
    Norway"; not "the Ministry of Defence of Norway" cut to "Ministry", a name of one word). One pass
    over the places " of" stands before a capitalised word."""
    out: dict[str, str] = {}
    for m in _OF_COUNTRY.finditer(text):
        country = m.group(1)
        while country not in rules.countries and " " in country:
            country = country.rsplit(" ", 1)[0]  # "of India on Thursday" read up to a country's name
        if country not in rules.countries:
            continue
        words = text[max(0, m.start() - 80) : m.start()].split(" ")[-_MAX_BODY_WORDS:]
        k = len(words)
        while k > 0 and words[k - 1][:1].isupper() and words[k - 1].isalpha():
            k -= 1
        named = [w for w in words[k:] if w != "The"]
        if len(named) >= 2:
            short = " ".join(named)
            out.setdefault(short, f"{short} of {text[m.start() + 4 : m.start(1) + len(country)]}")
    return out


# "the Kenyan Ministry of Ports", "Ministry of Health": a ministry's formal name, its nationality perhaps
_FORMAL_MINISTRY = re.compile(
    r"(?:(?P<adjective>[A-Z][a-z]+)[ ])?Ministry[ ]of[ ](?:the[ ])?"
    r"(?P<field>[A-Z][a-z]+(?:[ ](?:and[ ])?[A-Z][a-z]+){0,2})"
)
# "Kenya's ports ministry", "the health ministry", "the Justice Ministry": a ministry named by its field
_PLAIN_MINISTRY = re.compile(
    r"(?:[Tt]he[ ])?"
    r"(?:(?P<country>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?:'s|’s)[ ]|(?P<adjective>[A-Z][a-z]+)[ ])?"
    r"(?P<field>[A-Za-z]+)[ ][Mm]inistry"
)


def formal_ministries(text: str, rules: Rules) -> dict[str, tuple[str | None, str]]:
    """A ministry's field in lower case -> (the country its nationality names, its formal name), the first
    written, for the ministries the text names formally ("the Kenyan Ministry of Ports": "ports" ->
    ("kenya", "Kenyan Ministry of Ports")). One pass over the places "Ministry of" stands."""
    out: dict[str, tuple[str | None, str]] = {}
    for m in _FORMAL_MINISTRY.finditer(text):
        adjective = m.group("adjective")
        country = rules.nationalities.get(adjective.lower()) if adjective else None
        name = m.group() if country is not None else m.group()[m.group().index("Ministry") :]
        out.setdefault(m.group("field").lower(), (country, name))
    return out


def formal_ministry(name: str, formal: dict[str, tuple[str | None, str]], rules: Rules) -> str | None:
    """The formal name (`formal_ministries`) of a ministry named by its field ("Kenya's ports ministry",
    "the health ministry"), when that name gives its country and the countries the two name agree; else
    None."""
    m = _PLAIN_MINISTRY.fullmatch(name)
    if m is None or (found := formal.get(m.group("field").lower())) is None:
        return None
    country, full = found
    named = m.group("country") or (
        m.group("adjective") and rules.nationalities.get(m.group("adjective").lower())
    )
    if country is None or (named and named.lower() != country):
        # "Norway's health ministry" is not "the Kenyan Ministry of Health"; a formal name without its
        # country says no more than "Kenya's Defense Ministry" ("the Ministry of Defense" stands for that)
        return None
    return full


def acronym(name: str) -> str | None:
    """The acronym a speaker's name is ("The IEC", "INEC"), less "The"; None when it is none."""
    bare = name[4:] if name.startswith(("The ", "the ")) else name
    return bare if _ACRONYM.fullmatch(bare) else None


def described_body(name: str, rules: Rules) -> str | None:
    """A body's name past words describing it ("The ruling Bharatiya Janata Party", "Nigeria's ruling
    All Progressives Congress party", "the main opposition Democratic Party"): the capitalised name."""
    words = name.split()
    i = 1 if words[:1] in (["the"], ["The"]) else 0
    if i < len(words) and words[i].endswith(POSSESSIVE) and words[i][:1].isupper():
        i += 1  # "Nigeria's"
    k = i
    while k < len(words) and words[k] in rules.body_descriptors:
        k += 1
    rest = words[k:-1] if words[-1:] == ["party"] else words[k:]
    if k == i or not rest or not all(w[:1].isupper() or w in rules.acronym_links for w in rest):
        return None
    return " ".join(rest) if rest[0][:1].isupper() and not rest[-1].endswith(POSSESSIVE) else None
