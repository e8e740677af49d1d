"""The article's own outlet from the marks its reporters leave, for a story no credit line credits to
a listed outlet, in this order: a photo's credit ("Mary Poe for The Westmere Times"); the name a byline
gives after the reporter's when the story says it was spoken to ("By Jane Doe, Harbour Sport" ...
"told Harbour Sport that C"), a staff line under the byline ("Westmere Times business reporter"), a
paper's name under a byline or a reporter's name with no "By", or a name above the headline the story
says it told something; the reporter's line at the foot ("Jane Doe covers courts for The Westmere
Mail."); a wire agency's closing note ("(Reporting by Jane Doe; Editing by Tom Hale)"); a credit naming
the paper's staff as contributing ("HVN's Mary Poe contributed to this report"); a link to the site's own
coverage ("Related: KXRW's coverage of the rover"); a syndicating site's note ("Copy edited by Harbour
Digest staff from a syndicated feed."); a staff photographer's credit closing a caption ("Photograph: Tom
Hale/Westmere Times"); a site's disclaimer on its links ("Westmere Pulse is not responsible for the content of
other sites."); a line at the foot asking readers to follow it on social media ("Follow Harbour News
East on Twitter, Facebook and Instagram") or to subscribe to it ("Subscribe to Westmere Gazette for
free"). A listed outlet credited for a photo anywhere ("Photo credit: Sky News.") counts after the caption's
credits."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from claimtrack.parse.credits import known_outlet, known_place, publication, the_paper, unlisted_paper
from claimtrack.parse.date_lines import parse_date_line
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules

Span = tuple[int, int]

_HEAD_LINES = 8  # lines at the top read for a byline: title, standfirst, byline, the line under it
_MAX_DATE_LINES = 2  # date lines between a reporter's name and the paper's: "9 May 2023", "Updated 9:45"
_FOOT_PARAGRAPHS = 3  # paragraphs at the end read for a reporter's line
_FOLLOW_PARAGRAPHS = 6  # paragraphs at the end read for a line asking readers to follow the site
_FOOT_LINE = 250  # characters: a longer line is prose, no reporter's line
_CAP = r"[A-Z][\w'’.&-]*"  # a capitalised word of a name
# "By Jane Doe" or "By Jane Doe, Harbour Sport": the part after the comma is the name to confirm
_BYLINE = re.compile(rf"(?:By|BY)[ ]+{_CAP}(?:[ ]{_CAP}){{1,3}}(?:,[ ](?P<part>[^,\n]{{2,40}}))?")
_NAMED = re.compile(rf"(?:The[ ])?{_CAP}(?:[ ]{_CAP}){{0,3}}")  # a name of up to four words
# "Jane Doe covers courts for The Westmere Mail.": a name, what the reporter does, the paper
_BIO = re.compile(
    rf"{_CAP}(?:[ ]{_CAP}){{1,3}}[ ](?P<middle>[^.\n]{{3,150}}?)[ ](?:for|at)[ ]"
    rf"(?:the[ ])?(?P<outlet>(?:The[ ])?{_CAP}(?:[ ]{_CAP}){{0,4}})"
    r"(?:[ ][a-z]+ing[ ][^.\n]{3,100})?\."  # "... for Harbour Tech covering public safety."
)
_DIGIT = re.compile(r"\d")
_PERSON = re.compile(rf"{_CAP}(?:[ ]{_CAP}){{1,2}}")  # "Jane Doe", alone on a line
# a photo's credit: a photographer's name, "for" and a paper opening with "The", closing its line or its
# brackets ("Mary Poe for The Westmere Times", "(Tom Hale for The Norvale Post)"), or a bar or a slash
# for "for" inside brackets ("(Tom Hale | The Norvale Post)", as a paper credits its staff photographer)
_SHOT_WORD = r"[A-Z][\w'’&-]{0,40}"  # no full stop inside, and bounded: a search from every "." stays short
_SHOT_FOR = re.compile(
    rf"(?:(?:^|[(.]|[.][ ])[ ]?{_SHOT_WORD}(?:[ ]{_SHOT_WORD}){{1,2}}[ ]for[ ]"
    rf"|[(]{_SHOT_WORD}(?:[ ]{_SHOT_WORD}){{1,2}}[ ]?[|/][ ]?(?=The[ ][^)\n]{{0,80}}[)]))"
    rf"(?P<paper>The(?:[ ]{_SHOT_WORD}){{1,3}})(?=[)]|[ ]*$)",
    re.M,
)
_MAX_STAFF_WORDS = 8  # words of a staff line: "Westmere Times senior political reporter"
_MAX_NAME_WORDS = 4
# "HVN's Jane Doe contributed to this report.", "Westmere Times staff reporter Tom Hale contributed
# reporting to this story."
_CONTRIBUTED = re.compile(
    r"(?P<who>[A-Z][^\n]{2,80}?)[ ]contributed(?:[ ]reporting)?"
    r"(?:[ ]to[ ]this[ ](?:report|story|article))?\.?"
)


def house_outlet(text: str, paragraphs: list[Span], rules: Rules) -> str | None:
    """The outlet the first of the marks above names, read in that order; None when none does."""
    return (
        shot_for(text, paragraphs)
        or signed_outlet(text, paragraphs, rules)
        or bio_outlet(text, paragraphs, rules)
        or footer_outlet(text, paragraphs, rules)
        or contributor_outlet(text, paragraphs, rules)
        or coverage_outlet(text, paragraphs, rules)
        or syndicator_outlet(text, paragraphs)
        or captioned_outlet(text, paragraphs, rules)
        or disclaimer_outlet(text, paragraphs, rules)
        or followed_outlet(text, paragraphs, rules)
        or scoop_outlet(text, paragraphs, rules)
    )


_SCOOP_PARAGRAPHS = 3  # paragraphs at the top read for an outlet's own finding
_SCOOP_WORD = r"[A-Z][\w'’.&-]{0,40}"  # a name's word, bounded: a search from every capital stays short
# "the Westmere Times", from a word's start
_SCOOP_NAME = rf"(?<![\w'’.&-])(?P<name>(?:[Tt]he[ ])?{_SCOOP_WORD}(?:[ ]{_SCOOP_WORD}){{0,3}})"


@functools.lru_cache(maxsize=4)
def _scoop_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    """A listed outlet's name, then one of `phrases` (`Rules.scoop_phrases`)."""
    return re.compile(rf"{_SCOOP_NAME}[ ]{alternation(phrases)}\b")


def scoop_outlet(text: str, paragraphs: list[Span], rules: Rules) -> str | None:
    """The listed outlet a story's first paragraphs say found something ("..., the Westmere Times has
    learned.", `Rules.scoop_phrases`); None when none does."""
    pattern = _scoop_pattern(rules.scoop_phrases)
    for s, e in paragraphs[:_SCOOP_PARAGRAPHS]:
        paragraph = text[s:e]
        if not any(phrase in paragraph for phrase in rules.scoop_phrases):
            continue  # (asked first: most stories name no finding of their own)
        for m in pattern.finditer(text, s, e):
            listed = known_outlet(m.group("name"), rules)
            if listed is not None:
                return listed
    return None


# "Follow Harbour News East on Twitter, ...": a site's promotion of its own accounts, at the foot
_FOLLOW = re.compile(
    rf"Follow[ ](?P<name>(?:The[ ])?{_CAP}(?:[ ]{_CAP}){{0,5}})[ ]on[ ](?P<platform>[A-Z]\w*)"
)

# "Subscribe to Westmere Gazette for free": a site asking readers to subscribe to it, at the foot
_SUBSCRIBE = re.compile(
    rf"Subscribe[ ]to[ ](?P<name>(?:The[ ])?{_CAP}(?:[ ]{_CAP}){{0,4}})(?:[ ]for[ ]free)?[.!]?[ ]*$",
    re.MULTILINE,
)


def followed_outlet(text: str, paragraphs: list[Span], rules: Rules) -> str | None:
    """The outlet a line at the foot asks readers to follow on a platform (`Rules.platforms`): "Follow
    Harbour News East on Twitter" is Harbour News East's, or a listed outlet's with a region
    after its name ("Sky News" for "Sky News North East"), or asks them to subscribe to ("Subscribe to
    Westmere Gazette for free"); not a reporter's account ("Follow Jane Doe on Twitter": no outlet's
    word)."""
    for s, e in reversed(paragraphs[-_FOLLOW_PARAGRAPHS:]):  # (links to other stories may close the page)
        m = _FOLLOW.match(text, s, e)
        if m is None or m.group("platform") not in rules.platforms:
            m = _SUBSCRIBE.match(text, s, e)  # "Subscribe to Westmere Gazette for free"
            if m is None:
                continue
        words = m.group("name").split()
        known = next(
            (k for n in range(len(words), 0, -1) if (k := known_outlet(" ".join(words[:n]), rules))), None
        )
        return known or unlisted_paper(m.group("name"), rules)
    return None


# a site's disclaimer on its links, alone in its paragraph: "Westmere Pulse is not responsible for the
# content of other sites." (the site names itself)
_DISCLAIMER = re.compile(
    rf"(?P<name>(?:The[ ])?{_CAP}(?:[ ]{_CAP}){{0,3}})[ ]is[ ]not[ ]responsible[ ]for[ ]the[ ]content[ ]of"
    r"[ ](?:external|other)[ ]"
)


def disclaimer_outlet(text: str, paragraphs: list[Span], rules: Rules) -> str | None:
    """The site a disclaimer on its links names as itself ("Westmere Pulse is not responsible for the content
    of other sites."), as its pages print it under a story; None when no paragraph opens so."""
    for s, e in paragraphs:
        m = _DISCLAIMER.match(text, s, e) if e - s <= _FOOT_LINE else None
        if m is not None:
            name = m.group("name")
            return known_outlet(name, rules) or name  # (`known_outlet` reads it with "The" and without)
    return None


# a photo's credit closing a caption line: "... Photograph: Tom Hale/Westmere Times" (one name after the
# slash; "Tom Hale/AFP/Getty Images" names agencies)
# or in brackets, as trade sites credit their staff ("(Tom Hale/Harbourwaves)"), or a staff credit ("Photo
# By Harbour Staff")
_CAPTION_CREDIT = re.compile(
    rf"(?:(?:Photograph|Photo|Picture):[ ]{_CAP}(?:[ ]{_CAP}){{1,2}}"
    rf"/(?P<paper>(?:The[ ])?{_CAP}(?:[ ]{_CAP}){{0,2}})$"
    rf"|[(]{_CAP}(?:[ ]{_CAP}){{1,2}}/(?P<bracketed>(?:The[ ])?{_CAP}(?:[ ]{_CAP}){{0,2}})[)]$"
    rf"|^(?:Photograph|Photo|Picture)[ ][Bb]y[ ](?P<staff>(?:The[ ])?{_CAP}(?:[ ]{_CAP}){{0,2}})[ ]Staff$)"
)


def captioned_outlet(text: str, paragraphs: list[Span], rules: Rules) -> str | None:
    """The paper a photo's credit at the end of a caption line names after the photographer's name and
    a slash, a staff photographer's: "Norvex warns suppliers. Photograph: Tom Hale/Westmere Times"; not a
    wire agency or a picture library (`Rules.news_agencies`, `Rules.photo_sources`). With none in the
    head lines, a listed outlet credited for a photo anywhere (`_listed_credit`)."""
    for line in _head_lines(text, paragraphs):
        m = _CAPTION_CREDIT.search(line[-_FOOT_LINE:])
        if m is None:
            continue
        paper = m.group("paper") or m.group("bracketed") or m.group("staff")
        if paper in rules.news_agencies or paper.lower() in rules.photo_sources:
            return None
        named = (
            known_outlet(paper, rules) or known_outlet("The " + paper, rules) or unlisted_paper(paper, rules)
        )
        # (a name no table lists, in brackets or before "Staff": only a site crediting its own staff says so)
        return named or (paper if m.group("paper") is None else None)
    return _listed_credit(text, rules)


# a listed outlet credited for a photo, closing a line anywhere: "... Photo credit: Sky News.", "...
# Photo: Sky News / Jane Roe" (the outlet, then its photographer after a spaced slash)
_LISTED_PHOTO = re.compile(
    rf"(?:Photo|Photograph|Picture)(?:[ ]credit)?:[ ](?P<outlet>{_CAP}(?:[ ]{_CAP}){{0,2}}?)"
    rf"(?:[ ]/[ ]{_CAP}(?:[ ]{_CAP}){{1,2}})?\.?[ ]*$",
    re.MULTILINE,
)


def _listed_credit(text: str, rules: Rules) -> str | None:
    """The first listed outlet a photo's credit names alone or before its photographer (`_LISTED_PHOTO`),
    not a wire agency nor a picture library."""
    for m in _LISTED_PHOTO.finditer(text):
        name = m.group("outlet").rstrip(".")
        if name in rules.news_agencies or name.lower() in rules.photo_sources:
            continue
        if (listed := known_outlet(name, rules)) is not None:
            return listed
    return None


# a syndicating site's note at the foot: "(Copy edited by Harbour Digest staff from a syndicated feed.)",
# "reworked by the Westmere Standard staff; ... a syndicated feed"
_SYNDICATED = re.compile(
    rf"(?:edited|reworked)[ ]by[ ](?:the[ ])?(?P<name>{_CAP}(?:[ ]{_CAP}){{0,3}})[ ]staff\b[^\n]{{0,120}}"
    r"syndicated[ ]feed"
)


def syndicator_outlet(text: str, paragraphs: list[Span]) -> str | None:
    """The site a syndication note at the foot names as editing the feed's copy, or None."""
    for line in _foot_lines(text, paragraphs):
        m = _SYNDICATED.search(line) if len(line) <= _FOOT_LINE and "syndicated" in line else None
        if m is not None:
            return m.group("name")
    return None


# a link to the outlet's own pages: "Related: KXRW's coverage of the rover", "More: Harbour Star's full
# coverage" (a label of `Rules.other_stories`, a name and its possessive, "coverage")
_COVERAGE = re.compile(
    rf"(?P<label>[A-Za-z ]{{2,30}}):[ ]+(?P<name>(?:The[ ])?{_CAP}(?:[ ]{_CAP}){{0,3}})['’]s[ ]"
    r"(?:[a-z]+[ ])?coverage\b"
)


def coverage_outlet(text: str, paragraphs: list[Span], rules: Rules) -> str | None:
    """The outlet a line linking to the site's own coverage names ("Related: KXRW's coverage of the
    rover"), as stations' and papers' pages print it between paragraphs; None when no line does."""
    for s, e in paragraphs:
        m = _COVERAGE.match(text, s, e)
        if m is not None and m.group("label").strip().lower() in rules.other_stories:
            return m.group("name")
    return None


def signed_outlet(text: str, paragraphs: list[Span], rules: Rules) -> str | None:
    """The name a byline gives after the reporter's ("By Jane Doe, Harbour Sport"), or alone on the line
    under it, when the story names it after words of `Rules.spoken_to_house` ("told Harbour Sport"); a
    staff line under it (`staff_line`); a paper's name under a byline or a reporter's name with no "By",
    date lines between or not ("Jane Doe" over "The Westmere Star"); else the name above the headline,
    when the story says it was told something. Only the first byline counts; a desk ("Political
    Reporter"), a place or a second reporter is none."""
    lines = _head_lines(text, paragraphs)
    for i, line in enumerate(lines):
        m = _BYLINE.fullmatch(line)
        if m is None:
            if i > 0 and _PERSON.fullmatch(line) and (paper := _paper_under(lines, i, rules)) is not None:
                return paper  # "Jane Doe" over "The Westmere Star": a byline with no "By"
            continue
        if m.group("part") is None and (paper := _paper_under(lines, i, rules)) is not None:
            return paper  # "By Jane Doe" over "The Norvale Call", a date line between or not
        part = m.group("part") or (lines[i + 1] if i + 1 < len(lines) else "")
        if (staffed := staff_line(part, rules)) is not None:
            return staffed  # "By Jane Doe" over "Westmere Times business reporter"
        if _candidate(part, rules) and _told(text, part.removeprefix("The "), rules):
            return part
        break  # only the first byline counts
    # a name above the headline that the story says it told something: "Pharma Pulse" ... "told Pharma Pulse"
    top = lines[0] if len(lines) > 1 else ""
    return top if _candidate(top, rules) and _told(text, top.removeprefix("The "), rules) else None


def _paper_under(lines: list[str], i: int, rules: Rules) -> str | None:
    """A paper's name alone on a line under the reporter's name on line `i`, past date lines: "The
    Westmere Star" (`the_paper`), "The Norvale Newspaper" (`publication`); else None."""
    for line in lines[i + 1 : i + 2 + _MAX_DATE_LINES]:
        if parse_date_line(line) is None:
            return (
                line
                if the_paper(line, rules) or publication(line, rules) or _town_paper(line, rules)
                else None
            )
    return None


def _town_paper(line: str, rules: Rules) -> bool:
    """Whether a line under a reporter's name is a town's paper in two words, the outlet's word closing
    it, no given name opening it: "Westmere Sun", "Harbour Ledger" (not a second reporter, "Jane Sun")."""
    words = line.split()
    return (
        len(words) == 2
        and words[0][:1].isupper()
        and words[0].isalpha()
        and words[1] in rules.outlet_words
        and not rules.given_name(words[0])
    )


def shot_for(text: str, paragraphs: list[Span]) -> str | None:
    """The paper a photo's credit says the photographer worked for: "Jane Doe for The Westmere Times",
    "(Tom Hale for The Norvale Post)" closing a caption; the paper commissioned the picture for this story."""
    for s, e in paragraphs:
        m = _SHOT_FOR.search(text, s, e)
        if m is not None:
            return m.group("paper")
    return None


def bio_outlet(text: str, paragraphs: list[Span], rules: Rules) -> str | None:
    """The paper closing a reporter's line among the last paragraphs ("Jane Doe covers courts for The
    Westmere Mail.", "Tom Hale is a senior reporter at the Norvale Post."): words of
    `Rules.reporter_bio` say it is one, none of `Rules.outside_writers` ("contributing writer")."""
    for line in _foot_lines(text, paragraphs):
        m = reporter_line(line, rules)
        if m is not None and _staff_job(m.group("middle"), rules):
            outlet = m.group("outlet")
            return known_outlet(outlet.removeprefix("The "), rules) or outlet
    return None


def reporter_line(line: str, rules: Rules) -> re.Match[str] | None:
    """The reporter's line that `line` is, stripped: a name, words of `Rules.reporter_bio` and the paper
    ("Jane Doe covers courts for The Westmere Mail."), then maybe how to reach the reporter ("Reach her
    at ...", `Rules.bio_contacts`); None for any other line."""
    line = line.strip()
    m = _BIO.match(line) if len(line) <= _FOOT_LINE else None
    if m is None or rules.reporter_bio.isdisjoint(m.group("middle").lower().split()):
        return None
    rest = line[m.end() :].split(maxsplit=1)
    return m if not rest or rest[0].lower() in rules.bio_contacts else None


def bio_paragraphs(text: str, paragraphs: list[Span], rules: Rules) -> list[Span]:
    """The last paragraphs that are a reporter's line (`reporter_line`): no prose of the story."""
    return [(s, e) for s, e in paragraphs[-_FOOT_PARAGRAPHS:] if reporter_line(text[s:e], rules) is not None]


def _staff_job(middle: str, rules: Rules) -> bool:
    """Whether the words between a reporter's name and the paper say a staff reporter's job: a word of
    `Rules.reporter_bio`, none of `Rules.outside_writers`, and one place only ("teaches at Norvale
    University and writes for C" names two: which printed the piece is not known; "covers farms and
    water for C", one)."""
    words = set(middle.lower().split())
    one_place = words.isdisjoint(("at", "for", "with")) and "," not in middle
    return one_place and bool(rules.reporter_bio & words) and not rules.outside_writers & words


def footer_outlet(text: str, paragraphs: list[Span], rules: Rules) -> str | None:
    """The agency whose closing note stands among the last paragraphs, by the words it holds
    (`Rules.wire_footers`): "(Reporting by Jane Doe in Nairobi; Editing by Tom Hale)" is Reuters'."""
    for foot in _foot_lines(text, paragraphs):
        line = foot.lstrip("(").lower()
        if len(line) > _FOOT_LINE:
            continue
        for agency, words in rules.wire_footers.items():
            if words and line.startswith(words[0]) and all(w in line for w in words[1:]):
                return agency
    return None


def staff_line(line: str, rules: Rules) -> str | None:
    """The paper a reporter's staff line names before the desk and the noun of `Rules.staff_nouns`:
    "Westmere Times business reporter" gives Westmere Times, "Pulse Staff Writer" Pulse (the words of
    `Rules.staff_desks` set aside); None when no capitalised name is left ("Senior Political Reporter")."""
    words = line.split()
    if not 2 <= len(words) <= _MAX_STAFF_WORDS or words[-1].lower() not in rules.staff_nouns:
        return None
    k = len(words) - 1
    while k > 0 and words[k - 1].lower() in rules.staff_desks:
        k -= 1
    # "Westmere City reporter": a capitalised desk word before a lower-case noun names a team's beat
    if words[-1].islower() and any(w[:1].isupper() for w in words[k:-1]):
        return None
    name = words[:k]
    if not name or len(name) > _MAX_NAME_WORDS or not all(w[:1].isupper() for w in name):
        return None
    outlet = " ".join(name)
    return None if _DIGIT.search(outlet) else known_outlet(outlet, rules) or outlet


def contributor_outlet(text: str, paragraphs: list[Span], rules: Rules) -> str | None:
    """The paper whose staff a credit at the foot names as contributing: "HVN's Jane Doe contributed to
    this report", "Westmere Times staff reporter Tom Hale contributed reporting" (not "The Associated
    Press contributed to this report": another outlet's help)."""
    for foot in _foot_lines(text, paragraphs):
        line = foot.lstrip("—–- ")
        m = _CONTRIBUTED.fullmatch(line) if len(line) <= _FOOT_LINE else None
        if m is None:
            continue
        who = m.group("who")
        owner, mark, _ = who.partition("’s " if "’s " in who else "'s ")
        if mark and _NAMED.fullmatch(owner) is not None:
            return known_outlet(owner.removeprefix("The "), rules) or owner
        words = who.split()
        noun = next((k for k, w in enumerate(words) if w.lower() in rules.staff_nouns), None)
        if noun is not None and (staffed := staff_line(" ".join(words[: noun + 1]), rules)) is not None:
            return staffed
    return None


def _foot_lines(text: str, paragraphs: list[Span]) -> Iterator[str]:
    """The lines of the last paragraphs, stripped, from the last paragraph back (its lines in order)."""
    for s, e in reversed(paragraphs[-_FOOT_PARAGRAPHS:]):
        for line in text[s:e].split("\n"):
            yield line.strip()


def _head_lines(text: str, paragraphs: list[Span]) -> list[str]:
    """The first non-empty lines of the text, stripped."""
    lines: list[str] = []
    for s, e in paragraphs:
        lines += [line.strip() for line in text[s:e].split("\n") if line.strip()]
        if len(lines) >= _HEAD_LINES:
            break
    return lines[:_HEAD_LINES]


def _candidate(part: str, rules: Rules) -> bool:
    """Whether a byline's part may be an outlet's name: capitalised words, no figure, no desk
    ("Political Reporter"), no place or country, no second reporter ("Emily Post")."""
    part = part.strip()
    if not part or _NAMED.fullmatch(part) is None or _DIGIT.search(part):
        return False
    words = part.removeprefix("The ").split()
    return not (
        words[-1].lower() in rules.reporter_bio
        or known_place(part, rules)
        or words[0] in rules.months_and_days
        or (len(words) == 2 and rules.given_name(words[0]))
    )


def _told(text: str, name: str, rules: Rules) -> bool:
    """Whether the story names `name` after words of `Rules.spoken_to_house`, "the" between or not."""
    said = alternation(rules.spoken_to_house)
    return re.search(rf"\b(?:{said})[ ](?:the[ ])?{re.escape(name)}\b", text) is not None
