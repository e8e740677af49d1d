"""The medium a claim came through, named next to its cue: "told RIA Novosti", "said on MSNBC",
"in an interview with the BBC", "wrote on Twitter", "told ABC's “This Week”".

A capitalised name counts as an outlet when `Rules.outlets` lists it or it holds one of
`Rules.outlet_words`; people and bodies addressed ("told reporters", "told lawmakers", "telling
Smith") do not. `chain` builds `via`: the claim's own outlet, then the sections' and the article's,
nearest first.
"""

from __future__ import annotations

from claimtrack.model import Outlet
from claimtrack.parse.credits import known_outlet
from claimtrack.parse.tokens import Token, is_capitalised, tokenize
from claimtrack.rules import Rules

_LEADS = frozenset({"told", "tells", "tell", "telling", "on", "with", "to", "in", "for"})
_SHOW_MARKS = '“”"«»'
_VOUCHING_DESCRIPTORS = frozenset({"state", "public", "national", "private", "business", "news"})
_STATION_NOUNS = ("broadcaster", "channel", "agency", "magazine", "website", "network", "television")


def find_outlet(text: str, start: int, end: int, rules: Rules) -> Outlet | None:
    """The first outlet named in `text[start:end]` right after one of the leading words above."""
    words = tokenize(text, start, end)
    for i, w in enumerate(words[:-1]):
        low = w.text.lower()
        credited = low == "by" and i > 0 and words[i - 1].text.lower() in rules.crediting
        if low not in _LEADS and not credited:  # "told RIA Novosti", "as quoted by TASS"
            continue
        if i > 0 and words[i - 1].text.lower() in rules.topic_nouns:
            continue  # "the ban on Instagram", "a question about X": what was talked about, not the medium
        interview = low == "with" and i > 0 and words[i - 1].text.lower() in ("interview", "interviews")
        found = _name_at(text, words, i + 1, rules, interview=interview)
        if found is not None:
            return found
    return None


def _name_at(
    text: str, words: list[Token], i: int, rules: Rules, *, interview: bool = False
) -> Outlet | None:
    if i < len(words) and words[i].text.lower() in ("the", "an", "a", "interview", "statement"):
        capital_next = i + 1 < len(words) and is_capitalised(words[i + 1].text)
        if words[i].text.lower() in ("an", "a") and i + 2 < len(words) and not capital_next:
            return _name_at(text, words, i + 2, rules)  # "in an interview with X"; "on an NHK show" reads NHK
        i += 1
    while i < len(words) - 1 and words[i].text[:1].islower() and words[i].text in rules.outlet_descriptors:
        i += 1  # "by state-run Xinhua news agency", "told the pro-Kremlin Izvestia"
    if i < len(words) - 1 and words[i].text in rules.months_and_days:
        i += 1  # "in a September Washington Post-ABC News poll"
    vouched = _vouched(words, i, rules)  # "with the Italian newspaper Il Giornale": the noun says it
    i += vouched
    j = i
    while j < len(words) and is_capitalised(words[j].text) and j - i < 6:
        if j > i and words[j].text in rules.months_and_days:
            break  # "told The New York Times Tuesday": the day is no part of the name
        if j > i and "(" in text[words[j - 1].end : words[j].start]:
            break  # "the Syrian Arab News Agency (SANA)": the bracket names it again
        j += 1
        if words[j - 1].after and words[j - 1].after[0] in ",.;:":
            break
    if j == i:
        return None
    s, e = words[i].start, words[j - 1].end
    name = text[s:e]
    bare = name[:-2] if name.endswith(("'s", "’s")) else name
    listed = name in rules.outlets or bare in rules.outlets or f"The {bare}" in rules.outlets
    if not listed and bare.isupper() and (known := known_outlet(bare, rules)) is not None:
        return Outlet(name=known, span=(s, e))  # "granted to AGERPRES": a listed name in capitals
    owner = words[i].text[:-2] if j - i > 1 and words[i].text.endswith(("'s", "’s")) else ""
    if owner in rules.outlets:  # "the BBC's Andrew Marr Show"; "Fox's Sean Hannity" is a person on Fox
        if words[j - 1].text in rules.show_words:
            return Outlet(name=name, span=(s, e))
        return Outlet(name=owner, span=(s, s + len(owner)))
    one_name = interview and j - i == 1 and not owner  # "in an interview with Etemad": a paper, not a person
    # not "with the Russian television": a nationality names no outlet
    one_name = one_name and words[i].text.lower() not in rules.nationalities
    if not (listed or vouched or one_name) and not any(p in rules.outlet_words for p in bare.split()[1:]):
        return None
    if bare != name and e < len(text):
        # "ABC's “This Week”": the show belongs to the outlet's name.
        k = e
        while k < len(text) and text[k] == " ":
            k += 1
        if k < len(text) and text[k] in _SHOW_MARKS:
            close = text.find("”" if text[k] == "“" else text[k], k + 1, k + 60)
            if close > k:
                return Outlet(name=f"{name} {text[k + 1 : close]}", span=(s, close + 1))
    if j < len(words) and "(" in text[e : words[j].start] and words[j].text in rules.outlets:
        return Outlet(name=words[j].text, span=(words[j].start, words[j].end))  # "... News Agency (SANA)"
    return Outlet(name=bare if bare in rules.outlets or not listed else name, span=(s, e))


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
    """`via`: the outlets a claim passed through, nearest first, each once."""
    out: list[str] = []
    for name in (nearest, *outer):
        if name and name not in out:
            out.append(name)
    return tuple(out)
