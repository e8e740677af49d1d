"""Layout, outlets, speakers, dates and unattributed claims: tables of short articles."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from claimtrack.parse import parse_article
from claimtrack.parse.credits import known_outlet
from claimtrack.rules import DEFAULT_RULES

DATELINES = [
    # a place and its day before a colon, as Indian agencies' copy prints them (a space may come before it)
    pytest.param("Southampton, Sept 3 :  The series shows that Test cricket is alive, said skipper Joe Root "
                 "after England secured a 60-run win.", "Southampton", None, id="place-day-colon"),
    pytest.param("MOSCOW (Sputnik) – Moscow believes the talks will resume, Igor Morgulov said.",
                 "MOSCOW", "Sputnik", id="sputnik-en-dash"),
    pytest.param("BEIJING, April 4 (Reuters) - China said it would retaliate against the tariffs.",
                 "BEIJING", "Reuters", id="reuters-with-day"),
    # a story's first paragraph crediting an outlet with no place ("(Reuters) - " after the place was cut)
    pytest.param("(Harbour Wire) - Rates will fall this year, the governor said.", None, "Harbour Wire",
                 id="bracketed-outlet-with-no-place"),
    # a city in mixed case with its country, then an agency's initials no table lists
    pytest.param("Nairobi, Kenya (PANA) - Volkswagen said it would assemble cars in Kenya.", "Nairobi",
                 "PANA", id="mixed-case-city-country-and-unlisted-initials"),
    pytest.param("KYIV, Ukraine — Officials said the power plant had been shelled again.",
                 "KYIV", None, id="place-and-country"),
    pytest.param("PARIS - The minister said the strike would end on Monday.", "PARIS", None, id="place-only"),
    # a listed capital in mixed case before a dash and a capital (News24's "Nairobi - ")
    pytest.param("Nairobi - Harbour Rights Watch said the report was unfair.", "Nairobi", None,
                 id="listed-capital-in-mixed-case"),
    # AP's state in initials after the city; the agency as the story prints it (its name in full only
    # where the story prints that: `OUTLET_NAMES`)
    pytest.param("SANTA FE, N.M. (AP) — The governor said the fires were contained.", "SANTA FE", "AP",
                 id="state-in-initials"),
    pytest.param("SANTA FE, N.M. (AP) — The governor said the fires were contained.\n\nCopyright 2020 The "
                 "Associated Press.", "SANTA FE", "Associated Press", id="state-in-initials-and-the-name"),
    pytest.param("DOVER, N.H. — The mayor said the bridge would reopen in May.", "DOVER", None,
                 id="state-in-initials-no-outlet"),
    # a short city in capitals before a colon, listed (`Rules.colon_datelines`)
    pytest.param("IPOH: Officers have detained two brothers over a land scheme in two towns, the district "
                 "chief said on Friday.", "IPOH", None, id="a-listed-short-city-before-a-colon"),
    # a wire story's dateline as an archive keeps it, its agency's bracket and dash cut
    pytest.param("WESTMERE Jan 20 Norvale's central bank kept its rate at 9 percent, it said.", "WESTMERE",
                 None, id="archived-wire-place-and-day"),
    pytest.param("March 6 The Westmere Department of Insurance said a broker would pay a penalty.", None,
                 None, id="archived-wire-day-alone"),
    # no dash after the bracket: a known agency, after a place in capitals (or a day)
    pytest.param("PERTH, Australia (AP) Nine riders failed doping tests, the agency said Friday.", "PERTH",
                 "AP", id="agency-bracket-no-dash"),
    pytest.param("MOSCOW, October 2. /TASS/. The ministry said the grain deal would be extended.", "MOSCOW",
                 "TASS", id="tass-slashes"),
    pytest.param("MOSCOW, October 2 /TASS/ The ministry said the grain deal would be extended.", "MOSCOW",
                 "TASS", id="tass-slashes-after-a-space"),
    pytest.param("MOSCOW, September 24. / TASS /. The ministry said the grain deal would be extended.",
                 "MOSCOW", "TASS", id="tass-slashes-spaced"),
    pytest.param("TOKYO, March 23, 2017 (Kyodo) - The cabinet said exports rose in February.", "TOKYO",
                 "Kyodo", id="day-with-a-year"),
    pytest.param("Osaka, May 9 (Jiji Press)--The governor said the bridge would reopen in June.", "Osaka",
                 "Jiji Press", id="mixed-case-city-unspaced-dash"),
    pytest.param("TOKYO. May 9 (Interfax) - The minister said the visit would take place in the autumn.",
                 "TOKYO", "Interfax", id="full-stop-after-the-city"),
    pytest.param("DAMASCUS, SANA- Flights to Aleppo will double next month, the transport ministry said.",
                 "DAMASCUS", "SANA", id="agency-after-a-comma"),
    pytest.param("MOSCOW, July 18 - RIA Novosti. The ministry said the grain deal would be extended.",
                 "MOSCOW", "RIA Novosti", id="outlet-after-the-dash"),
    pytest.param("WESTMERE, W.Va. (AP) - A fire closed a rail yard, a yard official said.", "WESTMERE",
                 "AP", id="a-state-in-aps-short-form"),
    pytest.param("WESTMERE CITY,  (Reuters) – A court suspended the party, a prosecutor said.",
                 "WESTMERE CITY", "Reuters", id="a-copy-that-lost-the-day"),
    pytest.param("Lima, Jun 3 (EFE).- The minister said the port would reopen in July.", "Lima", "EFE",
                 id="a-full-stop-and-a-dash-after-the-bracket"),
    pytest.param("Karachi, Mar 2 (IANS) The governor said the road would reopen next week.", "Karachi",
                 "IANS",
                 id="a-day-and-a-known-agency-with-no-dash"),
    pytest.param("Havana, Aug 2 (Prensa Latina) The minister said the harvest would be larger this year.",
                 "Havana", "Prensa Latina", id="a-latin-american-agency"),
    pytest.param("Damascus, SANA, The ministry said flights to Aleppo would double next month.", "Damascus",
                 "SANA", id="an-agency-between-commas-after-a-capital"),
    pytest.param("Jan. 8 (Yonhap) — The ministry said Thursday it would stream the reports.", None, "Yonhap",
                 id="a-day-and-an-outlet-no-place"),
    # a weekday for the place, the day and the agency, after the day a site posted it
    pytest.param("May 5 -- TUESDAY, May 4 (Harbour Health Wire) -- The ministry said it would publish the "
                 "figures.", None, "Harbour Health Wire", id="posted-day-then-a-weekday-dateline"),
    pytest.param("JUNE 23 (Reuters) — The ministry said it would publish the figures.", None, "Reuters",
                 id="a-day-in-capitals-and-an-outlet-no-place"),
    pytest.param("PUTRAJAYA (Malaysia), May 10 (Bernama) -- The commission said the count went on.",
                 "PUTRAJAYA", "Bernama", id="a-country-in-brackets-after-the-place"),
    pytest.param("ISLAMABAD- Federal Water Minister Noor Khan said the shortfall was 7,000 megawatts.",
                 "ISLAMABAD", None,
                 id="a-place-in-capitals-and-a-dash-with-no-space-before-it"),
    pytest.param("Islamabad - The water minister said the shortfall was 7,000 megawatts.", "Islamabad", None,
                 id="a-capital-in-mixed-case-and-a-dash"),
    pytest.param("WINSTON-SALEM - The mayor said the plant would reopen.", "WINSTON-SALEM", None,
                 id="a-hyphen-inside-a-place-in-capitals"),
    pytest.param("Fujairah: Another oil slick washed up on the shores of the beach in the emirate on Sunday, "
                 "officials said.", "Fujairah", None, id="a-gulf-emirate-and-colon"),
    pytest.param("KINSHASA (Reuters) ? Opposition parties said on Saturday the count was fake.", "KINSHASA",
                 "Reuters", id="a-dash-lost-to-a-question-mark"),
    pytest.param("WESTMERE (AP) _ Five people have been arrested over a bribery scheme, police said.",
                 "WESTMERE", "AP", id="an-old-wire-dash-as-an-underscore"),
    pytest.param("TOKYO, Feb. 18 Kyodo -\nJapan has halted its whaling, the fisheries minister said Friday.",
                 "TOKYO", "Kyodo", id="a-place-day-and-agency-ending-their-line"),
    pytest.param("BEIJING,Kyodo - The government said Wednesday nine people had died.", "BEIJING", "Kyodo",
                 id="agency-after-a-comma-with-no-space"),
    pytest.param("(Harbour Wire) -Rates will fall this year, the governor said.", None, "Harbour Wire",
                 id="bracketed-outlet-dash-unspaced-before-the-story"),
    pytest.param("Port Louis (Harbour Wire, March 28) – The port authority said the ferry would sail in May.",
                 "Port Louis", "Harbour Wire", id="mixed-case-place-outlet-and-day-in-the-bracket"),
    pytest.param("(ANSA) - Rome, June 4 - The defence minister said the frigates would sail in July.", "Rome",
                 "ANSA", id="agency-first-then-place-and-day"),
    pytest.param("Quezon City (CNN Philippines) – The mayor said the market would reopen on Monday.",
                 "Quezon City", "CNN Philippines", id="a-listed-outlets-national-edition"),
    # an em dash with no space before the story, as the Wall Street Journal and Kenyan papers print it;
    # after a photo caption too when a region or a day marks the place
    pytest.param("WASHINGTON—The senator said the bill would pass this week.", "WASHINGTON", None,
                 id="an-em-dash-with-no-space"),
    pytest.param("NAIROBI, Kenya, Dec 18—Deputy President Jane Wanjiru said the houses would be ready.",
                 "NAIROBI", None, id="region-day-and-an-em-dash-with-no-space"),
    pytest.param("Deputy President Jane Wanjiru. /DPPS.\n\nNAIROBI, Kenya,Dec 18—Deputy President Jane "
                 "Wanjiru said the houses would be ready.", "NAIROBI", None,
                 id="after-a-photo-caption-a-day-with-no-space-after-its-comma"),
    pytest.param("Beijing: Chinese President Xi Jinping said on Friday that his talks with the US president "
                 "had been fruitful and that both sides would meet again in May.", "Beijing", None,
                 id="place-and-colon"),
    pytest.param("Lagos: The Minister of State for Industry said on Friday that the textile sector would be "
                 "revived with new loans to the mills.", "Lagos", None, id="a-nigerian-city-and-a-colon"),
    # a place in capitals and a colon opening the story, as Malaysian and Pakistani papers print it
    pytest.param("KUCHING: Assemblyman Tan Hock said the state would build a new bridge over the river "
                 "next year.", "KUCHING", None, id="a-place-in-capitals-and-a-colon"),
    # a story filed from two places, joined by a slash
    pytest.param("LIMA/QUITO (Reuters) – The border will reopen on Monday, both governments said.",
                 "LIMA/QUITO", "Reuters", id="two-places-joined-by-a-slash"),
    pytest.param("ROME/Vienna, Oct. 3 (Harbour Wire) -- The talks will go on, the envoy said.", "ROME/Vienna",
                 "Harbour Wire", id="two-places-in-capitals-and-mixed-case-and-a-day"),
    # TASS signing with its reporters' names inside the slashes
    pytest.param("MOSCOW, March 9. /TASS, Anna Petrova, Oleg Sidorov/. The ministry said the fleet would "
                 "sail in May.", "MOSCOW", "TASS", id="tass-slashes-with-reporters"),
    # a comma before the bracket
    pytest.param("DURBAN, (Harbour Wire) – Port fees will rise in July, the port authority said.", "DURBAN",
                 "Harbour Wire", id="a-comma-before-the-bracket"),
    # the day before its month ("8 December 2023", "5th November 2020")
    pytest.param("Doha, 3 March 2024 (Harbour Wire) — The summit will open on Sunday, the minister said.",
                 "Doha", "Harbour Wire", id="the-day-before-its-month"),
    pytest.param("ABU DHABI, 4th May 2021 (WAM) - The minister said the ties had never been stronger.",
                 "ABU DHABI", "WAM", id="an-ordinal-day-before-its-month"),
    # the place and the agency's bracket on a line of their own between the title and the story, as
    # sites reprinting AFP copy set them
    pytest.param("Westmere talks will not fail\n\nParis (AFP)\n\nThe talks cannot fail, the minister said "
                 "Wednesday.", "Paris", "AFP", id="a-place-and-an-agency-alone-on-a-line"),
    pytest.param("Westmere talks will not fail\n\nNEW YORK (Reuters)\n\nThe talks cannot fail, the minister "
                 "said Wednesday.", "NEW YORK", "Reuters", id="a-place-in-capitals-and-an-agency-alone"),
    # a horizontal bar for the dash, as Malay Mail sets it
    pytest.param("KUALA LUMPUR, Feb 21 ― The minister said the ties had never been stronger.",
                 "KUALA LUMPUR", None, id="a-horizontal-bar"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "outlet"), DATELINES)
def test_datelines(text: str, place: str, outlet: str | None) -> None:
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.outlet) == (place, outlet)
    (claim,) = [c for c in article.claims if c.speaker]
    assert claim.spans[0][0] >= (article.dateline.span or (0, 0))[1]
    if outlet:
        assert outlet in claim.via


# a portal's bracket: the agency's copy on the portal, or the portal's own story; and the first paragraph
# after a deck under the title still opens the story
BRACKETS = [
    pytest.param("MULTAN, (APP - UrduPoint / Pakistan Point News - 15th Feb, 2017 ) - The commissioner "
                 "said on Wednesday the canal would reopen.", "APP", ("APP", "UrduPoint"),
                 id="an-agency-on-a-portal"),
    pytest.param("MULTAN, (UrduPoint / Pakistan Point News - 10th May, 2023 ) :The union said the strike "
                 "would go on.", "UrduPoint", ("UrduPoint",), id="a-portal-of-two-names-alone"),
    pytest.param("Doha, 3 March 2024 (dpa/Harbour Wire) — The summit will open on Sunday, the minister said.",
                 "dpa", ("dpa", "Harbour Wire"), id="a-listed-agency-then-a-carrier-not-listed"),
    pytest.param("Miners end strike\n\n2,000 workers will receive a 15 per cent rise\n\n(Harbour Wire) — "
                 "About 2,000 workers went back to work on Monday, the union said.", "Harbour Wire",
                 ("Harbour Wire",), id="the-first-paragraph-after-a-deck"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "outlet", "via"), BRACKETS)
def test_dateline_brackets(text: str, outlet: str, via: tuple[str, ...]) -> None:
    article = parse_article(text)
    assert article.dateline is not None
    assert article.dateline.outlet == outlet
    (claim,) = [c for c in article.claims if c.speaker]
    assert claim.via == via


NOT_DATELINES = [
    pytest.param("Tokyo, Seoul and Beijing - the three capitals - said the drills were a threat.",
                 id="mixed-case-places-in-prose"),
    pytest.param("Smith (D) - who chairs the panel - said the bill would pass.", id="a-party-in-brackets"),
    pytest.param("Dayton, Ohio (D) - The senator said the bill would pass.",
                 id="a-party-after-a-city-and-state"),
    pytest.param("Tokyo - the capital - said the drills were a threat to the region.",
                 id="a-capital-and-a-dash-before-lower-case-prose"),
    pytest.param("Lahore - The governor said the canal would reopen next week.",
                 id="a-mixed-case-city-no-capital-with-no-day-or-outlet"),
    pytest.param("Monday, May 9 - Markets fell 3% after the vote, traders said.", id="a-weekday-is-no-place"),
    pytest.param("Tue, Jan 03, 2012 - Markets fell 3% after the vote, traders said.",
                 id="a-weekdays-abbreviation-is-no-place"),
    pytest.param("Super Tuesday, March 1 - Trump won seven states, his campaign said.",
                 id="a-named-day-is-no-place"),
    pytest.param("Kremlin: Sanctions will not change our course, the spokesman told reporters on Monday in "
                 "a long statement.", id="a-seat-of-power-speaks"),
    pytest.param("Moscow: Sanctions Will Not Change Our Course", id="colon-headline"),
    # a transcript's speaker in capitals comes back ("TAN:"): no place
    pytest.param("JANE TAN: The state will build a new bridge over the river next year, and soon.\n\nTAN: We "
                 "have the money for it.", id="a-transcripts-speaker-in-capitals"),
    pytest.param("Tokyo, April 18 (local time) Officials said the quake was the strongest in years.",
                 id="a-bracket-with-no-agency-and-no-dash"),
    pytest.param("Texas, Reuters, Fox News and CNN all said the storm would reach the coast by night.",
                 id="an-outlet-between-commas-after-no-capital"),
    pytest.param("The fair opened on Friday, the mayor said.\n\n(ANSA) - Rome, Block 4 - The minister said "
                 "the fair was a success.", id="agency-first-then-place-and-no-day-later-in-a-story"),
    pytest.param("Port Louis (Harbour Wire, Block 28) – The port authority said the ferry would resume.",
                 id="no-month-in-the-bracket"),
    # a name and an agency's bracket alone on a line later in a story: a caption's credit, no dateline;
    # nor an outlet no table lists above the story
    pytest.param("The fair opened on Friday, the mayor said.\n\nTom Hale (Reuters)\n\nThe minister said the "
                 "fair was a success.", id="a-name-and-an-agency-alone-later-in-a-story"),
    pytest.param("Westmere talks will not fail\n\nJane Roe (Harbour Notes)\n\nThe talks cannot fail, the "
                 "minister said Wednesday.", id="a-name-and-an-unlisted-outlet-alone-above-the-story"),
    # a newsletter's item heading later in a story, with no region or day
    pytest.param("The club scene changed this year, the mayor said.\n\nFAREWELL—The Living Room will close "
                 "in December, its owners said.", id="an-item-heading-and-an-em-dash-later-in-a-story"),
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_datelines(text: str) -> None:
    article = parse_article(text)
    assert article.dateline is None
    assert article.claims


DATELINE_DAYS = [
    pytest.param("MOSCOW, July 18, 2017 /TASS/. The minister said on Tuesday that the talks went well.", None,
                 dt.date(2017, 7, 18), dt.date(2017, 7, 18), id="a-year-dates-the-article"),
    pytest.param("TOKYO, April 18 (Kyodo) - The minister said the talks went well.", dt.date(2016, 4, 19),
                 dt.date(2016, 4, 19), dt.date(2016, 4, 18), id="a-day-read-against-the-article-date"),
    pytest.param("TOKYO, April 18 (Kyodo) - The minister said the talks went well.", dt.date(2016, 6, 30),
                 dt.date(2016, 6, 30), dt.date(2016, 6, 30), id="a-day-too-far-from-the-article-date"),
    pytest.param("TOKYO, April 18 (Kyodo) - The minister said the talks went well.", None, None, None,
                 id="a-day-without-a-year-dates-nothing"),
    pytest.param("(Xinhua) 10:02, June 25, 2020\n\nBEIJING, June 24 (Xinhua) -- The minister said Wednesday "
                 "that the talks went well.", None, dt.date(2020, 6, 25), dt.date(2020, 6, 24),
                 id="a-timestamp-line-then-a-day"),
    pytest.param('Beijing closes its talks on "island patrols"\n\n(Xinhua) 10:02, June 25, 2020\n\n'
                 "BEIJING, June 24 (Xinhua) -- The minister said Wednesday that the talks went well.", None,
                 dt.date(2020, 6, 25), dt.date(2020, 6, 24), id="a-title-ending-in-a-quote-then-a-timestamp"),
    # a dateline with only the day after it, the story in the next paragraph: the day dates the article
    pytest.param("Board votes to file\n\nWESTMERE (AP) - March 9, 2012\n\nThe board will file on Monday, "
                 "the chairman said.", None, dt.date(2012, 3, 9), dt.date(2012, 3, 9),
                 id="a-dateline-with-the-day-alone-on-its-line"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "given", "published", "said_on"), DATELINE_DAYS)
def test_dateline_days(
    text: str, given: dt.date | None, published: dt.date | None, said_on: dt.date | None
) -> None:
    article = parse_article(text, published=given)
    assert article.published == published
    (claim,) = article.claims
    assert claim.said_on == said_on


STORY = "The government is considering inviting the president in December, officials said."
FRAME_OUTLETS = [
    pytest.param(f"• Kyodo\n\n{STORY}", "Kyodo", ("Kyodo",), id="bullet-byline"),
    pytest.param(f"By Kyodo\n\n{STORY}", "Kyodo", ("Kyodo",), id="by-an-outlet"),
    # the reporter's desk and the outlet on the line under the byline
    pytest.param(f"By Beth Timmins\nBusiness reporter, BBC News\n\n{STORY}", "BBC News", ("BBC News",),
                 id="a-reporters-desk-and-the-outlet"),
    # An agency and its place, the comma left on: "PTI, New Delhi,".
    pytest.param(f"PTI, New Delhi,\n\n{STORY}", "PTI", ("PTI",), id="an-agency-and-its-place-and-a-comma"),
    pytest.param(f"(Kyodo)\n\n{STORY}", "Kyodo", ("Kyodo",), id="an-outlet-in-brackets"),
    pytest.param(f"By Jane Doe, Reuters\n\n{STORY}", "Reuters", ("Reuters",),
                 id="by-a-reporter-of-an-outlet"),
    pytest.param(f"By Jane Doe, ABC Rural\n\n{STORY}", "ABC Rural", ("ABC Rural", "ABC"),
                 id="by-a-reporter-of-an-outlets-desk"),
    # the paper's name on the line under the byline, its outlet's word closing a hyphenated last word
    pytest.param(f"Storm floods streets\n\nBy Jane Doe\nHarbour Bay Sun-Times\n\n{STORY}",
                 "Harbour Bay Sun-Times", ("Harbour Bay Sun-Times",),
                 id="a-hyphenated-papers-name-under-the-byline"),
    # a byline's outlet among its parts after the reporter's name: before a place, after a desk, after a
    # bar ("NJ Advance Media for NJ.com": the site it writes for), closing the name with no comma, or
    # before a slash and the byline
    pytest.param(f"By Jane Doe, BBC News, Leeds\n\n{STORY}", "BBC News", ("BBC News",),
                 id="by-a-reporter-an-outlet-and-a-place"),
    pytest.param(f"By Jane Doe, Senior Editor, Water Finance & Management\n\n{STORY}",
                 "Water Finance & Management", ("Water Finance & Management",),
                 id="by-a-reporter-a-desk-an-outlet"),
    pytest.param(f"By Jane Doe | The Oregonian/OregonLive\n\n{STORY}", "The Oregonian/OregonLive",
                 ("The Oregonian/OregonLive",), id="by-a-reporter-a-bar-and-the-outlet"),
    pytest.param(f"By Jane Doe | NJ Advance Media for NJ.com\n\n{STORY}", "NJ.com", ("NJ.com",),
                 id="by-a-reporter-a-bar-and-the-site-written-for"),
    pytest.param(f"By JANE DOE Associated Press\n\n{STORY}", "Associated Press", ("Associated Press",),
                 id="by-a-reporter-then-an-agency-with-no-comma"),
    pytest.param(f"By Jane Doe Westmere Tribune\n\n{STORY}", "Westmere Tribune", ("Westmere Tribune",),
                 id="by-a-reporter-then-a-paper-with-no-comma"),
    # a name opening with "The" after the reporter's, as bylines print a paper's; a place so named is none
    pytest.param(f"By Jane Doe, The Westmere Eagle\n\n{STORY}", "The Westmere Eagle", ("The Westmere Eagle",),
                 id="a-the-name-after-the-reporters"),
    pytest.param(f"By Jane Doe, The Hague\n\n{STORY}", None, (), id="a-the-place-after-the-reporters"),
    pytest.param(f"By Jane Doe The Westmere Eagle\n\n{STORY}", "The Westmere Eagle", ("The Westmere Eagle",),
                 id="a-the-name-glued-to-the-reporters"),
    pytest.param(f"Jane Doe, The Westmere Eagle\n\n{STORY}", "The Westmere Eagle", ("The Westmere Eagle",),
                 id="a-the-name-after-a-reporter-with-no-by"),
    pytest.param(f"By Jane Doe for The Westmere Eagle\n\n{STORY}", "The Westmere Eagle",
                 ("The Westmere Eagle",), id="a-byline-for-an-outlet"),
    pytest.param(f"By Jane Doe, Sussex Express\n\n{STORY}", "Sussex Express", ("Sussex Express",),
                 id="by-a-reporter-of-an-unlisted-paper"),
    pytest.param(f"ABC Rural / By Jane Doe\n\n{STORY}", "ABC Rural", ("ABC Rural", "ABC"),
                 id="a-listed-outlets-desk-then-the-byline"),
    # a listed outlet before the reporter's desk in lower case; a reporter's name and a paper's between
    # bars, with no "By"; a paper's name of three words above the headline; the Times of India's staff
    pytest.param(f"By Jane Doe, BBC News education correspondent\n\n{STORY}", "BBC News", ("BBC News",),
                 id="by-a-reporter-an-outlet-and-a-desk"),
    pytest.param(f"Talks go on\nJane Doe | Newcastle Herald\n\n{STORY}", "Newcastle Herald",
                 ("Newcastle Herald",), id="a-reporter-a-bar-and-an-unlisted-paper"),
    pytest.param(f"Talks go on\nOdile Marsh | The Westmere Gazette\n\n{STORY}", "The Westmere Gazette",
                 ("The Westmere Gazette",), id="a-reporter-of-any-given-name-a-bar-and-a-paper"),
    pytest.param(f"Talks go on\nSenior Editor | The Westmere Gazette\n\n{STORY}", None, (),
                 id="a-desk-a-bar-and-a-paper"),
    # a byline that lost the line break between the reporter and the paper; a paper's name alone
    pytest.param(f"Talks go on\nBy Odile Marsh Norvale Star-Courier\n\n{STORY}", "Norvale Star-Courier",
                 ("Norvale Star-Courier",), id="a-reporter-glued-to-a-paper"),
    pytest.param(f"Talks go on\nBy Harbour Valley Daily News\n\n{STORY}", "Harbour Valley Daily News",
                 ("Harbour Valley Daily News",), id="a-papers-name-of-four-words"),
    pytest.param(f"Talks go on\nBy Norvale City News Network\n\n{STORY}", "Norvale City News Network",
                 ("Norvale City News Network",), id="a-networks-name-of-four-words"),
    pytest.param(f"Harbour Valley Gazette\n\nTalks go on\n\n{STORY}", "Harbour Valley Gazette",
                 ("Harbour Valley Gazette",), id="a-papers-name-above-the-headline"),
    pytest.param(f"Talks go on\n\nTNN | May 13, 2025, 14:05 IST\n\n{STORY}", "The Times of India",
                 ("The Times of India",), id="the-times-of-indias-staff"),
    pytest.param(f"The Hindu Bureau\n\n{STORY}", "The Hindu", ("The Hindu",), id="a-papers-bureau"),
    # a dated byline between bars: the part in an outlet's words beside the reporter's name, or the one
    # part beside a stamp that names the reporter; an outlet's staff; a listed outlet's own desk on the
    # line under the reporter's name; a byline after the time it was posted
    pytest.param(f"Talks go on\n\nJane Doe | HarbourNews | September 24, 2024\n\n{STORY}", "HarbourNews",
                 ("HarbourNews",), id="a-reporter-an-outlet-and-a-date-between-bars"),
    pytest.param(f"Talks go on\n\nHarbour Tech Watch | Posted on 17 July 2025 by Jane Doe\n\n{STORY}",
                 "Harbour Tech Watch", ("Harbour Tech Watch",), id="an-outlet-and-a-signed-stamp"),
    pytest.param(f"Talks go on\n\nJan 15, 2025 | KYODO NEWS\n\n{STORY}", "Kyodo News", ("Kyodo News",),
                 id="a-date-and-an-outlet-between-bars"),
    pytest.param(f"Talks go on\nBy Harbour Sport staff\n\n{STORY}", "Harbour Sport", ("Harbour Sport",),
                 id="an-outlets-staff"),
    pytest.param(f"Talks go on\n\nJane Doe\nBBC Scotland business correspondent\n\n{STORY}", "BBC Scotland",
                 ("BBC Scotland", "BBC"), id="a-listed-outlets-own-desk-under-the-name"),
    pytest.param(f"Talks go on\n\nPublished on 23/04/2024 - 18:22 By Jane Doe - Agência Brasil reporter - "
                 f"Brasília\n\n{STORY}", "Agência Brasil", ("Agência Brasil",), id="a-byline-after-its-time"),
    pytest.param(f"Talks go on\n\nJane Doe | Nairobi | September 24, 2024\n\n{STORY}", None, (),
                 id="a-reporter-a-place-and-a-date-between-bars"),
    pytest.param(f"Talks go on\n\nSport | September 24, 2024\n\n{STORY}", None, (),
                 id="a-section-and-a-date-between-bars"),
    pytest.param(f"Talks go on\nBy Jane Doe staff\n\n{STORY}", None, (), id="a-reporter-is-no-staff"),
    # a second reporter or a place is no outlet
    pytest.param(f"By Jane Doe and Emily Post\n\n{STORY}", None, (), id="by-two-reporters"),
    pytest.param(f"By Jane Doe, Nairobi\n\n{STORY}", None, (), id="by-a-reporter-and-a-place"),
    pytest.param(f"Talks go on\nJane Doe | Nairobi\n\n{STORY}", None, (), id="a-reporter-a-bar-and-a-place"),
    pytest.param(f"Harbour Valley Talks\n\nTalks go on\n\n{STORY}", None, (), id="a-headline-above-a-title"),
    # empty parts in a byline name nothing (and break nothing)
    pytest.param(f"{STORY}\n\nBy , , By", None, (), id="a-byline-of-empty-parts"),
    pytest.param(f"{STORY}\n\nBased on reporting by AP and Reuters", "AP", ("AP",),
                 id="based-on-reporting-by"),
    pytest.param(f"{STORY}\n\nWith inputs from PTI", "PTI", ("PTI",), id="with-inputs-from"),
    pytest.param(f"{STORY}\n\nWith additional reporting by Jane Doe and Reuters", "Reuters", ("Reuters",),
                 id="the-first-outlet-named"),
    pytest.param(f"{STORY}\n\nReporting by Reuters", "Reuters", ("Reuters",), id="reporting-by-an-outlet"),
    pytest.param(f"{STORY}— Bernama", "Bernama", ("Bernama",), id="a-dash-unspaced-before-the-agency"),
    pytest.param(f"{STORY} REUTERS", "Reuters", ("Reuters",), id="an-agency-in-capitals-closing-the-story"),
    pytest.param(f"{STORY}\n\ndpa/NAN", "dpa", ("dpa",), id="one-agencys-copy-carried-by-another"),
    pytest.param(f"{STORY}\n\n-- Xinhua", "Xinhua", ("Xinhua",),
                 id="a-dash-and-an-agency-alone-on-the-last-line"),
    pytest.param(f"Talks go on\n\nPress Trust of India Hyderabad\n\n{STORY}", "Press Trust of India",
                 ("Press Trust of India",), id="an-agency-and-its-bureau-in-mixed-case"),
    # a paper's copyright in its company's style, alone or closing the last paragraph
    pytest.param(f"{STORY}\n\n© New Straits Times Press (M) Bhd", "New Straits Times", ("New Straits Times",),
                 id="a-copyright-in-the-publishers-style"),
    pytest.param(f"Talks go on\n\nPress Trust of India New Delhi\n\n{STORY}", "Press Trust of India",
                 ("Press Trust of India",), id="an-agency-and-a-bureau-of-two-words"),
    pytest.param(f"{STORY}\n\nPA Wire", "PA Wire", ("PA Wire",), id="pa-wire"),
    # an agency known by initials used for other things credits only after a reporter's name
    pytest.param(f"Talks go on\n\nGráinne Ní Aodha, PA\n\n{STORY}", "PA", ("PA",), id="a-reporter-and-pa"),
    pytest.param(f"Talks go on\n\nBy Philip Andrew Churm with AFP\n\n{STORY}", "AFP", ("AFP",),
                 id="by-a-reporter-with-an-agency"),
    pytest.param(f"Talks go on\n\nHarrisburg, PA\n\n{STORY}", None, (), id="a-town-and-a-state-is-no-credit"),
    pytest.param(f"Talks go on\n\nby SaharaReporters, New York Sep 17, 2019\n\n{STORY}", "SaharaReporters",
                 ("SaharaReporters",), id="by-in-lower-case-an-outlet-then-its-place-and-day"),
    # Reuters' closing note names only its staff, but in Reuters' own form (`Rules.wire_footers`): the
    # agency's story, reposted without its dateline; a reporter's credit alone names no outlet
    pytest.param(f"{STORY}\n\nReporting by Jane Doe; Editing by John Roe", "Reuters", ("Reuters",),
                 id="reporting-by-a-reporter"),
    pytest.param(f"{STORY}\n\nReporting by Jane Doe", None, (), id="reporting-by-a-reporter-alone"),
    pytest.param(f"{STORY}\n\nBased on reporting by AP and Reuters.", "AP", ("AP",),
                 id="a-credit-with-a-full-stop"),
    pytest.param(f"{STORY}\n\nKyodo story with additional input from local media.", "Kyodo", ("Kyodo",),
                 id="an-outlets-story-with-input"),
    pytest.param(f"{STORY}\n\nThis story was originally published by Xinhua.", "Xinhua", ("Xinhua",),
                 id="originally-published-by"),
    pytest.param(f"This article was first published by Kyodo.\n\n{STORY}", "Kyodo", ("Kyodo",),
                 id="first-published-by-above-the-story"),
    pytest.param(f"Ana Cruz, Kyodo News\n\n{STORY}", "Kyodo News", ("Kyodo News",),
                 id="a-reporter-and-her-outlet-with-no-by"),
    pytest.param(f"{STORY}\n\nNews by Reuters.", "Reuters", ("Reuters",), id="news-by-at-the-foot"),
    pytest.param(f"Norvex recalls its heaters - HarbourLive\n\n{STORY}", "HarbourLive", ("HarbourLive",),
                 id="a-site-in-one-camel-word-after-the-headline"),
    pytest.param(f"Talks resume - McRoe\n\n{STORY}", None, (), id="a-surname-after-a-prefix-is-no-site"),
    pytest.param(f"Talks will go on | Daily Sabah\n\n{STORY}", "Daily Sabah", ("Daily Sabah",),
                 id="a-page-title-naming-its-outlet"),
    pytest.param(f"Talks will go on - Reuters\n\n{STORY}", "Reuters", ("Reuters",),
                 id="a-title-dash-an-outlet"),
    # an agency named after a colon closing the title: a repost of its story (not "Envoy: C", a speaker)
    pytest.param(f"Bodies of all climbers recovered: Yonhap\n\n{STORY}", "Yonhap", ("Yonhap",),
                 id="a-title-colon-an-agency"),
    # any other name there is the headline's speaker: a statistics bureau, though a broadcaster has it too
    pytest.param(f"Census count might not be thorough: PBS\n\n{STORY}", None, (),
                 id="a-title-colon-no-agency"),
    pytest.param(f"Trump - the man who would be king\n\n{STORY}", None, (), id="a-title-dash-no-outlet"),
    pytest.param(f"ABC News’ Jane Doe reports:\n\n{STORY}", "ABC News", ("ABC News",),
                 id="an-outlets-reporter-reports"),
    pytest.param(f"NBC's John Roe writes:\n\n{STORY}", "NBC", ("NBC",), id="an-outlets-reporter-writes"),
    pytest.param(f"By Jane Doe\n\n{STORY}", None, (), id="by-a-reporter"),
    # a byline naming a publication no table lists: capitalised words ending in an outlet's word; two
    # words with no "The" may be a reporter's name
    pytest.param(f"By The Harbour Valley Press\n\n{STORY}", "The Harbour Valley Press",
                 ("The Harbour Valley Press",), id="by-an-unlisted-publication"),
    pytest.param(f"By Jane Doe, The Harbour Valley Press\n\n{STORY}", "The Harbour Valley Press",
                 ("The Harbour Valley Press",), id="by-a-reporter-of-an-unlisted-publication"),
    pytest.param(f"By The Canadian Press\n\n{STORY}", "The Canadian Press", ("The Canadian Press",),
                 id="by-a-national-agency"),
    pytest.param(f"By Jane Post\n\n{STORY}", None, (), id="by-a-reporter-named-like-an-outlets-word"),
    # A paper's name alone on a line at the head, listed nowhere: its outlet's word says it is a paper;
    # a city in brackets after a name, as portals head a paper's story; the paper's desk after a slash.
    pytest.param(f"Talks go on\nThe Borneo Post\n\n{STORY}", "The Borneo Post", ("The Borneo Post",),
                 id="a-masthead-with-the"),
    pytest.param(f"Talks go on\n\nIrish Daily Mirror\n\n{STORY}", "Irish Daily Mirror",
                 ("Irish Daily Mirror",), id="a-masthead-of-three-words"),
    pytest.param(f"Talks go on\nYorkshire Post\n\n{STORY}", "Yorkshire Post", ("Yorkshire Post",),
                 id="a-masthead-of-two-words"),
    pytest.param(f"Talks go on\nBy Jane Doe\nThe Harbour Echo\n\n{STORY}", "The Harbour Echo",
                 ("The Harbour Echo",), id="a-masthead-under-the-byline-in-a-regional-papers-word"),
    pytest.param(f"Talks go on\n\nJane Post\n\n{STORY}", None, (), id="a-reporter-alone-named-like-a-paper"),
    pytest.param(f"Talks go on\n\nLi Sun\n\n{STORY}", None, (), id="a-reporter-alone-with-a-surname-first"),
    pytest.param(f"Talks go on\n\n3 November 2017\n\nCapital FM (Nairobi)\n\n{STORY}", "Capital FM",
                 ("Capital FM",), id="a-station-and-its-city-in-brackets"),
    pytest.param(f"Talks go on\n\nWorld Bulletin / News Desk\n\n{STORY}", "World Bulletin",
                 ("World Bulletin",), id="a-paper-and-its-desk"),
    pytest.param(f"Talks go on\n\nBy Daily Sports on May 26, 2018\n\n{STORY}", "Daily Sports",
                 ("Daily Sports",), id="by-a-daily-then-its-day"),
    pytest.param(f"Talks go on\n\nBY: Telegraph.co.uk\n\n{STORY}", "Telegraph.co.uk", ("Telegraph.co.uk",),
                 id="by-and-a-colon-then-a-site"),
    pytest.param(f"Talks go on\n\nSAMAA | Posted: Jul 6, 2020\n\n{STORY}", "SAMAA", ("SAMAA",),
                 id="a-site-in-capitals-and-its-stamp"),
    pytest.param(f"Talks go on\n\nUPDATED | Posted: Jul 6, 2020\n\n{STORY}", None, (),
                 id="a-stamps-label-in-capitals-is-no-site"),
    pytest.param(f"- The Harbour Valley Times - Thursday, July 13, 2023\n\n{STORY}",
                 "The Harbour Valley Times", ("The Harbour Valley Times",),
                 id="an-outlet-and-a-date-between-dashes"),
    pytest.param(f"- Jane Doe - Thursday, July 13, 2023\n\n{STORY}", None, (),
                 id="a-reporter-and-a-date-between-dashes"),
    # a copyright line and a site's address alone on a line at the foot; a name in capitals with "The"
    # left out
    pytest.param(f"{STORY}\n\nCopyright 2023 The Associated Press. All rights reserved.",
                 "Associated Press", ("Associated Press",), id="a-copyright-line-with-a-year"),
    pytest.param(f"{STORY}\n\n© Reuters", "Reuters", ("Reuters",), id="a-copyright-sign"),
    # the company's style after a comma, a brand opening with a small letter
    pytest.param(f"{STORY}\n\n© 2023 iWestmere Radio, Inc.", "iWestmere Radio", ("iWestmere Radio",),
                 id="copyright-brand-and-inc"),
    pytest.param(f"{STORY}\n\n© 2023 Harbour Media Group, Inc.", "Harbour Media Group",
                 ("Harbour Media Group",), id="copyright-comma-before-inc"),
    # the copy's owner after the year and a comma, no table listing it, a full stop closing it
    pytest.param(f"{STORY}\n\nCopyright © 2023, Harbour Audio. All rights reserved.", "Harbour Audio",
                 ("Harbour Audio",), id="a-copyright-owner-no-table-lists"),
    pytest.param(f"{STORY}\n\n© 2023 Westmere Sound.", "Westmere Sound", ("Westmere Sound",),
                 id="a-copyright-sign-and-a-closing-stop"),
    pytest.param(f"{STORY}\n\nCopyright SUN.", "The Sun", ("The Sun",), id="a-copyright-in-capitals-no-the"),
    pytest.param(f"{STORY}\n\nCopyright 2023 Jane Doe. All rights reserved.", None, (),
                 id="a-copyright-of-a-person"),
    pytest.param(f"{STORY}\n\nrnz.co.nz", "RNZ", ("RNZ",), id="a-sites-address"),
    pytest.param(f"{STORY}\n\nexample.com", None, (), id="an-unknown-sites-address"),
    pytest.param(f"{STORY}\n\nWith reporting by Jane Doe", None, (), id="with-reporting-by-a-reporter"),
    pytest.param(f"{STORY} — Sapa", "Sapa", ("Sapa",), id="a-closing-dash-credit"),
    pytest.param(f"{STORY}\n\nSource: TASS", None, ("TASS",), id="a-source-line-at-the-end"),
    # (short lines of page furniture after it: an author's badge, a name)
    pytest.param(f"{STORY}\n\nAs reported by Westmere Diario\n\nAuthor badge\nWritten by\n\nJane Roe", None,
                 ("Westmere Diario",), id="a-closing-source-over-an-authors-badge"),
    pytest.param(f"Fires break out\n\nAA | 19.08.2019 - 08:49..\n{STORY}", "Anadolu Agency",
                 ("Anadolu Agency",), id="an-agency-and-its-stamp-between-bars"),
    pytest.param(f"Drugs recalled\n\nPTI PTI | 10-10 00:20\n\n{STORY}", "PTI", ("PTI",),
                 id="an-agency-doubled-and-its-stamp-between-bars"),
    pytest.param(f"Oil slick\n\nTue, Jan 03, 2012 - Page 6\n\nReuters, Orobiri, Nigeria\n\n{STORY}",
                 "Reuters", ("Reuters",), id="an-agency-and-where-it-filed-from"),
    pytest.param(f"Oil slick hits coast\n\nThe Independent Online\nJane Doe\n\n{STORY}", "The Independent",
                 ("The Independent",), id="a-papers-site-online"),
    pytest.param(f"{STORY}\n\nEditor: Jane Doe | Source: CCTV.com", None, ("CCTV.com",),
                 id="a-source-between-bars-at-the-end"),
    pytest.param(f"Policy due\n\nby Jane Doe, John Roe July 16,2019 | Source: NST\n\n{STORY}", None, ("NST",),
                 id="a-source-between-bars-in-the-byline"),
    pytest.param(f"Policy due\n\nBy Li Xinzhu (China Daily)\n\n{STORY}", "China Daily", ("China Daily",),
                 id="a-reporters-paper-in-brackets-after-the-byline"),
    pytest.param(f"{STORY}\n\n© 2019 New Straits Times, New Straits Times Press (M) Bhd. A part of Media "
                 "Prima Group.", "New Straits Times", ("New Straits Times",), id="a-long-copyright-line"),
    pytest.param(f"{STORY}\n\nSource: Chart data", None, (), id="a-source-at-the-end-that-is-no-outlet"),
    pytest.param(f"{STORY}\n\nSource: http://www.dawn.com/news/1277568/historic-flood-in-southern-us", None,
                 ("Dawn",), id="a-source-line-giving-a-listed-sites-address"),
    pytest.param(f"{STORY}\n\nSource: http://www.example.com/news/1277568", None, (),
                 id="a-source-line-giving-an-unknown-sites-address"),
    pytest.param(f"{STORY} (dpa)", "dpa", ("dpa",), id="an-agency-in-brackets-in-its-own-lower-case"),
    # a reposting site prints the bracketed credit twice; Malay Mail closes with a horizontal bar
    pytest.param(f"{STORY} (ANI) (ANI)", "ANI", ("ANI",), id="an-agency-in-brackets-twice"),
    pytest.param(f"{STORY} ― Bernama", "Bernama", ("Bernama",), id="an-agency-after-a-horizontal-bar"),
    pytest.param(f"Cyclone hits coast\nTribune News Service & Agencies\n\n{STORY}", "Tribune News Service",
                 ("Tribune News Service",), id="a-papers-news-service-and-agencies"),
    pytest.param(f"{STORY}\n\nSource: ANTARA News Agency", None, ("Antara",),
                 id="a-listed-agency-and-its-noun"),
    pytest.param(f"{STORY}\n\nSource: Interfax+Finmarket", None, ("Interfax",),
                 id="a-source-joined-by-a-plus"),
    pytest.param(f"{STORY}\n\nSource: Xinhua / China Daily", None, ("Xinhua",), id="two-sources-by-a-slash"),
    # A one-word agency alone on a line at the head (no press review there); not a platform, not a
    # name that is also a common word ("Today" heads a section).
    pytest.param(f"Rail deal signed\n\nXinhua\n\n{STORY}", "Xinhua", ("Xinhua",), id="one-word-agency-alone"),
    pytest.param(f"Rail deal signed\n\nTwitter\n\n{STORY}", None, (), id="a-platform-alone-is-no-credit"),
    pytest.param(f"Rail deal signed\n\nToday\n\n{STORY}", None, (), id="a-common-word-outlet-alone"),
    pytest.param(f"BERLIN-Kyodo News\n\n{STORY}", "Kyodo News", ("Kyodo News",),
                 id="a-place-dash-an-agency-on-its-line"),
    pytest.param(f"{STORY}\n\n(China Daily March 4, 2019)", "China Daily", ("China Daily",),
                 id="an-outlet-and-its-day-in-brackets-at-the-foot"),
    pytest.param(f"Talks will go on | News | DAILY RECORDER\n\n{STORY}", "DAILY RECORDER",
                 ("DAILY RECORDER",),
                 id="a-page-title-section-then-its-site"),
    pytest.param(f"Talks will go on | News | talks\n\n{STORY}", None, (), id="a-page-title-section-no-name"),
    pytest.param(f"Talks will go on | World | News\n\n{STORY}", None, (), id="a-page-title-two-sections"),
    # a byline's date or age after the outlet's name; an outlet's staff signing (`Rules.staff_credits`)
    pytest.param(f"By Harbour Valley News on May 26, 2018\n\n{STORY}", "Harbour Valley News",
                 ("Harbour Valley News",), id="by-an-outlet-on-a-date"),
    pytest.param(f"By AFP     53 mins ago in World\n\n{STORY}", "AFP", ("AFP",),
                 id="by-an-agency-minutes-ago"),
    pytest.param(f"By HVN Bureau\n\n{STORY}", "HVN", ("HVN",), id="by-an-agencys-bureau"),
    pytest.param(f"ByHVN Bureau\n\n{STORY}", "HVN", ("HVN",), id="by-glued-to-the-initials"),
    pytest.param(f"By HVN Correspondent, Harbour City\n\n{STORY}", "HVN", ("HVN",),
                 id="by-an-outlets-correspondent-then-the-place"),
    pytest.param(f"By Reuters Staff\n\n{STORY}", "Reuters", ("Reuters",), id="by-an-outlets-staff"),
    pytest.param(f"By AAP Newswire\n\n{STORY}", "AAP", ("AAP",), id="by-an-agencys-newswire"),
    # an agency alone on the story's last line, past what a syndicating site prints after it
    pytest.param(f"Title\n\n{STORY}\n\n--IANS\nsm/vt\nDisclaimer: No Business Standard Journalist was "
                 "involved in creation of this content", "IANS", ("IANS",),
                 id="an-agency-above-a-disclaimer"),
    pytest.param(f"Title\n\n{STORY}\n\nMENA\n\nRead the original article on Egypt Online.", "MENA", ("MENA",),
                 id="an-agency-above-a-link-to-the-original"),
    pytest.param(f"Title\n\n{STORY}\n\nRead the original article on Egypt Online.", None, (),
                 id="no-agency-above-a-link-to-the-original"),
    pytest.param(f"By Staff Reporter\n\n{STORY}", None, (), id="by-a-staff-reporter-names-no-outlet"),
    pytest.param(f"By Our Correspondent\n\n{STORY}", None, (), id="by-our-correspondent-names-no-outlet"),
    pytest.param(f"Title\n\nRohaniza Idris and Veena Babulal\n\n{STORY}", None, (),
                 id="two-reporters-names-with-no-by"),
    pytest.param(f"By , May 5, 2025\n\n{STORY}", None, (), id="a-byline-with-no-name"),
    pytest.param(f"By Harbour Valley News Network\n\n{STORY}", "Harbour Valley News Network",
                 ("Harbour Valley News Network",), id="an-outlets-word-inside-its-name"),
    # a reporter's name, a middle dot or a slash, the outlet
    pytest.param(f"Jane Doe · CBC News\n\n{STORY}", "CBC News", ("CBC News",), id="a-name-a-middle-dot"),
    pytest.param(f"Sen Dara / Harbour Times\n\n{STORY}", "Harbour Times", ("Harbour Times",),
                 id="a-name-a-slash-an-outlets-words"),
    # the time it was posted after a second middle dot; the desk between the name and the paper
    pytest.param(f"Title\n\nJane Doe · Harbour News · Posted: Mar 3, 2021 9:15 AM ET\n\n{STORY}",
                 "Harbour News", ("Harbour News",), id="a-name-a-middle-dot-then-the-time-posted"),
    pytest.param(f"Title\n\nJane Doe, Senior Reporter, Norvale Business\nMar 3, 2021\n\n{STORY}",
                 "Norvale Business", ("Norvale Business",), id="a-name-a-desk-an-outlet-with-no-by"),
    pytest.param(f"Title\n\nJane Doe, Health Reporter, The Westmere Mail\n\n{STORY}", "The Westmere Mail",
                 ("The Westmere Mail",), id="a-name-a-desk-a-paper-with-the-and-no-by"),
    pytest.param(f"Title\n\nJane Doe, Staff Writer, Nairobi\n\n{STORY}", None, (),
                 id="a-name-a-desk-and-a-place-names-no-outlet"),
    # a listed agency's long name on its own line, whatever its case ("Press Trust of india")
    pytest.param(f"Talks will go on\n\nPress Trust of india\n\n{STORY}", "Press Trust of India",
                 ("Press Trust of India",), id="a-long-agency-name-in-any-case"),
    # a portal's note crediting the agency, then its boilerplate on the same line
    pytest.param(f"{STORY}\n\nNews by Reuters, edited by Jane Doe, Checkout. For more Retail stories, click "
                 "here. Click subscribe to sign up for the print edition.", "Reuters", ("Reuters",),
                 id="a-credit-note-then-boilerplate"),
    # a copyright's year after the name
    pytest.param(f"{STORY}\n\n© AAP 2024", "AAP", ("AAP",), id="copyright-sign-name-year"),
    pytest.param(f"{STORY}\n\nCOPYRIGHT 2018 Harbour Valley Online", "Harbour Valley Online",
                 ("Harbour Valley Online",), id="copyright-year-then-an-outlets-words"),
    pytest.param(f"{STORY}\n\n© 2025 The Westmere Times DAC", "The Westmere Times", ("The Westmere Times",),
                 id="copyright-a-company-form-after-the-name"),
    # a byline and a stamp between bars, the paper between them; after a reporter's desk, any words
    pytest.param(f"Title\n\nBy Jane Roe, Staff Writer\nNorvale Gazette | Posted Mar. 2, 2023\n\n{STORY}",
                 "Norvale Gazette", ("Norvale Gazette",), id="a-paper-and-a-posted-stamp"),
    pytest.param(f"Title\n\nBy Jane Roe, Senior Editor | Harbour Grocer | May 9, 2023\n\n{STORY}",
                 "Harbour Grocer", ("Harbour Grocer",), id="a-byline-a-desk-a-trade-paper-a-date"),
    pytest.param(f"Title\n\nBy Jane Roe, Staff Writer, Nairobi\n\n{STORY}", None, (),
                 id="a-byline-a-desk-a-city"),
    # after a byline's bar, a short name is the paper's; not a section's word, a place or a second reporter
    pytest.param(f"Title\n\nBy Tom Hale | Harbour Biotech\nMar 3, 2024 9:05am\n\n{STORY}", "Harbour Biotech",
                 ("Harbour Biotech",), id="a-byline-a-bar-an-unlisted-paper"),
    pytest.param(f"Title\n\nBy Tom Hale | Pulse\n\n{STORY}", "Pulse", ("Pulse",),
                 id="a-byline-a-bar-a-one-word-paper"),
    pytest.param(f"Title\n\nBy Tom Hale | Politics\n\n{STORY}", None, (), id="a-byline-a-bar-a-section"),
    pytest.param(f"Title\n\nBy Tom Hale | Nairobi\n\n{STORY}", None, (), id="a-byline-a-bar-a-city"),
    pytest.param(f"Title\n\nBy Tom Hale | Jane Roe\n\n{STORY}", None, (), id="a-byline-a-bar-a-reporter"),
    # a byline that lost the line break: after a listed given name, a paper's name may open with an
    # outlet's word
    pytest.param(f"Title\n\nBy Alistair Pell Star Courier\n\n{STORY}", "Star Courier", ("Star Courier",),
                 id="a-glued-byline-a-paper-opening-with-an-outlets-word"),
    # after a byline's bar, the reporter's address at the paper's site names it; not a mail service's
    pytest.param(f"Title\n\nBy Tom Hale | thale@westmerepost.com\n\n{STORY}", "westmerepost.com",
                 ("westmerepost.com",), id="a-byline-a-bar-an-address-at-the-site"),
    pytest.param(f"Title\n\nBy Tom Hale | thale@gmail.com\n\n{STORY}", None, (),
                 id="a-byline-a-bar-an-address-at-a-mail-service"),
    # parts set off by spaced slashes, as by bars
    pytest.param(f"Title\n\nTom Hale / Harbour Valley Ledger / Updated: Mar 4, 2024, 10:30 IST\n\n{STORY}",
                 "Harbour Valley Ledger", ("Harbour Valley Ledger",), id="a-name-a-paper-a-stamp-by-slashes"),
    # a byline naming the paper after the reporter, then a bar and the date
    pytest.param(f"Title\n\nBy Jane Roe, Harbour Times | September 27, 2024\n\n{STORY}", "Harbour Times",
                 ("Harbour Times",), id="a-byline-with-its-paper-then-a-bar-and-a-date"),
    # a listed broadcaster's service for a nation of the UK: that service, then the broadcaster
    pytest.param(f"Title\n\nBy Jane Roe\nBBC Scotland News, Harbour\n\n{STORY}", "BBC Scotland News",
                 ("BBC Scotland News", "BBC"), id="a-nations-service-and-a-place-under-the-byline"),
    pytest.param(f"Title\n\nBy Jane Roe, BBC Wales business correspondent\n\n{STORY}", "BBC Wales",
                 ("BBC Wales", "BBC"), id="a-nations-service-and-a-desk-in-the-byline"),
    # a paper's word from the regional press after the reporter's name
    pytest.param(f"Title\n\nBy Jane Roe, Harbour Valley Ledger\n\n{STORY}", "Harbour Valley Ledger",
                 ("Harbour Valley Ledger",), id="a-byline-a-ledger"),
    pytest.param(f"Title\n\nBy Jane Roe, Harbour Mining Monitor\n\n{STORY}", "Harbour Mining Monitor",
                 ("Harbour Mining Monitor",), id="a-byline-a-trade-monitor"),
    pytest.param(f"Title\n\nBy Jane Roe, Norvale Insider\n\n{STORY}", "Norvale Insider",
                 ("Norvale Insider",), id="a-byline-an-insider"),
    # a paper's initials before its staff's word
    pytest.param(f"Title\n\nBy HT Correspondent, New Delhi\n\n{STORY}", "Hindustan Times",
                 ("Hindustan Times",), id="a-papers-initials-signing"),
    # a reposting portal's head: the paper and its city
    pytest.param(f"Talks will go on\n\nPremium Times (Abuja)\n\n{STORY}", "Premium Times",
                 ("Premium Times",), id="a-paper-and-its-city"),
    pytest.param(f"Talks will go on\n\nJane Doe (Abuja)\n\n{STORY}", None, (), id="a-name-and-a-city"),
]  # fmt: skip


def test_an_agency_line_above_the_headline() -> None:
    article = parse_article(f"Xinhua\n\nRail deal signed at last\n\n{STORY}")
    assert (article.outlet, article.title) == ("Xinhua", "Rail deal signed at last")
    (claim,) = article.claims
    assert claim.via == ("Xinhua",)


@pytest.mark.parametrize(("text", "outlet", "via"), FRAME_OUTLETS)
def test_outlets_credited_in_the_frame(text: str, outlet: str | None, via: tuple[str, ...]) -> None:
    article = parse_article(text)
    assert article.outlet == outlet
    (claim,) = article.claims
    assert claim.via == via


ASKING_OUTLETS = [
    # the outlet saying near the end that it asked someone for comment: the article's outlet
    pytest.param(f"Title\n\n{STORY}\n\nSky News has reached out to the Singapore government for comment.",
                 "Sky News", id="the-outlet-reached-out-for-comment"),
    pytest.param(f"Title\n\n{STORY} Reuters could not immediately reach the ministry for comment.",
                 "Reuters", id="the-outlet-could-not-reach"),
    pytest.param(f"Title\n\n{STORY}\n\nHarbour Mining has asked the court for more time.", None,
                 id="a-firm-asking-is-no-outlet"),
    pytest.param(f"Title\n\n{STORY}\n\nNorvale News has asked Harbour Builders whether it will appeal.",
                 "Norvale News", id="an-unlisted-paper-asked"),
    pytest.param(f"Title\n\n{STORY}\n\nJane Post has asked Harbour Builders whether it will appeal.", None,
                 id="a-reporter-asking-is-no-outlet"),
    # the outlet saying anywhere what it found out, opening a sentence or after a comma
    pytest.param(f"Title\n\nSky News understands the board will meet again.\n\n{STORY}\n\nMore later.",
                 "Sky News", id="the-outlet-understands"),
    pytest.param(f"Title\n\nThe fares will rise, BBC Sport has learned.\n\n{STORY}\n\nMore later.",
                 "BBC Sport", id="the-outlet-has-learned-after-a-comma"),
    pytest.param(f"Title\n\nThe union understands the board will meet.\n\n{STORY}\n\nMore later.", None,
                 id="a-body-understanding-is-no-outlet"),
    # what a court lets the paper print, by a paper's name no table lists
    pytest.param(f"Title\n\n{STORY}\n\nThe Westmere Chronicle is allowed to publish the names of the "
                 "crew.\n\nMore later.", "The Westmere Chronicle", id="the-paper-is-allowed-to-publish"),
]  # fmt: skip


HOUSE_OUTLETS = [
    # a name a byline gives after the reporter's, or on the line under it, that the story says was told
    # something: the story's own outlet, though no rule lists it
    pytest.param(f"Title\n\nBy Jane Doe, Harbour Pulse\n\n{STORY} The coach told Harbour Pulse that the "
                 "side would improve.", "Harbour Pulse", id="a-byline-name-told-something"),
    pytest.param(f"Title\n\nBy Jane Doe\n\nPulse\n\n{STORY} The coach told the Pulse the side would "
                 "improve.", "Pulse", id="a-name-under-the-byline-told-something"),
    pytest.param(f"Title\n\nBy Jane Doe, Harbour Pulse\n\n{STORY} A letter seen by Harbour Pulse shows the "
                 "fees rose.", "Harbour Pulse", id="a-byline-name-that-saw-a-letter"),
    pytest.param(f"Title\n\nBy Jane Doe, Harbour Pulse\n\n{STORY}", None, id="a-byline-name-unconfirmed"),
    pytest.param(f"Title\n\nBy Jane Doe, Emily Stone\n\n{STORY} The coach told Emily Stone that the side "
                 "would improve.", None, id="a-second-reporter-told-something"),
    # the reporter's line at the foot, ending with the paper
    pytest.param(f"Title\n\n{STORY}\n\nTom Hale covers courts for The Westmere Pulse.", "The Westmere Pulse",
                 id="a-reporters-line-at-the-foot"),
    pytest.param(f"Title\n\n{STORY}\n\nTom Hale is a senior reporter at the Norvale Pulse.", "Norvale Pulse",
                 id="a-reporters-job-at-the-foot"),
    # a photographer's name and an agency between a bar, under a caption below the lede: the photo's
    # credit, no byline
    pytest.param(f"Title\n\n{STORY}\n\n{STORY}\n\nThe depot on Monday.\nOdile Marsh | Reuters\n\nMore "
                 "later.", None, id="a-photos-credit-between-a-bar"),
    pytest.param(f"Title\nOdile Marsh | Reuters\n\n{STORY}\n\n{STORY}", "Reuters",
                 id="a-byline-between-a-bar-at-the-head"),
    pytest.param(f"Title\n\n{STORY}\n\nTom Hale covers courts for The Westmere Pulse. Reach him at "
                 "tom@example.com.", "The Westmere Pulse", id="a-reporters-line-and-how-to-reach-him"),
    pytest.param(f"Title\n\n{STORY}\n\nTom Hale covers farms and water for HarbourWire.", "HarbourWire",
                 id="a-reporters-line-two-beats"),
    pytest.param(f"Title\n\n{STORY}\n\nTom Hale is a senior reporter for Harbour Tech covering courts.",
                 "Harbour Tech", id="a-reporters-line-with-a-beat-after-the-paper"),
    pytest.param(f"Title\n\n{STORY}\n\nTom Hale teaches law at Norvale University and writes for Harbour "
                 "Pulse.", None, id="a-line-naming-two-places"),
    pytest.param(f"Title\n\n{STORY}\n\nTom Hale teaches law at Norvale University and is a contributing "
                 "editor at Westmere Quarterly.", None, id="a-contributors-line-names-no-outlet"),
    pytest.param(f"Title\n\n{STORY}\n\nTom Hale is a candidate for Norvale Council.", None,
                 id="a-line-about-no-reporter"),
    # the staff line under a byline: the paper before the desk and the reporter's noun
    pytest.param(f"Title\n\nBy Jane Doe\nWestmere Pulse business reporter\n\n{STORY}", "Westmere Pulse",
                 id="a-staff-line-under-the-byline"),
    pytest.param(f"Title\n\nBy Jane Doe\nPulse Staff Writer\n\n{STORY}", "Pulse", id="a-staff-writer-line"),
    # with no byline over it: the paper's word alone, or closing its short name
    pytest.param(f"Title\n\nCourier Staff Writer\n\n{STORY}", "Courier", id="a-staff-writer-line-alone"),
    pytest.param(f"Title\n\nWestmere Herald Staff Reporter\n\n{STORY}", "Westmere Herald",
                 id="a-staff-reporter-line-alone"),
    # a photographer's credit under a picture gives the paper after the slash
    pytest.param(f"Title\n\nJane Roe/Westmere Times\n\n{STORY}", "Westmere Times",
                 id="a-photographers-credit"),
    pytest.param(f"Title\n\nBy Jane Doe, Westmere Media Group\n\n{STORY}", "Westmere Media Group",
                 id="a-media-group-after-the-byline"),
    # a newsroom's desk after the byline's comma: the name before the desk's words
    pytest.param(f"Title\n\nBy Jane Doe, Norvex Media Group Regional News Desk\n\n{STORY}",
                 "Norvex Media Group", id="a-desk-after-the-byline"),
    pytest.param(f"Title\n\nBy Jane Doe, Westmere City reporter\n\n{STORY}", None, id="a-team-reporter-line"),
    pytest.param(f"Title\n\nBy Jane Doe\nSenior Political Reporter\n\n{STORY}", None,
                 id="a-desk-line-names-no-paper"),
    # a credit at the foot naming the paper's staff as contributing; another outlet contributing is help
    pytest.param(f"Title\n\n{STORY}\n\n— HVN's Mary Poe contributed to this report.", "HVN",
                 id="an-outlets-reporter-contributed"),
    pytest.param(f"Title\n\n{STORY}\n\nWestmere Pulse staff reporter Tom Hale contributed to this report.",
                 "Westmere Pulse", id="a-staff-reporter-contributed"),
    pytest.param(f"Title\n\n{STORY}\n\nThe Associated Press contributed to this report.", None,
                 id="an-agency-contributing-is-no-house"),
    # a syndicating site's note at the foot names the site that edits the feed's copy
    pytest.param(f"Title\n\n{STORY}\n\n(Copy edited by Harbour Digest staff from a syndicated feed.)",
                 "Harbour Digest", id="a-syndicators-note"),
    # a site's disclaimer on its links names the site
    pytest.param(f"Title\n\n{STORY}\n\nWestmere Pulse is not responsible for the content of other "
                 "sites.", "Westmere Pulse", id="a-sites-disclaimer-on-links"),
    # a line at the foot asking readers to follow the site on a platform; a listed outlet before a
    # region is that outlet; a reporter's account names no house
    pytest.param(f"Title\n\n{STORY}\n\nFollow Harbour News on Twitter and Facebook.\n\n- Published 3 May",
                 "Harbour News", id="follow-the-site"),
    pytest.param(f"Title\n\n{STORY}\n\nFollow Sky News North East on Twitter.", "Sky News",
                 id="follow-a-listed-outlets-region"),
    pytest.param(f"Title\n\n{STORY}\n\nFollow Jane Doe on Twitter.", None, id="follow-a-reporter"),
    # ... or to subscribe to it
    pytest.param(f"Title\n\n{STORY}\n\nSubscribe to Westmere Gazette for free\n\nSign up here.",
                 "Westmere Gazette", id="subscribe-to-the-site"),
    pytest.param(f"Title\n\n{STORY}\n\nSubscribe to Jane Doe for free", None, id="subscribe-to-a-reporter"),
    # a listed outlet credited for a photo anywhere, alone or before its photographer; not an agency
    pytest.param(f"Title\n\n{STORY}\n\nJane Roe said fares would rise. Photo: Sky News / Tom Hale\n\n{STORY}",
                 "Sky News", id="a-listed-outlet-before-its-photographer"),
    pytest.param(f"Title\n\n{STORY}\n\n{STORY}\n\n{STORY}\n\nJane Roe. Photo credit: Sky News.\n\n{STORY}",
                 "Sky News", id="a-listed-outlets-photo-credit-far-down"),
    pytest.param(f"Title\n\n{STORY}\n\nJane Roe. Photo credit: Reuters.\n\n{STORY}", None,
                 id="an-agencys-photo-credit-far-down"),
    # a report's or a video's credit is a byline: the outlet before the reporter's desk and name
    pytest.param(f"Title\n\n  • Video report by Westmere News Correspondent Jane Roe\n\n{STORY}",
                 "Westmere News", id="a-video-report-by-an-outlets-correspondent"),
    pytest.param(f"Title\n\nBy Westmere Times Correspondent Tom Hale\n\n{STORY}", "Westmere Times",
                 id="a-byline-with-a-papers-desk-title"),
    # a staff photographer's credit closing a caption names the paper; an agency's names no house
    pytest.param(f"Title\n\nFerries wait at the quay. Photograph: Tom Hale/Westmere Times\n\n{STORY}",
                 "Westmere Times", id="a-caption-closing-with-a-papers-photo-credit"),
    pytest.param(f"Title\n\nFerries wait at the quay. Photograph: Tom Hale/Reuters\n\n{STORY}", None,
                 id="a-caption-closing-with-an-agencys-photo-credit"),
    # ... in brackets, or a staff credit, even for a name no table lists (not an agency's, in brackets)
    pytest.param(f"Title\n\nFerries wait at the quay. (Tom Hale/Harbourwaves)\n\n{STORY}", "Harbourwaves",
                 id="a-caption-closing-with-a-bracketed-credit"),
    pytest.param(f"Title\n\nFerries wait at the quay. (Tom Hale/AFP)\n\n{STORY}", None,
                 id="a-bracketed-agency-credit-names-no-house"),
    pytest.param(f"Title\n\nFerries wait at the quay.\n\nPhoto By HVN Staff\n\n{STORY}", "HVN",
                 id="a-staff-photo-credit"),
    # a site's prompt before its name; a masthead in the Chinese title marks some Taiwanese sites print
    pytest.param(f"Watch CBS News\n\nTitle\n\n{STORY}", "CBS News", id="watch-and-the-sites-name"),
    pytest.param(f"《TAIPEI TIMES》 Ferries stop for a week\n\n{STORY}", "Taipei Times",
                 id="a-masthead-in-double-angle-brackets"),
    # a link to the site's own coverage between its paragraphs; another label names no house
    pytest.param(f"Title\n\n{STORY}\n\nRelated: KXRW's coverage of the port\n\n{STORY}", "KXRW",
                 id="a-link-to-the-sites-coverage"),
    pytest.param(f"Title\n\n{STORY}\n\nNote: KXRW's coverage of the port\n\n{STORY}", None,
                 id="a-note-on-coverage-is-no-link"),
    # a photo's credit: the photographer worked for the paper printing the story
    pytest.param(f"Title\n\n{STORY}\n\nTom Hale at the site on Tuesday. Mary Poe for The Westmere Pulse",
                 "The Westmere Pulse", id="a-photo-shot-for-the-paper"),
    pytest.param(f"Title\n\n{STORY}\n\nResidents wait in line. (Mary Poe for The Norvale Pulse)",
                 "The Norvale Pulse", id="a-photo-credit-in-brackets"),
    # a bar or a slash for "for" inside the brackets; a photo agency after the bar names no house
    pytest.param(f"Title\n\nResidents wait in line. (Mary Poe | The Norvale Pulse)\n\n{STORY}",
                 "The Norvale Pulse", id="a-photo-credit-with-a-bar"),
    pytest.param(f"Title\n\nResidents wait in line. (Mary Poe/The Norvale Pulse)\n\n{STORY}",
                 "The Norvale Pulse", id="a-photo-credit-with-a-slash"),
    pytest.param(f"Title\n\nResidents wait in line. (Mary Poe | Reuters)\n\n{STORY}", None,
                 id="a-photo-agency-after-a-bar"),
    # a name above the headline that the story says it told something
    pytest.param(f"Pharma Pulse\n\nShortages ease\n\nBy Jane Doe\n\n{STORY} “It is doable,” Hale told "
                 "Pharma Pulse.", "Pharma Pulse", id="a-name-above-the-headline-told-something"),
    # a paper's "The ..." name under a reporter's name with no "By"
    pytest.param(f"Title\nJane Roe\nThe Westmere Star\n{STORY}", "The Westmere Star",
                 id="a-paper-under-a-reporters-name"),
    # (any reporter's name, date lines and a standfirst or not; a "By" before it or not)
    pytest.param(f"Title\nOdile Marsh\nThe Westmere Call\nPublished Feb 11, 2022\n{STORY}",
                 "The Westmere Call", id="a-paper-under-a-rarer-name"),
    pytest.param(f"Title\nBy Jane Roe\nThe Norvale Call\nPublished: March 3, 2023 at 7:10 AM EST\n{STORY}",
                 "The Norvale Call", id="a-paper-under-a-byline"),
    pytest.param(f"Title\n\nFarms will get less from July, and some will close\n\nOdile Marsh\n\n9 May "
                 f"2023\n\nThe Westmere Newspaper\n\n{STORY}", "The Westmere Newspaper",
                 id="a-paper-under-a-name-and-a-date"),
    pytest.param(f"Title\nBy Jane Roe\nThe Hague\n{STORY}", None, id="a-place-under-a-byline"),
    # a town's paper in two words under a byline; a second reporter's name is none
    pytest.param(f"Title\nBy Jane Roe\nWestmere Sun\nJune 10, 2024\n{STORY}", "Westmere Sun",
                 id="a-towns-paper-under-a-byline"),
    pytest.param(f"Title\nBy Jane Roe\nEmily Sun\n{STORY}", None, id="a-second-reporter-under-a-byline"),
    # a paper's initials and an outlet's word alone on the first line, above the headline
    pytest.param(f"HVN News\n\nPolice hunt factory owner\n\n{STORY}", "HVN News",
                 id="initials-and-news-above-the-title"),
    # a headline in title case holding an outlet's word, then a listed outlet's line: the headline
    pytest.param(f"Harbour Post Staff Walk Out\n\nAssociated Press\n\n{STORY}", "Associated Press",
                 id="a-headline-holding-an-outlets-word-above-the-outlet"),
    # a page that ran the reporter's name into the paper's with no break between them
    pytest.param(f"Title\n\nJane RoeThe Westmere Clarion\n\n{STORY}", "The Westmere Clarion",
                 id="a-reporter-run-into-the-paper"),
    # a wire agency's closing note, naming only its staff
    pytest.param(f"Title\n\n{STORY}\n\n(Reporting by Jane Doe in Nairobi; Editing by Tom Hale)", "Reuters",
                 id="reuters-closing-note"),
    pytest.param(f"Title\n\n{STORY}\n\nReporting by Jane Doe.", None, id="a-reporters-credit-alone"),
    # a listed outlet telling its own finding in the story's first paragraphs (`Rules.scoop_phrases`)
    pytest.param("Title\n\nThe ministry has delayed the tariff bill, the Financial Times has learned.\n\n"
                 f"{STORY}", "Financial Times", id="a-paper-has-learned"),
    pytest.param(f"Title\n\nThe vote will be held in May, the BBC understands.\n\n{STORY}", "BBC",
                 id="a-broadcaster-understands"),
    # (not a person's finding)
    pytest.param("Title\n\nThe ministry has delayed the tariff bill, Tom Hale has learned.\n\n"
                 f"{STORY}", None, id="a-person-has-learned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "outlet"), HOUSE_OUTLETS)
def test_the_outlet_its_reporters_sign_for(text: str, outlet: str | None) -> None:
    article = parse_article(text)
    assert article.outlet == outlet
    assert all(claim.via == ((outlet,) if outlet else ()) for claim in article.claims)


FIGURES = "Title\n\nRents rose 12% in Westmere last year.\n\nThe council approved 400 homes on Monday."
REPORTER_LINES = [
    # the reporter's line at the foot is the paper's note on its reporter, no checkable sentence of the
    # story: the story's own sentences stay claims
    pytest.param(f"{FIGURES}\n\nTom Hale covers courts for The Westmere Pulse.", id="a-reporters-beat"),
    pytest.param(f"{FIGURES}\n\nJane Roe is a health reporter for the Harbour Post. Email her at "
                 "jroe@example.com.", id="a-reporters-job-and-address"),
    pytest.param(f"{FIGURES}\n\nJane Roe is a health reporter for The Norvale Post covering clinics and "
                 "policing.", id="a-reporters-job-and-beat"),
    pytest.param(f"{FIGURES}\n\nTom Hale is a freelance writer for Westmere Quarterly.",
                 id="an-outside-writers-line"),
]  # fmt: skip
STORY_LINES = [
    # a sentence about someone's job in the story, or at its foot naming no reporter's work, is the
    # story's own
    pytest.param("Title\n\nTom Hale covers courts for The Westmere Pulse.\n\nRents rose 12% in Westmere."
                 "\n\nThe council approved 400 homes.\n\nThe vote was 7-2 on Monday.",
                 "Tom Hale covers courts for The Westmere Pulse.", id="a-reporters-line-high-in-the-story"),
    pytest.param(f"{FIGURES}\n\nTom Hale is a candidate for Norvale Council.",
                 "Tom Hale is a candidate for Norvale Council.", id="a-candidate-at-the-foot"),
    pytest.param(f"{FIGURES}\n\nTom Hale covers courts for The Westmere Pulse, which sold 4,000 copies.",
                 "Tom Hale covers courts for The Westmere Pulse, which sold 4,000 copies.",
                 id="a-line-going-on-past-the-paper"),
]  # fmt: skip


@pytest.mark.parametrize("text", REPORTER_LINES)
def test_a_reporters_line_is_no_claim(text: str) -> None:
    claims = [claim.text for claim in parse_article(text).claims]
    assert claims == ["Rents rose 12% in Westmere last year.", "The council approved 400 homes on Monday."]


@pytest.mark.parametrize(("text", "line"), STORY_LINES)
def test_a_line_of_the_story_stays_a_claim(text: str, line: str) -> None:
    assert line in [claim.text for claim in parse_article(text).claims]


@pytest.mark.parametrize(("text", "outlet"), ASKING_OUTLETS)
def test_the_outlet_asking_for_comment(text: str, outlet: str | None) -> None:
    article = parse_article(text)
    assert article.outlet == outlet
    via = _DESKS_VIA.get(outlet, (outlet,)) if outlet else ()
    assert all(claim.via == via for claim in article.claims)


_DESKS_VIA = {"BBC Sport": ("BBC Sport", "BBC")}  # a listed outlet's desk, then the outlet


TOLD = (
    "Supply was cut by a third on Monday. “We are asking the towns to live within the system,” "
    "spokesperson Jane Baloyi told"
)
TOLD_OUTLETS = [
    # the one outlet a story names only as the one its speaker spoke to is the story's own
    pytest.param(f"Title\n\n{TOLD} News24.", "News24", id="told-a-paper"),
    # ("told The Hindu": the name as the sentence gives it after "The", as for the claim's own outlet)
    pytest.param(f"Title\n\n{TOLD} The Hindu on Tuesday.", "Hindu", id="told-the-paper-on-a-day"),
    pytest.param("Title\n\nIn an interview with DW, Jane Baloyi said supply was cut by a third.", "DW",
                 id="in-an-interview-with"),
    pytest.param("Title\n\nSpeaking to The Hindu after the hearing, Jane Baloyi said supply was cut by a "
                 "third.", "Hindu", id="speaking-to-opening-the-sentence"),
    # a broadcast the story reports ("On Good Morning Britain, X ..."): the story is no broadcaster's own
    pytest.param(f"Title\n\n{TOLD} Sky.\n\nOn Good Morning Britain, Tom Hale told viewers that the "
                 "pier would reopen.", None, id="told-one-and-on-another-broadcast"),
    # a capital "The" after "told" opens a publication's title, not a place's, a title's or a body's
    pytest.param(f"Title\n\n{TOLD} The Loadwire.", "Loadwire", id="told-the-capitalised-title"),
    pytest.param("Title\n\nTalking to The Loadwire, Jane Baloyi said supply was cut by a third.", "Loadwire",
                 id="talking-to-the-capitalised-title"),
    pytest.param(f"Title\n\n{TOLD} The Hague court.", None, id="told-the-capitalised-place"),
    pytest.param(f"Title\n\n{TOLD} The Elders Group.", None, id="told-the-capitalised-body"),
    # a one-word name the story's people are told twice is its publication; not a person's name told so
    pytest.param(f"Title\n\n{TOLD} Harbourwire. Tom Hale, a trader, told Harbourwire prices would rise.",
                 "Harbourwire", id="told-one-word-twice"),
    pytest.param(f"Title\n\n{TOLD} Harbourwire.", None, id="told-one-word-once"),
    # told once, and shown documents once: "figures obtained by", "a draft seen by"
    pytest.param(f"Title\n\nData obtained by Harbourwire show supply fell. {TOLD} Harbourwire.",
                 "Harbourwire", id="told-one-word-and-documents-obtained-by-it"),
    pytest.param(f"Title\n\n{TOLD} Pell. Tom Hale told Pell prices would rise. Pell said he agreed.", None,
                 id="told-twice-a-name-that-speaks"),
    # a body's statement or email sent to the story's own paper
    pytest.param("Title\n\nIn its statement to the Harbour Post, Norvex said supply was cut by a third.",
                 "Harbour Post", id="a-statement-to-the-paper"),
    pytest.param("Title\n\nJane Baloyi wrote in an email to News24 that supply was cut by a third.", "News24",
                 id="an-email-to-the-paper"),
    # not an appearance on a network other outlets relay, nor one with its host, nor a dated interview,
    # nor a platform posted on, nor one of two outlets named
    pytest.param(f"Title\n\n{TOLD} CNN.", None, id="told-a-relayed-network"),
    pytest.param(f"Title\n\n{TOLD} Radio Harbour host Sam Lee.", None, id="told-a-host"),
    pytest.param(f"Title\n\n{TOLD} Bloomberg in late May.", None, id="told-in-a-past-month"),
    pytest.param("Title\n\nSupply was cut by a third on Monday. In an interview with Harbour News published "
                 "Thursday, Jane Baloyi said further cuts were likely.", None,
                 id="an-interview-the-outlet-published"),
    pytest.param("Title\n\nSupply was cut by a third on Monday. In an interview with Harbour Talk Today with "
                 "Sam Lee, Jane Baloyi said further cuts were likely.", None,
                 id="an-interview-with-a-shows-host"),
    # nor a station placed in its town, nor one named by its call sign, which text stories quote
    pytest.param(f"Title\n\n{TOLD} Radio Harbour of Westmere.", None, id="told-a-placed-station"),
    pytest.param(f"Title\n\n{TOLD} WHVN-TV.", None, id="told-a-call-sign"),
    pytest.param("Title\n\nSupply was cut by a third on Monday. Jane Baloyi wrote on Facebook that the towns "
                 "must save water.", None, id="a-platform"),
    pytest.param(f"Title\n\n{TOLD} News24. The mayor told Reuters the cuts were fair.", None,
                 id="two-outlets"),
    # an outlet cited for its own report is no second outlet spoken to
    pytest.param(f"Title\n\n{TOLD} News24. The mayor's office said in a statement carried by Reuters that "
                 "the cuts were fair.", "News24", id="told-a-paper-beside-an-outlet-carrying-a-statement"),
    pytest.param(f"Title\n\n{TOLD} News24. The mayor told public broadcaster SABC that the cuts were fair.",
                 "News24", id="told-a-paper-beside-an-outlet-introduced-by-its-noun"),
    # but an interview with an outlet named otherwise is a second outlet spoken to
    pytest.param(f"Title\n\n{TOLD} News24. The mayor said in a Sky News interview that the cuts were fair.",
                 None, id="told-a-paper-beside-an-interview-named-before-its-noun"),
    # a post quoted beside the interview is no other outlet's report
    pytest.param(f"Title\n\n{TOLD} News24. Mary Poe wrote on Facebook that the cuts were fair.", "News24",
                 id="told-a-paper-beside-a-post"),
    # "tells", as British copy writes it in the present, names one spoken to too; a podcast is a medium
    pytest.param(f"Title\n\n{TOLD} News24. The cuts were fair, Mary Poe tells the Harbourcast podcast.",
                 None, id="told-a-paper-and-tells-a-podcast"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "outlet"), TOLD_OUTLETS)
def test_the_outlet_spoken_to_is_the_storys_own(text: str, outlet: str | None) -> None:
    article = parse_article(text)
    assert article.outlet == outlet
    first = article.claims[0]  # the sentence before any outlet is named
    assert first.via == ((outlet,) if outlet else ())


def test_a_listed_paper_speaking_is_its_own_outlet() -> None:
    (claim,) = parse_article("El País reported that the government will cut the water supply.").claims
    assert claim.speaker is not None
    assert claim.outlet is not None
    assert (claim.speaker.kind, claim.outlet.name) == ("outlet", "El País")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # "the paper" told: the outlet named last, speaking itself or carrying a claim
        pytest.param("The council met on Monday to set the budget. Handelsblatt reported that Essen will "
                     "raise its tax. Treasurer Jane Roe told the paper the increase would be considerable.",
                     "Handelsblatt", id="told-the-paper-after-it-spoke"),
        pytest.param("The council met on Monday. Jane Roe told Reuters the tax would rise. The mayor told "
                     "Bloomberg it was fair. Her deputy Tom Lee told the newspaper on Monday that the rise "
                     "was fair.", "Bloomberg", id="told-the-newspaper-after-another-was-told"),
        # where the paper is, between "the" and its noun, is no name of its own
        pytest.param("The council met on Monday to set the budget. Handelsblatt reported that Essen will "
                     "raise its tax. Treasurer Jane Roe told the Düsseldorf-based paper the increase would "
                     "be considerable.", "Handelsblatt", id="told-the-placed-paper"),
        # an outlet's word closing a name is a paper, no document ("post"): "told the newspaper" is it
        pytest.param("Norvex CEO Jane Roe told CNBC that the firm was sound. Earlier, the Harbour Post "
                     "reported that Roe was open to offers. People close to a fund told the newspaper "
                     "that it was fed up with Norvex.", "Harbour Post",
                     id="told-the-newspaper-after-a-post-reported"),
        # a noun going on after "the paper" is no outlet
        pytest.param("Tom Lee told the paper mill workers their jobs were safe.", None, id="the-paper-mill"),
    ],
)  # fmt: skip
def test_the_paper_told_is_the_outlet_named_last(text: str, outlet: str | None) -> None:
    claim = [c for c in parse_article(text).claims if c.speaker][-1]
    assert (claim.outlet.name if claim.outlet else None) == outlet


@pytest.mark.parametrize(
    ("text", "outlet", "speaker"),
    [
        # a short name takes the fuller name the same article prints for the outlet
        pytest.param("Title\n\nSEOUL, March 3 (Yonhap News Agency) -- Rates held. Jane Roe told Yonhap "
                     "that the bank would wait.", "Yonhap News Agency", "Jane Roe", id="told-the-short-name"),
        pytest.param("Title\n\nThe Anadolu Agency story ran at noon. Anadolu reported that the border had "
                     "reopened.", "Anadolu Agency", "Anadolu Agency", id="the-short-name-speaking"),
        # a paper's initials after its name ("the FAZ newspaper")
        pytest.param("Title\n\nJane Roe told the Neue Zürcher Zeitung that the port would grow. “We have the "
                     "money,” she told the NZZ newspaper.", "Neue Zürcher Zeitung", "Jane Roe",
                     id="a-papers-initials"),
        # an article that prints only the short name keeps it
        pytest.param("Title\n\nJane Roe told Yonhap that the bank would wait.", "Yonhap", "Jane Roe",
                     id="only-the-short-name"),
        # an agency's name without "News" after its full name, reporting or told
        pytest.param("Title\n\nThe quota stays, according to Bloomberg News. The catch limits "
                     "remain at half the level, Bloomberg reported.", "Bloomberg News", "Bloomberg News",
                     id="an-agency-reporting-by-its-short-name"),
        pytest.param("Title\n\nThe quota stays, according to Bloomberg News. The shark limits "
                     "did not go forward, Tom Hale told Bloomberg.", "Bloomberg News", "Tom Hale",
                     id="told-an-agency-by-its-short-name"),
    ],
)  # fmt: skip
def test_an_outlet_goes_by_the_fullest_name_its_article_prints(text: str, outlet: str, speaker: str) -> None:
    claim = [c for c in parse_article(text).claims if c.speaker][-1]
    assert claim.speaker is not None
    assert (claim.outlet.name if claim.outlet else None, claim.speaker.name) == (outlet, speaker)
    assert outlet in claim.via


SPELLED = [
    # a paper's initials its staff sign with, and the name the story prints whose words they open
    pytest.param(f"Title\nBy Jane Doe\nHVN Staff Writer\n\n{STORY} “It is late,” Tom Hale told The Harbour "
                 "Valley News.", "The Harbour Valley News", id="initials-and-the-name-they-spell"),
    pytest.param(f"Title\nBy Jane Doe\nNH Staff Writer\n\n{STORY} Tom Hale told the Norvale-Herald the "
                 "plan would go ahead.", "Norvale-Herald", id="initials-of-a-hyphenated-name"),
    # no name spelled, or one an outlet's word is not in; a listed outlet's initials are its name
    pytest.param(f"Title\nBy Jane Doe\nHVN Staff Writer\n\n{STORY}", "HVN", id="initials-alone"),
    pytest.param(f"Title\nBy Jane Doe\nHVN Staff Writer\n\n{STORY} Harbour Valley Nurseries opened on "
                 "Monday.", "HVN", id="initials-of-no-outlet"),
    pytest.param(f"Title\n\nBy Jane Doe, CNN\n\n{STORY} Cable News Network staff met on Monday.", "CNN",
                 id="a-listed-outlets-initials"),
]  # fmt: skip


SELF_NAMED = [
    # the last word a paper calls itself by in its own story: its full name, an outlet speaking
    pytest.param(f"Title\nOdile Marsh | The Westmere Gazette\n\n{STORY} The Gazette first revealed in June "
                 "that the fee had doubled.", "The Westmere Gazette", id="the-gazette-reporting"),
    pytest.param(f"Title\nBy Odile Marsh Norvale Star-Courier\n\n{STORY} As the Star-Courier revealed in "
                 "June, the fee had doubled.", "Norvale Star-Courier", id="the-hyphenated-name-reporting"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "outlet"), SELF_NAMED)
def test_a_paper_calls_itself_by_its_last_word(text: str, outlet: str) -> None:
    claim = [c for c in parse_article(text).claims if c.speaker][-1]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (outlet, "outlet")


@pytest.mark.parametrize(("text", "outlet"), SPELLED)
def test_a_papers_initials_take_the_name_they_spell(text: str, outlet: str) -> None:
    article = parse_article(text)
    assert article.outlet == outlet
    assert all(outlet in claim.via for claim in article.claims if not claim.speaker)


def test_own_interviews_can_be_switched_off() -> None:
    rules = attrs.evolve(DEFAULT_RULES, own_interviews=False)
    article = parse_article(f"Title\n\n{TOLD} News24.", options=rules)
    assert article.outlet is None


def test_a_copyright_closing_the_last_paragraph_credits_the_paper() -> None:
    text = f"Title\n\n{STORY}\n\n“It will pass,” he said. © New Straits Times Press (M) Bhd"
    article = parse_article(text)
    assert article.outlet == "New Straits Times"
    content = STORY.removesuffix(", officials said.")
    assert [c.text for c in article.claims if c.speaker] == [content, "It will pass"]


LEDE_CREDITS = [
    pytest.param("informs Anadolu Agency", "Anadolu Agency", id="an-agency-informs"),
    pytest.param("reports Kyodo", "Kyodo", id="an-agency-reports"),
    pytest.param("informs Jane Doe", None, id="a-credit-to-no-outlet"),
]  # fmt: skip


@pytest.mark.parametrize(("credit", "outlet"), LEDE_CREDITS)
def test_a_lede_closing_with_a_credit(credit: str, outlet: str | None) -> None:
    lede = f"Exports fell, the mayor said at a meeting in the city hall, {credit}."
    article = parse_article(f"{lede}\n\n{STORY}")
    assert article.outlet == outlet
    assert all(c.via == ((outlet,) if outlet else ()) for c in article.claims)


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        # the paper quoting: a day and its noun after its name, a country's possessive before it
        pytest.param("Chile's Harbour News daily Friday quoted a port official as saying the berth was "
                     "full.", ["Harbour News"], id="a-papers-noun-and-day-after-its-name"),
        pytest.param("The Philippines' Harbour News daily quoted a port official as saying the berth was "
                     "full.", ["Harbour News"], id="a-countrys-plural-possessive"),
        # "the English-language paper" after an opening phrase: the paper named last
        pytest.param("Harbour News reported the closure on Monday. In a long report on the harbour, the "
                     "English-language paper quoted pilot Tom Hale as saying the channel was silting up.",
                     ["Harbour News", "Harbour News"], id="the-daily-quoting-is-the-paper-named-last"),
        # an Arab paper's article in lower case; "the pan-Arab daily" and "It" after it are the paper
        pytest.param("Norvale's al-Hayat warned that the new port would lose money. The pan-Arab daily said "
                     "that its cranes were too small. It argued the harbour needed dredging.",
                     ["al-Hayat", "al-Hayat", "al-Hayat"], id="an-arab-papers-article-in-lower-case"),
    ],
)  # fmt: skip
def test_a_paper_quoting_or_speaking_in_a_press_review(text: str, outlets: list[str]) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [c.outlet.name if c.outlet else None for c in claims] == outlets


def test_an_agency_signing_the_foot_over_a_paper_its_lede_credits() -> None:
    # the story is the agency's, written from the paper's: the paper first in `via`, then the agency
    text = (
        "Westmere- The port authority on Monday said it had closed Norvex's berth.\n\nThe berth has been "
        "shut twice this year, the BBC reported.\n\nRepairs will take a month, the authority said. (IANS)"
    )
    article = parse_article(text)
    assert article.outlet == "IANS"
    first, credit, last = [c for c in article.claims if c.speaker]
    assert first.via == last.via == ("BBC", "IANS")
    assert credit.via == ("the BBC", "IANS")  # (the paper speaking, as it is named there)


def test_a_reporter_line_naming_no_outlet_credits_none() -> None:
    article = parse_article(f"The mayor’s aide Jane Doe writes:\n\n{STORY}")
    assert article.outlet is None


def test_a_title_may_open_like_a_subhead() -> None:
    article = parse_article("On Thin Ice\n\nThe lake froze on Tuesday for the first time since 1987.")
    assert article.title == "On Thin Ice"


def test_the_callers_outlet_comes_first() -> None:
    article = parse_article(f"• Kyodo\n\n{STORY}", outlet="The Japan Times")
    assert article.outlet == "The Japan Times"


FACT = "The central bank cut its rate to 7% on Friday."
REVIEW_HEADERS = [
    pytest.param("IZVESTIA (1, 2, 3/4/2005)", ("Izvestia",), id="capitals-and-page-dates"),
    pytest.param("Kommersant (April 3)", ("Kommersant",), id="name-and-a-day"),
    pytest.param("NEZAVISIMAYA GAZETA", ("Nezavisimaya Gazeta",), id="capitals-alone"),
    pytest.param("Kommersant", (), id="a-name-alone-is-a-title"),
    pytest.param("CENTRAL BANK (April 3)", (), id="no-outlet"),
    pytest.param("The Courier Newspaper", ("The Courier",), id="a-name-and-its-paper-noun"),
    pytest.param("Valley Bugle Newspaper", ("Valley Bugle",), id="an-unlisted-name-and-its-paper-noun"),
    pytest.param("Turkish Newspaper", (), id="a-nationality-and-a-paper-noun"),
]  # fmt: skip


@pytest.mark.parametrize(("header", "via"), REVIEW_HEADERS)
def test_press_review_headers(header: str, via: tuple[str, ...]) -> None:
    (claim,) = parse_article(f"Press Review\n\n{header}\n\n{FACT}\n\nThe vote ended 52-48.").claims[:1]
    assert claim.text == FACT
    assert claim.via == via


REVIEW = (
    "Press Review\n\nIZVESTIA (1, 2, 3/4/2005)\n\n"
    "The government approved a $2 billion loan to the airline on Thursday. {}\n\n"
    "Kommersant (April 3)\n\nThe central bank cut its rate to 7% on Friday."
)
PAPER_ANAPHORA = [
    pytest.param("The newspaper writes that the deal was signed in March.", id="the-newspaper-writes"),
    pytest.param("The deal was signed in March, the paper notes.", id="the-paper-notes"),
    pytest.param("According to the paper, the deal was signed in March.", id="according-to-the-paper"),
    pytest.param("The publication reports that the deal was signed in March.", id="the-publication-reports"),
    pytest.param("The daily said the deal was signed in March.", id="the-daily-said"),
]  # fmt: skip


@pytest.mark.parametrize("sentence", PAPER_ANAPHORA)
def test_the_newspaper_in_a_press_review(sentence: str) -> None:
    claims = parse_article(REVIEW.format(sentence)).claims
    assert [c.via for c in claims if not c.speaker] == [("Izvestia",), ("Kommersant",)]
    (claim,) = [c for c in claims if c.speaker]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind, claim.text.lower()) == (
        "Izvestia",
        "outlet",
        "the deal was signed in march",
    )
    assert claim.via == ("Izvestia",)


def test_the_newspaper_outside_a_press_review() -> None:
    (claim,) = parse_article("The newspaper writes that the deal was signed in March.").claims
    assert claim.speaker is not None
    assert claim.speaker.name == "The newspaper"


# A story that credits an outlet as it opens retells that outlet's story: "According to X, C" opening
# one of its first two paragraphs, or the outlet speaking in its lede, credits what follows to X, until
# a paragraph opens with another outlet's claim. Later in a story, one credit is only its own claim's.
RETOLD = "Finance Minister Olga Petrova said exports had fallen.\n\nPetrova said the budget would be cut."
OPENING_CREDITS = [
    pytest.param("The cabinet will meet on Monday.\n\nAccording to Tasnim, the ministry said the tariff "
                 f"would rise.\n\n{RETOLD}", "Tasnim", id="according-to-opening-the-second-paragraph"),
    pytest.param("According to the news of Anadolu Agency, the ministry said the tariff would rise."
                 f"\n\n{RETOLD}", "Anadolu Agency", id="according-to-the-news-of-an-agency"),
    # a report by a listed agency, described in lower case before its name, in the lede's third sentence
    pytest.param("The tariff law took effect on Monday. Firms have protested. According to a report by wire "
                 f"agency Reuters, the ministry expects revenue to rise.\n\n{RETOLD}", "Reuters",
                 id="according-to-a-report-by-an-agency"),
    pytest.param("The tariff will rise in May, the pro-business Bugun newspaper reported.\n\n"
                 f"{RETOLD}", "Bugun", id="an-outlet-reporting-in-the-lede"),
    pytest.param("The tariff will rise in May, the minister Ivan Sokolov said at a meeting in Tehran, "
                 f"informs Tasnim.\n\n{RETOLD}", "Tasnim", id="an-agency-informs-closing-the-lede"),
    pytest.param("Ivan Sokolov said the tariff would rise in May, reports Tasnim.\n\n"
                 f"{RETOLD}", "Tasnim", id="an-agency-reports-closing-the-lede"),
    # a credit closing a sentence of the paragraph after the lede, as agency rewrites put it
    pytest.param("The tariff will rise in May, the ministry said.\n\nKremlin aide Yuri Ushakov said talks "
                 f"had failed, Russian news agency TASS reported.\n\n{RETOLD}", "TASS",
                 id="a-credit-closing-the-second-paragraph"),
    pytest.param("The tariff will rise in May, the ministry said.\nKremlin aide Yuri Ushakov said talks "
                 f"had failed, reports Tasnim.\n{RETOLD}", "Tasnim",
                 id="a-closing-credit-on-the-second-line"),
    pytest.param("The tariff will rise in May, Tasnim reported.\n\nAccording to Mehr, the ministry said "
                 f"it would not.\n\n{RETOLD}", "Tasnim", id="the-first-credit-of-the-story"),
    # a credit closing the lede's second sentence, after a teaser, as aggregators write; a listed paper's
    # "The" in lower case
    pytest.param("Ferry fares are not falling soon. After a review, the regulator fined the operator, the "
                 f"Guardian reports.\n\n{RETOLD}", "Guardian",
                 id="a-credit-closing-the-ledes-second-sentence"),
    # Pakistan's The News by its own name, though "news" is also a word of the text
    pytest.param("The party met on Monday after the news broke.\n\nThe News reported about the minister's "
                 f"call on July 6.\n\n{RETOLD}", "The News", id="the-news-reported-about"),
    # a paper's name with "The" before it is a name, not "the paper" standing for one named before
    pytest.param("The panel handed in its report on Monday.\n\nThe report was submitted at Government "
                 f"House, The PUNCH was told.\n\n{RETOLD}", "The PUNCH", id="the-punch-was-told"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "outlet"), OPENING_CREDITS)
def test_an_outlet_credited_as_a_story_opens(text: str, outlet: str) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker and c.speaker.name == "Olga Petrova"]
    assert len(claims) == 2
    assert all(c.outlet is not None and c.outlet.name == outlet for c in claims)


NOT_OPENING_CREDITS = [
    pytest.param("The cabinet will meet on Monday. The ministry declined to comment.\n\nThe vote is set "
                 "for May.\n\nAccording to Tasnim, the ministry said the tariff would rise.\n\n"
                 f"{RETOLD}", id="according-to-later-in-the-story"),
    pytest.param("The cabinet will meet on Monday. Tasnim said the tariff would rise, according to "
                 f"Mehr.\n\n{RETOLD}", id="according-to-closing-a-sentence"),
    pytest.param("The cabinet will meet on Monday.\n\nThe vote is set for May.\n\nIvan Sokolov said the "
                 f"tariff would rise, informs Tasnim.\n\n{RETOLD}", id="a-closing-credit-later-in-the-story"),
    pytest.param("The cabinet will meet on Monday. Tasnim said the tariff would rise.\n\n" f"{RETOLD}",
                 id="an-outlet-opening-the-ledes-second-sentence"),
    pytest.param("According to Ivan Sokolov, the tariff would rise.\n\n" f"{RETOLD}",
                 id="according-to-a-person"),
    pytest.param("Tasnim: Tariff to rise in May\n\nThe cabinet will meet on Monday.\n\n" f"{RETOLD}",
                 id="a-headline-crediting-an-outlet"),
    pytest.param("The cabinet will meet on Monday.\n\nAccording to Tasnim, the ministry said the tariff "
                 "would rise.\n\nIRNA reported that the vote was delayed.\n\n" f"{RETOLD}",
                 id="another-outlet-takes-over"),


    pytest.param("The cabinet will meet on Monday.\n\nPetrova apologised after TASS reported that the "
                 f"leak was hers.\n\n{RETOLD}", id="a-credit-opening-a-clause-of-the-second-paragraph"),
    pytest.param("The cabinet will meet on Monday.\n\nPetrova apologised when TASS reported on the "
                 f"leak in March.\n\n{RETOLD}", id="reported-about-in-a-subordinate-clause"),
    pytest.param("The cabinet will meet on Monday. In March, TASS wrote about the leak.\n\n" f"{RETOLD}",
                 id="wrote-about-inside-a-paragraph"),
    # an outlet commenting on a matter tells no story another retells
    pytest.param("The cabinet will meet on Monday.\n\nThe vote is set for May.\n\nTASS also commented on the "
                 f"leak.\n\n{RETOLD}", id="an-outlet-commenting-on"),
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_OPENING_CREDITS)
def test_an_outlet_credited_later_credits_its_claim_only(text: str) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker and c.speaker.name == "Olga Petrova"]
    assert len(claims) == 2
    assert all(c.outlet is None for c in claims)


BRIEFING = "The ministry held its weekly briefing in Moscow on Thursday.\n\n{}\n\nThe talks will end Monday."
CAPTIONED = "{}\n\nThe two ministers signed a fisheries accord on Tuesday."
NOT_PROSE = [
    pytest.param(BRIEFING.format("On Syria talks in Geneva"), "On Syria talks in Geneva",
                 id="briefing-subhead"),
    pytest.param(BRIEFING.format("On Grain Exports From Odessa"), "On Grain Exports From Odessa",
                 id="briefing-subhead-in-title-case"),
    pytest.param(CAPTIONED.format("Foreign Minister Anna Berg (left) with her Danish counterpart Lars Holm "
                                  "in Oslo on May 3."), "Foreign Minister Anna Berg (left)",
                 id="photo-caption"),
    pytest.param(CAPTIONED.format("Lars Holm (2nd L) at the fisheries summit in Oslo on May 3, 2019."),
                 "Lars Holm (2nd L)", id="photo-caption-with-a-position"),
    pytest.param(CAPTIONED.format("Scott Olson via Getty Images."), "Scott Olson via", id="photo-credit-via"),
    pytest.param(CAPTIONED.format("John Moore/Getty Images."), "John Moore/", id="photo-credit-slash"),
    pytest.param(CAPTIONED.format("Carlos Barria / Reuters."), "Carlos Barria", id="photo-credit-spaced"),
    pytest.param(CAPTIONED.format("AP Photo/Evan Vucci"), "AP Photo", id="photo-credit-ap"),
    pytest.param(CAPTIONED.format("Photo: Lars Holm"), "Photo: Lars", id="photo-credit-label"),
    pytest.param(CAPTIONED.format("Anna Berg speaks during a rally of her party in Bergen on October 2, "
                                  "2015. (JEWEL SAMAD/AFP/Getty Images.)"), "Anna Berg speaks",
                 id="caption-closed-by-its-photo-credit"),
    pytest.param("Anna Berg said the fisheries accord would hold for ten years. (AAP: Lars Holm, file photo)",
                 "Lars Holm, file", id="a-bracketed-credit-with-a-colon"),
    pytest.param("Anna Berg said the fisheries accord would hold for ten years. Photo: Sky News / Lars Holm",
                 "Photo: Sky", id="a-credit-closing-a-captions-sentence"),
    pytest.param("The State Duma voted 300-10 to pass the bill on Friday. (1, 3, Gazeta, April 1, p. 6, "
                 "Vedomosti, April 1, p. 2)", "(1, 3, Gazeta", id="press-review-page-reference"),
    pytest.param("The State Duma voted 300-10 to pass the bill on Friday. (2, Vedomosti, April 2, pp. 2, 3)",
                 "(2, Vedomosti", id="press-review-pages"),
    # a line linking to another story: its headline is no claim of this one (`Rules.other_stories`)
    pytest.param("The ministers met in Brussels on Tuesday, officials said.\n\nRead more: Trade bill to "
                 "come before parliament in June, Roe says\n\nThe vote ended 52-48.", "Trade bill to",
                 id="read-more-a-headline-saying"),
    pytest.param("The ministers met in Brussels on Tuesday, officials said.\n\nRELATED: Harbour Sport signs "
                 "a new kit deal with Pulse\n\nThe vote ended 52-48.", "Harbour Sport signs",
                 id="related-a-headline"),
    # a labelled summary under the title, full stop and all (`Rules.deck_labels`)
    pytest.param("Trade pact to be reviewed\n\nSynopsis: The pact will be reviewed in May, as firms cut "
                 "costs.\n\nBy Tom Hale\n\nThe ministers met in Brussels on Tuesday, officials said.",
                 "The pact will", id="a-labelled-standfirst"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "line"), NOT_PROSE)
def test_lines_that_are_no_claims(text: str, line: str) -> None:
    claims = parse_article(text).claims
    start = text.index(line)
    assert claims
    assert all(not (s <= start < e) for c in claims for s, e in c.spans)


STILL_PROSE = [
    pytest.param("The ministry held its weekly briefing in Moscow on Thursday.\n\n"
                 "On Tuesday the Senate passed the bill in Washington\n\nThe vote ended 52-48.",
                 "On Tuesday the Senate passed the bill in Washington", id="on-a-day-is-no-subhead"),
    pytest.param("Senator Anna Berg (left) and Lars Holm signed a fisheries accord in Oslo on May 3, "
                 "officials said, adding that the accord would take effect in June and run for ten years.",
                 "the accord would take effect", id="a-long-paragraph-is-no-caption"),
    pytest.param("A Reuters/Ipsos poll found 42 percent of voters back the plan.", "42 percent of voters",
                 id="a-poll-named-with-a-slash-is-no-photo-credit"),
    pytest.param("The ministry said the figures came via Reuters.\n\nThe vote ended 52-48.",
                 "figures came via Reuters", id="a-sentence-with-via-is-no-photo-credit"),
    pytest.param("Anna Berg won 52 percent of the vote in Bergen on October 2, 2015 (Reuters/Ipsos poll).",
                 "Anna Berg won 52 percent", id="a-bracket-naming-a-poll-closes-no-caption"),
    pytest.param("(1) The government will raise the sales tax to 20% in January.", "raise the sales tax",
                 id="a-numbered-point-is-no-page-reference"),
    # under the title, a paragraph ending with its full stop is prose, and a deck after prose is a claim
    pytest.param("Trade pact to be reviewed\n\nJane Roe says the decision is significant.\n\nThe ministers "
                 "met on Tuesday, officials said.", "the decision is significant", id="a-first-paragraph"),
    pytest.param("Trade pact to be reviewed\n\nThe ministers met on Tuesday, officials said.\n\nJane Roe "
                 "says the decision is significant\n\nThe vote ended 52-48.", "the decision is significant",
                 id="a-line-with-no-full-stop-after-prose"),
    # a standfirst under the title, before any prose, is read as the title is: "X says C" is a claim
    pytest.param("Trade pact to be reviewed\n\nJane Roe says the ruling is a setback for the port\n\nBy Tom "
                 "Hale\n\nThe ministers met in Brussels on Tuesday, officials said.", "the ruling is",
                 id="a-standfirst-saying"),
    # A caption that gives someone's words is prose, its photo's credit aside.
    pytest.param(BRIEFING.format("Accord ... Foreign Minister Anna Berg says the accord will hold for ten "
                                  "years. (AP Photo/Lars Holm)"), "the accord will hold",
                 id="a-caption-giving-words-before-its-credit"),
]  # fmt: skip


def test_a_captions_label_before_an_ellipsis_names_no_one() -> None:
    # "False claims ... X says C", as the ABC labels a caption: X says it, not "False" who "claims".
    text = "False claims ... AFL chief executive Andrew Demetriou says he has no reason to doubt the report."
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name, c.text) for c in claims] == [
        ("Andrew Demetriou", "he has no reason to doubt the report")
    ]


@pytest.mark.parametrize(("text", "words"), STILL_PROSE)
def test_lines_that_are_still_claims(text: str, words: str) -> None:
    assert any(words in c.text for c in parse_article(text).claims)


EMBEDDED = (
    "A blog post about the visit, written by someone.\n\n"
    "Source: Sputnik\n\n"
    "Foreign Factors Must Be Removed\n\n"
    "March 14, 2016\n\n"
    "MOSCOW (Sputnik) – Moscow believes it is important to agree on projects, Igor Morgulov said.\n\n"
    "“Our relations need to be freed from foreign factors,” Morgulov told RIA Novosti on Friday.\n\n"
    "He said Tokyo will host the talks next week."
)


def test_embedded_story_section() -> None:
    article = parse_article(EMBEDDED)
    (section,) = article.sections
    assert EMBEDDED[section.start :].startswith("Source: Sputnik")
    assert (section.outlet, section.title, section.published) == (
        "Sputnik",
        "Foreign Factors Must Be Removed",
        dt.date(2016, 3, 14),
    )
    assert section.dateline is not None
    assert section.dateline.place == "MOSCOW"


def test_outlets_dates_and_coreference() -> None:
    claims = [c for c in parse_article(EMBEDDED).claims if c.speaker]
    first, quote, pronoun = claims
    assert first.speaker is not None
    assert first.speaker.name == "Igor Morgulov"
    assert first.speaker.role is None
    assert first.via == ("Sputnik",)
    assert first.said_on == dt.date(2016, 3, 14)
    assert quote.speaker is not None
    assert quote.speaker.name == "Igor Morgulov"  # "Morgulov" resolved to the fullest form
    assert EMBEDDED[slice(*quote.speaker.span or (0, 0))] == "Morgulov"
    assert quote.outlet is not None
    assert quote.outlet.name == "RIA Novosti"
    assert quote.via == ("RIA Novosti", "Sputnik")
    assert quote.said_on == dt.date(2016, 3, 11)  # "on Friday" before March 14, 2016 (a Monday)
    assert pronoun.speaker is not None
    assert pronoun.speaker.name == "Igor Morgulov"
    assert pronoun.kind == "prediction"
    assert pronoun.when is not None
    assert pronoun.when.text == "next week"
    assert (pronoun.when.start, pronoun.when.end) == (dt.date(2016, 3, 21), dt.date(2016, 3, 27))


OUTLETS = [
    pytest.param("“We are ready,” Lavrov told RIA Novosti.", "RIA Novosti", id="told-agency"),
    pytest.param(
        "Lavrov said in an interview with the BBC that talks were possible.", "BBC", id="interview-with"
    ),
    pytest.param("Sanders said on MSNBC that the race was not over.", "MSNBC", id="said-on"),
    # a listed name that goes on in lower case is read whole ("PA news agency", not "PA")
    pytest.param("In an interview with the PA news agency, Jane Roe said the talks were over.",
                 "PA news agency", id="a-listed-name-with-its-noun"),
    # a podcast named before its noun
    pytest.param("The cuts were fair, Mary Poe tells the Harbourcast podcast.", "Harbourcast",
                 id="tells-a-podcast"),
    # a platform an aside names between the speaker and the cue (`Rules.platforms`); not a body spoken for
    pytest.param("Opposition Leader Tom Hale, in a post on X, said the fares were too high.", "X",
                 id="an-aside-a-post-on-a-platform"),
    pytest.param("The coalition, in a statement posted on Facebook, said the ruling was unfair.",
                 "Facebook", id="an-aside-a-statement-posted-on-a-platform"),
    pytest.param("Jane Roe, a spokeswoman for NBC, said the show would return.", None,
                 id="an-aside-a-body-spoken-for"),
    # the outlet that reached the speaker, after the cue or closing the content
    pytest.param("“We are deeply saddened,” he said when contacted by Bernama Radio.", "Bernama Radio",
                 id="said-when-contacted-by"),
    pytest.param("The minister said the bridge was safe when contacted by Bernama Radio.", "Bernama Radio",
                 id="content-closing-when-contacted-by"),
    # "told the NAME" with no "that": the whole name, and a paper's noun after it, is the one addressed
    pytest.param("A juror told the Boston Globe the verdict rested on the phone records.", "Boston Globe",
                 id="told-the-paper-no-that"),
    pytest.param("A juror told the Boston Globe newspaper the verdict rested on the records.", "Boston Globe",
                 id="told-the-paper-and-its-noun"),
    pytest.param("A juror told the New York Daily News, the verdict rested on the records.",
                 "New York Daily News", id="told-the-paper-comma"),
    pytest.param("The breakup may go ahead, an antitrust reporter told The Verge.", "Verge",
                 id="technology-press"),
    # a country's possessive before the outlet is no part of its name
    pytest.param("Talks may resume, the minister told Britain’s ITV television station.", "ITV",
                 id="a-countrys-outlet"),
    # a station's possessive before a programme and its noun: the station ("Nine's Today program")
    pytest.param("Speaking on Seven’s Sunrise program, Rowan said the review would be fast.", "Seven",
                 id="a-stations-programme"),
    pytest.param("Rowan told Seven’s Sunrise program the review would be fast.", "Seven",
                 id="told-a-stations-programme-no-that"),
    # A paper's or a broadcaster's noun vouches for a name no table lists; so does an interview's partner
    # named in one word.
    pytest.param("Shoigu said in an interview with the Italian newspaper Corriere Sud that talks had failed.",
                 "Corriere Sud", id="a-paper-noun-vouches"),
    pytest.param("Speaking to Russian state broadcaster Kanal 9 on Sunday, Lavrov said the talks had failed.",
                 "Kanal 9", id="a-broadcaster-noun-vouches"),
    pytest.param("The former MP said in an interview with Hamrah that a deal was near.", "Hamrah",
                 id="interview-with-one-name"),
    pytest.param("The source said in a statement to the Syrian Arab News Agency (SANA) that talks failed.",
                 "SANA", id="a-long-name-then-its-initials"),
    pytest.param("The source said in a statement to the Syrian news Agency SANA that the talks had failed.",
                 "SANA", id="news-agency-vouches-in-any-case"),
    pytest.param("The minister said on an NHK program that imports could cost more.", "NHK",
                 id="an-then-a-known-name"),
    pytest.param("The senator said in an interview with the Daily Beast that he would run.", "Daily Beast",
                 id="a-capitalised-paper-word-is-part-of-the-name"),
    pytest.param("Trump wrote on Twitter that the polls were rigged.", "Twitter", id="wrote-on-platform"),
    # one's own page on a platform
    pytest.param("In a note posted on her Tumblr, Jane Roe said the merger had been a mistake.",
                 "Tumblr", id="posted-on-her-platform"),
    pytest.param("Tom Hale wrote on his Facebook page that the hall would close.", "Facebook",
                 id="wrote-on-his-platforms-page"),
    pytest.param("Jane Roe said on her return that the deal was bad.", None, id="on-her-no-platform"),
    # Twitter's name since 2023; a name that ends in "X" is no platform
    pytest.param("Jane Roe wrote on X that the budget was sound.", "X", id="wrote-on-x"),
    pytest.param("Company X told the court that its profits rose.", None, id="a-name-ending-in-x"),
    pytest.param("“We will win,” Rubio told ABC's “This Week”.", "ABC's This Week", id="show-of-outlet"),
    pytest.param("Cruz told reporters that he would stay in the race.", None, id="reporters-are-no-outlet"),
    pytest.param("Obama told lawmakers that the deal was good.", None, id="lawmakers-are-no-outlet"),
    pytest.param("The drills will last until April 10, the ministry said, as quoted by RIA Novosti.",
                 "RIA Novosti", id="as-quoted-by-agency"),
    pytest.param("“The situation is under control,” he added, as cited by TASS.", "TASS", id="as-cited-by"),
    pytest.param("Speaking to the BBC in 1995, Mr Lowe said of the trip: “We got across on the 99th day.”",
                 "BBC", id="speaking-to-outlet-opening"),
    pytest.param("In an interview with CNN, Smith said the plan would fail.", "CNN", id="interview-opening"),
    pytest.param("The Japanese newspaper Asahi Shimbun reported that Tokyo plans to lift some sanctions.",
                 "Asahi Shimbun", id="a-publication-speaking-is-the-outlet"),
    pytest.param("RIA Novosti quoted Deputy Foreign Minister Igor Morgulov as saying the visit was being "
                 "prepared.", "RIA Novosti", id="agency-quoted-x-as-saying"),
    pytest.param("Lavrov is quoted by TASS as saying that the talks had been productive.", "TASS",
                 id="x-is-quoted-by-agency-as-saying"),
    # A time phrase between the outlet and "as saying" says when, not whose.
    pytest.param("Lavrov was quoted by TASS on Monday as saying that the talks had been productive.", "TASS",
                 id="quoted-by-agency-on-a-day-as-saying"),
    pytest.param("Prince Saud was quoted by the country's official news agency Tuesday evening as saying he "
                 "has invited his Iranian counterpart.", "the country's official news agency",
                 id="quoted-by-agency-then-day-word-as-saying"),
    pytest.param("The embassy has received no note, Zakharova was quoted by TASS as saying on Saturday.",
                 "TASS", id="content-then-quoted-by-agency-as-saying"),
    pytest.param("The Russian side will respond in kind, Interfax quotes Lavrov as saying.", "Interfax",
                 id="content-then-agency-quotes-x-as-saying"),
    pytest.param("Prime Minister Fumio Kishida confirmed that Tokyo wants progress on the treaty, Kyodo "
                 "reported.", "Kyodo", id="a-claim-then-the-agency-that-reported-it"),
    pytest.param("Japan's Kyodo news agency reported on Saturday that Tokyo plans to hold the summit in May.",
                 "Kyodo", id="outlet-named-before-what-it-is"),
    pytest.param("Sir Keir Starmer told the BBC's Andrew Marr Show that all options remained open.",
                 "BBC's Andrew Marr Show", id="show-of-an-outlet-possessive"),
    pytest.param("Trump told Fox's Sean Hannity that the plan would work.", "Fox", id="host-of-an-outlet"),
    # a listed name's "The" is dropped, as in "told The New York Times" (New York Times)
    pytest.param("The minister told The Local on Monday that the fees would rise.", "Local",
                 id="a-site-called-the-local"),
    pytest.param("The minister told The Local Government Association that the fees would rise.", None,
                 id="a-body-whose-name-opens-like-a-site"),
    pytest.param("According to Ming Pao, the chief secretary said that the budget would pass.", "Ming Pao",
                 id="according-to-a-hong-kong-paper-then-x-said"),
    pytest.param("Sanders said the vote was rigged, according to CNN.", "CNN", id="said-according-to-outlet"),
    # an unlisted name before "news agency" is the agency's (a country's name with its noun); a comma after
    # its initials in brackets ends the phrase
    pytest.param("According to Vietnam news agency (VNA), he said exports had grown fast.",
                 "Vietnam news agency", id="according-to-a-countrys-news-agency-in-brackets-then-x-said"),
    pytest.param("The minister told Harbour news agency that the talks would resume.", "Harbour",
                 id="told-an-unlisted-news-agency"),
    # the press named by what it is, as wires write it: the medium as written, "the" dropped
    pytest.param("“Ten people were killed,” spokesman Mojtaba Khaledi was quoted as saying by state "
                 "television.", "state television", id="quoted-by-state-television"),
    pytest.param("The deputy head, Mir Hassan Moussavi, told the state broadcaster that the train was full.",
                 "state broadcaster", id="told-the-state-broadcaster"),
    pytest.param("The mayor told local media the roads were closed.", "local media", id="told-local-media"),
    pytest.param("Finance Minister Tom Hale told public broadcaster HTU the cuts were fair.", "HTU",
                 id="told-a-public-broadcaster-by-name"),
    pytest.param("Councillor Tom Hale told the Local Democracy Reporting Service he would ask for a review.",
                 "Local Democracy Reporting Service", id="told-the-local-democracy-reporting-service"),
    # a name after "with" is a medium only after words of a meeting ("interview", "sitting down")
    pytest.param("Tom Hale said in a phone interview Tuesday with Sky News that the deal was done.",
                 "Sky News", id="an-interview-a-day-then-with"),
    pytest.param("The mayor told local residents that the roads were closed.", None,
                 id="people-addressed-are-no-unnamed-medium"),
    # a listed name with "of" inside, as a run of capitalised words would stop at it
    pytest.param("Mr Okhiria told the News Agency of Nigeria (NAN) that the attack was confirmed.",
                 "News Agency of Nigeria", id="told-a-listed-agency-with-of-in-its-name"),
    # a listed outlet that opens with no capital, with no "that" after it
    pytest.param("She told triple j Hack it was heartbreaking.", "triple j Hack", id="told-triple-j-hack"),
    # a platform the clause before a participle's cue names (not another outlet there)
    pytest.param("Jane Roe put a picture of her shop on Facebook, writing: “We are open again.”", "Facebook",
                 id="posted-on-a-platform-then-writing"),
    pytest.param("Jane Roe read the Harbour Times on Monday, saying: “We are open again.”", None,
                 id="an-outlet-read-then-saying"),
    # a listed name with a small word of its language inside
    pytest.param("Tom Hale told Corriere dello Sport that other clubs would follow.",
                 "Corriere dello Sport", id="a-listed-name-with-dello"),
    # a US station by its call sign, with its band or not (not the firm whose initials look so)
    pytest.param("Jane Roe told WHVN last week that bookings would recover.", "WHVN", id="a-call-sign"),
    pytest.param("Jane Roe told KHVN-TV that bookings would recover.", "KHVN-TV", id="a-call-sign-and-tv"),
    pytest.param("Jane Roe told KPMG that the bank would pay.", None, id="no-call-sign"),
    # a news site by its address, with no capital too; not the site one works for
    pytest.param("Tom Hale told harbournews.com.au the roads were shut.", "harbournews.com.au",
                 id="told-a-site-address"),
    pytest.param("Tom Hale told Westmere.co.uk on Monday that the roads were shut.", "Westmere.co.uk",
                 id="told-a-capitalised-site-address"),
    pytest.param("“The roads are shut,” said Tom Hale, a director for Norvex.org.", None,
                 id="a-site-one-works-for-is-no-medium"),
    # a site's name with a number closing it
    pytest.param("She told Harbour360 that the council would appeal.", "Harbour360",
                 id="a-name-and-a-number"),
    pytest.param("The host told 2GB the money had been spent.", "2GB",
                 id="told-an-outlet-opening-with-a-digit"),
    pytest.param("Asked about the ban on Instagram, Peskov said that wartime requires limits.", None,
                 id="a-platform-as-a-topic-is-no-medium"),
    pytest.param("In a tweet on Saturday, Zarif said the sanctions had failed.", "Twitter", id="in-a-tweet"),
    pytest.param("A producer told The New York Times Tuesday that the interview was off.",
                 "New York Times", id="outlet-then-day"),
    pytest.param("The prime minister said the sanctions would remain in place, reports Kyodo.", "Kyodo",
                 id="credit-at-the-end-of-a-leading-form"),
    pytest.param("“We will keep talking,” the minister was quoted as saying by state-run Xinhua news agency.",
                 "Xinhua", id="quoted-as-saying-by-a-described-agency"),
    pytest.param("An editorial in the Global Times said that the talks had failed.", "Global Times",
                 id="an-editorial-in-a-paper"),
    # (the name as the article prints it in full: `Rules.outlet_names`)
    pytest.param("The Kyodo News agency said that the two ministers agreed to meet again.", "Kyodo News",
                 id="the-agency-named-before-what-it-is"),
    # A programme quoted alone, its full stop inside the marks; a show after a possessive anywhere in the
    # name; a broadcaster's noun after an unlisted name.
    pytest.param("“We have the votes,” the Ohio Republican said on “Face the Nation.”", "Face the Nation",
                 id="a-quoted-programme-alone"),
    pytest.param("“We have the votes,” the Ohio Democrat said on NBC’s “Meet the Press.”",
                 "NBC’s Meet the Press",
                 id="a-quoted-show-keeps-no-full-stop"),
    pytest.param("“Rates will fall,” Ann Lee told Bob Hart on Nord Radio's The Week End.", "Nord Radio",
                 id="a-possessive-after-an-outlet-word"),
    pytest.param("The treaty will hold, the minister said in an interview with Kanal Sud television.",
                 "Kanal Sud",
                 id="a-broadcaster-noun-after-the-name"),
    pytest.param("The treaty will hold, Jean Roux told the Paris daily Libération.", "Libération",
                 id="a-place-then-a-paper-noun-then-the-name"),
    # a listed outlet followed by a country's name: its national edition
    pytest.param("The treaty will hold, the senator told CNN Indonesia.", "CNN Indonesia",
                 id="a-national-edition"),
    # a listed outlet followed by a desk's word: an outlet of its own
    pytest.param("The season will start in May, the chairman told BBC Sport.", "BBC Sport", id="a-desk"),
    # a listed outlet's initials, then its programme's name: the programme
    pytest.param("“We let them down,” the chief executive told BBC Harbourwatch.", "BBC Harbourwatch",
                 id="a-programme-after-initials"),
    pytest.param("The season will start in May, the chairman told CNN Tuesday.", "CNN",
                 id="a-day-after-initials"),
    pytest.param("The season will start in May, the chairman told the Harbour Sun-Times.",
                 "Harbour Sun-Times", id="a-hyphenated-papers-name"),
    pytest.param("“Nobody should wait months for help,” Mr Hale told ABC Rural.", "ABC Rural",
                 id="a-desk-after-told"),
    # a magazine's or trade paper's word, and a radio station named by its noun
    pytest.param("“Deliveries will slip again,” Jane Roe said in an interview with Harbour Week at the "
                 "airline's offices.", "Harbour Week", id="a-magazines-week"),
    pytest.param("The harvest will be late, Tom Hale told Growers Weekly.", "Growers Weekly",
                 id="a-trade-weekly"),
    pytest.param("Mayor Tom Hale told radio station DXHR that two vendors had died.", "DXHR",
                 id="a-radio-station-before-its-name"),
    pytest.param("Mayor Tom Hale told local radio station Harbour FM that the road was shut.", "Harbour FM",
                 id="a-local-radio-station-before-its-name"),
    # a programme's word opening its name after the network's possessive: the programme
    pytest.param("Speaking on CBC's Morning Harbour, the director, Tom Hale, said fares would rise.",
                 "CBC's Morning Harbour", id="a-show-word-opening-the-programme"),
    # British copy's "Sky" is Sky News; a programme opening the sentence is where it was said
    pytest.param("A Westmere council source told Sky: “The vote will be close.”", "Sky News", id="told-sky"),
    pytest.param("On Good Morning Britain, Tom Hale told viewers that the pier would reopen.",
                 "Good Morning Britain", id="on-a-morning-programme"),
    # the trade press other papers credit for scoops
    pytest.param("“The shoot will move to Westmere,” the studio said, according to The Hollywood Reporter.",
                 "Hollywood Reporter", id="the-trade-press-according-to"),
    pytest.param("Jane Roe told Variety that the film would open in May.", "Variety", id="told-variety"),
    # a day's possessive before the paper's name is no part of it
    pytest.param("In today's Harbour Post, Tom Hale wrote that he backed the plan.", "Harbour Post",
                 id="in-todays-paper"),
    pytest.param("In Sunday's Harbour Courier, Tom Hale wrote that he backed the plan.", "Harbour Courier",
                 id="in-a-weekdays-paper"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "via"),
    [
        pytest.param("“We have the votes,” the Ohio Republican said on “Face the Nation.”",
                     ("Face the Nation", "CBS"), id="a-listed-programme-then-its-network"),
        pytest.param("“We have the votes,” she said on CNN's “State of the Union.”",
                     ("CNN's State of the Union", "CNN"), id="a-show-then-its-owner"),
        pytest.param("The bill will pass, the senator told Fox News.", ("Fox News",), id="no-programme"),
        # a network's evening news programme, the network's name inside it
        pytest.param("In an interview on CBS Evening News, the senator said the bill would pass.",
                     ("CBS Evening News", "CBS"), id="an-evening-news-programme"),
        # a listed outlet's desk or edition, then the outlet
        pytest.param("The bill will pass, the senator told BBC Sport.", ("BBC Sport", "BBC"), id="a-desk"),
        pytest.param("The bill will pass, the senator told CNN Philippines.", ("CNN Philippines", "CNN"),
                     id="an-edition"),
    ],
)  # fmt: skip
def test_a_programme_is_followed_by_its_network(text: str, via: tuple[str, ...]) -> None:
    (claim,) = [c for c in parse_article(text).claims if c.speaker]
    assert claim.via == via


def test_the_same_speakers_next_cue_keeps_the_platform() -> None:
    text = "Tom Hale, in a post on X, blamed the council for the delays, and said the plan had failed."
    claims = parse_article(text).claims
    assert [(c.cue.text if c.cue else None, c.outlet.name if c.outlet else None) for c in claims] == [
        ("blamed", "X"),
        ("said", "X"),
    ]


@pytest.mark.parametrize(("text", "outlet"), OUTLETS)
def test_outlets(text: str, outlet: str | None) -> None:
    (claim,) = [c for c in parse_article(text).claims if c.speaker]
    assert (claim.outlet.name if claim.outlet else None) == outlet
    if outlet:
        assert claim.outlet is not None
        assert claim.outlet.span is not None
        assert claim.via[0] == outlet


def test_a_broadcaster_in_a_deal_is_no_medium_spoken_with() -> None:
    text = (
        "“The contract reset the market,” Hale said, referring to the league’s four-year agreement with "
        "NBC, HVN and Amazon in 2021. “Every club now sees what the rights are worth.”"
    )
    claims = parse_article(text).claims
    assert [claim.outlet for claim in claims] == [None, None]
    assert claims[0].text.endswith("what the rights are worth")


def test_a_name_named_as_a_medium_before_is_the_medium_when_it_speaks() -> None:
    text = (
        "Harvest looks good\n\n"
        "“The crop is strong,” the growers’ chairman was quoted as saying by the state news agency "
        "Nordpost.\n\n"
        "Most of the crop is grown without irrigation, according to Nordpost."
    )
    quoted, according = [c for c in parse_article(text).claims if c.speaker]
    assert quoted.via == ("Nordpost",)
    assert according.outlet is not None
    assert (according.outlet.name, according.via) == ("Nordpost", ("Nordpost",))


OUTLET_SPEAKERS = [
    # a title opening with a capital "The" after a place's possessive: a paper (not a person's work)
    pytest.param("Three ferries would be laid up, Norvale's The Courier reported.", "The Courier",
                 id="a-places-the-title"),
    pytest.param("The Xinhua news agency reported that the delegation would arrive on Monday.", "Xinhua",
                 id="the-xinhua-news-agency"),
    pytest.param("The Kyodo News agency said that the two ministers agreed to meet again.", "Kyodo News",
                 id="the-kyodo-news-agency"),  # (its name as printed in full: `Rules.outlet_names`)
    pytest.param("The plane landed safely, the state-run Xinhua news agency said.", "Xinhua",
                 id="state-run-agency-after"),
    pytest.param("An editorial in the Global Times said that the talks had failed.", "Global Times",
                 id="an-editorial-is-the-papers"),
    pytest.param("Izvestia writes that the deal was signed in March.", "Izvestia", id="izvestia"),
    pytest.param("The drills will end on Friday, Interfax-Ukraine reports.", "Interfax-Ukraine",
                 id="interfax-ukraine"),
    pytest.param("Russia will send an envoy to Tokyo, Jiji reported.", "Jiji", id="jiji"),
    pytest.param("Putin confirmed the deal by telephone, TRT reported.", "TRT", id="trt"),
    pytest.param("NHK reported that the cabinet approved the budget.", "NHK", id="nhk"),
    pytest.param("Kommersant wrote that the bank had been sold.", "Kommersant", id="kommersant"),
    pytest.param("KOMMERSANT wrote that the bank had been sold.", "KOMMERSANT",
                 id="a-known-name-in-capitals"),
    pytest.param("The convoy crossed the border, Russia Today reported.", "Russia Today", id="russia-today"),
    pytest.param("Rossiyskaya Gazeta reported that the decree took effect.", "Rossiyskaya Gazeta",
                 id="rossiyskaya-gazeta"),
    pytest.param("The Yomiuri Shimbun reported that the election would be held in July.",
                 "The Yomiuri Shimbun", id="yomiuri-shimbun"),
    pytest.param("Yonhap reported that the talks ended without a deal.", "Yonhap", id="yonhap"),
    pytest.param("KCNA said the launch was a success.", "KCNA", id="kcna"),
    pytest.param("Tasnim reported that the ship had been released.", "Tasnim", id="tasnim"),
    pytest.param("Anadolu Agency reported that the border crossing had reopened.", "Anadolu Agency",
                 id="anadolu-agency"),
    pytest.param("IANS reported that the minister would visit Dhaka.", "IANS", id="ians"),
    pytest.param("The Diplomat wrote that Japan was reluctant to impose sanctions.", "The Diplomat",
                 id="the-diplomat"),
    # A name the rules do not know, before a paper's noun or after what describes it.
    pytest.param("The state-owned Azerbaijan daily wrote that the harvest had doubled.", "Azerbaijan",
                 id="a-paper-named-after-its-country"),
    pytest.param("The ban will be lifted, Resalat daily close to the judiciary said on Sunday.", "Resalat",
                 id="a-daily-close-to-a-body"),
    pytest.param("The liberal Polish daily Wyborcza close to the opposition said the vote was rigged.",
                 "Wyborcza", id="a-described-daily-close-to-a-body"),
    pytest.param("The pound fell again, the state-owned Arabic-language Gulf Herald said.", "Gulf Herald",
                 id="a-language-before-the-name"),
    pytest.param("Kremlin-funded RT reported that the convoy had crossed the border.", "RT",
                 id="a-backer-before-the-name"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), OUTLET_SPEAKERS)
def test_outlets_as_speakers(text: str, name: str) -> None:
    (claim,) = [c for c in parse_article(text).claims if c.speaker]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (name, "outlet")


def test_a_persons_work_titled_the_is_no_paper() -> None:
    # a person's possessive, or the title in quotation marks: a work, no outlet speaking
    text = "According to Tom Hale's “The Fixers,” the studio hired him in 1950."
    speakers = [c.speaker for c in parse_article(text).claims if c.speaker]
    assert all(s.kind != "outlet" for s in speakers)


def test_article_outlet_and_date_are_the_fallback() -> None:
    article = parse_article(
        "The minister said yesterday that prices would fall.",
        outlet="Kyodo News",
        published=dt.date(2016, 3, 14),
    )
    (claim,) = article.claims
    assert claim.via == ("Kyodo News",)
    assert claim.said_on == dt.date(2016, 3, 13)


def test_no_date_is_invented_without_an_anchor() -> None:
    (claim,) = parse_article("The minister said prices would fall next week.").claims
    assert claim.said_on is None
    assert claim.when is None


SPEAKERS = [
    pytest.param("Russian Deputy Foreign Minister Igor Morgulov said talks went well.",
                 "Igor Morgulov", "person", "Russian Deputy Foreign Minister", id="prenominal-title"),
    pytest.param("Iran's supreme leader, Ali Khamenei, said talks went well.",
                 "Ali Khamenei", "person", "Iran's supreme leader", id="apposition"),
    pytest.param("The foreign ministry said talks went well.", "The foreign ministry", "organisation", None,
                 id="organisation"),
    pytest.param("Moscow believes talks went well.", "Moscow", "organisation", None, id="capital"),
    pytest.param("According to Japan's foreign policy, talks went well.",
                 "Japan's foreign policy", "document",
                 None, id="document"),
    pytest.param("Officials said talks went well.", "Officials", "anonymous", None, id="anonymous"),
    pytest.param("The Japanese publication The Japan Times wrote that talks went well.", "The Japan Times",
                 "outlet", "Japanese publication", id="outlet"),
    pytest.param("Sen. Bernie Sanders said talks went well.",
                 "Bernie Sanders", "person", "Sen.", id="abbreviated"),
    # a compound adjective of place before a person's name describes the person ("Sudan-born Bol")
    pytest.param("Kenya-born Achieng said talks went well.", "Achieng", "person", "Kenya-born",
                 id="compound-adjective-before-a-name"),
    pytest.param("Juror Tina Kadisak said talks went well.", "Tina Kadisak", "person", "Juror",
                 id="a-juror"),
    pytest.param("Cllr Phil Wynn said talks went well.", "Phil Wynn", "person", "Cllr", id="a-uk-councillor"),
    pytest.param("Cr Keith Rhoades said talks went well.", "Keith Rhoades", "person", "Cr",
                 id="an-australian-councillor"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "kind", "role"), SPEAKERS)
def test_speakers(text: str, name: str, kind: str, role: str | None) -> None:
    (claim,) = [c for c in parse_article(text).claims if c.speaker]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind, claim.speaker.role) == (name, kind, role)


UNATTRIBUTED = [
    pytest.param("The company sold 4 million cars in 2015.", "statement", id="number"),
    pytest.param(
        "Russia will equip Tehran with modern air defense systems.", "prediction", id="future-event"
    ),
    pytest.param("Yesterday, Russia sent a diplomatic message to North Korea.", "statement", id="event"),
]
NOT_CHECKABLE = [
    pytest.param("It is obvious that the joint actions of the world powers are required.", id="writer-aside"),
    pytest.param("What should we make of all this?", id="question"),
    pytest.param("I think this is really good news for everybody.", id="first-person"),
]


@pytest.mark.parametrize(("text", "kind"), UNATTRIBUTED)
def test_unattributed(text: str, kind: str) -> None:
    (claim,) = parse_article(text, outlet="Kyodo News").claims
    assert (claim.speaker, claim.cue, claim.quote, claim.kind) == (None, None, "none", kind)
    assert claim.outlet is not None
    assert claim.outlet.name == "Kyodo News"
    assert claim.rule == "unattributed"


@pytest.mark.parametrize("text", NOT_CHECKABLE)
def test_not_checkable(text: str) -> None:
    assert parse_article(text).claims == ()


def test_clause_splices_split_unattributed_sentences() -> None:
    text = (
        "Moscow is considering two loans worth $7 billion, in addition, "
        "Russia will equip Tehran with missiles."
    )
    kinds = [(c.text, c.kind) for c in parse_article(text).claims]
    assert kinds == [
        ("Moscow is considering two loans worth $7 billion", "statement"),
        ("Russia will equip Tehran with missiles.", "prediction"),
    ]


def test_text_forms() -> None:
    """Straight quotes, guillemets, non-breaking spaces and single-newline paragraphs."""
    text = (
        'Headline Of The Story\n"We are ready," Lavrov said.\n'
        "«Nous sommes prêts», a déclaré Lavrov.\n"
        "Le\u00a0Drian said\u00a0the talks had been useful."
    )
    article = parse_article(text)
    assert article.title == "Headline Of The Story"
    found = [(c.speaker.name if c.speaker else None, c.text, c.quote) for c in article.claims]
    assert ("Lavrov", "We are ready", "direct") in found
    # the canonical name shows the non-breaking space as a space (one speaker in summaries); the span
    # still points at the text as written
    assert ("Le Drian", "the talks had been useful", "indirect") in found
    (drian,) = [c for c in article.claims if c.speaker and c.speaker.name == "Le Drian"]
    assert drian.speaker is not None
    assert drian.speaker.span is not None
    assert text[drian.speaker.span[0] : drian.speaker.span[1]] == "Le\u00a0Drian"


def test_an_embedded_story_takes_its_datelines_day() -> None:
    text = (
        "Lavrov said the talks went well on Tuesday.\n\nSource: TASS\n\n"
        "TOKYO, April 11 (TASS) – Suga told a news conference that the prime minister was determined.\n"
    )
    article = parse_article(text, published=dt.date(2016, 4, 12))
    (section,) = article.sections
    assert (section.outlet, section.published) == ("TASS", dt.date(2016, 4, 11))
    (claim,) = [c for c in article.claims if c.speaker and c.speaker.name == "Suga"]
    assert claim.said_on == dt.date(2016, 4, 11)


@pytest.mark.parametrize(
    ("text", "place", "title"),
    [
        # a tool's metadata date before the page's words: the dateline after it on the same line
        pytest.param("date 2024-03-12 WESTMERE (Harbour Wire) - Jane Roe has backed the plan. She said it "
                     "was sound.", "WESTMERE", None, id="a-dateline-after-it"),
        # (a space before it; the headline after it on its line)
        pytest.param(" date 2024-03-12 Roe backs the plan\n\nJane Roe said on Sunday the plan was sound.",
                     None, "Roe backs the plan", id="a-headline-after-it"),
        pytest.param("Date: 2024-03-12\n\nJane Roe said on Sunday the plan was sound.", None, None,
                     id="a-line-of-its-own"),
    ],
)  # fmt: skip
def test_a_metadata_date_opening_the_text_dates_the_article(
    text: str, place: str | None, title: str | None
) -> None:
    article = parse_article(text)
    assert article.published == dt.date(2024, 3, 12)
    assert (article.dateline.place if article.dateline else None, article.title) == (place, title)
    assert next(c.speaker.name for c in article.claims if c.speaker) == "Jane Roe"
    assert all("2024" not in c.text for c in article.claims)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # in sentence case, the cue closing the title, then its speaker: a claim
        pytest.param("Prices will rise this winter, warns Norvex chief", [("Norvex chief", "warns",
                     "Prices will rise this winter")], id="sentence-case-cue-then-speaker"),
        pytest.param("No ferry will sail on Sunday, says Tom Hale", [("Tom Hale", "says",
                     "No ferry will sail on Sunday")], id="says-a-full-name"),
        # a body's name and a role noun with no "the", as headlines write: the one the story names with it
        pytest.param("Prices will rise this winter, warns Norvex chief\n\nBills will go up, Jane Roe, chief "
                     "executive of Norvex, said.", [("Jane Roe", "warns", "Prices will rise this winter")],
                     id="a-bodys-chief-named-below"),
        # the speaker, then the cue closing the title, as US wire headlines credit police or a report
        pytest.param("Prices will rise this winter, Norvex chief warns", [("Norvex chief", "warns",
                     "Prices will rise this winter")], id="speaker-then-cue"),
        pytest.param("Ferry skipper detained after crash, Westmere police say", [("Westmere police", "say",
                     "Ferry skipper detained after crash")], id="police-say"),
        # the speaker opening the title, a cue in the present, then the content
        pytest.param("Tom Hale says the ferry will not sail on Sunday", [("Tom Hale", "says",
                     "the ferry will not sail on Sunday")], id="speaker-says-content"),
        pytest.param("WHO chief says outbreak has turned into a pandemic", [("WHO chief", "says",
                     "outbreak has turned into a pandemic")], id="WHO-is-no-relative-pronoun"),
        # whom the speaker told, with no article as headlines write it (`Rules.addressed_bodies`)
        pytest.param("'We will not back down,' harbour chief tells inquiry as port closes",
                     [("harbour chief", "tells", "We will not back down")], id="quote-then-tells-a-body"),
        pytest.param("Jane Roe tells inquiry the ferry was never inspected", [("Jane Roe", "tells",
                     "the ferry was never inspected")], id="speaker-tells-a-body-content"),
        pytest.param("Jane Roe tells Harbour committee she has no plan to sell the port", [("Jane Roe",
                     "tells", "she has no plan to sell the port")], id="tells-a-named-committee"),
        pytest.param("Jane Roe warns skippers: no going back on the ferry plan", [("Jane Roe", "warns",
                     "no going back on the ferry plan")], id="addressees-then-colon"),
        # a cue taking an object first: the claim is the cue with a clause after it
        pytest.param("Roe praises Hale and says fares would fall by a third", [("Roe", "says",
                     "fares would fall by a third")], id="praises-then-says"),
        # in title case, or a cue in the past (a sentence set as a title): no one's words
        pytest.param("Prices Will Rise This Winter, Warns Norvex Chief", [], id="title-case"),
        pytest.param("Tom Hale Says The Ferry Will Not Sail On Sunday", [], id="speaker-first-title-case"),
        pytest.param("Tom Hale said the ferry would not sail on Sunday", [], id="past-tense"),
    ],
)  # fmt: skip
def test_a_headline_closing_with_its_cue_and_speaker(
    title: str, expected: list[tuple[str, str, str]]
) -> None:
    article = parse_article(
        title if "\n" in title else f"{title}\n\nThe council met on Monday to set the budget."
    )
    heading = article.text.find("\n")
    got = [
        (c.speaker.name, c.cue.text, c.text)
        for c in article.claims
        if c.speaker and c.cue and c.spans[0][0] < heading
    ]
    assert got == expected


def test_a_date_line_under_the_title_dates_the_article() -> None:
    text = (
        "Iran Says Sanctions Relief Opens New Era\n\nMarch 14, 2016\n\n"
        "TEHRAN (Sputnik) — Trade with Russia will double next year, Abbas Araghchi told Sputnik on Monday.\n"
    )
    article = parse_article(text)
    assert article.published == dt.date(2016, 3, 14)
    (claim,) = [c for c in article.claims if c.speaker and c.speaker.name == "Abbas Araghchi"]
    assert claim.said_on == dt.date(2016, 3, 14)
    assert claim.when is not None
    assert (claim.when.start, claim.when.end, claim.when.text) == (
        dt.date(2017, 1, 1),
        dt.date(2017, 12, 31),
        "next year",
    )


def test_a_short_paragraph_about_an_outlets_report_is_no_credit_line() -> None:
    article = parse_article(
        f"{STORY}\n\nA Xinhua report said the talks collapsed.\n\nXinhua report says talks collapsed."
    )
    assert article.outlet is None
    assert [c.text for c in article.claims][-2:] == ["the talks collapsed", "talks collapsed"]


def test_a_page_title_naming_an_outlet_and_a_date_credits_and_dates_the_article() -> None:
    article = parse_article(
        f"Kyiv will not cede land – Novosti Daily, May 15, 2022 – Politics News\n\n{STORY}"
    )
    assert (article.outlet, article.published) == ("Novosti Daily", dt.date(2022, 5, 15))


@pytest.mark.parametrize(
    ("written", "listed"),
    [("PUNCH", "The PUNCH"), ("tass", "TASS"), ("EFE", "EFE"), ("BUZZFEED", "BuzzFeed")],
)
def test_an_outlet_in_one_case_gets_one_listed_spelling(written: str, listed: str) -> None:
    # The tables list some names twice ("TASS", "Tass"): a name in capitals or lower case is the first
    # spelling in sorted order, the same in every run (the tables are sets, ordered by the hash seed).
    assert known_outlet(written, DEFAULT_RULES) == listed


PHOTO_CREDITS = [
    pytest.param("Neilson Barnard via Getty Images.", id="via-a-library"),
    pytest.param("John Moore/Getty Images.", id="slash"),
    pytest.param("Carlos Barria / Reuters.", id="spaced-slash"),
    pytest.param("AP Photo/Evan Vucci", id="ap-photo"),
    pytest.param("Photo: Lars Holm", id="label"),
    pytest.param("Lars Holm speaks at a rally in Bergen on October 2, 2015. (JEWEL SAMAD/AFP/Getty Images.)",
                 id="caption-closed-by-its-credit"),
]  # fmt: skip


@pytest.mark.parametrize("credit", PHOTO_CREDITS)
def test_a_photo_credit_names_no_one_a_later_phrase_stands_for(credit: str) -> None:
    text = (
        "English actor Peter Serafinowicz posted the clip to YouTube on Thursday.\n\n"
        f"{credit}\n\n"
        "“What if Donald Trump had elocution lessons?” the 43-year-old asked in the description."
    )
    (claim,) = [c for c in parse_article(text).claims if c.speaker is not None]
    assert claim.speaker is not None
    assert claim.speaker.name == "Peter Serafinowicz"


def test_places_joined_by_slashes_name_no_outlet() -> None:
    text = (
        "Cyclone hits coast\n\nAhmedabad/Panaji/Mumbai, November 11\nNearly 80 trawlers are missing, "
        "fishermen said on Wednesday."
    )
    article = parse_article(text)
    assert article.outlet is None
    assert [c.via for c in article.claims] == [()]
