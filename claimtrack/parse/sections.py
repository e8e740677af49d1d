"""The sections of an article beyond its layout's: the day an embedded story was filed, and the
stretches a publication is credited with ("The Japan Times wrote about ...": until another
publication takes over).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

import attrs

from claimtrack.model import Section
from claimtrack.parse.attribute import Found
from claimtrack.parse.credits import known_outlet
from claimtrack.parse.datelines import dateline_day
from claimtrack.parse.issuers import issued_by
from claimtrack.parse.outlets import call_sign, points_back
from claimtrack.parse.structure import Layout
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules

Span = tuple[int, int]


def dated_section(text: str, section: Section, anchor: dt.date | None) -> Section:
    """An embedded story with no date line of its own takes the day its dateline gives ("TOKYO, April 11
    (TASS) –"), read as the last such day on or before the article's date."""
    if section.published is not None or anchor is None:
        return section
    day = dateline_day(text, section.dateline, anchor)
    return attrs.evolve(section, published=day) if day is not None else section


def sections_of(
    text: str, layout: Layout, found: list[Found], sentences: list[Span], rules: Rules
) -> list[Section]:
    """The embedded stories, and the stretches a publication is credited with: after "X wrote about C",
    and a story whose opening credits an outlet ("According to Press TV, C", "X reported C" as its lede)."""
    sections = list(layout.sections)
    starts = [s for s, _ in sentences]
    about = _about(text, layout, found, sentences, starts)
    opened = {start for start, _ in about}  # "X wrote about C" opening the story already credits it
    openings = [o for o in _openings(text, layout, found, (sentences, starts), rules) if o[0] not in opened]
    stretches = sorted(about + openings)
    takeovers = _takeovers(layout, found, sentences, starts) if openings else []
    for n, (start, outlet) in enumerate(stretches):
        outer = [s for s in layout.sections if s.start <= start < s.end]
        end = outer[-1].end if outer else len(text)
        later = [s.start for s in layout.sections if s.start > start]
        if (start, outlet) in openings:
            later += [t for t, name in takeovers if t > start and name != outlet]
        later += [t for t, _ in stretches[n + 1 :] if t > start]
        if later:
            end = min(end, *later)
        sections.append(
            Section(
                start=start,
                end=max(start, end),
                outlet=outlet,
                published=outer[-1].published if outer else None,
            )
        )
    sections.sort(key=lambda s: (s.start, -s.end))
    return sections


def _sentence_start(f: Found, sentences: list[Span], starts: list[int]) -> int:
    i = bisect.bisect_right(starts, f.start) - 1
    return sentences[i][0] if i >= 0 else f.start


def _about(
    text: str, layout: Layout, found: list[Found], sentences: list[Span], starts: list[int]
) -> list[tuple[int, str]]:
    """ "The Japan Times wrote about C" opening a paragraph, as a press review turns to a paper: the
    publication's stretch starts there (inside a paragraph, "Huckabee said so when Politico reported on
    it", the outlet is a detail of the story)."""
    paragraphs = {s for s, _ in layout.prose}
    return [
        (start, f.mention.name)
        for f in found
        if f.mention.kind == "outlet"
        and f.complement == "about"
        and f.cue.lemma in _PRINTING  # (not "X also commented on C": its comment, no story retold)
        and (start := _sentence_start(f, sentences, starts)) in paragraphs
        and _opens(text, start, f.mention.span[0])
    ]


_PRINTING = frozenset({"write", "report"})  # verbs of an about-cue telling of a paper's story


def _opens(text: str, start: int, at: int) -> bool:
    """A speaker opening its sentence, perhaps after an adverbial and its comma ("On Monday, X wrote")."""
    before = text[start:at].rstrip()
    return not before or (before.endswith(",") and "," not in before[:-1])


def _openings(
    text: str, layout: Layout, found: list[Found], sentences: tuple[list[Span], list[int]], rules: Rules
) -> list[tuple[int, str]]:
    """A story that credits an outlet as it opens is that outlet's from its start: "According to
    Press TV, C" opening one of its first paragraphs (`_OPENING` of them), or the outlet speaking in
    the lede ("The Nikkei reported that C", "C, the daily Vatan said"), as blogs, press reviews and
    translations retell another outlet's story. Later in a story a paragraph crediting an outlet
    credits only its own claims."""
    opening = _opening_paragraphs(layout)
    ledes = sorted((s, e) for s, e in layout.prose if opening.get(s, (0, 1))[1] == 0)
    lede_starts = [s for s, _ in ledes]
    out: list[tuple[int, str]] = []
    for f in found:
        s = _sentence_start(f, *sentences)
        leading = opening.get(s)  # the paragraph's first sentence
        at = leading or _in_lede(s, opening, ledes, lede_starts)
        if at is None:
            continue
        scope, index = at
        according = text.startswith(_ACCORDING, s)
        name = f.outlet.name if according and f.outlet is not None else None
        if according and name is None and f.mention.kind == "document":
            name = _document_outlet(f.mention.name, rules)  # "According to a report by wire agency X, C"
        # in the lede any crediting form; in the paragraph after it only a credit closing its sentence
        # ("C, Russian news agency TASS reported."), not "after the AP reported C", a detail of the story
        # (a later sentence of the lede, only by the outlet's own words closing it: "Teaser. C, the
        # Guardian reports."; not by relaying another's, "Roe said C, Reuters reported")
        closes = (index == 0 and leading is not None) or f.mention.span[0] >= max(e for _, e in f.spans)
        if name is None and f.mention.kind == "outlet" and (according or (closes and f.rule in _LEDES)):
            # (as an outlet is named, without the article before it: "C, the BBC reported")
            name = f.mention.name.removeprefix("the ") if _an_outlet(text, f, layout, rules) else None
        if name is None and leading is not None and (closing := _closing_credit(text, f, rules)) is not None:
            name = closing  # "C, X said at a meeting, informs Anadolu Agency" closing the lede or the next
        if name is not None and not _anaphoric(name, named=False):  # (opening a story, "The PUNCH" names it)
            out.append((scope, name))
    first: dict[int, str] = {}
    for scope, name in out:
        first.setdefault(scope, name)  # the first credit of a story
    return list(first.items())


def _in_lede(
    start: int, opening: dict[int, tuple[int, int]], ledes: list[Span], lede_starts: list[int]
) -> tuple[int, int] | None:
    """The story a sentence inside a story's first paragraph opens, past that paragraph's first sentence
    ("Teaser. After a review, the watchdog fined X, the Guardian reports.": the lede credits its outlet
    in its second sentence, as aggregators write), or None; `lede_starts` are where `ledes` start."""
    i = bisect.bisect_right(lede_starts, start) - 1
    if i < 0 or start >= ledes[i][1]:
        return None
    return opening.get(ledes[i][0])


def _takeovers(
    layout: Layout, found: list[Found], sentences: list[Span], starts: list[int]
) -> list[tuple[int, str]]:
    """Where another outlet takes over: a paragraph opening with an outlet's claim ("Kommersant wrote
    that C") ends the stretch of the outlet credited before it."""
    paragraphs = {s for s, _ in layout.prose}
    return [
        (s, f.mention.name)
        for f in found
        if f.mention.kind == "outlet"
        and (s := _sentence_start(f, sentences, starts)) in paragraphs
        and not _anaphoric(f.mention.name)
    ]


_ACCORDING = ("According to ", "ACCORDING TO ")
_LEDES = frozenset({"reported", "reported-after", "according-to", "as-reported", "quoted-as"})  # not "colon"
_OPENING = 2  # paragraphs of a story that may credit the outlet it retells


def _opening_paragraphs(layout: Layout) -> dict[int, tuple[int, int]]:
    """The first paragraphs of each story (the article's, each embedded one's): where each starts, with
    where its story starts and its index in it."""
    scopes = sorted([0, *(s.start for s in layout.sections)])
    starts = [p for p, _ in layout.prose]  # in reading order: sorted
    out: dict[int, tuple[int, int]] = {}
    counts: dict[int, int] = {}
    for s in starts:
        scope = scopes[bisect.bisect_right(scopes, s) - 1]  # the last story to start at or before it
        index = counts.get(scope, 0)
        counts[scope] = index + 1
        if index < _OPENING:
            out[s] = (starts[bisect.bisect_left(starts, scope)], index)  # its story's first paragraph
    return out


def _closing_credit(text: str, f: Found, rules: Rules) -> str | None:
    """The outlet a lede's claim credits as its sentence closes, by a verb of `Rules.closing_credits`
    ("C, X said, informs Anadolu Agency", "X said C, reports Kyodo"): the story retells its copy."""
    if f.outlet is None or f.outlet.span is None or f.rule not in _LEDES:
        return None
    at, end = f.outlet.span
    if at < max(e for _, e in f.spans) or known_outlet(f.outlet.name, rules) is None:
        return None
    before = text[max(0, at - 12) : at].split()
    after = text[end : end + 12].split()
    verbs = set(rules.closing_credits)
    if (before and before[-1] in verbs) or (after and after[0].rstrip(".") in verbs):
        return f.outlet.name
    return None


def _document_outlet(name: str, rules: Rules) -> str | None:
    """The listed outlet a document credited was issued by ("a report by wire agency Reuters" ->
    "Reuters", `issued_by`); else None."""
    issuer = issued_by(name, rules)
    return issuer if issuer is not None and known_outlet(issuer, rules) is not None else None


def _an_outlet(text: str, f: Found, layout: Layout, rules: Rules) -> bool:
    """A speaker that is surely an outlet: one the rules know, one the text calls a paper, or one
    named with a publication's noun ("the pro-government Türkiye newspaper"); not any capitalised
    phrase holding "News" ("This Cable News Panel")."""
    name = f.mention.name
    if known_outlet(name, rules) is not None or name in layout.papers:
        return True
    return any(w in rules.publications for w in text[f.mention.span[0] : f.mention.span[1]].split())


def _anaphoric(name: str, *, named: bool = True) -> bool:
    """ "the paper", "The newspaper": a mention standing for an outlet named before, not a new one; with
    `named`, "the Times" too (after "the New York Times"); without, "The PUNCH" is a paper's name."""
    words = name.split()
    return len(words) == 2 and words[0].lower() == "the" and (named or words[1].islower())


# words right before an outlet that say it was spoken to: "told News24", "in an interview with DW"
_SPOKEN_TO = re.compile(
    r"(?:\btold|\btells|\btelling|interview with|[Ss]peaking to|spoke to|[Tt]alking to"
    # a body's words sent to the story's own paper: "In its statement to the Harbour Post, X said"
    r"|\b(?:statement|email|e-mail|comment)s?[ ]to)[ ](?:[Tt]he[ ])?$"
)
_ON_AIR = re.compile(r"\b[Oo]n[ ](?:[Tt]he[ ])?$")  # "said on CNN", "On Good Morning Britain,": a broadcast
_SPOKEN_REACH = 30  # characters before an outlet's name read for those words
_INTERVIEW_AFTER = re.compile(r"(?:[’']s?)?[ ](?:[A-Z]\S*[ ]){0,3}interview\b")  # "a Sky News interview"


@functools.lru_cache(maxsize=4)
def _relayed(months: frozenset[str]) -> re.Pattern[str]:
    """The words after an outlet that make it an appearance the story relays: the one who asked ("told
    Fox News host X", "told BuzzFeed’s Smith"), a noun that introduces another's outlet ("told El
    Universal newspaper", "the Reuters news agency", "editorial board"), or an interview dated in the past
    ("told Bloomberg in late May", "in 2012"; the months of `Rules.months_and_days`), or a station
    placed in its town ("told WHVN-TV of Norvale", "on WHRB radio in Westmere"): no story places its own;
    or one it published or aired ("an interview with Harbour News published Thursday"), or a show named
    with its host ("an interview with Harbour Talk Today with Sam Lee")."""
    return re.compile(
        r"['’]s[ ]|[ ](?:host|anchor|correspondent|newspaper|news[ ]agency|editorial[ ]board|magazine"
        rf"|show)s?\b|[ ]in[ ](?:early[ ]|late[ ]|mid-)?(?:\d{{4}}|{alternation(months)})\b"
        r"|(?:[ ](?:radio|television|TV))?[ ](?:of|in)[ ][A-Z]"
        # an interview the outlet published or aired: "In an interview with Harbour News published Thursday"
        r"|[ ](?:published|aired|broadcast|released)\b"
        # a show named with its host: "In an interview with Harbour Talk Today with Sam Lee"
        r"|[ ]with[ ][A-Z]"
    )


def told_outlet(text: str, found: list[Found], rules: Rules) -> str | None:
    """The outlet a story names only as the one its speakers spoke to ("Harbour Water spokesperson X told
    News24", "In an interview with DW, X said"): papers and sites credit their own interviews so, and a
    story that names no outlet in its frame and no other in its text is that outlet's. None when two
    outlets are spoken to, when an outlet speaks itself (a press review), or the one named is a platform
    someone posted on ("wrote on Facebook"). A post quoted beside the interview leaves it the story's ("X
    told News24 ... Y wrote on X"), and so does an outlet cited for its own report or introduced by its
    noun ("According to Xinhua, the ministry said", "told public broadcaster SABC"); an interview
    with one named so is a second one spoken to ("said in a Sky News interview")."""
    if not rules.own_interviews:
        return None
    named: set[str] = set()
    for f in found:
        if f.mention.kind == "outlet":
            return None
        if f.outlet is not None and f.outlet.name in rules.platforms:
            continue  # "wrote on X": a post quoted, no other outlet's report
        if f.outlet is not None and call_sign(f.outlet.name):
            continue  # "told WHVN-TV": a station's call sign, which a text story names for another's
        if f.outlet is not None and f.outlet.span is not None and not points_back(f.outlet, rules):
            start = f.outlet.span[0]
            before = text[max(0, start - _SPOKEN_REACH) : start]
            if _SPOKEN_TO.search(before) is None:
                # an interview with an outlet named otherwise is a second one spoken to: "said in a Sky News
                # interview", "in an interview with the newspaper Bild"
                after = text[f.outlet.span[1] : f.outlet.span[1] + _SPOKEN_REACH]
                if "interview" in before or _INTERVIEW_AFTER.match(after) is not None:
                    return None
                if _ON_AIR.search(before) is not None:
                    # "On Good Morning Britain, X said": a broadcast the story reports, not its own
                    return None
                # another's report, no one spoken to: "According to Xinhua", "carried by Reuters", "told
                # public broadcaster SABC" (an outlet a story introduces so is not its own)
                continue
            if _relayed(rules.months_and_days).match(text, f.outlet.span[1]) is not None:
                return None  # "told Fox News host Sean Hannity", "told Bloomberg in late May"
            named.add(f.outlet.name)
    if len(named) != 1:
        return None
    (name,) = named
    return None if name in rules.relayed_networks else name
