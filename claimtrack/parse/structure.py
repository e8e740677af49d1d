"""The layout of an article: title, bylines, date lines, datelines and embedded stories (sections).

`read_layout` looks at whole paragraphs only. It finds the lines that are not prose (a title, "By ...",
"• Kyodo", "March 14, 2016", "Source: Sputnik") and the datelines prose paragraphs open with
(`datelines`), and cuts the article into sections where a "Source:" line starts an embedded story with
its own title, date and outlet. Bylines and credit lines that name an outlet (`credits`) give the
article's outlet.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

import attrs

from claimtrack.model import Dateline, Section
from claimtrack.parse.credits import (
    credited_date,
    credited_outlet,
    first_outlet,
    known_outlet,
    lede_credit,
    outlet_word,
    piped_stamp,
    review_header,
    title_credit,
    unlisted_paper,
)
from claimtrack.parse.datelines import read_dateline
from claimtrack.parse.dates import parse_date_line
from claimtrack.parse.house_outlet import bio_paragraphs, house_outlet
from claimtrack.parse.photos import caption, photo_credit, piped_credit
from claimtrack.parse.reviews import Header, Press, read_press
from claimtrack.parse.stamps import stamped
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules

Span = tuple[int, int]

_SOURCE_LINE = re.compile(
    r"""
    (?:[–—/-][ ]*)?  # a dash before the label: "- source : Tasnim"; a slash: "/ Source: The Associated Press"
                     # (a news site's line under a photo credit that ends "/ AP")
    (?:[Ss]ource|SOURCE|Via|VIA|Originally[ ]published[ ](?:by|in|at|on)|Republished[ ]from
    |Full[ ][Ss]tory|FULL[ ]STORY|As[ ](?:first[ ])?reported[ ](?:by|in))  # the label
    [ \u00a0]*(?::|[–—-](?=[ ]))?[ \u00a0]*  # its colon, or a dash: "Source – BBC Sport"
    (?P<outlet>[A-Z0-9][^\n:]{0,59})  # the outlet's name, to the end of the line ("Source link" names none)
    (?::[ ]*(?:Pg|Page|p|P)\.?[ ]*\d{1,3})?  # a page after it: "South China Morning Post (8/13/12): Pg. 6"
    """,
    re.VERBOSE,
)
_DATED = re.compile(r"[ ]\([^()\n]{0,12}\d[^()\n]{0,12}\)$")  # a date in brackets after a source's name
_SOURCE_URL = re.compile(
    r"""
    (?:[Ss]ource|SOURCE|Via|VIA)[ \u00a0]*:?[ \u00a0]*  # the label
    (?:https?://)?(?:www\.)?(?P<site>[a-z][a-z0-9-]{1,30})(?:\.[a-z]{2,6}){1,2}  # the site
    (?:/\S*)?[ ]*  # the page's path
    """,
    re.VERBOSE,
)  # "Source: http://www.dawn.com/news/1277568/historic-flood": the site's outlet, when the rules list it
_METADATA_DATE = re.compile(
    r"[ \t]*(?:date|Date:|DATE:)[ ](?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[ \t\u00a0]+|(?=\n)|$)"
)  # "date 2024-03-12 " opening a page's text (`_metadata_date`)
_SOURCE_LABEL = re.compile(
    r"""
    (?:Source|SOURCE|Full[ ][Ss]tory|FULL[ ]STORY)[ \u00a0]*:[ \u00a0]*  # "Full story:" alone on its line
    """,
    re.VERBOSE,
)
_NAME = r"[A-Z][a-z'’.-]+(?:[ ][A-Z][a-z'’.-]+){1,2}"  # a reporter's name of two or three words
# two reporters' names alone on a line at the head, a byline with no "By": "Rohaniza Idris and Veena Babulal"
_TWO_NAMES = re.compile(rf"{_NAME}[ ](?:and|&)[ ]{_NAME}")
_ONE_NAME = re.compile(_NAME)
_BYLINE = re.compile(
    r"""
    (?:By|BY)[ ]+[A-Z]  # "By Jane Doe", "BY JANE DOE"
    """,
    re.VERBOSE,
)
_FINAL_MARK = ".!?:;,”\"’'»…"  # a paragraph ending in one of these is prose, not a title
_SUBHEAD_WORDS = 12  # a topic subhead is short
_DIGIT = re.compile(r"\d")
_CLOSING_QUOTES = "”\"’'»"  # what a title may end with after a word
_AGENCY_INITIALS = re.compile(r"[A-Z]{2,6}-[A-Z][A-Za-z]{2,}")  # "NVX-Finance": an agency and its desk
_TRAILING_CREDIT = re.compile(
    r"""
    [.!?”"](?:[ ]/[ ]?  # after a sentence, a slash: "... in Turkmenistan. / AA"
    | (?P<signed>/\.|[ ]?[―—–-]{1,2}|[ ](?P<bracket>\()|[ ](?=[A-Z]{2,}[ ]*$))[ ]?)  # or Vietnam News
    # Agency's end mark: "... UNCLOS./.VNA", a closing dash: "... he said. — Sapa" (".— Bernama"; "―", a
    # horizontal bar, in Malay Mail's copy), brackets: "... were killed. (ANI)", or a name in capitals: "...
    # had been impacted. REUTERS"
    (?P<outlet>(?(bracket)[A-Za-z]|[A-Z])[\w.-]*(?:[ ][A-Z][\w.-]*){0,2})(?(bracket)\)(?:[ ]\((?P=outlet)\))?)
    [ ]*$  # the agency, ending the paragraph (in brackets its own spelling may be lower case: "... heavy
    # rain. (dpa)"; a reposting site may print it twice: "(ANI) (ANI)")
    """,
    re.VERBOSE,
)
# "... through inter-FO augmentation. Source: Philippines News agency": a repost's source note closing the
# article's last paragraph after its last sentence
_CLOSING_SOURCE = re.compile(
    r"[.!?”\"'’][ \u00a0]+(?:Source|SOURCE)[ \u00a0]*:[ \u00a0]*"  # after the last sentence, the label
    r"(?P<outlet>[A-Z][\w&.-]*(?:[ ][\w&.-]+){0,3})[ ]*$"  # then a name of up to four words
)
_MAX_ASKING = 4  # paragraphs closing a story read for its outlet asking someone for comment
_MAX_TRAILERS = 3  # lines a site prints after a story's closing credit, passed over to find it
_INITIALS = re.compile(r"[a-z]{1,4}(?:/[a-z]{1,4})+")  # editors' initials signing agency copy: "sm/vt"
_URL_LENGTH = 300  # characters of a source line giving a page's address
_CREDIT_REACH = 40  # characters at the end of a paragraph read for such a credit
_LABEL_REACH = 30  # characters of a link's label before its colon: "You may also like:"
_STAMP_LENGTH = 120  # characters: a longer paragraph is no date line
_LEDE_PARAGRAPHS = 2  # paragraphs read for a lede closing with an outlet's credit (a title may be one)
_HEAD_PARAGRAPHS = 3  # a date line after at most a standfirst and a caption still dates the article


@attrs.define
class Layout:
    """What `read_layout` found: the spans of non-prose lines, the sections and the prose to parse."""

    title: str | None = None
    outlet: str | None = None  # the outlet a byline or credit line names ("• Kyodo", "With inputs from PTI")
    heading: Span | None = None  # where the article's own title stands in the text
    deck: Span | None = None  # a standfirst right under the title ("Minister tells committee he ...")
    published: dt.date | None = None  # a date line of the article's own, before any embedded story
    dateline: Dateline | None = None
    day: str | None = None  # the day the article's dateline gives, as written ("July 18, 2017")
    sections: list[Section] = attrs.Factory(list)
    prose: list[Span] = attrs.Factory(list)  # paragraphs to read, datelines cut off their start
    furniture: list[Span] = attrs.Factory(list)  # titles, bylines, date lines, source lines
    reviews: set[int] = attrs.Factory(set)  # where the sections of a press review start ("IZVESTIA")
    papers: frozenset[str] = frozenset()  # names the text calls papers ("the reformist Hamrah newspaper")


def read_layout(text: str, paragraphs: list[Span], *, title: str | None, rules: Rules) -> Layout:
    """Find the article's title, datelines, sections and prose paragraphs."""
    paragraphs, stamp = _metadata_date(text, paragraphs)
    press = read_press(text, paragraphs, rules)
    reader = _Reader(text, rules, Layout(title=title, papers=press.papers), press)
    for index, (s, e) in enumerate(paragraphs):
        reader.read(s, e, first=index == 0, last=index + 1 == len(paragraphs))
    layout = reader.layout
    if stamp is not None:
        layout.furniture.append(stamp[0])
        layout.published = layout.published or stamp[1]
    for s, e in bio_paragraphs(text, paragraphs, rules):  # "Jane Doe covers courts for The Westmere Mail."
        if (s, e) in layout.prose:
            layout.prose.remove((s, e))
            layout.furniture.append((s, e))
    if reader.story is not None:
        layout.sections.append(reader.story.section(len(text)))
    closing = _closing_agency(text, paragraphs, rules) if layout.outlet is None else None
    if closing is not None and all(section.start >= closing[0] for section in layout.sections):
        layout.outlet, layout.sections = closing[1], []  # (a "section" of the credit line alone is none)
    if layout.outlet is None and not layout.sections:
        layout.outlet = _asking_outlet(text, paragraphs, rules) or house_outlet(text, paragraphs, rules)
    _trailing_source(text, layout, rules)
    return layout


def _metadata_date(text: str, paragraphs: list[Span]) -> tuple[list[Span], tuple[Span, dt.date] | None]:
    """A page's metadata date opening the text, as archiving and search tools print it before the page's
    words ("date 2024-03-12 WESTMERE (AP) — ...", "Date: 2024-03-12"): the article's date, no prose; the
    paragraphs with the words after it on its line read as the line's start."""
    m = _METADATA_DATE.match(text, paragraphs[0][0]) if paragraphs else None
    if m is None:
        return paragraphs, None
    try:
        day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return paragraphs, None
    rest = (m.end(), paragraphs[0][1])
    kept = ([rest] if rest[0] < rest[1] else []) + paragraphs[1:]
    return kept, ((paragraphs[0][0], m.end()), day)


def _closing_agency(text: str, paragraphs: list[Span], rules: Rules) -> tuple[int, str] | None:
    """Where an agency's name alone on a line closes the story, a dash before it or not ("MENA",
    "--IANS"), past the lines a syndicating site prints after it (`Rules.trailers`, editors' initials
    "sm/vt"), and the agency; None when the last line of another kind names none."""
    lines: list[tuple[int, str]] = []
    for s, e in paragraphs[-_MAX_TRAILERS - 1 :]:
        at = s
        for line in text[s:e].split("\n"):
            lines.append((at, line.strip()))
            at += len(line) + 1
    for at, line in reversed(lines[-_MAX_TRAILERS - 1 :]):
        if not line or line.startswith(rules.trailers) or _INITIALS.fullmatch(line):
            continue
        # "... for September.” © New Straits Times Press (M) Bhd": the credit closing the paragraph
        credit = line[line.rindex(" © ") + 1 :] if " © " in line else line
        found = credited_outlet(credit, rules, lone=True)  # as a byline alone names it: "MENA", "--IANS"
        return (at, found) if found is not None else None
    return None


def _asking_outlet(text: str, paragraphs: list[Span], rules: Rules) -> str | None:
    """The outlet a story's last paragraphs say asked someone for comment, named first: "Sky News
    has reached out to the Singapore government for comment" (`Rules.outlet_asks`; a name in an
    outlet's words too: "Norvale News has asked the firm whether"), or the listed outlet any paragraph
    says found something out: "Sky News understands" (`Rules.outlet_learns`); else None."""
    closing = reversed(paragraphs[-_MAX_ASKING:])
    asking = _named_by(text, closing, _asks_pattern(rules.outlet_asks), rules, unlisted=True)
    # what it found out: "Sky News understands the board will meet", "..., Harbour Radio has learned"
    # (a paper's name no table lists too: only a paper says so of its own reporting)
    learns = _asks_pattern(rules.outlet_learns, clause=True)
    return asking or _named_by(text, paragraphs, learns, rules, unlisted=True)


def _named_by(
    text: str, paragraphs: Iterable[Span], pattern: re.Pattern[str], rules: Rules, *, unlisted: bool = False
) -> str | None:
    """The first listed outlet `pattern` names as its group "outlet" in `paragraphs`, in their order;
    with `unlisted`, a name in an outlet's words too ("Norvale News has asked the firm whether")."""
    for s, e in paragraphs:
        for m in pattern.finditer(text, s, e):
            name = m.group("outlet")
            found = known_outlet(name.removeprefix("The "), rules)
            found = found or (unlisted_paper(name, rules) if unlisted else None)
            if found is not None:
                return found
    return None


@functools.lru_cache(maxsize=4)
def _asks_pattern(asks: tuple[str, ...], *, clause: bool = False) -> re.Pattern[str]:
    """A sentence opening with a capitalised name of up to five words, then one of `asks`; with `clause`,
    also a clause after a comma ("The fares will rise, Harbour Radio has learned.")."""
    name = r"[A-Z][\w.&'’-]*(?:[ ][A-Z][\w.&'’-]*){0,4}"
    comma = r"|(?<=,[ ])" if clause else ""
    lead = rf"(?:^|(?<=[.!?”\n][ ])|(?<=\n){comma})"
    return re.compile(rf"{lead}(?P<outlet>{name})[ ](?:{alternation(asks)})\b", re.M)


@attrs.define
class _Story:
    """An embedded story being read: the fields of its `Section`, filled as its lines come."""

    start: int
    outlet: str
    title: str | None = None
    published: dt.date | None = None
    dateline: Dateline | None = None

    def section(self, end: int) -> Section:
        return Section(
            start=self.start,
            end=max(self.start, end),
            outlet=self.outlet,
            title=self.title,
            published=self.published,
            dateline=self.dateline,
        )


_TOP_MASTHEAD_WORDS = 3  # words of a paper's name above the headline: "Law Society Gazette"
# a paper's initials opening its name above the headline: "HVN News"
_PAPER_INITIALS = re.compile(r"[A-Z]{2,5}")


class _Reader:
    """Reads the paragraphs one by one: a line of the frame goes to `furniture`, prose to `prose`."""

    def __init__(self, text: str, rules: Rules, layout: Layout, press: Press) -> None:
        self.text, self.rules, self.layout, self.press = text, rules, layout, press
        self.story: _Story | None = None  # the embedded story being read
        self.expect_heading = False  # just after a title or source line: a title or date line may follow
        self.label: int | None = None  # where a "Full story:" line alone stands, its outlet on the next
        self.told = -1  # where the last paragraph of prose that is no deck starts: no story opens before it
        self.told_before = -1  # `told` before that paragraph
        self.lede_credited = False  # the outlet is the one a lede credits ("C, the BBC reported.")

    def read(self, s: int, e: int, *, first: bool, last: bool) -> None:
        line = self.text[s:e]
        label, self.label = self.label, None
        header = self.press.headers.get(s)
        if header is not None:
            self._review(s, e, header)  # "Kayhan: Celebrities' role in the unrest", "Abrar: “...”"
        elif _widget_lines(line, self.rules):
            self.layout.furniture.append((s, e))  # "Hide Ad": an advert's slot, no prose
        elif _SOURCE_LABEL.fullmatch(line):
            self.label = s  # "Full story:", then "Sputnik International" on the next line
            self.layout.furniture.append((s, e))
        elif photo_credit(line, self.rules):
            self.layout.furniture.append((s, e))  # "Scott Olson via Getty Images.", never an outlet's credit
        elif (
            self._source(s, line, label) or self._date_line(line) or self._credit(line, e) or self._note(line)
        ):
            self.layout.furniture.append((s, e))
        elif (first or self.expect_heading) and not last and _is_heading(line) and not self._placed(s, e):
            self._heading(s, e, line)
            self.layout.furniture.append((s, e))
        elif (not last and _subhead(line, self.rules)) or caption(line, self.rules):
            self.layout.furniture.append((s, e))  # "On Syria talks in Lausanne", "Kishida (right) with ..."
        elif _other_story(line, self.rules):
            self.layout.furniture.append((s, e))  # "Read more: Budget to pass, Roe says": a link
        elif not last and self._standfirst(s, e) and not self._placed(s, e):  # ("London (AFP) –" alone)
            self.layout.furniture.append((s, e))  # "Jane Roe says the ruling is a setback"
            self.layout.deck = (s, e)
        else:
            self.expect_heading = False
            paper = self.press.openers.get(s)
            if paper is not None and (self.story is None or self.story.outlet != paper):
                self._part(s, paper)  # "As a newspaper close to the reformists, Hamrah has ..."
            self._prose(s, e, last=last)

    def _part(self, s: int, outlet: str) -> _Story:
        """A press review's part about one paper starts at `s`."""
        if self.story is not None:
            self.layout.sections.append(self.story.section(s))
        self.story = _Story(start=s, outlet=outlet)
        self.layout.reviews.add(s)
        return self.story

    def _review(self, s: int, e: int, header: Header) -> None:
        """A paper's headline alone on its line starts its part; a paper's name before a quotation
        makes its paragraph one item of the review."""
        if header.whole:
            self._part(s, header.name).title = header.headline
            self.layout.furniture.append((s, e))
            return
        self.layout.sections.append(Section(start=s, end=e, outlet=header.name))
        self.layout.reviews.add(s)
        self._add_prose(header.body, e)

    def _source(self, s: int, line: str, label: int | None) -> bool:
        """ "Source: Sputnik": an embedded story starts; "IZVESTIA (April 3)": a press review's section;
        after a "Full story:" line (at `label`), a line naming a known outlet."""
        if (
            "|" in line and "\n" not in line
        ):  # "Editor: Yang Jie | Source: CCTV.com", a byline's "| Source: NST"
            line = next((p.strip() for p in line.split("|") if _SOURCE_LINE.fullmatch(p.strip())), line)
        if line.startswith("(") and line.endswith(")"):
            line = line[1:-1].strip()  # "( Source : PTI )": the line in brackets
        site = self._site(line)
        if "\n" in line or (len(line) > 80 and site is None):
            return False
        source = _SOURCE_LINE.fullmatch(line) if site is None else None
        if site is not None:
            outlet: str | None = site  # "Source: http://www.dawn.com/news/...": Dawn's copy
        elif source is not None:
            named = _DATED.sub("", source.group("outlet").strip())  # "South China Morning Post (8/13/12)"
            if named.lower() in self.rules.link_labels:
                return True  # "Source: Read Full Article": a link's label on a repost, no outlet
            outlet = known_outlet(named, self.rules) or first_outlet(named, self.rules) or named
        elif label is not None and (outlet := known_outlet(line, self.rules)) is not None:
            s = label
        else:  # (a paper's name under the title of a text reviewing no papers is its masthead)
            outlet = None if self._heading_masthead() else review_header(line, self.rules)
        if outlet is None:
            return False
        if self.story is not None:
            self.layout.sections.append(self.story.section(s))
        self.story = _Story(start=s, outlet=outlet)
        if source is None and site is None and s != label:
            self.layout.reviews.add(s)
        self.expect_heading = True
        return True

    def _heading_masthead(self) -> bool:
        """Whether a paper's name here is the article's masthead, no review's header: under the title
        (and a standfirst), before any prose, in a text that reviews no papers ("Jane Doe", "9 May 2023",
        "The Westmere Newspaper")."""
        prose = self.layout.prose
        before = not prose or (len(prose) == 1 and self._deck(*prose[0]))  # (after a standfirst, no prose)
        head = self.story is None and before and self.layout.title is not None
        return head and not self.press.headers and not self.press.papers and not self._reviewing()

    def _site(self, line: str) -> str | None:
        """The outlet a source line gives by its site's address, when the rules list it."""
        if len(line) > _URL_LENGTH or not line.startswith(("S", "V")):
            return None
        site = _SOURCE_URL.fullmatch(line)
        return known_outlet(site.group("site"), self.rules) if site is not None else None

    def _credit(self, line: str, end: int) -> bool:
        """A byline: "• Kyodo" or "Based on reporting by AP" names the article's outlet; "By Jane Doe"
        names a reporter."""
        head = self.story is None and len(self.layout.prose) < _LEDE_PARAGRAPHS
        if not head and self.layout.prose and piped_credit(line):
            return True  # "Jane Doe | Reuters" under a caption in the story: the photo's credit
        lone = head and not self.press.headers and not self.press.papers and not self._reviewing()
        # a paper's name under the title, or above it as the text's very first line ("Law Society Gazette",
        # then the headline): three words or more there, as two may be the headline's
        words = line.split()
        # (or two, initials and an outlet's word: "HVN News", which no headline is)
        initials = (
            len(words) == 2
            and _PAPER_INITIALS.fullmatch(words[0]) is not None
            and outlet_word(words[1], self.rules)
        )
        top = (
            not self.layout.furniture
            and not self.layout.prose
            and (len(words) >= _TOP_MASTHEAD_WORDS or initials)
        )
        masthead = lone and (self.layout.title is not None or top)
        credit = credited_outlet(line, self.rules, lone=lone, masthead=masthead)
        if (
            credit is not None
            and self.layout.title is None
            and self._headline_above_credit(line, credit, end)
        ):
            credit = None  # "Harbour Post Staff Walk Out", then "Associated Press": the headline
        if credit is not None:
            if self.story is None:
                self.layout.outlet = self.layout.outlet or credit
            if self.layout.title is None and not self.layout.prose:
                self.expect_heading = True  # "Andina" above the headline: the headline follows
            return True
        if head and self.layout.title is not None and _TWO_NAMES.fullmatch(line.strip()):
            return True
        if self._heading_masthead() and _ONE_NAME.fullmatch(line.strip()):
            return True  # "Jane Doe" alone under the title, before any prose: a byline with no "By"
        return bool(_BYLINE.match(line)) and len(line.split()) <= 8 and not line.rstrip().endswith(".")

    def _headline_above_credit(self, line: str, credit: str, end: int) -> bool:
        """Whether a first line read as an unlisted paper's name, an outlet's word inside it and not closing
        it ("Harbour Post Staff Walk Out"), is a headline: a listed outlet's line comes next, after the
        paragraph's `end`."""
        words = line.split()
        if known_outlet(credit, self.rules) is not None or outlet_word(words[-1], self.rules):
            return False
        following = self.text[end : end + _NEXT_LINE_REACH].strip().split("\n", 1)[0].strip()
        return bool(following) and known_outlet(following, self.rules) is not None

    def _reviewing(self) -> bool:
        """Whether the title says the text is about papers ("Press Review"): a name alone on a line
        below it heads a paper's part, no credit ("Bernama" alone credits the copy elsewhere)."""
        title = f" {(self.layout.title or '').lower()} "
        words = self.rules.press_words | self.rules.review_words
        return any(f" {w} " in title for w in words)

    def _date_line(self, line: str) -> bool:
        """ "March 14, 2016", "(Xinhua) 10:02, June 25, 2020", "Xinhua, December 2, 2016", "Xinhua |
        Updated: 2019-04-02 09:15": the date of the article or the story."""
        if len(line) > _STAMP_LENGTH:
            return False
        dated: tuple[str | None, dt.date] | None = None
        if line.startswith("(") or "," in line[:41]:  # "(Xinhua) 10:02, June 25, 2020", "Xinhua, Dec. 2"
            dated = credited_date(line, self.rules)
        published = dated[1] if dated else parse_date_line(line)
        if published is None:
            # a stamp ("By IANS | Updated: October 8, 2025 15:00 IST") or a byline of parts between bars
            # ("Jane Doe | HarbourNews | September 24, 2024"): the reading that names an outlet
            piped = piped_stamp(line, self.rules) if "|" in line or " / " in line else None
            read = [d for d in (stamped(line, self.rules), piped) if d is not None]
            dated = next((d for d in read if d[0] is not None), read[0] if read else None)
            published = dated[1] if dated else None
        if published is None:
            return False
        if (dated is None or dated[0] is None) and " · " in line:  # "Jane Doe · Harbour News · Posted: Mar 3,
            # 2021": the outlet too
            dated = credited_outlet(line, self.rules), published
        if self.story is not None:
            self.story.published = self.story.published or published
        elif self.layout.published is None and len(self.layout.prose) < _HEAD_PARAGRAPHS:
            self.layout.published = published  # "March 14, 2016" under the title: the article's date
            self.layout.outlet = self.layout.outlet or (dated[0] if dated else None)
        elif dated is not None and dated[0] is not None:
            self.layout.outlet = self.layout.outlet or dated[0]  # "(People's Daily June 4, 2002)" at the foot
        return True

    def _note(self, line: str) -> bool:
        """An agency's note to editors: "(ATTN: RECASTS headline, lead; ...)"; a line a syndicating site
        prints after the story: "Read the original article on Egypt Online.", "Disclaimer: ..."."""
        if "\n" in line:
            return False
        return (line.startswith(self.rules.editor_notes) and line.rstrip().endswith(")")) or (
            self.layout.prose != [] and line.startswith(self.rules.trailers)
        )

    def _standfirst(self, s: int, e: int) -> bool:
        """A deck right under the article's title, before any prose: the headline's summary, no claim of
        its own ("Minister says the ruling is a setback but vows to keep campaigning")."""
        furniture = self.layout.furniture
        under = bool(furniture) and furniture[-1] == self.layout.heading  # right under the title
        if not (under and self.story is None and not self.layout.prose and self._deck(s, e)):
            return False  # (most paragraphs: no search below)
        return _TRAILING_CREDIT.search(self.text, max(s, e - _CREDIT_REACH), e) is None  # not ". / AA"

    def _deck(self, s: int, e: int) -> bool:
        """A line under the title summing the story up, with no full stop: "2,000 workers will receive 15
        per cent wage increase"."""
        line = self.text[s:e].rstrip()
        labelled = line.startswith(self.rules.deck_labels)  # "Synopsis: The platform will ... costs."
        return "\n" not in line and (labelled or line[-1:] not in _FINAL_MARK)

    def _placed(self, s: int, e: int) -> bool:
        """A line that is a whole dateline ("Dubai - WAM"), or one with only the day after it
        ("WESTMERE (AP) - March 9, 2012"), is no title: it places the story below it."""
        found = read_dateline(self.text, s, e, self.rules, colon=False, opening=not self.layout.prose)
        if found is None or found.dateline.outlet is None:
            return False
        return found.end >= e or parse_date_line(self.text[found.end : e]) is not None

    def _heading(self, s: int, e: int, line: str) -> None:
        if self.story is None:
            credit = title_credit(line, self.rules) if self.layout.title is None else None
            if credit is not None:  # "Talks go on | Daily Sabah": the page names whose story it is
                self.layout.outlet = self.layout.outlet or credit[0]
                self.layout.published = self.layout.published or credit[1]
            self.layout.title = self.layout.title or line
            self.layout.heading = self.layout.heading or (s, e)
        else:
            self.story.title = self.story.title or line
        self.expect_heading = False

    def _prose(self, s: int, e: int, *, last: bool) -> None:
        """A paragraph of prose, with the dateline it may open with cut off."""
        scoped = self.story.dateline if self.story is not None else self.layout.dateline
        scope = self.story.start if self.story is not None else 0
        # the story's first paragraph of prose, or the first after decks ("2,000 workers will get a rise")
        opening = scoped is None and self.told < scope
        closing = _CLOSING_SOURCE.search(self.text, max(s, e - _CREDIT_REACH * 2), e) if last else None
        if closing is not None and self.story is None:
            e = closing.start() + 1  # the article's own source, named as its last words
            self.layout.outlet = self.layout.outlet or closing.group("outlet")
        dateline = read_dateline(self.text, s, e, self.rules, colon=scoped is None, opening=opening)
        if dateline is not None and scoped is None:
            if self.story is not None:
                self.story.dateline = dateline.dateline
            else:
                self.layout.dateline, self.layout.day = dateline.dateline, dateline.day
                self.layout.outlet = self.layout.outlet or dateline.republisher  # "(MENAFN- ...)"
        body = dateline.end if dateline else s
        if dateline is not None and (day := parse_date_line(self.text[body:e])) is not None:
            # the day alone after the dateline, the story in the next paragraph: "WESTMERE (AP) - March 9,
            # 2012"
            if self.story is not None:
                self.story.published = self.story.published or day
            else:
                self.layout.published = self.layout.published or day
            return
        e = _before_end_mark(self.text, body, e, self.rules)  # "... in this domain. (end)"
        credit = _TRAILING_CREDIT.search(self.text, max(body, e - _CREDIT_REACH), e)
        if credit is not None and (outlet := self._foot_agency(credit, last=last)) is not None:
            e = credit.start() + 1  # "... the importance of the meeting. / AA": Anadolu's copy
            if self.story is None and (len(self.layout.prose) < _HEAD_PARAGRAPHS or credit.group("signed")):
                # an agency signing the story's foot ("... the bank said. (IANS)") over a paper its lede
                # credits ("C, the BBC reported"): the story is the agency's, written from the paper's
                signed = self.lede_credited and bool(credit.group("signed"))
                self.layout.outlet = outlet if signed else self.layout.outlet or outlet
        if self.story is None and len(self.layout.prose) < _LEDE_PARAGRAPHS and self.layout.outlet is None:
            self.layout.outlet = lede_credit(self.text, body, e, self.rules)  # "..., informs Anadolu Agency."
            self.lede_credited = self.layout.outlet is not None
        if body < e:
            self._add_prose(body, e)

    def _foot_agency(self, credit: re.Match[str], *, last: bool) -> str | None:
        """The agency a trailing credit names: a listed one; or, in brackets closing the story, initials
        and a desk no table lists ("... the port said. (NVX-Finance)")."""
        name = credit.group("outlet")
        known = known_outlet(name, self.rules)
        initials = last and credit.group("bracket") is not None and _AGENCY_INITIALS.fullmatch(name)
        return known or (name if initials else None)

    def _add_prose(self, s: int, e: int) -> None:
        before = self.layout.prose[-1] if self.layout.prose else None
        self.layout.prose.append((s, e))
        if before is not None and self._repeated(before, (s, e)):
            # a picture's caption printed twice above the story ("JANE Roe on her way to Westmere." under
            # itself): neither copy opens it, so the dateline after them still does
            self.told = self.told_before
        elif not self._deck(s, e):
            self.told_before, self.told = self.told, s

    def _repeated(self, before: Span, now: Span) -> bool:
        """Whether the paragraph `now` is a short one printed again right after itself."""
        line = self.text[now[0] : now[1]].strip()
        return len(line.split()) <= _CAPTION_WORDS and self.text[before[0] : before[1]].strip() == line


_NEXT_LINE_REACH = 80  # characters after a first line read for the outlet's line under it
_CAPTION_WORDS = 15  # words of a caption printed twice above a story


def _other_story(line: str, rules: Rules) -> bool:
    """Whether a line links to another story: a label of `Rules.other_stories` and a colon, then its
    headline ("Read more: Budget to pass, Roe says", "RELATED: Rates rise again")."""
    colon = line.find(":", 0, _LABEL_REACH)  # (a label is short: no copy of a long paragraph is made)
    if colon < 0 or "\n" in line:
        return False
    return line[:colon].strip().lower() in rules.other_stories and bool(line[colon + 1 :].strip())


def _before_end_mark(text: str, s: int, e: int, rules: Rules) -> int:
    """Where a paragraph's prose ends: before an agency's end mark closing it ("(end)")."""
    stop = _trimmed(text, s, e)
    if not text.endswith(rules.end_marks, s, stop):  # one test for all the marks: most paragraphs end so
        return e
    mark = next((m for m in rules.end_marks if text.endswith(m, s, stop)), None)
    return e if mark is None else _trimmed(text, s, stop - len(mark))


def _trimmed(text: str, s: int, e: int) -> int:
    """`e`, moved back over the blanks before it (no copy of a long paragraph is made)."""
    while e > s and text[e - 1].isspace():
        e -= 1
    return e


def _trailing_source(text: str, layout: Layout, rules: Rules) -> None:
    """ "Source: TASS" as the last line of an article with no other source line: the text before it
    is TASS's; short lines of page furniture may follow it ("As reported by X" over "Written by", "Jane
    Roe": no sentence)."""
    if len(layout.sections) != 1:
        return
    start = layout.sections[0].start
    if any(s >= start and not _furniture_line(text[s:e]) for s, e in layout.prose):
        return
    (only,) = layout.sections
    named = only.outlet or ""
    # a name no table lists will do after the label, when it reads as a name ("Source: VOV5")
    body = named in rules.countries or named.rstrip(".") in rules.countries  # a chart's "Source: NATO."
    outlet = known_outlet(named, rules) or (named if _a_name(named) and not body else None)
    if outlet is not None:
        layout.sections = [attrs.evolve(only, start=0, outlet=outlet)]


_FURNITURE_WORDS = 5  # words of a line of page furniture after a closing source line


def _furniture_line(line: str) -> bool:
    """A short line with no sentence's end: an author's badge, "Written by", a name."""
    line = line.strip()
    return len(line.split()) <= _FURNITURE_WORDS and not line.endswith((".", "!", "?", "”", '"'))


def _a_name(words: str) -> bool:
    """A short run of capitalised words or words with digits: "VOV5", "Voice of Vietnam"."""
    parts = words.split()
    small = ("of", "the", "and", "for")
    if words.endswith("."):
        return False  # "Source: NATO." under a chart: where figures come from
    return 0 < len(parts) <= 4 and all(p[:1].isupper() or p[:1].isdigit() or p in small for p in parts)


def _widget_lines(line: str, rules: Rules) -> bool:
    """Whether a paragraph is only lines of page widgets: "Hide Ad", or "Hide Ad" twice, one under the
    other."""
    return all(part.strip() in rules.page_widgets for part in line.strip().split("\n"))


def _subhead(line: str, rules: Rules) -> bool:
    """A briefing's topic line: "On Syria talks in Lausanne" (short, no date, no final full stop)."""
    if line[: line.find(" ")] not in _first_words(rules.subhead_openings):
        return False
    opening = next((o for o in rules.subhead_openings if line.startswith(o + " ")), None)
    if opening is None or not _is_heading(line):
        return False
    words = line.split()
    if len(words) > _SUBHEAD_WORDS:
        return False
    following = words[len(opening.split())]
    return following not in rules.months_and_days and not _DIGIT.search(line)  # "On Tuesday the ..."


@functools.lru_cache(maxsize=16)
def _first_words(openings: tuple[str, ...]) -> frozenset[str]:
    return frozenset(o.split(" ", 1)[0] for o in openings)


def _is_heading(line: str) -> bool:
    """A short line without closing punctuation: a headline (one may end in a quoted phrase: "... over
    "island patrols"")."""
    stripped = line.rstrip()
    return (
        0 < len(stripped) <= 200
        and "\n" not in stripped
        and stripped.rstrip(_CLOSING_QUOTES)[-1:] not in _FINAL_MARK
        and len(stripped.split()) <= 25
    )
