"""Datelines: where a story was filed, by whom and on what day, at the start of a paragraph.

Shapes read: "MOSCOW (Sputnik) –", "BEIJING, April 4 (Reuters) -", "KYIV, Ukraine —", "PARIS -",
a story's first paragraph opening "(Reuters) -" with no place,
"MOSCOW, October 2. /TASS/." (also with its reporters: "/TASS, Anna Petrova/."), "TOKYO. April 15
(Interfax) -", "Tokyo, April 18 (Jiji Press)--", places joined by slashes ("DHAKA/NEW DELHI (Reuters) –"),
the day before its month ("Doha, 3 March 2024 (dpa/MIA) —", "ABU DHABI, 5th November 2020 (WAM) -"), a
comma before the bracket ("JOHANNESBURG, (CAJ News) –"),
"MOSCOW, SANA-", "Damascus, SANA, ", "Tokyo, Oct 25 (EFE).-", "Islamabad, Sep 11 (IANS) ",
"MOSCOW, July 18 - RIA Novosti.", Kyodo's "TOKYO Kyodo" and the Indian agencies'
"Beijing:"; agency
copy's "Tasnim – ", "Dubai - WAM", "Tehran(IP): ", "RIYADH, Mar 3 (NNN-SPA) –" (SPA's copy through
NNN), "MOSCOW (UrduPoint News / Sputnik - 14th March, 2020)" and MENAFN's prefix "(MENAFN- Kuwait
News Agency (KUNA)) ", whose portal or network becomes the article's outlet. A place in
mixed case ("Tokyo") makes a dateline only with a day or a known outlet beside it, so that prose
opening with a city ("Tokyo, Seoul and Beijing - the three capitals - said") is left alone; a place
before a colon only when `Rules.colon_datelines` lists it and a long paragraph follows, so that a
headline crediting a capital ("Moscow: Sanctions Will Not Work") keeps its speaker.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from claimtrack.model import Dateline
from claimtrack.parse.credits import known_outlet, medium_name
from claimtrack.parse.dates import find_time_expressions
from claimtrack.rules import Rules
from claimtrack.rules import dates as date_rules

# Every dash below is any of four: a hyphen, an en dash, an em dash, or a horizontal bar ("KUALA LUMPUR,
# Feb 21 ― Cabinet ministers ...", as Malay Mail sets it).
_DATELINE = re.compile(
    r"""
    (?:(?P<upper>[A-Z](?:[A-Z'’.]|-(?=[A-Z]))+(?:[ ][A-Z](?:[A-Z'’.]|-(?=[A-Z]))+){0,3})  # "NEW YORK"
    # (a hyphen only inside a name, "WINSTON-SALEM": "ISLAMABAD- The ..." ends the place at its dash)
    | (?P<mixed>[A-Z][a-z'’]+(?:[ ](?:[A-Z][a-z'’]+|[A-Z]{2,4}(?![\w'’]))){0,2}))  # "Tokyo", "Press TV"
    (?P<joined>(?:/[A-Z][A-Za-z'’.]+(?:[ ][A-Z][A-Za-z'’.]+){0,2}){1,3})?  # places the story was filed
    # from, joined by slashes: "DHAKA/NEW DELHI", "SEOUL/Hanoi"
    (?:[ ]\([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?\)(?=,))?  # Bernama's "PUTRAJAYA (Malaysia), May 10"
    (?:,[ ](?P<region>(?:[A-Z][a-z]+\.?|[A-Z]\.(?:[A-Z]\.){1,2}|[A-Z]\.[A-Z][a-z]{1,3}\.)
      (?:[ ][A-Z][a-z]+\.?){0,2}))?
    # (", Ukraine", or a state in AP's initials: "ALBUQUERQUE, N.M. (AP) —", "WASHINGTON, D.C. —", "MONTCOAL,
    # W.Va. (AP) -")
    (?:[,.][ ]?(?P<date>[A-Z][a-z]{2,8}\.?[ ]\d{1,2}(?:,[ ]\d{4})?  # ", April 4", ". March 23, 2004"
      |\d{1,2}(?:st|nd|rd|th)?[ ][A-Z][a-z]{2,8}\.?(?:,?[ ]\d{4})?))?  # the day first: ", 8 December 2023"
    # (a copy may drop the space: "NAIROBI, Kenya,Dec 18")
    (?:
      ,?[ ]{0,2}\((?P<outlet>[^()\n]{1,60})\)\.?[ \u00a0]*  # "(Sputnik) – "
      (?:[―–—-]{1,2}|:|\?(?=[ ])|_(?=[ ]))[ \u00a0]*
      # ("(EFE).- "; "(Reuters) ? " where a copy lost its dash to a question mark; "(AP) _ " where an
      # archive of old wire copy has an underscore for it; a comma before the bracket: "JOHANNESBURG, (CAJ
      # News) –"; a copy that lost the day after the comma: "WESTMERE,  (Reuters) –")
    | ,?[ ]?\((?P<dated>[^()\n]{1,60}\d{4})\)[ \u00a0]+  # "(UrduPoint News / Sputnik - 14th March, 2020) "
    | [ ]?\((?P<undashed>[^()\n]{1,60})\)[ \u00a0]+(?=[A-Z“"‘])  # "Islamabad, Sep 11 (IANS) The ..."
    | [ ]?\((?P<alone>[^()\n]{1,60})\)[ \u00a0]*$  # "Paris (AFP)" on a line of its own above the story
    | (?P<dash>[ \u00a0]*[―–—-]{1,2}[ \u00a0]+)  # a dash and a space
    | (?P<tight>—)(?=[A-Z])  # an em dash with no space before the story: "WASHINGTON—The Senate ..."
    | ,[ ]?(?P<agency>[A-Z][\w-]{1,20}(?:[ ][A-Z][\w-]{1,20}){0,2})[ \u00a0]*[―–—-]{1,2}[ \u00a0]+
      # ", SANA- " (Kyodo's copy drops the space: "BEIJING,Kyodo - ")
    | ,[ ](?P<listed>[A-Z][\w-]{1,20}(?:[ ][A-Z][\w-]{1,20}){0,2}),[ ]+(?=[A-Z])  # ", SANA, Syria said"
    | (?:\.[ ]?|[ ])/[ ]?(?P<slashed>[A-Z][^/\n]{1,60})/  # TASS's form: "MOSCOW, July 18. /TASS/." (not
      # "Ahmedabad/Panaji/Mumbai, November 11": places joined by slashes; a copy may space it: "/ TASS /")
      [.]?[ \u00a0]*(?:[―–—-]{1,2}[ \u00a0]+)?  # a full stop or a dash after it
    | [ ]?(?P<colon>:)[ ]+  # "Beijing: ", PTI's "Southampton, Sept 3 : "
    | [ ](?P<bare>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)  # Kyodo's site: "TOKYO Kyodo Japan has"
      # or "TOKYO, Feb. 18 Kyodo -" ending its line
      (?:[ ](?=[A-Z“"])|[ \u00a0]*[―–—-]{1,2}(?:[ \u00a0]+|(?=\n)|$))
    )
    """,
    re.VERBOSE,
)
_DAY_FIRST = re.compile(
    r"""
    (?P<date>(?P<month>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?)[ ]\d{1,2}(?:,[ ]\d{4})?)  # a day with no place:
    # "Jan. 8", "JUNE 23"
    [ ]?\((?P<outlet>[^()\n]{1,60})\)[ \u00a0]*[―–—-]{1,2}[ \u00a0]*  # "(Asia Today) — "
    """,
    re.VERBOSE,
)
_BRACKET_FIRST = re.compile(
    r"""
    \((?P<outlet>[A-Z][^()\n]{1,40})\)[ \u00a0]*[―–—-]{1,2}[ \u00a0]*(?=[A-Z“"‘])  # "(Sharecast News) -C"
    """,
    re.VERBOSE,
)
_AGENCY_FIRST = re.compile(
    r"""
    \((?P<outlet>[A-Z][^()\n]{1,40})\)[ \u00a0]*[―–—-]{1,2}[ \u00a0]*  # the agency first: "(ANSA) - "
    (?P<place>[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2}),[ ]  # the place: "Rome, "
    (?P<date>(?P<month>[A-Z][a-z]{2,8}\.?)[ ]\d{1,2}(?:,[ ]\d{4})?)  # the day: "June 4"
    [ \u00a0]*[―–—-]{1,2}[ \u00a0]*(?=[A-Z“"‘])  # a dash, then the story: " - Italian ..."
    """,
    re.VERBOSE,
)
_REPUBLISHED = re.compile(
    r"""
    \((?P<by>[A-Z][A-Za-z.]{1,20})-[ ]?  # a portal carrying the copy: "(MENAFN- "
    (?P<source>[^()\n]{1,50}(?:\([^()\n]{1,12}\))?)\)  # whose copy: "Kuwait News Agency (KUNA))"
    [ \u00a0]*
    """,
    re.VERBOSE,
)
# a wire story's dateline as archives keep it, the agency's bracket and dash cut: a place in capitals or
# none, a month and a day, and the story's first word ("WESTMERE Jan 20 Norvale's central bank kept ...",
# "March 6 The Westmere Department of Insurance said ...")
_STRIPPED = re.compile(
    r"(?:(?P<upper>[A-Z][A-Z'’.-]{2,}(?:[ ][A-Z][A-Z'’.-]{2,}){0,2})[ ])?"
    r"(?P<date>(?P<month>[A-Z][a-z]{2,8}\.?)[ ](?:[1-9]|[12]\d|3[01]))[ ](?=[A-Z])"
)
# the day a site posted the story, before the agency's own dateline: "May 5 -- TUESDAY, May 4 (...) --"
_POSTED_DAY = re.compile(r"(?P<month>[A-Z][a-z]{2,8}\.?)[ ]\d{1,2}(?:,[ ]\d{4})?[ ][―–—-]{1,2}[ ](?=[A-Z])")
_BRACKET_DAY = re.compile(r"[ ][―–—-][ ](?P<day>[^–—\n]{1,25}\d{4})$")  # "Sputnik - 14th March, 2020"
_BRACKET_COMMA_DAY = re.compile(
    r",[ ](?P<day>(?P<month>[A-Z][a-z]{2,8}\.?)[ ]\d{1,2}(?:,[ ]\d{4})?)$"
)  # "CNN Philippines, March 28"
_OPENS_SENTENCE = re.compile(r"[A-Z“\"‘'\d]")  # after an agency's dash: "Tasnim – Iran’s ..."
_TRAILING_REACH = 40  # characters after a dash read for "RIA Novosti." (the outlet, then a full stop)
# a name alone after a dateline's dash, closing its line: up to four capitalised words ("Harbour Today")
_UNLISTED_OUTLET = re.compile(r"[A-Z][\w'’&-]*(?:[ ][A-Z][\w'’&-]*){0,3}")
_TRANSCRIPT_REACH = 3000  # characters after "JAKE TAPPER:" read for the next turn, "TAPPER:" (bounded)
# letters of a place in capitals before a colon that needs no listing ("KUCHING:", not "UN:")
_COLON_CAPITALS = 5
_COLON_PARAGRAPH = 10  # words after "Beijing:" that make a paragraph of a story, not a headline
_FINAL = '.!?”"’'
_AGENCY_INITIALS = 3  # letters of an unknown agency's initials in a mixed-case dateline ("PANA"; not "D")
_DAY_REACH = 7  # days a dateline's day may precede the article's date and still be the day it was filed


@attrs.frozen
class Found:
    """A dateline at the start of a paragraph: its fields, where the prose after it starts, its day."""

    dateline: Dateline
    end: int  # offset in the text where the paragraph's prose starts
    day: str | None  # the day as written ("July 18, 2017", "April 4"), if any
    republisher: str | None = None  # a portal or network carrying the agency's copy: "(MENAFN- ...)"


def read_dateline(
    text: str, start: int, end: int, rules: Rules, *, colon: bool = True, opening: bool = False
) -> Found | None:
    """The dateline opening the paragraph `text[start:end]`, if any; `colon` allows "Beijing:";
    `opening` (the first paragraph of a story) allows an agency before a dash: "Tasnim – "."""
    republisher = source = None
    begin = start
    pre = _REPUBLISHED.match(text, start, end)
    if pre is not None and (republisher := known_outlet(pre.group("by"), rules)) is not None:
        named = pre.group("source").strip()  # "(MENAFN- Kuwait News Agency (KUNA)) ISTANBUL, ..."
        source, begin = known_outlet(named.split(" (", 1)[0], rules) or named, pre.end()
    found = _read(text, begin, end, rules, colon=colon, opening=opening)
    if republisher is None:
        return found
    if found is None:  # the portal's prefix alone: the copy is the agency's
        return Found(
            Dateline(outlet=source, span=(start, begin)), end=begin, day=None, republisher=republisher
        )
    d = found.dateline
    dateline = Dateline(place=d.place, outlet=d.outlet or source, span=(start, found.end))
    return attrs.evolve(found, dateline=dateline, republisher=found.republisher or republisher)


def _day_shapes(text: str, start: int, end: int, rules: Rules) -> Found | None:
    """The shapes a day opens or an agency's bracket opens: "Jan. 8 (Asia Today) —", "WESTMERE Jan 20
    Norvale's ..." (an archive's wire copy), "(ANSA) - Rome, June 4 -"; None when none opens the text."""
    dated = _DAY_FIRST.match(text, start, end)
    if dated is not None and dated.group("month").rstrip(".").title() in rules.months_and_days:
        named, carrier, _ = _bracketed(dated.group("outlet"), rules)  # "Jan. 8 (Asia Today) — C"
        dateline = Dateline(outlet=named.strip() or None, span=(start, dated.end()))
        return Found(dateline=dateline, end=dated.end(), day=dated.group("date"), republisher=carrier)
    cut = _STRIPPED.match(text, start, end)
    if cut is not None and cut.group("month").rstrip(".").title() in rules.months_and_days:
        dateline = Dateline(place=cut.group("upper"), span=(start, cut.end()))
        return Found(dateline=dateline, end=cut.end(), day=cut.group("date"))
    first = _AGENCY_FIRST.match(text, start, end)
    if first is not None and _month(first.group("month"), rules):
        named, carrier, _ = _bracketed(first.group("outlet"), rules)  # "(ANSA) - Rome, June 4 - C"
        dateline = Dateline(
            place=first.group("place"), outlet=named.strip() or None, span=(start, first.end())
        )
        return Found(dateline=dateline, end=first.end(), day=first.group("date"), republisher=carrier)
    return None


def _read(text: str, start: int, end: int, rules: Rules, *, colon: bool, opening: bool) -> Found | None:
    """A dateline at `start`, or one after the day a site posted the story: "May 5 -- TUESDAY, May 4
    (Harbour Health Wire) -- " (read once: the day before the dateline, not before another day)."""
    posted = _POSTED_DAY.match(text, start, end)
    if posted is not None and posted.group("month").rstrip(".") in rules.months_and_days:
        after = _read_at(text, posted.end(), end, rules, colon=colon, opening=opening)
        if after is not None:
            return attrs.evolve(after, dateline=attrs.evolve(after.dateline, span=(start, after.end)))
    return _read_at(text, start, end, rules, colon=colon, opening=opening)


def _read_at(text: str, start: int, end: int, rules: Rules, *, colon: bool, opening: bool) -> Found | None:
    if (shaped := _day_shapes(text, start, end, rules)) is not None:
        return shaped
    bare = _BRACKET_FIRST.match(text, start, end) if opening else None
    if bare is not None:  # a story's first paragraph opening with a credited outlet and no place
        named, carrier, _ = _bracketed(bare.group("outlet"), rules)
        dateline = Dateline(outlet=named.strip() or None, span=(start, bare.end()))
        return Found(dateline=dateline, end=bare.end(), day=None, republisher=carrier)
    m = _DATELINE.match(text, start, end)
    if m is None:
        return None
    if m.group("tight") and not opening and not (m.group("region") or m.group("date")):
        # "FAREWELL—The Living Room to close": a newsletter's item heading, no place; but a paragraph
        # after a caption may open "NAIROBI, Kenya, Dec 18—Deputy President ..."
        return None
    place: str | None = (m.group("upper") or m.group("mixed") or "") + (m.group("joined") or "") or None
    if place is not None and (
        place.rstrip(".").title() in rules.months_and_days  # ("WEDNESDAY" too: the table is in title case)
        or place.lower() in date_rules.WEEKDAY_ABBREVIATIONS
    ):
        if not (m.group("outlet") and m.group("date")):
            return None  # "Tue, Jan 03, 2012 - Page 6": a printed date, no place
        place = None  # "TUESDAY, May 4 (Harbour Health Wire) --": a weekday, the day and the agency
    outlet = (
        m.group("outlet") or _tass_agency(m.group("slashed"), rules) or m.group("agency") or m.group("listed")
    )
    region = m.group("region")
    if region in rules.outlets:  # "MOSCOW, Reuters -": the agency, not a region
        outlet, region = region, None
    stop = m.end()
    republisher = day = None
    undated = not m.group("date") and not m.group("upper")
    if m.group("undashed") and (undated or known_outlet(m.group("undashed"), rules) is None):
        # with no dash after it, a bracket needs a known agency in it and a day or a place in capitals
        # before it ("Islamabad, Sep 11 (IANS) The ...", "SYDNEY, Australia (AP) Twenty athletes ...")
        return None
    if m.group("alone") and (not opening or known_outlet(m.group("alone"), rules) is None):
        return None  # a line of its own: only above the story's first paragraph, and a known agency
    if m.group("listed") and (m.group("listed") not in rules.outlets or not _seat(place or "", m, rules)):
        return None  # ", SANA, " with no dash: only a listed agency after a capital city
    bracket = m.group("outlet") or m.group("dated") or m.group("undashed") or m.group("alone")
    if bracket:  # "(Kyodo)", "(NNN-SPA)", "(UrduPoint News / Sputnik - 14th March, 2020)"
        outlet, republisher, day = _bracketed(bracket, rules)  # "(CNN Philippines, March 28)": its day
        if m.group("dated") and day is None:
            return None  # with no dash after it, a bracket needs a day: "(Sputnik - 14th March, 2020)"
    if m.group("bare"):  # only a known agency after a place in capitals: "TOKYO Kyodo"
        if not m.group("upper") or (outlet := known_outlet(m.group("bare"), rules)) is None:
            return None
    elif m.group("colon") and not m.group("date"):
        # a place in capitals opening the story, once: "KUCHING: ..." (a transcript's "JAKE TAPPER: ..."
        # comes back as "TAPPER:"); with its day, "Southampton, Sept 3: ...", any place
        capitals = opening and bool(m.group("upper")) and _unlisted_capitals(place or "", rules)
        turn = f"\n{(place or '').split()[-1]}:"
        capitals = capitals and text.find(turn, stop, stop + _TRANSCRIPT_REACH) < 0
        if not colon or not _colon_dateline(text, place or "", stop, end, rules, capitals=capitals):
            return None
    elif (agency := _agency_dash(text, m, end, rules, opening=opening)) is not None:
        place, outlet = None, agency  # "Tasnim – Iran's ...": the agency, not a place
    else:
        if m.group("agency") and m.group("agency") not in rules.outlets:
            return None  # "NEW YORK, NY - ": a state, not an agency
        seat = place in rules.capitals or bool(m.group("upper"))
        if not outlet and (trailing := _trailing_outlet(text, stop, end, rules, seat=seat)) is not None:
            outlet, stop = trailing  # "MOSCOW, July 18 - RIA Novosti. ...", "Dubai - WAM"
        when = m.group("date") or day
        # a capital and a dash before a capitalised word: "Islamabad- Federal Minister ..." (not "Tokyo -
        # the capital - said")
        capital = m.group("dash") is not None and place in rules.capitals and text[stop : stop + 1].isupper()
        if (
            m.group("mixed")
            and not capital
            and not _mixed_ok(
                place or "", when, outlet, m.group("outlet"), rules, region=bool(m.group("region"))
            )
        ):
            return None
    if not outlet and place and " " not in place and len(place) < 3:
        return None  # "PARIS -" alone is a dateline; "AI - " in running text is not
    dateline = Dateline(
        place=place.strip() if place else None, outlet=(outlet or "").strip() or None, span=(start, stop)
    )
    return Found(dateline=dateline, end=stop, day=m.group("date") or day, republisher=republisher)


def _seat(place: str, m: re.Match[str], rules: Rules) -> bool:
    """A place a comma-framed agency may follow ("Damascus, SANA, Syria condemned ..."): a city in
    capitals or a listed capital, with no region or day between them."""
    if m.group("region") or m.group("date"):
        return False
    return bool(m.group("upper")) or place in rules.capitals


def _tass_agency(slashed: str | None, rules: Rules) -> str | None:
    """The agency in TASS's slashes, past the reporters it may name: "/TASS, Igor Lazorin/" gives TASS."""
    if slashed is None or "," not in slashed:
        return slashed
    first = slashed.split(",", 1)[0]
    return known_outlet(first, rules) or slashed


def _bracketed(raw: str, rules: Rules) -> tuple[str, str | None, str | None]:
    """The outlet, the portal carrying its copy and the day a dateline's bracket gives: "(Kyodo)",
    "(NNN-SPA)" (SPA's copy through NNN), "(UrduPoint News / Sputnik - 14th March, 2020)",
    "(APP - UrduPoint / Pakistan Point News - 15th Feb, 2017 )" (APP's copy on a portal of two names)."""
    day = None
    raw = raw.strip()
    if (dated := _BRACKET_DAY.search(raw)) is not None:
        day, raw = dated.group("day"), raw[: dated.start()]
    elif (comma := _BRACKET_COMMA_DAY.search(raw)) is not None and _month(comma.group("month"), rules):
        day, raw = comma.group("day"), raw[: comma.start()]  # "(CNN Philippines, March 28)"
    republisher = None
    names = [n.strip() for part in raw.split("/") for n in part.split(" - ")]
    portals = [n for n in names if n in rules.portals]
    if portals and all(names):
        others = [n for n in names if n not in rules.portals]
        if not others:
            return known_outlet(portals[0], rules) or portals[0], None, day  # the portal's own copy
        return known_outlet(others[-1], rules) or others[-1], portals[0], day
    parts = [p.strip() for p in raw.split("/")]
    if len(parts) > 1 and all(parts):
        first, last = parts[0], parts[-1]
        if known_outlet(last, rules) is None and known_outlet(first, rules) is not None:
            first, last = last, first  # "(dpa/MIA)": dpa's copy, carried by an agency not listed
        republisher, raw = first, last
    elif known_outlet(raw, rules) is None and raw.count("-") == 1:
        network, agency = (known_outlet(p, rules) for p in raw.split("-"))
        if network is not None and agency is not None:
            republisher, raw = network, agency
    return known_outlet(raw, rules) or raw.strip(), republisher, day


def _month(word: str, rules: Rules) -> bool:
    """Whether `word` names a month ("March", "Mar."), so that what follows it is a day."""
    return word.rstrip(".") in rules.months_and_days


def _agency_dash(text: str, m: re.Match[str], end: int, rules: Rules, *, opening: bool) -> str | None:
    """An agency's name before a dash opening a story, "Tasnim – Iran's ..." or "IRNA – The ...": the
    outlet, when the sentence after the dash opens with a capital (in "Today – the day after ..." the
    name is a word of the sentence)."""
    name = m.group("upper") or m.group("mixed")
    if not m.group("dash") or m.group("region") or m.group("date") or not name:
        return None
    if not _OPENS_SENTENCE.match(text, m.end(), end) or not (opening or m.group("upper")):
        return None
    if name in rules.capitals or name in rules.countries or name.title() in rules.colon_datelines:
        return None  # a place that is also a paper's name
    return known_outlet(name, rules)


def _unlisted_capitals(place: str, rules: Rules) -> bool:
    """A place in capitals that no table lists as a speaker, a country or an outlet: "KUCHING",
    "KUALA LUMPUR" (Malaysian and Pakistani papers open with them and a colon); not "NATO", "IRAN"."""
    title = place.title()
    letters = sum(c.isalpha() for c in place)
    if letters < _COLON_CAPITALS or known_outlet(place, rules) is not None:
        return False
    return (
        title not in rules.countries
        and place.lower() not in rules.organisations
        and title not in rules.capitals
    )


def _colon_dateline(
    text: str, place: str, stop: int, end: int, rules: Rules, *, capitals: bool = False
) -> bool:
    """ "Beijing: Chinese President Xi said ...": a listed place (or, with `capitals`, a place in
    capitals no table lists: "KUCHING: ...") before a long paragraph of prose."""
    listed = capitals or place in rules.colon_datelines or place.title() in rules.colon_datelines
    body = text[stop:end].rstrip()
    return listed and body[-1:] in _FINAL and len(body.split()) >= _COLON_PARAGRAPH


def _trailing_outlet(text: str, stop: int, end: int, rules: Rules, *, seat: bool) -> tuple[str, int] | None:
    """RIA Novosti's own shape: the outlet after the dash, then a full stop; or the outlet ending a
    line of its own: "Dubai - WAM"; after a capital or a place in capitals (`seat`), any name of up to
    four capitalised words there with an outlet's word (`Rules.outlet_words`): "Nairobi - Harbour Today"."""
    if end - stop <= _TRAILING_REACH and (alone := known_outlet(text[stop:end], rules)) is not None:
        return alone, end
    name = text[stop:end]
    if seat and _UNLISTED_OUTLET.fullmatch(name) is not None and medium_name(name, rules):
        return name, end
    dot = text.find(".", stop, min(end, stop + _TRAILING_REACH))
    if dot <= stop or text[stop:dot] not in rules.outlets:
        return None
    after = dot + 1
    while after < end and text[after] in " \u00a0":
        after += 1
    return (text[stop:dot], after) if after == end or after > dot + 1 else None


def _mixed_ok(
    place: str, date: str | None, outlet: str | None, bracketed: str | None, rules: Rules, *, region: bool
) -> bool:
    """A place in mixed case makes a dateline with a day, or with an outlet the rules know, or with a
    city's country and an agency's initials in brackets, known or not: "Nairobi, Kenya (PANA) -"."""
    if not rules.months_and_days.isdisjoint(place.split()):
        return False  # "Monday, May 9 -", "Super Tuesday, March 1 -": a date, no place
    if date:
        return True
    if not outlet:
        return False
    known = medium_name(outlet, rules)
    initials = region and outlet.isalpha() and outlet.isupper() and len(outlet) >= _AGENCY_INITIALS
    return known or initials or bracketed is None  # "(D)" after "Smith" is a party, not an agency


def dateline_day(text: str, dateline: Dateline | None, anchor: dt.date | None) -> dt.date | None:
    """The day a dateline gives ("TOKYO, April 11 (TASS) –"), read as the last such day on or before
    `anchor`; with no anchor, only a day written with its year ("MOSCOW, July 18, 2017 /TASS/.")."""
    if dateline is None or dateline.span is None:
        return None
    found = find_time_expressions(text, dateline.span[0], dateline.span[1], anchor=anchor, tense="past")
    return next((e.first for e in found if e.first is not None and e.first == e.last), None)


def filed_on(text: str, dateline: Dateline | None, published: dt.date) -> dt.date:
    """The day an article was filed: its dateline's day when that falls in the week up to the date it
    was published (a story filed on April 18 and put online on April 19 was said on the 18th), else the
    date it was published."""
    day = dateline_day(text, dateline, published)
    return day if day is not None and 0 <= (published - day).days <= _DAY_REACH else published
