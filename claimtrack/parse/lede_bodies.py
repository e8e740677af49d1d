"""A lede's body named by what it does: "C, the maritime watchdog has ruled.", "Westmere's shipping
regulator said C", "C, a Norvale watchdog has said." British and Irish papers name the body only in
the sentences after ("The Westmere Audit Office said C2"), and readers credit the lede to it: the first
body credited by its name within `_AHEAD` sentences after the lede's is the lede's speaker.

So with a person: the delayed identification lede ("C, a deputy minister has said." then "Tom Hale, the
minister for tech, said C2") names the speaker by post and names the person in the sentences after."""

from __future__ import annotations

import bisect
import itertools

import attrs

from claimtrack.parse.mention import Mention
from claimtrack.parse.reader_base import Found, Span
from claimtrack.rules import Rules

_AHEAD = 2  # sentences after the lede's read for the body it describes
_OPENERS = ("the ", "a ", "an ")  # how a description opens, when no place's possessive does
_UNNAMED = ("a ", "an ")  # how a person's post opens in a lede that names them later
_POST_ENDS = frozenset({"for", "of", "at", "in", "with", "on"})  # "minister for tech": the post ends before


def lede_of(found: list[Found], heading: Span | None) -> Found | None:
    """The article's lede: its first claim (`found` sorted by offset) below the headline `heading` that
    is no "X: C" line ("Norvex CEO: Our ferries stay in service", a deck's or a caption's)."""
    k = bisect.bisect_left(found, heading[1], key=_start) if heading else 0
    while k < len(found) and found[k].rule == "colon":
        k += 1
    return found[k] if k < len(found) else None


def _start(f: Found) -> int:
    return f.start


def lede_body(text: str, found: list[Found], lede: Found | None, sentences: list[Span], rules: Rules) -> None:
    """Give the lede's claim (`lede`, one of `found`, sorted by offset) the name of the body its
    description stands for (`Rules.lede_bodies`), when one is credited so soon after it (by its name,
    or by the alias `text` gives it in brackets: "the National Institute for ... (Nice) ... Nice said")."""
    if lede is None or not _described(lede.mention.name, rules):
        return
    noun = lede.mention.name.split()[-1].lower()
    for f in _soon_after(found, lede, sentences):
        body = f.mention.kind == "organisation" or f"({f.mention.name})" in text
        if body and not f.mention.pronoun and _named(f.mention.name, rules):
            lede.mention = attrs.evolve(lede.mention, name=f.mention.name)
            return
        headed = _headed_by(f.mention.role, noun, rules) if f.mention.kind == "person" else None
        if headed is not None:  # "Norvale Audit Commission chair Jane Roe said": the commission
            lede.mention = attrs.evolve(lede.mention, name=headed)
            return


def _soon_after(found: list[Found], lede: Found, sentences: list[Span]) -> list[Found]:
    """The claims after the lede's (`found` sorted by offset) that start within `_AHEAD` sentences after
    the lede's sentence."""
    k = bisect.bisect_right(sentences, lede.start, key=_start_of) - 1
    if k < 0:
        return []
    end = sentences[min(len(sentences) - 1, k + _AHEAD)][1]
    return list(itertools.takewhile(lambda f: f.start < end, found[found.index(lede) + 1 :]))


def _start_of(span: Span) -> int:
    return span[0]


def _headed_by(role: str | None, noun: str, rules: Rules) -> str | None:
    """The body a person's role names before its title, when the lede's noun fits it
    (`Rules.body_synonyms`): "Norvale Audit Commission chair" for "watchdog"; else None."""
    words = role.split() if role else []
    while words and words[-1].lower() in rules.titles:
        words.pop()
    if len(words) < 2 or not all(w[:1].isupper() or w in ("and", "of", "for") for w in words):
        return None
    head = words[-1].lower()
    return " ".join(words) if head in rules.body_synonyms.get(noun, ()) or head == noun else None


def _described(name: str, rules: Rules) -> bool:
    """Whether `name` describes a body of `Rules.lede_bodies` with no name of its own: "the healthcare
    safety watchdog", "a Norvale watchdog", "Westmere's shipping regulator"."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in rules.lede_bodies:
        return False
    owned = words[0].endswith(("'s", "’s"))
    return owned or name.lower().startswith(_OPENERS)


def _named(name: str, rules: Rules) -> bool:
    """Whether a body's mention is its name: capitalised, not a description ("the ministry")."""
    bare = name.removeprefix("The ").removeprefix("the ")
    return bare[:1].isupper() and bare.split()[-1].lower() not in rules.lede_bodies


def lede_person(
    text: str, found: list[Found], lede: Found | None, sentences: list[Span], rules: Rules
) -> None:
    """Give the lede's claim the name of the person its post describes ("a deputy minister", "a shipping
    chief", "Westmere's new minister for transport": a title of `Rules.titles` that names no anonymous
    source, `Rules.anonymous`), when the first person credited by a full name within `_AHEAD` sentences
    after it holds that post: the post's noun is in their role or in the words before their cue ("Tom
    Hale, who became minister for transport in May, said")."""
    post = _post(lede.mention, rules) if lede is not None and not lede.mention.pronoun else None
    if lede is None or post is None:
        return
    for f in _soon_after(found, lede, sentences):
        if f.mention.pronoun or f.mention.kind != "person":
            continue
        name = f.mention.name
        if len(name.split()) < 2 or not all(w[:1].isupper() for w in name.split()):
            return  # the next person credited is no one named in full: the lede keeps its post
        opens = sentences[bisect.bisect_right(sentences, f.mention.span[0], key=_start_of) - 1][0]
        said = text[opens : f.cue.span[0] if f.cue.span else f.start]
        holds = post in (f.mention.role or "").lower().split() or post in said.lower().split()
        if holds:
            lede.mention = attrs.evolve(lede.mention, name=name, kind="person", role=f.mention.role)
        return


def _post(mention: Mention, rules: Rules) -> str | None:
    """The noun of the post an unnamed person's mention describes: "minister" for "a deputy minister"
    and "Westmere's new minister for transport"; None for a source kept anonymous ("an official") or
    anything else."""
    words = mention.name.lower().split()
    owned = len(words) > 1 and words[0].endswith(("'s", "’s"))
    if len(words) < 2 or not (owned or mention.name.lower().startswith(_UNNAMED)):
        return None
    cut = next((i for i, w in enumerate(words[1:], 1) if w in _POST_ENDS), len(words))
    head = words[cut - 1]
    return head if head in rules.titles and head not in rules.anonymous and cut > 1 else None
