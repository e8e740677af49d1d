"""Credit lines: the lines of an article's frame that name whose copy it is.

A byline naming an outlet ("• Kyodo", "By Kyodo", "(Kyodo)", "By Jane Doe, Reuters", "IANS | By,
Kabul", "Anadolu Agency ANKARA"), a line naming
the outlets a story was based on ("Based on reporting by AP and Reuters", "With inputs from PTI":
`Rules.credit_openings`), a line crediting an outlet beside a printed date ("(Xinhua) 10:02, June
25, 2020"), and the header of a press review's section ("IZVESTIA (1, 2, 3/4/2005)", "Kommersant (April
3)"). Only outlets the rules know count: "By Jane Doe" and "With reporting by Jane Doe" credit a
reporter, no outlet.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from claimtrack.parse.dates import parse_date_line
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules

_MAX_FILED_WORDS = 4  # words of an agency's byline with its place: "PTI, New Delhi,"
_COMMA_DATED = re.compile(
    r"(?P<outlet>[A-Z][^,()\n]{1,40}),[ \t\u00a0]+(?P<rest>[^\n]{4,40})"
)  # "Xinhua, Dec 2"
_BRACKETED = re.compile(
    r"""
    \((?P<outlet>[^()\n]{1,40})\)  # the outlet in brackets: "(Xinhua)"
    [ \t\u00a0]*(?P<rest>[^\n]*)  # then nothing, or a printed date: "10:02, June 25, 2020"
    """,
    re.VERBOSE,
)
_HEADER = re.compile(
    r"""
    (?P<name>[^()\n]{2,40}?)  # the outlet's name: "IZVESTIA", "Kommersant"
    [ ]*(?:\((?P<note>[^()\n]{1,40})\))?  # the day or pages in brackets: "(April 3)", "(1, 2, 3/4/2005)"
    """,
    re.VERBOSE,
)
_REPORTER = re.compile(
    r"""
    (?P<outlet>[A-Z][^’'\n:]{0,40}?)['’]s?  # the outlet and its possessive: "ABC News’"
    [ ](?P<who>[A-Z][^\s:]*(?:[ ][A-Z][^\s:]*){0,3})  # its reporter: "Jane Doe"
    [ ](?P<verb>[a-z]+):  # "reports:"
    """,
    re.VERBOSE,
)
_PLACE_DASH = re.compile(
    r"[A-Z][A-Z'’.]+(?:[ ][A-Z][A-Z'’.]+){0,2}[ \u00a0]*[–—-][ \u00a0]*(?P<outlet>[A-Z][^\n–—]{1,40})"
)  # "ANKARA-Anadolu Agency"
_SEATED = re.compile(
    r"""
    (?P<outlet>[A-Z][\w'’.&-]*(?:[ ][A-Z][\w'’.&-]*){0,3})  # the paper: "Daily Trust"
    [ ]\((?P<place>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})\)  # its city: "(Abuja)"
    """,
    re.VERBOSE,
)
_DATED_NOTE = re.compile(r"\d")  # a note in brackets with a digit gives a day or pages
# the last word of a reporter's desk on the line under a byline: "Business reporter, BBC News"
_DESKS = frozenset({"reporter", "correspondent", "editor", "writer"})
_BY = re.compile(r"(?:By|BY|by):?[ ]+|By(?=[A-Z]{2})")  # ("by SaharaReporters, New York Sep 17, 2019";
# a copy may glue "By" to an agency's initials: "ByIFP Bureau"; or give it a colon: "BY: Telegraph.co.uk")
# a byline after the time it was posted: "Published on 23/04/2024 - 18:22 By Jane Doe - ..."
# a line crediting a video or a report to its reporter, as a byline does: "• Video report by Jane Roe"
_REPORT_BY = re.compile(r"(?:[•*][ ]+)?(?:(?:Video|Audio)[ ])?[Rr]eport[ ]by[ ]+(?=[A-Z])")
_STAMPED_BY = re.compile(r"(?:Published|Posted|Updated)(?:[ ]on)?:?[ ][\d/.:,\- ]{4,30}[ ]By[ ]+")
_BY_TAIL = re.compile(
    r"[ ]+(?:on[ ]+)?(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]+\d).*$"
)  # a date or an age after the byline's name: "By Daily Sports on May 26, 2018", "By AFP 53 mins ago"
# the company style after a paper's name in its copyright line: " Press (M) Bhd", " Ltd", " Pvt. Ltd.",
# " DAC" (an Irish company), " plc", " LLC", " Inc."
_PUBLISHER = re.compile(
    r"(?:(?:[ ]Press)?(?:[ ]\([A-Z]\))?(?:[ ](?:Sdn|Pvt\.?|Private))?[ ](?:Bhd|Berhad|Ltd|Limited)"
    r"|(?:[ ]Pty)?,?[ ](?:DAC|plc|PLC|LLC|Inc))\.?$"  # (a comma before it: "Harbour Media, Inc.")
)
_TRAILING_YEAR = re.compile(r",?[ ]+\d{4}(?:[–-]\d{2,4})?\.?$")  # a copyright's year after the name
_TITLE_PARTS = re.compile(
    r"[ \u00a0]+(?:\||[–—-])[ \u00a0]+"
)  # "Headline | Daily Sabah", "Headline - Reuters"
_PARTS = re.compile(r"[ ]*(?:,|;|\||/|&|\+|[ ]and[ ]|[ ][–—-][ ])[ ]*")  # "AP and Reuters", "TASS+Prime"
_PAPER_OPENERS = frozenset({"Daily"})  # words opening only a paper's name: "Daily Sports", not "Post Office"
_MAX_WORDS = 12  # a credit line is short; a longer line is prose
_MAX_PART_WORDS = 4  # words of each part of a credit between bars ("IANS | By, Kabul")
_MAX_BYLINE_WORDS = 8  # words of a byline's part between bars: "By Jane Doe, Senior Business Editor"
_MAX_PLACE_WORDS = 3  # words of the place in capitals after an outlet ("Anadolu Agency ANKARA")
_PLACE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")  # letters, no colon: "TÜRKIYE", not "CHECK:"
_DIGIT = re.compile(r"\d")
_THE_NAME = re.compile(r"The(?:[ ][A-Z][\w'’.&-]*){1,3}")  # an outlet's name as bylines print it
_GLUED_THE = re.compile(
    r"[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){1,2}[ ](?P<paper>The(?:[ ][A-Z][\w'’.&-]*){1,3})"
)
_YEAR = re.compile(
    r"^[ \u00a0]*(?:©[ ]*)?\d{4}(?:[–-]\d{2,4})?,?"
)  # a copyright's year: "2023", "© 2019-2023"
_DOMAIN = re.compile(r"(?:www\.)?(?P<name>[a-z][a-z0-9-]{1,30})(?:\.[a-z]{2,6}){1,2}/?")  # "rnz.co.nz"
_EMAIL = re.compile(r"[a-z0-9._+-]{1,40}@(?P<site>[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){0,2}\.[a-z]{2,6})")
_AGENCIES = re.compile(
    r"(?P<name>[A-Z][^&\n]{1,60}?)[ ]+(?:&|and|with)[ ]+(?:[Aa]gencies|[Aa]gency [Ii]nputs)"
)
_AGENCY_NOUNS = (" news agency", " agency")  # what an agency's name may be followed by, in any case
_COPYRIGHT_MARKS = frozenset({"copyright ©", "copyright (c)", "copyright", "©", "(c)"})
# up to four capitalised words; a brand may open with a small letter or two before a capital ("iHarbour")
_OWNER = re.compile(r"(?:The[ ])?(?:[A-Z]|[a-z]{1,2}(?=[A-Z]))[\w'’.&-]*(?:[ ][A-Z][\w'’.&-]*){0,3}")
_COPY_GOES_ON = frozenset({"with", "by", "from", "and"})  # "Anadolu Agency story with additional input"
_MAX_INITIALS = 6  # letters of an agency's initials before its staff's word: "IFP Bureau"
# a byline whose page lost the break between the reporter's name and the paper's ("Jane RoeThe Westmere
# Clarion", as some sites' scraped copy runs them together): a name whose last letter is in lower case, then
# "The" and a capitalised word
_GLUED = re.compile(
    r"(?P<name>[A-Z][a-z'’-]+(?:[ ][A-Z][\w'’-]*[a-z]){1,2})(?P<paper>The[ ][A-Z][\w'’ -]{1,40})"
)
_SIGNATURE = re.compile(r", |[ ]·[ ]|[ ]/[ ]")  # between a reporter's name and the outlet
# an outlet's name, then its byline after a slash or a bar: "ABC Rural / By Jane Doe"
_BY_AFTER = re.compile(r"(?P<outlet>[A-Z][^/|\n]{1,40}?)[ ]+[/|][ ]+By[ ][A-Z][^\n]{1,40}")
_MAX_LENGTH = 160  # characters, tested first: a long paragraph is not split into words to see it


@functools.lru_cache(maxsize=16)
def _names(rules: Rules) -> dict[str, str]:
    """The outlets the rules list or alias, by their lower-case spelling ("KYODO NEWS" is "Kyodo News").
    Where the tables list two spellings of one name ("TASS", "Tass"; "The PUNCH", "The Punch"), the first
    in sorted order: the tables are sets, and their order changes from run to run with the hash seed."""
    names: dict[str, str] = {}
    for name in sorted({*rules.outlets, *rules.outlet_aliases}):
        names.setdefault(name.lower(), name)
    return names


def known_outlet(name: str, rules: Rules) -> str | None:
    """The listed outlet `name` spells, as listed: "Kyodo", "KYODO" and "the Kyodo" give "Kyodo"; an
    agency's other name gives the name it signs with ("Emirates News Agency" gives "WAM")."""
    name = name.strip()
    bare = name.removeprefix("the ").removeprefix("The ")
    # "the Guardian" written in lower case is "The Guardian" as listed (not "the Times": `_listed_outlet`)
    forms = (name, bare, "The " + bare) if bare != name and bare not in rules.outlet_words else (name, bare)
    found = next((s for s in forms if s in rules.outlets or s in rules.outlet_aliases), None)
    arabic = arab_article(bare.lower())  # "al-Ahram" is "Al-Ahram"
    if found is None and (bare.isupper() or bare.islower() or bare.count(" ") >= 2 or arabic):
        found = _names(rules).get(bare.lower())  # a long name in any case: "Press Trust of india"
    if found is None and bare.isupper():  # "PUNCH" in capitals is "The Punch"
        found = _names(rules).get("the " + bare.lower())
    noun = next((n for n in _AGENCY_NOUNS if bare.lower().endswith(n)), None) if found is None else None
    if noun is not None:  # "BERNAMA News Agency", "Antara news agency": the listed name and its noun
        stem = bare[: -len(noun)]
        return known_outlet(stem, rules) if stem and " " not in stem else None
    if found is None:
        return edition(bare, rules)  # "CNN Philippines"
    return rules.outlet_aliases.get(found, found)


def medium_name(name: str, rules: Rules) -> bool:
    """Whether `name` names a medium: a listed outlet (`known_outlet`) or a name holding one of
    `Rules.outlet_words` ("Harbour Radio", "Westmere Today")."""
    return known_outlet(name, rules) is not None or any(w in rules.outlet_words for w in name.split())


def arab_article(name: str) -> bool:
    """Whether `name` opens with an Arab paper's article in lower case: "al-Hayat", "an-Nahar"."""
    return name[:3] in ("al-", "el-", "an-", "as-")


def edition_of(name: str, rules: Rules) -> str | None:
    """The listed outlet whose edition, desk or service `name` is (`edition`): "BBC" for "BBC Wales",
    "CNN" for "CNN Philippines"; else None."""
    head = _edition_head(name, rules)
    return rules.outlet_aliases.get(head, head) if head is not None else None


def edition(name: str, rules: Rules) -> str | None:
    """A listed outlet followed by a country's name is its national edition, an outlet of its own:
    "CNN Philippines", "Sky News Australia" (not "Reuters Japan said" in prose: names only); so is one
    followed by a desk's word (`Rules.outlet_desks`: "ABC Rural", "BBC Sport"), with its news service's
    word or not ("BBC Scotland News")."""
    return name if _edition_head(name, rules) is not None else None


def _edition_head(name: str, rules: Rules) -> str | None:
    """The listed outlet's name opening `name` when a country or a desk's word follows it (`edition`)."""
    words = name.split()
    for n in range(1, min(len(words), _MAX_PLACE_WORDS + 1)):
        head, rest = " ".join(words[:n]), " ".join(words[n:]).removesuffix(" News")
        placed = rest in rules.countries or rest in rules.outlet_desks
        if placed and (head in rules.outlets or head in rules.outlet_aliases):
            return head
    return None


def outlet_word(word: str, rules: Rules) -> bool:
    """Whether `word` is one of `Rules.outlet_words`, or closes with one after a hyphen: "Times",
    "Sun-Times"."""
    return word in rules.outlet_words or word.rpartition("-")[2] in rules.outlet_words


# a document and the outlet that obtained it, as a sentence credits both: "a draft communique obtained by
# AFP", "the memo seen by the Harbour Times"
_OBTAINED = re.compile(r"(?P<document>.+?)[ ](?:obtained|seen|reviewed|viewed)[ ]by[ ](?P<outlet>.+)")


def obtained_by(name: str, rules: Rules) -> tuple[str, str] | None:
    """(the document, the outlet) of a document's phrase naming the outlet that obtained it ("the draft
    report obtained by Reuters": the report speaks, through Reuters); None when the one after "by" is no
    outlet ("a letter seen by the court")."""
    m = _OBTAINED.fullmatch(name)
    if m is None:
        return None
    paper = m.group("outlet")
    bare = paper.removeprefix("the ")  # "the Harbour Times", as the table and bylines write "The"
    known = known_outlet(paper, rules) or publication("The " + bare if bare != paper else paper, rules)
    return (m.group("document"), paper) if known is not None else None


def publication(name: str, rules: Rules) -> str | None:
    """A name of capitalised words ending in an outlet's word (`Rules.outlet_words`), credited in a
    byline though no table lists it: "The Canadian Press", "Harbour Valley News". Two words with no
    "The" before them may be a reporter's name ("Emily Post", "Jane Sun"), unless the first is an
    acronym ("KXLY News")."""
    words = name.strip().split()
    if not 2 <= len(words) <= _MAX_PART_WORDS + 1:
        return None
    # the outlet's word closes the name, or stands inside a longer one ("Santa Banta News Network"), or
    # opens it as only a paper's name does ("Daily Sports", "Daily Trust")
    inside = len(words) >= 3 and not rules.outlet_words.isdisjoint(words)
    # (closing a hyphenated last word too: "The Harbour Sun-Times")
    if not outlet_word(words[-1], rules) and not inside and words[0] not in _PAPER_OPENERS:
        return None
    if not all(w[:1].isupper() or w in ("of", "and", "&") for w in words) or _DIGIT.search(name):
        return None
    named = words[0] in ("The", "THE") or len(words) > 2 or (words[0].isupper() and len(words[0]) > 1)
    named = named or words[0] in _PAPER_OPENERS
    return name.strip() if named else None


def credited_outlet(line: str, rules: Rules, *, lone: bool = False, masthead: bool = False) -> str | None:
    """The outlet a byline or credit line names: the first the rules know, else None; `lone` (the head
    of a story that is no press review) lets a one-word name alone on its line credit: "Bernama";
    `masthead` (a line under the title, at such a head) an unlisted paper's name (`_masthead`)."""
    line = line.strip()
    copyright_line = line.startswith(("©", "Copyright", "COPYRIGHT"))  # the owner's full style may run long
    # a note's first sentence counts when a portal's boilerplate follows it: "News by Reuters, edited by
    # X, Checkout. For more Retail stories, click here."
    if not line or len(line) > _MAX_LENGTH:
        return None  # (a paragraph of prose: asked first, before any copy of it is made)
    # "Jane Doe · Harbour News · Posted: Mar 3, 2021 9:15 AM ET": the name and the outlet are the line
    line = " · ".join(line.split(" · ")[:2]) if " · " in line else line
    reported = _REPORT_BY.match(line)  # "• Video report by Harbour TV Correspondent Jane Roe": a byline
    line = "By " + line[reported.end() :] if reported is not None else line
    noting = line.lower().startswith(rules.credit_openings)
    counted = line.split(". ", 1)[0] if noting else line
    if (stamped := _STAMPED_BY.match(counted)) is not None:
        counted = counted[stamped.end() :]  # the byline after the time it was posted
    if len(counted.split()) > _MAX_WORDS and not copyright_line:
        return None
    if "|" in line and (piped := _piped(line, rules)) is not None:
        return piped  # "AA | 19.08.2019 - 08:49..": a stamp may end in dots
    noted = _credit_note(line.removesuffix("."), rules)  # a sentence of its own, full stop and all
    if noted is None and line[-1] == ":":
        return _reporter_of(line, rules)  # "ABC News’ Jane Doe reports:"
    if noted is not None:
        return noted
    if line[-1] == "," and len(line.split()) <= _MAX_FILED_WORDS:
        line = line[:-1]  # "PTI, New Delhi,": a byline's place, its comma left on
    elif line[-1] in ".!?:,;":
        return None
    bracketed = _BRACKETED.fullmatch(line)
    if bracketed and not bracketed.group("rest"):
        return known_outlet(bracketed.group("outlet"), rules)  # "(Kyodo)"
    if (seated := _SEATED.fullmatch(line)) is not None and (found := _seated(seated, rules)) is not None:
        return found  # "The Nation (Nairobi)"
    bullet = next((b for b in rules.bullets if line.startswith(b)), None)
    if bullet is not None:
        return known_outlet(line[len(bullet) :].lstrip("—–- "), rules)  # "• Kyodo", "-- Xinhua"
    prompt = next((p for p in rules.outlet_prompts if line.startswith(p)), None)
    if prompt is not None:
        return known_outlet(line[len(prompt) :], rules)  # "Watch CBS News"
    if line.startswith("《") and "》" in line:  # "《WESTMERE TIMES》 Ferries stop for a week": a masthead
        return known_outlet(line[1 : line.index("》")], rules)
    by = _BY.match(line) or _STAMPED_BY.match(line)
    if by is not None:
        return _by_line(_BY_TAIL.sub("", line[by.end() :]), rules)
    if (led := _BY_AFTER.fullmatch(line)) is not None:  # "ABC Rural / By Jane Doe"
        outlet = led.group("outlet")
        # a listed outlet's desk or programme keeps its own name: "ABC Rural", "BBC Sport"
        desk = outlet if known_outlet(outlet.split()[0], rules) is not None else None
        return known_outlet(outlet, rules) or publication(outlet, rules) or desk
    if "|" in line:
        return _piped(line, rules)  # "IANS | By, Kabul"
    if (glued := _GLUED.fullmatch(line)) is not None:
        line = f"{glued.group('name')}, {glued.group('paper')}"  # "Jane RoeThe Westmere Clarion"
    if (signed := _signed(line, rules)) is not None:
        return signed  # "Bianca Dava, ABS-CBN News": a reporter's name, then the outlet
    if (filed := _filed_from(line, rules)) is not None:
        return filed  # "Reuters, Orobiri, Nigeria": the agency, then where it filed from
    if (domain := _DOMAIN.fullmatch(line)) is not None:  # a site's address alone on a line: "rnz.co.nz"
        return known_outlet(line, rules) or known_outlet(domain.group("name"), rules)
    if (pooled := _AGENCIES.fullmatch(line)) is not None:  # "Tribune News Service & Agencies"
        return known_outlet(pooled.group("name"), rules)
    if line.endswith(" Online") and (online := known_outlet(line.removesuffix(" Online"), rules)):
        return online  # "The Independent Online": the paper's site
    # "Kyodo News" alone on its line (a one-word name alone may be a review's heading: "Kommersant")
    alone = known_outlet(line, rules) if " " in line or (lone and _lone_word(line, rules)) else None
    # "The Hindu Bureau", "Courier Staff Writer" (a reporter of the paper, under the headline)
    staffed = (
        _staff(line, rules)
        if line.startswith("The ") or line.endswith((" Staff Writer", " Staff Reporter"))
        else None
    )
    found = alone or staffed or _placed(line, rules) or _dashed(line, rules) or _joined(line, rules)
    found = found or _before_desk(line, rules)  # "BBC Scotland business correspondent", under the name
    if found is None and line.count(" / ") >= 2 and "|" not in line:
        found = _piped(barred(line), rules)  # "Jane Doe / HVN / Updated: Mar 4, 2024": slashes as bars
    return found or (_masthead(line, rules) if masthead else None)


def _by_line(rest: str, rules: Rules) -> str | None:
    """The outlet of a byline after its "By": the last part the rules know ("By Kyodo", "By Jane Doe,
    Reuters", "By Jane Doe with AFP"), else any other part after the reporter's ("By Jane Doe, BBC News,
    Leeds"), a part after the reporter's desk ("By Jane Doe, Senior Editor, Water Finance & Management"),
    what a bar sets off ("By Jane Doe | The Oregonian/OregonLive"), or a listed outlet closing the first
    part ("By JANE DOE Associated Press")."""
    _, bar, after = rest.partition(" | ")
    if bar and (piped := _after_bar(after.strip(), rules)) is not None:
        return piped
    if (titled := _titled_reporter(rest, rules)) is not None:
        return titled  # "By Westmere News Correspondent Jane Roe"
    # "By Jane Doe for The Westmere Eagle": the outlet written for, as after a bar
    _, written, client = rest.partition(" for ")
    if (
        written
        and len(client.split()) <= _MAX_PART_WORDS
        and (piped := _after_bar(client, rules)) is not None
    ):
        return piped
    parts = _PARTS.split(rest)
    last = parts[-1].rpartition(" with ")[2]
    if last.endswith(")") and "(" in last:  # "By Li Xinzhu (China Daily)": the reporter's paper
        last = last[last.rfind("(") + 1 : -1]
    # else the first part, then a stamp or a place: "By IANS | Updated: October 8, 2025 15:00 IST"
    credit_only = last if last in rules.credit_only_outlets and len(parts) > 1 else None  # "By X, PA"
    # after the reporter's name, two words ending in an outlet's word: "By Jane Doe, Sussex Express"
    pair = last.split()
    worded = len(parts) > 1 and len(pair) == 2 and pair[-1] in rules.outlet_words and last.istitle()
    # (not a second reporter: "By Jane Doe and Li Sun", "By Jane Doe, Emily Post")
    worded = worded and rest.endswith(", " + last) and not rules.given_name(pair[0])
    credit_only = credit_only or (last if worded else None)
    # "By Jane Doe The Westmere Eagle", a copy that lost the comma: the name opening with "The"
    glued = _GLUED_THE.fullmatch(last) if len(parts) == 1 else None
    if glued is not None and the_paper(glued.group("paper"), rules):
        return known_outlet(glued.group("paper").removeprefix("The "), rules) or glued.group("paper")
    # a name opening with "The" after the reporter's: "By Jane Doe, The Westmere Eagle" (not "The Hague")
    named = len(parts) == 2 and the_paper(last, rules) and rest.endswith(", " + last)
    credit_only = credit_only or (last if named else None)
    found = known_outlet(last, rules) or (_closing_outlet(last, rules) if len(parts) == 1 else None)
    found = found or (_after_name(last, rules) if len(parts) == 1 else None)
    found = found or publication(_without_desk(last, rules), rules) or credit_only or _staff(last, rules)
    if found is None and (site := _DOMAIN.fullmatch(last.lower())) is not None:
        found = known_outlet(site.group("name"), rules) or last  # "BY: Telegraph.co.uk"
    if found is None:
        found = next(
            (o for p in reversed(parts[1:-1]) if (o := known_outlet(p, rules) or publication(p, rules))), None
        )
    # "By Jane Doe - Agência Brasil reporter - Brasília": the desk's part, wherever it stands
    desked = next((o for p in reversed(parts[1:]) if (o := _before_desk(p, rules)) is not None), None)
    # the outlet's staff signing before the place filed from: "By HVN Correspondent, Harbour City"
    staffed = _staff(parts[0], rules) if len(parts) > 1 else None
    return found or _after_desk(rest, rules) or desked or known_outlet(parts[0], rules) or staffed


def _after_name(part: str, rules: Rules) -> str | None:
    """The paper after a reporter's name in a byline that lost the line break between them: "By Jane Doe
    Harbour Star-Courier" (two capitalised words of a name, then two or three of a paper's name ending
    in an outlet's word; after a listed given name, "By Jane Doe Star Courier", its first word may be an
    outlet's too). Not a paper's name alone: "By The Harbour Valley Press", "By Harbour Valley Daily
    News", "By Norvale City News Network" (the words after the first two open as an outlet's name does)."""
    words = part.split()
    if not 4 <= len(words) <= _MAX_PART_WORDS + 1 or _DIGIT.search(part):
        return None
    name, paper = words[:2], words[2:]
    person = _name_shaped(" ".join(name), rules)
    # (a paper's name may open with an outlet's word after a listed given name: "By Jane Doe Star Courier")
    opening = (outlet_word(paper[0], rules) and not rules.given_name(name[0])) or paper[0] in _PAPER_OPENERS
    if not person or name[0] == "The" or opening:
        return None
    return " ".join(paper) if outlet_word(paper[-1], rules) and all(w[:1].isupper() for w in paper) else None


def _after_bar(part: str, rules: Rules) -> str | None:
    """The outlet a byline's bar sets off after the reporter: listed, a publication's name, "NJ Advance
    Media for NJ.com" (the site it writes for), or a name opening with "The" ("The Oregonian/OregonLive")."""
    part = part.rpartition(" for ")[2]
    if (mail := _EMAIL.fullmatch(part.lower())) is not None:  # "By Jane Doe | jdoe@westmere.com"
        site = mail.group("site")
        if site in rules.mail_hosts:
            return None
        return known_outlet(site, rules) or known_outlet(site.split(".")[0], rules) or site
    found = known_outlet(part, rules) or publication(part, rules)
    if found is None and _DOMAIN.fullmatch(part.lower()) is not None:
        return part
    named = part.startswith("The ") and len(part.split()) <= _MAX_PART_WORDS and not _DIGIT.search(part)
    return found or (part if named and all(w[:1].isupper() for w in part.split()) else None)


def named_after_bar(part: str, rules: Rules) -> bool:
    """Whether the part a bar sets off after a byline ("By Jane Roe | Harbour Biotech") names its paper:
    one to three capitalised words, no place the rules list, no section's word (`Rules.byline_sections`:
    "By Jane Roe | Politics") and no second reporter ("By Jane Roe | Tom Hale")."""
    words = part.split()
    if not 1 <= len(words) <= _MAX_PLACE_WORDS or _reporter(part, rules) or known_place(part, rules):
        return False
    capitalised = all(w == "&" or (w[:1].isupper() and w.isalpha()) for w in words)
    return capitalised and rules.byline_sections.isdisjoint(words)


def _after_desk(rest: str, rules: Rules) -> str | None:
    """The part after a reporter's desk in a byline: "Jane Doe, Senior Editor, Water Finance &
    Management" gives the trade paper (the last part, whatever its words)."""
    parts = rest.split(", ")
    desk = parts[1].split() if len(parts) >= 3 else []
    if not desk or desk[-1].lower() not in _DESKS:
        return None  # (no desk, or an empty part: "By , , By")
    last = parts[-1]
    if known_place(last, rules):
        return None  # "By Jane Doe, Staff Writer, Nairobi": where she filed from
    return last if len(last.split()) <= _MAX_PART_WORDS + 1 and last[:1].isupper() else None


def _titled_reporter(rest: str, rules: Rules) -> str | None:
    """The outlet before a reporter's desk noun and the reporter's name: "Harbour TV Correspondent Jane Roe"
    is Harbour TV's (a listed outlet, its desk, "BBC Scotland Editor Tom Hale", or a paper's name in an
    outlet's words, "Westmere Times correspondent Tom Hale")."""
    words = rest.split()
    k = next((k for k, w in enumerate(words) if w.lower() in _DESKS), 0)
    name = words[k + 1 :]
    if k == 0 or not 2 <= len(name) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in name):
        return None
    return _outlet_or_desk(words[:k], rules) or unlisted_paper(" ".join(words[:k]), rules)


def _before_desk(part: str, rules: Rules) -> str | None:
    """A listed outlet opening a byline's part that goes on with the reporter's desk in lower case: "By
    Jane Doe, BBC News education correspondent"."""
    words = part.split()
    if len(words) < 2 or words[-1].lower() not in _DESKS:
        return None
    desk = next(k for k, w in enumerate(words) if w.islower() or k == len(words) - 1)  # the desk's first word
    if desk == 0 or not all(w.islower() for w in words[desk:]):
        return None
    return _outlet_or_desk(words[:desk], rules)


def _outlet_or_desk(words: list[str], rules: Rules) -> str | None:
    """A listed outlet's name in `words`, or a listed outlet's own desk or nation, which keeps its name
    ("BBC Scotland" before "business correspondent"); else None."""
    outlet = " ".join(words)
    own = outlet if len(words) <= _MAX_PLACE_WORDS and known_outlet(words[0], rules) is not None else None
    return known_outlet(outlet, rules) or own


def _closing_outlet(part: str, rules: Rules) -> str | None:
    """A listed outlet closing a byline's only part after the reporter's name: "JANE DOE Associated Press"
    (some wire copy drops the comma); or a paper's name in an outlet's words after a reporter's."""
    words = part.split()
    for n in range(2, len(words)):
        if words[n - 1][:1].isupper() and (found := known_outlet(" ".join(words[n:]), rules)) is not None:
            return found
    # "By Jane Roe Westmere Tribune": a reporter's name, then a name in an outlet's words
    for n in (2, 3):
        if n < len(words) and _reporter(" ".join(words[:n]), rules):
            return unlisted_paper(" ".join(words[n:]), rules)
    return None


def _masthead(line: str, rules: Rules) -> str | None:
    """A paper's name alone on a line at the head of its story, though no table lists it: "The Borneo
    Post", "Irish Daily Mirror", "Yorkshire Post" (two words ending in an outlet's word, unless they may
    be a reporter's name: "Jane Post", "Li Sun"), a reposting portal's "The Nation (Nairobi)" or
    "Capital FM (Nairobi)" (the city in brackets says a paper), "World Bulletin / News Desk" (its desk)."""
    if (seated := _SEATED.fullmatch(line)) is not None:
        words = seated.group("outlet").split()
        # "The Nation (Nairobi)", "Capital FM (Nairobi)", "News24Wire (Cape Town)"; not "Jane Doe (Abuja)"
        paper = words[0] == "The" or len(words) == 1 or not rules.outlet_words.isdisjoint(words)
        return seated.group("outlet") if paper and not rules.given_name(words[0]) else None
    name, slash, desk = line.partition(" / ")
    if slash and desk in rules.staff_credits:
        line = name
    person, slash, paper = line.partition("/")
    named = person.split()
    if slash and 2 <= len(named) <= _MAX_PLACE_WORDS and all(w[:1].isupper() and w.isalpha() for w in named):
        # a photographer's credit under a picture: "Jane Roe/Harbour Times", the paper after the slash
        return known_outlet(paper, rules) or unlisted_paper(paper, rules)
    return unlisted_paper(line, rules)


def unlisted_paper(name: str, rules: Rules) -> str | None:
    """A paper's name no table lists: a `publication`'s, or two capitalised words ending in an outlet's
    word ("Yorkshire Post"), unless they may be a reporter's name ("Jane Post", "Li Sun")."""
    words = name.split()
    pair = (
        len(words) == 2
        and words[-1] in rules.outlet_words
        and words[-1].lower() not in rules.surnames_first
        and not rules.given_name(words[0])  # "Jane Post", a reporter
        and all(w[:1].isupper() and w.isalpha() for w in words)
    )
    return publication(name, rules) or (name if pair else None)


def _seated(m: re.Match[str], rules: Rules) -> str | None:
    """An outlet and the city it publishes in, as a reposting portal heads a paper's story: "Daily Trust
    (Abuja)", "The Daily Nation (Nairobi)": a listed outlet or a name in an outlet's words."""
    name = m.group("outlet")
    return known_outlet(name, rules) or publication(name, rules)


def _without_desk(part: str, rules: Rules) -> str:
    """A byline's part without the desk and the noun closing it (`Rules.staff_desks`, `Rules.staff_nouns`):
    "Norvex Media Group Regional News Desk" is Norvex Media Group; else the part as written."""
    words = part.split()
    k = len(words) - 1
    if k < 1 or words[k].lower() not in rules.staff_nouns:
        return part
    while k > 1 and words[k - 1].lower() in rules.staff_desks:
        k -= 1
    return " ".join(words[:k])


def _staff(name: str, rules: Rules) -> str | None:
    """The outlet of a byline signed by its staff (`Rules.staff_credits`): "IFP Bureau", "ANA Reporter",
    "Reuters Staff"; its name must be listed, an outlet's by its words, or initials ("Our Correspondent"
    and "Staff Reporter" name none)."""
    staff = next((w for w in rules.staff_credits if name.endswith(" " + w)), None)
    if staff is None:
        return None
    owner = name[: -len(staff) - 1].strip()
    initials = owner.isupper() and owner.isalpha() and 2 <= len(owner) <= _MAX_INITIALS
    # a whole staff signs only for its outlet, whatever its words: "By Harbour Sport staff" (a reporter
    # signs "Staff Writer", a longer entry tried first)
    words = owner.split()
    collective = staff.lower() == "staff" and 0 < len(words) <= _MAX_PART_WORDS
    collective = collective and all(w[:1].isupper() for w in words) and not _reporter(owner, rules)
    found = known_outlet(owner, rules) or publication(owner, rules)
    # a paper's word alone or closing its short name: "Courier Staff Writer", "Harbour Herald Staff Writer"
    papered = 0 < len(words) <= _MAX_PART_WORDS and words[-1] in rules.outlet_words
    papered = papered and all(w[:1].isupper() for w in words) and " " in staff
    return found or (owner if initials or collective or papered else None)


def _joined(line: str, rules: Rules) -> str | None:
    """An agency's copy carried by another, signed at the foot: "dpa/NAN" (dpa's story, through NAN)."""
    first, slash, second = line.partition("/")
    if slash and " " not in line and known_outlet(second, rules) is not None:
        return known_outlet(first, rules)
    return None


def _lone_word(line: str, rules: Rules) -> bool:
    """A one-word line that may be an agency's credit: capitalised, no platform ("Twitter") and no
    name that is also a common word or a place ("Today", "Sabah": `Rules.wordlike_outlets`)."""
    name = known_outlet(line, rules)
    return line[:1].isupper() and name is not None and name not in rules.platforms | rules.wordlike_outlets


def _dashed(line: str, rules: Rules) -> str | None:
    """A place in capitals and a known outlet joined by a dash, spaced or not, alone on a line:
    "ANKARA-Anadolu Agency", "ISTANBUL – Anadolu Agency"."""
    m = _PLACE_DASH.fullmatch(line)
    return known_outlet(m.group("outlet"), rules) if m is not None else None


def _signed(line: str, rules: Rules) -> str | None:
    """The outlet of a byline with no "By": two or three capitalised words of a name, a comma (or a
    middle dot or a slash), a listed outlet or a name in an outlet's words ("Bianca Dava, ABS-CBN
    News", "Jane Doe · CBC News", "Sen Dara / Phnom Penh Times")."""
    mark = _SIGNATURE.search(line)
    name, rest = (line[: mark.start()], line[mark.end() :]) if mark is not None else (line, "")
    if mark is not None and mark.group() == ", " and (paper := _after_desk(line, rules)) is not None:
        return paper  # "Jane Doe, Senior Reporter, Harbour Business": the paper after the desk
    words = name.split()
    if rest and 1 <= len(words) <= 3 and words[-1].lower() in _DESKS and name[:1].isupper():
        # "Business reporter, BBC News": the reporter's desk, then the outlet
        return known_outlet(rest, rules)
    if not rest or not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    if rest in rules.credit_only_outlets:
        return rest
    # after a person's name, two words ending in an outlet's word are the outlet's ("Khmer Times")
    worded = len(rest.split()) == 2 and rest.split()[-1] in rules.outlet_words and rest.istitle()
    # after a person's given and family name, a name opening with "The": "Jane Doe, The Westmere Eagle"
    named = rules.given_name(words[0]) and the_paper(rest, rules)
    return known_outlet(rest, rules) or publication(rest, rules) or (rest if worded or named else None)


def known_place(name: str, rules: Rules) -> bool:
    """Whether a byline's part is a place the rules list, where the reporter filed from and no outlet: a
    capital, a country, a city datelines open with, or a place named with "The" ("The Hague")."""
    return any(
        name in places
        for places in (rules.capitals, rules.countries, rules.the_places, rules.colon_datelines)
    )


def the_paper(name: str, rules: Rules) -> bool:
    """Whether `name` is a paper's name as bylines print it, "The" and up to three capitalised words ("The
    Westmere Eagle"), and no place so named (`Rules.the_places`: "The Hague")."""
    return _THE_NAME.fullmatch(name) is not None and name not in rules.the_places


def _filed_from(line: str, rules: Rules) -> str | None:
    """A known agency, then the place it filed from in one or two parts of capitalised words:
    "Reuters, Orobiri, Nigeria", as a paper prints a wire story's credit."""
    agency, comma, rest = line.partition(", ")
    places = rest.split(", ")
    if not comma or len(places) > 2 or not all(_a_place(p) for p in places):
        return None
    return known_outlet(agency, rules)


def _a_place(words: str) -> bool:
    """One to three capitalised words: "Orobiri", "New Delhi"."""
    parts = words.split()
    return 0 < len(parts) <= _MAX_PLACE_WORDS and all(p[:1].isupper() and p.isalpha() for p in parts)


def _credit_note(line: str, rules: Rules) -> str | None:
    """ "Based on reporting by AP and Reuters", "Reporting by Reuters", "Anadolu Agency story with
    additional input from Global Village Space": a note naming whose copy the story is."""
    low = line.lower()
    opening = next((o for o in rules.credit_openings if low.startswith(o + " ")), None)
    if opening is not None:  # "Copyright 2023 The Associated Press. All rights reserved": the name only
        named = _YEAR.sub("", line[len(opening) :], count=1).split(". ", 1)[0]
        named = _TRAILING_YEAR.sub("", named)  # "© AAP 2024"
        named = _PUBLISHER.sub("", named.strip().removesuffix("."))  # "© New Straits Times Press (M) Bhd"
        found = first_outlet(named, rules) or publication(named, rules)  # "COPYRIGHT 2018 Malay Mail Online"
        person = rules.given_name(named.split(" ", 1)[0].lower())  # "Copyright 2023 Jane Roe": a writer's own
        if found is None and opening in _COPYRIGHT_MARKS and _OWNER.fullmatch(named) and not person:
            return named  # "Copyright © 2023, Harbour Audio.": the owner of the copy, whatever its words
        return found
    words = line.split()
    for n in range(1, min(len(words), _MAX_PLACE_WORDS + 2)):
        ends = n + 1 == len(words) or words[n + 1] in _COPY_GOES_ON  # not "Reuters report said C"
        if words[n].lower() in rules.copy_nouns and ends:
            return known_outlet(" ".join(words[:n]), rules)
    return None


def _reporter_of(line: str, rules: Rules) -> str | None:
    """A blog's byline naming an outlet's reporter before the story: "ABC News’ Jane Doe reports:",
    "NBC's John Roe writes:" (`Rules.reporter_verbs`)."""
    m = _REPORTER.fullmatch(line)
    if m is None or m.group("verb").lower() not in rules.reporter_verbs:
        return None
    return known_outlet(m.group("outlet"), rules)


_STAMP = re.compile(r"[\d][\d .:/,-]*")  # a printed date and time with no words: "19.08.2019 - 08:49.."
_JOINED_WORD = re.compile(
    r"[A-Z][a-z]+(?:News|Times|Post|Radio|TV|Online)|News\d+"
)  # "HarbourNews", "News24"
_SIGNED_STAMP = re.compile(r"[ ]by[ ][A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3}$")  # "... 2025 by Jane Doe"


def _piped(line: str, rules: Rules) -> str | None:
    """A credit of short parts between bars, one of them an outlet: "IANS | By, Kabul"."""
    parts = [p.strip() for p in line.split("|")]
    # "AA | 19.08.2019 - 08:49..", "PTI PTI | 10-10 00:20": a part that is only a printed time goes
    # with the agency's name (doubled as some portals print it)
    stamps = [p for p in parts if _STAMP.fullmatch(p)]
    # a printed date ("Jan 15, 2025 | KYODO NEWS"), perhaps with its reporter ("Harbour Tech Watch | Posted on
    # 17 July 2025 by Jane Doe"), goes with the outlet's name as well
    dated = [p for p in parts if p not in stamps and parse_date_line(_SIGNED_STAMP.sub("", p)) is not None]
    named = [" ".join(dict.fromkeys(p.split())) for p in parts if p not in stamps and p not in dated]
    if any(_DIGIT.search(p) for p in named) or any(_long_part(p) for p in named):
        return None  # "Xinhua | Updated: 2019-04-02" is a timestamp; long parts are a headline's
    found = next((o for p in named if (o := known_outlet(p, rules)) is not None), None)
    if found is None and len(named) == 2 and (_reporter(named[0], rules) or _name_shaped(named[0], rules)):
        # "Jane Doe | Harbour Valley Herald", "Jane Doe | Newcastle Herald": the reporter, then the paper
        # (a name of two or three capitalised words, any given name: "Odile Marsh | The Westmere Gazette")
        found = _after_bar(named[1], rules) or _masthead(named[1], rules)
    bylines = [k for k, p in enumerate(named) if _BY.match(p)]
    if found is None and len(named) == 2 and len(bylines) == 1:
        # "By Jane Doe, Senior Editor | Harbour Grocer | May 9, 2023": after the reporter's desk, the
        # paper, whatever its words (as after commas: `_after_desk`)
        k = bylines[0]
        found = _after_desk(f"{_BY.sub('', named[k], count=1)}, {named[1 - k]}", rules)
        # "By Jane Roe | Harbour Biotech": after a byline and its bar, a short name is the paper's
        found = found or (named[1] if k == 0 and named_after_bar(named[1], rules) else None)
    if found is None and len(named) == 1 and (by := _BY.match(named[0])) is not None:
        return _by_line(named[0][by.end() :], rules)  # "By Jane Doe, Harbour Times | September 27, 2024"
    if found is None and dated:
        # a dated byline with its reporter: "Jane Doe | HarbourNews | September 24, 2024", "Harbour Tech
        # Watch | Posted on 17 July 2025 by Jane Doe": the one other part, in capitals, is the outlet
        signed = any(_SIGNED_STAMP.search(p) for p in dated)
        others = [p for p in named if not _reporter(p, rules)]
        if not signed:  # after a reporter's name, a part in an outlet's words ("Jane Doe | Nairobi | ..."
            others = [p for p in others if _worded(p, rules)]  # is where she filed from)
        if len(others) == 1 and all(w[:1].isupper() for w in others[0].split()):
            found = others[0]
    return found


def barred(line: str) -> str:
    """A byline of parts set off by spaced slashes, as some Indian portals print it ("Jane Doe / HVN /
    Updated: Mar 4, 2024, 10:30 IST"), with bars in their place; any other line as it is."""
    return line.replace(" / ", " | ") if " / " in line and "|" not in line else line


def piped_stamp(line: str, rules: Rules) -> tuple[str | None, dt.date] | None:
    """The outlet (if any) and date of a byline of short parts between bars (or spaced slashes), one of
    them a date: "Jane Doe | HarbourNews | September 24, 2024", "Harbour Tech Watch | Posted on 17 July
    2025 by Jane Doe"; else None."""
    line = barred(line)
    parts = [p.strip() for p in line.strip().split("|")]
    if len(parts) < 2 or len(line) > _MAX_LENGTH:
        return None
    read = [(p, parse_date_line(_SIGNED_STAMP.sub("", p))) for p in parts]
    days = [d for _, d in read if d is not None]
    rest = [p for p, d in read if d is None]
    if len(days) != 1 or any(_DIGIT.search(p) or _long_part(p) for p in rest):
        return None
    return _piped(line.strip(), rules), days[0]


def _long_part(part: str) -> bool:
    """Whether a part between bars is too long for a credit's: a headline's. A byline's part may be
    longer, with the reporter's desk ("By Jane Doe, Senior Editor")."""
    limit = _MAX_BYLINE_WORDS if _BY.match(part) else _MAX_PART_WORDS
    return len(part.split()) > limit


def _worded(part: str, rules: Rules) -> bool:
    """Whether a byline's part is in an outlet's words, apart or joined to a name: "Harbour News",
    "HarbourNews", "News24"."""
    return any(w in rules.outlet_words or _JOINED_WORD.fullmatch(w) is not None for w in part.split())


def _name_shaped(part: str, rules: Rules) -> bool:
    """Whether a byline's part may be a reporter's name of a given name no table lists: two or three
    capitalised words of letters, none an outlet's word ("Harbour News") or a title ("Senior Editor")."""
    words = part.split()
    return 2 <= len(words) <= 3 and all(
        w.istitle()
        and w.replace("-", "").replace("'", "").isalpha()
        and not outlet_word(w, rules)
        and w.lower() not in rules.titles
        for w in words
    )


def _reporter(part: str, rules: Rules) -> bool:
    """Whether a byline's part is a reporter's name: two or three capitalised words, a given name first."""
    words = part.split()
    return 2 <= len(words) <= 3 and all(w.istitle() for w in words) and rules.given_name(words[0])


def _placed(line: str, rules: Rules) -> str | None:
    """An outlet, then the place it filed from in capitals: "Anadolu Agency ANKARA" (a line all in
    capitals is a headline: "AP FACT CHECK")."""
    words = line.split()
    if line.isupper():
        return None
    for n in (1, 2):
        # an agency of several words, then its bureau in mixed case: "Press Trust of India Hyderabad",
        # "Press Trust of India New Delhi"
        place = words[-n:]
        if len(words) - n < 3 or not all(
            w.isalpha() and w.istitle() and w.lower() not in rules.titles for w in place
        ):
            break
        agency = known_outlet(" ".join(words[:-n]), rules)
        if agency is not None and len(agency.split()) >= 3:
            return agency
    for n in range(len(words) - 1, max(0, len(words) - 1 - _MAX_PLACE_WORDS), -1):
        place = words[n:]
        if not all(w.isupper() and _PLACE_WORD.fullmatch(w) for w in place):
            break
        found = known_outlet(" ".join(words[:n]), rules)
        if found is not None:
            return found
    return None


def credited_date(line: str, rules: Rules) -> tuple[str, dt.date] | None:
    """The outlet and date of a line crediting one beside the other: "(Xinhua) 10:02, June 25, 2020",
    "Xinhua, December 2, 2016"."""
    dashed = _dashed_date(line, rules)  # "- The Washington Times - Thursday, July 13, 2023"
    if dashed is not None:
        return dashed
    m = _BRACKETED.fullmatch(line.strip()) or _COMMA_DATED.fullmatch(line.strip())
    if m is not None and m.group(0).startswith("(") and not m.group("rest"):
        return _dated_bracket(m.group("outlet"), rules)  # "(People's Daily June 4, 2002)"
    if m is None or not m.group("rest"):
        return None
    outlet = known_outlet(m.group("outlet"), rules)
    date = parse_date_line(m.group("rest")) if outlet else None
    return (outlet, date) if outlet and date else None


def _dashed_date(line: str, rules: Rules) -> tuple[str, dt.date] | None:
    """An outlet and a date between dashes, the page's credit line: "- The Washington Times - Thursday,
    July 13, 2023" (a name no table lists counts when it holds an outlet's word)."""
    line = line.strip()
    bullet = next((b for b in rules.bullets if line.startswith(b + " ")), None)
    parts = _TITLE_PARTS.split(line[len(bullet) :].strip() if bullet else line)
    if len(parts) != 2 or _BY.match(parts[0]):
        return None  # (a byline before the date is read as one: "By Jane Doe, Harbour Times | May 3, 2024")
    outlet = known_outlet(parts[0], rules) or publication(parts[0], rules)
    date = parse_date_line(parts[1]) if outlet is not None else None
    return (outlet, date) if outlet is not None and date is not None else None


def _dated_bracket(inside: str, rules: Rules) -> tuple[str, dt.date] | None:
    """A known outlet and the day its copy ran, both in the brackets: "People's Daily June 4, 2002"."""
    words = inside.split()
    for n in range(len(words) - 1, 0, -1):
        outlet = known_outlet(" ".join(words[:n]).rstrip(","), rules)
        date = parse_date_line(" ".join(words[n:])) if outlet is not None else None
        if outlet is not None and date is not None:
            return outlet, date
    return None


# a site's name of one word with a capital inside it, as a page's title closes with it: "HarbourLive",
# "WestmereNews" (no headline's word is written so; nor a surname after a prefix, "McRoe": `surname_prefixes`)
_CAMEL_SITE = re.compile(r"([A-Z][a-z]+)(?:[A-Z][a-z]+)+")


def title_credit(line: str, rules: Rules) -> tuple[str, dt.date | None] | None:
    """The outlet a page's title names after its headline, and the date beside it: "Talks go on | Daily
    Sabah", "Climbers recovered: Yonhap", "Talks go on - Reuters", "Kyiv will not cede land – EADaily,
    May 15, 2022 – Politics News" (a name unknown to the rules counts only with a date beside it)."""
    head, colon, named = line.strip().rpartition(": ")
    if colon and head and named in rules.news_agencies:
        return known_outlet(named, rules) or named, None  # "Climbers recovered: Yonhap", the agency's story
    parts = _TITLE_PARTS.split(line.strip())
    site = parts[-1] if len(parts) > 2 and parts[-1].lower() not in rules.title_sections else ""
    if site and parts[-2].lower() in rules.title_sections and _site_name(site):
        return known_outlet(parts[-1], rules) or parts[-1], None  # "Talks go on | News | SITE"
    for part in parts[1:]:
        known = known_outlet(part, rules)
        if known is not None:
            return known, None
        m = _COMMA_DATED.fullmatch(part)
        date = parse_date_line(m.group("rest")) if m is not None else None
        named = m.group("outlet").strip() if m is not None else ""
        if named in rules.months_and_days:
            continue  # "Thursday, July 13, 2023": a weekday, no outlet
        if m is not None and date is not None and len(m.group("outlet").split()) <= _MAX_PLACE_WORDS:
            return known_outlet(m.group("outlet"), rules) or m.group("outlet").strip(), date
    camel = _CAMEL_SITE.fullmatch(parts[-1].strip()) if len(parts) > 1 else None
    if camel is not None and camel.group(1).lower() not in rules.surname_prefixes:
        return camel.group(), None  # "Norvex recalls 136 heaters - HarbourLive": a site's name in one word
    return None


def _site_name(part: str) -> bool:
    """A site's name closing a page's title: a few capitalised words, no digit ("ANDEAN", "Daily
    Star")."""
    words = part.split()
    return (
        0 < len(words) <= _MAX_PLACE_WORDS and all(w[:1].isupper() for w in words) and not _DIGIT.search(part)
    )


def review_header(line: str, rules: Rules) -> str | None:
    """The outlet a press review's section is about, from its header: a known outlet in capitals
    ("IZVESTIA") or with a day in brackets ("Kommersant (April 3)"); a name alone in mixed case is a
    title."""
    m = _HEADER.fullmatch(line.strip())
    if m is None:
        return None
    name, note = m.group("name").strip(), m.group("note")
    if note is None and not name.isupper():
        return _named_paper(name, rules)
    if note is not None and not _DATED_NOTE.search(note):
        return None
    return known_outlet(name, rules)


def _named_paper(line: str, rules: Rules) -> str | None:
    """A front-page review's header: a paper's name and its noun alone on a line ("The Star Newspaper",
    "Daily Nation Newspaper"), the name in capitalised words, not a nationality ("Turkish Newspaper")."""
    words = line.split()
    if not 2 <= len(words) <= _MAX_PLACE_WORDS + 2 or words[-1].lower() not in rules.paper_nouns:
        return None
    name = words[1:-1] if words[0] in ("The", "the") else words[:-1]
    if not name or not all(w[:1].isupper() and w.isalpha() for w in name) or not words[-1][:1].isupper():
        return None
    if name[0] in rules.not_paper_names or name[0].endswith(rules.not_paper_endings):
        return None
    return known_outlet(" ".join(words[:-1]), rules) or " ".join(words[:-1])


def first_outlet(names: str, rules: Rules) -> str | None:
    """The first outlet the rules know among names joined by commas, slashes, "+" or "and": "AP and
    Reuters", "TASS+Prime" (an agency and its business service)."""
    for part in _PARTS.split(names.strip()):
        found = known_outlet(part, rules)
        if found is not None:
            return found
    return None


@functools.lru_cache(maxsize=8)
def closing_credit(rules: Rules) -> re.Pattern[str]:
    """ "reports Kyodo" / "Reuters reported": an outlet credited by `Rules.closing_credits`, as it
    closes a content after a comma ("X said C, reports Kyodo") or stands alone after a cue's adjunct
    ("X said at a meeting in Ankara, informs Anadolu Agency")."""
    verbs = alternation(rules.closing_credits)
    name = r"[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}"
    return re.compile(
        rf"(?:(?:{verbs}|according\s+to(?P<doc>{_PRINTED})?)\s+(?:the\s+)?(?P<name>{name})"
        rf"|(?:the\s+)?(?P<name2>{name})\s+(?:{verbs})){_CREDIT_TIME}\s*$"
    )


# What an outlet printed or heard, between "according to" and its name: "X said C, according to an
# interview given to the Harbour Times on Monday", "according to a report in the Westmere Post".
PRINTED_WORKS = r"(?:interview|article|report|story|column|op-ed)"  # what an outlet prints or hears
_PRINTED = (
    rf"\s+(?:an?|the)\s+{PRINTED_WORKS}"
    r"\s+(?:published\s+(?:by|in)|given\s+to|granted\s+to|with|in|by|on)"
)


# When the outlet credited after its name reported: "..., Sinar Harian reported today", "..., the Nikkei
# reported on Tuesday", "..., Kyodo reported last week".
_CREDIT_TIME = (
    r"(?:\s+(?:on\s+)?(?:today|yesterday|tonight|earlier|(?:last|this)\s+[a-z]+"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?"
)


_CLOSING_REACH = 80  # characters at the end of a paragraph read for a closing credit


def lede_credit(text: str, start: int, end: int, rules: Rules) -> str | None:
    """The known outlet a paragraph credits as its last sentence closes ("..., the minister said at a
    meeting in Ankara, informs Anadolu Agency."): in a story's first paragraphs, whose copy it is."""
    stop = end
    while stop > start and text[stop - 1] in " \t\n.\u00a0":
        stop -= 1
    reach = max(start, stop - _CLOSING_REACH)
    comma = text.rfind(", ", reach, stop)
    while comma >= reach:
        m = closing_credit(rules).match(text, comma + 2, stop)
        if m is not None:  # not "..., according to Mehr": that credits its own sentence only
            according = m.group(0).lower().startswith("according")
            return None if according else known_outlet(m.group("name") or m.group("name2"), rules)
        comma = text.rfind(", ", reach, comma)
    return None
