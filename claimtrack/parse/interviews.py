"""Interviews: a medium that heard a speaker frames the speaker's later claims that name none ("X told
Handelsblatt C1. ... “C2,” X said": C2 came through Handelsblatt too), unless a later claim names
another occasion ("In his speech, X urged ...", "In June, X called on ...")."""

from __future__ import annotations

import re

from claimtrack.model import Outlet
from claimtrack.parse.reader_base import Found
from claimtrack.rules import Rules

_MARKS = '“”"«»,'  # quotation marks and commas around the words before an outlet's name
_INTERVIEW_REACH = 40  # characters before an outlet read for "interview" ("in an interview granted to X")
_OCCASION_REACH = 80  # characters before a claim read for another occasion ("In his speech, X urged")
_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s")
_PARAGRAPH_BREAK = re.compile(r"\n\s*")  # a line break and any blank lines after it
_SPEECH = frozenset({"say", "tell", "add", "state"})  # verbs that report speech, summing up nothing


class Interviews(dict[str, Outlet | None]):
    """Each speaker's interview so far (None: a claim of theirs named none), and the article's lede: its
    first claim below the headline that is no "X: C" line (`interview_goes_on`), with who made it.
    ("X: C" claims frame nothing and are framed by nothing.)"""

    def __init__(self, lede: Found | None) -> None:
        super().__init__()
        self.lede = lede  # (`lede_bodies.lede_of`)
        self.lede_name: str | None = None  # who made the lede, when it sums up (set once it is read)


def interview_goes_on(text: str, f: Found, name: str, interviews: Interviews, rules: Rules) -> None:
    """ "X said C1. He stated this in an interview with Bild. ... “C2,” X said.", "X stated, in an
    interview granted to AGERPRES, that C1. ... “C2,” X said." and "X told Handelsblatt C1. ... “C2,” X
    said.": C2 came from that interview too, when no claim of the speaker before named one. A medium
    heard otherwise ("told", "said on") frames only from the speaker's first claim: further on it is one
    venue among others ("X said C1. ... X told Sky News C2. ... X says C3"). The article's first claim
    (`lede`) naming none, by a verb that sums up rather than reports speech, is no such claim: it sums up
    the interview that follows ("X has defended the plan. “C1,” X told the Courier. He said C2": C2 came
    through the Courier), when the medium is named in the lede's paragraph or the next: further on the
    lede sums up more than that interview. ("X said C1. X told Sky News C2. X said C3": C3 may be said
    anywhere.) A claim in the present naming no medium before any other of the speaker's ("X says C1")
    sums up too, wherever it stands."""
    if f.rule == "colon" and f.outlet is None:
        return  # "Norvex CEO: Our ferries stay in service", a headline's form, says nothing of where
    if f.outlet is None and _present(f) and name not in interviews:
        return  # "X says C1. “C2,” X told the Courier. He said C3": a claim in the present sums up
    if f is interviews.lede and f.outlet is None and f.cue.lemma not in _SPEECH:
        interviews.lede_name = name
        return
    heard = None if f.outlet is None or f.frames else interviewed(text, f.outlet, rules)
    framed = f.frames or (heard == "interview" and interviews.get(name) is None)
    if heard == "told" and name not in interviews and not _near_lede(text, f, name, interviews):
        interviews[name] = None  # "X has defended C1. ... (paragraphs on) ... X told CNN C2"
    if f.outlet is not None and (framed or (heard == "told" and name not in interviews)):
        interviews[name] = f.outlet
    elif f.outlet is None and (outlet := interviews.get(name)) is not None and not _elsewhere(text, f, rules):
        f.outlet = Outlet(name=outlet.name, span=None)
    else:
        interviews.setdefault(name, None)


def _present(f: Found) -> bool:
    """Whether a cue is in the present, as a lede sums up what the story then reports: "X says C"."""
    return f.cue.text.lower().split()[-1] in ("says", "say", "tells")


def _near_lede(text: str, f: Found, name: str, interviews: Interviews) -> bool:
    """Whether the lede's claim, if `name` made it, stands in `f`'s paragraph or the one before it
    (True when the lede is another's or named a medium)."""
    lede = interviews.lede
    if lede is None or interviews.lede_name != name:
        return True
    return len(_PARAGRAPH_BREAK.findall(text, lede.start, f.start)) <= 1


def interviewed(text: str, outlet: Outlet, rules: Rules) -> str | None:
    """How an outlet named in a sentence heard the speaker: "interview" ("in an interview granted to
    AGERPRES"), "told" ("told Handelsblatt", "said Tuesday on CBC Extra News", "said in a statement to
    SANA": the words before the name, `Rules.framing_leads`; not a post on a platform, "wrote on
    Twitter"), or None."""
    if outlet.span is None:
        return None
    before = text[max(0, outlet.span[0] - _INTERVIEW_REACH) : outlet.span[0]]
    if "interview" in before:
        return "interview"
    if outlet.name in rules.platforms:
        return None
    words = [w.strip(_MARKS).lower() for w in before.split()[-6:]]
    while words and (words[-1] in ("", "the", "a", "an") or words[-1] in rules.outlet_descriptors):
        words.pop()  # "told the pro-Kremlin Izvestia", "said on “Fox News Sunday”"
    while words and (words[-1] in rules.nationalities or _country_of(before, len(words), rules)):
        words.pop()  # "told the German Handelsblatt", "speaking to Norvale's Harbour News"
    if " ".join(words[-2:]) in rules.interview_leads:
        return "interview"  # "speaking to the Financial Times, X ...": the whole interview's scene
    if len(words) > 1 and words[-1] in ("in", "for") and words[-2] in rules.written_pieces:
        return "interview"  # "in a guest essay in the Westmere Times": the piece goes on as one
    told = bool(words) and (words[-1] in rules.framing_leads or " ".join(words[-2:]) in rules.framing_leads)
    return "told" if told else None


def _country_of(before: str, count: int, rules: Rules) -> bool:
    """Whether word `count` (from 1) of the last six words of `before` is a country's possessive, as it
    was written: "Norvale's" before "Harbour News"."""
    word = before.split()[-6:][count - 1].strip(_MARKS)
    return word.endswith(("'s", "’s")) and word[:-2] in rules.countries


def _elsewhere(text: str, f: Found, rules: Rules) -> bool:
    """Whether the words framing a claim (its sentence's opening, the cue and a little after it, never
    the content) name another occasion than the interview: "In his speech, X urged C", "In June, X
    called on C", "C, X said at a rally" (`Rules.occasions`; a month, not a weekday)."""
    paragraph = text.rfind("\n", 0, f.start) + 1
    lo = max(paragraph, f.start - _OCCASION_REACH)
    for stop in _SENTENCE_END.finditer(text, lo, f.start):
        lo = stop.end()  # the claim's own sentence only
    hi = f.cue.span[1] if f.cue.span else f.start
    line_end = text.find("\n", hi)
    hi = min(hi + _OCCASION_REACH // 2, len(text) if line_end < 0 else line_end)
    frame = list(text[lo:hi])
    for start, end in f.spans:
        for i in range(max(start, lo), min(end, hi)):
            frame[i - lo] = " "  # the content's own words are what was said, not where
    for m in _WORD.finditer("".join(frame)):
        word = m.group()
        month = word in rules.months_and_days and not word.endswith("day")
        if month or word.lower() in rules.occasions:
            return True
    return False
