"""The roles an article gives the people it names, wherever it names them, in a claim or not: a title
before the name ("Japanese Foreign Minister Fumio Kishida met Lavrov", "Spokesman Zhao Lijian made the
remarks") or a phrase in apposition after it ("Fumio Kishida, Japan's foreign minister, arrived").

`complete_roles` gives the persons an article credits without a role the first role it gives them, and
a surname still known alone ("Zhao said") the full name written surname first after a title ("Spokesman
Zhao Lijian"). `role_at` reads the words around one mention of a name; the role is whatever `classify`
makes of the title phrase, so only a phrase it takes for a title gives one. `named_with` finds the people
a stretch of text names with a title word ("the minister" looks back for "... Minister Sergei Lavrov").
"""

from __future__ import annotations

import bisect
import functools
import re
from itertools import pairwise

from claimtrack.parse.cast import Cast, capitalised_places, in_heading, lower_words
from claimtrack.parse.mention import Mention
from claimtrack.parse.speaker_names import NAME_SUFFIXES, role_only
from claimtrack.parse.speaker_words import CONNECTORS, PARTISANS, POSSESSIVE
from claimtrack.parse.speakers import classify
from claimtrack.parse.tokens import Token, is_capitalised, tokenize
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules
from claimtrack.rules.dates import WEEKDAYS

_NAME_PARTICLES = frozenset(CONNECTORS - {"of", "the", "for", "and", "&"})  # "de", "van", "bin"
_BACK = 160  # characters read before a name for its title
_AFTER = 160  # characters read after a name for a phrase in apposition
_MAX_TITLE = 12  # words of a title before a name, or of a phrase in apposition after it
_MAX_NAMED = 12  # title words read for the persons they introduce, nearest first
_GIVEN_AFTER = re.compile(r" ([A-Z][a-z]+)(?![\w'’-])")  # the "Lijian" of "Zhao Lijian"
_OWNERS = frozenset({"his", "her", "their", "its"})  # whose a role is, said elsewhere: "his wife"
_STOPS = (".", ",", ";", ":", "!", "?", ")", "”", '"', "’", "'", "—", "–")  # marks no title ends with
_COMPLEMENTS = frozenset({"of", "at", "for", "to", "in", "from", "on", "with", "through", "by", "via"})
_JOINING = frozenset({"of", "to", "for", "and", "on", "at"})  # words joining a title to what follows
_PREVIOUS_NAME_WORD = re.compile(r"(?<![\w'’.-])([A-Z][a-z'’-]+) $")  # "Abdul " before "Rehman Malik"
_SUFFIXES = frozenset(w.capitalize() for w in NAME_SUFFIXES)  # "Jr" after "Donald Trump": another person
_STYLES = frozenset({"don", "doña", "dom", "dona"})  # a Spanish or Portuguese style: "King Don Juan Carlos"
_WORD_REACH = 30  # characters before a name read for one more word of it
# a capitalised word right after a name, which may be the rest of it ("Yaakob", "Pei-chun")
_NEXT_NAME_WORD = re.compile(r" ([A-Z][a-z]+(?:-[a-z]+)?)(?![\w'’.-])")
_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")  # the "Kenji" of "Kenji Tanabe"
Span = tuple[int, int]


def complete_roles(cast: Cast, text: str, rules: Rules) -> None:
    """Give each person `cast` holds without a role the first role `text` gives them, and each surname
    it knows only alone the full name a title introduces it with, surname first ("Spokesman Zhao
    Lijian", "Chinese President Xi Jinping"). One pass over the text finds where the names stand."""
    alone = set(cast.alone())
    have = {cast.canonical(name) for name in cast.roles}
    roleless: dict[str, list[str]] = {}  # last word -> the full names ending in it that have no role
    for name in dict.fromkeys(cast.canonical(n) for n in cast.people):
        words = name.split()
        if name in have or name in alone or not _named(name, rules):
            continue
        roleless.setdefault(words[-1], []).append(name)
    short: dict[str, list[str]] = {}  # last word -> the names of two words ending in it ("Ismail Sabri")
    for name in dict.fromkeys(cast.canonical(n) for n in cast.people):
        if len(name.split()) == 2 and _named(name, rules):
            short.setdefault(name.split()[1], []).append(name)
    if not alone and not roleless and not short:
        return
    places = capitalised_places(text, alone | set(roleless) | set(short))
    for word, starts in places.items():
        for name in short.get(word, []):
            _longer_name(cast, text, name, starts, rules)
        if word in alone:
            _surname_alone(cast, text, word, starts, rules)
        for name in roleless.get(word, []):
            for at in starts:
                begin = at - len(name) + len(word)
                if text[begin : at + len(word)] != name or (begin > 0 and text[begin - 1].isalnum()):
                    continue
                found = role_at(text, begin, at + len(word), rules)
                if found is not None:
                    cast.roles[name] = found
                    break


def _longer_name(cast: Cast, text: str, name: str, starts: list[int], rules: Rules) -> None:
    """ "Ismail Sabri said" after "Senior Minister Ismail Sabri Yaakob has lodged a report": a name of
    two words the article gives in full, one word longer, with a title or a role in apposition (Malay,
    Arabic and Hong Kong names go by their first two words: "James Tien" of "James Tien Pei-chun")."""
    word = name.split()[1]
    for at in starts:
        begin = at - len(name) + len(word)
        if text[begin : at + len(word)] != name or (begin > 0 and text[begin - 1].isalnum()):
            continue
        for lo, hi in _one_word_longer(text, begin, at + len(word), rules):
            given = text[lo:begin].strip()
            # "Te Hale said" after "Tom Te Hale (...) became": a surname with its particle, a given name
            # before it (a word the text never writes in lower case, no day), no title needed
            particle = lo < begin and name.split(maxsplit=1)[0] in _SURNAME_PARTICLES
            low = given.lower()
            plain = low in rules.time_adjuncts or low in rules.leading_words or given in rules.months_and_days
            if particle and not plain and low not in lower_words(text):
                cast.longer[name] = text[lo:hi]
                return
            found = titled_at(text, lo, hi, rules)
            if found is not None and found.name == text[lo:hi]:
                cast.longer[name] = found.name
                if found.role:
                    cast.roles.setdefault(found.name, found.role)
                return


# Particles opening a surname of two words, capitalised, as Maori, Dutch, Arabic, Spanish and Italian names
# write them ("Tom Te Hale", "Jan Van Roe", "Ali Al Hale", "Ana De Roe"): the two words are the surname,
# never a given name and a surname, so the name one word longer before them is the person's full name.
_SURNAME_PARTICLES = frozenset(
    {"Te", "Van", "Von", "De", "Da", "Di", "Du", "Del", "Della", "Al", "El", "Le", "La", "Ter"}
)


def _one_word_longer(text: str, begin: int, end: int, rules: Rules) -> list[Span]:
    """The name at `text[begin:end]` with one capitalised word more after it ("Ismail Sabri Yaakob"; not
    "Ismail Sabri Monday", and "Donald Trump Jr" is another person) or before it ("Chairman Abdul Rehman
    Malik" for "Rehman Malik")."""
    spans: list[Span] = []
    more = _NEXT_NAME_WORD.match(text, end)
    if more is not None and more.group(1) not in rules.months_and_days | _SUFFIXES:
        spans.append((begin, more.end()))
    before = _PREVIOUS_NAME_WORD.search(text, max(0, begin - _WORD_REACH), begin)
    word = before.group(1).lower() if before is not None else ""
    # not a title, a style, a plural title ("Senators") or an owner ("Democracy Corps’ Stan Greenberg")
    kept = not {word, word.removesuffix("s")} & (rules.titles | rules.honorifics | _STYLES)
    if before is not None and kept and not word.endswith(("'", "’")):
        spans.append((before.start(1), end))
    return spans


def _surname_alone(cast: Cast, text: str, surname: str, starts: list[int], rules: Rules) -> None:
    """ "Zhao said" after "Spokesman Zhao Lijian", "Tanabe said" after "Kenji Tanabe, Japan's foreign
    minister,": a capitalised word beside the surname is a given name when a title or an apposition goes
    with the two (a sentence's first word alone is none, as `Cast.complete` holds); else the role a title
    gives the surname alone ("Foreign Minister Tanabe")."""
    lower = lower_words(text)
    for at in starts:
        for begin, end in _with_given(text, at, surname, lower, rules):
            found = role_at(text, begin, end, rules)
            if found is not None:
                full = text[begin:end]
                cast.full_names[surname] = full
                cast.roles.setdefault(full, found)
                return
    for at in starts:
        found = role_at(text, at, at + len(surname), rules)
        if found is not None:
            cast.roles.setdefault(surname, found)
            return


def _with_given(text: str, at: int, surname: str, lower: frozenset[str], rules: Rules) -> list[Span]:
    """The spans of the surname at `at` with a capitalised word after it ("Zhao Lijian") or before it
    ("Kenji Tanabe") that the article never writes in lower case and that names no day or month."""
    out = []
    after = _GIVEN_AFTER.match(text, at + len(surname))
    if after is not None:
        out.append((at, after.end(), after.group(1)))
    before = _GIVEN_BEFORE.search(text, max(0, at - 30), at)
    if before is not None:
        out.append((before.start(), at + len(surname), before.group(1)))
    return [
        (s, e) for s, e, given in out if given.lower() not in lower and given not in rules.months_and_days
    ]


def role_at(text: str, start: int, end: int, rules: Rules) -> str | None:
    """The role the words around the name at `text[start:end]` give it: a title before it ("Japanese
    Foreign Minister Fumio Kishida") or a phrase in apposition after it ("Fumio Kishida, Japan's foreign
    minister,"); None when they give none."""
    mention = titled_at(text, start, end, rules)
    return mention.role if mention is not None else None


# a body's initials in brackets closing an apposition, then its mark: " (WAB),"
_ACRONYM_AFTER = re.compile(r"[ ]\([A-Z][A-Za-z&.]{1,10}\)(?P<mark>[,.;])")


def titled_at(text: str, start: int, end: int, rules: Rules) -> Mention | None:
    """The person named at `text[start:end]` with the role the words around give it, or None."""
    before = [w.lstrip("“‘\"'(") for w in text[max(0, start - 40) : start].rsplit(None, 1)[-1:]]
    titled = bool(before) and _in_title(before[0], rules) and not _ends_clause(before[0], rules)
    if text[end : end + 1] != "," and not titled:
        return None  # "that Trump said", "... in Iowa. Trump said": no title before, no apposition after
    lo = max(0, start - _BACK)
    words = tokenize(text, lo, min(len(text), end + _AFTER))
    if lo > 0 and words:
        words = words[1:]  # the first word may be cut
    starts = [w.start for w in words]
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end) - 1
    if first >= len(words) or words[first].start != start or last < first:
        return None
    w = words[last]
    if w.end == end + 2 and w.text.endswith(POSSESSIVE):  # "President Obama's plan"
        words[last] = Token(w.start, end, w.text[:-2], "")
    elif w.end != end:
        return None
    nxt = words[last + 1] if last + 1 < len(words) else None
    going_on = nxt is not None and not w.after and _joined(text, w, nxt) and nxt.text[:1].isupper()
    if going_on and nxt is not None and nxt.text not in rules.months_and_days:
        return None  # "Prince Alwaleed Bin Talal": the name goes on
    name = text[start:end]
    if in_heading(text, start):
        return None  # "Trump Finally Endorses House Speaker Paul Ryan": a headline in title case
    if first > 1 and words[first - 2].after[:1] == "," and words[last].after[:1] in (",", "."):
        # "The Minister of State for Industry, Sen. John Enoh,", "NAFDAC Director General, Prof. Moji
        # Adeyeye,": the role before the comma, not the abbreviated or courtesy title right before the name
        low = words[first - 1].text.lower()
        if low in rules.honorifics or (low.endswith(".") and low in rules.titles):
            trimmed = [*words[: first - 1], *words[first:]]
            found = _role_before(text, trimmed, (first - 1, last - 1), rules)
            if found is not None:
                return found
    k = _title_start(text, words, first, rules)
    if any(_titling(w.text, rules) for w in words[k:first]):
        for s in range(k, first):  # the longest phrase first: "Russian Ambassador to Washington X"
            low = words[s].text.lower().replace("’", "'").removesuffix("'s")
            if (
                low in _JOINING
                or low in rules.leading_words
                or low in rules.pronouns
                or low in rules.auxiliaries
            ):
                continue  # "For Democratic front-runner X, ...", "He's Donald Trump": the title starts after
            found = classify(text, words[s : last + 1], rules)
            if found is not None and found.kind == "person" and found.name == name:
                # the longest reading names the role: "New Jersey's Chris Christie" gives none, and
                # "Jersey's Chris Christie" is not read next
                return found if _gives_role(found, name, rules) else None
    if first > 0 and words[first - 1].after[:1] == "," and words[last].after[:1] in (",", "."):
        found = _role_before(text, words, (first, last), rules)  # "The head of the Centre, Dmitry Orlov,"
        if found is not None:
            return found
    if words[last].after[:1] == ",":  # "Fumio Kishida, Japan's foreign minister,"
        stop = next(
            (
                j
                for j in range(last + 1, min(len(words), last + 1 + _MAX_TITLE))
                if words[j].after or _ACRONYM_AFTER.match(text, words[j].end)
            ),
            None,
        )
        verbal = stop is not None and any(
            w.text.lower() in rules.auxiliaries for w in words[last + 1 : stop + 1]
        )
        if stop is not None and _apposition_mark(text, words[stop]) in (",", ".", ";") and not verbal:
            found = classify(text, words[first : stop + 1], rules)
            if found is not None and _headed(found.role or "", rules) and _gives_role(found, name, rules):
                return found
    return None


def _apposition_mark(text: str, word: Token) -> str:
    """The mark closing an apposition at `word`: its own ("Japan's foreign minister,"), or the one after
    the initials in brackets that close it ("chief executive of the Westmere Arts Board (WAB),")."""
    acronym = _ACRONYM_AFTER.match(text, word.end)
    return acronym.group("mark") if acronym is not None else word.after[:1]


def portfolio_run(words: list[Token], rules: Rules) -> int:
    """How many of `words` open them as a run of listed portfolios: "Fisheries and Rural Affairs",
    "Energy and Rural Affairs said"; a word before a portfolio ("Rural") counts with it."""
    portfolios, modifiers = rules.portfolios, rules.portfolio_modifiers
    k = 0
    while k < len(words) and (
        words[k].text.lower() in portfolios
        or words[k].text == "and"
        or (
            words[k].text.lower() in modifiers
            and k + 1 < len(words)
            and words[k + 1].text.lower() in portfolios
        )
    ):
        k += 1
    return k


def portfolio_list(words: list[Token], rules: Rules) -> bool:
    """Whether `words` are listed portfolios and nothing else, with an "and" ("Energy and Rural Affairs"):
    the end of a body's name cut at a comma ("the Department for Transport, Energy and Rural Affairs")."""
    return (
        bool(words)
        and portfolio_run(words, rules) == len(words)
        and words[-1].text != "and"
        and any(w.text == "and" for w in words)
    )


def listed_title(text: str, start: int, end: int, rules: Rules) -> Mention | None:
    """The person named at `text[start:end]` after a title that lists its portfolios with commas
    ("Minister of Higher Education, Science and Technology Blade Nzimande"), or None."""
    words = tokenize(text, max(0, start - _BACK), end)
    first = next((i for i, w in enumerate(words) if w.start == start), None)
    if first is None or first < 2:
        return None
    k = _title_start(text, words, first, rules)
    listed = any(w.after == "," for w in words[k:first])
    if not listed or not any(_titling(w.text, rules) for w in words[k:first]):
        return None
    return Mention(
        text[start:end], "person", text[words[k].start : words[first - 1].end], (words[k].start, end)
    )


def _role_before(text: str, words: list[Token], name: tuple[int, int], rules: Rules) -> Mention | None:
    """The person `words[first:last + 1]` names with a role in apposition before it ("The head of the
    Department of Oriental Studies at MGIMO, Dmitry Streltsov, told TASS"), read back to the mark or
    the verb before the role, the longest reading first."""
    first, last = name
    k = first - 1
    while (
        k > 0
        and first - k < 2 * _MAX_TITLE
        and not words[k - 1].after
        and _joined(text, words[k - 1], words[k])
    ):
        if _verbal(words[k - 1].text, rules) or words[k - 1].text.lower() in _OWNERS:
            break  # "he summoned his senior climate adviser, X,": the role is "senior climate adviser"
        k -= 1
    full = text[words[first].start : words[last].end]
    for s in range(k, first - 1):
        low = words[s].text.lower()
        if low in _JOINING or low in rules.quantities:
            continue  # "One candidate, X,": a count, not a role
        found = classify(text, words[s : last + 1], rules)
        if found is not None and found.kind == "person" and found.name == full:
            headed = _headed(found.role or "", rules)
            if not headed and (
                low in _COMPLEMENTS or low in ("the", "a", "an") or is_capitalised(words[s].text)
            ):
                # "attributed by the Washington Times to the UAE ambassador to the United States, X,": a
                # name or a phrase of the clause before the role; "the wife of the envoy, X," is no envoy
                continue
            return found if headed and _gives_role(found, full, rules) else None
    return None


def _verbal(word: str, rules: Rules) -> bool:
    """A word of a clause rather than of a role: a cue, an auxiliary, a pronoun, a past form, a word
    opening a clause ("that", "when") or telling a time ("the year", "by the time")."""
    low = word.lower()
    past = low.endswith("ed") and not is_capitalised(word)  # "United", "Reed" are no past forms
    clausal = low in rules.cues or low in rules.auxiliaries or low in rules.pronouns or past
    return clausal or low in rules.leading_words or low in rules.time_adjuncts or low == "time"


def _ends_clause(word: str, rules: Rules) -> bool:
    """A word ending with a mark no title ends with ("Iowa.", "said,"); "Sen.", "U.S." and "J." end
    with their period."""
    if not word.endswith(_STOPS):
        return False
    if not word.endswith("."):
        return True
    return not (
        word.lower() in rules.titles or word.lower() in rules.honorifics or "." in word[:-1] or len(word) == 2
    )


def _title_start(text: str, words: list[Token], first: int, rules: Rules) -> int:
    """Where a title before the name at `words[first]` starts: back over the words a title holds, to
    punctuation, a gap that is no space ("N.H. - State Rep."), or a joining word ("of", "and") not
    after a title ("support of former Sen. X" holds no title "of former Sen.")."""
    k = first
    while k > 0 and first - k < _MAX_TITLE:
        w = words[k - 1]
        listed = w.after == "," and _portfolio(w.text, rules) and _portfolio(words[k].text, rules)
        if (w.after and not listed) or not _in_title(w.text, rules):
            break  # "Minister of Higher Education, Science and Technology X": portfolios listed go on
        if not listed and not _joined(text, w, words[k]):
            break
        if w.text in _JOINING and not (k > 1 and _titled_before(words[k - 2].text, w.text, rules)):
            break
        k -= 1
    return k


def _portfolio(word: str, rules: Rules) -> bool:
    """A portfolio's word in a title, capitalised: "Education", "Science"."""
    return is_capitalised(word) and word.lower() in rules.portfolios


def _joined(text: str, a: Token, b: Token) -> bool:
    """Two words with nothing but a space between them (a non-breaking one too: "James\u00a0Comey")."""
    return text[a.end : b.start] in (" ", "\u00a0")


def _named_word(word: str, rules: Rules) -> bool:
    """A capitalised word of a name, no title's: "Narendra" (not "Minister", "Foreign")."""
    return is_capitalised(word) and not _titling(word, rules) and word.lower() not in rules.role_words


def _initials_between(text: str, a: Token, b: Token) -> bool:
    """Two words of a title and a name with the title's initials in brackets between them: "Chief Justice
    of Pakistan (CJP) Mian Saqib Nisar" ("Pakistan" and "CJP", or "CJP" and "Mian")."""
    opening = text[a.end : b.start] == " (" and b.text.isupper() and text[b.end : b.end + 2] == ") "
    return opening or (
        text[a.end : b.start] == ") " and a.text.isupper() and text[a.start - 1 : a.start] == "("
    )


def _titled_before(word: str, joining: str, rules: Rules) -> bool:
    """A word a title's complement ("of Foreign Affairs", "to Washington": a title, a portfolio, a
    body) or a second title ("Deputy Prime Minister and Government press-secretary": a title, but not
    a surname: "Larry King and Sen. X") may follow."""
    low = word.lower()
    if joining == "and":  # "Minister of Migration and Asylum X": a portfolio before "and" goes on too
        titling = _titling(word, rules) or low in rules.portfolios
        return titling and not low.endswith(POSSESSIVE) and low not in rules.title_surnames
    return _titling(word, rules) or low in rules.portfolios or low in rules.organisations


def _named(name: str, rules: Rules) -> bool:
    """A person's name, not a role standing for one ("the minister", "Russian Envoy")."""
    words = tokenize(name, 0, len(name))
    return bool(words) and all(is_capitalised(w.text) for w in words) and not role_only(words, rules)


def _particle(words: list[Token], k: int) -> bool:
    """A name's particle between two capitalised words: "Mayor Bill de Blasio", "Ursula von der Leyen"."""
    if words[k].text not in _NAME_PARTICLES or not is_capitalised(words[k - 1].text):
        return False
    n = k + 1
    while n < len(words) and words[n].text in _NAME_PARTICLES and n - k < 2:
        n += 1  # "von der", "de la"
    return n < len(words) and is_capitalised(words[n].text) and not words[k].after


def _in_title(word: str, rules: Rules) -> bool:
    """A word a title before a name may hold: "Russian Deputy Foreign Minister", "Ambassador to the US",
    "Government press-secretary", "the ministry's spokesman", "vice-presidential nominee"."""
    low = word.lower()
    return (
        is_capitalised(word)
        or _titling(word, rules)
        or low in rules.role_words
        or low in rules.portfolios
        or low.endswith(POSSESSIVE)
        or ("-" in low and all(p in rules.role_words or p in rules.titles for p in low.split("-")))
    )  # not a body's word in lower case: "unilateral action President Barack Obama"


def _titling(word: str, rules: Rules) -> bool:
    """A word that makes a phrase a title: "minister", "press-secretary", "Democrat", "NBC's"."""
    low = word.lower()
    return (
        low in rules.titles
        or low.rsplit("-", 1)[-1] in rules.titles
        or low in rules.publications
        or low in PARTISANS
        or low.endswith(POSSESSIVE)
    )


def _headed(role: str, rules: Rules) -> bool:
    """A role in apposition headed by a title: "Japan's foreign minister", "head of the Centre for Asian
    Studies", "professor of law at Yale"; not a clause ("Oz's show proved to be a safe space")."""
    words = role.split()
    cut = next((k for k, w in enumerate(words) if w in _COMPLEMENTS), len(words))
    return cut > 0 and _titling(words[cut - 1], rules) and not words[cut - 1].endswith(POSSESSIVE)


def _gives_role(found: Mention | None, name: str, rules: Rules) -> bool:
    """Whether `found` is the person `name` with a role that ends as a role does (not "official and")."""
    words = (found.role or "").split() if found is not None else []
    if not words or words[-1].lower() in _JOINING or words[-1].lower() in ("the", "a", "an"):
        return False
    if not any(_titling(w, rules) for w in words):
        return False  # "staff Cheryl Mills" (of "her chief of staff Cheryl Mills"): no title, no role
    return (
        found is not None
        and found.kind == "person"
        and not found.pronoun
        and bool(found.role)
        and found.name == name
    )


def named_with(
    text: str, lo: int, hi: int, wanted: tuple[str, ...], rules: Rules, *, nearest_end: bool
) -> list[tuple[int, Mention]]:
    """The persons `text[lo:hi]` names with a title holding one of `wanted` ("minister"), as (offset,
    mention), the nearest to `hi` first when `nearest_end` (a role noun looking back), else to `lo` (a
    headline looking forward); at most `_MAX_NAMED` titles are read."""
    hits = list(_finder(wanted).finditer(text, lo, hi))
    if nearest_end:
        hits.reverse()
    out = []
    for m in hits[:_MAX_NAMED]:
        found = named_near(text, m.start(), m.end(), rules)
        if found is not None:
            out.append((m.start(), found))
    return out


def named_near(text: str, at: int, end: int, rules: Rules) -> Mention | None:
    """The person a title word at `text[at:end]` introduces: named after it ("Foreign Minister Sergei
    Lavrov", "the minister Sergei Lavrov") or before it, in apposition ("Anna Petrova, the ministry's
    spokeswoman,"); with the role the words give, or None."""
    lo = max(0, at - _BACK)
    words = tokenize(text, lo, min(len(text), end + _AFTER))
    if lo > 0 and words:
        words = words[1:]  # the first word may be cut
    starts = [w.start for w in words]
    i = bisect.bisect_right(starts, end - 1) - 1  # the title's last word: "Minister" of "Prime Minister"
    if i < 0 or words[i].end < end or bisect.bisect_right(starts, at) - 1 < 0:
        return None
    j = i  # forward over the rest of the title and the name: "Minister of Foreign Affairs Sergei Lavrov"
    while (
        j + 1 < len(words)
        and j - i < _MAX_TITLE
        and not words[j].after
        and (_joined(text, words[j], words[j + 1]) or _initials_between(text, words[j], words[j + 1]))
    ):
        if words[j + 1].text.lower() in WEEKDAYS:
            break  # "Finance Minister X Tuesday said": the day is no part of the name
        if words[j + 1].text == "and" and any(_named_word(w.text, rules) for w in words[i + 1 : j + 1]):
            break  # "Prime Minister Narendra Modi and Union Home Minister Amit Shah": a second person
        if not _in_title(words[j + 1].text, rules) and not _particle(words, j + 1):
            break
        j += 1
    while j > i and not is_capitalised(words[j].text):
        j -= 1  # "Mayor Jane Roe on Sunday": a title's word ("on") after the name is no part of it
    r = j  # the capitalised words the walk ends with: the name is among them
    if j > i and words[j].text.endswith(POSSESSIVE):
        r -= 1  # "President Buhari’s message": the name ends the walk, with its possessive
    while (
        r > i
        and (is_capitalised(words[r].text) or _particle(words, r))
        and not _titling(words[r].text, rules)
    ):
        r -= 1
    for s in range(r + 1, j + 1):  # the longest name first
        e = words[j].end - (2 if words[j].text.endswith(POSSESSIVE) else 0)
        found = titled_at(text, words[s].start, e, rules)
        if found is not None:
            return found
    if any(_initials_between(text, a, b) for a, b in pairwise(words[i : j + 1])):
        # "Chief Justice of Pakistan (CJP) Mian Saqib Nisar": the phrase read whole, past the initials
        found = classify(text, words[_title_start(text, words, i, rules) : j + 1], rules)
        if found is not None and found.kind == "person" and found.role:
            return found
    if words[j].after == "," and (after := _named_after_comma(text, words, i, j, rules)) is not None:
        return after  # "Norvale Commissioner for Ports, Jane Roe is ..."
    k = _title_start(text, words, i, rules)  # "Anna Petrova, the ministry's spokeswoman"
    if k > 0 and words[k - 1].after[:1] == "," and is_capitalised(words[k - 1].text):
        n = k - 1
        while n > 0 and k - n < 4 and not words[n - 1].after and is_capitalised(words[n - 1].text):
            n -= 1
        for s in range(n, k - 1):  # a given name and a surname: "Therefore, the nominee" names no one
            found = titled_at(text, words[s].start, words[k - 1].end, rules)
            if found is not None:
                return found
    return None


def _named_after_comma(text: str, words: list[Token], i: int, j: int, rules: Rules) -> Mention | None:
    """The person a title ending at `words[j]` (its head word at `i`) names after its comma, two or
    three capitalised words with no comma closing them: "Norvale Commissioner for Ports, Jane
    Roe is criticising the plan" (the title opens its phrase)."""
    k = _title_start(text, words, i, rules)
    if k > 0 and not words[k - 1].after and "\n" not in text[words[k - 1].end : words[k].start]:
        return None  # the title opens the phrase: not "he met the Deputy Minister, Tom Hale,"
    for n in (3, 2):
        name = words[j + 1 : j + 1 + n]
        if len(name) < n or any(w.after for w in name) or not all(is_capitalised(w.text) for w in name):
            continue
        found = classify(text, name, rules)
        if found is not None and found.kind == "person" and not found.role and not found.pronoun:
            span = (words[k].start, name[-1].end)
            return Mention(found.name, "person", text[words[k].start : words[j].end], span)
    return None


@functools.lru_cache(maxsize=64)
def _finder(wanted: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern finding any of the title words `wanted`, as whole words, in any case."""
    return re.compile(rf"(?<!\w){alternation(wanted)}(?![\w-])", re.IGNORECASE)
