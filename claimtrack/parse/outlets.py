"""The medium a claim came through, named next to its cue: "told RIA Novosti", "said on MSNBC",
"in an interview with the BBC", "wrote on Twitter", "told ABC's “This Week”".

A capitalised name counts as an outlet when `Rules.outlets` lists it or it holds one of
`Rules.outlet_words`; people and bodies addressed ("told reporters", "told lawmakers", "telling
Smith") do not. `chain` builds `via`: the claim's own outlet, then the sections' and the article's,
nearest first.
"""

from __future__ import annotations

import functools
import re

from claimtrack.model import Outlet
from claimtrack.parse.credits import edition_of, known_outlet, known_place, outlet_word
from claimtrack.parse.tokens import Token, is_capitalised, tokenize
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules

_TOLD = frozenset({"told", "tells", "tell", "telling"})
_LEADS = _TOLD | {"on", "with", "to", "in", "for"}
_SPOKEN_TO = frozenset({"speaking", "talking"})  # "Talking to The Loadwire, X said C"
# any of those words or "by", in any case: a span with none of them names no outlet (most spans, read
# without tokenizing them)
_MAY_LEAD = re.compile(rf"\b(?:{'|'.join(sorted(_LEADS | {'by'}))})\b", re.IGNORECASE)
_SHOW_MARKS = '“”"«»'
_SHOW_QUOTES = re.compile(f"[{_SHOW_MARKS}]")
_TITLE_TRAIL = ",.;:!? "  # punctuation a title in quotation marks holds at its end ("“State of the Union.”")
# ("radio" and "station": "told radio station DXHR", "told local radio station Harbour FM")
_VOUCHING_DESCRIPTORS = frozenset(
    {"state", "public", "national", "private", "business", "news", "radio", "local", "media"}
)
_STATION_NOUNS = (
    "broadcaster",
    "channel",
    "agency",
    "magazine",
    "website",
    "network",
    "television",
    "station",
    "outlet",  # "the national media outlet Harbour Times"
    "podcast",  # "told the Harbourcast podcast": a medium named before its noun
)
# nouns after a programme's name: after a station's possessive, the station is the medium ("Nine's Today
# program": Nine, the network airing it; not "Todd Starnes' podcast", a host's: `_owns_programmes`)
_PROGRAMME_NOUNS = ("program", "programme", "show", "podcast")


# words that may follow "told the paper" and open the content or a time: "told the paper that C", "told
# the paper on Tuesday", "told the newspaper the increase would be considerable"
_AFTER_THE_PAPER = frozenset(
    {"that", "on", "in", "at", "last", "this", "earlier", "the", "a", "an", "it", "he", "she", "they", "we",
     "there", "his", "her", "their", "its", "our", "i"}
)  # fmt: skip


_OWNERS = frozenset(
    {"his", "her", "its", "their", "our", "my"}
)  # before a platform posted on: "on her Tumblr"


def find_outlet(text: str, start: int, end: int, rules: Rules) -> Outlet | None:
    """The first outlet named in `text[start:end]` right after one of the leading words above."""
    if _MAY_LEAD.search(text[start:end]) is None:  # (a copy of the span: a word at its start is a word)
        return None
    words = tokenize(text, start, end)
    for i, w in enumerate(words):
        low = w.text.lower()
        credited = low == "by" and i > 0 and words[i - 1].text.lower() in rules.crediting
        if low not in _LEADS and not credited:  # "told RIA Novosti", "as quoted by TASS"
            continue
        if i > 0 and words[i - 1].text.lower() in rules.topic_nouns:
            continue  # "the ban on Instagram", "a question about X": what was talked about, not the medium
        if low == "with" and not any(w.text.lower() in rules.meeting_words for w in words[max(0, i - 3) : i]):
            continue  # "an agreement with CBS": a partner, no medium spoken with (`Rules.meeting_words`)
        titled = _quoted_title(text, w.end, rules)  # "said on “Fox News Sunday.”", past `end` or not
        if titled is not None:
            return titled
        if (paper := _the_paper(text, words, i + 1, rules)) is not None:
            return paper  # "told the paper": the outlet named last, for the caller to fill in
        same = i + 3 < len(words) and [x.text.lower() for x in words[i + 1 : i + 3]] == ["the", "same"]
        if same and words[i + 3].text.lower() in rules.same_medium:  # "Appearing on the same program, X said"
            return Outlet(
                name=text[words[i + 1].start : words[i + 3].end],
                span=(words[i + 1].start, words[i + 3].end),
            )
        owned = _own_platform(text, words, i + 1, rules)
        if owned is not None:
            return owned  # "posted on her Instagram", "wrote on his Facebook page"
        interview = low == "with" and i > 0 and words[i - 1].text.lower() in ("interview", "interviews")
        found = _name_at(text, words, i + 1, rules, interview=interview) or _unnamed(
            text, words, i + 1, rules
        )
        if found is not None:
            return found
    return None


def _aliased(name: str, rules: Rules) -> str:
    """A listed outlet's name as `Rules.outlet_aliases` gives it: "told Sky" is Sky News."""
    return rules.outlet_aliases.get(name, name)


def _day_owning(word: str, rules: Rules) -> bool:
    """Whether `word` is a month or a day ("September"), or a day's possessive ("today's", "Sunday's")."""
    day = word[:-2] if word.endswith(("'s", "’s")) else ""
    return (
        word in rules.months_and_days or day.lower() in ("today", "yesterday") or day in rules.months_and_days
    )


def _own_platform(text: str, words: list[Token], i: int, rules: Rules) -> Outlet | None:
    """A platform after a possessive at `i`, where someone posts for themselves: "her Tumblr", "his
    Facebook page"; None when none stands there."""
    if i + 1 >= len(words) or words[i].text.lower() not in _OWNERS or words[i].after:
        return None
    platform = words[i + 1]
    if platform.text not in rules.platforms:
        return None
    return Outlet(name=platform.text, span=(platform.start, platform.end))


def _unnamed(text: str, words: list[Token], i: int, rules: Rules) -> Outlet | None:
    """The press named by what it is in two words at `i` ("state television", "the state broadcaster",
    "state TV"), as written without "the"; None when the words there name no such medium
    (`Rules.unnamed_media`) or open with a capital ("Local Radio Ltd" is a name)."""
    if i < len(words) and words[i].text.lower() == "the":
        i += 1
    if i + 1 >= len(words) or not words[i].text[:1].islower() or words[i].after:
        return None
    phrase = text[words[i].start : words[i + 1].end]
    return (
        Outlet(name=phrase, span=(words[i].start, words[i + 1].end))
        if phrase.lower() in rules.unnamed_media
        else None
    )


def points_back(outlet: Outlet, rules: Rules) -> bool:
    """Whether `find_outlet` found "the same program" or "the paper" (`_the_paper`): the medium named
    last, for the caller to fill in."""
    low = outlet.name.lower()
    return names_same(outlet) or (low.startswith("the ") and low[4:] in rules.publication_anaphora)


def names_same(outlet: Outlet) -> bool:
    """Whether `find_outlet` found "the same program": the medium named last, which frames the claims."""
    return outlet.name.lower().startswith("the same ")


def _the_paper(text: str, words: list[Token], i: int, rules: Rules) -> Outlet | None:
    """ "told the paper", "told the newspaper": a noun of `Rules.publication_anaphora` after "the" at `i`,
    then no more of a name (not "the paper's editor", "the paper mill")."""
    if i + 1 >= len(words) or words[i].text.lower() != "the" or words[i].after:
        return None
    k = i + 1
    while k + 1 < len(words) and _placed(words[k].text, rules) and not words[k].after:
        k += 1  # "told the Rome-based paper": where the paper is, not its name
    noun = words[k]
    if noun.text.lower() not in rules.publication_anaphora or noun.text.lower() in ("story", "article"):
        return None  # (a story or an article is told nothing)
    goes_on = k + 1 < len(words) and not noun.after and words[k + 1].text[:1].isalpha()
    if goes_on and words[k + 1].text.lower() not in _AFTER_THE_PAPER:
        return None  # "told the paper mill workers": a noun goes on
    return Outlet(name=f"{words[i].text} {noun.text}", span=(words[i].start, noun.end))


def _placed(word: str, rules: Rules) -> bool:
    """Whether `word` says where a paper is, not its name: "Rome-based" (the hyphenated endings of
    `Rules.not_paper_endings`)."""
    return word.endswith(_place_endings(rules))


@functools.lru_cache(maxsize=16)
def _place_endings(rules: Rules) -> tuple[str, ...]:
    """The hyphenated endings of `Rules.not_paper_endings` ("-based"), read once, not per word."""
    return tuple(e for e in rules.not_paper_endings if e.startswith("-"))


def network(name: str, rules: Rules) -> str | None:
    """The network airing a programme: its owner ("CNN’s State of the Union": CNN) or the one listed for
    it ("Fox News Sunday": Fox News); the outlet of an edition or a desk ("BBC Wales": BBC); None for any
    other outlet."""
    for mark in ("’s ", "'s "):
        owner, found, _ = name.partition(mark)
        # not "People's Daily" (one name) nor "Saturday’s New York Times" (a day's paper)
        if found and name not in rules.outlets and (owner in rules.outlets or _worded(owner, rules)):
            return owner
    return rules.show_networks.get(name) or edition_of(name, rules)  # "BBC Sport", "CNN Philippines"


def _owns_programmes(owner: str, rules: Rules) -> bool:
    """Whether a name before a programme's possessive names a station, not a host: one word ("Nine"), or
    a name closing with a body's or a firm's word ("the Australian Broadcasting Corp")."""
    last = owner.rsplit(maxsplit=1)[-1]
    return " " not in owner or last in rules.firm_suffixes or last.lower() in rules.organisations


def _worded(name: str, rules: Rules) -> bool:
    """Whether a name holds an outlet's word after its first ("CBC Radio", "Kyodo News")."""
    return any(w in rules.outlet_words for w in name.split()[1:])


def _quoted_title(text: str, pos: int, rules: Rules) -> Outlet | None:
    """A programme or outlet named in quotation marks right after `pos` ("on “Face the Nation”")."""
    quoted = _quotation_at(text, pos, max_spaces=3)
    if quoted is None:
        return None
    opening, close = quoted
    title = text[opening:close].rstrip(_TITLE_TRAIL)
    listed = title in rules.outlets or title in rules.show_networks
    if not title or not (listed or any(w in rules.outlet_words for w in title.split()[1:])):
        return None
    return Outlet(name=title, span=(opening, opening + len(title)))


def _quotation_at(text: str, pos: int, max_spaces: int | None = None) -> tuple[int, int] | None:
    """Where the words of a short quotation right after `pos` (past spaces) start, and its closing mark:
    "“Face the Nation”" -> the offsets of "F" and of "”"."""
    k = pos
    while k < len(text) and text[k] == " " and (max_spaces is None or k < pos + max_spaces):
        k += 1
    if k >= len(text) or text[k] not in _SHOW_MARKS:
        return None
    close = text.find("”" if text[k] == "“" else text[k], k + 1, k + 60)
    return (k + 1, close) if close >= 0 else None


def _listed_longer(text: str, words: list[Token], i: int, j: int, rules: Rules) -> Outlet | None:
    """The listed outlet the capitalised words `i` to `j` open with one or two lower-case words after
    them ("PA news agency"), else None."""
    for k in (j + 1, j):  # two words first, then one; no mark between any of them
        joined = not any(w.after for w in words[j - 1 : k])
        if k < len(words) and joined and all(w.text.islower() for w in words[j : k + 1]):
            name = text[words[i].start : words[k].end]
            if name in rules.outlets:
                return Outlet(name=name, span=(words[i].start, words[k].end))
    return None


def _the_after_telling(words: list[Token], i: int) -> bool:
    """ "told The Loadwire", "Talking to The Loadwire": a capital "The" inside a sentence, after a verb of
    telling, opens a title."""
    telling = i > 0 and words[i - 1].text.lower() in _TOLD
    spoken_to = i > 1 and words[i - 1].text == "to" and words[i - 2].text.lower() in _SPOKEN_TO
    return i < len(words) and words[i].text == "The" and (telling or spoken_to)


def _name_at(
    text: str, words: list[Token], i: int, rules: Rules, *, interview: bool = False
) -> Outlet | None:
    titled = _the_after_telling(words, i)
    if i < len(words) and words[i].text.lower() in ("the", "an", "a", "interview", "statement"):
        capital_next = i + 1 < len(words) and is_capitalised(words[i + 1].text)
        if words[i].text.lower() in ("an", "a") and i + 2 < len(words) and not capital_next:
            return _name_at(text, words, i + 2, rules)  # "in an interview with X"; "on an NHK show" reads NHK
        i += 1
    while i < len(words) - 1 and words[i].text[:1].islower() and words[i].text in rules.outlet_descriptors:
        i += 1  # "by state-run Xinhua news agency", "told the pro-Kremlin Izvestia"
    if i < len(words) - 1 and _day_owning(words[i].text, rules):
        i += 1  # "in a September Washington Post-ABC News poll", "In today's Harbour Post, X wrote"
    vouched = _vouched(words, i, rules)  # "with the Italian newspaper Il Giornale": the noun says it
    i += vouched
    # (or a site by its address: "told harbournews.com.au"; not "a director for Norvex.org")
    if (linked := _linked_name(text, words, i, rules) or _site_told(words, i, rules)) is not None:
        return linked
    if n := uncapitalised_outlet(text, words, i, rules):  # "told triple j Hack"
        return Outlet(
            name=text[words[i].start : words[i + n - 1].end], span=(words[i].start, words[i + n - 1].end)
        )
    j = i
    while j < len(words) and is_capitalised(words[j].text) and j - i < 6:
        if j > i and words[j].text in rules.months_and_days:
            break  # "told The New York Times Tuesday": the day is no part of the name
        if j > i and "(" in text[words[j - 1].end : words[j].start]:
            break  # "the Syrian Arab News Agency (SANA)": the bracket names it again
        j += 1
        if words[j - 1].after and words[j - 1].after[0] in ",.;:":
            break
    # (a listed name that goes on in lower case is read whole: "with the PA news agency")
    if j == i or (longer := _listed_longer(text, words, i, j, rules)) is not None:
        return None if j == i else longer
    s, e = words[i].start, words[j - 1].end
    name = text[s:e]
    bare = name[:-2] if name.endswith(("'s", "’s")) else name
    listed = name in rules.outlets or bare in rules.outlets or f"The {bare}" in rules.outlets
    if not listed and (known := known_outlet(bare, rules)) is not None and (bare.isupper() or known == bare):
        return Outlet(name=known, span=(s, e))  # "granted to AGERPRES", "told CNN Philippines" (an edition)
    # "the BBC's Andrew Marr Show", "CBC Radio's The House"; "Fox's Sean Hannity" is a person on Fox
    k = next((k for k in range(i, j - 1) if words[k].text.endswith(("'s", "’s"))), None)
    owner = text[s : words[k].end - 2] if k is not None else ""
    if k is not None and k + 1 < j and owner in rules.countries:
        return _name_at(text, words, k + 1, rules, interview=interview)  # "India's Times Now news channel"
    if owner in rules.outlets or (k is not None and k > i and _worded(owner, rules)):
        # (a name in quotation marks is read whole below: 'MSNBC's "Morning Joe"')
        unquoted = (
            k is not None and k + 1 < j and not _SHOW_QUOTES.search(text, words[k].end, words[k + 1].start)
        )
        first = words[k + 1].text if unquoted and k is not None else ""
        if words[j - 1].text in rules.show_words or first in rules.show_words:
            return Outlet(name=name, span=(s, e))  # "the BBC's Andrew Marr Show", "CBC's Morning Harbour"
        return Outlet(name=owner, span=(s, s + len(owner)))
    # "in an interview with CNN Turk television": the broadcaster's noun after the name vouches for it
    # (not "with the Russian television": a nationality names no outlet); "told Nordblatt newspaper"
    noun = words[j].text if j < len(words) and words[j].text.islower() else ""
    # "told Harbour news agency": "news agency" after an unlisted name
    trailing = noun in _STATION_NOUNS or noun in rules.paper_nouns or _noun_pair(words, j, "news", "agency")
    if _noun_pair(words, j, "media", "group"):  # "the Harbour media group"
        return Outlet(name=text[s : words[j + 1].end], span=(s, words[j + 1].end))
    if trailing and j + 1 < len(words) and is_capitalised(words[j + 1].text):
        return _name_at(
            text, words, j + 1, rules
        )  # "told the Paris daily Libération": the name after the noun
    if noun in _PROGRAMME_NOUNS and owner and _owns_programmes(owner, rules):
        return Outlet(name=owner, span=(s, s + len(owner)))  # "on Nine's Today program": Nine
    trailing = (
        trailing
        and words[j - 1].text.lower() not in rules.nationalities
        and not _placed(words[j - 1].text, rules)  # "the Rome-based paper" is no name
    )
    # "in an interview with Etemad": a paper, not a person; not "with the Russian television": a
    # nationality names no outlet
    one_name = interview and j - i == 1 and not owner and words[i].text.lower() not in rules.nationalities
    # a listed outlet's name, then its programme's: "told BBC Harbourwatch", "on RTÉ Morning Ireland"
    # or a US station's call sign ("told WHVN", "said on KHVN-FM"), or a site's name with a number
    # closing it, which no person's has ("told Harbour360"), or a name told again and again in the article
    # (`told_often`: "told Harbourwire")
    programme = (
        not owner and 2 <= j - i <= 3 and words[i].text in rules.outlets and words[i].text.isupper()
    ) or (
        j - i == 1
        and (
            call_sign(bare)
            or _NUMBERED.fullmatch(bare) is not None
            or _told_again(text, words, i, bare, rules)
        )
    )
    # (an outlet's word may close a hyphenated word: "the Harbour Sun-Times")
    # (a name of one or two words after "told The", no country's, place's or title's)
    titled = titled and j - i <= 2 and not owner and not _placed_or_titled(bare, rules)
    if not (listed or vouched or trailing or one_name or programme or titled) and not any(
        outlet_word(p, rules) for p in bare.split()[1:]
    ):
        return None
    if bare != name and e < len(text):
        # "ABC's “This Week”": the show belongs to the outlet's name.
        quoted = _quotation_at(text, e)
        if quoted is not None:
            opening, close = quoted
            return Outlet(name=f"{name} {text[opening:close].rstrip(_TITLE_TRAIL)}", span=(s, close + 1))
    if j < len(words) and "(" in text[e : words[j].start] and words[j].text in rules.outlets:
        return Outlet(name=words[j].text, span=(words[j].start, words[j].end))  # "... News Agency (SANA)"
    return Outlet(name=_aliased(bare if bare in rules.outlets or not listed else name, rules), span=(s, e))


def _noun_pair(words: list[Token], j: int, first: str, second: str) -> bool:
    """Whether words `j` and `j + 1` are the two nouns in lower case: "news agency", "media group"."""
    return j + 1 < len(words) and words[j].text == first and words[j + 1].text == second


# one capitalised word after a verb of telling, no other capitalised word or possessive after it
# (documents "obtained by" or "seen by" a name count too: what a newsroom gets hold of, "Data obtained by
# Harbourwire show C ... Y told Harbourwire")
_TOLD_NAME = re.compile(
    r"\b(?:told|tells|telling|obtained by|seen by) ([A-Z][A-Za-z]{2,30})(?=[ ,.;:\n]|$)(?! [A-Z])(?!'s|’s)"
)
_TOLD_OFTEN = 2  # times a one-word name is told in one article to be a publication's


@functools.lru_cache(maxsize=4)
def told_often(text: str, rules: Rules) -> frozenset[str]:
    """One-word names the article's people are "told" again and again, or told once and shown documents:
    its own publication, as trade and local papers write it ("X told Harbourwire ... Y told Harbourwire",
    "figures obtained by Harbourwire"); not a given name, nor a name
    that speaks or takes a courtesy title in the article ("Smith said", "Mr. Smith": a person's)."""
    counts: dict[str, int] = {}
    for m in _TOLD_NAME.finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    many = [
        n
        for n, k in counts.items()
        if k >= _TOLD_OFTEN and not rules.given_name(n) and n not in rules.countries
    ]
    if not many:
        return frozenset()
    names = alternation(many)  # one pass over the text for all of them
    personal = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr)\.? ({names})\b|\b({names}) (?:said|says|told|added|asked)\b")
    people = {m.group(1) or m.group(2) for m in personal.finditer(text)}
    return frozenset(n for n in many if n not in people)


def _told_again(text: str, words: list[Token], i: int, bare: str, rules: Rules) -> bool:
    """Whether the one-word name `bare` at `i` follows a verb of telling and is one of `told_often`."""
    return i > 0 and words[i - 1].text.lower() in _TOLD and bare in told_often(text, rules)


_NUMBERED = re.compile(r"[A-Z][A-Za-z]{2,20}\d{1,4}")  # "Harbour360", "Westmere24": a site's name and number
# a US broadcaster's call sign, K or W (west or east of the Mississippi) and three letters, with its band
# or "TV" or not: "WHVN", "KHVN-TV", "WHVN-FM" (not the accounting firm KPMG, whose initials look so)
_CALL_SIGN = re.compile(r"(?!KPMG)[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?")
_MAX_OUTLET_WORDS = 4  # words of a listed outlet that opens with no capital: "triple j Hack"
# lower-case words inside a listed outlet's name: "Press Trust of India", "Corriere della Sera",
# "Corriere dello Sport", "Diario del Sur", "Jornal do Brasil"
_LINKS = frozenset({"of", "for", "and", "de", "du", "des", "della", "dello", "del", "di", "do", "da"})


def _placed_or_titled(name: str, rules: Rules) -> bool:
    """Whether a name is a country's, a capital's, a title's or a body's ("The Hague", "The Gambia", "The
    Prime Minister", "The Elders Group"), no publication's."""
    return (
        known_place(name, rules)
        or known_place(f"The {name}", rules)
        or any(w.lower() in rules.titles or w.lower() in rules.organisations for w in name.split())
    )


@functools.lru_cache(maxsize=4)
def _site_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    """A news site's address: a name of letters, digits and hyphens, up to two more parts, an ending."""
    part = r"[A-Za-z0-9][A-Za-z0-9-]{0,40}"
    return re.compile(rf"(?:www\.)?{part}(?:\.{part}){{0,2}}\.(?:{alternation(endings)})")


def site_address(word: str, rules: Rules) -> bool:
    """Whether a word is a news site's address ("harbournews.com.au", "Norvex.net"; `Rules.site_endings`)."""
    return "." in word and _site_pattern(rules.site_endings).fullmatch(word) is not None


def _site_told(words: list[Token], i: int, rules: Rules) -> Outlet | None:
    """A site's address at `i` after a word of telling or "on", "to", "with" ("told harbournews.com.au",
    "said on Norvex.net"); None after "for" or "at" (whom one works for) and where no address stands."""
    if not (0 < i < len(words)) or not site_address(words[i].text, rules):
        return None
    if words[i - 1].text.lower() in _TOLD or words[i - 1].text.lower() in ("on", "to", "with"):
        return Outlet(name=words[i].text, span=(words[i].start, words[i].end))
    return None


def call_sign(name: str) -> bool:
    """Whether an outlet's name is a US broadcaster's call sign ("WHVN", "KHVN-TV")."""
    return _CALL_SIGN.fullmatch(name) is not None


def uncapitalised_outlet(text: str, words: list[Token], i: int, rules: Rules) -> int:
    """The number of words from `words[i]` naming a listed outlet that opens with no capital ("triple j
    Hack", "2GB"), the longest; 0 when none does."""
    if i >= len(words) or words[i].text[:1].isupper():
        return 0
    for n in range(min(_MAX_OUTLET_WORDS, len(words) - i), 0, -1):
        if any(w.after for w in words[i : i + n - 1]):
            continue
        if text[words[i].start : words[i + n - 1].end] in rules.outlets:
            return n
    return 0


def _linked_name(text: str, words: list[Token], i: int, rules: Rules) -> Outlet | None:
    """A listed outlet whose name holds a word in lower case, at `i`: "told the News Agency of Nigeria
    (NAN)", "told the Press Trust of India", where a run of capitalised words would stop at "of"."""
    if i + 2 >= len(words) or not is_capitalised(words[i].text):
        return None
    k = next((k for k in range(i + 1, min(i + 5, len(words) - 1)) if words[k].text in _LINKS), None)
    if k is None or words[k - 1].after or not is_capitalised(words[k + 1].text):
        return None
    for j in range(min(k + 3, len(words) - 1), k, -1):  # the longest listed name, up to three words on
        name = text[words[i].start : words[j].end]
        if name in rules.outlets:
            return Outlet(name=name, span=(words[i].start, words[j].end))
    return None


def _vouched(words: list[Token], i: int, rules: Rules) -> int:
    """How many words at `i` say that a name follows which is an outlet, however unknown: a nationality
    and descriptors before a paper's or a broadcaster's noun ("Italian newspaper", "Russian state
    broadcaster"); 0 when they do not."""
    k = i
    if k < len(words) and words[k].text.lower() in rules.nationalities:
        k += 1
    while k < len(words) and words[k].text.islower() and words[k].text in _VOUCHING_DESCRIPTORS:
        k += 1
    low = words[k].text.lower() if k < len(words) - 1 else ""
    # "the Italian newspaper Il Giornale", "the Syrian news Agency SANA" (not "the Daily Beast": a name)
    noun = (low in rules.paper_nouns and words[k].text.islower()) or low in _STATION_NOUNS
    return k + 1 - i if noun and is_capitalised(words[k + 1].text) and not words[k].after else 0


def outlet_named(text: str, words: list[Token], rules: Rules) -> str | None:
    """The outlet that `words` name whole ("the Global Times", "Kommersant"), if they name one."""
    if words and words[0].text.lower() == "the":
        words = words[1:]
    if not words or not all(is_capitalised(w.text) for w in words):
        return None
    name = text[words[0].start : words[-1].end]
    listed = name in rules.outlets or f"The {name}" in rules.outlets
    return name if listed or any(w.text in rules.outlet_words for w in words[1:]) else None


def chain(nearest: str | None, *outer: str | None) -> tuple[str, ...]:
    """`via`: the outlets a claim passed through, nearest first, each once ("the BBC" speaking and "BBC"
    crediting its section are one)."""
    out: list[str] = []
    seen: set[str] = set()
    for name in (nearest, *outer):
        if name and (bare := name.removeprefix("the ")) not in seen:
            out.append(name)
            seen.add(bare)
    return tuple(out)
