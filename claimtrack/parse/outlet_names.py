"""One outlet, one name in an article: a short name an outlet goes by in prose ("told Yonhap") is given
as the fuller name the same article prints for it ("Yonhap News Agency": the pairs are
`Rules.outlet_names`), wherever the parser names it: a claim's outlet and `via`, an outlet speaking, a
section's, the dateline's and the article's own. As with a speaker's surname, the fullest name the
article gives is the one credited; an article that prints only the short name keeps it. So with a
paper's initials its staff sign with ("HVN Staff Writer") and the name the story prints whose words
they open ("told The Harbour Valley-News"): no table lists them; and with the last word a paper calls
itself by in its own story ("the Gazette" in The Westmere Gazette's)."""

from __future__ import annotations

import re

import attrs

from claimtrack.ids import claim_id
from claimtrack.model import Claim, Dateline, Section
from claimtrack.parse.credits import known_outlet, outlet_word
from claimtrack.rules import Rules

# a name of capitalised words, "The" before it or not, its words apart or joined by hyphens
_NAME = re.compile(r"(?:The[ ])?[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*){0,4}")
_PART = re.compile(r"[ -]")
_INITIALS = (2, 5)  # letters of a paper's initials: "HP", "HVN"


def full_names(text: str, rules: Rules, house: str | None = None) -> dict[str, str]:
    """The short names of `Rules.outlet_names` whose fuller name `text` prints, each with that name; and
    the article's outlet `house`, when it is a paper's initials, with the name they spell (`spelled`)."""
    names = {short: full for short, full in rules.outlet_names.items() if full in text}
    if house is None:
        return names
    if house not in names and (full := spelled(text, house, rules)) is not None:
        names[house] = full
    house = names.get(house, house)
    names.update(dict.fromkeys(_short_names(house, rules), house))
    return names


def _short_names(house: str, rules: Rules) -> list[str]:
    """The names a paper calls itself by in its own story, its last word alone, an outlet's word ("The
    Westmere Gazette": "the Gazette" told or reporting; "Norvale Star-Courier": "the Star-Courier")."""
    words = house.removeprefix("The ").split()
    if len(words) < 2 or not outlet_word(words[-1], rules):
        return []
    return [words[-1], f"The {words[-1]}", f"the {words[-1]}"]


def spelled(text: str, initials: str, rules: Rules) -> str | None:
    """The first outlet's name `text` prints whose words `initials` open ("HP": "The Harbour-Post", "HVN":
    "Harbour Valley News"), one of them an outlet's word; None for a name the rules list ("CNN"),
    which is what it is."""
    low, high = _INITIALS
    if not (low <= len(initials) <= high and initials.isalpha() and initials.isupper()):
        return None
    if known_outlet(initials, rules) is not None or initials[0] not in text:
        return None
    for m in _NAME.finditer(text):
        words = _PART.split(m.group().removeprefix("The "))
        if "".join(w[0] for w in words) == initials and any(outlet_word(w, rules) for w in words):
            return m.group()
    return None


def full_name(name: str | None, names: dict[str, str]) -> str | None:
    """`name` as `names` (`full_names`) gives it in full, or `name` itself."""
    return names.get(name, name) if name is not None else None


def named_claims(claims: list[Claim], names: dict[str, str]) -> list[Claim]:
    """`claims` with every outlet named as `full_name` gives it; a claim an outlet speaks takes the new
    name's id, as it would have had the text printed it."""
    return [_named(claim, names) for claim in claims] if names else claims


def _named(claim: Claim, names: dict[str, str]) -> Claim:
    speaker = claim.speaker
    # (a short name read as a body's is the outlet's too, "The Gazette first revealed that C", and a
    # hyphenated one read as a person's, "As the Star-Courier revealed"; not "Post said", a surname)
    spoken = (
        speaker is not None
        and speaker.name in names
        and (speaker.kind in ("outlet", "organisation") or "-" in speaker.name)
    )
    if not spoken and not any(name in names for name in claim.via):  # (the claim's outlet is in `via`)
        return claim  # (most claims: no copy made)
    via = tuple(dict.fromkeys(names.get(name, name) for name in claim.via))  # (two names may be one now)
    outlet = claim.outlet and attrs.evolve(claim.outlet, name=names.get(claim.outlet.name, claim.outlet.name))
    if speaker is None or not spoken:
        return attrs.evolve(claim, outlet=outlet, via=via)
    speaker = attrs.evolve(speaker, name=names[speaker.name], kind="outlet")
    return attrs.evolve(claim, id=claim_id(speaker.name, claim.text), speaker=speaker, outlet=outlet, via=via)


def named_sections(sections: list[Section], names: dict[str, str]) -> list[Section]:
    """`sections` with their outlets named as `full_name` gives them."""
    return [attrs.evolve(s, outlet=full_name(s.outlet, names)) if s.outlet in names else s for s in sections]


def named_dateline(dateline: Dateline | None, names: dict[str, str]) -> Dateline | None:
    """`dateline` with its outlet named as `full_name` gives it."""
    if dateline is None or dateline.outlet not in names:
        return dateline
    return attrs.evolve(dateline, outlet=full_name(dateline.outlet, names))
