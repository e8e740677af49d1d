"""The frames agency copy reaches readers in: timestamp lines, credit lines and datelines of wire
services and the portals that carry them. Every sentence here is made up for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.parse import parse_article

TITLE = "Ministers agree to extend the rail line"
STORY = "The line will reach the port by 2025, the transport minister said."

# A line under the title printing when (and often through whom) the story was put online: it is no
# claim, it dates the article, and an outlet it names first or right after the time is the article's.
STAMPS = [
    pytest.param("Xinhua | Updated: 2019-04-02 09:15", "Xinhua", dt.date(2019, 4, 2),
                 id="outlet-pipe-updated-iso"),
    pytest.param("By IANS | Updated: October 8, 2025 15:00 IST", "IANS", dt.date(2025, 10, 8),
                 id="by-an-agency-pipe-updated"),
    pytest.param("2018-11-07 14:20Global Times Editor: Wang Fang", "Global Times", dt.date(2018, 11, 7),
                 id="iso-time-then-outlet-unspaced"),
    pytest.param("All News 09:12 March 14, 2017", None, dt.date(2017, 3, 14), id="section-time-date"),
    pytest.param("Hamid K 5 minutes ago Tue 12th March 2019 | 11:30 AM", None, dt.date(2019, 3, 12),
                 id="author-ago-weekday-ordinal-time"),
    pytest.param("14 May 2012 | 10:45 Code : 20417 Weekly Press Roundup", None, dt.date(2012, 5, 14),
                 id="date-time-then-a-code"),
    pytest.param("IANS | By, Kabul\nUpdated on: Feb 3, 2015 08:12 am IST", "IANS", dt.date(2015, 2, 3),
                 id="agency-pipe-by-place-then-updated-on"),
    pytest.param("Anadolu Agency ANKARA\nPublished May 4,2021", "Anadolu Agency", dt.date(2021, 5, 4),
                 id="agency-and-place-in-capitals-then-published"),
    pytest.param("Kyodo News\nMarch 3, 2021", "Kyodo News", dt.date(2021, 3, 3), id="agency-alone-on-a-line"),
    pytest.param("Xinhua, December 2, 2016", "Xinhua", dt.date(2016, 12, 2), id="agency-comma-date"),
    pytest.param("The New Indian Express , Tuesday, June 21, 2016", "The New Indian Express",
                 dt.date(2016, 6, 21), id="paper-spaced-comma-weekday-date"),
    # Indian portals: parts between bars, the day first, two stamps (the first dates the story).
    pytest.param("IANS | New Delhi | Updated: 04-03-2021 20:42 IST | Created: 03-03-2021 20:39 IST", "IANS",
                 dt.date(2021, 3, 4), id="agency-place-updated-created-day-first"),
    # A byline of short parts between bars, one of them the date: the outlet beside it is the article's.
    pytest.param("Jane Doe | HarbourNews | September 24, 2024", "HarbourNews", dt.date(2024, 9, 24),
                 id="reporter-pipe-outlet-pipe-date"),
    pytest.param("Harbour Tech Watch | Posted on 17 July 2025 by Jane Doe", "Harbour Tech Watch",
                 dt.date(2025, 7, 17), id="outlet-pipe-posted-by-a-reporter"),
    pytest.param("Jane Doe | Nairobi | September 24, 2024", None, dt.date(2024, 9, 24),
                 id="reporter-pipe-place-pipe-date"),
]  # fmt: skip


@pytest.mark.parametrize(("frame", "outlet", "published"), STAMPS)
def test_timestamp_and_credit_lines(frame: str, outlet: str | None, published: dt.date) -> None:
    text = f"{TITLE}\n\n{frame}\n\n{STORY}"
    article = parse_article(text)
    assert (article.title, article.outlet, article.published) == (TITLE, outlet, published)
    (claim,) = article.claims
    assert claim.text == "The line will reach the port by 2025"
    assert claim.said_on == published
    assert claim.via == ((outlet,) if outlet else ())


def test_a_date_line_below_a_standfirst_and_a_caption_dates_the_article() -> None:
    text = (
        f"{TITLE}\n"
        "The two countries will extend the line to the port, the Georgian minister says.\n"
        "The ministers shook hands at the signing in Tbilisi. / AA\n"
        "March 2, 2021\n\n"
        "The line will reach the port by 2025, the transport minister said on Monday."
    )
    article = parse_article(text)
    assert article.published == dt.date(2021, 3, 2)
    claim = article.claims[-1]
    assert claim.said_on == dt.date(2021, 3, 1)


def test_an_agency_credit_closing_a_paragraph_of_the_head() -> None:
    text = (
        f"{TITLE}\n"
        "The ministers noted that the line would carry 5 million tonnes a year. / AA\n"
        "March 2, 2021\n\n"
        "The line will reach the port by 2025, the transport minister said on Monday."
    )
    article = parse_article(text)
    assert article.outlet == "Anadolu Agency"
    noted, said = article.claims
    assert noted.text == "the line would carry 5 million tonnes a year"
    assert said.via == ("Anadolu Agency",)


def test_an_agency_in_brackets_closing_the_story() -> None:
    # "... were injured. (ANI)": the agency whose copy it is signs the last paragraph; a person in
    # brackets there ("(Jane Smith)") credits no outlet.
    body = (
        "Rail line cut\n\nThe minister said the line was clear.\n\n"
        "Forty people were injured after the coaches derailed."
    )
    article = parse_article(f"{body} (ANI)")
    assert article.outlet == "ANI"
    assert [c.via for c in article.claims] == [("ANI",), ("ANI",)]
    assert article.claims[-1].text == "Forty people were injured after the coaches derailed."
    assert parse_article(f"{body} (Jane Smith)").outlet is None


# Lines that hold a time and a date but are prose or a headline: they stay what they are.
NOT_STAMPS = [
    pytest.param("The talks ended at 14:30 on March 3, 2017, officials said.", "The talks ended at 14:30",
                 id="a-sentence-with-a-time-and-a-date"),
    pytest.param("The polls are due to open at 08:00 March 3, 2015 in the capital, officials said.",
                 "The polls are due to open", id="a-time-and-a-date-inside-prose"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), NOT_STAMPS)
def test_prose_with_a_time_and_a_date_is_no_stamp(text: str, words: str) -> None:
    article = parse_article(text)
    assert article.published is None
    assert any(words in c.text for c in article.claims)


def test_a_headline_with_a_time_and_a_date_stays_a_title() -> None:
    article = parse_article(f"Polls to open at 08:00 March 3, 2015 in Ohio\n\n{STORY}")
    assert article.title == "Polls to open at 08:00 March 3, 2015 in Ohio"
    assert article.published is None


# A source line at the foot naming an agency by its long name or its site's name: the copy is that
# agency's, credited by the name it signs with.
SOURCES = [
    pytest.param(f"{STORY}\n\nSource: Emirates News Agency", ("WAM",), id="emirates-news-agency-is-wam"),
    pytest.param(f"{STORY}\n\nSource: Kuwait News Agency", ("KUNA",), id="kuwait-news-agency-is-kuna"),
    pytest.param(f"{STORY}\n\nSource: Saudi Press Agency", ("SPA",), id="saudi-press-agency-is-spa"),
    pytest.param(f"{STORY}\n\nFull story: Sputnik International", ("Sputnik",), id="full-story-line"),
    pytest.param(f"{STORY}\n\nFull story:\n\nSputnik International", ("Sputnik",),
                 id="full-story-label-then-the-outlet"),
    pytest.param(f"{STORY}\n\nFull story:\n\nRead it on our site", (), id="full-story-then-no-outlet"),
    # After the label a name no table lists will do; a web page's "Source link" names no one.
    pytest.param(f"{STORY}\n\nSource: VOV5", ("VOV5",), id="source-label-unknown-name"),
    pytest.param(f"{STORY}\n\nSource link", (), id="source-link-is-no-outlet"),
    pytest.param(f"{STORY}\n\n- source : Tasnim", ("Tasnim",), id="dash-lower-case-label-spaced-colon"),
    # the label and the name in brackets, spaced, as Indian papers close agency copy; "As reported by"
    pytest.param(f"{STORY}\n\n( Source : PTI )", ("PTI",), id="source-line-in-brackets"),
    pytest.param(f"{STORY}\n\nAs reported by Westmere Diario", ("Westmere Diario",),
                 id="as-reported-by-line"),
    # a dateline alone on its line above the story, blank lines after it (no standfirst)
    pytest.param(f"Title\n\nWestmere (AFP) –\n\n\n{STORY}", ("AFP",), id="a-dateline-alone-on-its-line"),
    # an agency's initials and its desk in brackets closing the story, though no table lists them
    pytest.param(f"{STORY} (NVX-Finance)", ("NVX-Finance",), id="an-agencys-desk-in-brackets"),
    # a slash before the label, as a news site prints its line under a photo credit closing "/ AP"
    pytest.param(f"Title\n\nTom Hale leaves.Mary Poe / AP\n/ Source: The Associated Press\n\n{STORY}",
                 ("Associated Press",), id="slash-before-the-label"),
    # A chart's data source under a story is no outlet of it.
    pytest.param(f"{STORY}\n\nSource: NATO.", (), id="a-charts-source-is-no-outlet"),
    # The label and a name closing the last paragraph, after its last sentence, any case.
    pytest.param(f"{STORY} Source: Philippines News agency", ("Philippines News agency",),
                 id="a-source-note-closing-the-last-paragraph"),
    # A dash for the colon; a link's label after the label is no outlet (`Rules.link_labels`).
    pytest.param(f"{STORY}\n\nSource – VOV5", ("VOV5",), id="source-label-and-a-dash"),
    # a mailing list's source line: the date in brackets and the page are no part of the name
    pytest.param(f"{STORY}\n\nSource: South China Morning Post (8/13/12): Pg. 6",
                 ("South China Morning Post",), id="a-source-line-with-a-date-and-a-page"),
    pytest.param(f"{STORY}\n\nSource: Read Full Article", (), id="a-links-label-is-no-outlet"),
    pytest.param(f"{STORY}\n\nSource – VOV5\n\nSource: Read Full Article", ("VOV5",),
                 id="a-source-line-then-a-links-label"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "via"), SOURCES)
def test_source_lines_naming_agencies(text: str, via: tuple[str, ...]) -> None:
    (claim,) = parse_article(text).claims
    assert claim.text == "The line will reach the port by 2025"
    assert claim.via == via


# Datelines and credits opening the first paragraph of agency copy. Columns: the text; the dateline's
# place and outlet; the outlet that republished the copy (the article's); the speaker of its claim.
AGENCY_DATELINES = [
    pytest.param("Tasnim – Iran’s Navy Commander Shahram Irani said the fleet would sail in May.",
                 None, "Tasnim", None, "Shahram Irani", id="agency-then-a-dash"),
    pytest.param("IRNA – The foreign ministry spokesman said the talks would resume in Vienna.",
                 None, "IRNA", None, "The foreign ministry spokesman", id="agency-in-capitals-then-a-dash"),
    pytest.param("Tehran(IP): The oil minister said that exports had risen to two million barrels a day.",
                 "Tehran", "Iran Press", None, "The oil minister", id="place-agency-in-brackets-colon"),
    pytest.param("JAKARTA (JP): The court spokesman said that five businessmen were jailed for tax fraud.",
                 "JAKARTA", "The Jakarta Post", None, "The court spokesman",
                 id="the-jakarta-posts-own-credit"),
    pytest.param("MOSCOW (UrduPoint News / Sputnik - 14th March, 2020) Iran's deputy foreign minister "
                 "Abbas Araghchi said on Saturday that the talks would resume.", "MOSCOW", "Sputnik",
                 "UrduPoint News", "Abbas Araghchi", id="portal-slash-agency-dash-day"),
    pytest.param("(MENAFN- Kuwait News Agency (KUNA)) ANKARA, Mar 3 (KUNA) -- Turkish Trade Minister "
                 "Mehmet Mus said on Tuesday that exports rose 5% in February.", "ANKARA", "KUNA", "MENAFN",
                 "Mehmet Mus", id="republisher-prefix-then-a-dateline"),
    pytest.param("RIYADH, Mar 3 (NNN-SPA) – The Saudi energy minister said output would stay at ten "
                 "million barrels.", "RIYADH", "SPA", "NNN", "The Saudi energy minister",
                 id="network-hyphen-agency"),
    pytest.param("TOKYO Kyodo The trade minister said the new rules would take effect in May.",
                 "TOKYO", "Kyodo", None, "The trade minister", id="place-then-agency-no-marks"),
    pytest.param("Press TV – The Syrian foreign ministry said the new sanctions would fail.",
                 None, "Press TV", None, "The Syrian foreign ministry", id="two-word-agency-then-a-dash"),
    pytest.param("Dubai - WAM\nThe UAE will host the summit in November, the minister of state said.",
                 "Dubai", "WAM", None, "the minister of state", id="place-dash-agency-on-its-own-line"),
    # after a capital, any name with an outlet's word alone on the line (`Rules.outlet_words`)
    pytest.param("Nairobi - Harbour Today\nThe port will reopen in May, the minister of state said.",
                 "Nairobi", "Harbour Today", None, "the minister of state", id="capital-dash-unlisted-paper"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "outlet", "republisher", "speaker"), AGENCY_DATELINES)
def test_agency_datelines(
    text: str, place: str | None, outlet: str, republisher: str | None, speaker: str
) -> None:
    article = parse_article(text)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.outlet, article.outlet) == (place, outlet, republisher)
    (claim,) = article.claims
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
    assert claim.spans[0][0] >= (article.dateline.span or (0, 0))[1]
    assert claim.via == ((outlet, republisher) if republisher else (outlet,))


def test_a_dateline_bracket_with_a_day_and_year_dates_the_article() -> None:
    article = parse_article(
        "MOSCOW (UrduPoint News / Sputnik - 14th March, 2020) Iran's deputy foreign minister Abbas "
        "Araghchi said on Saturday that the talks would resume."
    )
    assert article.published == dt.date(2020, 3, 14)
    (claim,) = article.claims
    assert claim.said_on == dt.date(2020, 3, 14)


# A known outlet's name opening prose before a dash is no credit when the words after the dash go on
# in lower case: the name is a word of the sentence.
NOT_AGENCY_DATELINES = [
    pytest.param("Nairobi - The Port Reopens\nThe port will reopen in May, the minister of state said.",
                 id="capital-dash-a-headline"),
    pytest.param("Today – the day after the vote – senators said the bill would pass.", id="today-dash"),
    pytest.param("Time – and money – ran out for the campaign in Iowa, aides said.", id="time-dash"),
    pytest.param("Dubai - Reuters reported on Monday that the summit would open in November.",
                 id="place-dash-agency-in-a-sentence"),
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_AGENCY_DATELINES)
def test_not_agency_datelines(text: str) -> None:
    article = parse_article(text)
    assert article.dateline is None or article.dateline.outlet is None
    assert article.claims


# An agency's notes to editors, in brackets on a line of their own, are no claims.
HOUSEKEEPING = [
    pytest.param("(ATTN: UPDATES with the minister's comments in paras 3-4)", id="yonhap-attn"),
    pytest.param("(ATTN: RECASTS headline, lead; ADDS details throughout)", id="yonhap-attn-recasts"),
    pytest.param("(Eds: Updates with the ministry's statement)", id="ap-eds"),
]  # fmt: skip


@pytest.mark.parametrize("note", HOUSEKEEPING)
def test_notes_to_editors_are_no_claims(note: str) -> None:
    text = (
        f"(2nd LD) Ferry service to the islands resumes\n{note}\nBy Kim Ji-won\n"
        "SEOUL, May 2 (Yonhap) -- The ferry service resumed on Tuesday, the ministry said."
    )
    claims = parse_article(text).claims
    assert [(c.speaker.name if c.speaker else None, c.text) for c in claims] == [
        ("the ministry", "The ferry service resumed on Tuesday")
    ]


# An agency's end mark closing the last paragraph ("(end)" at KUNA; Yonhap's "(END)" on its own was
# already no claim) is no part of a claim.
END_MARKS = [
    pytest.param("The minister said that exports rose 5% in February. (end)", id="kuna-end"),
    pytest.param("Officials said the port would reopen in March. (end)", id="kuna-end-lower-case-cue"),
]  # fmt: skip


@pytest.mark.parametrize("text", END_MARKS)
def test_end_marks_are_no_content(text: str) -> None:
    (claim,) = parse_article(text).claims
    assert claim.text.endswith(("February", "March"))


def test_vietnam_news_agencys_end_mark_credits_the_story() -> None:
    # "./.VNA" closes the last paragraph of VNA's copy: the mark is no content, the agency the outlet.
    text = (
        f"{TITLE}\n\n{STORY}\n\nThe spokeswoman said the documents circulate among members every year.\n\n"
        "She added that the country had evidence of its sovereignty over the islands./.VNA"
    )
    article = parse_article(text)
    assert article.outlet == "VNA"
    assert article.claims[-1].text == "the country had evidence of its sovereignty over the islands"


def test_an_agency_that_asked_carried_the_answer() -> None:
    text = "Baku does not value the talks, the spokesman said. He noted this when asked by Armenpress."
    [claim] = [c for c in parse_article(text).claims if c.speaker]
    assert (claim.text, claim.outlet.name if claim.outlet else None) == (
        "Baku does not value the talks",
        "Armenpress",
    )


def test_a_quotation_quoted_by_no_one_named_after_an_outlets_report_is_that_outlets() -> None:
    # "was quoted as saying" names no one who quoted it: the outlet that carried the claim right before
    # did, and the speaker's next words came the same way
    text = (
        "Putin mourns Gorbachev\n(Xinhua) 08:22, August 31, 2022\n"
        "Xinhua file photo of former Soviet Union leader Mikhail Gorbachev\n"
        "Gorbachev died on Tuesday evening at the age of 91.\n"
        "MOSCOW, Aug. 31 (Xinhua) -- Putin has expressed deep condolences over the death of Gorbachev, "
        "Russia's RIA Novosti news agency reported Wednesday.\n"
        '"Putin expresses deep condolences," Kremlin spokesman Dmitry Peskov was quoted as saying.\n'
        '"In the morning he will send a telegram," the spokesman added.\n'
        "Gorbachev died after a long illness, according to the Central Clinical Hospital."
    )
    claims = [c for c in parse_article(text).claims if c.speaker]
    outlets = [(c.speaker.name, c.outlet.name if c.outlet else None) for c in claims]
    assert outlets == [
        ("Putin", "RIA Novosti"),
        ("Dmitry Peskov", "RIA Novosti"),
        ("Dmitry Peskov", "RIA Novosti"),
        ("Central Clinical Hospital", "Xinhua"),
    ]
