"""Unattributed claims: which sentences no one is credited with are checkable, and their kind.

Each row: a label (the pytest id), one sentence as a reporter or a commentator might write it, and the
expected result: the claim kind ("statement" or "prediction") when the sentence is checkable, None when
it is the writer's comment and must not become a claim. The sentences are written for this table.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from claimtrack.parse import parse_article
from claimtrack.parse.unattributed import commentary
from claimtrack.rules import DEFAULT_RULES


class Row(NamedTuple):
    label: str
    text: str
    kind: str | None


CHECKABLE = [
    # Events that happened: a verb of an event, a number, a date.
    Row(
        "event-past",
        "The parliament in Vilnius approved the budget by 78 votes to 41 on Thursday.",
        "statement",
    ),
    Row(
        "event-killed",
        "Three soldiers were killed when their convoy hit a mine near Kramatorsk.",
        "statement",
    ),
    Row("event-signed", "Chile and Peru signed a fisheries accord in Lima last month.", "statement"),
    # the clause before "and" and a second speaker, a day closing it: the writer's own
    Row(
        "event-before-a-day-and-a-speaker",
        "Strikers blocked the port gates early on Thursday and Norvex vowed to keep its ferries running.",
        "statement",
    ),
    # a "with" clause closing the sentence is its circumstance: a forecast there leaves the fact checkable
    Row(
        "event-with-a-forecast-closing",
        "Last month, the Westmere port authority raised its berthing fee from £40 to £55, with further "
        "rises likely to follow in May.",
        "statement",
    ),
    # The clause before ", with X saying C" asserts something of its own (the rest is X's claim).
    Row(
        "head-before-with-saying",
        "Fishing talks began in April and ended in June, with diplomats saying little was agreed.",
        "statement",
    ),
    # So does the subject's clause before a participle's comma ("..., finding that C"), as court reports
    # give the order and the finding behind it; a subject after an opening phrase leaves none.
    Row(
        "head-before-a-participle",
        "The court on Tuesday ordered the council to reopen the Harbour library by May, finding that the "
        "closure was unlawful.",
        "statement",
    ),
    Row(
        "no-head-after-an-opening-phrase",
        "In a ruling on Tuesday, the court ordered the council to pay 40 readers, finding that the closure "
        "was unlawful.",
        None,
    ),
    # So does the subject's act before "and" and the cue: "The port raised its fee and hinted C".
    Row(
        "act-before-and-a-cue",
        "The Westmere port authority raised its berthing fee on Monday and hinted there would be two more "
        "rises in 2026.",
        "statement",
    ),
    # A share in words is a figure.
    Row("a-quarter", "The plant supplies around a quarter of the state's electricity.", "statement"),
    # So does the clause before ", and X said C", as wire ledes join the news and a comment on it.
    Row(
        "head-before-and-said",
        "The government extended its state of disaster on Thursday, and health officials warned the rains "
        "could spread the outbreak.",
        "statement",
    ),
    # "the need to" is a noun's, inside a phrase: no judgement of the writer's.
    Row(
        "the-need-is-a-noun",
        "The envoy arrived in Hanoi on Tuesday amid warnings about the need to avoid new tariffs.",
        "statement",
    ),
    Row(
        "number-rose",
        "Inflation in Turkey rose to 61 percent in August, the highest rate in a year.",
        "statement",
    ),
    Row(
        "record-first",
        "It was the first time a sitting Danish premier visited Greenland's capital.",
        "statement",
    ),
    Row(
        "state-negated",
        "The date of the Finnish president's visit has not yet been made public.",
        "statement",
    ),
    Row("state-still", "A peace treaty between Tokyo and Moscow has still not been concluded.", "statement"),
    Row(
        "state-law", "In Oregon, driving with an expired licence is a Class B traffic violation.", "statement"
    ),
    Row(
        "considering",
        "Berlin is considering a loan of 2 billion euros to the Moldovan government.",
        "statement",
    ),
    Row("preparing", "The Norwegian broadcaster NRK is preparing to open a bureau in Kyiv.", "statement"),
    # Scheduled future events: a prediction.
    Row("future-will", "The Brazilian foreign minister will travel to Beijing in early May.", "prediction"),
    Row(
        "future-going-to",
        "The Czech prime minister is going to attend the summit in Bratislava.",
        "prediction",
    ),
    Row(
        "future-plans-to",
        "The Estonian army is set to receive six more HIMARS launchers next year.",
        "prediction",
    ),
    Row(
        "future-scheduled",
        "The Senate Finance Committee is scheduled to vote on the nomination Tuesday.",
        "prediction",
    ),
    Row("future-is-expected", "The zloty is expected to weaken by 3 percent in June.", "prediction"),
    Row("future-equip", "Paris will supply Warsaw with new air defence radars.", "prediction"),
    # Evaluative words do not hide a fact that can be looked up.
    Row(
        "evaluative-anchored",
        "Ireland suffered a disappointing fifth-place finish in the Six Nations.",
        "statement",
    ),
    Row(
        "quoted-judgement",
        "Officers seized what Mayor Karen Bass called “reckless” fireworks at 14 sites.",
        "statement",
    ),
    Row(
        "stance-adverb-event",
        "Ironically, the Kenyan ruling prompted a wave of appeals in 2019.",
        "statement",
    ),
    Row(
        "wh-statement", "What followed was a 14-hour standoff at the Slovenian border crossing.", "statement"
    ),
    Row(
        "could-not",
        "However, the ministry could not explain why the Gdansk contract was cancelled.",
        "statement",
    ),
    Row("think-tank", "Mr. Kowalski later joined Chatham House, a think tank in London.", "statement"),
    # The writer's own "expected a" reports a past mood (a speaker's "he expected a cut" is a forecast).
    Row(
        "no-one-expected-a", "No one expected a 90-minute debate in Vilnius on the 2019 budget.", "statement"
    ),
    # Finds, seizures, accidents and rescues are events with no name or number needed.
    Row("unearthed", "Researchers unearthed flower-themed murals within the tomb.", "statement"),
    Row(
        "intercepted-and-rescued", "Nigerian vessels intercepted that ship and rescued its crew.", "statement"
    ),
    Row("capsized", "The overloaded ferry capsized in the river late at night.", "statement"),
]

COMMENTARY = [
    # Judgements of people and things.
    Row("evaluative", "Margrethe Vestager is a remarkably tenacious and formidable Danish regulator.", None),
    Row("good-news", "Here is some genuinely good news for farmers in the Po valley.", None),
    Row(
        "importance", "Cooperation between Seoul and Canberra is crucial for the whole Pacific region.", None
    ),
    Row("name-calling", "The Kremlin's hypocrites in the Duma pretend the sanctions hurt nobody.", None),
    # Subjective and modal frames.
    Row("it-is-obvious", "It is obvious that the European Union needs a common asylum policy.", None),
    Row("it-is-likely", "It is likely that Ankara and Cairo will soon restore full diplomatic ties.", None),
    Row(
        "difficult-imagine",
        "However, it is difficult to imagine a trade deal between Caracas and Washington.",
        None,
    ),
    Row("one-can-hardly", "One can hardly expect Budapest to change course before the election.", None),
    Row("seems", "The mood in Belgrade seems to have shifted against the government.", None),
    Row("impersonal-adverb", "It is now abundantly clear that Lisbon has lost patience with Brussels.", None),
    Row("expected-that", "It is widely expected that Mexico City will raise interest rates again.", None),
    Row("should", "Canada should reconsider its position on Arctic drilling.", None),
    Row("must-in-the-main-clause", "The government must pay $22 million to the victims by Friday.", None),
    Row("might", "The Bolivian lithium deal might collapse under pressure from the unions.", None),
    Row("opportunity", "Now Vietnam has an opportunity to become Asia's next manufacturing hub.", None),
    # Conditions and hypotheses.
    Row("if-will", "If the ceasefire holds, Armenia and Azerbaijan will sign a treaty in Prague.", None),
    Row("but-if", "But if Ottawa raises tariffs, Washington would respond within days.", None),
    Row("inverted", "Had the referendum passed, Scotland would now be negotiating with Brussels.", None),
    # The writer talking about the text or to the reader.
    Row("referred-here", "What is being referred to here is Chinese pressure on the Philippines.", None),
    Row("in-other-words", "In other words, Madrid is not going to give up on Gibraltar.", None),
    Row("gloss", "Those “technical issues” mean specifically a dispute over gas prices with Sofia.", None),
    Row("thats-why", "That's why the Lithuanian farmers are so angry about the grain imports.", None),
    Row("imperative", "Consider the case of Portugal, which cut its deficit without riots.", None),
    Row("boilerplate", "Follow Maria Santos on Twitter for updates from Manila.", None),
    Row("no-comment", "The Hungarian embassy did not immediately respond to a request for comment.", None),
    # Minds read by the writer, questions, exclamations.
    Row("mental-state", "Warsaw does not want German influence over its energy policy.", None),
    Row("question", "Will Athens finally pay back the loans from Frankfurt?", None),
    Row("question-full-stop", "Why did the Slovak government wait until May to act.", None),
    Row("exclamation", "What a night for the Ukrainian team in Rotterdam!", None),
    Row("first-person", "We think the Dutch government has misjudged the farmers.", None),
    # (a "with" clause closing the sentence spares no modal of the main clause)
    Row(
        "modal-before-a-with-clause",
        "The Westmere port authority may raise its fees again, with shippers divided on the timing.",
        None,
    ),
]


def _unattributed(text: str) -> list[str]:
    return [c.kind for c in parse_article(text).claims if c.speaker is None]


@pytest.mark.parametrize("row", CHECKABLE + COMMENTARY, ids=lambda r: r.label)
def test_checkable_or_commentary(row: Row) -> None:
    kinds = _unattributed(row.text)
    if row.kind is None:
        assert kinds == [], commentary(row.text, DEFAULT_RULES)
    else:
        assert kinds == [row.kind], commentary(row.text, DEFAULT_RULES)


def test_clauses_judged_one_by_one() -> None:
    text = (
        "Oslo is weighing a loan of $3 billion to Kyiv, in addition, it is likely that the Nordic "
        "states will follow with their own packages."
    )
    claims = [c for c in parse_article(text).claims if c.speaker is None]
    assert [c.text for c in claims] == ["Oslo is weighing a loan of $3 billion to Kyiv"]


def test_unattributed_claim_fields() -> None:
    text = "Russian Foreign Minister Sergei Lavrov will visit Tokyo in mid-April."
    (claim,) = parse_article(text, outlet="Sputnik").claims
    assert (claim.speaker, claim.cue, claim.quote, claim.kind) == (None, None, "none", "prediction")
    assert claim.outlet is not None
    assert claim.outlet.name == "Sputnik"


def test_the_tables_are_rules_a_user_extends() -> None:
    text = "The minister gave a characteristically bombastic speech in Riga."
    assert _unattributed(text) == ["statement"]
    rules = DEFAULT_RULES.extend(evaluative=("bombastic",))
    assert [c for c in parse_article(text, options=rules).claims if c.speaker is None] == []
    assert _unattributed(text) == ["statement"]


def test_speakers_words_are_not_the_writers() -> None:
    # After a reporting verb the modal is the speaker's: the sentence still reports what was said.
    assert commentary("Inspectors in Gdansk said the crane could collapse.", DEFAULT_RULES) is None
    assert commentary("Inspectors could say that the crane is sound.", DEFAULT_RULES) == "evaluative"
    assert commentary("But said that it would.", DEFAULT_RULES) is None  # nothing left before the cue


def test_hostile_clauses_make_no_quotation() -> None:
    # Judgement words among runs of unclosed quotation marks, in lower case so that no sentence ends: one
    # sentence, Warsaw's reported claim, no quotation of anyone. Its time per MB against ordinary text is
    # measured by benchmarks/bench_parse.py ("judgement words and runs of marks"), not here.
    words = " ".join(["it is", "“" * 50, "clearly", "if", "very"] * 15)
    text = "Warsaw said nothing. " + (words + ". ") * 2000
    claims = parse_article(text).claims
    assert [(c.speaker.name if c.speaker else None, c.quote) for c in claims] == [("Warsaw", "indirect")]


ATTRIBUTED_KINDS = [
    # The kind of an attributed claim: the cue first, then the content (`claimtrack.parse.kinds`).
    ("pledged", "The governor of Bavaria has pledged to cut the land tax by 10 percent.", "promise"),
    ("vowed", "The Latvian defence minister vowed to rebuild the Daugavpils depot.", "promise"),
    ("believes", "The coalition believes that the euro will be adopted without a referendum.", "opinion"),
    ("is-confident", "The chancellor is confident that the coalition will hold until 2029.", "opinion"),
    # (a body saying "it will" do something promises it, as readers label it; this row expected a
    # prediction while "statistics office" was misread as a document, which makes no promises)
    ("said-will", "The statistics office said it will publish the census in March.", "promise"),
    ("said-will-other", "The statistics office said prices will rise in March.", "prediction"),
    ("said-going-to", "Officials said the talks are going to resume in Geneva.", "prediction"),
    (
        "said-expects",
        "A spokesman said the president expects Congress to pass the bill in June.",
        "prediction",
    ),
    ("said-past", "The ministry said exports rose 4 percent in the third quarter.", "statement"),
    # a pledge in the first person after what the speaker states first, with no word of the future
    (
        "pledge-after-a-statement",
        "“The depot has served the town since 1950, and we intend to run it ourselves,” Jane Roe said.",
        "promise",
    ),
    (
        "no-pledge-in-the-first-person",
        "“The depot has served the town since 1950,” Jane Roe said.",
        "statement",
    ),
    # a question or a time inside the content: its future is not the content's
    (
        "embedded-where",
        "Tom Hale said the board has not chosen where the depot will be built.",
        "statement",
    ),
    ("embedded-when", "Jane Roe said the firm did not say when the plant would open.", "statement"),
    ("future-before-when", "Jane Roe said prices will rise when rates fall.", "prediction"),
    # the terms of a deal, stated as they stand
    (
        "terms-of-a-deal",
        "The ministry said under the contract, 40 ferries will be built at home by 2031.",
        "statement",
    ),
    # questions put in return: a doubt, not a forecast
    (
        "questions",
        "“Who will pay the drivers? Where will the buses be kept?” Tom Hale said.",
        "opinion",
    ),
    # The body a head speaks for, named by its noun: after a role naming it by its name and initials ("HR
    # Rail spokesperson"), an authority's administrator, an operator's director.
    (
        "firm-named-by-its-name",
        "HR Rail spokesperson Jane Roe said the company would keep the trains open overnight.",
        "promise",
    ),
    (
        "authority-by-its-administrator",
        "Canal Authority administrator Jane Roe said the authority would ask "
        "parliament to approve a new reservoir.",
        "promise",
    ),
    (
        "trust-by-its-chief-executive",
        "Jane Roe, chief executive of the Norvale Hospitals Trust, said the trust would open a new ward.",
        "promise",
    ),
    # a paper and its newsroom by the one who runs them; a station by its manager; a band by its chief; a
    # union by its organiser
    (
        "paper-by-its-publisher",
        "Publisher Tom Hale said the paper plans to add two reporters next year.",
        "promise",
    ),
    (
        "newsroom-by-its-editor",
        "Executive Editor Jane Roe said the newsroom would post more stories in the evening.",
        "promise",
    ),
    (
        "station-by-its-manager",
        "The station's manager, Jane Roe, said the station would hold its autumn appeal as planned.",
        "promise",
    ),
    (
        "band-by-its-chief",
        "Chief Tom Hale told reporters the band would keep its boats out whatever the ministry decides.",
        "promise",
    ),
    (
        "union-by-its-organiser",
        "Tom Hale, the HVN's northern organiser, said the union would call a vote on strike action.",
        "promise",
    ),
    (
        "federation-by-its-president",
        "Chess Westmere president Jane Roe said the federation would publish new rules for clubs.",
        "promise",
    ),
    (
        "a-firm-named-opening-the-role",
        "Norvex chief legal officer Jane Roe said Norvex will appeal the ruling within a month.",
        "promise",
    ),
    (
        "a-firm-named-by-its-economist",
        "Norvex chief economist Jane Roe said Norvex will post a loss this year.",
        "prediction",
    ),
    (
        "a-firm-forecast-with-predicted",
        "Norvex chief executive Jane Roe predicted Norvex would return to profit within a year.",
        "prediction",
    ),
    (
        "team-by-its-head",
        "Jane Roe, who leads the monitoring team, said her team would publish monthly reports.",
        "promise",
    ),
    (
        "county-by-its-executive",
        "Harbour county executive Jane Roe said the county would fast-track the new pipeline.",
        "promise",
    ),
    (
        "civic-body-by-its-commissioner",
        "Chief Commissioner Jane Roe said the civic body would complete the arterial roads by March.",
        "promise",
    ),
    (
        "operator-by-its-director",
        "Harbour Rail managing director Jane Roe said the operator would publish a revised timetable.",
        "promise",
    ),
    # A body's name of two words read as a person's calls itself "it": its own act, a promise; a
    # consequence ("result in") or a feeling after "at least" is no act.
    ("it-of-a-two-word-body", "Harbour Water said it would cut supply to the city by 30 percent.", "promise"),
    # a country's postal service is a body, no paper: its "it" is its own act
    ("it-of-a-postal-service", "Japan Post said it would shut 40 sorting offices next year.", "promise"),
    # an intent after one adverb: "also intends to"
    (
        "it-also-intends",
        "Norvex Holdings said it also plans to reopen the Westmere mill.",
        "promise",
    ),
    # a body's second verb joined by "and": its own future act; not after a clause of another subject
    (
        "it-and-would",
        "The prosecution service said it accepted the ruling and would decide on a retrial next month.",
        "promise",
    ),
    (
        "we-and-will",
        "“We have funded more sitting days and will set out further reforms,” the ministry said.",
        "promise",
    ),
    (
        "offered-by-an-official",
        "Chief health officer Jane Roe said free booster doses would be offered to students.",
        "promise",
    ),
    ("offered-by-a-critic", "Jane Roe said free booster doses would be offered to students.", "prediction"),
    ("his-client-would", "The lawyer said his client would appeal the conviction.", "promise"),
    # the body the speaker heads or works in, by a possessive; the police, by one whose role names them
    (
        "her-office-would",
        "Data Commissioner Jane Roe said her office would ask Parliament to act.",
        "promise",
    ),
    (
        "the-police-would",
        "Police Minister Jane Roe said the police would deploy 1,500 more officers.",
        "promise",
    ),
    ("the-police-by-another", "Jane Roe said the police would deploy 1,500 more officers.", "prediction"),
    (
        "members-the-body-is-named-for",
        "The National Association of Harbour Students said students would not fold their arms.",
        "promise",
    ),
    ("members-of-another-body", "The Harbour Council said students would fold their arms.", "prediction"),
    (
        "it-that-and-would",
        "The prosecution service said it feared that prices would rise and would hurt buyers.",
        "prediction",
    ),
    ("it-will-result-in", "Jane Roe said it will result in job losses across the county.", "prediction"),
    ("it-will-at-least-feel", "Jane Roe said it will at least feel like a fair contest.", "prediction"),
    # A speaker's own words saying what something is, with no figure, judge it; a figure, a verb of
    # doing or reported speech keeps a statement.
    ("quoted-being", "“This is not a negotiation, it's a shakedown,” the union leader said.", "opinion"),
    (
        "quoted-being-with-a-figure",
        "“Our reservoirs are at 14 percent,” the utility's chief said.",
        "statement",
    ),
    ("quoted-doing", "“We closed the line at dawn,” the operator's spokesman said.", "statement"),
    # (a level gone up or down is a state reported)
    ("quoted-being-up", "“Our fuel bills are up,” the ferry operator's owner said.", "statement"),
    ("reported-being", "The union leader said the offer is a shakedown.", "statement"),
    # Reported speech that quotes the speaker's words right after a verb of being quotes a judgement; a
    # quoted figure, a number in words or a state after the verb keeps a statement.
    (
        "reported-quoted-predicate",
        'The union leader said the offer was "a box of broken promises" for the drivers.',
        "opinion",
    ),
    ("reported-quoted-adjectives", "Jane Roe said the cuts were “painful but unavoidable”.", "opinion"),
    (  # a digit inside a name is no figure
        "reported-quoted-predicate-with-a-name-of-digits",
        "Jane Roe wrote that the deal was “a betrayal of every pledge made at the G7”.",
        "opinion",
    ),
    (
        "reported-quoted-estimate",
        'The port manager said the wait for a berth was "around two to three days".',
        "statement",
    ),
    (
        "reported-quoted-closed",
        'The police said the road was "closed to all traffic" until noon.',
        "statement",
    ),
    ("reported-quoted-state", "The minister said the talks were “still in progress”.", "statement"),
    ("reported-quoted-participle", 'The mayor said she was "troubled" by the footage.', "statement"),
    # A forecast in the passive is a prediction; "on track" alone is a judgement of progress, no forecast.
    ("said-projected", "The institute said output is projected to shrink by 2 percent.", "prediction"),
    ("said-forecast-to", "The bank said prices are forecast to ease in the spring.", "prediction"),
    ("said-on-course", "Pollsters said the Greens are on course to win the most seats.", "prediction"),
    ("said-on-track-alone", "The envoy said the border talks were on track.", "statement"),
    # Measured verdicts and feelings about what came are opinions.
    ("not-unreasonable", "The governor said hopes of a rate cut were not unreasonable.", "opinion"),
    (
        "imperative",
        "The official said it had become imperative for every state to join the scheme.",
        "opinion",
    ),
    ("made-sense", "Hu said the rules made sense when life expectancy was only 40 years.", "opinion"),
    ("not-good-for", "Hu said a low retirement age is not good for young people.", "opinion"),
    (
        "are-disappointed",
        "Bhattacharjya said they are disappointed that the council chose a 28 percent rate.",
        "opinion",
    ),
    # A commitment declared by the speaker or the speaker's own side is a promise.
    (
        "we-are-committed",
        "“We are committed to empowering women in the zone,” the ambassador said.",
        "promise",
    ),
    (
        "the-ministry-is-committed",
        "The minister said the ministry is committed to safeguarding fair markets.",
        "promise",
    ),
    # ... and so is a refusal declared
    (
        "it-has-no-intention-of",
        "The union says it has no intention of stopping industrial action despite the deadline.",
        "promise",
    ),
    (
        "we-have-no-intention-of",
        "“We have no intention of stopping our protected industrial action,” the secretary said.",
        "promise",
    ),
    # A guess about what was foresees nothing; an expectation in the progressive does.
    (
        "likely-to-have-been",
        "The source said the accident is likely to have been caused by mechanical damage to a fitting.",
        "statement",
    ),
    (
        "could-also-have-been",
        "The source said the accident could also have been caused by a faulty fixture on a car.",
        "statement",
    ),
    ("im-expecting", "“I'm expecting a constructive meeting,” the union leader said.", "prediction"),
    ("a-welcome-fall", "The minister said the figures showed a welcome fall in prices.", "opinion"),
    ("is-key-to", "The treasurer said steady spending is key to keeping jobs.", "opinion"),
    (
        "expressed-satisfaction",
        "The report said the premier expressed satisfaction with the harvest.",
        "opinion",
    ),
    ("was-encouraged-by", "The mayor said she was encouraged by the drop in crime.", "opinion"),
    ("was-disappointed", "The coach said he was disappointed with the result.", "opinion"),
    # a feeling declared in the first person
    ("i-feel-sad", "“I feel sad for the crew,” Tom Hale said.", "opinion"),
    ("we-are-devastated", "“We are devastated by the closure,” Jane Roe said.", "opinion"),
    ("a-welcome-address", "The embassy said the consul gave a welcome address.", "statement"),
    ("was-surprised-by", "The senator said he was surprised by the ruling.", "opinion"),
    ("it-is-disappointing", "The union said it is disappointing that the mill will close.", "opinion"),
    ("would-be-detrimental", "The mayor said the levy would be detrimental to small shops.", "opinion"),
    # A lesson drawn from what happened, a meaning read into an act, a charge of failure or strain, and
    # welcome, regret and worry declared are the speaker's view.
    ("showed-that", "Jane Roe said the flooding showed that the drains had been neglected.", "opinion"),
    ("proves-that", "The chief said the result proves that the reforms work.", "opinion"),
    ("sends-a-clear-message", "The unit said the fine sends a clear message to every landlord.", "opinion"),
    (
        "a-damning-indictment",
        "The union said the audit was a damning verdict on the scheme.",
        "opinion",
    ),
    ("systemic-failings", "The charity said the inquiry found systemic failings at the trust.", "opinion"),
    ("at-breaking-point", "The association said nurses on the ward were at breaking point.", "opinion"),
    ("welcomed-the", "The association said it welcomed the decision to reopen the wards.", "opinion"),
    ("regrets", "The office said it regrets the decision.", "opinion"),
    ("deeply-concerned", "The office said it was deeply concerned about the shootings.", "opinion"),
    # a feeling declared with its degree, anger, thanks, sadness; a service judged in crisis
    ("very-disappointed", "The councillor said she was very disappointed by the vote.", "opinion"),
    ("were-angry", "Tom Hale said the tenants were angry at the landlord.", "opinion"),
    ("is-thankful-that", "The group said it is thankful that the cardinal resigned.", "opinion"),
    ("was-frustrating", "The minister said the delay was frustrating.", "opinion"),
    (
        "a-source-of-sadness",
        "Jane Roe said the closure was a source of sadness for the village.",
        "opinion",
    ),
    # a course of action judged wrong; a counterfactual about the past is no forecast, "would have to" is
    ("would-be-a-mistake", "The mayor said it would be a mistake to sell the ferry.", "opinion"),
    (
        "would-not-have-been",
        "The chief said the firm would not have been fined under the old rules.",
        "statement",
    ),
    ("would-have-to", "The chief said the council would have to raise the levy.", "prediction"),
    ("is-in-crisis", "The psychiatrist said the service is in crisis.", "opinion"),
    ("angry-crowds", "The police said angry crowds gathered at the gates.", "statement"),
    (
        "as-far-as-concerned",
        "The minister said nothing had changed as far as the banks were concerned.",
        "statement",
    ),
    ("welcomed-the-delegation-at-the-door", "The mayor said she welcomed guests at the door.", "statement"),
    # A governor's state and a premier's province are their own side; a body named by its kind calls
    # itself "it": their word, a promise.
    ("the-state-would", "Governor Jane Roe said the state would open two more shelters.", "promise"),
    ("the-province-will", "Premier Jane Roe said the province will repair the bridge by June.", "promise"),
    ("the-airline-it-would", "The airline said it would refund every passenger.", "promise"),
    ("the-company-it-would-be", "The company said it would be difficult to meet the target.", "prediction"),
    # A firm called by its trade, and "it", said by the one who heads it; "the organization" said by a
    # body: their word. Not so for one whose role is knowing a field, nor the weather's "it".
    (
        "the-carrier-would",
        "Jane Roe, the airline's chief executive, said the carrier would add two routes.",
        "promise",
    ),
    (
        "the-organization-would",
        "The farm bureau said the organization would press lawmakers for aid.",
        "promise",
    ),
    ("it-would-said-by-its-chief", "Chief executive Jane Roe said it would close two plants.", "promise"),
    (
        "the-bank-would-said-by-its-economist",
        "The bank's chief economist Jane Roe said the bank would cut rates.",
        "prediction",
    ),
    ("it-would-rain", "Chief executive Jane Roe said it would rain all week.", "prediction"),
    # A union's secretary speaks for the union though the role names it by initials; one word may describe
    # a headed body, unless it makes it a rival.
    (
        "the-union-would-said-by-its-secretary",
        "Jane Roe, the HTU general secretary, said the union would widen the strike.",
        "promise",
    ),
    (
        "the-union-would-said-by-a-cabinet-secretary",
        "Jane Roe, the Labour Cabinet Secretary, said the union would widen the strike.",
        "prediction",
    ),
    (
        "the-described-authority-would",
        "Jane Roe, the HPA spokesperson, said the prosecuting authority would review the file.",
        "promise",
    ),
    (
        "the-rival-carrier-would",
        "Jane Roe, the airline's chief executive, said the rival carrier would add two routes.",
        "prediction",
    ),
    (
        "it-would-said-by-a-president",
        "President Jane Roe said it would tell the story of the city.",
        "prediction",
    ),
    # A court's ruling is the record of what it decided, though its words judge.
    (
        "ruled-that-unfair",
        "The appeal court ruled that the hearing had been unfair to the defence.",
        "statement",
    ),
    # Not a lesson drawn: evidence reported, an aim, a noun; nor an apology or a greeting.
    ("polls-show-that", "Jane Roe said polls show that voters are split on the levy.", "statement"),
    ("to-show-that", "Jane Roe said she filed the complaint to show that the ledger was sound.", "statement"),
    ("a-show-that", "Jane Roe said a show that toured the region had closed.", "statement"),
    ("regretted-her-remarks", "The judge said he regretted his outburst.", "statement"),
    ("welcomed-a-guest", "Jane Roe said he welcomed the visiting mayor to the club.", "statement"),
    # A forecast shifted back in reported speech.
    ("was-likely-to", "Officials said the toll was likely to rise overnight.", "prediction"),
    ("said-think-tank", "Petrov said the think tank had closed its Minsk office.", "statement"),
    (
        "we-will",
        "“We will open the border crossing on Monday,” the Moldovan interior minister said.",
        "promise",
    ),
]


@pytest.mark.parametrize(
    ("text", "kind"), [r[1:] for r in ATTRIBUTED_KINDS], ids=[r[0] for r in ATTRIBUTED_KINDS]
)
def test_attributed_kinds(text: str, kind: str) -> None:
    kinds = [c.kind for c in parse_article(text).claims if c.speaker is not None]
    assert kinds == [kind]
