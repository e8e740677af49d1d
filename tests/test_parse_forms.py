"""Attribution forms: one row per form the issue lists, each a sentence as news agencies write them.

Each row: a label (the pytest id), the text, and the one attributed claim expected in it as
(speaker name, cue text, content, quote, kind). Content is compared exactly.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from claimtrack.model import join_spans
from claimtrack.parse import parse_article


class Row(NamedTuple):
    label: str
    text: str
    speaker: str
    cue: str
    content: str
    quote: str = "indirect"
    kind: str = "statement"


FORMS = [
    Row("said-that", "Igor Morgulov said that Moscow would not accept any conditions.",
        "Igor Morgulov", "said", "Moscow would not accept any conditions", kind="prediction"),
    Row("said-bare", "Sergei Lavrov said the talks had been constructive.",
        "Sergei Lavrov", "said", "the talks had been constructive"),
    Row("said-on-day-that", "Angela Merkel said on Tuesday that the deal was finished.",
        "Angela Merkel", "said", "the deal was finished"),
    Row("time-phrase-before-cue",
        "RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.",
        "Sean Spicer", "said", "the party was not in a crisis"),
    Row("last-week-before-cue", "Senator Dianne Feinstein last week said the emails were not classified.",
        "Dianne Feinstein", "said", "the emails were not classified"),
    Row("opening-phrase-then-said-possessive",
        "In the deposition, Mr. Trump said his net worth could change with his feelings.",
        "Trump", "said", "his net worth could change with his feelings"),
    Row("subordinate-clause-said",
        "While Ramos said that journalists cannot have any political affiliation, he appears uneasy.",
        "Ramos", "said", "journalists cannot have any political affiliation"),
    Row("promised-day-place-to",
        "Sanders promised Sunday at a Las Vegas rally to end the deportation program.",
        "Sanders", "promised", "to end the deportation program", kind="promise"),
    Row("said-on-outlet-pronoun-clause", "Trump said on CNN he would win the state.",
        "Trump", "said", "he would win the state", kind="prediction"),
    Row("participle-day-pronoun-clause",
        "Donald Trump joined the gun debate, announcing on Wednesday he would meet the NRA.",
        "Donald Trump", "announcing", "he would meet the NRA", kind="prediction"),
    Row("quote-x-who-clause-told",
        "“Superdelegates ought not to sway the election,” Warren, who has not endorsed anyone, told CNN.",
        "Warren", "told", "Superdelegates ought not to sway the election", quote="direct"),
    Row("quote-this-source-told", "“The staff does not like him,” this source told Breitbart News.",
        "source", "told", "The staff does not like him", quote="direct"),
    Row("researchers-found-that",
        "The authors found that voters in districts hit by imports chose more extreme lawmakers.",
        "The authors", "found", "voters in districts hit by imports chose more extreme lawmakers"),
    Row("report-found-quote",
        "A 2014 House Intelligence Committee report found “no evidence of a stand-down order.”",
        "A 2014 House Intelligence Committee report", "found", "no evidence of a stand-down order",
        quote="direct"),
    Row("sentence-adverb-is-no-name",
        "Essentially, the lawyers read the e-mails and found that one sender had a state account.",
        "the lawyers", "found", "one sender had a state account"),
    Row("quoted-as-saying",
        "Russian Foreign Minister Sergei Lavrov was quoted as saying that Moscow would respond.",
        "Sergei Lavrov", "quoted as saying", "Moscow would respond", kind="prediction"),
    Row("quote-document-reads", "“All options remain on the table,” the statement reads.",
        "the statement", "reads", "All options remain on the table", quote="direct"),
    Row("in-his-words", "In his words, the West is trying to drag Russia into an arms race.",
        "he", "In his words", "the West is trying to drag Russia into an arms race"),
    Row("in-the-words-of",
        "In the words of Foreign Minister Sergei Lavrov, the West is trying to start an arms race.",
        "Sergei Lavrov", "In the words of", "the West is trying to start an arms race"),
    Row("inverted-said-colon", "Said Ellis: “I don’t get the sense she’s interested in tax reform.”",
        "Ellis", "Said", "I don’t get the sense she’s interested in tax reform", quote="direct"),
    Row("reported-citing-a-source-that",
        "Sputnik reported, citing a source in the ministry, that the delegation arrived on Monday.",
        "Sputnik", "reported", "the delegation arrived on Monday"),
    Row("expect-object-to",
        "Analysts expect the central bank to raise rates again in June.",
        "Analysts", "expect", "the central bank to raise rates again in June", kind="prediction"),
    Row("economists-expect",  # an unattributed prediction until "expect" took its subject as the source
        "Economists at ING expect the zloty to weaken by 3 percent in June.",
        "Economists at ING", "expect", "the zloty to weaken by 3 percent in June", kind="prediction"),
    Row("reported-citing-sources",
        "The government is considering new sanctions, Kyodo News reported, citing government sources.",
        "Kyodo News", "reported", "The government is considering new sanctions"),
    Row("bracketed-party-then-apposition",
        "Rep. Elijah Cummings (D-Md.), chair of the platform committee, said Clinton did not look worried.",
        "Elijah Cummings", "said", "Clinton did not look worried"),
    Row("quote-described-then-named-told-show",
        "''He deserved it,'' the assailant, John McGraw, told the program ''Inside Edition'' on Friday.",
        "John McGraw", "told", "He deserved it", quote="direct"),
    Row("quote-sentence-then-x-said",
        "“I hope you are able to find the 30,000 emails that are missing.” Trump said.",
        "Trump", "said", "I hope you are able to find the 30,000 emails that are missing", quote="direct"),
    Row("quote-signed-with-dash",
        "“During the debate Trump said Hispanics live in hell.” ― Pamela Padilla\n",
        "Pamela Padilla", "―", "During the debate Trump said Hispanics live in hell", quote="direct"),
    Row("cue-then-whole-quoted-sentences",
        "Trump declared “I think NATO may be obsolete. Things are different now.”",
        "Trump", "declared", "I think NATO may be obsolete. Things are different now", quote="direct",
        kind="opinion"),
    Row("mixed-quote-opens-the-content", "Trump said “we will win” and the polls were wrong.",
        "Trump", "said", "“we will win” and the polls were wrong", quote="mixed", kind="prediction"),
    Row("two-names-both-stressed", "But Richards and Menendez both stressed that it was not all bad news.",
        "Richards and Menendez", "stressed", "it was not all bad news"),
    Row("contracted-has-said", "He's said he gets his ideas about monetary policy from a novel.",
        "He", "said", "he gets his ideas about monetary policy from a novel"),
    Row("inverted-speaker-with-apposition",
        "The paradox of Nancy, says Carl Anthony, historian at the library, is that she was powerful.",
        "Carl Anthony", "says", "The paradox of Nancy is that she was powerful"),
    Row("denied-a-noun-phrase", "The government in Riyadh has vigorously denied any role in the attacks.",
        "The government in Riyadh", "denied", "any role in the attacks"),
    Row("two-plural-nouns-contend",
        "And that, economists and investors contend, is why Germany was so adamant.",
        "economists and investors", "contend", "And that is why Germany was so adamant"),
    Row("warning-addressee-that",
        "Health insurers are privately warning brokers that premiums could increase sharply next year.",
        "Health insurers", "warning", "premiums could increase sharply next year"),
    Row("said-np-with-relative-that", "He said the plan that failed was bad for the city.",
        "He", "said", "the plan that failed was bad for the city"),
    Row("and-inside-a-body-name",
        "The Department of Health and Human Services says that the law will make coverage cheaper.",
        "The Department of Health and Human Services", "says", "the law will make coverage cheaper",
        kind="prediction"),
    Row("as-x-put-it", "As Peskov put it, the Kremlin has no plans to change course.",
        "Peskov", "put it", "the Kremlin has no plans to change course", kind="prediction"),
    Row("quote-said-x-apposition-role",
        "“The market is oversupplied already,” said Ivan Petrov, an analyst at VTB Capital.",
        "Ivan Petrov", "said", "The market is oversupplied already", quote="direct"),
    Row("parenthetical-told-her", "The desks, he sternly told her, were for senators only.",
        "he", "told", "The desks were for senators only"),
    Row("parenthetical-even-x-say",
        "Just as important, even male senators say, is the potential the women hold for change.",
        "male senators", "say", "Just as important is the potential the women hold for change"),
    Row("reported-clause-then-quoted-phrase",
        "Mr Erdogan's office said he had accepted the apology, “in the name of the Turkish people”.",
        "Mr Erdogan's office", "said", "he had accepted the apology, “in the name of the Turkish people”",
        quote="mixed"),
    Row("said-about-a-quantity",
        "The budget office said about half of the adjustment reflected revenue losses.",
        "The budget office", "said", "about half of the adjustment reflected revenue losses"),
    Row("body-with-an-aside-has-said",
        "The Obama administration, in an effort to help workers, has said it would widen overtime pay.",
        "The Obama administration", "said", "it would widen overtime pay", kind="prediction"),
    Row("document-posted-on-said",
        "A statement posted on the website GunBroker.com said listings are generated by users.",
        "A statement posted on the website GunBroker.com", "said", "listings are generated by users"),
    Row("content-comma-x-said",
        "The economy grew by 3 percent last year, Finance Minister Anton Siluanov said.",
        "Anton Siluanov", "said", "The economy grew by 3 percent last year"),
    Row("content-comma-said-x",
        "The economy grew by 3 percent last year, said Finance Minister Anton Siluanov.",
        "Anton Siluanov", "said", "The economy grew by 3 percent last year"),
    Row("content-pronoun-said", "Prices will fall in the spring, he said.",
        "he", "said", "Prices will fall in the spring", kind="prediction"),
    Row("quote-x-told-outlet",
        "“Our position has not changed,” Morgulov told RIA Novosti.",
        "Morgulov", "told", "Our position has not changed", "direct"),
    Row("quote-said-x", "“The border is closed,” said Interior Minister Arsen Avakov.",
        "Arsen Avakov", "said", "The border is closed", "direct"),
    Row("quote-split", "“The border is closed,” Avakov said, “and it will stay closed until May.”",
        "Avakov", "said", "The border is closed and it will stay closed until May", "direct", "prediction"),
    Row("x-said-colon-quote", "Avakov said: “The border is closed to all traffic.”",
        "Avakov", "said", "The border is closed to all traffic", "direct"),
    Row("according-to-leading", "According to the health ministry, 40 people were injured in the blast.",
        "the health ministry", "According to", "40 people were injured in the blast"),
    Row("according-to-trailing", "Forty people were injured in the blast, according to the health ministry.",
        "the health ministry", "according to", "Forty people were injured in the blast"),
    Row("apposition-declared",
        "Iran's supreme leader, Ali Khamenei, has openly declared that Iran is not ready to make deals.",
        "Ali Khamenei", "declared", "Iran is not ready to make deals"),
    Row("apposition-after-name",
        "Ali Khamenei, Iran's supreme leader, said the sanctions had failed.",
        "Ali Khamenei", "said", "the sanctions had failed"),
    Row("role-pledged",
        "Japanese Foreign Minister Fumio Kishida has pledged to continue negotiations with Russia.",
        "Fumio Kishida", "pledged", "to continue negotiations with Russia", kind="promise"),
    Row("believes", "The leadership of Japan firmly believes that Moscow is a key partner.",
        "The leadership of Japan", "believes", "Moscow is a key partner", kind="opinion"),
    Row("is-confident", "The Japanese authorities are confident that the threat can be defeated.",
        "The Japanese authorities", "are confident", "the threat can be defeated", kind="opinion"),
    Row("capital-believes", "Moscow believes the sanctions are illegal.",
        "Moscow", "believes", "the sanctions are illegal", kind="opinion"),
    Row("publication-wrote-about",
        "The British publication OILPRICE.com wrote about how relations will develop after the sanctions.",
        "OILPRICE.com", "wrote about", "how relations will develop after the sanctions"),
    Row("predicted", "The central bank predicted that inflation would slow to 4 percent.",
        "The central bank", "predicted", "inflation would slow to 4 percent", kind="prediction"),
    Row("vowed", "Mayor Sadiq Khan vowed to build 10,000 new homes.",
        "Sadiq Khan", "vowed", "to build 10,000 new homes", kind="promise"),
    Row("mixed-quote", "Trump said the deal was “the worst ever negotiated” by the United States.",
        "Trump", "said", "the deal was “the worst ever negotiated” by the United States", "mixed"),
    Row("anonymous-officials", "Officials said the plant would reopen next week.",
        "Officials", "said", "the plant would reopen next week", kind="prediction"),
    Row("saying-participle", "Senator Bernie Sanders left the meeting early, saying it would hurt workers.",
        "Bernie Sanders", "saying", "it would hurt workers", kind="prediction"),
    Row("asked-whether", "Reporters asked whether the president would sign the bill.",
        "Reporters", "asked", "whether the president would sign the bill", kind="prediction"),
    Row("headline-colon", "Merkel: Europe must take its fate into its own hands",
        "Merkel", ":", "Europe must take its fate into its own hands", kind="opinion"),
    Row("promise-first-person", "“We will build a wall,” Trump said.",
        "Trump", "said", "We will build a wall", "direct", "promise"),
    Row("opinion-marker", "Lavrov said it is important to restore dialogue.",
        "Lavrov", "said", "it is important to restore dialogue", kind="opinion"),
    Row("who-relative", "Voters who say the economy is weak tend to back the challenger.",
        "Voters", "say", "the economy is weak tend to back the challenger"),
    Row("any-verb-that", "Clinton acknowledged that the emails had been a mistake.",
        "Clinton", "acknowledged", "the emails had been a mistake"),
    Row("unlisted-verb-that", "The governor lamented that the rules were rigged against him.",
        "The governor", "lamented", "the rules were rigged against him"),
    Row("survey-share", "Forty-two percent said they would vote for the incumbent.",
        "Forty-two percent", "said", "they would vote for the incumbent", kind="prediction"),
    Row("mid-sentence-attribution", "The plan, Smith said, would cost $2 billion.",
        "Smith", "said", "The plan would cost $2 billion", kind="prediction"),
    Row("quote-paragraph-after-attribution",
        "“The border is closed,” Avakov said.\n\n“No one will cross it.”",
        "Avakov", "said", "The border is closed No one will cross it", "direct", "prediction"),
    Row("quote-continued-next-paragraph",
        "“The border is closed,” Avakov said. “It will stay closed.\n\n“No one will cross it.”",
        "Avakov", "said", "The border is closed It will stay closed No one will cross it", "direct",
        "prediction"),
    Row("long-apposition-relative",
        "County Executive Maria Lopez, who also serves as a board member of the regional transit union, "
        "said the contract had been signed in March.",
        "Maria Lopez", "said", "the contract had been signed in March"),
    Row("apposition-with-which",
        "Rabbi John Reed, head of the Ohio Baptist Council which represents about 300 churches, said "
        "his members were split on the vote.",
        "John Reed", "said", "his members were split on the vote"),
    Row("share-apposition-say", "A third of independents, 33%, say they would vote for a third party.",
        "A third of independents", "say", "they would vote for a third party", kind="prediction"),
    Row("at-least-half-say", "At least half of the voters in each state say the economy is the top issue.",
        "least half of the voters in each state", "say", "the economy is the top issue"),
    Row("relative-whose-say",
        "The county clerks whose offices were audited say the ballots were counted twice.",
        "The county clerks", "say", "the ballots were counted twice"),
    Row("described-source-says",
        "A person familiar with the planning for the Monday meeting says the donors will back the governor.",
        "A person familiar with the planning for the Monday meeting", "says",
        "the donors will back the governor", kind="prediction"),
    Row("quote-said-x-in-interview",
        "“We have no plan for the fall,” said Senate Majority Leader Ann Kerr (R-Ohio) in an interview.",
        "Ann Kerr", "said", "We have no plan for the fall", "direct"),
    Row("quote-said-described-x",
        "“Nobody ordered us to wait,” said the station chief known as Mike, speaking for the first time.",
        "the station chief", "said", "Nobody ordered us to wait", "direct"),
    Row("distributive-each-side", "Each side said the other would be to blame if the bill failed.",
        "Each side", "said", "the other would be to blame if the bill failed", kind="prediction"),
    Row("resident-role", "Dover resident Ellen Marsh said she had not decided how to vote.",
        "Ellen Marsh", "said", "she had not decided how to vote"),
    Row("even-subject", "Even the organizer of the march said the route was too narrow.",
        "the organizer of the march", "said", "the route was too narrow"),
    Row("plural-argue", "Campaign aides argue the delegate rules favor the front-runner.",
        "Campaign aides", "argue", "the delegate rules favor the front-runner"),
    Row("experts-suggest", "Legal experts suggest that the order could violate the First Amendment.",
        "Legal experts", "suggest", "the order could violate the First Amendment"),
    Row("voters-support", "Most young voters support background checks for all gun buyers.",
        "Most young voters", "support", "background checks for all gun buyers", kind="opinion"),
    Row("knows-that", "The senator knows that the votes are not there yet.",
        "The senator", "knows", "the votes are not there yet", kind="opinion"),
    Row("poll-with-description-shows",
        "A Marist College poll out this week shows the governor with a 6-point lead in the state.",
        "A Marist College poll out this week", "shows", "the governor with a 6-point lead in the state"),
    Row("survey-conducted-by-found",
        "A survey conducted by the state university found that most residents oppose the new tolls.",
        "A survey conducted by the state university", "found", "most residents oppose the new tolls"),
    Row("described-person", "Retired surgeon Alan Pike said the clinic would close in June.",
        "Alan Pike", "said", "the clinic would close in June", kind="prediction"),
    Row("quoted-words-end-reported-sentence",
        "The mayor admitted that the deal could be called “a sweetheart contract,” the Tribune reported.",
        "Tribune", "reported",
        "The mayor admitted that the deal could be called “a sweetheart contract,”", "mixed"),
    Row("as-outlet-reported",
        "The senator met the donors in Aspen last week, as the Denver Post reported on Sunday.",
        "the Denver Post", "reported", "The senator met the donors in Aspen last week"),
    Row("as-reported-by",
        "As reported by the Tribune, investigators found 40 boxes of records in the garage.",
        "Tribune", "reported", "investigators found 40 boxes of records in the garage"),
    Row("apposition-told-reporters-that",
        "One of her aides, Mark Little, told reporters that the senator would skip the vote.",
        "Mark Little", "told", "the senator would skip the vote", kind="prediction"),
    Row("apposition-said-that",
        "However, Ann Lee, vice president and general counsel for the company, said that the claims had "
        "no merit.",
        "Ann Lee", "said", "the claims had no merit"),
]  # fmt: skip


@pytest.mark.parametrize("row", [pytest.param(r, id=r.label) for r in FORMS])
def test_form(row: Row) -> None:
    article = parse_article(row.text)
    attributed = [c for c in article.claims if c.speaker is not None]
    assert len(attributed) == 1, [c.text for c in attributed]
    (claim,) = attributed
    assert claim.speaker is not None
    assert claim.cue is not None
    assert claim.speaker.name == row.speaker
    assert claim.cue.text == row.cue
    assert claim.text == row.content
    assert claim.quote == row.quote
    assert claim.kind == row.kind
    assert claim.text == join_spans(row.text, claim.spans)


def test_labels_are_unique() -> None:
    labels = [r.label for r in FORMS]
    assert len(labels) == len(set(labels))


NOT_CLAIMS = [
    pytest.param("The other states voting Tuesday are Ohio and Illinois.", id="states-is-a-noun"),
    pytest.param("The report was expected on Monday morning.", id="passive-expected"),
    pytest.param("Sanders continued a fierce contest in California.", id="continued-is-a-verb"),
    pytest.param("The added security brought controversy as well.", id="added-is-an-adjective"),
    pytest.param("Update: the story was changed to add a photo.", id="label-colon"),
    pytest.param("She thought about it for a long while.", id="thought-about"),
    pytest.param("Those “foreign factors” mean American posturing in Japan.", id="scare-quote"),
    pytest.param("She told reporters.", id="told-no-content"),
    pytest.param(
        "Think of the routines that John Elway often pulled in the final seconds.",
        id="imperative-opens-no-speaker",
    ),
    pytest.param(
        "The whole affair was “absurd.” His supporters seemed unperturbed.",
        id="scare-quote-then-short-sentence",
    ),
    pytest.param("In other words, the plan failed to pass the Senate.", id="in-other-words"),
    pytest.param("He read the report twice before the vote.", id="read-is-a-verb"),
    pytest.param(
        "Despite complaints that he is a quixotic crusader, Mr. Sanders has found ways to press his agenda.",
        id="despite-opens-no-speaker",
    ),
    pytest.param("Revealed: The Ten Donors Who Keep The Campaign Afloat", id="teaser-label-colon"),
    pytest.param("Ohio: Anne Baker, Carl Dunn, Eva Ford, Gus Hale, Ida Jones", id="list-of-names-colon"),
    pytest.param("The governor's support after the storm was welcome.", id="support-is-a-noun"),
    pytest.param(
        "Both candidates enjoyed strong majority support among young voters.", id="majority-support"
    ),
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_no_attribution(text: str) -> None:
    assert [c.text for c in parse_article(text).claims if c.speaker] == []


TWO_CLAIMS = [
    pytest.param("“We will win,” Trump said, adding that the polls were rigged.",
                 [("said", "We will win", "direct"), ("adding", "the polls were rigged", "indirect")],
                 id="quote-then-adding"),
    pytest.param("He said his attacks had given his campaign momentum and said that Trump did not represent "
                 "the party.",
                 [("said", "his attacks had given his campaign momentum", "indirect"),
                  ("said", "Trump did not represent the party", "indirect")],
                 id="and-said"),
    pytest.param("“Our own quote,” Trump said. “Theirs,” Clinton said.",
                 [("said", "Our own quote", "direct"), ("said", "Theirs", "direct")],
                 id="each-quote-its-own-speaker"),
    pytest.param("The plant will not reopen this year, a company spokesman said, adding that 300 jobs were "
                 "lost.",
                 [("said", "The plant will not reopen this year", "indirect"),
                  ("adding", "300 jobs were lost", "indirect")],
                 id="after-then-adding"),
    pytest.param("“We are ready for the fight,” Ms. Diaz said, referring to the budget talks in Albany.",
                 [("said", "We are ready for the fight", "direct"),
                  ("referring to", "the budget talks in Albany", "indirect")],
                 id="quote-then-referring-to"),
    pytest.param("The mayor said the vote should wait until spring, citing the cost of a special election.",
                 [("said", "the vote should wait until spring", "indirect"),
                  ("citing", "the cost of a special election", "indirect")],
                 id="said-then-citing"),
    pytest.param("Several candidates backed the plan, saying the cost was fair, though Ms. Fiorina said she "
                 "doubted voters would care.",
                 [("saying", "the cost was fair", "indirect"),
                  ("said", "she doubted voters would care", "indirect")],
                 id="though-another-speaker"),
    pytest.param("The mayor said the tax would pass; the council president said it would fail.",
                 [("said", "the tax would pass", "indirect"), ("said", "it would fail", "indirect")],
                 id="semicolon-another-speaker"),
    pytest.param("The mayor said the budget had been cut twice and said, “We cannot cut it again.”",
                 [("said", "the budget had been cut twice", "indirect"),
                  ("said", "We cannot cut it again", "direct")],
                 id="reported-then-quote"),
    pytest.param("“He stands for the middle class,” Anderson said, adding that Sanders is “the most "
                 "trustworthy of the candidates.”",
                 [("said", "He stands for the middle class", "direct"),
                  ("adding", "Sanders is “the most trustworthy of the candidates.”", "mixed")],
                 id="quote-then-adding-a-quote"),
    pytest.param("“They are not affiliated with the campaign,” she said, adding: “Mr. Trump is grateful.”",
                 [("said", "They are not affiliated with the campaign", "direct"),
                  ("adding", "Mr. Trump is grateful", "direct")],
                 id="quote-then-adding-colon-quote"),
    pytest.param("“Every time you say that,” Tester said, referring to the excuse, “you give ammunition to "
                 "them.”",
                 [("said", "Every time you say that you give ammunition to them", "direct"),
                  ("referring to", "the excuse", "indirect")],
                 id="quote-goes-on-after-an-adjunct"),
    pytest.param("While Comey has said that he makes recommendations, Lewandowski said he does not do them "
                 "publicly.",
                 [("said", "he makes recommendations", "indirect"),
                  ("said", "he does not do them publicly", "indirect")],
                 id="subordinate-clause-then-main-clause-speaker"),
    pytest.param("Proponents have urged Congress to keep the program, although they say some changes are "
                 "due.",
                 [("urged", "to keep the program", "indirect"), ("say", "some changes are due", "indirect")],
                 id="concessive-clause-speaker"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TWO_CLAIMS)
def test_two_claims(text: str, expected: list[tuple[str, str, str]]) -> None:
    claims = [c for c in parse_article(text).claims if c.cue]
    assert [(c.cue.text if c.cue else "", c.text, c.quote) for c in claims] == expected
