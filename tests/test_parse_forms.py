"""Attribution forms: one row per form the issue lists, each a sentence as news agencies write them.

Each row: a label (the pytest id), the text, and the one attributed claim expected in it as
(speaker name, cue text, content, quote, kind). Content is compared exactly.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from claimtrack.model import join_spans
from claimtrack.parse import parse_article
from claimtrack.rules import DEFAULT_RULES


class Row(NamedTuple):
    label: str
    text: str
    speaker: str
    cue: str
    content: str
    quote: str = "indirect"
    kind: str = "statement"


FORMS = [
    # An act's cue ("announced") before a clause whose subject pronoun is contracted with its verb, with
    # or without the day between: the clause is what was announced, the day when.
    Row("announced-a-contracted-pronoun", "The mayor announced she's closing the pool for the summer.",
        "The mayor", "announced", "she's closing the pool for the summer"),
    Row("announced-a-day-then-a-contracted-pronoun",
        "President Hale announced Friday he's taking Westmere out of the pact.", "Hale", "announced",
        "he's taking Westmere out of the pact"),
    Row("announced-a-day-then-a-pronoun",
        "The mayor announced Monday she will close the pool for the summer.", "The mayor", "announced",
        "she will close the pool for the summer", kind="promise"),
    # A participle after a comma that tells what a reported claim led to is the writer's, no more of the
    # content (and no claim of its own); inside a quotation it is the speaker's.
    Row("a-consequence-participle-ends-reported-speech",
        "Tom Hale said he could not back the plan, putting him at odds with his party.", "Tom Hale", "said",
        "he could not back the plan"),
    Row("a-consequence-participle-after-a-promise", "The firm said it would cut 500 jobs, sending its shares "
        "lower.", "The firm", "said", "it would cut 500 jobs", kind="promise"),
    Row("a-consequence-participle-inside-a-quotation",
        "“We will cut 500 jobs, sending a message to the market,” the firm said.", "the firm", "said",
        "We will cut 500 jobs, sending a message to the market", quote="direct", kind="promise"),
    # "this" and a plain noun that a verb follows, perhaps past an aside in commas, open the content's
    # clause: no pointer back at what was said before ("said this as ...") nor a time ("said this week").
    Row("said-this-noun-an-aside-then-its-verb",
        "The treasurer said this levy, despite objections, would make the harbour safer.",
        "The treasurer", "said", "this levy, despite objections, would make the harbour safer",
        kind="prediction"),
    # A person's "revealed" with a clause and no "that" reports, as "revealed that C" does.
    Row("revealed-a-clause-with-no-that", "Later, the minister revealed the state will shut the old ferry "
        "terminal.", "the minister", "revealed", "the state will shut the old ferry terminal",
        kind="promise"),
    # A quotation with no punctuation closing it, ending a lead right before a name and a cue, is the
    # object of a relative clause with no "that", no "“C,” X said": the sentence is the lead's claim.
    Row("a-quoted-object-of-a-relative-clause-before-a-name-and-cue",
        "Jane Roe vowed to deliver the “fresh start” Westmere First promised during its campaign.",
        "Jane Roe", "vowed", "to deliver the “fresh start” Westmere First promised during its campaign",
        quote="mixed", kind="promise"),
    # A writer's adjunct ("despite", "amid") after a closing cue, past its time's comma or its own comma,
    # is no content: "despite C2" tells the circumstances (it was no claim at all after the day's comma).
    Row("despite-after-the-days-comma", "The ferry talks must succeed, the minister said Tuesday, despite "
        "the council not having chosen a chair for the talks opening in March.", "the minister", "said",
        "The ferry talks must succeed", kind="opinion"),
    Row("despite-after-the-cues-comma", "The ferry talks must succeed, the minister said, despite the "
        "council not having chosen a chair for the talks opening in March.", "the minister", "said",
        "The ferry talks must succeed", kind="opinion"),
    # A relative clause closing the sentence whose content opens with a fronted phrase ends at the next
    # comma, not at the phrase's: ", who said that if C1, C2" ("if the budget passes" was the content).
    Row("a-relatives-content-opening-with-a-fronted-phrase", "He was supported by Tom Hale, who said that "
        "if the budget passes, the city will hire more police.", "Tom Hale", "said",
        "if the budget passes, the city will hire more police", kind="prediction"),
    Row("a-relative-aside-whose-content-opens-with-a-fronted-phrase", "Tom Hale, who said if the plan "
        "failed, he would quit, resigned on Monday.", "Tom Hale", "said", "if the plan failed, he would quit",
        kind="prediction"),
    # A school district is a body: its "it will" is its promise.
    Row("a-school-district-promises", "The district said it will close its schools on Friday.",
        "The district", "said", "it will close its schools on Friday", kind="promise"),
    # "then" after a comma joins a second verb to the sentence's subject, as "and" does.
    Row("a-job-offered-then-said", "Tom Hale thanked the crowd, then said he would stand again.",
        "Tom Hale", "said", "he would stand again", kind="promise"),
    # "though" with no pronoun and cue after it goes on in the content
    Row("though-not-by-much-stays", "Tom Hale said fares would rise, though not by much.", "Tom Hale", "said",
        "fares would rise, though not by much", kind="prediction"),
    # A comma right after a closing bracket ends the content as any comma does.
    Row("a-closing-bracket-then-the-comma-of-an-inverted-cue",
        "The commission is not trying to delay the results of the election (GE14), said its chairman Mohd "
        "Hashim Abdullah.", "Mohd Hashim Abdullah", "said",
        "The commission is not trying to delay the results of the election (GE14)"),
    # Agency copy's place of the saying, "here", after a closing cue and before a content.
    # "disclosed that", as Kenyan and Nigerian copy credits figures
    Row("disclosed-that", "She also disclosed that the government released only Sh101.78 billion of the sum.",
        "She", "also disclosed", "the government released only Sh101.78 billion of the sum"),
    # What an agency or a reporter learned, as Nigerian papers credit it; not a time after "that".
    Row("gathered-that", "NAN gathered that the incident happened between Katari and Rijana stations.",
        "NAN", "gathered that", "the incident happened between Katari and Rijana stations"),
    # After a closing cue, its day, then a measure of time after a comma: when, not more content.
    Row("reported-a-day-then-a-day-after",
        "Chinese authorities may revise the gaming rules, state media reported Saturday, a day after the "
        "announcement triggered a sell-off.", "state media", "reported",
        "Chinese authorities may revise the gaming rules", kind="prediction"),
    # A long title before the name after a closing comma, with initials in brackets inside it.
    Row("a-long-title-with-initials-then-the-name-said",
        "The industry will earn more in exports this year, Vice Chairman of the Vietnam Textile and Apparel "
        "Association (VITAS) Truong Van Cam said.", "Truong Van Cam", "said",
        "The industry will earn more in exports this year", kind="prediction"),
    # ... and a body's long name with its initials in brackets
    Row("a-long-body-name-with-initials-then-has-said",
        "The toll breaches the harbour charter, the Appeals Court of the Norvale Coastal Region "
        "(ACNCR) has said.", "the Appeals Court of the Norvale Coastal Region", "has said",
        "The toll breaches the harbour charter"),
    # A source described at length (eleven words, a place's name closing them) after a closing comma.
    Row("a-long-described-source-said",
        "Port operators should keep containers moving, an official with the largest port on the U.S. East "
        "Coast said Tuesday.", "an official with the largest port on the U.S. East Coast", "said",
        "Port operators should keep containers moving", kind="opinion"),
    # "by mobile phone" after an apposition's closing comma, a word naming the kind of means before it
    Row("said-by-mobile-phone-after-an-apposition",
        "The latest pay offer was poor, Tom Hale, president of the Norvale Union of Metalworkers, said by "
        "mobile phone.", "Tom Hale", "said", "The latest pay offer was poor"),
    Row("said-by-mobile-phone-that", "Tom Hale said by mobile phone that the offer had lapsed.",
        "Tom Hale", "said", "the offer had lapsed"),
    # "by phone": the means of the saying after a closing cue.
    Row("said-by-phone",
        "The agency has not approved the recall plan, Nam Taek-joo, the agency official, said by phone "
        "Thursday.", "Nam Taek-joo", "said", "The agency has not approved the recall plan"),
    Row("said-here-after-the-content",
        "OPEC countries have reached an agreement in principle, the Kuwaiti oil minister said here Tuesday.",
        "the Kuwaiti oil minister", "said", "OPEC countries have reached an agreement in principle"),
    Row("said-here-on-a-day-that",
        "The minister said here on Tuesday that OPEC had reached an agreement.", "The minister", "said",
        "OPEC had reached an agreement"),
    # A place after the one addressed opens no content; a clause after it may.
    Row("told-the-audience-at-a-place-that",
        "The senator told the audience at his fundraiser for veterans that he had spoken with the network.",
        "The senator", "told", "he had spoken with the network"),
    Row("ruled-out", "The chief election commissioner ruled out any scope of holding a fresh election.",
        "The chief election commissioner", "ruled out", "any scope of holding a fresh election"),
    Row("a-plain-rule-out", "The agency's president Tom Hale did not rule out a longer ban.",
        "Tom Hale", "did not rule out", "a longer ban"),
    Row("refused-to-rule-out", "The pilots' union refused to rule out more walkouts.",
        "The pilots' union", "refused to rule out", "more walkouts"),
    # An interview's medium after a closing cue, however long its name.
    Row("said-in-an-interview-with-a-long-medium-after-the-content",
        "Russia will hold large drills every five years, Defense Minister Sergei Shoigu said in an interview "
        "with the Rossiya-1 television channel on Sunday.", "Sergei Shoigu", "said",
        "Russia will hold large drills every five years", kind="prediction"),
    # What is coming, told in the past or by likelihood: a prediction; not a poll's comparison.
    Row("expected-to-in-the-past-is-a-prediction",
        "The minister told reporters he expected to present the harvest figures next week.", "The minister",
        "told", "he expected to present the harvest figures next week", kind="prediction"),
    Row("not-likely-to-is-a-prediction",
        "The mayor said the shortage wasn't likely to arrive before November.", "The mayor", "said",
        "the shortage wasn't likely to arrive before November", kind="prediction"),
    Row("imminent-is-a-prediction", "The chief executive said a new sponsor was imminent.",
        "The chief executive", "said", "a new sponsor was imminent", kind="prediction"),
    Row("more-likely-to-in-a-poll-is-no-prediction",
        "Two in three voters said they were more likely to back the mayor than last year.",
        "Two in three voters", "said", "they were more likely to back the mayor than last year"),
    # The body a speaker of rank speaks for, with "will" and an act of office: the speaker's promise.
    Row("the-city-will-allocate-is-the-mayors-promise",
        "Mayor John Tory said the city will allocate an additional $80 million to the transit commission.",
        "John Tory", "said", "the city will allocate an additional $80 million to the transit commission",
        kind="promise"),
    Row("the-city-will-face-is-the-mayors-forecast",
        "Mayor John Tory said the city will face a water shortage next year.", "John Tory", "said",
        "the city will face a water shortage next year", kind="prediction"),
    # The body the speaker's role names, or the speaker's own body by a possessive, with a future act.
    Row("the-union-would-not-call-off-is-its-leaders-promise",
        "The union's secretary general, John Okoth, said the union would not call off the strike.",
        "John Okoth", "said", "the union would not call off the strike", kind="promise"),
    Row("the-ministry-will-audit-is-its-secretarys-promise",
        "Peter Mwangi, the permanent secretary in the Ministry of Mining, said the ministry will also audit "
        "other firms.", "Peter Mwangi", "said", "the ministry will also audit other firms", kind="promise"),
    # The body named by the initials of the one in the role, at any level ("the federal government"), and
    # a firm's or an agency's own noun said by its head, whose role names no body.
    Row("initials-of-the-directors-board-are-its-promise",
        "Mary Tan, managing director of the Export Promotion Board, said EPB will continue to court "
        "investors.",
        "Mary Tan", "said", "EPB will continue to court investors", kind="promise"),
    Row("the-federal-government-will-is-the-prime-ministers-promise",
        "Prime Minister Ali Karim said the federal government will meet the state governments next week.",
        "Ali Karim", "said", "the federal government will meet the state governments next week",
        kind="promise"),
    Row("the-company-will-is-its-chief-executives-promise",
        "David Moore, the chief executive, said the company will make funds available to the staff.",
        "David Moore", "said", "the company will make funds available to the staff", kind="promise"),
    Row("the-company-will-said-by-a-unions-chief-is-a-forecast",
        "Jane Roe, the union's chief, said the company will make funds available to the staff.", "Jane Roe",
        "said", "the company will make funds available to the staff", kind="prediction"),
    Row("the-company-will-have-to-after-but-is-no-promise",
        "David Moore, the chief executive, said sales rose but the company will have to cut costs.",
        "David Moore", "said", "sales rose but the company will have to cut costs", kind="prediction"),
    # An act of office in a passive future: a promise said by one who holds a role, else a forecast.
    Row("will-be-asked-said-by-a-panels-chair-is-a-promise",
        "The panel's chairperson, Ravi Kumar, said locals will be asked to join the investigation.",
        "Ravi Kumar", "said", "locals will be asked to join the investigation", kind="promise"),
    Row("will-be-asked-said-by-no-office-is-a-forecast",
        "Ravi Kumar said locals will be asked to join the investigation.", "Ravi Kumar", "said",
        "locals will be asked to join the investigation", kind="prediction"),
    # An activity's start in an office's or a body's future: the date is theirs to set, so a promise; a
    # change foreseen ("begin to"), a start foreseen by one who knows a field or of another person, a
    # forecast.
    Row("will-begin-said-by-an-office-is-a-promise",
        "Jane Roe, the ministry's secretary of health, said the screening programme will start in March.",
        "Jane Roe", "said", "the screening programme will start in March", kind="promise"),
    Row("would-walk-out-said-by-a-union-is-a-promise",
        "The Harbour Dockers' Union said its members would walk out for three days next week.",
        "The Harbour Dockers' Union", "said", "its members would walk out for three days next week",
        kind="promise"),
    Row("would-begin-to-is-a-change-foreseen",
        "Jane Roe, the bank's governor, said prices would begin to ease next year.", "Jane Roe", "said",
        "prices would begin to ease next year", kind="prediction"),
    Row("will-start-said-by-an-economist-is-a-forecast",
        "Jane Roe, chief economist at Harbour Bank, said the recovery will start next spring.", "Jane Roe",
        "said", "the recovery will start next spring", kind="prediction"),
    Row("he-will-start-said-of-another-is-a-forecast",
        "Jane Roe, a party strategist, said he will start knocking on doors next week.", "Jane Roe", "said",
        "he will start knocking on doors next week", kind="prediction"),
    Row("the-results-that-will-be-announced-are-no-promise",
        "The commission's chairman, Ravi Kumar, said observers would question the results that will be "
        "announced.", "Ravi Kumar", "said", "observers would question the results that will be announced",
        kind="prediction"),
    # A fixed phrase of time opening the sentence with no comma is no part of the speaker.
    Row("at-the-time-then-the-speaker", "At the time the chief commissioner said the hearings had ended.",
        "the chief commissioner", "said", "the hearings had ended"),
    # The means a saying came by, between the cue and its content.
    # A judged or announced thing ends before the occasion after it (a preposition, an article and a scene
    # of `Rules.scenes`); not inside a clause, nor before a "that" the occasion leads to.
    Row("criticized-someone-during-a-meeting", "Tom Hale also criticized Jane Roe during a meeting on "
        "Friday in Westmere.", "Tom Hale", "also criticized", "Jane Roe", kind="opinion"),
    Row("praised-a-plan-at-a-news-conference", "Jane Roe praised the ferry plan at a news conference on "
        "Monday.", "Jane Roe", "praised", "the ferry plan", kind="opinion"),
    Row("expressed-a-feeling-in-an-interview-that", "Jane Roe expressed anger in an interview on "
        "Monday that the council had stalled.", "Jane Roe", "expressed",
        "anger in an interview on Monday that the council had stalled", kind="opinion"),
    Row("examples-in-a-field-are-no-occasion", "The defenders pointed to examples of copying in political "
        "speech.", "The defenders", "pointed to", "examples of copying in political speech"),
    # An estimate put as a noun phrase holding a figure, right after the cue (`Rules.figure_cues`).
    Row("estimated-a-figure", "Norvex estimated a $5 million loss at its Westmere yard.", "Norvex",
        "estimated", "a $5 million loss at its Westmere yard"),
    Row("estimated-a-thing-at-a-figure", "The port authority estimated the damage at $2 billion.",
        "The port authority", "estimated", "the damage at $2 billion"),
    # Reproof given in words, and an apology with what it is for: the object is the content.
    Row("chided-someone-for", "The regulator chided Norvex for not being open with its customers.",
        "The regulator", "chided", "Norvex for not being open with its customers", kind="opinion"),
    Row("rebuked-someone-for", "Jane Roe rebuked the minister for his remarks on the strike.", "Jane Roe",
        "rebuked", "the minister for his remarks on the strike", kind="opinion"),
    Row("apologised-for", "Westmere Telecom has apologised for a technical fault that cut off calls.",
        "Westmere Telecom", "has apologised for", "a technical fault that cut off calls"),
    # A thing pledged after a finite cue of promise: the object is the promise.
    Row("pledged-a-thing", "Transport Secretary Jane Roe pledged an independent inquiry into the accident.",
        "Jane Roe", "pledged", "an independent inquiry into the accident", kind="promise"),
    # ... and a thing pledged with no article, or one's own, before a "to" that opens no verb: the object,
    # not "to Europe"; a sum pledged; but "vowed on Sunday to cut" is still "to V"
    Row("vowed-a-bare-noun-then-to", "Jane Roe vowed loyalty to the harbour union.", "Jane Roe", "vowed",
        "loyalty to the harbour union", kind="promise"),
    Row("pledged-ones-own-then-to", "Tom Hale pledged her vote to the Westmere ferry plan.", "Tom Hale",
        "pledged", "her vote to the Westmere ferry plan", kind="promise"),
    Row("pledged-a-sum-then-to", "Jane Roe pledged $5 million to the flood fund.", "Jane Roe", "pledged",
        "$5 million to the flood fund", kind="promise"),
    Row("vowed-a-day-then-to-a-verb", "Jane Roe vowed on Sunday to cut the ferry fares.", "Jane Roe",
        "vowed", "to cut the ferry fares", kind="promise"),
    # People told by their office or trade, then a clause with no "that".
    Row("told-councilors-a-bare-clause", "Department director Harold Nez told councilors the increase was "
        "needed.", "Harold Nez", "told", "the increase was needed"),
    # ... and after one word naming them more closely ("council members", "state lawmakers").
    # A pronoun for what is judged, then the speaker's words quoted to the end: the quoted words, direct; a
    # name given "as" by "described" stays an opinion.
    Row("saying-it-then-a-quotation", "The club's board issued a statement, saying it \"smears a whole "
        "town.\"", "The club's board", "saying", "smears a whole town", quote="direct"),
    Row("called-this-then-a-quotation", "Ferry spokesman Tom Hale called this “a plain land "
        "grab.”", "Tom Hale", "called", "a plain land grab", quote="direct", kind="opinion"),
    Row("describing-it-as-her-then-a-quotation", "Jane Roe wrote on Friday, describing it as her “darkest "
        "hour”.", "Jane Roe", "describing", "darkest hour", quote="direct", kind="opinion"),
    # A cue set off by commas right after a relative pronoun: what was said is the relative clause.
    Row("which-then-a-cue-between-commas", "Jane Roe warned workers about the Harbour Party, which, she "
        "said, has dropped its attacks on her and now courts farmers quietly.", "Jane Roe", "said",
        "has dropped its attacks on her and now courts farmers quietly"),
    Row("which-then-a-cue-between-commas-then-the-main-verb", "The council, which, he said, had ignored "
        "the warnings, will meet on Monday.", "he", "said", "had ignored the warnings"),
    # A person named in full, a comma, then a role in lower case with no comma closing it before a closing
    # cue: the role is the person's, the name no content; with a quotation before, the quoted words.
    Row("a-name-then-a-lower-case-role-then-said", "Refusing access is unfair, Jane Roe, general manager "
        "of Norvex Products Limited said.", "Jane Roe", "said", "Refusing access is unfair", kind="opinion"),
    Row("a-quotation-a-name-then-a-lower-case-role-then-said", "“Refusing access is unfair,” Jane Roe, "
        "general manager of Norvex said in a statement.", "Jane Roe", "said", "Refusing access is unfair",
        quote="direct", kind="opinion"),
    # A closing cue, its time, then the writer's "with" clause after a comma: no more content.
    Row("a-closing-cue-a-time-then-with", "Ferry fares rose 4 percent in June, figures showed earlier "
        "this month, with more rises due in the autumn.", "figures", "showed",
        "Ferry fares rose 4 percent in June"),
    # A name given or a charge in quotation marks after an object: the quoted words (two or more), direct.
    Row("called-a-name-then-a-quotation", "The spy chief called Norvale “the gravest threat to the region.”",
        "The spy chief", "called", "the gravest threat to the region", quote="direct", kind="opinion"),
    Row("accused-of-then-a-quotation-then-and", "Jane Roe accused Westmere of “walking away from the deal,” "
        "and left.", "Jane Roe", "accused", "walking away from the deal", quote="direct", kind="opinion"),
    Row("called-one-word-quoted-keeps-its-object", "Jane Roe called the plan “reckless” on Friday.",
        "Jane Roe", "called", "the plan “reckless” on Friday", quote="mixed", kind="opinion"),
    Row("calls-two-names-given", "Tom Hale calls Westmere “the meanest of towns” and its council “the "
        "laziest of all.”", "Tom Hale", "calls",
        "Westmere “the meanest of towns” and its council “the laziest of all.”", quote="mixed",
        kind="opinion"),
    # A relative clause after a document the sentence's verb governs: the document finds, not the sentence.
    Row("a-verb-then-a-document-which-found", "The plan follows a damning review which found gaps in the "
        "ferry rota.", "a damning review", "found", "gaps in the ferry rota"),
    Row("on-the-back-of-a-document-which-found", "The plan was first floated in May, on the back of a "
        "damning review which found gaps in the ferry rota.", "a damning review", "found",
        "gaps in the ferry rota"),
    Row("comes-on-the-back-of-a-document-which-found", "The plan comes on the back of a critical review "
        "which found gaps in the ferry rota.", "a critical review", "found", "gaps in the ferry rota"),
    # An aside of where the speaker is based after an apposition: the apposition keeps its name.
    Row("an-apposition-then-based-in-then-said", "Jane Roe, head of policy at Norvex, based in Westmere, "
        "said that the firm would repay every supplier.", "Jane Roe", "said",
        "the firm would repay every supplier", kind="promise"),
    # People told, named by any plural noun, then a clause with no "that"; and a body told, named by two
    # lower-case words after "the".
    Row("told-worshippers-a-bare-clause", "Jane Roe told worshippers the parish hall was unsafe.", "Jane Roe",
        "told", "the parish hall was unsafe"),
    Row("told-patients-a-bare-clause", "The surgeon told patients the ward was full.", "The surgeon", "told",
        "the ward was full"),
    Row("told-the-royal-commission-a-bare-clause", "Bishop Tom Hale told the royal commission the priest was "
        "moved in 1982.", "Tom Hale", "told", "the priest was moved in 1982"),
    Row("told-council-members-a-bare-clause", "Police Chief Tom Hale told council members the cameras had "
        "helped.", "Tom Hale", "told", "the cameras had helped"),
    # A relative named in apposition by the tie ("grandfather", "grandmother", "fiancée").
    Row("a-grandfather-in-apposition", "The boy's grandfather, Tom Hale, said the family had asked for a "
        "crossing.", "Tom Hale", "said", "the family had asked for a crossing"),
    # People named by their trade at a place, with a possessive inside the place.
    Row("trade-at-a-possessive-place", "Truck operators at Sydney’s Port Botany say new fees will add "
        "costs.", "Truck operators at Sydney’s Port Botany", "say", "new fees will add costs",
        kind="prediction"),
    Row("trade-on-a-coast", "Hoteliers on the coast say bookings are down by a third.",
        "Hoteliers on the coast", "say", "bookings are down by a third"),
    Row("trade-of-travel", "Nurses at the Westmere clinic said the ward had closed.",
        "Nurses at the Westmere clinic", "said", "the ward had closed"),
    # How long the saying has gone on, after the cue and before its content, with or without "that".
    Row("has-said-for-weeks", "Okafor has said for weeks she is the only candidate who can win the seat.",
        "Okafor", "has said", "she is the only candidate who can win the seat"),
    Row("warned-for-two-decades-that",
        "Environmentalists have warned for two decades that the lake is dying.", "Environmentalists",
        "have warned", "the lake is dying"),
    # A body by its common noun after the name's "of": where the person speaks from, not the end of them.
    Row("said-name-of-the-delegation",
        "“There is real enthusiasm for the bill,” said Maria Okonjo of the Lagos delegation.",
        "Maria Okonjo", "said", "There is real enthusiasm for the bill", quote="direct", kind="opinion"),
    # A description with its own "of" phrase before the name in apposition.
    Row("a-description-of-someone-then-the-name",
        "A neighbour of the family, Mary Wanjiku, said the house had been empty since June.",
        "Mary Wanjiku", "said", "the house had been empty since June"),
    Row("said-by-telephone-that", "The minister said by telephone that the talks had failed.", "The minister",
        "said", "the talks had failed"),
    # "about" before a figure is an approximation in a time phrase, not what the cue is about.
    Row("said-at-about-a-time-then-the-clause",
        "Van Wyk said at about 7pm, the body was found near a ravine.", "Van Wyk", "said",
        "the body was found near a ravine"),
    # Letters after a name for a rank at the bar are no part of it, nor anyone's name alone between commas.
    Row("letters-alone-between-commas-name-no-one",
        "Last week, Commissioner Terence Cole, QC, complained the exporter was not cooperating.",
        "Terence Cole", "complained", "the exporter was not cooperating"),
    Row("an-associate-professors-rank-is-no-name",
        "Datuk Assoc Prof Abd Halim Sidek said the dispute was over.", "Abd Halim Sidek", "said",
        "the dispute was over"),
    Row("letters-after-a-name-are-no-part-of-it", "“We will appeal,” Mr Mansfield QC said.", "Mansfield",
        "said", "We will appeal", quote="direct", kind="promise"),
    # A role with no name, then the name of the one holding it between commas, after "According to".
    Row("according-to-a-role-then-the-name",
        "According to provincial police spokesperson, Captain Frederick van Wyk, hikers found the man's bag.",
        "Frederick van Wyk", "According to", "hikers found the man's bag"),
    Row("his-party-would-launch-is-its-spokesmans-promise",
        "Tom Reyes, a spokesman for the party, said his party would launch protests next week.", "Tom Reyes",
        "said", "his party would launch protests next week", kind="promise"),
    Row("his-party-would-win-is-a-forecast",
        "Tom Reyes, a spokesman for the party, said his party would win the by-election.", "Tom Reyes",
        "said", "his party would win the by-election", kind="prediction"),
    Row("another-body-will-audit-is-a-forecast",
        "Peter Mwangi, a mining consultant, said the ministry will audit other firms.", "Peter Mwangi",
        "said", "the ministry will audit other firms", kind="prediction"),
    # An adverb between the opening participle and its phrase: the subject after the comma speaks.
    Row("speaking-publicly-for-the-first-time",
        "Speaking publicly for the first time since the breach, Chey Tae-won apologised and vowed to conduct "
        "a security review.", "Chey Tae-won", "vowed", "to conduct a security review", kind="promise"),
    Row("speaking-separately",
        "Speaking separately, Lena Ortiz apologised and vowed to resign.", "Lena Ortiz", "vowed", "to resign",
        kind="promise"),
    # A weekday right after a titled name dates the sentence; it is no part of the name.
    Row("a-weekday-after-a-name-before-a-verb-and-a-participle",
        "Information Technology Minister Syed Amin Ul Haque Tuesday regretted the shutdown, saying it was no "
        "solution.", "Syed Amin Ul Haque", "saying", "it was no solution"),
    # A relative clause's speaker is the phrase after a thing no one speaks as ("protests from"), and no
    # adverbial after "despite" or "amid" is part of it.
    Row("protests-from-groups-who-say",
        "The government moved them to an island despite protests from rights groups who say the moves were "
        "forced.", "rights groups", "say", "the moves were forced"),
    Row("a-reaction-from-the-president-who-called",
        "The remarks drew a damning reaction from President Tom Hale, who called the plan reckless.",
        "Tom Hale", "called", "the plan reckless", kind="opinion"),
    # A quotation opening the sentence and closing before the content ends stays in the content; "told
    # reporters" may go on with where, however long.
    Row("a-quotation-then-unquoted-words-then-told-reporters-outside",
        "\"The minimum will be 1.5 million\" barrels a day, Saud al-Sabah told reporters outside his hotel "
        "in central Vienna ahead of the meeting.", "Saud al-Sabah", "told",
        "\"The minimum will be 1.5 million\" barrels a day", quote="mixed", kind="prediction"),
    # Hope, a wish or a preference in the speaker's words is an opinion; an outcome expected, named as a
    # noun, a prediction.
    Row("i-feel-it-is-an-opinion", "“I feel it is disrespectful to survivors,” the lawyer said.",
        "the lawyer", "said", "I feel it is disrespectful to survivors", quote="direct", kind="opinion"),
    Row("impossible-to-imagine-is-an-opinion",
        "Holmes said it was impossible to imagine that the board was wrong in every case.", "Holmes", "said",
        "it was impossible to imagine that the board was wrong in every case", kind="opinion"),
    Row("i-hope-is-an-opinion", "“I hope they are able to claim asylum,” Ian Rintoul said.", "Ian Rintoul",
        "said", "I hope they are able to claim asylum", quote="direct", kind="opinion"),
    Row("he-favoured-a-cut-is-an-opinion",
        "The Qatari minister said he favoured a cut of two million barrels.", "The Qatari minister",
        "said", "he favoured a cut of two million barrels", kind="opinion"),
    Row("favoured-as-an-adjective-is-no-opinion",
        "The minister said Westmere was dropped from the list of favoured trade partners.", "The minister",
        "said", "Westmere was dropped from the list of favoured trade partners"),
    Row("he-expected-a-cut-is-a-prediction",
        "The Indonesian minister said he expected a cut of 1.5 million barrels.", "The Indonesian minister",
        "said", "he expected a cut of 1.5 million barrels", kind="prediction"),
    # ... and so is an outcome expected with an object and an infinitive (as one in the passive is)
    Row("it-expected-x-to-v-is-a-prediction",
        "Norvex said it expected its paper mill to run at a loss.", "Norvex", "said",
        "it expected its paper mill to run at a loss", kind="prediction"),
    Row("was-expected-to-is-a-prediction",
        "Jane Roe said the sale was expected to close in May.", "Jane Roe", "said",
        "the sale was expected to close in May", kind="prediction"),
    Row("as-expected-is-no-forecast",
        "Jane Roe said prices rose to record levels, as expected.", "Jane Roe", "said",
        "prices rose to record levels, as expected"),
    # "said this" before a noun is a claim: "this" is its determiner.
    Row("said-this-aspiration", "Anwar said this aspiration is enshrined in the ordinance.", "Anwar", "said",
        "this aspiration is enshrined in the ordinance"),
    Row("said-on-a-day-amid-then-that",
        "The operator said on Saturday, amid rising tensions, that the network would be restored.",
        "The operator", "said", "the network would be restored", kind="promise"),
    # The writer's gloss ranking C among its kind after a closing cue (its time or not), "the third such
    # ...": no content of the cue's; an ordinal before a preposition counts what C names, and goes on.
    Row("a-ranking-gloss-after-a-closing-cues-time",
        "Westmere will sell its ferry line by next spring, the ministry said on Friday, the third such sale "
        "this year as the state cuts its debts.", "the ministry", "said",
        "Westmere will sell its ferry line by next spring", kind="prediction"),
    Row("a-ranking-gloss-after-a-closing-cue",
        "Westmere will sell its ferry line by next spring, the ministry said, the latest such sale this "
        "year.",
        "the ministry", "said", "Westmere will sell its ferry line by next spring", kind="prediction"),
    # ... or summing it up ("a range that", "a move that": `Rules.summing_nouns`), its time or not
    Row("a-summing-gloss-after-a-closing-cues-time",
        "Losses will reach $9 billion, the modeler Westbank said on Tuesday, a range which puts the flood "
        "among the worst since 1990.", "Westbank", "said", "Losses will reach $9 billion",
        kind="prediction"),
    Row("a-summing-gloss-after-a-closing-cue",
        "Westmere will sell its ferry line, the ministry said, a move that will cost 300 jobs.",
        "the ministry", "said", "Westmere will sell its ferry line", kind="prediction"),
    Row("ordinals-counting-what-c-names",
        "The boat had two owners, the registry said, the first from Harbour, and the second from Westmere.",
        "the registry", "said",
        "The boat had two owners the first from Harbour, and the second from Westmere"),
    # A claim named after the content, then who answers it: the writer's gloss, neither content nor the
    # speaker of a cue after it.
    Row("an-accusation-another-denied-after-the-content",
        "Norvale's state power company Westatom said the dam had leaked for years, an accusation Harbour "
        "has denied.", "Westatom", "said", "the dam had leaked for years"),
    Row("a-claim-another-rejects-after-the-content",
        "The firm said the dam had leaked for years, a claim the ministry rejects.", "The firm", "said",
        "the dam had leaked for years"),
    # A measure of time before a sentence's subordinator: the content ends at the clause's comma.
    Row("minutes-before-x-announced-that",
        "Minutes before the chairman announced that Ruto had won the vote, his deputy left the hall.",
        "the chairman", "announced", "Ruto had won the vote"),
    # The medium the cue went through, then a clause with no "that".
    Row("wrote-on-a-platform-then-a-bare-clause", "Tom Hale wrote on Twitter the ferry plan would fail.",
        "Tom Hale", "wrote", "the ferry plan would fail", kind="prediction"),
    Row("wrote-in-a-paper-then-a-bare-clause", "Jane Roe wrote in the Westmere Times the levy was unfair.",
        "Jane Roe", "wrote", "the levy was unfair", kind="opinion"),
    Row("wrote-on-a-platform-then-a-colon", "Tom Hale wrote on Facebook: the ferry plan would fail.",
        "Tom Hale", "wrote", "the ferry plan would fail", kind="prediction"),
    Row("said-on-a-platform-then-a-bare-clause", "Tom Hale said on Facebook the port would reopen.",
        "Tom Hale", "said", "the port would reopen", kind="prediction"),
    # "this" and a verb after a cue open the clause; "this week" is a time.
    Row("said-this-and-a-verb-then-a-relative-clause",
        "Norvex said this followed a fire as well as a strike, in which two ships were hit.", "Norvex",
        "said", "this followed a fire as well as a strike, in which two ships were hit"),
    Row("said-this-week-that",
        "Norvex said this week, after the talks, that the ships would sail.", "Norvex", "said",
        "the ships would sail", kind="prediction"),
    # "Back", "Ever", "Only" before a subordinator stand as a measure of time does.
    Row("back-when-x-announced-that",
        "Back when the mayor announced that the pier would close, Jane Roe sold her boat.", "the mayor",
        "announced", "the pier would close", kind="prediction"),
    Row("ever-since-x-said-that",
        "Ever since the council said that the ferry would stop, fares have risen.", "the council", "said",
        "the ferry would stop", kind="prediction"),
    # The low comma (U+201A) some papers' systems print for a comma reads as one.
    Row("low-commas-around-an-aside",
        "The cut is an achievement‚ Maimane‚ who leads the party‚ said on Wednesday.", "Maimane", "said",
        "The cut is an achievement"),
    Row("low-comma-after-a-name-with-its-role",
        "Agri SA’s director‚ Nic Opperman‚ said farmers were well informed.", "Nic Opperman", "said",
        "farmers were well informed"),
    # After cues other than "say", "no" opens a clause's subject when its verb follows.
    Row("stressed-no-subject-clause", "The minister stressed no guarantees could be given on funding.",
        "The minister", "stressed", "no guarantees could be given on funding", kind="prediction"),
    # Requests: the one asked may be a long noun phrase before "to V"; "requested", "appealed to" ask too.
    Row("urged-a-long-object-to",
        "Health Secretary Jeremy Hunt has urged the British Medical Association to return to negotiations.",
        "Jeremy Hunt", "has urged", "to return to negotiations", kind="opinion"),
    Row("urged-a-quantity-of-people-to",
        "The minister urged the over 8,000 unemployed nurses to apply for the vacancies.", "The minister",
        "urged", "to apply for the vacancies", kind="opinion"),
    # A day closing an "according to" source is when, not who; after a participle it is the phrase's.
    Row("according-to-a-body-and-its-day",
        "Ten exchanges have filed applications to register, according to the regulator Friday.",
        "the regulator", "according to", "Ten exchanges have filed applications to register"),
    Row("according-to-a-poll-released-on-a-day",
        "Smith leads by five points, according to a poll released Thursday.",
        "a poll released Thursday", "according to", "Smith leads by five points"),
    # An aside opened by a participle of basis between the subject and the cue is no part of the subject.
    Row("based-on-aside-before-the-cue",
        "The central bank, based on the operator's initial report, said the incident was a system error.",
        "The central bank", "said", "the incident was a system error"),
    # ... nor is one telling who read the document: "seen by", "obtained by"
    Row("seen-by-aside-before-the-cue",
        "A draft audit, seen by the Harbour Post, acknowledged that the tills had failed.",
        "A draft audit", "acknowledged", "the tills had failed"),
    # A noun marker capitalised after a capitalised word ends a name: "Harbour News shows", no "news shows".
    Row("a-name-ending-in-news-before-shows",
        "A planning document seen by Westmere News shows that 300 beds were closed.",
        "A planning document seen by Westmere News", "shows", "300 beds were closed"),
    # A modal between a closing subject and its verb makes no attribution: "homeowners could still claim"
    # is the end of what Ebrahim added.
    Row("a-modal-before-a-closing-verb-is-no-tail",
        "Ebrahim added that if the rains went on before repairs started, homeowners could still claim.",
        "Ebrahim", "added", "if the rains went on before repairs started, homeowners could still claim"),
    # ... nor does a form of "be": 'the outlook was “widely agreed”' is a passive closing what was
    # said, not a claim of the assessment's.
    Row("a-passive-closing-the-content-is-no-tail",
        "Bank President Jane Roe hinted at this split, saying that, while the vote was close, the outlook "
        "was “widely agreed”.", "Jane Roe", "saying",
        "while the vote was close, the outlook was “widely agreed”", quote="mixed",
        kind="opinion"),
    # A hint at what a body or a person will do, with a clause: "signaled", "has indicated" (a person's
    # too, not only a document's).
    Row("signaled-a-bare-clause", "The central bank signaled it might prefer a slower path next year.",
        "The central bank", "signaled", "it might prefer a slower path next year", kind="prediction"),
    Row("a-person-has-indicated", "Jane Roe has indicated she will not stand again.", "Jane Roe",
        "has indicated", "she will not stand again", kind="promise"),
    # A relative clause's cue right before the main clause's says nothing of its own: "who responded".
    Row("who-responded-said", "Voters who responded said the tax was too high.", "Voters", "said",
        "the tax was too high"),
    Row("who-replied-then-a-subject-said", "Of the 500 members who replied, 55 percent said they would "
        "walk out.", "55 percent", "said", "they would walk out", kind="prediction"),
    # A clause cue in the progressive: "is asserting", "has been alleging" (the forms in "-ing").
    Row("is-asserting-that", "Jane Roe is asserting that her poor result in two towns proves the count "
        "was rigged.", "Jane Roe", "is asserting",
        "her poor result in two towns proves the count was rigged"),
    Row("is-alleging-that", "The union is alleging that the ballots were lost.", "The union", "is alleging",
        "the ballots were lost"),
    # "according to" opening the content after "that" and a comma is inside the claim of the cue before it.
    Row("according-to-inside-a-told-that",
        "Capt. Tom Hale told the paper that, according to early reports, 40 sailors were seen in the sea.",
        "Tom Hale", "told", "according to early reports, 40 sailors were seen in the sea"),
    # A regulator named by its trade speaks as a body.
    Row("a-countrys-financial-watchdog",
        "South Korea’s financial watchdog said Tuesday that it will tighten its rules for banks.",
        "South Korea’s financial watchdog", "said", "it will tighten its rules for banks", kind="promise"),
    # "him" is never the subject of its own clause: not "The Daily Telegraph".
    Row("quoted-him-is-not-the-quoting-paper",
        "Sebastian Coe spoke on Monday. The Daily Telegraph quoted him as saying the agency had looked "
        "closely at it.", "Sebastian Coe", "quoted", "the agency had looked closely at it"),
    # "quoted him as telling OUTLET" closing a quotation: the one quoted speaks.
    Row("quoted-him-as-telling",
        "Sebastian Coe spoke on Monday. “We monitor that closely,” Britain’s Daily Telegraph quoted him as "
        "telling BT Sport.", "Sebastian Coe", "quoted", "We monitor that closely", quote="direct"),
    # The ones asked may be a list: commas, and an "and" before the last.
    Row("urged-a-list-of-people-to",
        "The regulator urged importers, distributors, retailers and consumers to check their stock.",
        "The regulator", "urged", "to check their stock", kind="opinion"),
    # "cautioned X to V" is an admonition, as "warned X to V" is; the object may hold a phrase.
    Row("cautioned-people-to",
        "The agency cautioned owners of the recalled heaters to stop using them at once.", "The agency",
        "cautioned", "owners of the recalled heaters to stop using them at once", kind="opinion"),
    # ... and a clause with no "that" after a short subject and its verb.
    Row("cautioned-a-bare-clause",
        "Swiss Re cautioned the estimates are subject to a higher than usual degree of uncertainty.",
        "Swiss Re", "cautioned", "the estimates are subject to a higher than usual degree of uncertainty"),
    Row("cautioned-them-not-to",
        "The coach cautioned his players not to read the league table yet.", "The coach", "cautioned",
        "his players not to read the league table yet", kind="opinion"),
    Row("requested-a-government-to",
        "The fisheries minister requested the Chinese government to lift the ban on scallops.",
        "The fisheries minister", "requested", "to lift the ban on scallops", kind="opinion"),
    Row("requested-that", "The ministry requested that the meeting be postponed.", "The ministry",
        "requested", "the meeting be postponed", kind="opinion"),
    Row("appealed-to-the-public-to",
        "The health minister appealed to citizens to cooperate with polio volunteers.", "The health minister",
        "appealed to", "to cooperate with polio volunteers", kind="opinion"),
    Row("urged-after-when-ends-at-the-comma",
        "When the governor urged residents to save water, the council cut supplies.", "the governor", "urged",
        "to save water", kind="opinion"),
    # The body that issued the document, named before a relative pronoun, speaks through it.
    Row("issued-by-a-body-before-that",
        "The latest call is from Amnesty International that released a statement on Tuesday calling on the "
        "authorities to free the protesters.", "Amnesty International", "calling on",
        "to free the protesters", kind="opinion"),
    # An authority's act in a passive future is the speaker's side's word given; an outcome is a forecast.
    Row("passive-future-of-an-authoritys-act",
        "The district commissioner said people from danger-prone areas will be evacuated without delay.",
        "The district commissioner", "said", "people from danger-prone areas will be evacuated without delay",
        kind="promise"),
    Row("passive-future-of-an-outcome",
        "The minister said the block grant would be axed as a consequence.", "The minister", "said",
        "the block grant would be axed as a consequence", kind="prediction"),
    Row("sheik-as-ap-spells-it", "Oil Minister Sheik Salem Abdullah Al-Sabah said the cut was agreed.",
        "Salem Abdullah Al-Sabah", "said", "the cut was agreed"),
    # "NAME, ROLE said" with no comma closing the role: the person named before it speaks.
    Row("name-comma-role-said-after-the-content",
        "The launch is set for July 15, K Sivan, the space agency's chairman said on Saturday.", "K Sivan",
        "said", "The launch is set for July 15"),
    Row("name-comma-role-said-before-the-content",
        "K Sivan, the space agency's chairman said the launch was set.", "K Sivan", "said",
        "the launch was set"),
    Row("a-place-comma-a-role-said", "In Paris, the minister said the talks had ended.", "the minister",
        "said", "the talks had ended"),
    # After an inverted cue, a role and then, after a comma, the name of the person holding it.
    Row("said-a-role-comma-the-name",
        "“We are making good progress on the deal,” said Shell CEO, Ben van Beurden.", "Ben van Beurden",
        "said", "We are making good progress on the deal", quote="direct", kind="opinion"),
    # The role may be any phrase ending in a title, and a rank may stand before the name.
    Row("said-the-companys-officer-comma-the-name",
        "Rates will fall this year, said the company's chief executive, John Smith.", "John Smith", "said",
        "Rates will fall this year", kind="prediction"),
    Row("says-a-bodys-chairman-comma-a-prince",
        "More parents support careers in esports, says Saudi Esports Federation chairman, Prince Faisal bin "
        "Bandar.", "Faisal bin Bandar", "says", "More parents support careers in esports"),
    # A title's initials before a full name (Kenyan copy's "MD", managing director); a party to a case.
    Row("md-initials-before-a-full-name",
        "“Repackaging expired food is a serious malpractice,” MD Bernard Njiraini said.", "Bernard Njiraini",
        "said", "Repackaging expired food is a serious malpractice", quote="direct", kind="opinion"),
    Row("petitioner-title", "Petitioner Muhammad Shehzad said he had hired a tailor for the dress.",
        "Muhammad Shehzad", "said", "he had hired a tailor for the dress"),
    # "Ahead of X, Y spoke ...": when, no speaker named "Ahead".
    Row("ahead-of-opens-no-speaker",
        "Ahead of the opening ceremony in Riyadh, the minister said the event would draw record crowds.",
        "the minister", "said", "the event would draw record crowds", kind="prediction"),
    # "informed" whom, then the clause; a past form describing the noun after it is no cue.
    Row("informed-reporters-that",
        "Education Minister Ranoj Pegu informed reporters that a police case had been lodged.", "Ranoj Pegu",
        "informed", "a police case had been lodged"),
    Row("informed-a-long-addressee-that",
        "Motsoaledi informed the same IFP parliamentarian that the government has no exact number.",
        "Motsoaledi", "informed", "the government has no exact number"),
    Row("informed-sources-said", "Informed sources said the talks would resume in May.", "Informed sources",
        "said", "the talks would resume in May", kind="prediction"),
    Row("worried-residents-said", "Worried residents said the road was unsafe.", "Worried residents", "said",
        "the road was unsafe"),
    # A phrase too long to read whole still names the person closing it after a title.
    Row("a-long-title-closed-by-initials-then-a-relative-clause",
        "Acting Director-General of the National Commission for Museums and Monuments (NCMM) Abdulkerim "
        "Kadiri, who spoke at an event, said the antiques are treasured all over the world.",
        "Abdulkerim Kadiri", "said", "the antiques are treasured all over the world"),
    # a clause before a titled name is no title: "one candidate he likes so far is Ohio Governor X"
    Row("a-clause-ending-in-a-titled-name",
        "Charles Barkley, a former player, said one candidate he likes so far is Ohio Governor John Kasich.",
        "Charles Barkley", "said", "one candidate he likes so far is Ohio Governor John Kasich"),
    Row("a-long-title-with-an-acronym-before-the-name",
        "“The cyclone was a monumental disaster,” International Federation of the Red Cross and Red Crescent "
        "Societies (IFRC) secretary general Markku Niskala said.", "Markku Niskala", "said",
        "The cyclone was a monumental disaster", quote="direct", kind="opinion"),
    # "at least" bounds a number opening the clause; it opens no scene ("said at the meeting C").
    Row("said-at-least-a-number", "The ministry said at least 40 people had been killed.", "The ministry",
        "said", "at least 40 people had been killed"),
    # A medium named by plain words before a clause with no "that": past its noun.
    Row("told-state-radio-a-bare-clause",
        "Maria Savva told state radio the strike plans had been a surprise.", "Maria Savva", "told",
        "the strike plans had been a surprise"),
    # ... and past the medium's name after that noun, when it gives one.
    Row("told-a-public-broadcaster-by-name-a-bare-clause",
        "Finance Minister Tom Hale told public broadcaster HTU the cuts were fair.", "Tom Hale", "told",
        "the cuts were fair"),
    Row("told-state-television-by-name-then-a-day",
        "The minister told state television HVN on Monday that the talks would resume.", "The minister",
        "told", "the talks would resume", kind="prediction"),
    Row("told-the-state-news-agency-a-bare-clause",
        "The minister told the state news agency the bridge was safe.", "The minister", "told",
        "the bridge was safe"),
    Row("told-a-named-news-agency-a-bare-clause",
        "The minister told the Harbour news agency the bridge was safe.", "The minister", "told",
        "the bridge was safe"),
    # A body named after "of the" in an apposition's role is no person: the name before it speaks.
    Row("apposition-title-of-the-body-with-no-bodys-word",
        "“Fifty fishing boats are still out at sea,” Gopal Tandel, president of the Daman Machimar Sangh, "
        "said.", "Gopal Tandel", "said", "Fifty fishing boats are still out at sea", quote="direct"),
    Row("apposition-with-a-gloss-in-brackets",
        "“Fifty fishing boats are still out at sea,” Gopal Tandel, president of the Daman Machimar Sangh "
        "(fishermen’s association), said.", "Gopal Tandel", "said",
        "Fifty fishing boats are still out at sea", quote="direct"),
    # A full name before the comma speaks; the capitalised words closing the role after it are a body's.
    Row("full-name-then-chairman-of-a-body",
        "Jeff Bechdel, chairman of America Rising, said the shirts were odd.", "Jeff Bechdel", "said",
        "the shirts were odd"),
    Row("a-role-then-a-name-of-a-place",
        "Another pollster, David Woodard of Clemson University, said his survey showed support holding "
        "steady.", "David Woodard", "said", "his survey showed support holding steady"),
    Row("apposition-spokesman-for-the-body",
        "Luis Miranda, a spokesman for the Democratic National Convention, said the party was committed to "
        "an open process.", "Luis Miranda", "said", "the party was committed to an open process"),
    Row("apposition-president-of-the-body",
        "Jorge Chemes, president of the Argentine Rural Confederations, said farm bodies would meet before "
        "deciding what to do.", "Jorge Chemes", "said",
        "farm bodies would meet before deciding what to do", kind="prediction"),
    # Titles that list their portfolios ("of Migration and Asylum", "of Higher Education, Science and
    # Technology"), other parliaments' members ("MLA", "MPP") and ranks ("Commandant") end before the name;
    # a time word between the name and the cue is no part of it.
    Row("title-with-two-portfolios",
        "Greek Minister of Migration and Asylum Notis Mitarakis said the border was secure.",
        "Notis Mitarakis", "said", "the border was secure"),
    Row("title-listing-portfolios-with-commas",
        "Minister of Higher Education, Science and Technology Blade Nzimande said student protests were an "
        "annual issue.", "Blade Nzimande", "said", "student protests were an annual issue"),
    Row("party-and-mla-before-a-name",
        "The leak should not have occurred, according to BJP MLA Prasanta Phukan.", "Prasanta Phukan",
        "according to", "The leak should not have occurred", kind="opinion"),
    Row("commandant-before-an-initial",
        "“We have pressed a lookout aircraft into the operation,” Goa Coast Guard Commandant N Saxena said.",
        "N Saxena", "said", "We have pressed a lookout aircraft into the operation", quote="direct"),
    Row("a-time-word-after-a-titled-name",
        "Minister for Foreign Affairs Md Shahriar Alam today said the talks would go on.",
        "Md Shahriar Alam", "said", "the talks would go on", kind="prediction"),
    Row("a-time-word-in-a-papers-name", "USA TODAY reported that the group funded 200 trips.",
        "USA TODAY", "reported", "the group funded 200 trips"),
    # A writer's concession after a reported clause is no part of what was said: "X said C, though Y".
    Row("said-that-then-a-concession",
        "Moudud Ahmed said there is no atmosphere for credible polls in the country, though only three "
        "months are left for arranging the election.", "Moudud Ahmed", "said",
        "there is no atmosphere for credible polls in the country"),
    Row("called-a-thing-then-a-concession",
        "The Pentagon called North Korea's action a threat, though the missiles did not directly affect "
        "the US.", "The Pentagon", "called", "North Korea's action a threat", kind="opinion"),
    # Not an aside set off by commas, a concession with no clause, or one inside the quotation.
    Row("although-as-an-aside-inside-the-content",
        "Ann Compton said she treated the photo line as a crucial, although brief, opportunity to "
        "buttonhole the president.", "Ann Compton", "said",
        "she treated the photo line as a crucial, although brief, opportunity to buttonhole the president",
        kind="opinion"),
    Row("though-not-a-thing",
        "Obama defended the process, though not the results of the last election.", "Obama", "defended",
        "the process, though not the results of the last election"),
    Row("a-concessive-phrase-with-no-verb", "Jane Roe said fares would keep climbing, although at a gentler "
        "rate, as new buses arrive.", "Jane Roe", "said", "fares would keep climbing, although at a gentler "
        "rate, as new buses arrive", kind="prediction"),
    Row("though-inside-the-quotation",
        "The petition accuses the campaign of “attempting to bully Mr. Nunberg into silence, although he "
        "has not disparaged Mr. Trump.”", "The petition", "accuses",
        "attempting to bully Mr. Nunberg into silence, although he has not disparaged Mr. Trump",
        quote="direct", kind="opinion"),
    # "During ..., X addressed Y, saying C": the participle's subject is named after the scene's comma.
    Row("during-a-scene-then-the-participles-subject",
        "During the hearing, Acting Chief Justice Omar Riaz addressed the defence counsel, Sara Malik, "
        "saying, “Are you trying to put pressure on me?”", "Omar Riaz", "saying",
        "Are you trying to put pressure on me", quote="direct"),
    # "At PLACE, X did Y, pledging C": the same after a place, past a distance set off by commas; but a
    # place's name there is no body speaking ("At a rally in Birmingham, Alabama, the crowd chanted").
    Row("at-a-place-then-the-participles-subject",
        "At the ministry in Sejong, 130 kilometers south of Seoul, Park Min-shik, the first veterans "
        "minister, took office, pledging to honor national heroes.", "Park Min-shik", "pledging",
        "to honor national heroes", kind="promise"),
    Row("at-a-time-then-a-body",
        "At the same time, the NGO Council faulted the deregistration of 510 groups, saying they should have "
        "been given more time.", "NGO Council", "saying", "they should have been given more time",
        kind="opinion"),
    # "here" (where the paper is) between the speaker and the cue, as South Asian copy writes it
    Row("here-and-a-time-before-the-cue",
        "Federal Board of Revenue Chairman Shabbar Zaidi here on Monday claimed that the board had achieved "
        "its target.", "Shabbar Zaidi", "claimed", "the board had achieved its target"),
    Row("at-a-place-ending-in-a-state",
        "At a rally in Birmingham, Alabama, the crowd chanted: “Get him out of here.”", "the crowd",
        "chanted", "Get him out of here", quote="direct"),
    # A participle's phrase of occasion after "while" between the speaker and the cue.
    Row("while-and-a-participle-between-speaker-and-cue",
        "Nadia Karim while addressing the press conference on Wednesday said the inquiry had stalled.",
        "Nadia Karim", "said", "the inquiry had stalled"),
    # Who issued the document speaks through it, past a few words of time after it (not past a relative
    # clause: "a declaration in which Moscow agreed").
    Row("issued-a-statement-and-a-time-then-saying",
        "Norvex issued a statement early in the day saying its board had rejected the bid.",
        "Norvex", "saying", "its board had rejected the bid"),
    # ... and who answered or wrote with it (`Rules.issuing`)
    Row("replied-with-a-letter-saying",
        "Jane Roe replied with a letter saying the board had rejected the bid.",
        "Jane Roe", "saying", "the board had rejected the bid"),
    # After an inverted cue, a surname before a phrase of occasion is the speaker, not the occasion.
    # The writer's account of what the speaker did not say, after ", but", is no part of the content.
    Row("but-did-not-immediately",
        "Harbour master Jane Roe said divers had found the wreck, but she did not immediately name it.",
        "Jane Roe", "said", "divers had found the wreck"),
    Row("but-gave-no-details", "Jane Roe said the fares would rise, but gave no further details.",
        "Jane Roe", "said", "the fares would rise", kind="prediction"),
    # the writer's adjunct after whom and when a closing cue told: no clause of what was told
    Row("told-an-agency-then-amid",
        "The ferry service has stopped, the port authority told Harbour Wire on Friday amid fears of a "
        "strike.",
        "the port authority", "told", "The ferry service has stopped"),
    Row("said-a-surname-during-a-conference",
        "The opposition is not in the mood to form the commission, said Hamid during the joint news "
        "conference.", "Hamid", "said", "The opposition is not in the mood to form the commission"),
    Row("says-a-titled-name-in-a-press-release",
        "“We had assumed these animals only live in shallow water,” says biologist Ana Lund in a press "
        "release.", "Ana Lund", "says", "We had assumed these animals only live in shallow water",
        quote="direct"),
    # A capitalised cue between capitalised words outside a headline is part of a body's name.
    Row("a-capitalised-cue-inside-a-name-is-the-names",
        "Flights resumed, but the Pacific Storm Warning Office said later that the danger had passed.",
        "Pacific Storm Warning Office", "said", "the danger had passed"),
    # A day and a place between the speaker and the cue: neither is part of the speaker.
    Row("a-day-and-a-place-between-speaker-and-cue",
        "The Minister of Sports, Ade Bello, on Monday in Lagos said the league would resume in May.",
        "Ade Bello", "said", "the league would resume in May", kind="prediction"),
    # A body named with its seat: "in Haiti" is part of the name, not a place to skip.
    Row("a-body-named-with-its-seat", "The EU Delegation in Kyiv said on Friday that the road was open.",
        "The EU Delegation in Kyiv", "said", "the road was open"),
    Row("downing-street-as-no-10", "No 10 said the prime minister would impose sanctions.",
        "No 10", "said", "the prime minister would impose sanctions", kind="prediction"),
    Row("said-that", "Igor Morgulov said that Moscow would not accept any conditions.",
        "Igor Morgulov", "said", "Moscow would not accept any conditions", kind="prediction"),
    Row("after-form-in-brackets", "(The French, it turns out, are fans of the show, Mr. Madden said.)",
        "Madden", "said", "The French, it turns out, are fans of the show"),
    Row("said-that-as-subject", "Christie said that was a natural part of running against him.",
        "Christie", "said", "that was a natural part of running against him"),
    Row("parenthetical-said-before-a-nested-told",
        "Instead, she said, her boss told her he had booked a room for them.",
        "she", "said", "Instead her boss told her he had booked a room for them"),
    # The kind is read from the content's own clause, and judgements inside it make an opinion.
    Row("future-in-a-relative-clause-is-not-the-claims",
        "Ryabkov said the United States has violated the treaty, which will expire next year.",
        "Ryabkov", "said", "the United States has violated the treaty, which will expire next year"),
    Row("future-in-a-nouns-that-clause-is-not-the-claims",
        "Lavrov said Moscow was satisfied with assurances that Tokyo will not deploy missiles.",
        "Lavrov", "said", "Moscow was satisfied with assurances that Tokyo will not deploy missiles"),
    Row("future-after-a-relative-clause-counts",
        "Lavrov said Japan, which hosts the summit, will push for a deal.",
        "Lavrov", "said", "Japan, which hosts the summit, will push for a deal", kind="prediction"),
    Row("intent-of-the-speaker-is-a-promise", "Abe said he intends to visit Moscow in May.",
        "Abe", "said", "he intends to visit Moscow in May", kind="promise"),
    Row("intent-of-the-speakers-family-is-a-promise", "Jane Roe told reporters the family intends to sue the "
        "council over the crash.", "Jane Roe", "told", "the family intends to sue the council over the crash",
        kind="promise"),
    Row("readiness-of-the-speaker-is-a-promise", "Putin said he is prepared to work with the new cabinet.",
        "Putin", "said", "he is prepared to work with the new cabinet", kind="promise"),
    Row("we-are-ready-is-a-promise", "“We are ready to resume the talks,” the envoy told reporters.",
        "the envoy", "told", "We are ready to resume the talks", quote="direct", kind="promise"),
    Row("now-between-speaker-and-cue", "Senator Lee now says she opposes the pipeline.",
        "Lee", "says", "she opposes the pipeline"),
    Row("feel-that-way-has-no-content-then-said",
        "Many voters feel that way, and Gomez said the tax was collected twice.",
        "Gomez", "said", "the tax was collected twice"),
    # A fronted topic phrase names what was spoken about; the words follow the cue.
    Row("a-fronted-topic-is-no-content",
        "On the mayor's refusal to meet the unions, the governor said in turn she had never been invited.",
        "the governor", "said", "she had never been invited"),
    Row("as-for-a-topic-is-no-content", "As for the new stadium, Smith said the city could not afford it.",
        "Smith", "said", "the city could not afford it"),
    Row("regarding-a-topic-is-no-content",
        "Regarding the vote on the dam, the senator said in reply that the count was fair.",
        "the senator", "said", "the count was fair"),
    Row("agreed-that-reports-words", "The ministers agreed that the talks had been useful.",
        "The ministers", "agreed", "the talks had been useful"),
    Row("announced-an-intention", "The ministry announced plans to open two consulates in May.",
        "The ministry", "announced", "plans to open two consulates in May", kind="prediction"),
    # A news act's new object, opened by "a" or a figure, is the doer's news (Rules.news_acts).
    Row("announced-a-new-thing", "The union has announced a third walkout for 12 June.",
        "The union", "has announced", "a third walkout for 12 June"),
    Row("announced-a-figure", "The regulator announced £9 million in fines for Harbour Grain.",
        "The regulator", "announced", "£9 million in fines for Harbour Grain"),
    # a body told, with no article, is skipped only before a clause (`Rules.addressed_bodies`)
    Row("told-a-body-officials", "Roe told government officials the port was closed.",
        "Roe", "told", "the port was closed"),
    Row("announced-a-clause", "The board announced Monday that it would sell the plant.",
        "The board", "announced", "it would sell the plant", kind="promise"),
    Row("may-is-a-prediction", "The Nikkei reported that the two leaders may hold a phone call next week.",
        "The Nikkei", "reported", "the two leaders may hold a phone call next week", kind="prediction"),
    Row("the-month-may-is-no-modal", "The ministry said the talks were held in May in Tokyo.",
        "The ministry", "said", "the talks were held in May in Tokyo"),
    Row("might-is-a-prediction", "The envoy said the talks might resume in the spring.",
        "The envoy", "said", "the talks might resume in the spring", kind="prediction"),
    Row("may-be-is-a-guess-about-now", "Some analysts said the leader may be ill.",
        "Some analysts", "said", "the leader may be ill"),
    Row("hope-inside-said-is-an-opinion", "Peskov said the Kremlin hopes the talks will continue.",
        "Peskov", "said", "the Kremlin hopes the talks will continue", kind="opinion"),
    Row("confident-inside-said-is-an-opinion", "Morgulov said he was confident that relations would improve.",
        "Morgulov", "said", "he was confident that relations would improve", kind="opinion"),
    Row("its-disappointed-is-an-opinion", "The group says it’s disappointed by the court’s judgment.",
        "The group", "says", "it’s disappointed by the court’s judgment", kind="opinion"),
    Row("a-verdict-is-an-opinion", "The spokeswoman said the new sanctions were absolutely unacceptable.",
        "The spokeswoman", "said", "the new sanctions were absolutely unacceptable", kind="opinion"),
    Row("excess-judged-is-an-opinion", "Jane Roe said patients had queued far too long for the scans.",
        "Jane Roe", "said", "patients had queued far too long for the scans", kind="opinion"),
    Row("desert-judged-is-an-opinion", "Tom Hale said residents deserve to know where the drone flies.",
        "Tom Hale", "said", "residents deserve to know where the drone flies", kind="opinion"),
    # tributes to the dead: praise, and a future that is a tribute, not a forecast
    Row("a-tribute-is-an-opinion", "Kerry said Boutros-Ghali was an exceptional diplomat and a tireless "
        "advocate for peace.", "Kerry", "said", "Boutros-Ghali was an exceptional diplomat and a tireless "
        "advocate for peace", kind="opinion"),
    Row("will-be-remembered-is-an-opinion", "Modi said the actor will be remembered for his versatile "
        "performances.", "Modi", "said", "the actor will be remembered for his versatile performances",
        kind="opinion"),
    # fitness and fairness ruled on, names called
    Row("not-appropriate-is-an-opinion",
        "Senator Ames said it was not appropriate for the noises to be made.",
        "Ames", "said", "it was not appropriate for the noises to be made", kind="opinion"),
    Row("unfairly-is-an-opinion", "Malema claimed the speaker treats the party unfairly.",
        "Malema", "claimed", "the speaker treats the party unfairly", kind="opinion"),
    Row("short-quote-then-said-of", "“Absolutely not,” he said of a change of heart.",
        "he", "said", "Absolutely not", quote="direct"),
    Row("scare-quote-then-inverted-cue-and-apposition",
        "This is a “raw time,” said strategist Dan Bell, a longtime ally who worked with him.",
        "Dan Bell", "said", "This is a “raw time,”", quote="mixed"),
    Row("threatened-to", "Moscow threatened to treat all ships bound for the ports as military targets.",
        "Moscow", "threatened", "to treat all ships bound for the ports as military targets", kind="promise"),
    Row("made-it-clear-that", "Washington has made it clear that it is not sending warships.",
        "Washington", "has made it clear", "it is not sending warships"),
    Row("a-document-stipulates", "The 1956 declaration stipulates that two islands be handed over.",
        "The 1956 declaration", "stipulates", "two islands be handed over"),
    Row("speculated-that", "The Nikkei speculated that the timing was meant as a message to Tokyo.",
        "The Nikkei", "speculated", "the timing was meant as a message to Tokyo", kind="opinion"),
    Row("is-concerned-that", "Tokyo is concerned that the drills are getting larger.",
        "Tokyo", "is concerned", "the drills are getting larger", kind="opinion"),
    # A participle with no comma before it: the sentence's subject speaks when the words right before
    # name no one ("the talks do not argue"), and the words before speak when they name people.
    Row("participle-after-an-object",
        "Iran suspended the talks arguing that it needed time to form a cabinet.",
        "Iran", "arguing", "it needed time to form a cabinet", kind="opinion"),
    # A quotation closing right before "said" and a name, with no comma, ends the content.
    Row("quotation-closes-before-said-no-comma",
        'Stocks at the Norvale depot are "dangerously thin" said Harbour Grain.',
        "Harbour Grain", "said", 'Stocks at the Norvale depot are "dangerously thin"', quote="mixed",
        kind="opinion"),
    # A description with a figure before a full name opens the sentence: the participle's speaker.
    Row("participle-after-a-described-name",
        "Former national 800 metres record holder Tom Hale spoke after the heat, saying: “I will go on.”",
        "Tom Hale", "saying", "I will go on", quote="direct", kind="promise"),
    # A verb and its infinitive are no one's name: "Norvex tried to reassure savers" is Norvex.
    Row("participle-after-an-infinitive",
        "Norvex tried to reassure savers stating that the leak was smaller than feared.",
        "Norvex", "stating", "the leak was smaller than feared"),
    # An occasion's phrase between the cue and a quotation may run longer ("issued by ...").
    Row("said-in-a-statement-released-by-colon",
        'Norvex said in a statement released by the harbour board: "The site was closed on Monday."',
        "Norvex", "said", "The site was closed on Monday", quote="direct"),
    # A title and a surname name the subject as a full name does ("Governor Hale"), not "his concerns".
    Row("participle-after-a-titled-surname",
        "Governor Hale raised his concerns saying the bill underfunds schools.",
        "Hale", "saying", "the bill underfunds schools"),
    Row("participle-after-people", "Local officials saying the plan would fail were overruled in March.",
        "Local officials", "saying", "the plan would fail were overruled in March", kind="prediction"),
    Row("quoted-as-saying-colon-straight-quote",
        'The agency quoted Jalili as saying: "We will provide for our needs within the treaty."',
        "Jalili", "quoted", "We will provide for our needs within the treaty", quote="direct",
        kind="promise"),
    Row("quoted-word-in-an-opening-phrase-then-a-quote",
        "Describing the plan as “nonsense”, Novak said, “interfering with the market will ruin it.”",
        "Novak", "said", "interfering with the market will ruin it", quote="direct", kind="prediction"),
    Row("a-verdict-of-logic-is-an-opinion", "Lavrov said it was illogical to tighten the sanctions now.",
        "Lavrov", "said", "it was illogical to tighten the sanctions now", kind="opinion"),
    Row("praise-is-an-opinion", "The minister said the gas deal was an excellent example of cooperation.",
        "The minister", "said", "the gas deal was an excellent example of cooperation", kind="opinion"),
    Row("weight-given-is-an-opinion", "Kim said the visit showed the strategic importance of the ties.",
        "Kim", "said", "the visit showed the strategic importance of the ties", kind="opinion"),
    Row("unnamed-media-reported", "South Korean media reported that the leader may travel by train.",
        "South Korean media", "reported", "the leader may travel by train", kind="prediction"),
    Row("after-form-told-a-long-audience",
        "Moscow urges all states to lift the sanctions, Foreign Minister Ivan Petrov told a UN Security "
        "Council ministerial session on the Korean peninsula.",
        "Ivan Petrov", "told", "Moscow urges all states to lift the sanctions"),
    Row("after-form-whose-content-opens-with-his-own-cue",
        "He also said it was illogical to tighten the sanctions, Foreign Minister Ivan Petrov told the "
        "council.",
        "Ivan Petrov", "told", "it was illogical to tighten the sanctions", kind="opinion"),
    # A future of the speaker's own side is its word given: a promise.
    Row("own-country-will-is-a-promise",
        "Russian Deputy Prime Minister Ivan Petrov said Russia will not sell oil to those states.",
        "Ivan Petrov", "said", "Russia will not sell oil to those states", kind="promise"),
    Row("his-country-would-is-a-promise", "Petrov stressed that his country would not sell oil to them.",
        "Petrov", "stressed", "his country would not sell oil to them", kind="promise"),
    Row("own-side-named-as-diplomats-do-is-a-promise",
        "Russian Foreign Ministry spokeswoman Anna Volkova said the Russian side will respond to the move.",
        "Anna Volkova", "said", "the Russian side will respond to the move", kind="promise"),
    Row("the-government-said-by-an-unnamed-minister-is-a-promise",
        "The minister said the government would pay a monthly grant to poor families.",
        "The minister", "said", "the government would pay a monthly grant to poor families", kind="promise"),
    Row("his-government-would-is-a-promise",
        "Opposition leader John Carter said his government would scrap the fuel levy.",
        "John Carter", "said", "his government would scrap the fuel levy", kind="promise"),
    Row("a-named-government-acting-said-by-a-president-is-a-promise",
        "President Jorge Ramos said the Chilean government will do everything to lower prices.",
        "Jorge Ramos", "said", "the Chilean government will do everything to lower prices", kind="promise"),
    Row("own-capital-will-is-a-promise",
        "Iranian Foreign Minister Reza Amiri said Tehran will continue its trade with Damascus.",
        "Reza Amiri", "said", "Tehran will continue its trade with Damascus", kind="promise"),
    # ... and by its full name or its capital, as a US President names his country (not another's)
    Row("the-united-states-said-by-its-president",
        "US President Tom Hale said the United States will quit the treaty.", "Tom Hale", "said",
        "the United States will quit the treaty", kind="promise"),
    Row("washington-said-by-the-us-president", "US President Tom Hale said Washington will double its aid.",
        "Tom Hale", "said", "Washington will double its aid", kind="promise"),
    Row("the-united-states-said-by-another-countrys-minister",
        "Russian Foreign Minister Tom Hale said the United States will quit the treaty.", "Tom Hale",
        "said", "the United States will quit the treaty", kind="prediction"),
    Row("own-capital-in-a-clause-after-and-is-a-promise",
        "Iranian Oil Minister Reza Amiri said the new sanctions were illegal and Tehran would not comply.",
        "Reza Amiri", "said", "the new sanctions were illegal and Tehran would not comply", kind="promise"),
    Row("a-state-acting-said-by-an-office-holder-is-a-promise",
        "Prime Minister Kenji Sato said Japan will ban the imports from May.",
        "Kenji Sato", "said", "Japan will ban the imports from May", kind="promise"),
    # ... with an adverb before the act, a reform, or a plan
    Row("a-state-acting-with-an-adverb-said-by-an-office-holder-is-a-promise",
        "Finance Minister Kenji Sato said Japan will gradually reform its pension rules.",
        "Kenji Sato", "said", "Japan will gradually reform its pension rules", kind="promise"),
    Row("a-state-planning-an-act-said-by-an-office-holder-is-a-promise",
        "Finance Minister Kenji Sato said Japan plans to overhaul its tax code.",
        "Kenji Sato", "said", "Japan plans to overhaul its tax code", kind="promise"),
    Row("a-state-giving-aid-after-an-opening-phrase-said-by-an-office-holder-is-a-promise",
        "“Going forward, Japan will share its know-how with poorer nations,” Finance Minister Kenji Sato "
        "said.", "Kenji Sato", "said", "Going forward, Japan will share its know-how with poorer nations",
        quote="direct", kind="promise"),
    Row("the-body-of-the-speakers-role-ready-is-a-promise",
        "NATO Secretary General Lars Holm said NATO is prepared to send more ships to the region.",
        "Lars Holm", "said", "NATO is prepared to send more ships to the region", kind="promise"),
    Row("own-country-plans-to-is-a-promise",
        "Russian Energy Minister Ivan Petrov said Russia plans to open two new pipelines.",
        "Ivan Petrov", "said", "Russia plans to open two new pipelines", kind="promise"),
    Row("another-body-ready-is-no-promise",
        "NATO Secretary General Lars Holm said the EU is prepared to send more ships to the region.",
        "Lars Holm", "said", "the EU is prepared to send more ships to the region"),
    Row("the-government-plans-said-by-a-minister-is-a-promise",
        "Finance Minister Anna Berg said the government plans to cut fuel taxes in the autumn.",
        "Anna Berg", "said", "the government plans to cut fuel taxes in the autumn", kind="promise"),
    # a state's commissioner and a cabinet's secretaries hold government offices too
    Row("the-government-would-said-by-a-commissioner-is-a-promise",
        "Lagos Commissioner for Information Ade Bello said the government would roll out new buses in May.",
        "Ade Bello", "said", "the government would roll out new buses in May", kind="promise"),
    Row("the-ministry-will-said-by-a-principal-secretary-is-a-promise",
        "Mining Principal Secretary Jane Kimani said the ministry will audit the firms next month.",
        "Jane Kimani", "said", "the ministry will audit the firms next month", kind="promise"),
    Row("the-government-plans-said-by-a-former-minister-is-a-forecast",
        "Former Finance Minister Anna Berg said the government plans to cut fuel taxes in the autumn.",
        "Anna Berg", "said", "the government plans to cut fuel taxes in the autumn", kind="prediction"),
    Row("another-state-acting-is-a-forecast",
        "Russian Foreign Minister Ivan Petrov said Japan will deploy more missiles.",
        "Ivan Petrov", "said", "Japan will deploy more missiles", kind="prediction"),
    Row("own-country-sure-another-would-is-a-forecast",
        "Iranian Foreign Minister Reza Amiri said his country was sure Canada would close its embassy.",
        "Reza Amiri", "said", "his country was sure Canada would close its embassy", kind="prediction"),
    Row("own-country-knowing-then-will-is-no-promise",
        "Ukrainian Foreign Minister Olena Koval said Ukraine was told of the trip in advance and will "
        "know its outcome.",
        "Olena Koval", "said", "Ukraine was told of the trip in advance and will know its outcome",
        kind="prediction"),
    Row("own-country-also-will-is-a-promise",
        "Russian Deputy Prime Minister Ivan Petrov said Russia also will not sell oil to those states.",
        "Ivan Petrov", "said", "Russia also will not sell oil to those states", kind="promise"),
    Row("of-course-i-will-is-a-promise", "“Of course I will” finish the full term, the senator said.",
        "the senator", "said", "“Of course I will” finish the full term", quote="mixed", kind="promise"),
    Row("future-in-a-relative-without-commas-is-not-the-claims",
        "The mayor said the council had made pledges which would cost ten million dollars.",
        "The mayor", "said", "the council had made pledges which would cost ten million dollars"),
    # A name given after "described ... as" is a judgement; "described" alone narrates.
    Row("described-as-is-an-opinion", "The envoy described the second round of talks as fruitful and calm.",
        "The envoy", "described", "the second round of talks as fruitful and calm", kind="opinion"),
    Row("described-oneself-as-is-a-statement", "The mayor described herself as a lifelong farmer.",
        "The mayor", "described", "herself as a lifelong farmer"),
    # Obligations, hopes and praise or blame in the content: an opinion.
    Row("has-to-is-an-opinion", "The senator said the governor has to publish his costings first.",
        "The senator", "said", "the governor has to publish his costings first", kind="opinion"),
    Row("a-responsibility-to-is-an-opinion", "The chairman said members have a responsibility to vote.",
        "The chairman", "said", "members have a responsibility to vote", kind="opinion"),
    Row("there-is-hope-is-an-opinion",
        "The envoy noted that there is hope for a thaw between the two states.",
        "The envoy", "noted", "there is hope for a thaw between the two states", kind="opinion"),
    Row("encouraging-is-an-opinion", "The minister said it was encouraging that Ottawa had replied.",
        "The minister", "said", "it was encouraging that Ottawa had replied", kind="opinion"),
    Row("mutually-beneficial-is-an-opinion",
        "The spokesman said the trade between the two was mutually beneficial.",
        "The spokesman", "said", "the trade between the two was mutually beneficial", kind="opinion"),
    Row("appreciated-is-an-opinion", "The editor said the quick apology was appreciated.",
        "The editor", "said", "the quick apology was appreciated", kind="opinion"),
    Row("a-risk-to-is-an-opinion", "The minister said the tax plan is a risk to growth.",
        "The minister", "said", "the tax plan is a risk to growth", kind="opinion"),
    Row("extremely-is-an-opinion", "The spokesman said the decision was extremely unfortunate.",
        "The spokesman", "said", "the decision was extremely unfortunate", kind="opinion"),
    Row("dual-standards-is-an-opinion",
        "The spokesman said the launch showed the dual standards of the West.",
        "The spokesman", "said", "the launch showed the dual standards of the West", kind="opinion"),
    Row("the-side-condemns-is-an-opinion", "A ministry source said Lima condemns the remarks of the envoy.",
        "A ministry source", "said", "Lima condemns the remarks of the envoy", kind="opinion"),
    # A request or an admonition after "asked" and "warned": an object and "to", or "against".
    Row("asked-an-object-to-is-an-opinion",
        "The mayor asked the regional councils to publish their accounts.",
        "The mayor", "asked", "to publish their accounts", kind="opinion"),
    Row("warned-an-object-not-to-is-an-opinion", "The senator warned them not to repeat the mistake.",
        "The senator", "warned", "them not to repeat the mistake", kind="opinion"),
    Row("warned-against-is-an-opinion", "The spokesman warned against any reckless step by the neighbours.",
        "The spokesman", "warned", "against any reckless step by the neighbours", kind="opinion"),
    Row("warned-a-clause-with-an-infinitive-subject-is-no-request",
        "The envoy warned time to settle the dispute was running short.",
        "The envoy", "warned", "time to settle the dispute was running short"),
    Row("warned-a-condition-is-no-request",
        "The banker warned if the fund fails to grow, it could close within a year.",
        "The banker", "warned", "if the fund fails to grow, it could close within a year"),
    # A judgement of timing: an opinion.
    Row("it-is-time-is-an-opinion", "The opposition leader said it is time for the mayor to resign.",
        "The opposition leader", "said", "it is time for the mayor to resign", kind="opinion"),
    Row("premature-to-is-an-opinion", "The minister said it was premature to talk about new taxes.",
        "The minister", "said", "it was premature to talk about new taxes", kind="opinion"),
    Row("too-early-to-is-an-opinion", "The coach said it is too early to judge the new players.",
        "The coach", "said", "it is too early to judge the new players", kind="opinion"),
    Row("prematurely-is-no-verdict", "The economist said the bank could raise rates prematurely.",
        "The economist", "said", "the bank could raise rates prematurely", kind="prediction"),
    # Threat formulas, whatever the subject: a promise.
    Row("not-go-unanswered-is-a-promise", "The general said the raid would not go unanswered.",
        "The general", "said", "the raid would not go unanswered", kind="promise"),
    Row("not-hesitate-is-a-promise", "The minister said the navy will not hesitate to defend the coast.",
        "The minister", "said", "the navy will not hesitate to defend the coast", kind="promise"),
    Row("measures-will-be-taken-is-a-promise",
        "The governor said necessary measures will be taken against the smugglers.",
        "The governor", "said", "necessary measures will be taken against the smugglers", kind="promise"),
    # A wish for one's own act is an intent; one for what others will do is none.
    Row("would-like-to-is-a-promise", "The premier said he would like to settle the dispute this summer.",
        "The premier", "said", "he would like to settle the dispute this summer", kind="promise"),
    Row("would-like-to-see-is-no-promise",
        "The senator said she would like to see the party united.",
        "The senator", "said", "she would like to see the party united", kind="prediction"),
    Row("we-will-see-is-no-promise", "The manager said we will see what the owners decide.",
        "The manager", "said", "we will see what the owners decide"),
    # A pledge made in saying so, eagerness for one's own act, money given back: promises.
    Row("i-pledge-to-is-a-promise",
        "“I pledge to protect the veterans and their families,” the minister told reporters.", "the minister",
        "told", "I pledge to protect the veterans and their families", quote="direct", kind="promise"),
    Row("keen-to-is-a-promise", "Oxfam said it was keen to work with government to deliver support.",
        "Oxfam", "said", "it was keen to work with government to deliver support", kind="promise"),
    Row("will-be-refunded-is-a-promise", "The festival said ticket holders would be refunded automatically.",
        "The festival", "said", "ticket holders would be refunded automatically", kind="promise"),
    Row("we-will-see-because-is-a-shrug", "“But we will see because he gave me instructions,” Cusi said.",
        "Cusi", "said", "But we will see because he gave me instructions", quote="direct"),
    # ... but seeing a thing come is a forecast
    Row("we-will-see-a-thing-is-a-prediction",
        "“God willing, we’ll see the opening of this bridge in five years,” Erdogan said.", "Erdogan", "said",
        "God willing, we’ll see the opening of this bridge in five years", quote="direct", kind="prediction"),
    # Certainty, stances, urging, rights, verdict idioms: an opinion.
    Row("no-doubt-is-an-opinion",
        "The analyst said there was no doubt that the ruling party would lose its majority.",
        "The analyst", "said", "there was no doubt that the ruling party would lose its majority",
        kind="opinion"),
    Row("sees-no-grounds-is-an-opinion", "The ambassador said Moscow sees no grounds for new talks.",
        "The ambassador", "said", "Moscow sees no grounds for new talks", kind="opinion"),
    Row("does-not-see-signs-is-an-opinion",
        "The envoy said Paris does not see any signs of a change in the policy.",
        "The envoy", "said", "Paris does not see any signs of a change in the policy", kind="opinion"),
    Row("a-stance-in-a-relative-clause-is-not-the-claims",
        "The paper said the bank, which does not see any risk to its loans, will raise rates in June.",
        "The paper", "said", "the bank, which does not see any risk to its loans, will raise rates in June",
        kind="prediction"),
    Row("not-seeing-with-the-eyes-is-no-stance",
        "The clerk said some voters did not see the name on the ballot.",
        "The clerk", "said", "some voters did not see the name on the ballot"),
    Row("nothing-wrong-is-an-opinion", "The senator said he sees nothing wrong with a pause in the talks.",
        "The senator", "said", "he sees nothing wrong with a pause in the talks", kind="opinion"),
    Row("we-urge-is-an-opinion", "“We urge all sides to show restraint,” the ministry said.",
        "the ministry", "said", "We urge all sides to show restraint", quote="direct", kind="opinion"),
    Row("bracketed-we-call-on-is-an-opinion",
        "“(We) call on Pyongyang to return to the talks,” the spokesman said.",
        "the spokesman", "said", "(We) call on Pyongyang to return to the talks", quote="direct",
        kind="opinion"),
    Row("well-advised-is-an-opinion",
        "The spokesman said the minister would be well advised to stay out of the dispute.",
        "The spokesman", "said", "the minister would be well advised to stay out of the dispute",
        kind="opinion"),
    Row("a-right-claimed-is-an-opinion",
        "The envoy said his country is entitled to enrich uranium for its power plants.",
        "The envoy", "said", "his country is entitled to enrich uranium for its power plants",
        kind="opinion"),
    Row("playing-with-fire-is-an-opinion",
        "The diplomat said the allies were playing with fire by sending long-range missiles.",
        "The diplomat", "said", "the allies were playing with fire by sending long-range missiles",
        kind="opinion"),
    Row("a-useful-step-is-an-opinion",
        "The minister said an exchange of students will be a useful step toward trust.",
        "The minister", "said", "an exchange of students will be a useful step toward trust", kind="opinion"),
    Row("diverting-attention-is-an-opinion",
        "The spokesman said the charges were an effort to divert attention from failures at home.",
        "The spokesman", "said", "the charges were an effort to divert attention from failures at home",
        kind="opinion"),
    Row("unprecedented-as-a-predicate-is-an-opinion",
        "The minister said the pressure on the farmers was unprecedented.",
        "The minister", "said", "the pressure on the farmers was unprecedented", kind="opinion"),
    Row("an-unprecedented-number-is-counted",
        "The official said an unprecedented number of voters registered in May.",
        "The official", "said", "an unprecedented number of voters registered in May"),
    Row("a-policy-labelled-expansionist-is-an-opinion",
        "The minister said expansionist policies had damaged the region.",
        "The minister", "said", "expansionist policies had damaged the region", kind="opinion"),
    Row("the-truth-is-is-an-opinion", "The candidate said the truth is that the plant has lost money.",
        "The candidate", "said", "the truth is that the plant has lost money", kind="opinion"),
    Row("we-are-calling-on-is-an-opinion",
        "“We are calling on the council to reverse its decision,” the union leader said.",
        "the union leader", "said", "We are calling on the council to reverse its decision", quote="direct",
        kind="opinion"),
    Row("we-are-happy-about-is-an-opinion",
        "“We are happy about the new contacts between the two neighbours,” the spokesman said.",
        "the spokesman", "said", "We are happy about the new contacts between the two neighbours",
        quote="direct", kind="opinion"),
    Row("was-pleased-with-is-an-opinion", "The ministry said it was pleased with the result of the vote.",
        "The ministry", "said", "it was pleased with the result of the vote", kind="opinion"),
    Row("we-deplore-is-an-opinion", "“We deeply deplore the decision to close the border,” the envoy said.",
        "the envoy", "said", "We deeply deplore the decision to close the border", quote="direct",
        kind="opinion"),
    Row("my-opinion-is-an-opinion",
        "“The tariff is a matter for the courts, and my opinion has not changed,” the minister said.",
        "the minister", "said", "The tariff is a matter for the courts, and my opinion has not changed",
        quote="direct", kind="opinion"),
    Row("no-need-for-is-an-opinion",
        "The minister said there is no need for a new agency to track the loans.",
        "The minister", "said", "there is no need for a new agency to track the loans", kind="opinion"),
    Row("the-necessity-to-is-an-opinion",
        "The envoy said he had stressed the necessity to sign a border treaty.",
        "The envoy", "said", "he had stressed the necessity to sign a border treaty", kind="opinion"),
    Row("is-against-is-an-opinion", "The mayor said he is against any new tax on fuel.",
        "The mayor", "said", "he is against any new tax on fuel", kind="opinion"),
    Row("do-not-accept-is-an-opinion",
        "The premier said the islanders do not accept that a court abroad decides their future.",
        "The premier", "said", "the islanders do not accept that a court abroad decides their future",
        kind="opinion"),
    Row("a-past-refusal-is-a-record", "The envoy said the rebels did not accept the offer in March.",
        "The envoy", "said", "the rebels did not accept the offer in March"),
    Row("as-far-as-concerned-is-no-feeling",
        "The official said that as far as the banks are concerned, the rules took effect in May.",
        "The official", "said", "as far as the banks are concerned, the rules took effect in May"),
    # What is bound to come: a prediction.
    Row("inevitable-is-a-prediction", "Jane Roe said a strike at the depot was inevitable.", "Jane Roe",
        "said", "a strike at the depot was inevitable", kind="prediction"),
    Row("yet-to-come-is-a-prediction", "Jane Roe said the hardest part of the rebuild was yet to come.",
        "Jane Roe", "said", "the hardest part of the rebuild was yet to come", kind="prediction"),
    # What cannot be stopped or replaced: a prediction.
    Row("cannot-be-stopped-is-a-prediction",
        "The minister said the country's gas exports cannot be stopped by sanctions.",
        "The minister", "said", "the country's gas exports cannot be stopped by sanctions",
        kind="prediction"),
    Row("cannot-be-replaced-is-a-prediction",
        "The minister said its oil cannot be replaced by other suppliers.",
        "The minister", "said", "its oil cannot be replaced by other suppliers", kind="prediction"),
    # Refusals, pledges with a word set off, and a task named: a promise.
    Row("he-was-not-going-to-is-a-promise",
        "The chancellor said he was not going to travel to the capital this month.",
        "The chancellor", "said", "he was not going to travel to the capital this month", kind="promise"),
    Row("a-quoted-we-will-after-a-condition-is-a-promise",
        "The commander said that if the talks fail “we will close the port to all ships.”",
        "The commander", "said", "if the talks fail “we will close the port to all ships.”", quote="mixed",
        kind="promise"),
    Row("a-quoted-we-will-win-stays-a-prediction",
        "The coach said that after the injuries “we will win the cup anyway.”",
        "The coach", "said", "after the injuries “we will win the cup anyway.”", quote="mixed",
        kind="prediction"),
    Row("we-will-comma-is-a-promise",
        "“We will, under no circumstances, accept these terms,” the minister said.",
        "the minister", "said", "We will, under no circumstances, accept these terms", quote="direct",
        kind="promise"),
    Row("his-task-was-to-is-a-promise",
        "The minister stated that his task was to deliver as many tanks as possible.",
        "The minister", "stated", "his task was to deliver as many tanks as possible", kind="promise"),
    Row("our-goal-is-to-is-a-promise", "“Our goal is to end the war by winter,” the president said.",
        "the president", "said", "Our goal is to end the war by winter", quote="direct", kind="promise"),
    Row("a-body-says-it-will", "The Treasury said it will impose new sanctions on the bank next week.",
        "The Treasury", "said", "it will impose new sanctions on the bank next week", kind="promise"),
    Row("he-will-do-everything", "The premier told reporters he will do everything to protect the islands.",
        "The premier", "told", "he will do everything to protect the islands", kind="promise"),
    Row("she-would-veto-is-a-promise", "The governor said she would veto the bill.",
        "The governor", "said", "she would veto the bill", kind="promise"),
    Row("he-would-not-raise-is-a-promise", "The senator said he would not raise taxes on families.",
        "The senator", "said", "he would not raise taxes on families", kind="promise"),
    Row("he-of-another-gender-is-a-prediction", "Mrs. Hale said he would appoint judges from the list.",
        "Hale", "said", "he would appoint judges from the list", kind="prediction"),
    # Another's act is no pledge of the speaker's, so a judgement in it makes an opinion.
    Row("he-of-another-gender-with-a-verdict-is-an-opinion",
        "Mrs. Hale said he would appoint judges hostile to the law.",
        "Hale", "said", "he would appoint judges hostile to the law", kind="opinion"),
    # Reported speech shifts "I will" to "he would": any act of the speaker's is a promise, a state or
    # an outcome is not (`Rules.non_acts`), nor is a "he" in a direct quote or said by a body.
    Row("he-would-cooperate-is-a-promise", "The treasurer said he would cooperate with the inquiry.",
        "The treasurer", "said", "he would cooperate with the inquiry", kind="promise"),
    Row("she-will-be-seeking-is-a-promise", "The minister added she will be seeking a meeting.",
        "The minister", "added", "she will be seeking a meeting", kind="promise"),
    Row("he-would-also-hold-is-a-promise", "Mr. Dyson said he would also hold town halls in the north.",
        "Dyson", "said", "he would also hold town halls in the north", kind="promise"),
    Row("he-would-be-honored-is-no-promise", "Mr. Dyson said he would be honored to meet the queen.",
        "Dyson", "said", "he would be honored to meet the queen", kind="prediction"),
    Row("he-would-still-welcome-is-no-promise", "Mr. Dyson said he would still welcome the talks.",
        "Dyson", "said", "he would still welcome the talks", kind="prediction"),
    Row("he-would-probably-is-no-promise", "Mr. Dyson said he would probably run for the seat.",
        "Dyson", "said", "he would probably run for the seat", kind="prediction"),
    Row("he-in-a-direct-quote-is-someone-else", "“He will cut the budget,” Mr. Dyson said.",
        "Dyson", "said", "He will cut the budget", quote="direct", kind="prediction"),
    Row("he-said-by-a-group-is-someone-else", "Aides said he would cut the budget.",
        "Aides", "said", "he would cut the budget", kind="prediction"),
    Row("a-body-says-it-would-be-is-no-promise", "The ministry said it would be difficult to find the money.",
        "The ministry", "said", "it would be difficult to find the money", kind="prediction"),
    Row("a-one-word-firm-says-it-will", "Zentrix said it will cut 900 jobs at its plant.",
        "Zentrix", "said", "it will cut 900 jobs at its plant", kind="promise"),
    # "according to" right after a verb with a standard kept names no source (`Rules.manner_standards`)
    Row("rejected-a-thing-is-an-opinion", "The opposition party rejected the announced results of the poll.",
        "The opposition party", "rejected", "the announced results of the poll", kind="opinion"),
    Row("dismissed-a-thing-is-an-opinion", "The army dismissed the claims as malicious.",
        "The army", "dismissed", "the claims as malicious", kind="opinion"),
    Row("support-before-a-noun-and-no-verb-is-a-cue", "Most voters support tax cuts for families.",
        "Most voters", "support", "tax cuts for families", kind="opinion"),
    Row("according-to-a-listing-name", "Rice prices rose for a 13th week, according to the Ministry of "
        "Agriculture, Forestry and Fisheries.",
        "the Ministry of Agriculture, Forestry and Fisheries", "according to",
        "Rice prices rose for a 13th week"),
    # a web address closing the sentence: its full stop is no part of the name ("U.S." keeps its own)
    # two titles of one person joined by "and" before the name, as business copy writes them
    Row("titles-joined-by-and-before-a-closing-cue",
        "“The ramp has begun,” Harbour president and CEO Jane Roe said.", "Jane Roe", "said",
        "The ramp has begun", quote="direct"),
    Row("titles-joined-by-and-before-a-cue",
        "Harbour chairman and chief executive Tom Hale said sales rose 4%.", "Tom Hale", "said",
        "sales rose 4%"),
    Row("according-to-a-web-address-at-the-end", "More than 12,000 homes were without power, according to "
        "Harbourgrid.us.", "Harbourgrid.us", "according to", "More than 12,000 homes were without power"),
    Row("according-to-initials-at-the-end", "Fuel prices rose 4%, according to the U.S.",
        "the U.S.", "according to", "Fuel prices rose 4%"),
    Row("according-to-instructions-is-no-source",
        "Kim told reporters that his players acted according to instructions and gave their best.",
        "Kim", "told", "his players acted according to instructions and gave their best"),
    Row("according-to-plan-is-no-source", "The launch went according to plan, the agency said.",
        "the agency", "said", "The launch went according to plan"),
    Row("according-to-described-rites-is-no-source", "The body will be flown to Sokoto for burial according "
        "to Islamic rites, the aide said.", "the aide", "said",
        "The body will be flown to Sokoto for burial according to Islamic rites", kind="prediction"),
    Row("according-to-customs-officials-is-a-source", "The cargo was seized according to customs officials.",
        "customs officials", "according to", "The cargo was seized"),
    Row("according-to-the-law-is-no-source",
        "He reminded the regulator that whatever it does must be according to the law.", "He", "reminded",
        "whatever it does must be according to the law", kind="opinion"),
    Row("according-to-the-plan-opening-is-a-source", "According to the plan, the bridge opens in May.",
        "the plan", "According to", "the bridge opens in May"),
    Row("two-bodies-say-they-would", "The two ministries said they would set up a joint fund for the dam.",
        "The two ministries", "said", "they would set up a joint fund for the dam", kind="promise"),
    Row("two-people-say-they-will", "Ann Cole and Bea Lund said they will not back the merger.",
        "Ann Cole and Bea Lund", "said", "they will not back the merger", kind="promise"),
    Row("officials-say-they-would", "Officials said they would reopen the bridge by the weekend.",
        "Officials", "said", "they would reopen the bridge by the weekend", kind="promise"),
    Row("they-said-by-one-person-is-someone-else", "Mr. Dyson said they would cut the budget.",
        "Dyson", "said", "they would cut the budget", kind="prediction"),
    Row("officials-say-they-would-be-is-no-promise", "Officials said they would be surprised by a strike.",
        "Officials", "said", "they would be surprised by a strike", kind="prediction"),
    Row("we-will-after-a-first-sentence",
        "“The talks have stalled. We will press on with them,” the envoy said.",
        "the envoy", "said", "The talks have stalled. We will press on with them", quote="direct",
        kind="promise"),
    Row("then-we-will", "“Then we will impose tariffs of our own,” the minister said.",
        "the minister", "said", "Then we will impose tariffs of our own", quote="direct", kind="promise"),
    Row("we-will-not-be-able-stays-a-prediction",
        "“If the deal collapses, we will not be able to avoid a crisis,” the envoy said.",
        "the envoy", "said", "If the deal collapses, we will not be able to avoid a crisis", quote="direct",
        kind="prediction"),
    Row("a-body-says-it-is-ready", "The Defense Ministry said it is ready to resume the talks.",
        "The Defense Ministry", "said", "it is ready to resume the talks", kind="promise"),
    Row("a-body-says-it-is-preparing", "The Defense Ministry said it’s preparing to launch new drills.",
        "The Defense Ministry", "said", "it’s preparing to launch new drills", kind="promise"),
    Row("his-country-was-ready",
        "Foreign Minister Ivan Petrov said his country was ready to “take any risk” to keep the ports open.",
        "Ivan Petrov", "said", "his country was ready to “take any risk” to keep the ports open",
        quote="mixed", kind="promise"),
    Row("announced-its-intention", "The company announced its intention to close the plant.",
        "The company", "announced", "its intention to close the plant", kind="promise"),
    Row("another-country-ready-stays-a-statement",
        "Russian Foreign Minister Ivan Petrov said Japan is ready to talk.",
        "Ivan Petrov", "said", "Japan is ready to talk"),
    # What could happen, in the content's own clause, is the speaker's forecast.
    Row("could-reach-is-a-prediction", "The minister said steel output could reach 80 million tons by 2030.",
        "The minister", "said", "steel output could reach 80 million tons by 2030", kind="prediction"),
    Row("so-it-could-stays-a-statement",
        "The mayor said the council had hired engineers so the bridge could reopen in May.",
        "The mayor", "said", "the council had hired engineers so the bridge could reopen in May"),
    Row("could-not-stays-a-statement", "The envoy said the talks could not resume last week.",
        "The envoy", "said", "the talks could not resume last week"),
    Row("could-have-stays-a-statement", "The ministry said the sanctions could have been avoided.",
        "The ministry", "said", "the sanctions could have been avoided"),
    Row("that-could-stays-a-statement", "Analysts said it was the only bank that could lend in dollars.",
        "Analysts", "said", "it was the only bank that could lend in dollars"),
    Row("he-would-win-stays-a-prediction", "The governor said he would win the state by ten points.",
        "The governor", "said", "he would win the state by ten points", kind="prediction"),
    Row("contracted-going-to-is-a-prediction", "The mayor said they're going to reopen the bridge in May.",
        "The mayor", "said", "they're going to reopen the bridge in May", kind="prediction"),
    Row("we-will-win-stays-a-prediction", "“We will prevail in the end,” the coach told reporters.",
        "the coach", "told", "We will prevail in the end", quote="direct", kind="prediction"),
    Row("another-country-will-is-a-prediction",
        "Russian Foreign Minister Ivan Petrov said Japan will regret the decision.",
        "Ivan Petrov", "said", "Japan will regret the decision", kind="prediction"),
    Row("said-nothing-had-been", "A company spokesperson said nothing had been decided on the matter.",
        "A company spokesperson", "said", "nothing had been decided on the matter"),
    Row("outlet-citing-aside-reported",
        "Earlier, the Vedomosti newspaper, citing a military source, reported that three soldiers had died.",
        "Vedomosti", "reported", "three soldiers had died"),
    Row("outlet-quoting-aside-said",
        "The Nikkei newspaper, quoting government sources, said the talks had failed.",
        "Nikkei", "said", "the talks had failed"),
    # A cue inside an aside about the speaker is the aside's; the sentence's claim is the later cue's.
    Row("noun-cue-in-an-aside",
        "Tom Reyes, a founder of the think tank Civic Lab, said turnout had fallen in every ward.",
        "Tom Reyes", "said", "turnout had fallen in every ward"),
    # A phrase of occasion between the speaker, the cue and a clause with no "that" is neither.
    Row("said-at-the-meeting-a-bare-clause", "The mayor said at the meeting the budget was balanced.",
        "The mayor", "said", "the budget was balanced"),
    Row("during-a-briefing-before-the-cue",
        "Minister Ana Diaz during a media briefing on Monday said the dams were full.",
        "Ana Diaz", "said", "the dams were full"),
    Row("comma-then-in-a-meeting-before-the-cue",
        "Omar Bello, in a meeting with farmers in Kano noted that the harvest had failed.",
        "Omar Bello", "noted", "the harvest had failed"),
    Row("in-a-statement-is-no-part-of-the-speaker", "The ministry in a statement said the plant was closed.",
        "The ministry", "said", "the plant was closed"),
    Row("time-after-the-occasion", "The senator conceded in a forum Monday night it will be hard to win.",
        "The senator", "conceded", "it will be hard to win", kind="prediction"),
    Row("a-relative-clause-naming-an-occasion-stays-in-the-subject",
        "Voters in Ohio who watched the debate said they were unmoved.",
        "Voters in Ohio", "said", "they were unmoved"),
    Row("and-a-day-before-the-cue", "Kenya has remained adamant and on Wednesday said the camps would close.",
        "Kenya", "said", "the camps would close", kind="prediction"),
    Row("said-in-a-month-a-bare-clause", "The ministry said in February there were plans to build a dam.",
        "The ministry", "said", "there were plans to build a dam", kind="prediction"),
    Row("reaffirmed-that", "The spokesperson reaffirmed that the ceasefire still holds.",
        "The spokesperson", "reaffirmed that", "the ceasefire still holds"),
    Row("inverted-opening-writes", "Writes The Hokkai Times, the premier has shown his skill at balancing.",
        "The Hokkai Times", "Writes", "the premier has shown his skill at balancing"),
    Row("inverted-opening-says", "Says the ministry, the talks will resume in May.",
        "the ministry", "Says", "the talks will resume in May", kind="prediction"),
    # Judging in words, taking a side, and demanding are opinions; an accusation reports.
    Row("praised-is-an-opinion", "The senator praised the governor for his handling of the floods.",
        "The senator", "praised", "the governor for his handling of the floods", kind="opinion"),
    Row("condemned-as-is-an-opinion", "The ministry condemned the launch as a dangerous provocation.",
        "The ministry", "condemned", "the launch as a dangerous provocation", kind="opinion"),
    Row("called-a-name-is-an-opinion", "The mayor called the decision a grave error.",
        "The mayor", "called", "the decision a grave error", kind="opinion"),
    Row("questioned-is-an-opinion", "The union questioned the feasibility of the plan.",
        "The union", "questioned", "the feasibility of the plan", kind="opinion"),
    Row("welcomed-is-an-opinion", "The bishops welcomed the decision to release the prisoners.",
        "The bishops", "welcomed", "the decision to release the prisoners", kind="opinion"),
    Row("called-for-is-an-opinion", "Lawmakers called for an independent inquiry into the crash.",
        "Lawmakers", "called for", "an independent inquiry into the crash", kind="opinion"),
    Row("a-report-urged-is-an-opinion", "The report urged Congress to act before the deadline.",
        "The report", "urged", "to act before the deadline", kind="opinion"),
    Row("called-on-is-an-opinion", "The opposition leader called on the government to resign.",
        "The opposition leader", "called on", "to resign", kind="opinion"),
    Row("plural-accuse", "Two commissioners accuse the chairman of hiding the results.",
        "Two commissioners", "accuse", "the chairman of hiding the results", kind="opinion"),
    Row("emphasized-a-noun", "The envoy emphasized the importance of the talks.",
        "The envoy", "emphasized", "the importance of the talks", kind="opinion"),
    Row("commended-is-an-opinion", "The police chief commended the officers for their courage.",
        "The police chief", "commended", "the officers for their courage", kind="opinion"),
    Row("appreciated-the-work-is-an-opinion", "The ambassador appreciated the work the doctors were doing.",
        "The ambassador", "appreciated", "the work the doctors were doing", kind="opinion"),
    Row("accused-is-an-opinion", "The prosecutor accused the firm of hiding losses from investors.",
        "The prosecutor", "accused", "the firm of hiding losses from investors", kind="opinion"),
    Row("characterized-as", "The ministry characterized the report as baseless.",
        "The ministry", "characterized", "the report as baseless", kind="opinion"),
    Row("a-deed-named-a-threat-is-an-opinion",
        "The spokesman said the launch was a serious threat to the region.",
        "The spokesman", "said", "the launch was a serious threat to the region", kind="opinion"),
    Row("the-one-way-out-is-an-opinion",
        "The spokesman said the conflict can only be resolved through political means.",
        "The spokesman", "said", "the conflict can only be resolved through political means", kind="opinion"),
    # Labels that charge a vice, threats posed, the law or the order said to be broken, moods and
    # doubts: opinions. A denial, and a category named, stay statements.
    Row("double-standards-is-an-opinion",
        "The ambassador said the tariffs showed the double standards of the West.",
        "The ambassador", "said", "the tariffs showed the double standards of the West", kind="opinion"),
    Row("posed-a-security-threat-is-an-opinion",
        "The spokeswoman said the drills posed a grave security threat to the region.",
        "The spokeswoman", "said", "the drills posed a grave security threat to the region", kind="opinion"),
    Row("violates-international-law-is-an-opinion",
        "The minister said the blockade violates international law.",
        "The minister", "said", "the blockade violates international law", kind="opinion"),
    Row("the-international-order-is-an-opinion",
        "The envoy said the annexation undermines the international order.",
        "The envoy", "said", "the annexation undermines the international order", kind="opinion"),
    Row("worthless-is-an-opinion", "The spokesman said the new sanctions were worthless.",
        "The spokesman", "said", "the new sanctions were worthless", kind="opinion"),
    Row("optimistic-is-an-opinion", "The governor said she was optimistic about the harvest.",
        "The governor", "said", "she was optimistic about the harvest", kind="opinion"),
    Row("not-sure-is-an-opinion", "The premier said he was not sure the treaty would pass.",
        "The premier", "said", "he was not sure the treaty would pass", kind="opinion"),
    Row("baseless-denial-stays-a-statement", "The ministry said the reports of casualties were baseless.",
        "The ministry", "said", "the reports of casualties were baseless"),
    Row("unfriendly-steps-stays-a-statement",
        "The ministry said the measures were a response to Tokyo’s unfriendly steps.",
        "The ministry", "said", "the measures were a response to Tokyo’s unfriendly steps"),
    # The speaker's own words quoted inside reported speech keep their judgement or future.
    Row("quoted-one-way-out-is-an-opinion",
        "The envoy said the dispute “can only be settled” at the table.",
        "The envoy", "said", "the dispute “can only be settled” at the table", quote="mixed", kind="opinion"),
    Row("quoted-verdict-is-an-opinion", "The ministry said the new tariffs were “unacceptable.”",
        "The ministry", "said", "the new tariffs were “unacceptable.”", quote="mixed", kind="opinion"),
    Row("quoted-future-is-a-prediction", "Peskov noted that the date \"would be agreed later.\"",
        "Peskov", "noted", "the date \"would be agreed later.\"", quote="mixed", kind="prediction"),
    Row("plural-title-in-a-subject",
        "Foreign ministers from the G-7 issued a statement on Saturday, saying they would add sanctions.",
        "Foreign ministers from the G-7", "saying", "they would add sanctions", kind="promise"),
    Row("according-to-aside-inside-a-leading-form",
        "The Hokkai Times reported that the cabinet had protested against the drills, which, according to "
        "Tokyo, violate the treaty.",
        "The Hokkai Times", "reported",
        "the cabinet had protested against the drills, which, according to Tokyo, violate the treaty"),
    Row("according-to-aside-inside-an-after-form",
        "Tokyo will respond to the decision, which, according to the ministry, breaks the treaty, Chief "
        "Cabinet Secretary Ken Mori told reporters.",
        "Ken Mori", "told",
        "Tokyo will respond to the decision, which, according to the ministry, breaks the treaty",
        kind="promise"),  # the state of an office holder whose side goes unnamed: its word
    Row("said-bare", "Sergei Lavrov said the talks had been constructive.",
        "Sergei Lavrov", "said", "the talks had been constructive"),
    Row("said-on-day-that", "Angela Merkel said on Tuesday that the deal was finished.",
        "Angela Merkel", "said", "the deal was finished"),
    Row("time-phrase-before-cue",
        "RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.",
        "Sean Spicer", "said", "the party was not in a crisis"),
    Row("last-week-before-cue", "Senator Dianne Feinstein last week said the emails were not classified.",
        "Dianne Feinstein", "said", "the emails were not classified"),
    Row("at-the-weekend-before-cue",
        "The Harbour Tenants Board at the weekend said rents had doubled since May.",
        "The Harbour Tenants Board", "said", "rents had doubled since May"),
    # a negation contracted with its auxiliary, in either apostrophe, stands between the speaker and the
    # cue as "did not" does
    Row("a-contracted-negation-before-cue", "The memo didn’t rule out a second review of the ferry deal.",
        "The memo", "rule out", "a second review of the ferry deal"),
    Row("a-contracted-negation-straight", "Westmere voters don't think the levy will pass.",
        "Westmere voters", "think", "the levy will pass", kind="opinion"),
    Row("at-the-time-before-cue", "Westmere Telecom at the time said the fault had lasted only minutes.",
        "Westmere Telecom", "said", "the fault had lasted only minutes"),
    Row("over-the-past-week-before-cue",
        "The Norvale Tenants Union over the past week said rents had doubled.",
        "The Norvale Tenants Union", "said", "rents had doubled"),
    # A body and "its" own people or bodies speak as the body: "X and its affiliate"
    Row("a-body-and-its-affiliate",
        "The Westmere Federation of Nurses (WFN) and its affiliate in Norvale on Tuesday condemned the "
        "killing of a nurse.",
        "The Westmere Federation of Nurses", "condemned", "the killing of a nurse", kind="opinion"),
    Row("and-its-inside-an-apposition-is-the-role",
        "Even Westmere, Norvale's only ally and its economic lifeline, said it was opposed to the test.",
        "Westmere", "said", "it was opposed to the test"),
    Row("a-person-and-other-peers", "Norvex and other firms said prices would rise.",
        "Norvex", "said", "prices would rise", kind="prediction"),
    Row("a-statement-issued-by-a-titled-person",
        "A statement issued by Norvex Care proprietor Tom Hale said the company was disappointed.",
        "Tom Hale", "said", "the company was disappointed", kind="opinion"),
    # a name and its cue opening the lead, and a pronoun's cue closing the sentence: the first cue's claim
    Row("said-twice-around-a-quote",
        "Intro.\n\nJane Roe said she thought the levy was fair because “nobody reads the small print,” "
        "she said.",
        "Jane Roe", "said", "she thought the levy was fair because “nobody reads the small print,”",
        quote="mixed"),
    Row("a-person-and-her-husband", "Jane Roe and her husband said the house was sold.",
        "Jane Roe", "said", "the house was sold"),
    Row("opening-phrase-then-said-possessive",
        "In the deposition, Mr. Trump said his net worth could change with his feelings.",
        "Trump", "said", "his net worth could change with his feelings", kind="prediction"),
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
        "Donald Trump", "announcing", "he would meet the NRA", kind="promise"),
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
        "Sergei Lavrov", "was quoted as saying", "Moscow would respond",
        kind="promise"),  # Moscow is the Russian minister's own side: its word given (see own_side)
    Row("quote-document-reads", "“All options remain on the table,” the statement reads.",
        "the statement", "reads", "All options remain on the table", quote="direct"),
    # "called" with what a meeting's noun is called after it names, convenes nothing
    Row("called-the-vote-a-name",
        "Councilor Jane Roe, whose ward holds the site, called the vote “a turning point for the town.”",
        "Jane Roe", "called", "a turning point for the town", quote="direct", kind="opinion"),
    # a scene opening the sentence, then a name and its role between commas: the name speaks (the words
    # after "said" are no speaker of an inverted cue: a clause, a past form and its object)
    Row("a-scene-a-name-a-role-then-a-clause-with-a-past-form",
        "In an interview with the BBC in May, Jane Roe, the chief executive, said the firm owed customers an "
        "apology.", "Jane Roe", "said", "the firm owed customers an apology"),
    # "disclosed" takes only a "that" clause, a time phrase before it or not
    Row("disclosed-a-time-then-that",
        "The company disclosed last year that it had overstated its sales.", "The company",
        "disclosed", "it had overstated its sales"),
    Row("cautioned-an-aside-then-that", "Hale cautioned, however, that the merger could still fail.",
        "Hale", "cautioned", "the merger could still fail", kind="prediction"),
    # "-ly" ends a noun in "family": the family speaks, no adverb before the cue
    Row("the-family-said",
        "In a statement on Friday, Tom's family said he had hoped to teach.",
        "Tom's family", "said", "he had hoped to teach"),
    # "states" only after a document's noun: a noun elsewhere ("member states")
    Row("a-document-states-that",
        "The charter's preamble is short, but the law states that members must vote.", "the law", "states",
        "members must vote", kind="opinion"),
    Row("a-document-states-a-quotation-after-a-colon",
        "The report states: “Staff may skip the checklist when shifts run short.”",
        "The report", "states", "Staff may skip the checklist when shifts run short",
        quote="direct", kind="prediction"),
    Row("quote-document-states", "“Members must pay their dues,” the letter states.", "the letter", "states",
        "Members must pay their dues", quote="direct", kind="opinion"),
    # ... and after "It", a document named before: the document states it
    Row("it-states-that",
        "The 2006 ruling is known as the Hale rule. It states that courts must not rule too close to a vote.",
        "The 2006 ruling", "states", "courts must not rule too close to a vote", kind="opinion"),
    Row("in-his-words", "In his words, the West is trying to drag Russia into an arms race.",
        "he", "In his words", "the West is trying to drag Russia into an arms race"),
    Row("in-the-words-of",
        "In the words of Foreign Minister Sergei Lavrov, the West is trying to start an arms race.",
        "Sergei Lavrov", "In the words of", "the West is trying to start an arms race"),
    # "In his opinion, C" (Russian "по его мнению"), "In her view, C": an opinion, credited like "In his
    # words, C".
    Row("in-his-opinion", "In his opinion, the West is trying to drag Russia into an arms race.",
        "he", "In his opinion", "the West is trying to drag Russia into an arms race", kind="opinion"),
    Row("in-her-view", "In her view, the sanctions have failed.",
        "she", "In her view", "the sanctions have failed", kind="opinion"),
    Row("in-the-opinion-of",
        "In the opinion of Professor Ivan Sokolov, the sanctions have failed.",
        "Ivan Sokolov", "In the opinion of", "the sanctions have failed", kind="opinion"),
    Row("in-the-experts-opinion", "In the expert's opinion, the sanctions have failed.",
        "the expert", "In the expert's opinion", "the sanctions have failed", kind="opinion"),
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
    Row("with-phrase-after-the-content-is-no-speaker",  # what goes with the content, not "X planned"
        "Norvale Transit said it would change six routes, with more changes planned once it opens.",
        "Norvale Transit", "said", "it would change six routes, with more changes planned once it opens",
        kind="promise"),
    Row("two-apostrophes-after-a-single-mark",  # three apostrophes: the inner quote's and the closing pair
        "''We are told all the time, 'Norvale is a special case,''' Mr. Hale said.",
        "Hale", "said", "We are told all the time, 'Norvale is a special case,'", quote="direct",
        kind="opinion"),
    Row("two-apostrophes-before-a-single-mark",  # three apostrophes: the opening pair and the inner quote's
        "Tom Hale said: '''Norvale is a special case,' we are told, and it is not true.''",
        "Tom Hale", "said", "'Norvale is a special case,' we are told, and it is not true", quote="direct",
        kind="opinion"),
    Row("quote-sentence-then-x-said",
        "“I hope you are able to find the 30,000 emails that are missing.” Trump said.",
        "Trump", "said", "I hope you are able to find the 30,000 emails that are missing", quote="direct",
        kind="opinion"),  # a hope, as "the Kremlin hopes the talks will go on"
    Row("quote-signed-with-dash",
        "“During the debate Trump said Hispanics live in hell.” ― Pamela Padilla\n",
        "Pamela Padilla", "―", "During the debate Trump said Hispanics live in hell", quote="direct"),
    # a speaker opening an aside set off by dashes: the content ends at the closing dash (and the
    # quotation inside it, closing before the dash, signs nothing: no signature stands mid-line)
    Row("speaker-opening-a-dash-aside",
        "The vote — one Norvale delegate said its timing was “plainly rigged” — angered the smaller "
        "parties in the chamber.",
        "one Norvale delegate", "said", "its timing was “plainly rigged”", quote="mixed",
        kind="opinion"),
    Row("one-word-inside-a-dash-aside",
        "Tom Hale made a bold - some say reckless - promise to halve fares.",
        "some", "say", "reckless", kind="opinion"),
    Row("cue-then-whole-quoted-sentences",
        "Trump declared “I think NATO may be obsolete. Things are different now.”",
        "Trump", "declared", "I think NATO may be obsolete. Things are different now", quote="direct",
        kind="opinion"),
    Row("mixed-quote-opens-the-content", "Trump said “we will win” and the polls were wrong.",
        "Trump", "said", "“we will win” and the polls were wrong", quote="mixed", kind="prediction"),
    Row("two-names-both-stressed", "But Richards and Menendez both stressed that it was not all bad news.",
        "Richards and Menendez", "stressed", "it was not all bad news"),
    Row("adverb-between-subject-and-cue", "Dalton however said the bridge would reopen in June.",
        "Dalton", "said", "the bridge would reopen in June", kind="prediction"),
    Row("adverb-meanwhile-between-subject-and-cue", "The mayor meanwhile said 40 buses had been added.",
        "The mayor", "said", "40 buses had been added"),
    Row("apposition-with-two-relative-clauses",
        "Maria Lopez, an engineer who advises the council, which owns the dam, said the wall had cracked.",
        "Maria Lopez", "said", "the wall had cracked"),
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
    # bodies by their plural nouns join as such words do, three words before "and"; not a phrase that
    # names no body before "and"
    Row("two-plural-body-nouns-said",
        "Several regional banks and payment software firms said they had taken on new clients.",
        "Several regional banks and payment software firms", "said", "they had taken on new clients"),
    Row("a-clause-before-and-bodies-said",
        "The big economy grew and firms said it would go on.", "firms", "said", "it would go on",
        kind="promise"),
    Row("warning-addressee-that",
        "Health insurers are privately warning brokers that premiums could increase sharply next year.",
        "Health insurers", "warning", "premiums could increase sharply next year", kind="prediction"),
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
        "male senators", "say", "Just as important is the potential the women hold for change",
        kind="opinion"),  # importance is a judgement (as `checkable.EVALUATIVE` has it for the writer)
    Row("reported-clause-then-quoted-phrase",
        "Mr Erdogan's office said he had accepted the apology, “in the name of the Turkish people”.",
        "Mr Erdogan's office", "said", "he had accepted the apology, “in the name of the Turkish people”",
        quote="mixed"),
    Row("said-about-a-quantity",
        "The budget office said about half of the adjustment reflected revenue losses.",
        "The budget office", "said", "about half of the adjustment reflected revenue losses"),
    Row("body-with-an-aside-has-said",
        "The Obama administration, in an effort to help workers, has said it would widen overtime pay.",
        "The Obama administration", "has said", "it would widen overtime pay",
        kind="promise"),  # a body's "it would" act is its commitment (see own_side)
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
        "Fumio Kishida", "has pledged", "to continue negotiations with Russia", kind="promise"),
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
        "Trump", "said", "the deal was “the worst ever negotiated” by the United States", "mixed",
        kind="opinion"),
    Row("anonymous-officials", "Officials said the plant would reopen next week.",
        "Officials", "said", "the plant would reopen next week", kind="prediction"),
    Row("saying-participle", "Senator Bernie Sanders left the meeting early, saying it would hurt workers.",
        "Bernie Sanders", "saying", "it would hurt workers", kind="prediction"),
    # The sentence's subject in apposition after a possessive description ("His British counterpart, X,").
    Row("saying-after-a-possessive-description",
        "His British counterpart, Tom Hale, also reflected on the matter, saying the ban would stay.",
        "Tom Hale", "saying", "the ban would stay", kind="prediction"),
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
        "The governor", "lamented", "the rules were rigged against him", kind="opinion"),
    Row("survey-share", "Forty-two percent said they would vote for the incumbent.",
        "Forty-two percent", "said", "they would vote for the incumbent", kind="prediction"),
    Row("mid-sentence-attribution", "The plan, Smith said, would cost $2 billion.",
        "Smith", "said", "The plan would cost $2 billion", kind="prediction"),
    # A figure compared after a closing cue's time is no more content; a noun ending as an adverb does
    # ("supply") still describes the body named after it.
    Row("a-closing-cue-its-time-then-a-figure-compared",
        "The harvest will reach 58 million bags, the national grain supply agency Harbour Grain said on "
        "Thursday, down from the 59 million bags it projected in May.",
        "Harbour Grain", "said", "The harvest will reach 58 million bags", kind="prediction"),
    # A quote held at length is filed by its lead sentence: a "will" in a later one makes no forecast.
    Row("quote-continued-next-paragraph",
        "“The border is closed,” Avakov said. “It will stay closed.\n\n“No one will cross it.”",
        "Avakov", "said", "The border is closed It will stay closed No one will cross it", "direct"),
    # a caption's line set between the paragraphs of one quotation does not end it
    Row("quote-continued-past-a-caption",
        "Jane Roe said: “The border is closed.\n\nLorries queue at the gate\n\n“No one will cross it.”",
        "Jane Roe", "said", "The border is closed No one will cross it", "direct"),
    # a page lost the space before a quotation's opening mark
    # a noun phrase and a participle's phrase after it, longer than a subject is read for
    Row("a-subject-with-a-long-participle-phrase",
        "The union representing most of the 300 Norvex drivers facing dismissal at the Westmere depot this "
        "spring says it was not consulted.",
        "The union", "says", "it was not consulted"),
    # people or bodies named before a list opened by "from", "of" or "in": the whole phrase speaks
    Row("a-subject-naming-a-list",
        "Executives from Norvex, Westmere Outfitters and Hale Denim said their mills were safe.",
        "Executives from Norvex, Westmere Outfitters and Hale Denim", "said", "their mills were safe"),
    # a witness's account after "told how"
    Row("told-how",
        "Tom Hale told how he had waited nine hours on the pier for the lifeboat.",
        "Tom Hale", "told how", "he had waited nine hours on the pier for the lifeboat"),
    Row("quote-opening-right-after-a-stop",
        'Tom Hale spoke on Monday."The ferry sails at noon," he said.',
        "Tom Hale", "said", "The ferry sails at noon", "direct"),
    Row("a-long-quote-is-filed-by-its-lead",
        "“We have not cut the budget. The savings will come from closing two depots,” Jane Roe said.",
        "Jane Roe", "said", "We have not cut the budget. The savings will come from closing two depots",
        "direct"),
    Row("a-long-quote-led-by-a-judgement-is-an-opinion",
        "“This plan is a mistake. Families will pay more for less,” said Mary Poe.", "Mary Poe", "said",
        "This plan is a mistake. Families will pay more for less", "direct", "opinion"),
    Row("a-long-quote-led-by-a-forecast-stays-one",
        "“Prices will fall next year. Nobody knows how far,” said Mary Poe.", "Mary Poe", "said",
        "Prices will fall next year. Nobody knows how far", "direct", "prediction"),
    Row("a-forecast-in-the-speakers-own-voice-keeps-a-long-quote-a-prediction",
        "“Prices have risen for three years. I expect they will fall next spring,” said Tom Hale.",
        "Tom Hale", "said", "Prices have risen for three years. I expect they will fall next spring",
        "direct", "prediction"),
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
        "At least half of the voters in each state", "say", "the economy is the top issue"),
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
        "Campaign aides", "argue", "the delegate rules favor the front-runner", kind="opinion"),
    Row("experts-suggest", "Legal experts suggest that the order could violate the First Amendment.",
        "Legal experts", "suggest", "the order could violate the First Amendment", kind="prediction"),
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
    # (the paper by its name, an outlet: "post" closing a name is no document's word)
    Row("as-outlet-reported",
        "The senator met the donors in Aspen last week, as the Denver Post reported on Sunday.",
        "Denver Post", "reported", "The senator met the donors in Aspen last week"),
    Row("a-councillors-party-and-ward-in-brackets",
        "Cllr Jane Roe (Liberal Democrat, Norvale East) asked whether the new road would cope.",
        "Jane Roe", "asked", "whether the new road would cope", kind="prediction"),
    Row("as-outlet-reported-some-time-later",
        "The senator met the donors in Aspen last week, as the Denver Post reported a few days later.",
        "Denver Post", "reported", "The senator met the donors in Aspen last week"),
    Row("as-a-firm-reported-figures-is-no-source",
        "Norvex said on Friday it would cut 900 jobs, as the lender reported a first-half loss.",
        "Norvex", "said", "it would cut 900 jobs", kind="promise"),
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
    Row("inverted-name-then-post-to-the-end",
        "The economy is slowing, said Mark Zandi, chief economist at Moody's Analytics.",
        "Mark Zandi", "said", "The economy is slowing"),
    Row("inverted-post-then-adjunct",
        "The economy is slowing, said Mark Zandi, chief economist at Moody's Analytics, in an interview.",
        "Mark Zandi", "said", "The economy is slowing"),
    Row("inverted-then-adjunct", "The economy is slowing, said Mark Zandi, in an interview on Tuesday.",
        "Mark Zandi", "said", "The economy is slowing"),
    Row("inverted-name-in-place",
        "India has more cultural resonance, says political scientist Dossym Satpayev in Almaty.",
        "Dossym Satpayev", "says", "India has more cultural resonance"),
    Row("inverted-plural-say",
        "A subdued Bill Clinton may not be such a bad thing, say some Democrats.",
        "some Democrats", "say", "A subdued Bill Clinton may not be such a bad thing"),
    Row("inverted-notes", "Turnout was the lowest since 1996, notes one analyst.",
        "one analyst", "notes", "Turnout was the lowest since 1996"),
    Row("group-apposition-then-said", "Officials, including the mayor, said the program works well.",
        "Officials", "said", "the program works well"),
    Row("name-age-town-relative-said",
        "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said the event brought "
        "back memories.",
        "Donna Rawlings", "said", "the event brought back memories"),
    Row("relative-that-clause-before-cue",
        "Progressive groups that have endorsed him say superdelegates should choose the winner.",
        "Progressive groups", "say", "superdelegates should choose the winner", kind="opinion"),
    Row("quote-anonymous-source-who-clause-told",
        "“The agents are under a lot of pressure,” a source, who was not authorized to speak, told the "
        "newspaper.",
        "a source", "told", "The agents are under a lot of pressure", quote="direct", kind="opinion"),
    Row("group-who-clause-participle",
        "Republicans, who hold a majority in the Senate, have blocked the measures, saying they would not "
        "work.",
        "Republicans", "saying", "they would not work", kind="prediction"),
    Row("in-a-poll-opens",
        "In a poll conducted by the Times and ABC News, just 28 percent of voters had a positive view of "
        "Clinton.",
        "a poll conducted by the Times and ABC News", "In",
        "just 28 percent of voters had a positive view of Clinton"),
    Row("relative-who-said",
        "Mr. Smith, who said he would debate the front-runner, left early.",
        "Smith", "said", "he would debate the front-runner", kind="promise"),
    Row("relative-who-yesterday-said",
        "He is meeting Mark Harper, who yesterday said the government could not afford the pay rises.",
        "Mark Harper", "said", "the government could not afford the pay rises"),
    Row("relative-restrictive-who-say",
        "There are voters who say the senator does not have the experience needed.",
        "voters", "say", "the senator does not have the experience needed"),
    Row("relative-which-denied",
        "The attempt has also included members of the Saudi government, which has strongly denied any "
        "involvement in the attacks.",
        "the Saudi government", "has strongly denied", "any involvement in the attacks"),
    Row("relative-to-the-body",
        "They turned to the Chicago Police Department, which reported 2,521 shooting incidents.",
        "Chicago Police Department", "reported", "2,521 shooting incidents"),
    Row("by-saying",
        "A Chinese official responded by saying Japan should be careful in the waterway.",
        "A Chinese official", "saying", "Japan should be careful in the waterway", kind="opinion"),
    Row("pronoun-after-adjuncts",
        "Even now at 86 she still says things such as, “We're not all meant to be equal.”",
        "she", "says", "We're not all meant to be equal", quote="direct"),
    Row("agency-quoted-x-as-saying",
        "RIA Novosti quoted Deputy Foreign Minister Igor Morgulov as saying the visit was being prepared.",
        "Igor Morgulov", "quoted", "the visit was being prepared"),
    # With no "as", and an outlet "reporting" the one it quotes (not the police: no outlet reports so).
    Row("agency-quoted-x-saying",
        "Kyodo quoted a government source saying that the talks would resume in May.", "a government source",
        "quoted", "the talks would resume in May", kind="prediction"),
    Row("a-daily-reported-a-source-saying",
        "English daily The Star reported a source saying that the decision would be announced on Friday.",
        "a source", "reported", "the decision would be announced on Friday", kind="prediction"),
    Row("the-police-reported-is-no-quoting",
        "Police reported a man saying that the car had crashed into a wall.", "Police", "reported",
        "a man saying that the car had crashed into a wall"),
    # An outlet relaying a claim whose speaker spoke to another outlet first: the claim is still relayed.
    Row("an-outlet-relays-a-claim-made-in-an-interview-with-another",
        "In an interview with Al-Resalah, Sabri said that the steps would seize part of the compound, Israel "
        "National News reported.", "Sabri", "said", "the steps would seize part of the compound",
        kind="prediction"),
    # "as" and another cue's participle: that cue, what was done to its object the content
    Row("a-daily-quoted-x-as-blasting",
        "The Harbour Sun quoted a senior councillor as blasting the mayor as “reckless” for closing the "
        "pool.",
        "a senior councillor", "blasting", "the mayor as “reckless” for closing the pool", quote="mixed",
        kind="opinion"),
    # "as saying:" and a quotation running over sentences: the whole quotation, direct
    Row("quoted-as-saying-a-quotation-of-two-sentences",
        "The Harbour Sun quoted Tom Hale as saying: “The pier reopened in May. Boats docked there on "
        "Monday.”",
        "Tom Hale", "quoted", "The pier reopened in May. Boats docked there on Monday",
        quote="direct"),
    # a role and a long name between "quoted" and "as"
    Row("quoted-a-role-and-a-long-name-as-saying",
        "The daily quoted the director of Westmere port, Dr. Tom Hale Westbury Roe, as saying the plan had "
        "cost 300 jobs.", "Tom Hale Westbury Roe", "quoted", "the plan had cost 300 jobs"),
    # an opening phrase's comma opens no aside: a participle after a later comma is no main cue
    Row("an-opening-phrase-then-a-participles-aside-in-the-content",
        "On Monday, the Harbour Post reported that Roe, named to the board in May, was open to offers.",
        "Harbour Post", "reported", "Roe, named to the board in May, was open to offers"),
    # a spaced dash closing an aside, then a short closing credit: the dash closes the content as a
    # comma would, the aside inside it
    Row("a-dash-closing-an-aside-then-the-credit",
        "Ferry delays are growing – from two a week to five a week – the chief executive of Norvex Jane Roe "
        "has said.", "Jane Roe", "has said", "Ferry delays are growing – from two a week to five a week"),
    # (not an aside about the subject, the cue opening its clause after the dash)
    Row("a-dash-aside-about-the-subject",
        "Tom Hale -- who has sailed the coast since 1990 -- said the channel silted up every spring.",
        "Tom Hale", "said", "the channel silted up every spring"),
    # a day before "and" ends the clause before it, no part of a name; "despite" another's words after a
    # promise is the writer's contrast, not what was vowed
    Row("a-day-and-a-second-clause-then-despite-anothers-words",
        "Strikers blocked the port gates early on Thursday and Norvex vowed to keep its ferries running "
        "despite a warning by Tom Hale that the dispute might spread.",
        "Norvex", "vowed", "to keep its ferries running", kind="promise"),
    Row("despite-the-speakers-own",
        "Tom Hale pledged to work with the council despite their differences.",
        "Tom Hale", "pledged", "to work with the council despite their differences", kind="promise"),
    # firm in a view: an opinion; a "that"-less clause after it shown by a finite "cannot"
    Row("is-adamant-a-bare-clause",
        "Mayor Jane Roe is adamant her council cannot fund a second bridge.", "Jane Roe", "is adamant",
        "her council cannot fund a second bridge", kind="opinion"),
    Row("remains-adamant-that",
        "The mayor remains adamant that the pool will reopen in May.", "The mayor", "remains adamant",
        "the pool will reopen in May", kind="opinion"),
    Row("agency-quoted-a-pronoun-as-saying",
        "Governor Paul Ngata toured the flooded port on Friday. Bernama quoted him as saying the pier would "
        "be rebuilt before the winter.",
        "Paul Ngata", "quoted", "the pier would be rebuilt before the winter", kind="prediction"),
    Row("quote-then-agency-quoted-a-pronoun-as-saying",
        "Governor Paul Ngata toured the flooded port on Friday. “We will rebuild the pier before the "
        "winter,” Bernama quoted him as saying.",
        "Paul Ngata", "quoted", "We will rebuild the pier before the winter", quote="direct", kind="promise"),
    Row("promised-a-bare-clause",
        "Governor Paul Ngata has promised the new pier will be finished before the winter.",
        "Paul Ngata", "has promised", "the new pier will be finished before the winter", kind="promise"),
    Row("noun-of-speech-by-a-speaker-that",
        "The decision follows claims by the harbour authority that the pier was built without a permit.",
        "the harbour authority", "claims", "the pier was built without a permit"),
    Row("noun-of-speech-by-a-speaker-an-aside-then-that",
        "The decision follows a warning by the coast guard, published on Monday, that the pier is unsafe.",
        "the coast guard", "warning", "the pier is unsafe", kind="prediction"),
    Row("time-noun-after-an-opener-before-the-subject",
        "Last night Ms Ortega said the ferry service would resume in June.",
        "Ortega", "said", "the ferry service would resume in June", kind="prediction"),
    Row("sources-present-at-a-meeting",
        "Sources present at the briefing said the governor had rejected the offer.",
        "Sources present at the briefing", "said", "the governor had rejected the offer"),
    Row("reported-on-a-day-that",
        "Kyodo reported on Saturday that Tokyo plans to hold the summit in May.",
        "Kyodo", "reported", "Tokyo plans to hold the summit in May", kind="prediction"),
    Row("citing-aside-then-said",
        "The newspaper, citing unnamed officials, said the plan would be announced on Friday.",
        "The newspaper", "said", "the plan would be announced on Friday", kind="prediction"),
    Row("released-by-aside-then-said",
        "The statement, released by the ministry, said the vessel had violated Russian waters.",
        "The statement", "said", "the vessel had violated Russian waters"),
    Row("aside-naming-a-show-then-said",
        "The senator, speaking on CNN’s “State of the Union,” said the bill would pass.",
        "The senator", "said", "the bill would pass", kind="prediction"),
    Row("an-auxiliary-before-an-aside", "Hale had, during a visit to the depot last month, said the "
        "port would reopen.", "Hale", "said", "the port would reopen", kind="prediction"),
    Row("aside-word-between-commas", "Murphy, though, said he is with Hillary Clinton.",
        "Murphy", "said", "he is with Hillary Clinton"),
    Row("whos-clause-then-added-that-he-too",
        "Williams, who’s running to be an alternate, added that he, too, is on a mission to draft Daniels.",
        "Williams", "added", "he, too, is on a mission to draft Daniels"),
    Row("name-inside-dashes",
        "A former Republican candidate -- John McCain, who lost the 2008 election -- said the president had "
        "no strategy.",
        "John McCain", "said", "the president had no strategy"),
    Row("description-then-relative-inside-dashes",
        "The Supreme Court justice -- who has been in a scuffle with the nominee -- said she regretted her "
        "remarks.",
        "The Supreme Court justice", "said", "she regretted her remarks"),
    Row("apposition-then-time-then-cue",
        "Reince Priebus, the GOP chairman, this past week announced that the party would create a website.",
        "Reince Priebus", "announced", "the party would create a website", kind="prediction"),
    Row("wrote-to-someone-that",
        "The American Legion wrote to Sanders’ Senate office that it did not have permission to use the "
        "emblem.",
        "The American Legion", "wrote", "it did not have permission to use the emblem"),
    Row("when-contacted-aside",
        "Powell’s office, when contacted by Reuters, said the former diplomat couldn’t recall the dinner.",
        "Powell’s office", "said", "the former diplomat couldn’t recall the dinner"),
    Row("according-to-colon-quote",
        "According to HuffPo: “Senator Tim Kaine has had a mixed record on abortion.”",
        "HuffPo", "According to", "Senator Tim Kaine has had a mixed record on abortion", quote="direct"),
    Row("announced-day-that",
        "The International Monetary Fund announced Tuesday that it is lowering its forecast.",
        "The International Monetary Fund", "announced", "it is lowering its forecast"),
    Row("particle-in-a-name",
        "“Everything was fine,” his nephew Michery el Soheil added.",
        "Michery el Soheil", "added", "Everything was fine", quote="direct", kind="opinion"),
    Row("demonstrative-this-opens-the-content", "Others say this is just a rough patch.",
        "Others", "say", "this is just a rough patch"),
    Row("says-no-matter-what",
        "House Speaker Paul Ryan says no matter what Obama does, the Second Amendment stands.",
        "Paul Ryan", "says", "no matter what Obama does, the Second Amendment stands"),
    Row("possessive-group-with-place",
        "Clinton's biggest boosters in New Hampshire insisted it was a temporary dip.",
        "Clinton's biggest boosters in New Hampshire", "insisted", "it was a temporary dip"),
    Row("relative-with-name-suffix",
        "His son Donald Jr. announced on the convention floor that New York had delivered the votes.",
        "Donald Jr.", "announced", "New York had delivered the votes"),
    Row("nickname-in-quotes-inside-apposition",
        "Marcel Lehel, the hacker known as “Guccifer,” stated that he had access to the email server.",
        "Marcel Lehel", "stated", "he had access to the email server"),
    Row("book-title-inside-apposition",
        "Hemsley, the co-author of “Going Viral,” said the days of a unifying story are gone.",
        "Hemsley", "said", "the days of a unifying story are gone"),
    Row("said-x-comma-quote", "Said Comey, “The thought that an error on our part is connected is painful.”",
        "Comey", "Said", "The thought that an error on our part is connected is painful", quote="direct",
        kind="opinion"),
    Row("after-form-before-a-semicolon",
        "It was never just about him, his aides argued in interviews this week; rather, it was his voice.",
        "his aides", "argued", "It was never just about him", kind="opinion"),
    Row("party-state-apposition-ap-style",
        "“This is a good day,” Senate Majority Leader Mitch McConnell, R-Ky., said on the Senate floor.",
        "Mitch McConnell", "said", "This is a good day", quote="direct", kind="opinion"),
    Row("told-reporters-day-bare-clause",
        "Sanders told reporters Thursday the president would take a hard look at the bill.",
        "Sanders", "told", "the president would take a hard look at the bill", kind="prediction"),
    # a show's name and a time phrase between the cue and the colon: the time counts for none of the words
    Row("told-a-show-on-a-day-colon",
        "Alexander told the BBC’s Andrew Marr Show on Sunday: “The real cost is the budget we set out in "
        "June.”",
        "Alexander", "told", "The real cost is the budget we set out in June", quote="direct",
        kind="opinion"),
    Row("short-quote-after-said-colon", "Asked whether Trump would sign it, she said: “We'll see.”",
        "she", "said", "We'll see", quote="direct"),
    Row("name-that-is-a-month-and-a-modal",
        "“We are going to keep working,” Mrs May told MPs on Monday.",
        "May", "told", "We are going to keep working", quote="direct", kind="promise"),
    Row("spokesman-for-a-named-person",
        "A spokesman for Theresa May added: “The British people voted to leave.”",
        "A spokesman for Theresa May", "added", "The British people voted to leave", quote="direct"),
    Row("poll-average-shows", "POLITICO’s Battleground States average shows Clinton ahead by 3.7 points.",
        "POLITICO’s Battleground States average", "shows", "Clinton ahead by 3.7 points"),
    Row("after-form-studies-have-shown",
        "Large sections of the city are divided by race and income, other studies have shown.",
        "other studies", "have shown", "Large sections of the city are divided by race and income"),
    Row("name-closed-by-an-aside-then-but-said",
        "Democratic candidate Hillary Clinton, like Obama, has encouraged Europe to spend more but has said "
        "she will hold firm to U.S. commitments.",
        "Hillary Clinton", "has said", "she will hold firm to U.S. commitments", kind="promise"),
    Row("group-with-relative-clause-then-participle",
        "Central European leaders who oppose migration have embraced the idea, warning that Britain's exit "
        "will sap Europe's defenses.",
        "Central European leaders", "warning", "Britain's exit will sap Europe's defenses",
        kind="prediction"),
    Row("inverted-parenthetical-and-others",
        "The contrast with Trump, said Doyle and others, would be clear since Trump stands alone.",
        "Doyle and others", "said", "The contrast with Trump would be clear since Trump stands alone",
        kind="prediction"),
    Row("said-then-according-to-an-outlet", "Sanders said the vote was rigged, according to CNN.",
        "Sanders", "said", "the vote was rigged"),
    Row("said-then-according-to-a-document", "Sanders said the vote was rigged, according to a transcript.",
        "a transcript", "according to", "Sanders said the vote was rigged"),
    Row("worker-for-a-body-told-outlet-day",
        "A producer for Yahoo Studios told The New York Times Tuesday morning that Trump canceled the "
        "interview.",
        "A producer for Yahoo Studios", "told", "Trump canceled the interview"),
    # The sentence's subject, whole: a count with its noun, people with the body they are from.
    Row("participle-after-a-count-and-its-noun",
        "Some papers are also linking the talks with the bombing, saying it was aimed at the talks.",
        "Some papers", "saying", "it was aimed at the talks"),
    Row("participle-after-a-dash",
        "Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning.",
        "Marco Rubio", "saying", "he was rooting for Peyton Manning"),
    Row("a-time-phrase-with-an-article", "Fiorina a month later announced that 6,000 jobs would go.",
        "Fiorina", "later announced", "6,000 jobs would go", kind="prediction"),
    Row("reports-as-a-noun-speaker", "Recent reports suggest the economy is slowing.",
        "Recent reports", "suggest", "the economy is slowing"),
    Row("anonymity-clause-is-no-claim",
        "Two people familiar with the matter, who asked not to be named, said the deal could be announced "
        "Monday.",
        "Two people familiar with the matter", "said", "the deal could be announced Monday",
        kind="prediction"),
    # The speaker in the next sentence, pointing back (rule "stated-by"): agency copy and English
    # translated from Russian ("Об этом заявил ...").
    Row("this-was-stated-by",
        "Moscow will not accept new conditions for the talks. This was stated on Friday by Deputy Foreign "
        "Minister Andrei Rudenko.",
        "Andrei Rudenko", "was stated", "Moscow will not accept new conditions for the talks",
        kind="promise"),
    # Translations' "with reference to" ("со ссылкой на"): the agency cites the source, which spoke.
    Row("this-was-reported-by-an-agency-with-reference-to-a-source",
        "Three climbers died on the mountain overnight. This was reported by TASS with reference to the "
        "press service of the Emergencies Ministry.", "the press service of the Emergencies Ministry",
        "was reported", "Three climbers died on the mountain overnight"),
    Row("that-then-an-adverb-aside", "The Tribune noted that, apparently, the panic was spreading fast.",
        "The Tribune", "noted", "the panic was spreading fast"),
    Row("stated-the-aforesaid",
        "Baku is trying to fill the silence with provocations. Ana Petrosyan, the ministry's spokeswoman, "
        "stated the aforesaid.",
        "Ana Petrosyan", "stated", "Baku is trying to fill the silence with provocations"),
    Row("stated-this-today",
        "The president ordered the cabinet to draft new measures. He stated this today, meeting the premier.",
        "The president", "stated", "The president ordered the cabinet to draft new measures"),
    Row("said-this-at", "Gas deliveries through the pipeline will resume in March. Novak said this at an "
        "energy forum in Vienna.",
        "Novak", "said", "Gas deliveries through the pipeline will resume in March", kind="prediction"),
    Row("reported-by-a-newspaper",
        "Grain exports rose by a fifth in the first half of the year. This was reported by the newspaper "
        "Kommersant.",
        "Kommersant", "was reported", "Grain exports rose by a fifth in the first half of the year"),
    Row("a-corresponding-statement-was-made-by",
        "Grain exports rose by a fifth in the first half of the year. A corresponding statement was made by "
        "Deputy Prime Minister Ivan Orlov, while speaking at a forum.",
        "Ivan Orlov", "statement", "Grain exports rose by a fifth in the first half of the year"),
    # Translations from Russian name the body after "in" ("В Минобороны заявили"); a document there
    # credits no one (NOT_CLAIMS).
    Row("this-was-stated-in-the-ministry",
        "Reports of casualties among the troops are untrue. This was stated in the Ministry of Defense of "
        "Chile.",
        "the Ministry of Defense of Chile", "was stated",
        "Reports of casualties among the troops are untrue"),
    Row("as-emphasized-in-the-ministry",
        "As emphasized in the ministry, there are no observation posts in the area.",
        "the ministry", "emphasized", "there are no observation posts in the area"),
    Row("pointer-after-a-claim-adds-none",
        "Ryabkov said the word did not mean a decision had been taken. He said this on Tuesday after talks "
        "in Helsinki.",
        "Ryabkov", "said", "the word did not mean a decision had been taken"),
    # Agencies relaying one another: the claim keeps its speaker; the outlet carried it.
    Row("a-claim-then-the-agency-that-reported-it",
        "Prime Minister Fumio Kishida confirmed that Tokyo wants progress on the treaty, Kyodo reported.",
        "Fumio Kishida", "confirmed", "Tokyo wants progress on the treaty"),
    Row("a-claim-then-the-agency-that-reported-it-and-a-phrase-about-the-report",
        "The federation's president said he would step aside in stages, the state news agency Bernama "
        "reported, without giving further details.",
        "The federation's president", "said", "he would step aside in stages", kind="promise"),
    Row("sources-said-then-the-agency-reported",
        "The visit will be put off until autumn, government sources said, Jiji Press reported Tuesday.",
        "government sources", "said", "The visit will be put off until autumn", kind="prediction"),
    Row("content-then-quoted-by-agency-as-saying",
        "The embassy has received no note from Washington, Zakharova was quoted by TASS as saying.",
        "Zakharova", "was quoted", "The embassy has received no note from Washington"),
    Row("content-then-agency-quotes-x-as-saying",
        "Moscow has never refused to talk to Kyiv, Interfax quotes Lavrov as saying.",
        "Lavrov", "quotes", "Moscow has never refused to talk to Kyiv"),
    # What stands between a closing cue and the end, or between a cue and its content.
    Row("said-as-he-wound-up-a-visit",
        "The visit achieved fruitful results, Xi said as he wound up his visit to Washington.",
        "Xi", "said", "The visit achieved fruitful results"),
    Row("said-after-a-long-clause-of-time",
        "The board will approve the tariff in spring, traders said after hopes of a vote on Friday faded in "
        "the chamber.",
        "traders", "said", "The board will approve the tariff in spring", kind="prediction"),
    # a count of time units and "after" past the cue's time and comma: the writer's clause, no content
    Row("said-on-a-day-then-weeks-after",
        "Rents will rise in May, the council said on Friday, two weeks after the budget was set.",
        "the council", "said", "Rents will rise in May", kind="prediction"),
    # a bound on a number opens what was reported, no particle
    Row("reported-at-least",
        "Norvex reported at least six ferries were delayed by the storm.",
        "Norvex", "reported", "at least six ferries were delayed by the storm"),
    Row("said-as-many-as-is-no-clause-of-time",
        "After the storm, officials said as many as twenty people were hurt.",
        "officials", "said", "as many as twenty people were hurt"),
    Row("said-on-a-day-commenting-on-then-that",
        "Dmitry Peskov said on Monday, commenting on reports about the missiles, that such reports were not "
        "always true.",
        "Dmitry Peskov", "said", "such reports were not always true"),
    Row("issued-a-statement-saying",
        "The Foreign Ministry issued a statement saying the sanctions were illegal.",
        "The Foreign Ministry", "saying", "the sanctions were illegal"),
    # A quote finishing a clause its sentence began is part of a mixed claim; one with its own subject is
    # the content alone.
    Row("quote-finishes-the-lead-clause",
        "The new export curbs, as well as the ban on robots, “will not have a big impact,” he said.",
        "he", "said", "The new export curbs, as well as the ban on robots, “will not have a big impact,”",
        quote="mixed", kind="prediction"),  # the quoted "will" is the speaker's own: a forecast
    Row("quote-with-its-own-subject-after-a-lead",
        "If the bill passes, “I think it will fill a void,” she said.",
        "she", "said", "I think it will fill a void", quote="direct", kind="opinion"),
    # A line that only says who spoke, after a paragraph of his words whose quotation marks a translation
    # or a copy lost (rule "signed").
    Row("a-line-that-only-says-who-spoke",
        "Sanctions will not change our course in the region at all.\n\n- said Kistanov.",
        "Kistanov", "said", "Sanctions will not change our course in the region at all", kind="prediction"),
    Row("a-name-and-a-verb-alone-in-a-line",
        "The treaty has been pushed into the background by the war.\n\nKistanov explained.",
        "Kistanov", "explained", "The treaty has been pushed into the background by the war"),
    Row("a-noun-cue-ending-an-opening-participle-phrase",
        "Downplaying their differences over trade and the espionage claims, Chinese President Xi Jinping "
        "described his talks as fruitful.",
        "Xi Jinping", "described", "his talks as fruitful", kind="opinion"),
    Row("a-column-says", "The column says the summit will change nothing.",
        "The column", "says", "the summit will change nothing", kind="prediction"),
    Row("said-in-a-commentary-then-the-speaker",
        "The leak is an attempt to strengthen Tokyo's hand in the talks, said in a commentary the Russian "
        "foreign Ministry.",
        "the Russian foreign Ministry", "said",
        "The leak is an attempt to strengthen Tokyo's hand in the talks"),
    Row("as-the-minister-stressed", "As the minister stressed, the consultations will go on until May.",
        "the minister", "stressed", "the consultations will go on until May", kind="prediction"),
    Row("is-sure-that", "The expert is sure that the sanctions will be lifted within a year.",
        "The expert", "is sure", "the sanctions will be lifted within a year", kind="opinion"),
    Row("expressed-hope-that", "Lavrov expressed hope that the consultations would resume in the spring.",
        "Lavrov", "expressed", "the consultations would resume in the spring", kind="opinion"),
    Row("expressed-concern-keeps-the-noun",
        "Kasich expressed concern that the campaign was encouraging violence at rallies.",
        "Kasich", "expressed", "concern that the campaign was encouraging violence at rallies",
        kind="opinion"),
    Row("a-writers-gloss-after-the-claim",
        "Kishida said the islands would be on the agenda, a reference to the dispute over the Kurils.",
        "Kishida", "said", "the islands would be on the agenda", kind="prediction"),
    Row("a-swipe-after-the-claim",
        "Xi said some countries were acting as a world police force, in an apparent swipe at Washington.",
        "Xi", "said", "some countries were acting as a world police force"),
    Row("calls-himself-describes-someone",
        "Tom Hale calls himself a democratic socialist.",
        "Tom Hale", "calls", "himself a democratic socialist", kind="opinion"),
    Row("declared-a-bare-clause",
        "The minister declared the plan would fail within a year.",
        "The minister", "declared", "the plan would fail within a year", kind="prediction"),
    Row("a-summing-up-after-the-claim",
        "Norvex said it would shut 90 depots, a retreat that could leave villages without a post office.",
        "Norvex", "said", "it would shut 90 depots", kind="promise"),
    Row("a-move-to-after-the-claim",
        "The board said it would sell the unit, a move to cut costs before the merger.",
        "The board", "said", "it would sell the unit", kind="promise"),
    Row("an-issue-that-after-the-claim",
        "Jane Roe has pledged to set up a panel on pay, an issue that split the council last winter.",
        "Jane Roe", "has pledged", "to set up a panel on pay", kind="promise"),
    # A sentence that is only a quote, right after a quote, goes on with the same speaker's words.
    Row("a-quote-then-a-quote-sentence",
        "“Some politicians are hyping up threats,” Zhao said. “This intention has been seen through by the "
        "world.”",
        "Zhao", "said",
        "Some politicians are hyping up threats This intention has been seen through by the world",
        quote="direct", kind="opinion"),
    Row("a-cue-inside-brackets-is-no-attribution",
        "Abe told reporters that they would resolve the issue of the islands (Kunashir, Shikotan and Habomai "
        "(collectively referred to as the South Kurils)) and sign a treaty.",
        "Abe", "told", "they would resolve the issue of the islands (Kunashir, Shikotan and Habomai "
        "(collectively referred to as the South Kurils)) and sign a treaty", kind="prediction"),
    Row("said-no-opens-the-clause",
        "A lawyer for the news outlets, David Schulz, said no decision had been made about an appeal.",
        "David Schulz", "said", "no decision had been made about an appeal"),
    Row("experts-on-x-and-y-said",
        "Experts on North Korea and nuclear arms said the latest test could change that.",
        "Experts on North Korea and nuclear arms", "said", "the latest test could change that",
        kind="prediction"),
    Row("officials-at-a-body-a-division-of",
        "Officials at the agency, a division of the ministry, said they were concerned about fraud.",
        "Officials at the agency", "said", "they were concerned about fraud"),
    # Negation kept: the claim is what was urged, not its opposite.
    Row("urged-not-to", "He urged regional states not to give outsiders an opening in the Gulf.",
        "He", "urged", "not to give outsiders an opening in the Gulf", kind="opinion"),
    Row("vowed-not-to", "Graham vowed not to buy Girl Scout cookies this year.",
        "Graham", "vowed", "not to buy Girl Scout cookies this year", kind="promise"),
    # An outlet relaying a speaker: the claim is the speaker's, the outlet carried it.
    Row("according-to-an-outlet-then-a-speaker",
        "According to Fars, Foreign Ministry Spokesman Ramin Mehmanparast told reporters that Iran would "
        "never negotiate on the islands.",
        "Ramin Mehmanparast", "told", "Iran would never negotiate on the islands", kind="promise"),
    Row("according-to-an-outlet-then-a-speaker-highlighted",
        "According to News Agency of Nigeria, the minister highlighted the government's initiatives against "
        "the smuggling of textiles.", "the minister", "highlighted",
        "the government's initiatives against the smuggling of textiles"),
    # A person passing on another's words: the claim is the one who spoke, with no medium.
    Row("after-form-then-according-to-a-person",
        "The launches were a reply to the drills, the intelligence chief told the committee, according to "
        "lawmaker Lee Min-ho.",
        "the intelligence chief", "told", "The launches were a reply to the drills"),
    Row("according-to-a-person-then-a-speaker",
        "According to Senator Jane Ross, the general said the troops would stay.",
        "the general", "said", "the troops would stay", kind="prediction"),
    Row("after-form-then-state-media-reported",
        "The talks in the capital went well, the leader said, state media KNA reported.",
        "the leader", "said", "The talks in the capital went well"),
    # Only speech is relayed: a refusal an outlet reports is the outlet's news.
    Row("an-outlet-reports-a-refusal",
        "Moscow has refused to discuss the handover of the islands, Kyodo News said on Sunday.",
        "Kyodo News", "said", "Moscow has refused to discuss the handover of the islands"),
    Row("an-outlet-reports-a-demand",
        "The spokeswoman demanded that the states stop arming the rebels, IRNA reported.",
        "The spokeswoman", "demanded", "the states stop arming the rebels", kind="opinion"),
    Row("an-outlet-reported-that-a-speaker-said",
        "IRNA reported that Foreign Minister Javad Zarif said Iran would respond to the sanctions.",
        "Javad Zarif", "said", "Iran would respond to the sanctions", kind="promise"),
    # An act relayed is no one's words: the report is the outlet's own claim.
    Row("an-outlet-reported-that-bodies-declared-an-act",
        "The Norvale Journal reported on Monday that four councils had declared housing emergencies since "
        "the spring.",
        "The Norvale Journal", "reported",
        "four councils had declared housing emergencies since the spring"),
    # Quoted words inside reported speech, the clause going on after them with a preposition: no speaker
    # follows the quotation ("“C” by the rudeness shown" names no one).
    Row("quoted-words-then-by",
        "Tom Hale said he had been “deeply hurt” by the rudeness shown to the ferry crews.",
        "Tom Hale", "said", "he had been “deeply hurt” by the rudeness shown to the ferry crews",
        quote="mixed"),
    Row("quoted-words-then-a-surname-from",
        "“Voters saw us as the party of big government,” From said.",
        "From", "said", "Voters saw us as the party of big government", quote="direct"),
    Row("an-outlet-reported-an-act-since-a-month",
        "The Norvale Journal reported that two councils had declared housing emergencies since May.",
        "The Norvale Journal", "reported", "two councils had declared housing emergencies since May"),
    Row("after-form-then-according-to-an-outlet",
        "The sanctions are illegal, Zarif said, according to the Fars news agency.",
        "Zarif", "said", "The sanctions are illegal"),
    Row("a-quote-then-quoted-by-an-outlet-as-saying",
        "“They are not here on a holiday,” Kamci was quoted by TGRT as saying.",
        "Kamci", "was quoted", "They are not here on a holiday", quote="direct"),
    Row("a-quote-then-quoted-in-a-statement",
        "“The harbour will stay open all winter,” Okafor was quoted in a statement by the port authority.",
        "Okafor", "was quoted", "The harbour will stay open all winter", quote="direct", kind="prediction"),
    Row("a-quote-then-quoted-in-a-statement-as-saying",
        "“The mill lost money in every quarter,” Okafor was quoted in a press release by the board as "
        "saying.",
        "Okafor", "was quoted", "The mill lost money in every quarter", quote="direct"),
    Row("a-quote-then-an-outlet-quoted-x-as-saying",
        "“It is a reality and we must be hopeful,” news agency ANI quoted Jaishankar as saying.",
        "Jaishankar", "quoted", "It is a reality and we must be hopeful", quote="direct", kind="opinion"),
    Row("this-came-in-a-statement-by",
        "The new pipeline will double the gas supply to Europe. This came in a statement by Bayraktar, "
        "transmitted by Anadolu Agency.",
        "Bayraktar", "statement", "The new pipeline will double the gas supply to Europe", kind="prediction"),
    Row("voiced-hope-that", "Jaishankar on Saturday voiced hope that good sense would prevail in Islamabad.",
        "Jaishankar", "voiced", "good sense would prevail in Islamabad", kind="opinion"),
    Row("cautioned-that", "Experts cautioned that both sides should avoid any miscalculation at sea.",
        "Experts", "cautioned", "both sides should avoid any miscalculation at sea", kind="opinion"),
    Row("advised-not-to", "Mehmanparast advised regional countries not to give outsiders an opening.",
        "Mehmanparast", "advised", "not to give outsiders an opening", kind="opinion"),
    Row("an-arabic-article-in-a-name", "Syrian President Bashar al-Assad said the war was nearly over.",
        "Bashar al-Assad", "said", "the war was nearly over"),
    Row("a-hyphenated-office", "UN Secretary-General Antonio Guterres said the talks would resume in May.",
        "Antonio Guterres", "said", "the talks would resume in May", kind="prediction"),
    # A bare weekday between the name and the cue is when, not part of the name.
    Row("a-bare-weekday-after-an-honorific-name",
        "Spokesperson of the Foreign Office Dr Ahmed Thursday said that the test was a violation of the "
        "treaty.",
        "Ahmed", "said", "the test was a violation of the treaty", kind="opinion"),
    Row("a-bare-weekday-after-a-titled-name",
        "Finance Minister Jane Doe Monday told reporters that prices would rise.",
        "Jane Doe", "told", "prices would rise", kind="prediction"),
    Row("a-long-title-then-a-day",
        "The UAE Minister of State for Foreign Affairs on Thursday said the crisis would end soon.",
        "The UAE Minister of State for Foreign Affairs", "said", "the crisis would end soon",
        kind="prediction"),
    # Agencies name the speaker of their lede in the next sentence: "NAME, ROLE, made the remarks".
    Row("made-the-remarks-names-the-lede",
        "No outside force can change the island's status, a Chinese mainland spokesperson said Tuesday. "
        "Ma Xiaoguang, a spokesperson for the Taiwan Affairs Office, made the remarks when asked about it.",
        "Ma Xiaoguang", "said", "No outside force can change the island's status"),
    Row("made-the-remarks-credits-the-sentence-before",
        "The navy will hold drills near the island next week. Zhao Lijian, a foreign ministry spokesman, "
        "made the remarks at a press briefing on Monday.",
        "Zhao Lijian", "made the remarks", "The navy will hold drills near the island next week",
        kind="prediction"),
    Row("a-name-and-a-long-role-then-told-an-outlet",
        "The US is trying to contain China, Li Haidong, a professor at the China Foreign Affairs University, "
        "told the Global Times on Sunday.",
        "Li Haidong", "told", "The US is trying to contain China"),
    Row("with-some-suggesting",
        "As the world mulls his health, with some suggesting that the leader may be dead, guesses continue.",
        "some", "suggesting", "the leader may be dead"),
    Row("according-to-a-source-who-declined",
        "An official fled with his family in late September, according to the source, who declined to be "
        "identified.",
        "the source", "according to", "An official fled with his family in late September"),
    Row("said-then-a-long-title-and-name",
        "“The red lines will be kept,” said Deputy Chief of Staff of Iran's Armed Forces Major General "
        "Mohammad Bagheri.",
        "Mohammad Bagheri", "said", "The red lines will be kept", quote="direct", kind="prediction"),
    # Gulf and Indian copy: the outlet, then the source it relays ("quoting", "citing").
    Row("a-long-subject-then-reports-a-daily-quoting-sources",
        "The conflict between Qatar and Saudi Arabia, Bahrain and the Emirates is expected to escalate soon, "
        "reports Al-Rai daily quoting reliable sources.",
        "reliable sources", "reports",
        "The conflict between Qatar and Saudi Arabia, Bahrain and the Emirates is expected to escalate soon",
        kind="prediction"),
    Row("reports-a-daily-quoting-sources",
        "The dispute is expected to escalate soon, reports Al-Rai daily quoting reliable sources.",
        "reliable sources", "reports", "The dispute is expected to escalate soon", kind="prediction"),
    Row("a-daily-reported-quoting-sources",
        "The talks will resume in May, Al-Qabas daily reported quoting informed sources.",
        "informed sources", "reported", "The talks will resume in May", kind="prediction"),
    Row("a-quote-reported-by-an-agency-citing-a-spokesman",
        "“No such thing has been raised in the talks,” reported Xinhua on Sunday citing spokesperson Behrouz "
        "Kamalvandi.",
        "Behrouz Kamalvandi", "reported", "No such thing has been raised in the talks", quote="direct"),
    Row("will-as-a-noun-is-no-future",
        "Nobody can force Iran to do anything against its will, Ghasemi said.",
        "Ghasemi", "said", "Nobody can force Iran to do anything against its will"),
    Row("went-on-to-say", "The minister went on to say that the kingdom sees no seriousness in Tehran.",
        "The minister", "say", "the kingdom sees no seriousness in Tehran", kind="opinion"),  # a stance seen
    # the document it was said in after the closing cue and its time, however long: no content of its own
    Row("said-on-a-day-in-its-report",
        "More than 300 ferries ran late, the transport agency said on Friday in its annual review of "
        "the service.",
        "the transport agency", "said", "More than 300 ferries ran late"),
    # "to V" ends before "and" and a past form, the subject's second act (not one more infinitive)
    Row("urged-to-v-and-a-second-act",
        "The council urged drivers to slow down and installed two new cameras.",
        "The council", "urged", "to slow down", kind="opinion"),
    Row("vowed-to-v-and-v", "Tom Hale vowed to fight and win.", "Tom Hale", "vowed", "to fight and win",
        kind="promise"),
    # who is heard or seen doing the saying speaks, not who hears (`Rules.hearing`)
    Row("heard-someone-say", "Jurors heard the driver say he was tired.",
        "the driver", "say", "he was tired"),
    Row("saw-someone-pledge", "The summit saw ministers pledge to cut fuel duty.",
        "ministers", "pledge", "to cut fuel duty", kind="promise"),
    # people described by a participle and its preposition speak ("charged with", "accused of")
    Row("participle-after-the-speaker",
        "Five councillors accused of rigging the vote said they were innocent.",
        "Five councillors accused of rigging the vote", "said", "they were innocent"),
    # the day of an occasion after the closing cue is when, however long, and no topic of "insisted on"
    Row("insisted-on-the-third-day-of",
        "The ferry had been overloaded, Tom Hale insisted on the third day of the hearing into the "
        "sinking.",
        "Tom Hale", "insisted", "The ferry had been overloaded"),
    # the writer's definition of a term closing the claim, after a dash or a comma (`Rules.defining_nouns`)
    Row("dash-then-a-definition",
        "The council said the payment followed a spoofed invoice – a form of fraud aimed at small firms.",
        "The council", "said", "the payment followed a spoofed invoice"),
    # "that" before a noun whose relative clause follows its comma opens the clause: no demonstrative
    Row("added-that-a-noun-and-its-relative-clause",
        "Ms Roe added that tenants, which include pensioners and students, are seeking a judicial review.",
        "Roe", "added", "tenants, which include pensioners and students, are seeking a judicial review"),
    # "continued to" before the cue: the subject keeps saying so
    Row("continued-to-deny", "Tom Hale continued to deny that the fund had been misused.",
        "Tom Hale", "deny", "the fund had been misused"),
    Row("has-continued-to-insist", "The council has continued to insist the road is safe.",
        "The council", "insist", "the road is safe"),
    # a relative clause in apposition whose comma follows a closing quotation mark (British style)
    Row("apposition-comma-after-a-closing-quote",
        "The Westmere mayor, who last year called the ferry deal a “scandal”, said the contract was under "
        "review.",
        "The Westmere mayor", "said", "the contract was under review"),
    # A verb of going to an audience, then "to say": its subject speaks (`Rules.errands`).
    Row("took-to-a-channel-to-say", "Tom Hale took to social media on Monday to say the ferry had been sold.",
        "Tom Hale", "say", "the ferry had been sold"),
    Row("wrote-to-tenants-to-say", "The Westmere pension fund wrote to tenants on Tuesday to say that "
        "rents had been frozen.", "The Westmere pension fund", "say", "rents had been frozen"),
    Row("called-someone-to-warn", "Jane Roe called her landlord on Friday to warn that the roof was leaking.",
        "Jane Roe", "warn", "the roof was leaking"),
    # (seeming is no errand: "appeared to suggest" credits the cue before it)
    Row("appeared-to-suggest", "Tom Hale appeared to suggest that the ferry had been sold.",
        "Tom Hale", "appeared", "to suggest that the ferry had been sold", kind="opinion"),
    # Quotes as Russian copy punctuates them, kept in translations.
    Row("quote-comma-dash-said",
        "“We are open to dialogue on all questions”, – said the Deputy Foreign Minister Andrei Rudenko.",
        "Andrei Rudenko", "said", "We are open to dialogue on all questions", quote="direct", kind="opinion"),
    Row("quote-inside-a-quote-with-the-same-marks",
        "“The word “soon” does not mean tomorrow, and “soon” can take months”, – the diplomat stressed.",
        "the diplomat", "stressed", "The word “soon” does not mean tomorrow, and “soon” can take months",
        quote="direct"),
    Row("believes-the-expert",
        "Sanctions hurt European farmers more than Russian ones, believes the expert.",
        "the expert", "believes", "Sanctions hurt European farmers more than Russian ones", kind="opinion"),
    Row("underlined-the-ambassador", "“Our position has not changed,” underlined the ambassador.",
        "the ambassador", "underlined", "Our position has not changed", quote="direct"),
    # "Back in May" opens the sentence as "Earlier this month" does: no one named "Back".
    Row("back-in-month-opens-the-sentence",
        "Back in May, President John Hale made a surprise announcement to leave the pact, claiming the deal "
        "had failed.", "John Hale", "claiming", "the deal had failed"),
    # A date opening the sentence is when, no one: the subject after it speaks, also for a second verb.
    Row("date-opens-then-coordinated-cue",
        "On November 11th, the ministry revised its figures and revealed that 40 people had died in the "
        "floods.", "the ministry", "revealed", "40 people had died in the floods"),
    Row("date-with-year-opens-without-comma",
        "On 8 December 2023 the council said that three schools would close.",
        "the council", "said", "three schools would close", kind="prediction"),
    Row("abbreviated-date-and-year-open",
        "On Nov. 11, 2023, the regulator fined the bank and said its controls had failed.",
        "the regulator", "said", "its controls had failed"),
    # Whom a warning addresses before a clause with no "that" is no part of what was warned.
    Row("warned-possessive-addressee-then-clause",
        "Coach Nic Pothas warned his players there would be repercussions.",
        "Nic Pothas", "warned", "there would be repercussions", kind="prediction"),
    Row("warned-plural-addressee-then-clause",
        "The mayor warned local residents the river would rise overnight.",
        "The mayor", "warned", "the river would rise overnight", kind="prediction"),
    Row("warned-addressees-then-a-colon",
        "The minister warned ferry operators: there is no going back on the timetable.",
        "The minister", "warned", "there is no going back on the timetable"),
    Row("warned-bare-plural-then-pronoun",
        "Police warned motorists they would face heavy fines.",
        "Police", "warned", "they would face heavy fines", kind="prediction"),
    Row("warned-a-clause-opening-with-this",
        "The ministry warned this year's budget would fall short of its target.",
        "The ministry", "warned", "this year's budget would fall short of its target", kind="prediction"),
    Row("warned-a-clause-with-no-addressee",
        "The bank warned rising costs could hurt growth next year.",
        "The bank", "warned", "rising costs could hurt growth next year", kind="prediction"),
    # A date after the medium told: "on June 23," is when, and the clause follows its comma.
    Row("told-a-medium-on-a-date-then-clause",
        "Anis Akbar told Radio Mashaal on June 23, the suspect was arrested on June 21.",
        "Anis Akbar", "told", "the suspect was arrested on June 21"),
    # Not a verb before a title: "Tenney took down businessman X" is no role.
    Row("verb-before-a-title-is-no-role",
        "Tenney took down businessman Steve Wells, claiming the vote was rigged.",
        "Tenney", "claiming", "the vote was rigged"),
    # A scene opening the sentence before an apposed subject is no one ("Today" may come before it).
    Row("scene-then-apposed-subject",
        "Today at the 13th Lujiazui Forum, Yi Huiman, chairman of the China Securities Regulatory "
        "Commission, said the STAR Market has proved its role.",
        "Yi Huiman", "said", "the STAR Market has proved its role"),
    # Who the source of an "according to" aside is, after its name, is no part of the content.
    Row("according-to-aside-with-an-apposition",
        "The changes, according to Cytonn, a Nairobi-based investment firm, would ensure new listings.",
        "Cytonn", "according to", "would ensure new listings", kind="prediction"),
    # "C, NAME, TITLE of OFFICE told X" with no comma closing the title: the name speaks, the title its role.
    Row("name-then-a-title-of-an-office-with-no-closing-comma",
        "Prices will not rise during Ramadan, Dr Hashim Al Nuaimi, Director of Consumer Protection at the "
        "Ministry of Economy told reporters.",
        "Hashim Al Nuaimi", "told", "Prices will not rise during Ramadan", kind="prediction"),
    # A clause of time after an inverted cue's name tells when: the name alone speaks.
    Row("inverted-cue-then-a-clause-of-time",
        "The series shows that Test cricket is still alive, said skipper Joe Root after England secured a "
        "60-run win.", "Joe Root", "said", "The series shows that Test cricket is still alive",
        kind="opinion"),  # a lesson drawn from the series (`Rules.lessons`)
    # A long title before the name after the comma, and when, where and a clause of time after the cue.
    Row("long-title-then-name-then-scene-and-clause-of-time",
        "The players had done what they could, head coach of the Chinese national football team Alain "
        "Perrin said on Thursday at the press conference after China lost to Australia.",
        "Alain Perrin", "said", "The players had done what they could"),
    # Words raised in the voice beside a quotation.
    Row("cried-after-a-quotation",
        "“My child, my child!” Gretchen Espinosa cried in a video posted online by a broadcaster.",
        "Gretchen Espinosa", "cried", "My child, my child", quote="direct"),
    Row("chanted-after-a-quotation", "“Lock her up,” the crowd chanted.", "the crowd", "chanted",
        "Lock her up", quote="direct"),
    # Agency English: "affirmed" for "said", a time phrase between subject and cue.
    Row("affirmed-that",
        "The Minister of Finance Paul Rand on Monday affirmed that the fuel tax had been cut.",
        "Paul Rand", "affirmed", "the fuel tax had been cut"),
    Row("censured-a-quoted-phrase",
        "Ruth Kane, the party's spokeswoman, censured the \"cheap and cynical\" plan.",
        "Ruth Kane", "censured", "the \"cheap and cynical\" plan", quote="mixed", kind="opinion"),
    Row("gave-assurances-that", "Mayor Tom Birch gave assurances that the bridge was safe for lorries.",
        "Tom Birch", "gave assurances", "the bridge was safe for lorries"),
    # What was asked keeps its negation: "asking X not to V" (a request: an opinion, as "urged X not to").
    Row("asking-not-to", "The Greens drafted their own text, asking the Commission not to scrap the rules.",
        "The Greens", "asking", "not to scrap the rules", kind="opinion"),
    # A judgement in the passive: the judge after "by", the subject judged (or the words after "as").
    Row("was-criticised-by", "The new tax plan was criticised by opposition leader Jane Marlow on Monday.",
        "Jane Marlow", "was criticised", "The new tax plan", kind="opinion"),
    Row("was-condemned-by-as-quoted", "The budget was condemned by the unions as “a gift to the rich.”",
        "the unions", "was condemned", "a gift to the rich", quote="direct", kind="opinion"),
    Row("has-been-praised-by-an-unlisted-group",
        "The new tram line has been praised by the bike-riders as ‘a blessing for the town’.",
        "the bike-riders", "has been praised", "a blessing for the town", quote="direct", kind="opinion"),
    # A single closing mark before a comma still ends the opening phrase before the speaker's name.
    Row("single-quoted-words-before-the-speaker",
        "Citing the words ‘before we spend more’, Councillor Ann Cole said: “They will cut the grant.”",
        "Ann Cole", "said", "They will cut the grant", quote="direct", kind="prediction"),
    # A quoted word or two right before a verb is its subject, not a quotation the verb attributes.
    Row("quoted-words-as-the-subject-of-a-verb",
        "Mayor Ann Cole warned that the “rival camp” declared its aim to split the town.",
        "Ann Cole", "warned", "the “rival camp” declared its aim to split the town", quote="mixed"),
    Row("time-then-a-bare-clause-running-past-a-comma",
        "The minister said on Thursday there was no risk of default, more than a year after the crash.",
        "The minister", "said", "there was no risk of default, more than a year after the crash"),
    # "with X V-ing C": the participle's own subject after "with" speaks, not the sentence's subject.
    Row("with-a-subject-adding", "Rents will rise, with Labour adding that the grant would be cut.",
        "Labour", "adding", "the grant would be cut", kind="prediction"),
    Row("with-a-poll-share-saying", "Cole leads the poll, with 40 percent of voters saying she is ready.",
        "40 percent of voters", "saying", "she is ready"),
    # A clause with no "that" after a cue that takes none by default: a short subject, then a finite
    # auxiliary (`Rules.zero_that_verbs`).
    Row("hinted-a-bare-clause", "Treasurer Ann Cole has hinted the deficit could shrink next year.",
        "Ann Cole", "has hinted", "the deficit could shrink next year", kind="prediction"),
    Row("is-confident-a-bare-clause", "Ann Cole is confident exports will grow this year.",
        "Ann Cole", "is confident", "exports will grow this year", kind="opinion"),
    # a participle alone before its comma opens the sentence (no one named "Reacting"; a surname in
    # "-ing" still speaks); a role of several parts, then the name with a courtesy title after the last
    # comma, as Nigerian copy writes a post and its department
    # courts and counsel as court reporters chain them: "..., ruling that C", "observing that C",
    # "submitting that C" (the sentence's subject speaks)
    Row("ruling-that", "The Supreme Court quashed the conviction, ruling that the trial had been flawed.",
        "The Supreme Court", "ruling that", "the trial had been flawed"),
    Row("observing-that", "The High Court granted bail to Jane Roe, observing that the trial had not begun.",
        "The High Court", "observing", "the trial had not begun"),
    Row("submitting-that", "Prosecutor Jane Roe pressed for a longer term, submitting that the offence was "
        "planned.", "Jane Roe", "submitting that", "the offence was planned"),
    Row("finding-that", "The appeals court overturned the order, finding that the notice had come too late.",
        "The appeals court", "finding that", "the notice had come too late"),
    # the subject goes on past plain words to a body's noun
    Row("a-body-described-in-lower-case", "The Harbour high court on Monday granted bail to Jane Roe, "
        "observing that the trial had not begun.", "The Harbour high court", "observing",
        "the trial had not begun"),
    Row("a-lone-participle", "Reacting, the Minister of Education, Jane Roe, told reporters the funds had "
        "been paid.", "Jane Roe", "told", "the funds had been paid"),
    Row("a-surname-in-ing", "Browning, the minister, said the funds had been paid.", "Browning", "said",
        "the funds had been paid"),
    Row("a-role-of-parts-then-a-courtesy-title", "The General Manager, Public Affairs, Mrs Jane Roe, said "
        "the collapse occurred at noon.", "Jane Roe", "said", "the collapse occurred at noon"),
    # a denial with its reasons ("refuted claims that C"); heads of firms in British copy ("bosses")
    Row("refuted-claims-that", "The commissioner refuted claims that the demolition targeted traders.",
        "The commissioner", "refuted", "claims that the demolition targeted traders"),
    Row("bosses-of-firms", "Bosses of six of the UK's largest breweries said soaring costs would close pubs.",
        "Bosses of six of the UK's largest breweries", "said", "soaring costs would close pubs",
        kind="prediction"),
    # a named person after the comma of an opening scene, not the scene's own words
    Row("during-a-debate-then-the-speaker", "During the Miami debate, Trump said the plan was bad.", "Trump",
        "said", "the plan was bad"),
    # a message or post between the speaker and the cue is the occasion, no part of the speaker
    Row("in-a-tweet-before-the-cue", "Foreign Minister Mohammad Javad Zarif in a tweet said the talks had "
        "failed.", "Mohammad Javad Zarif", "said", "the talks had failed"),
    # a place opening the sentence: the participle's subject is the body after its comma, not the place;
    # another phrase of place after the comma is still the opening
    Row("in-a-place-then-the-participles-subject", "In Geneva, the Kofi Annan Foundation announced his death "
        "with “immense sadness”, saying he died in peace.", "Kofi Annan Foundation", "saying",
        "he died in peace"),
    Row("a-count-and-an-adjective-go-on-to-their-noun", "In a column in the day before the debate, two "
        "Democratic speechwriters implored her to bring it back, arguing that it agitated Trump.",
        "two Democratic speechwriters", "arguing", "it agitated Trump", kind="opinion"),
    Row("a-second-phrase-of-place-is-still-the-opening", "In the last GOP debate, on CNBC, candidates were "
        "able to dodge questions by saying it was the questioner who had been wrong.", "candidates", "saying",
        "it was the questioner who had been wrong"),
    Row("a-role-a-comma-then-a-name-after-a-quote", "“We had to act. The animals had become a danger,” "
        "Parkwatch spokesperson, Mr Tom Akers said.", "Tom Akers", "said",
        "We had to act. The animals had become a danger", quote="direct"),
    Row("a-role-a-comma-then-a-name-before-a-cue", "The Harbour Authority spokesman, Tom Akers said the port "
        "would reopen.", "Tom Akers", "said", "the port would reopen", kind="prediction"),
    # the ones quoted after "quoting" ("X reported quoting sources in the ministry as saying C")
    Row("reported-quoting-as-saying", "The Harbour Times reported quoting sources in the culture ministry as "
        "saying that the board has passed the film.", "sources in the culture ministry", "reported",
        "the board has passed the film"),
    # a cue's text takes in the auxiliaries and adverbs right before it (`Rules.cue_auxiliaries`): tense,
    # voice and negation as written
    Row("cue-text-had-said", "The firm had said the cuts may hit services.", "The firm", "had said",
        "the cuts may hit services", kind="prediction"),
    Row("cue-text-does-not-believe", "The minister does not believe the plan is sound.", "The minister",
        "does not believe", "the plan is sound", kind="opinion"),
    Row("cue-text-also-said", "The union also said the strike would go on.", "The union", "also said",
        "the strike would go on", kind="prediction"),
    # a view held, in four words
    Row("is-of-the-opinion-that", "Tan Hock is of the opinion that the state needs no new car "
        "maker.", "Tan Hock", "is of the opinion", "the state needs no new car maker", kind="opinion"),
    Row("were-of-the-view-that", "The unions were of the view that the fees were too high.", "The unions",
        "were of the view", "the fees were too high", kind="opinion"),
    Row("maintained-a-bare-clause", "The mayor maintained the contracts were signed lawfully.",
        "The mayor", "maintained", "the contracts were signed lawfully"),
    Row("branded-a-name", "Cole branded the budget a disaster.",
        "Cole", "branded", "the budget a disaster", kind="opinion"),
    Row("branded-as-quoted", "Cole branded the attack as “desperate stuff from a dying party”.",
        "Cole", "branded", "desperate stuff from a dying party", quote="direct", kind="opinion"),
    # a place closing a relative clause after a name, before the cue, is no speaker
    Row("a-place-ending-a-relative-clause",
        "Fashola who appeared on the weekly ministerial briefing organised by the communication team at the "
        "Presidential Villa, Abuja, said that the pressure on housing was caused by migration.",
        "Fashola", "said", "the pressure on housing was caused by migration"),
    # blaming charges another with a harm, an opinion; a claim of responsibility asserts a deed
    Row("blamed-someone-for-a-harm", "Interior Minister Omar Baig blamed the rebels for the attack.",
        "Omar Baig", "blamed", "the rebels for the attack", kind="opinion"),
    Row("claimed-responsibility-for-a-deed",
        "The Northern Front claimed responsibility for an attack on a bus that killed seven people.",
        "The Northern Front", "claimed responsibility for", "an attack on a bus that killed seven people"),
    # after "said", a phrase of when or where names no speaker: the one before the cue speaks
    Row("said-on-a-day-on-a-channel-after-an-apposition",
        "A bill will give the law new teeth, the national coordinator, Paul Nunes, said on Saturday on "
        "BFMTV.", "Paul Nunes", "said", "A bill will give the law new teeth", kind="prediction"),
    Row("said-in-a-phone-interview-after-an-apposition",
        "The bombing occurred near the palace, Seddiq Amiri, a spokesman for the interior ministry, said in "
        "a phone interview today.", "Seddiq Amiri", "said", "The bombing occurred near the palace"),
    # a news site's name ending in "Online" is an outlet, carrying the claim inside its report
    Row("a-claim-inside-a-sites-report",
        "Somalia's military says security forces have killed 11 militants, Garowe Online reports.",
        "Somalia's military", "says", "security forces have killed 11 militants"),
    # "Besides X, Y also ...": someone beside the subject, named after the comma
    Row("besides-someone",
        "Besides Rayer, Jane Roe (PH-Batu Kawan) also suggested that the reports be made available.",
        "Jane Roe", "also suggested", "the reports be made available"),
    # the outlet that quoted between "quoted as saying" and "that"
    Row("quoted-as-saying-by-an-outlet-that",
        "Jane Roe is quoted as saying by the BBC that she would resign.",
        "Jane Roe", "is quoted as saying", "she would resign", kind="promise"),
    # A relative clause whose subject is a speaker and a cue, its verb right after the cue: the claim is
    # the verb's phrase, to the clause's comma (past a participle's comma).
    Row("a-relative-clause-said-of-a-thing",
        "Norvex recalled 9,000 cars for a fault that inspectors said could stall the engine.",
        "inspectors", "said", "could stall the engine", kind="prediction"),
    Row("a-relative-clause-between-commas",
        "The raids, which the police said caused £2 million of losses, were condemned.",
        "the police", "said", "caused £2 million of losses"),
    Row("a-relative-clause-past-a-participle",
        "The firm, which Jane Roe believes has skirted scrutiny for years, allowing rivals to grow, was "
        "fined.",
        "Jane Roe", "believes", "has skirted scrutiny for years, allowing rivals to grow", kind="opinion"),
    # the content of a cue after "who" and a comma ends at the clause's comma, an opening phrase before
    Row("an-opening-phrase-then-a-relative-clause",
        "At the hearing, Jane Roe, who said she was innocent, was released.",
        "Jane Roe", "said", "she was innocent"),
    # a pair of dashes inside a relative clause's content with no verb before them is an aside in it;
    # after a verb the first dash ends it
    Row("a-dash-pair-inside-a-relative-clause",
        "She agreed with Jane Roe, who believes the pier – built in 1890 – needs no repairs at all.",
        "Jane Roe", "believes", "the pier – built in 1890 – needs no repairs at all", kind="opinion"),
    Row("a-dash-after-a-relative-clauses-verb",
        "Tom Hale, who said the port would close – a claim denied by the board – was fined.",
        "Tom Hale", "said", "the port would close", kind="prediction"),
    Row("a-relative-clause-with-had-said",
        "The board did not name a date, which harbour officials had said was still open.",
        "harbour officials", "had said", "was still open"),
    # a long lead between the cue and its "that", up to twenty words, with no verb in it
    Row("a-long-lead-before-that",
        "Wanjiru said in a statement following a status and appraisal briefing on the programme at her "
        "Karen residence that the initiative is a top priority.",
        "Wanjiru", "said", "the initiative is a top priority"),
]  # fmt: skip


def test_a_quote_sentence_after_reported_speech_is_a_claim_of_its_own() -> None:
    # "Zhao said C. “Q.”": the quote goes on with the same speaker's words, quoted as said, so it is a
    # direct claim beside the reported one (one claim of both would call the reported words quoted)
    text = (
        "Zhao said some politicians were hyping up threats. “This intention has been seen through by the "
        "world.”"
    )
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name if c.speaker else None, c.cue.text if c.cue else None, c.text, c.quote, c.rule)
            for c in claims] == [
        ("Zhao", "said", "some politicians were hyping up threats", "indirect", "reported"),
        ("Zhao", "said", "This intention has been seen through by the world", "direct", "quote-follows"),
    ]  # fmt: skip


def test_a_quote_paragraph_after_an_attributed_quote_is_a_claim_of_its_own() -> None:
    # "“C1,” X said.¶“C2.”": a new quotation in a paragraph of its own is the same speaker's next claim,
    # as readers and fact-checkers count them (a quotation left open over the paragraph break, "“C1.¶“C2.”",
    # stays one claim: `quote-continued-next-paragraph`)
    text = "“The border is closed,” Avakov said.\n\n“No one will cross it.”"
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name if c.speaker else None, c.cue.text if c.cue else None, c.text, c.quote, c.rule)
            for c in claims] == [
        ("Avakov", "said", "The border is closed", "direct", "quote-after"),
        ("Avakov", "said", "No one will cross it", "direct", "quote-follows"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("between", "second"),
    [
        # a sentence about the speaker between her quotes: the next quote is hers, a claim of its own
        pytest.param(
            " She has no car. ", ("Jane Roe", "The nearest shop is an hour away on foot"), id="she-then"
        ),
        # not across a paragraph, nor after a sentence with words of its own or about someone else
        pytest.param("\n\nShe has no car.\n\n", None, id="a-paragraph-between"),
        pytest.param(" The store opened in 1986. ", None, id="a-sentence-about-the-store"),
        # a sentence opening with "this", "that" or "it" tells what her words bear on: the next quote is
        # hers too, unless it names someone, or has a cue ("was" or "is" alone is none)
        pytest.param(
            " This affects the shops in Westmere and Norvale. ",
            ("Jane Roe", "The nearest shop is an hour away on foot"),
            id="this-then",
        ),
        pytest.param(
            " She was born in the village in 1943. ",
            ("Jane Roe", "The nearest shop is an hour away on foot"),
            id="she-was-then",
        ),
        pytest.param(" That is when Tom Hale arrived. ", None, id="a-sentence-naming-another"),
    ],
)
def test_a_quote_after_a_sentence_about_the_speaker(between: str, second: tuple[str, str] | None) -> None:
    said = "“I do not know what I will do,” said Jane Roe, 81."
    text = f"{said}{between}“The nearest shop is an hour away on foot.”"
    claims = [(c.speaker.name, c.text) for c in parse_article(text).claims if c.speaker]
    assert claims[0] == ("Jane Roe", "I do not know what I will do")
    assert claims[1:] == ([second] if second else [])


def test_a_that_past_a_clause_in_a_long_lead_is_no_cues() -> None:
    # past twelve words, a verb in the lead means a clause has begun: its "that" opens no content
    text = (
        "Cole told the paper's weekly video newsmaker series it is clear from publicly disclosed "
        "information that the server was hacked."
    )
    (claim,) = [c for c in parse_article(text).claims if c.speaker]
    assert claim.text.endswith("it is clear from publicly disclosed information that the server was hacked")


FINE_QUOTES = DEFAULT_RULES.extend(
    mixed_quotes=True
)  # rows show `mixed` where quoted words stand in reported speech


@pytest.mark.parametrize("row", [pytest.param(r, id=r.label) for r in FORMS])
def test_form(row: Row) -> None:
    article = parse_article(row.text, options=FINE_QUOTES)
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


@pytest.mark.parametrize("row", [pytest.param(r, id=r.label) for r in FORMS if r.quote == "mixed"])
def test_quoted_words_in_reported_speech_are_indirect_by_default(row: Row) -> None:
    claims = [c for c in parse_article(row.text).claims if c.speaker is not None]
    assert [c.quote for c in claims] == ["indirect"]


def test_and_said_in_a_when_clause() -> None:
    # a cue joined by "and" to a verb in a clause of time after a comma: that clause's subject speaks; the
    # verb before "and" is a cue of its own, a reproof ("chided", a row of FORMS until it became a cue)
    text = (
        "The tensions continued yesterday, when the prime minister chided Ms Roe for interrupting him and "
        "said it fitted with her party's approach."
    )
    claims = [c for c in parse_article(text).claims if c.cue]
    assert [
        (c.speaker.name if c.speaker else None, c.cue.text if c.cue else None, c.text) for c in claims
    ] == [
        ("the prime minister", "chided", "Ms Roe for interrupting him"),
        ("the prime minister", "said", "it fitted with her party's approach"),
    ]


@pytest.mark.parametrize("mark", [",", " –"])
def test_a_persons_pronoun_after_a_bodys_claim_is_another_speaker(mark: str) -> None:
    # "though he stressed C2" after a paper's claim: "he" is a person, not the paper; after a comma or a
    # spaced dash alike
    text = (
        "Intro.\n\nTom Hale was named in the report.\n\nThe paper claimed that a deal was struck for Hale "
        f"to speak at events{mark} though he insisted he would first ask his board."
    )
    claims = [c for c in parse_article(text).claims if c.cue]
    assert [(c.speaker.name if c.speaker else None, c.text) for c in claims] == [
        ("The paper", "a deal was struck for Hale to speak at events"),
        ("Tom Hale", "he would first ask his board"),
    ]


def test_a_cry_after_a_claim_is_not_its_words() -> None:
    # the crowd's chant is the crowd's ("chanted" is a cue beside a quotation), never the claim's before it
    text = "Trump said the vote was rigged. “Lock her up!” the crowd chanted."
    claims = [c for c in parse_article(text, options=FINE_QUOTES).claims if c.speaker]
    assert [(c.speaker.name if c.speaker else "", c.text) for c in claims] == [
        ("Trump", "the vote was rigged"),
        ("the crowd", "Lock her up"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale said the outcome, as he explained later, was a setback for the port.",
        "Jane Roe pledged to rebuild the harbour wall, as she put it on Friday in Westmere.",
    ],
)
def test_as_and_a_pronoun_in_an_aside_opens_no_second_claim(text: str) -> None:
    assert len([c for c in parse_article(text).claims if c.cue]) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a noun no one speaks as before "of" leaves the speaker after it
        (
            "The plan drew the anger of the Westmere dockers' union, which said the plan would cost jobs.",
            "the Westmere dockers' union",
        ),
        (
            "Tom Hale lost the vote thanks to the efforts of Jane Roe's grown sons, who believed the plan "
            "was unfair.",
            "Jane Roe's grown sons",
        ),
        # a plural's possessive mark is no boundary of the phrase
        (
            "The plan won the backing of the teachers' union, which said it would help pupils.",
            "the teachers' union",
        ),
        # people by their plural noun after a verb open the phrase; a part of a group speaks as such
        ("He met members of the union, who said the strike would go on.", "members of the union"),
        ("He met some of the strikers, who said the strike would go on.", "some of the strikers"),
        # a count opens the phrase as an article does, with an auxiliary before the cue or without
        ("She will need two more parties which have said she must drop the levy.", "two more parties"),
        ("She met three unions, which said their members would strike.", "three unions"),
    ],
)
def test_a_relative_pronouns_antecedent(text: str, speaker: str) -> None:
    claims = [c for c in parse_article("Intro.\n\n" + text).claims if c.speaker]
    assert [c.speaker.name for c in claims if c.speaker] == [speaker]


def test_a_second_cues_own_pronoun_is_its_speakers_mention() -> None:
    # "although he again declined to C2": the mention is this "he", past the adverb, not the first one
    text = "He said the levy was fair, although he again declined to publish the figures."
    second = [c for c in parse_article(text).claims if c.cue and c.cue.text.endswith("declined")]
    assert [c.speaker.span for c in second if c.speaker] == [(text.index("he again"), text.index(" again"))]


def test_said_so_after_a_clause_of_its_own_points_at_no_sentence_before() -> None:
    # "after a third said so" is no pointer crediting the sentence before to "a third" ("X said so." alone is)
    text = "Intro.\n\nRoe has gained, too. Most voters say she is decisive, after a third said so in May."
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name, c.cue.text if c.cue else None) for c in claims if c.speaker] == [
        ("Most voters", "say")
    ]


def test_a_consequence_participle_cut_off_is_no_claim_of_its_own() -> None:
    # "putting him at odds with his party" is a phrase of the writer's, no sentence to check
    claims = parse_article(
        "Tom Hale said he could not back the plan, putting him at odds with his party."
    ).claims
    assert [c.text for c in claims] == ["he could not back the plan"]


def test_labels_are_unique() -> None:
    labels = [r.label for r in FORMS]
    assert len(labels) == len(set(labels))


NOT_CLAIMS = [
    # "it" before a passive cue is no one: "it was claimed", "it is said", "it has been alleged"
    "The ferry crew ignored the warning, it was claimed in court yesterday.",
    "The ferry left port early, it is said, to avoid the storm.",
    # a participle after the people it describes is no cue: they were accused ("accused of")
    "Three Norvale councillors accused of rigging the vote were cleared on Monday.",
    # a cue taking a thing, its occasion and then the thing: "announced in a statement on Monday the X" is
    # no closing attribution of the words before it
    "Adding to the delays, the Westmere port authority announced in a statement on Monday the "
    "closure of its second berth.",
    # "stands accused" is a passive, as "was accused" is: the one accused claims nothing
    "Tom Hale stands accused of hiding the cost of the bridge by the opposition.",
    # a person revealing a thing, no clause: no claim ("revealed the plan had failed" is one)
    "Tom Hale revealed his plans for the seat.",
    # a nickname in quotation marks inside a name is no one's words ("Jojo" was a claim of Roe's)
    "State Del. Jane “Jojo” Roe shouted to the crowd.",
    # "signaled" with a thing, no clause: a stance, no claim
    "The senators signaled their backing for the plan.",
    # a stance's object counted in figures is people served or taken in (`Rules.counted_acts`)
    "The charity supports more than 60,000 stranded families in the valley.",
    "The town welcomed 2,000 refugees last year.",
    # a relative clause's cue closing the text has no verb after it (once an index past the last word)
    "It was the very plan that officials said",
    # A count of things people found is no finding of theirs.
    "Officers found 12 crates that were full of fake watches.",
    "Divers found two wrecks off the cape on Sunday.",
    # What is told, named by a plural noun, is no one addressed: the words after it are no content.
    "Jane Roe told jokes the audience did not enjoy.",
    "Tom Hale told stories the children had never heard.",
    # neither one nor the other: no claim
    "The firm neither admitted nor denied wrongdoing.",
    # a thing disclosed, with a relative clause after it, is no claim
    "Auditors disclosed a set of files that forced the board to resign.",
    # a cue word opening a compound noun says nothing (`Rules.cue_compounds`)
    "The council put up warning signs last spring after the old ones were stolen.",
    "Soldiers fired warning shots in the air.",
    # a link's label before a title in quotation marks: no one's words
    'Read more: "Harbour budget: five things to know"',
    # "states" after no document's noun is a noun: no cue before a "that" of a relative clause
    "The 12 states that the survey counts as close hold 90 seats.",
    # a plural noun before a relative "that" and its verb is no verb of saying
    "Local rules stop any one firm running kiosks that serve more than a third of the town.",
    "A wider curb on grants that reward overbuilding was dropped after two members objected.",
    # a plural noun that is a cue word, then its verb "be"
    "For now, the biggest questions are legal ones.",
    # a clause with a negated verb before a colon names no one ("doesn’t", "didn't")
    "One thing the report doesn’t mention: at our September meeting we raised the state of the footpaths "
    "on Leinster Road with our councillors.",
    # a label with a word before it opening a title: no one's words ("press review", "live updates")
    "German press review: Cities sink deeper into the red as deficits grow",
    # Nigerian copy's "Recall that ...": the reader is reminded, no one speaks
    "Recall that there have been unverified claims on social media that the demolition targeted traders.",
    # "that" before a time points at it and opens no clause, after a cue with its "that" or any verb
    "Hundreds of residents gathered that morning at the square in Kaduna.",
    "The delegates met that week at the hotel in Geneva to review the rules.",
    # a voice's verb with no quotation: a plain verb
    "Protesters shouted slogans outside the court for three hours on Monday.",
    # informing someone about a matter: the one informed and a topic, no clause
    "On February 9, the ministry approved the release and informed the provincial government about the "
    "matter.",
    "The minister told reporters outside his hotel in central Vienna.",
    # After "said on Saturday," an adverbial ("amid", "despite") is no content.
    "The operator said on Saturday, amid heightening tensions in the region, where troops are fighting.",
    # "said this" and a phrase of time or place points back at what was quoted before.
    "He said this as the nationwide strike recorded partial compliance in several states on Tuesday.",
    "Adeyemi Adetunji, the firm's vice president, stated this at a news conference in Abuja on Tuesday.",
    "The anchor reminded viewers about his daughter's job in order to show he was independent.",
    # An object with a prepositional phrase before "to" is no one asked ("to the border" is where);
    # "advising a client on a sale" is counsel; "appeals to voters that ..." a relative clause.
    "The ministry urged restraint in the dispute over access to the border.",
    "The bank is advising the brewer on its proposed sale to a rival group.",
    "The campaign appeals to voters that have given up on politics.",
    # "that do not work": a relative clause after a lede's word in capitals, no "alarms" said.
    "SMOKE alarms that do not work have been found among unsafe products sold on popular websites.",
    # The reason for anonymity asks nothing of anyone.
    "An official who requested anonymity to discuss the talks was present.",
    # a headline in title case longer than a subject: no one named closes it
    pytest.param(
        "Hillary Just Vowed To Never Utter These 2 Words During Her Campaign- And It Says A LOT.",
        id="a-long-headline-in-title-case",
    ),
    # No "that"-less clause: a noun object with a relative clause, a second noun phrase, a preposition,
    # a conjunction, an adjective cue word ("confirmed cases").
    "Cole mentioned remarks Lopez had made about the port.",
    # "reaffirmed" with no "that": as often a thing's doing as anyone's words.
    "The poll reaffirmed his lead in the state.",
    # A time, then a subordinate clause: no content after the cue.
    "The host said in April while promoting a film.",
    "Cole underlined the impact her bid has had on the race.",
    "The visit hinted at the role he sees for himself.",
    "Cole claimed victory but would not give details.",
    # lives a disaster took; a thing a body or a search found, no finding
    "The stampede claimed 121 lives, most of them women.",
    "A helicopter found their bodies but could not retrieve them.",
    "Police have found two walkers who were reported missing last week.",
    # a verdict given: an act, no finding of anyone's ("The inquiry found that C" is one)
    "Jurors found him guilty on Friday.",
    "The jury of a Westmere court found Hale, 50, guilty of providing support to the group.",
    "The tribunal found the ferry operator not liable for the delays.",
    # a cue word as a noun owned by a name after "by": whose plans they are
    "The site is derelict and plans by the GAA to redevelop it have stalled.",
    "Thirty confirmed cases were reported from the north.",
    pytest.param(
        "Claims by the opposition that the vote was rigged were rejected.", id="noun-by-as-the-subject"
    ),
    pytest.param("The mayor promised the families who were flooded out new homes.", id="promised-an-object"),
    pytest.param(
        "Did the governor say the pier would be rebuilt before the winter?", id="did-x-say-is-a-question"
    ),
    pytest.param("Verdict: The photo was taken in 2015 in another country.", id="fact-check-verdict-label"),
    pytest.param(
        "Grain exports rose by a fifth in the first half of the year. This was stated in the report.",
        id="stated-in-a-document-credits-no-one",
    ),
    pytest.param(
        "The nominee currently sits at 85 percent support among black voters in Florida.",
        id="support-among-is-a-noun",
    ),
    pytest.param(
        "The rules allow companies to tell one country that a subsidiary is a partnership.",
        id="allow-companies-to-tell",
    ),
    pytest.param(
        "Senior Commander Warns US Against Aggression\n\nThe drills began near the strait on Monday.",
        id="a-title-in-title-case-is-no-ones-words",
    ),
    pytest.param(
        "Army Chief Vows Severe Blows to Enemies\n\nThe drills began near the strait on Monday.",
        id="a-title-with-a-cue-is-no-ones-words",
    ),
    # (A missed claim, kept here for what it must not become: "For one thing" as Clinton's content.)
    pytest.param(
        "For one thing, Mrs. Clinton, the presumptive nominee, proposed to draft her husband as an adviser.",
        id="an-opening-phrase-is-no-content",
    ),
    pytest.param("Sandoval cautioned against viewing the vote as an endorsement.", id="cautioned-against"),
    pytest.param("Sandoval cautioned voters in the northern districts.", id="cautioned-whom-alone"),
    pytest.param("Experts cautioned, as did the campaign, the plan might change.", id="cautioned-as-did-x"),
    pytest.param("The remaining claims mostly stemmed from crop losses.", id="the-remaining-claims-a-noun"),
    pytest.param("The report was clear: the deal is off.", id="a-clause-before-a-colon-names-no-one"),
    pytest.param(
        "Intro.\n\nKenya: Five Elephants Poached in Tsavo National Park\n\nRangers found them.",
        id="a-country-before-a-colon-is-a-label",
    ),
    pytest.param(
        "Disclaimer: No Business Standard Journalist was involved in creation of this content.",
        id="a-disclaimer-is-a-label",
    ),
    pytest.param("Hurricane Maria slammed into Puerto Rico in September.", id="slammed-into-a-force"),
    pytest.param(
        "Bank taken over\nGüncelleme Tarihi: 30 Mayıs 2015, 09:44\n\nThe fund took the bank.",
        id="a-stamp-after-a-label-and-colon",
    ),
    pytest.param("The mayor urged calm, patience to the end.", id="urged-no-list-without-and"),
    pytest.param("Reagan was once asked how the Cold War would end.", id="a-passive-with-an-adverb"),
    pytest.param("Trump had claimed a loss of $916 million in 1995.", id="a-loss-claimed-on-a-tax-return"),
    pytest.param("His campaign showed no sign of relenting in its bid for delegates.", id="showed-no-sign"),
    pytest.param("Pirates attacked the supply vessel in the Niger delta on Tuesday.", id="force-not-words"),
    pytest.param("It seems that the deal is off for now.", id="it-seems-names-no-one"),
    pytest.param(
        "The foundation got the money in June.\n\nThen, last week, Eric Trump called.",
        id="a-phone-call-alone-in-a-line",
    ),
    pytest.param(
        "Russia sent a diplomatic message to Pyongyang asking it to calm down.", id="a-message-asking"
    ),
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
    pytest.param("In some states, say, Ohio, the vote is close.", id="say-for-example-comma"),
    pytest.param("The U.N. called an emergency meeting to discuss the test.", id="called-a-meeting"),
    pytest.param("The chairman called the meeting to order.", id="called-the-meeting-to-order"),
    pytest.param("In the meantime, the vote was delayed by two weeks.", id="in-the-meantime"),
    pytest.param(
        "The company called off a $54 billion inversion deal after the rules were issued.", id="called-off"
    ),
    pytest.param(
        "Julie Davis reported from Midway Atoll, and Mark Landler from Kaneohe Bay.",
        id="reported-from-a-place",
    ),
    pytest.param("The show will interview a number of guests on Monday.", id="show-is-a-noun"),
    pytest.param(
        "In the video, McDonald is seen walking down a street away from the officers.",
        id="in-the-video-sets-a-scene",
    ),
    pytest.param("The company declined to comment on the report.", id="declined-to-comment"),
    pytest.param(
        "On Tuesday morning, the second day of her tour of the coast, Jane Doe told a story.",
        id="a-fronted-time-and-place-is-no-content",
    ),
    pytest.param("They found a way through the Clean Air Act of 1970.", id="people-find-a-way"),
    pytest.param(
        "The campaign released an ad showing Trump making remarks about a reporter.",
        id="an-ad-showing-depicts",
    ),
    pytest.param("Press review: Berlin and Beijing look for common ground", id="press-review-label"),
    pytest.param(
        "Sanders claimed a victory in the New Hampshire primary last month.", id="claimed-a-victory"
    ),
    pytest.param("He won Ohio, adding Alabama, Georgia and Tennessee.", id="adding-a-tally"),
    # figures reported or posted as a plain object (`Rules.results`, `Rules.object_openers`)
    pytest.param("The bank reported a first-half loss of $40 million.", id="reported-a-loss"),
    pytest.param("Norvex posted record sales in the quarter to June.", id="posted-record-sales"),
    # a ruling or an act declared, no content (`Rules.needs_a_verb`)
    pytest.param("The High Court has declared the new toll unlawful.", id="declared-unconstitutional"),
    pytest.param("The governor declared a state of emergency on Friday.", id="declared-an-emergency"),
    # a name a body takes
    pytest.param(
        "More than 300 objections came in, many from a residents' group calling itself Keep Westmere Green.",
        id="calling-itself",
    ),
    pytest.param(
        "The strike spread to two ports, adding to fears that the economy would slow.", id="adding-to"
    ),
    pytest.param("The report adds to growing doubts that the deal will hold.", id="adds-to"),
    pytest.param("The storm threatened to flood the lower town.", id="things-threaten"),
    pytest.param("The figures in the report do not add up.", id="add-up"),
    pytest.param(
        "The ferry strikes have added to worries that the shortages could spread.", id="added-to-fears"
    ),
    # a page's timestamp with its label in capitals, no one's words after a colon
    pytest.param(
        "Last Updated: Monday, 3 March, 2003, 10:15 GMT 10:15 UK\n\nThe ferry sails at noon.",
        id="last-updated-stamp",
    ),
    pytest.param("The terror attacks jolted the country.", id="attacks-is-a-noun"),
    pytest.param(
        "Big Win for Bernie: Union Holds Off On Endorsement After the win in the big race.",
        id="heading-colon-is-no-name",
    ),
    pytest.param("The spokesman asked not to be named.", id="asked-not-to-be-named"),
    pytest.param(
        "Congress has three ways to enforce a subpoena: by filing a lawsuit, by asking prosecutors to "
        "charge someone, or by jailing someone.",
        id="by-asking-in-a-list",
    ),
    pytest.param(
        "Many people who feel that way, but not most, stayed home on election day.", id="feel-that-way"
    ),
    pytest.param(
        "It is a question of whether to pay taxes, which seems to be a polarizing question.", id="things-seem"
    ),
    pytest.param("It is a problem that demands a bipartisan response.", id="relative-that-is-the-subject"),
    pytest.param("The worst part of all is that he doesn't even believe it himself.", id="copula-that"),
    # pronouns alone after a cue say nothing
    pytest.param("He does not believe it himself.", id="pronouns-alone-after-a-cue"),
    # "estimates" as a noun before its verb holds no estimate
    pytest.param(
        "The firm's own estimates have ranged from $8 million to $9 million.", id="estimates-a-noun"
    ),
    # ... nor "estimated" after a figure, a participle
    pytest.param(
        "The queue was shorter than the record 4,000 estimated for the port on May 17.",
        id="estimated-after-a-figure",
    ),
    pytest.param("The vote is close in some states, say Ohio and Iowa.", id="say-for-example-places"),
    pytest.param(
        "Despite complaints that he is a quixotic crusader, Mr. Sanders has found ways to press his agenda.",
        id="despite-opens-no-speaker",
    ),
    pytest.param("Revealed: The Ten Donors Who Keep The Campaign Afloat", id="teaser-label-colon"),
    pytest.param("Ohio: Anne Baker, Carl Dunn, Eva Ford, Gus Hale, Ida Jones", id="list-of-names-colon"),
    pytest.param("The governor's support after the storm was welcome.", id="support-is-a-noun"),
    # A cue taking a thing before a noun and that noun's verb opens a compound noun.
    pytest.param(
        "All members of the coaching and support staff have been suspended.", id="support-staff-is-a-compound"
    ),
    pytest.param("Nurses and support workers have walked out over pay.", id="support-workers-is-a-compound"),
    # A plural cue word in a list of noun phrases ("the phone calls, the hours") is a noun.
    pytest.param(
        "It is the unseen part of the job, the visits to homes, the phone calls, the hours spent on cases.",
        id="phone-calls-in-a-list",
    ),
    # A preposition opens no subject of "VERBs that C".
    pytest.param(
        "For networks that own their old shows, a remake pays even more.", id="for-networks-that-own"
    ),
    pytest.param(
        "Both candidates enjoyed strong majority support among young voters.", id="majority-support"
    ),
    # A plural noun that is also a cue ("demands", "requests"), after an adjective: no verb.
    pytest.param("One of the main demands of the strikers was higher pay.", id="main-demands-is-a-noun"),
    pytest.param("The top demands of the union were met on Friday.", id="top-demands-is-a-noun"),
    pytest.param(
        "Rivera may feel that way herself as the campaign winds down.", id="feel-that-way-then-a-noun"
    ),
    # An act announced is the writer's news, not anyone's words.
    pytest.param(
        "On May 3, the Treasury announced sanctions against 40 shipping firms.", id="announced-an-act"
    ),
    pytest.param(
        "Senator Vance announced his candidacy in June at a rally in Dayton.", id="announced-a-candidacy"
    ),
    pytest.param("The club announced the verdict of its inquiry on Friday.", id="announced-a-known-thing"),
    pytest.param("Jane Roe was ruled out of the race with a knee injury.", id="ruled-out-of-the-race"),
    pytest.param("The raids announced Tuesday followed a long inquiry.", id="announced-as-a-participle"),
    pytest.param("The two leaders agreed to resume talks on the treaty in May.", id="agreed-to-a-deal"),
    pytest.param(
        "Insurance companies that had backed the mines agreed to pay out millions.",
        id="nouns-that-had-is-a-relative",
    ),
    pytest.param(
        "On Oct. 23, during a visit to the plant, now called Riverside Works, the mayor toured the site.",
        id="a-date-is-no-subject-of-now-called",
    ),
    pytest.param(
        "On Oct. 23, during a visit to the plant, called Riverside Works, the mayor toured the site.",
        id="a-date-is-no-subject-of-called",
    ),
    pytest.param(
        "Two of the key demands of the strikers were higher pay and shorter hours.",
        id="key-demands-is-a-noun",
    ),
    # A person judged in the passive gives no content ("Smith was praised by X"), nor a pronoun;
    # "was attacked by" reports a deed; "a resolution condemning X" is a modifier.
    pytest.param(
        "Senator Ray Todd was praised by the governor for his work.", id="a-person-judged-in-the-passive"
    ),
    pytest.param(
        "He was criticised by the press for the delay on Monday.", id="a-pronoun-judged-in-the-passive"
    ),
    pytest.param("The convoy was attacked by gunmen near the border town.", id="attacked-by-is-a-deed"),
    pytest.param(
        "The council approved a resolution condemning the new border fence.", id="condemning-modifier"
    ),
    pytest.param("The poll reaffirmed his lead among older voters.", id="reaffirmed-by-a-poll"),
    pytest.param(
        "Ann Cole told the council to stop, in remarks that may anger them.",
        id="remarks-that-is-a-relative-clause",
    ),
    pytest.param(
        "Cole met with reporters, with the press saying little.", id="with-a-subject-saying-nothing"
    ),
    pytest.param(
        "The river thundered past the town and police fired back at the gunmen.", id="manner-with-no-quote"
    ),
    # a photo's credit after its label; an impersonal passive with a word of time before the participle
    pytest.param(
        "The ferry docks at Westmere on Tuesday. Photograph: Tom Hale/Norvex/Harbour Images",
        id="a-photographs-credit",
    ),
    pytest.param("It was earlier claimed that the singer would quit the tour.", id="it-was-speculated"),
    pytest.param("Jane Roe shared a photo of her dog on Sunday.", id="shared-a-thing"),
    # a link to another story inside a paragraph, its label before a colon
    pytest.param(
        "The ferry was late. ALSO READ: Harbour fares: Why are tickets so dear?",
        id="also-read-inside-a-paragraph",
    ),
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_no_attribution(text: str) -> None:
    assert [c.text for c in parse_article(text).claims if c.speaker] == []


def test_a_question_after_the_occasion_of_a_saying_is_no_content() -> None:
    # "said in a text message when asked if C": C was asked, not said
    text = (
        "“Not with the facts we know. No,” he said in a text message when asked if the frigate would be "
        "cancelled."
    )
    assert [c.text for c in parse_article(text).claims if c.speaker] == ["Not with the facts we know. No"]


TWO_CLAIMS = [
    # "but" after a closing cue's comma, then a cue of the same speaker or a speaker of its own: a second
    # claim, no more of the first (with no cue after it, "C1, X said, but C2" goes on with C1)
    pytest.param("Ferry use had fallen, harbour officials said, but they cautioned that fares could rise.",
                 [("said", "Ferry use had fallen", "indirect"),
                  ("cautioned", "fares could rise", "indirect")],
                 id="said-but-they-warned"),
    pytest.param("Ferry use had fallen, harbour officials said, but cautioned that fares could rise.",
                 [("said", "Ferry use had fallen", "indirect"),
                  ("cautioned", "fares could rise", "indirect")],
                 id="said-but-warned"),
    pytest.param("Ferry use had fallen, harbour officials said, but fares could rise.",
                 [("said", "Ferry use had fallen but fares could rise", "indirect")],
                 id="said-but-no-cue"),
    # "as" and a pronoun before a cue with its own content: the same speaker's second claim (not "as he
    # later explained," an aside between commas, nor "as she put it")
    pytest.param("Tom Hale has admitted he is anxious about the ferry vote as he conceded a deal could be "
                 "hard to reach.",
                 [("has admitted", "he is anxious about the ferry vote", "indirect"),
                  ("conceded", "a deal could be hard to reach", "indirect")],
                 id="as-he-conceded"),
    # ", though he added that C2" after a quotation or reported speech: the same speaker's second claim
    # (a comma and a pronoun before the cue; "though not by much" stays in the content)
    pytest.param("Intro.\n\n“The row costs us a week,” said party chief Tom Hale, though he added "
                 "that he thought it would pass soon.",
                 [("said", "The row costs us a week", "direct"),
                  ("added", "he thought it would pass soon", "indirect")],
                 id="though-he-added-after-a-quotation"),
    pytest.param("Tom Hale said the plan would fail, though he added that the vote could still be won.",
                 [("said", "the plan would fail", "indirect"),
                  ("added", "the vote could still be won", "indirect")],
                 id="though-he-added-after-reported-speech"),
    # a quote after a closed one is a claim of its own when a pronoun and a cue close its clause further on
    pytest.param("Intro.\n\n“This is wrong,” Jane Roe said. “You pushed staff to the limit” to lift the "
                 "share price, she said.",
                 [("said", "This is wrong", "direct"),
                  ("said", "“You pushed staff to the limit” to lift the share price", "mixed")],
                 id="a-second-quote-closed-by-its-own-cue"),
    # a relative clause closing another's content that credits a claim of its own ends that content; one
    # in the middle of it is part of it
    pytest.param("Harbour Organics said it was unhappy with the audit, which it said did not show that "
                 "lead is found in many soils.",
                 [("said", "it was unhappy with the audit", "indirect"),
                  ("said", "did not show that lead is found in many soils", "indirect")],
                 id="a-relative-clause-closing-a-content"),
    pytest.param("She said the fire at the depot, which firefighters said caused £2 million of losses, was "
                 "disgraceful.",
                 [("said", "the fire at the depot, which firefighters said caused £2 million of losses, was "
                           "disgraceful", "indirect"),
                  ("said", "caused £2 million of losses", "indirect")],
                 id="a-relative-clause-inside-a-content"),
    # A closing cue's time, then an adverbial of time holding another claim: both claims.
    pytest.param("Chief executive Thabang Moroe has been suspended over misconduct, the board said "
                 "yesterday, just hours after its sponsor said they would not renew their contract.",
                 [("said", "Chief executive Thabang Moroe has been suspended over misconduct", "indirect"),
                  ("said", "they would not renew their contract", "indirect")],
                 id="a-closing-cue-then-an-adverbial-of-time-with-a-claim"),
    # verbs of manner beside a quotation, and "retorted that"; without a quotation none speaks
    pytest.param("“It is a poor sum,” Jane Roe thundered. “Never,” Tom Hale shot back.",
                 [("thundered", "It is a poor sum", "direct"), ("shot back", "Never", "direct")],
                 id="verbs-of-manner-beside-quotations"),
    # a measure of time and "after" after a reported content's comma: the writer's clause, its own claim
    pytest.param("The ministry confirmed Tom Hale would sign the accord, hours after President Jane Roe said "
                 "she expected the ports to reopen soon.",
                 [("confirmed", "Tom Hale would sign the accord", "indirect"),
                  ("said", "she expected the ports to reopen soon", "indirect")],
                 id="a-reported-content-then-hours-after-a-claim"),
    # a clause of its own after a closing cue's comma ("as", "while"), with the cue's time or without it:
    # its speaker's claim, not more of the first
    pytest.param("Four roads were shut by landslides, police said on Friday, as the weather bureau "
                 "warned that rain would continue.",
                 [("said", "Four roads were shut by landslides", "indirect"),
                  ("warned", "rain would continue", "indirect")],
                 id="a-closing-cue-its-time-then-a-clause-with-a-claim"),
    pytest.param("Prices rose 3% in May, the agency said, while analysts warned that inflation would stay "
                 "high.",
                 [("said", "Prices rose 3% in May", "indirect"),
                  ("warned", "inflation would stay high", "indirect")],
                 id="a-closing-cue-then-a-clause-with-a-claim"),
    # "X said this, adding C2": the pointer credits the sentence before, and the participle's claim is read
    # too; a photo's credit closing a caption before it is no one's words.
    pytest.param("KUCHING: Traders may raise the price of goods as long as there is no rationing element.\n\n"
                 "Deputy Minister Rosol Wahid said this, adding it was due to the cost of raw materials.",
                 [("said", "Traders may raise the price of goods as long as there is no rationing element",
                   "indirect"),
                  ("adding", "it was due to the cost of raw materials", "indirect")],
                 id="a-pointer-then-a-participle"),
    pytest.param("Rasol at the market. Photo: Mohd Alif Noni\n\n"
                 "Deputy Minister Rosol Wahid said this, adding it was due to the cost of raw materials.",
                 [("adding", "it was due to the cost of raw materials", "indirect")],
                 id="a-pointer-after-a-photo-credit"),
    # A quotation after "said:" left open with nothing to continue it runs to its paragraph's end (a page cut
    # short, a closing mark lost).
    pytest.param("Jane Roe said: “The ferry line pays its way. Its own accounts say it made £9 million "
                 "last year.",
                 [("said", "The ferry line pays its way. Its own accounts say it made £9 million last year",
                   "direct")],
                 id="a-colon-quotation-left-open-at-the-end"),
    # A quotation after "said:" left open at its paragraph's end, then a paragraph whose quotation has an
    # attribution of its own: two claims (with none of its own, the quotation runs on: one claim).
    pytest.param("The minister said: “We have an agreement already. That is what I was told.\n\n“This is "
                 "an extraordinary meeting,” the minister said.",
                 [("said", "We have an agreement already. That is what I was told", "direct"),
                  ("said", "This is an extraordinary meeting", "direct")],
                 id="a-colon-quotation-then-a-paragraph-with-its-own-attribution"),
    # "but" with no comma opens another speaker's clause when the speaker follows it at once; "but also
    # because he ..." goes on with the first content.
    pytest.param("The UN mission said that 12 civilians were killed in the province but the government "
                 "denied that any civilians died.",
                 [("said", "12 civilians were killed in the province", "indirect"),
                  ("denied", "any civilians died", "indirect")],
                 id="but-with-no-comma-and-another-speaker"),
    pytest.param("The mayor said the plan could fail not only because it costs too much but also because he "
                 "said it was late.",
                 [("said", "the plan could fail not only because it costs too much but also because he "
                   "said it was late", "indirect")],
                 id="but-also-goes-on-with-the-content"),
    pytest.param("Al-Jubeir said that “there is no siege on Qatar”, emphasising that no state would be "
                 "accepted as a sponsor of terror.",
                 [("said", "there is no siege on Qatar", "direct"),
                  ("emphasising", "no state would be accepted as a sponsor of terror", "indirect")],
                 id="said-a-quote-then-emphasising"),
    pytest.param("The rebels are armed from abroad, said Mehmanparast, regretting that those states arm the "
                 "opposition.",
                 [("said", "The rebels are armed from abroad", "indirect"),
                  ("regretting", "those states arm the opposition", "indirect")],
                 id="said-x-then-regretting"),
    pytest.param("Ann Weller, a former budget adviser who supported the tax cut, said the deficit had "
                 "doubled.",
                 [("supported", "the tax cut", "indirect"), ("said", "the deficit had doubled", "indirect")],
                 id="relative-cue-in-an-aside"),
    pytest.param("Sen. Ada Moss (D-Ore.), who has endorsed the governor, said the bill had stalled in "
                 "committee.",
                 [("has endorsed", "the governor", "indirect"),
                  ("said", "the bill had stalled in committee", "indirect")],
                 id="cue-in-a-bracketed-aside"),
    pytest.param("Pat Lowe, an economist who argues that wages lag prices, said the strike would spread.",
                 [("argues", "wages lag prices", "indirect"),
                  ("said", "the strike would spread", "indirect")],
                 id="relative-in-an-aside-then-said"),
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
    pytest.param("The Clinton campaign denies any wrongdoing and points out that Sanders signed the same "
                 "agreement, though it has not used it in the same way.",
                 [("denies", "any wrongdoing", "indirect"),
                  ("points out", "Sanders signed the same agreement, though it has not used it in the same "
                   "way", "indirect")],
                 id="a-concession-after-a-second-cue-stays-with-it"),
    pytest.param("The clinic said four nurses were hurt in the fire, as the landlord denied "
                 "blocking the exits.",
                 [("said", "four nurses were hurt in the fire", "indirect"),
                  ("denied", "blocking the exits", "indirect")],
                 id="as-another-speaker"),
    pytest.param("The senator said the budget was short, as he explained, by ten million dollars.",
                 [("said", "the budget was short, as he explained, by ten million dollars", "indirect")],
                 id="as-an-aside-no-clause"),
    # a bare "and" before another speaker named, with a cue in the past; not a plural noun's present
    # verb, nor a name joined to another in the reported clause's subject
    pytest.param("The board said it had found 12 more leaks, all of them minor and its director Tom Hale "
                 "noted “signs of wider damage.”",
                 [("said", "it had found 12 more leaks, all of them minor", "indirect"),
                  ("noted", "signs of wider damage", "direct")],
                 id="and-another-speaker-named"),
    pytest.param("They said the vote was rushed, and support for Roe would have been higher had they waited.",
                 [("said", "the vote was rushed, and support for Roe would have been higher had they waited",
                   "indirect")],
                 id="and-a-noun-cue-before-for-goes-on"),
    pytest.param("Jane Roe said the pier had been repaired and its officers support the plan.",
                 [("said", "the pier had been repaired and its officers support the plan", "indirect")],
                 id="and-a-plural-noun-in-the-present-goes-on"),
    pytest.param("The paper noted that both Roe and Hale were citing studies of the harbour.",
                 [("noted", "both Roe and Hale were citing studies of the harbour", "indirect")],
                 id="and-between-two-names-goes-on"),
    # after an infinitive's content, "after" and a named speaker open the writer's clause and its claim;
    # with no one named there the content goes on
    pytest.param("The port vowed to review the rules after Harbour Watch said the raid put its staff at "
                 "risk.",
                 [("vowed", "to review the rules", "indirect"),
                  ("said", "the raid put its staff at risk", "indirect")],
                 id="pledged-to-act-after-another-said"),
    pytest.param("The port vowed to review the rules after the talks ended in May.",
                 [("vowed", "to review the rules after the talks ended in May", "indirect")],
                 id="pledged-to-act-after-an-event"),
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
    pytest.param("“We cannot pay for this,” Tom Hale said, adding later, “The pier costs us a fortune.”",
                 [("said", "We cannot pay for this", "direct"),
                  ("adding", "The pier costs us a fortune", "direct")],
                 id="quote-then-adding-later-a-quote"),
    pytest.param("“The pier is not new,” said Tom Hale at the time, adding that “we have rebuilt it twice.”",
                 [("said", "The pier is not new", "direct"),
                  ("adding", "we have rebuilt it twice", "direct")],
                 id="quote-then-adding-that-a-quote"),
    pytest.param("“They are not affiliated with the campaign,” she said, adding: “Mr. Trump is grateful.”",
                 [("said", "They are not affiliated with the campaign", "direct"),
                  ("adding", "Mr. Trump is grateful", "direct")],
                 id="quote-then-adding-colon-quote"),
    pytest.param("The talks will resume in April, Deputy Minister Ivan Petrov told TASS, adding: “We are not "
                 "in a hurry.”",
                 [("told", "The talks will resume in April", "indirect"),
                  ("adding", "We are not in a hurry", "direct")],
                 id="after-form-then-adding-colon-quote"),
    pytest.param("The two leaders will meet next week, the spokesman said, adding, “They have a lot to "
                 "discuss.”",
                 [("said", "The two leaders will meet next week", "indirect"),
                  ("adding", "They have a lot to discuss", "direct")],
                 id="after-form-then-adding-comma-quote"),
    pytest.param("The envoy said the border would stay closed, adding: “Nothing has changed.”",
                 [("said", "the border would stay closed", "indirect"),
                  ("adding", "Nothing has changed", "direct")],
                 id="reported-then-adding-quote"),
    pytest.param("The Hokkai Times argued the importance of a pipeline, stating that talks would take years.",
                 [("argued", "the importance of a pipeline", "indirect"),
                  ("stating", "talks would take years", "indirect")],
                 id="then-stating-that"),
    pytest.param("“Every time you say that,” Tester said, referring to the excuse, “you give ammunition to "
                 "them.”",
                 [("said", "Every time you say that you give ammunition to them", "direct"),
                  ("referring to", "the excuse", "indirect")],
                 id="quote-goes-on-after-an-adjunct"),
    pytest.param("While Comey has said that he makes recommendations, Lewandowski said he does not do them "
                 "publicly.",
                 [("has said", "he makes recommendations", "indirect"),
                  ("said", "he does not do them publicly", "indirect")],
                 id="subordinate-clause-then-main-clause-speaker"),
    # (a cue taking "to" in the subordinate clause too)
    pytest.param("After the council declined to lift the ban, Jane Roe said the town had done everything "
                 "it was asked to.",
                 [("declined", "to lift the ban", "indirect"),
                  ("said", "the town had done everything it was asked to", "indirect")],
                 id="subordinate-clause-with-to-then-main-clause-speaker"),
    # a subordinate clause inside a participle's phrase opening the sentence
    pytest.param("Standing outside the depot after the council revealed fares had doubled, Tom Hale said the "
                 "ferry would lose riders.",
                 [("revealed", "fares had doubled", "indirect"),
                  ("said", "the ferry would lose riders", "indirect")],
                 id="subordinate-clause-in-an-opening-participle-then-main-clause-speaker"),
    pytest.param("Proponents have urged Congress to keep the program, although they say some changes are "
                 "due.",
                 [("have urged", "to keep the program", "indirect"),
                  ("say", "some changes are due", "indirect")],
                 id="concessive-clause-speaker"),
    pytest.param("“Trump is a dictator in the making,” said Beck, who said there were “too many disturbing "
                 "things.”",
                 [("said", "Trump is a dictator in the making", "direct"),
                  ("said", "there were “too many disturbing things.”", "mixed")],
                 id="quote-then-speaker-who-said"),
    pytest.param("“Refusing access is unfair,” Jane Roe, general manager of Norvex said in a statement, "
                 "after adding that the firm would fight on.",
                 [("said", "Refusing access is unfair", "direct"),
                  ("adding", "the firm would fight on", "indirect")],
                 id="a-closing-cue-then-after-adding-that"),
    pytest.param("Trump called it “a total disaster,” and said the deal was dead.",
                 [("called", "a total disaster", "direct"), ("said", "the deal was dead", "indirect")],
                 id="quote-closing-after-a-comma-before-and-said"),
    pytest.param("The clerk first said she had lost the files, but in a later interview said she had burned "
                 "them.",
                 [("said", "she had lost the files", "indirect"),
                  ("said", "she had burned them", "indirect")],
                 id="second-cue-after-a-phrase-of-time"),
    pytest.param("Sanctions cannot stop the exports, the oil minister said on Tuesday, warning that prices "
                 "would swing.",
                 [("said", "Sanctions cannot stop the exports", "indirect"),
                  ("warning", "prices would swing", "indirect")],
                 id="after-form-with-a-day-then-a-participle"),
    pytest.param("According to Mehr, spokesman Ali Vahidi told reporters on Monday that the talks were over, "
                 "and underlined that no date had been set.",
                 [("told", "the talks were over", "indirect"),
                  ("underlined", "no date had been set", "indirect")],
                 id="an-agency-relays-two-claims-of-one-speaker"),
    pytest.param("The ministry on Monday denounced the drill as a provocation and warned that the fleet "
                 "would respond, according to the state agency Harbour News.",
                 [("denounced", "the drill as a provocation", "indirect"),
                  ("warned", "the fleet would respond", "indirect")],
                 id="an-agency-relays-a-denunciation-and-a-warning"),
    pytest.param("The envoy said the ministry had left the talks and now wants a new round.",
                 [("said", "the ministry had left the talks and now wants a new round", "indirect")],
                 id="and-now-wants-goes-on-in-the-content"),
    # A state of mind joined by "and" goes on with the reported clause: one claim, as readers keep it.
    pytest.param("Norvex said the plant had shut for repairs and did not expect any delay to deliveries.",
                 [("said", "the plant had shut for repairs and did not expect any delay to deliveries",
                   "indirect")],
                 id="and-did-not-expect-goes-on-in-the-content"),
    pytest.param("Jane Roe told the Harbour Post the council had doubts about the plan and believed a "
                 "delay would cost more.",
                 [("told", "the council had doubts about the plan and believed a delay would cost more",
                   "indirect")],
                 id="and-believed-goes-on-in-the-content"),
    # A present verb after "and" or "but", told in the past, goes on with the reported clause: one claim;
    # a past one, a perfect, or a present after a comma is the speaker's next act.
    pytest.param("Jane Roe said she would like the council to explain its plan but supports the levy "
                 "because the roads need work.",
                 [("said", "she would like the council to explain its plan but supports the levy because the "
                   "roads need work", "indirect")],
                 id="but-supports-goes-on-in-the-content"),
    pytest.param("Tom Hale said the port can cost more than the old one and cited the delays at the pier.",
                 [("said", "the port can cost more than the old one", "indirect"),
                  ("cited", "the delays at the pier", "indirect")],
                 id="and-cited-is-the-speakers-second-act"),
    pytest.param("The rail unions have all described the offer as an insult and say they will strike in "
                 "March.",
                 [("described", "the offer as an insult", "indirect"),
                  ("say", "they will strike in March", "indirect")],
                 id="perfect-then-and-say-is-a-second-claim"),
    # a plain present after a plain present: the plural subject's next act ("call for", its plain form)
    pytest.param("Harbour ferry groups say the pause is welcome but call for the toll to be dropped.",
                 [("say", "the pause is welcome", "indirect"),
                  ("call for", "the toll to be dropped", "indirect")],
                 id="say-then-but-call-for-is-a-second-claim"),
    pytest.param("Jane Roe said she would back the bill but did not suggest it would pass.",
                 [("said", "she would back the bill", "indirect"),
                  ("did not suggest", "it would pass", "indirect")],
                 id="but-did-not-suggest-is-a-second-claim"),
    # A request after "and asked" ends the reported words and is no claim; a question asked is one.
    pytest.param("Premier Jane Roe said on Friday that the roads were closed and asked residents to stay "
                 "home.",
                 [("said", "the roads were closed", "indirect")],
                 id="and-asked-someone-to-ends-the-content"),
    pytest.param("Tom Hale said the plant had closed and asked whether the council would pay.",
                 [("said", "the plant had closed", "indirect"),
                  ("asked", "whether the council would pay", "indirect")],
                 id="and-asked-whether-is-a-second-claim"),
    # After a dash or a comma the state goes back to the speaker: a second claim.
    pytest.param("Tom Hale has said he is stepping down - and thinks that the party needs a younger "
                 "leader.",
                 [("has said", "he is stepping down", "indirect"),
                  ("thinks", "the party needs a younger leader", "indirect")],
                 id="dash-and-thinks-is-the-speakers-second-claim"),
    pytest.param("Donald Trump - who previously said he would bomb the oil fields - said at a rally that the "
                 "borders should close.",
                 [("previously said", "he would bomb the oil fields", "indirect"),
                  ("said", "the borders should close", "indirect")],
                 id="dash-aside-with-its-own-cue"),
    pytest.param("The pier will be rebuilt before the winter, Governor Paul Ngata said on Friday and added "
                 "that the port would reopen in March.",
                 [("said", "The pier will be rebuilt before the winter", "indirect"),
                  ("added", "the port would reopen in March", "indirect")],
                 id="after-form-then-and-added-that"),
    # The supposition's "that"-less clause is the paper's second claim (it was one claim before the
    # zero-"that" clause after any clause cue was read).
    pytest.param("The date is to be set by the Russian side, the newspaper wrote, supposing it might be in "
                 "May.",
                 [("wrote", "The date is to be set by the Russian side", "indirect"),
                  ("supposing", "it might be in May", "indirect")],
                 id="after-form-then-supposing"),
    pytest.param("Atellah noted that the strike was not called lightly, pointing out that the union had "
                 "pursued talks.",
                 [("noted", "the strike was not called lightly", "indirect"),
                  ("pointing out", "the union had pursued talks", "indirect")],
                 id="then-pointing-out-that"),
    # A clause after a document's word is no speaker phrase: the participle's subject is not "the course
    # of their report they could not resist".
    pytest.param("The watchdog ruled that the claim was true, but in the course of their report they could "
                 "not resist pointing out that few shootings were fatal.",
                 [("ruled", "the claim was true, but in the course of their report they could not resist "
                   "pointing out that few shootings were fatal", "indirect")],
                 id="no-speaker-in-a-document-phrase-with-a-clause"),
    # A quotation opened inside reported speech and run on over paragraphs: the first sentence's own cue
    # claims its part; the paragraphs after are what the closing "he said" attributes.
    pytest.param("Coach Ivo Marsh praised the fans.\n\nHe noted that the side lost to “a quicker team who "
                 "pressed well.\n\n“They were strong. We were tired.\n\n“But credit to them,” he said.",
                 [("praised", "the fans", "indirect"),
                  ("noted", "the side lost to “a quicker team who pressed well", "mixed"),
                  ("said", "They were strong. We were tired But credit to them", "direct")],
                 id="quote-opened-in-reported-speech-runs-over-paragraphs"),
    pytest.param("Coach Ivo Marsh spoke after the game.\n\nThe coach called the visitors “a quicker "
                 "team.\n\n“They were strong,” Marsh said.",
                 [("called", "the visitors “a quicker team", "mixed"),
                  ("said", "They were strong", "direct")],
                 id="quote-opened-after-a-cue-word-runs-over-paragraphs"),
    pytest.param("Coach Ivo Marsh spoke after the game.\n\nThe visitors had to face “a quicker team who "
                 "never tired.\n\n“They were strong,” Marsh said.",
                 [("said", "They were strong", "direct")],
                 id="quote-opened-in-the-writers-sentence-runs-over-paragraphs"),
    # The writer's clause of time after a closing cue ("after", "when", "a day after", "hours before") is
    # no more of the first claim; a speaker of its own right after the subordinator makes a claim there.
    pytest.param("“I never made that promise,” Tom Hale said, after the host said the mayor had called Roe a "
                 "“puppet” of the builders.",
                 [("said", "I never made that promise", "direct"),
                  ("said", "the mayor had called Roe a “puppet” of the builders", "mixed")],
                 id="a-quote-then-after-another-speaker-said"),
    pytest.param("“We are not leaving,” the union said in a statement after the company announced it would "
                 "close the Westmere plant.",
                 [("said", "We are not leaving", "direct"),
                  ("announced", "it would close the Westmere plant", "indirect")],
                 id="a-quote-said-in-a-statement-after-another-announced"),
    pytest.param("“We will fight this,” Jane Roe told reporters on Friday, a day after the regulator "
                 "announced it would fine the firm $2 million.",
                 [("told", "We will fight this", "direct"),
                  ("announced", "it would fine the firm $2 million", "indirect")],
                 id="a-quote-told-then-a-day-after-another-announced"),
    pytest.param("“We will fight this,” Jane Roe said when the council said it would cut the budget.",
                 [("said", "We will fight this", "direct"), ("said", "it would cut the budget", "indirect")],
                 id="a-quote-then-when-another-said"),
    pytest.param("The plant will stay open, the minister said, after the company warned it could close the "
                 "site by June.",
                 [("said", "The plant will stay open", "indirect"),
                  ("warned", "it could close the site by June", "indirect")],
                 id="a-closing-cue-then-after-another-warned"),
    pytest.param("The plant will stay open, the minister said on Monday after the company warned it could "
                 "close the site by June.",
                 [("said", "The plant will stay open", "indirect"),
                  ("warned", "it could close the site by June", "indirect")],
                 id="a-closing-cue-its-time-then-after-another-warned"),
    # "after" and a speaker named right after it who reports a clause or an act: the writer's clause
    pytest.param("Jane Roe said she would form a government after Prime Minister Tom Hale conceded his "
                 "party had lost.",
                 [("said", "she would form a government", "indirect"),
                  ("conceded", "his party had lost", "indirect")],
                 id="reported-content-then-after-a-named-speaker-conceded"),
    pytest.param("Jane Roe said she had been barred after Westmere Council refused to renew her licence.",
                 [("said", "she had been barred", "indirect"),
                  ("refused", "to renew her licence", "indirect")],
                 id="reported-content-then-after-a-named-body-refused"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TWO_CLAIMS)
def test_two_claims(text: str, expected: list[tuple[str, str, str]]) -> None:
    claims = [c for c in parse_article(text, options=FINE_QUOTES).claims if c.cue]
    assert [(c.cue.text if c.cue else "", c.text, c.quote) for c in claims] == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a measure of time and "after": the writer's, with or without a speaker in it
        ("The plant will stay open, the minister said, a day after the plant at Westmere shut.",
         "The plant will stay open"),
        # no speaker right after the subordinator: asked about, not said
        ("“That is a fair point,” Jane Roe told the Courier on Monday when asked if she still believes the "
         "plan cannot work.", "That is a fair point"),
        ("“We pray for them,” Jane Roe wrote the day after a woman claiming to speak for the group burned "
         "a depot.", "We pray for them"),
        # a measure of time binds "after" to the content; a ruling is an act, not a claim
        ("The Westmere Times reported the memo came hours after Tom Hale proposed a ban on night flights.",
         "the memo came hours after Tom Hale proposed a ban on night flights"),
        ("Jane Roe said the tenants left after Westmere Council ruled against them.",
         "the tenants left after Westmere Council ruled against them"),
        ("“We will fight this,” said Jane Roe, who quit the party after its leader said it would cut the "
         "budget.", "We will fight this"),
    ],
)  # fmt: skip
def test_a_writers_clause_of_time_after_a_closing_cue_claims_nothing_of_its_own(
    text: str, content: str
) -> None:
    claims = [c for c in parse_article(text).claims if c.cue]
    assert [c.text for c in claims] == [content]


def test_a_writers_clause_after_a_closing_cue_is_an_unattributed_claim() -> None:
    text = (
        "Harbour will allow traders to import 1 million tonnes of maize, Cabinet Secretary Jane Roe said "
        "Tuesday, as a second dry winter pushed feed costs to record highs."
    )
    claims = parse_article(text).claims
    assert [(c.speaker.name if c.speaker else None, c.text) for c in claims] == [
        ("Jane Roe", "Harbour will allow traders to import 1 million tonnes of maize"),
        (None, "a second dry winter pushed feed costs to record highs"),
    ]


# A participle opening the sentence with a claim of its own ("Describing X as Y", "Stating that C1"): two
# claims of the main clause's speaker, the participle's and the main clause's; a quotation inside the
# opening phrase is not the content of the cue after it. (A first version made one claim of the main
# clause; the genre sets' annotators make two, and "described X as Y" is a claim elsewhere.)
OPENING_PARTICIPLES = [
    pytest.param("Describing the plan as “nonsense”, Novak said the oil market would collapse.",
                 [("Novak", "Describing", "the plan as “nonsense”", "opinion"),
                  ("Novak", "said", "the oil market would collapse", "prediction")],
                 id="quoted-word-in-an-opening-participle"),
    pytest.param("Stating that the levy is “far too high for small firms”, the minister said it was under "
                 "review.",
                 [("the minister", "Stating", "the levy is “far too high for small firms”", "opinion"),
                  ("the minister", "said", "it was under review", "statement")],
                 id="long-quote-in-an-opening-participle"),
    pytest.param("Noting that exports fell, Smith said the outlook was weak.",
                 [("Smith", "Noting", "exports fell", "statement"),
                  ("Smith", "said", "the outlook was weak", "statement")],
                 id="a-clause-in-an-opening-participle"),
    # judging someone, its grounds in quotation marks before the comma: no content of the cue after it
    pytest.param("Criticizing the board for “wasting a whole summer,” the coach said it was “absurd” to "
                 "close the pitch.",
                 [("the coach", "Criticizing", "the board for “wasting a whole summer,”", "opinion"),
                  ("the coach", "said", "it was “absurd” to close the pitch", "opinion")],
                 id="criticizing-with-a-quotation-before-the-comma"),
    pytest.param("Warning of floods, residents left the valley.", [],
                 id="an-opening-participle-with-no-cue-after"),
    pytest.param("Revealing that police have thwarted 12 plots since March, Jane Roe said the threat was "
                 "growing.",
                 [("Jane Roe", "Revealing", "police have thwarted 12 plots since March", "statement"),
                  ("Jane Roe", "said", "the threat was growing", "statement")],
                 id="revealing-that"),
    # a phrase opening the sentence with no cue of its own is no content of "told reporters that C"
    pytest.param("Confirming the arrests, the police officer told reporters that the suspects were young.",
                 [("the police officer", "told", "the suspects were young", "statement")],
                 id="an-act-confirmed-then-told-that"),
    pytest.param("After the arrests, the police officer told reporters that the suspects were young.",
                 [("the police officer", "told", "the suspects were young", "statement")],
                 id="a-time-then-told-that"),
    # a thing named in a free relative ("what he called X") in the opening phrase is no claim of its
    # own: the main clause's is the sentence's
    pytest.param("Condemning what he called a planned misadventure against the army, Abdul Qayyum said the "
                 "society was an NGO.",
                 [("Abdul Qayyum", "said", "the society was an NGO", "statement")],
                 id="what-he-called-in-an-opening-participle"),
    pytest.param("In what she called a betrayal, Jane Roe said the union had lost the vote.",
                 [("Jane Roe", "said", "the union had lost the vote", "statement")],
                 id="what-she-called-in-an-opening-preposition"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OPENING_PARTICIPLES)
def test_an_opening_participle_is_a_claim_of_the_main_speaker(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    claims = [c for c in parse_article(text, options=FINE_QUOTES).claims if c.speaker]
    assert [
        (c.speaker.name, c.cue.text if c.cue else "", c.text, c.kind) for c in claims if c.speaker
    ] == expected


def test_a_place_before_a_papers_noun_after_a_is_no_papers_name() -> None:
    # "a Baton Rouge newspaper" is one paper of that place; "the reformist Hamrah newspaper" names it.
    text = "A Baton Rouge newspaper said the state needed help. The newspaper urged the candidates to visit."
    names = [c.speaker.name for c in parse_article(text).claims if c.speaker]
    assert names[0] == "A Baton Rouge newspaper"
    assert "Baton Rouge" not in names
    text = "The reformist Hamrah newspaper said the talks had failed."
    assert [c.speaker.name for c in parse_article(text).claims if c.speaker] == ["Hamrah"]


def test_a_nationality_before_a_noun_is_no_speaker() -> None:
    # "But back on American soil": the openers cut, "American" is left, and names no one ("Cuban said"
    # after "Mark Cuban" still does).
    text = "He spoke in Mexico. But back on American soil, he returned to his old lines: “We will build it!”"
    assert "American" not in [c.speaker.name for c in parse_article(text).claims if c.speaker]
    text = "Mark Cuban spoke in Austin. “It is too early to tell,” Cuban said."
    assert [c.speaker.name for c in parse_article(text).claims if c.speaker] == ["Mark Cuban"]


SAME_SPEAKER = [
    pytest.param(
        "Ryan and Trump will meet next week, Spicer said, adding, “They need to talk.”",
        ["Spicer", "Spicer"],
        id="subject-of-the-content-is-no-speaker",
    ),
    pytest.param(
        "The talks will resume in April, Deputy Minister Ivan Petrov told TASS, adding: “We are not "
        "in a hurry.”",
        ["Ivan Petrov", "Ivan Petrov"],
        id="told-an-outlet-then-adding",
    ),
    # A sentence opening with a quotation: who said it, or whose title it was; never a word inside it.
    pytest.param(
        "Mike Hale spoke in Iowa. “Voters will not be satisfied with slogans,” said Senator Tom Reyes of "
        "Ohio, referring to the governor's vow last week.",
        ["Tom Reyes", "Tom Reyes"],
        id="a-quote-then-said-x-then-referring",
    ),
    pytest.param(
        "“Crisis in the capital,” was ZAMAN's title, saying that the talks had failed.",
        ["ZAMAN", "ZAMAN"],  # the title printed is the paper's claim too
        id="a-quoted-title-then-saying",
    ),
]


SPEAKERS_IN_TURN = [
    # A caption printed twice above the story leaves the dateline after it the story's opening, no speaker.
    pytest.param(
        "JANE Roe on her way to Westmere.\nJANE Roe on her way to Westmere.\n\nNORVALE: Harbour Party vice "
        "president Jane Roe has called for the mayor's resignation.\n\nAddressing a rally on Sunday, she "
        "said the mayor must go.",
        ["Jane Roe", "Jane Roe"],
        id="a-caption-printed-twice-then-a-dateline",
    ),
    # A nationality opening the sentence describes the outlet after it: the outlet writes.
    pytest.param(
        'Chinese state-run outlet Harbour Times said that troops attended drills, writing: "The mainland '
        'has never promised to give up force."',
        ["Harbour Times", "Harbour Times"],
        id="a-nationality-before-an-outlet-then-writing",
    ),
    # A sentence opening with "For" and a person is about that person: "he" after it is that person.
    pytest.param(
        "Jane Roe spoke first. For Westmere dairy farmer Tom Hale, the flood was the third in a decade. "
        "“We rebuild the fences every year,” he said.",
        ["Tom Hale"],
        id="for-a-person-then-he",
    ),
    # ... and so is one introducing a person after "Among ... is"
    pytest.param(
        "Among those waiting is Jane Roe, a nurse from Westmere, who bought a car in 2016. She said no one "
        "at the garage had warned her.",
        ["Jane Roe"],
        id="among-those-is-a-person-then-she",
    ),
    # A topic phrase opening the sentence names no one: the pronoun after it is the last person named.
    pytest.param(
        "Trade Minister Omar Haddad spoke to reporters. Concerning Iran’s offer, he said that talks were "
        "continuing. He said that the deal would be signed soon.",
        ["Omar Haddad", "Omar Haddad"],
        id="concerning-a-topic-then-he",
    ),
    # A sentence opening with a subordinate clause: its subject is the main clause's, past the comma (not
    # a name in the clause, however long it is); when the main clause names no one, the clause's person.
    pytest.param(
        "Tom Hale, an engineer at Norvex, said the pumps were old. While Westmere River levels remain below "
        "the peaks recorded in the great floods of 2011, Jane Roe cautions against comparisons. “It is a "
        "different event,” she said.",
        ["Tom Hale", "Jane Roe"],
        id="after-a-long-while-clause-the-main-subject",
    ),
    pytest.param(
        "Tom Hale said the pumps were old. Though Jane Roe has lived in Westmere for years, the rents have "
        "risen sharply. “We cannot stay,” she said.",
        ["Tom Hale", "Jane Roe"],
        id="a-clause-person-when-the-main-clause-names-none",
    ),
    # A noun cue word before a title in lower case opens the title, no cue: the director speaks, not the firm.
    pytest.param(
        "Norvex Insurance claims director Jane Roe said: “The storm damage is worse than we feared.”",
        ["Jane Roe"],
        id="claims-director-is-a-title-no-cue",
    ),
    # A plain word or two closed by a comma after a leading word opens no name: the name after it is the
    # sentence's subject ("This time, Hale ...", "At that moment, the envoy ...").
    pytest.param(
        "“The line will open late,” said Tom Hale, head of the Westmere Rail Authority.\n\n“It is bad,” said "
        "Republican Assemblyman Jane Roe of Westmere, a critic of the project.\n\nThis time, Hale does not "
        "intend to give one figure. He said he would price each risk on its own.",
        ["Tom Hale", "Jane Roe", "Tom Hale"],
        id="this-time-then-a-surname-then-he",
    ),
    # A title before the name opens it after a portfolio; after "Sheikh" the given name stands for him.
    pytest.param(
        "The port will reopen next week, said Minister of Transport Sheikh Nasser Hamad Al-Mutairi on "
        "Sunday. Sheikh Nasser hoped that shipping would resume soon.",
        ["Nasser Hamad Al-Mutairi", "Nasser Hamad Al-Mutairi"],
        id="sheikh-and-the-given-name",
    ),
    # "He" after a role alone opening a sentence: the person credited with that role before, if any.
    pytest.param(
        "The base will close in May, said Minister of Defence Karl Brandt on Monday. The Defence Minister "
        "who visited the base met the troops. He went on to say: “The budget will grow next year.”",
        ["Karl Brandt", "Karl Brandt"],
        id="he-after-a-role-alone-is-the-person-with-it",
    ),
    pytest.param(
        "The base will close in May, said Minister of Defence Karl Brandt on Monday. The Finance Minister "
        "who visited the base met the troops. He went on to say: “The budget will grow next year.”",
        ["Karl Brandt", "The Finance Minister"],
        id="he-after-another-role-stays-that-role",
    ),
    # A circumstance opening the sentence ("With ...", "Despite ...") names no one: the subject follows
    # its comma, and speaks for a cue after a first predicate ("has called a meeting but said C").
    pytest.param(
        "Flu cases rise. With new cases reported from two provinces and the clinics full in the north, "
        "Health Minister Rosa Lindqvist has called a meeting but said there was no need for alarm.",
        ["Rosa Lindqvist"],
        id="with-a-circumstance-then-the-subject",
    ),
    pytest.param(
        "Despite the protests in the capital, Mayor Ivo Brandt opened the bridge and said that traffic "
        "would flow by June.",
        ["Ivo Brandt"],
        id="despite-a-circumstance-then-the-subject",
    ),
    # A participle's phrase after a leading word ("But speaking to ...") is no role of the subject after it.
    pytest.param(
        "Rates held. But speaking to the Daily Courier, Anna Berg struck an upbeat tone, telling the paper "
        "she was encouraged by the data.",
        ["Anna Berg"],
        id="but-speaking-to-then-the-subject",
    ),
    pytest.param(
        "The date is to be set by the Russian side, the newspaper wrote, supposing it might be in May.",
        ["the newspaper", "the newspaper"],
        id="after-form-then-supposing-keeps-the-paper",
    ),
    # A firm's short name after its full name with a firm's suffix is that firm (`Rules.firm_suffixes`),
    # also when the full name stands in a sentence that credits no one; a surname known in full is not.
    pytest.param(
        "Shares fell after an offer from Norvex Industries. Norvex said the bid was its last.",
        ["Norvex Industries"],
        id="a-firms-short-name",
    ),
    pytest.param(
        "Shares fell after a trial by Norvex Biosciences. Norvex said the study was flawed.",
        ["Norvex Biosciences"],
        id="a-firms-short-name-after-a-trades-word",
    ),
    pytest.param(
        "Harbour Therapeutics of Westmere, which makes the vaccine, said on Friday it would raise prices. "
        "The company said it would supply clinics first.",
        ["Harbour Therapeutics", "Harbour Therapeutics"],
        id="a-firm-and-its-town-then-the-company",
    ),
    pytest.param(
        "Lobbyist Tony Brandt founded the Brandt Group in 1988. Brandt said the firm had done nothing wrong.",
        ["Tony Brandt"],
        id="a-surname-known-in-full-is-no-firm",
    ),
    # A one-word name the lists take for a person, credited as a body before, is that body when it opens
    # a sentence: "the firm" after it stands for it.
    pytest.param(
        "Telecoms giant Volta says it will refund its customers. The outage lasted a day. Banks were hit. "
        "Volta is one of the largest carriers. The firm said it had heard its customers.",
        ["Volta", "Volta"],
        id="a-body-named-by-one-word-opens-a-sentence",
    ),
    # "The company" that no body just before names stands for the firm the stretch of text names most
    # often, credited or not, and "it" after it for the same firm; two firms named as often: neither.
    pytest.param(
        "Retailer Westmere & Hale has halted online orders after a cyber attack. Westmere & Hale declined "
        "to comment on the cause. Shares in Westmere & Hale fell 4 percent. Tom Ross, an analyst, said "
        "the cost would run to millions. Jane Roe, a shopper, said she had waited an hour. The company "
        "said it would write to every buyer. It has asked buyers to look out for fake emails.",
        ["Tom Ross", "Jane Roe", "Westmere & Hale", "Westmere & Hale"],
        id="the-company-is-the-firm-named-most",
    ),
    pytest.param(
        "Norvex Bank cut rates. Westbank Group cut rates too. Norvex Bank said the cut was small. Westbank "
        "Group said its cut was large. Tom Ross said the market was calm. Jane Roe said prices were high. "
        "Ann Cole said rents rose. Ben Hale said wages fell. The company said it would write to every buyer.",
        ["Norvex Bank", "Westbank Group", "Tom Ross", "Jane Roe", "Ann Cole", "Ben Hale", "The company"],
        id="the-company-between-two-firms-named-as-often",
    ),
    # A firm described in more words ("the department store chain"), a name joined by an ampersand
    pytest.param(
        "Retailer Westmere & Hale has halted online orders. The department store chain said it had taken "
        "systems offline.",
        ["Westmere & Hale"],
        id="a-longer-description-of-a-firm",
    ),
    # A name listing its parts with commas before "and" is one name: a body's, or people's.
    pytest.param(
        "The Ministry of Economy, Trade and Industry said exports rose in May.",
        ["The Ministry of Economy, Trade and Industry"],
        id="a-body-named-in-a-list",
    ),
    pytest.param(  # its last part closing with a document's word
        "The Department for Trade, Energy and Coastal Strategy said the rules would change.",
        ["The Department for Trade, Energy and Coastal Strategy"],
        id="a-body-named-in-a-list-closing-with-a-documents-word",
    ),
    pytest.param(
        "A spokesman for the Department for Digital, Culture, Media and Sport said the bill was ready.",
        ["Department for Digital, Culture, Media and Sport"],
        id="a-body-named-in-a-longer-list",
    ),
    pytest.param(  # a word before the last portfolio ("Rural") is no name's
        "A spokesman for the Ministry of Environment, Fisheries and Rural Affairs said the bill was ready.",
        ["Ministry of Environment, Fisheries and Rural Affairs"],
        id="a-body-named-in-a-list-with-a-portfolios-modifier",
    ),
    # A Hokkien or Teochew surname opens a name written surname first: "Mr Koh" is the minister.
    pytest.param(
        "Ports Minister Koh Wei Ming said the wharf was ready. “We will keep working,” Mr Koh wrote.",
        ["Koh Wei Ming", "Koh Wei Ming"],
        id="a-hokkien-surname-first",
    ),
    # The same names after the content, or after an inverted cue: the name reaches back, or on, over the
    # commas of its listed portfolios.
    pytest.param(
        "Fares will rise in May, the Department for Transport, Energy and Rural Affairs said on Monday.",
        ["Department for Transport, Energy and Rural Affairs"],
        id="a-body-named-in-a-list-after-the-content",
    ),
    pytest.param(
        "The grant is worth 2 million pounds, the Department for Digital, Culture, Media and Sport said.",
        ["Department for Digital, Culture, Media and Sport"],
        id="a-body-named-in-a-longer-list-after-the-content",
    ),
    pytest.param(
        "Fares will rise in May, said the Department for Transport, Energy and Rural Affairs.",
        ["the Department for Transport, Energy and Rural Affairs"],
        id="a-body-named-in-a-list-after-an-inverted-cue",
    ),
    pytest.param(
        "Smith, Jones and Brown said the deal was done.",
        ["Smith, Jones and Brown"],
        id="three-people-named-in-a-list",
    ),
    pytest.param(
        "In Berlin, Merkel and Macron said the deal was done.",
        ["Merkel and Macron"],
        id="a-place-opening-the-sentence-is-no-part-of-a-list",
    ),
    pytest.param(
        "Officials in Kyiv, Lviv and Odesa said the sirens sounded.",
        ["Lviv and Odesa"],
        id="a-list-after-in-stays-as-it-was",
    ),
    # A past participle opening the sentence with the question put ("Pressed on X,") names no one: the
    # subject after its comma speaks for the participle after the predicate.
    pytest.param(
        "Pressed on whether he would call Peters, Hipkins stood firm, saying he would refuse.",
        ["Hipkins"],
        id="pressed-on-then-the-subject",
    ),
    pytest.param(
        "Asked about the vote, Hipkins stood firm, saying he would refuse.",
        ["Hipkins"],
        id="asked-about-then-the-subject",
    ),
    # The person named after an opening participle's phrase is the subject "he" stands for; a role there
    # names no one new ("he" is still the man named before).
    pytest.param(
        "Speaking at the monthly meeting of the Rosslare District (RMD), Councillor Jim Codd told "
        "of two visits. “I left with tears in my eyes,” he said.",
        ["Jim Codd"],
        id="he-after-a-subject-past-an-opening-participle",
    ),
    pytest.param(
        "Mayor Tom Reyes spoke on Monday. Asked if he was ever bullied, the candidate said no. “People "
        "are bullied at 55,” he said.",
        ["Tom Reyes"],
        id="a-role-past-an-opening-participle-names-no-one-new",
    ),
    # A lone capitalised word and a preposition opening the sentence before a comma are an adverb's
    # phrase when a speaker follows the comma.
    pytest.param(
        "Late into the night, spokesperson Ana Ruiz posted a chart, saying that turnout was high.",
        ["Ana Ruiz"],
        id="late-into-the-night-then-the-subject",
    ),
    pytest.param(
        "Early on Monday, Governor Tom Hale toured the site, calling it a disaster.",
        ["Tom Hale"],
        id="early-on-monday-then-the-subject",
    ),
    pytest.param(
        "Obama in a speech on Monday, praised the deal, saying it was historic.",
        ["Obama"],
        id="a-name-then-a-preposition-stays-the-subject",
    ),
    # A listed outlet's national edition is an outlet relaying the claim, not its speaker.
    pytest.param(
        "Lopez said the mines must close until the president says otherwise, CNN Philippines reported.",
        ["Lopez"],
        id="an-edition-relays",
    ),
    # A body's word after a name ends the role it stands in ("the American Farm Bureau Federation").
    pytest.param(
        "Dave Olsen, senior director of government affairs for the American Farm Bureau Federation, said "
        "the deal was a first step. Olsen said more talks were due.",
        ["Dave Olsen", "Dave Olsen"],
        id="a-federation-in-a-long-role",
    ),
    pytest.param(
        "And even Mayor Ann Cole tried to calm the crowd, noting that the plant would stay open.",
        ["Ann Cole"],
        id="and-opening-the-sentence-then-noting",
    ),
    pytest.param(
        "Police said that Robinson Friday had been arrested.",
        ["Police"],
        id="a-weekday-surname-inside-the-content",
    ),
    # "the Guardian" in lower case is the listed paper; "the Times" stands for the paper named before; a
    # paper's article speaks as the paper, as "a report by the Harbour Times" does
    pytest.param(
        'Tax news\n\nA New York Times article said the loss was large.\n\n"The debt fell," the Times '
        "wrote.\n\nThe regulator was fined, the Guardian reported.",
        ["New York Times", "New York Times", "the Guardian"],
        id="the-guardian-and-the-times",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SPEAKERS_IN_TURN)
def test_speakers_in_turn(text: str, speakers: list[str]) -> None:
    claims = [c for c in parse_article(text).claims if c.cue]
    assert [c.speaker.name if c.speaker else None for c in claims] == speakers


@pytest.mark.parametrize(("text", "speakers"), SAME_SPEAKER)
def test_a_participle_after_an_after_form_keeps_its_speaker(text: str, speakers: list[str]) -> None:
    # "C1, X said, adding, “C2”": both are X's, not the speaker of the sentence's first noun phrase.
    claims = [c for c in parse_article(text).claims if c.cue]
    assert [c.speaker.name if c.speaker else None for c in claims] == speakers


# Speakers and contents of relative clauses, each row a sentence and its (speaker, content) pairs.
RELATIVE_CLAUSES = [
    # a cue in a free relative clause: the speaker is the words between "what" and the cue, and a name
    # given is the content ("described as C": after "as"); the sentence before it is no claim of theirs
    pytest.param("Norvale rolled out the act on Monday, marking what the council describes as the first "
                 "such law.", [("the council", "the first such law")], id="what-x-describes-as"),
    pytest.param("The vote marks what officials called a historic shift.",
                 [("officials", "a historic shift")], id="what-x-called"),
    pytest.param("The plan differs from what Jane Roe said the council wanted.",
                 [("Jane Roe", "the council wanted")], id="what-x-said"),
    # the words after "what" speak where no subject of the sentence does
    pytest.param('Westmere sought the games to shed what Tom Hale called "a perception problem."',
                 [("Tom Hale", "a perception problem")], id="what-a-name-called-after-an-infinitive"),
    # (not a wish, nor "what" with no content after the cue)
    pytest.param("The mayor gave the crowd what Tom Hale wanted to hear.", [],
                 id="what-x-wanted-to-hear"),
    pytest.param("Here is what the ministers said and the promises they kept in May.", [],
                 id="what-x-said-and"),
    # two relative clauses, each of its own speaker, joined by "and": the first content ends before it
    pytest.param("The list named a nurse from Norvale, a driver who said he had seen the blaze and a "
                 "porter who said he had raised the alarm.",
                 [("a driver", "he had seen the blaze"), ("a porter", "he had raised the alarm")],
                 id="a-driver-who-said-and-a-porter-who-said"),
    pytest.param("The crowd included a man who said he had seen the blaze and Jane Roe, who said she "
                 "had raised the alarm.",
                 [("a man", "he had seen the blaze"), ("Jane Roe", "she had raised the alarm")],
                 id="a-man-who-said-and-a-name-who-said"),
    # (one speaker's relative clause inside another's claim, whose speaker no relative clause names,
    # stays inside it)
    pytest.param("Tom Hale dismissed criticism from Jane Roe and Tom Rivers, a banker and former "
                 "official who said the plan would fail.",
                 [("Tom Hale", "criticism from Jane Roe and Tom Rivers, a banker and former official who "
                   "said the plan would fail"), ("former official", "the plan would fail")],
                 id="a-relative-inside-a-claim-told-otherwise"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CLAUSES)
def test_speakers_and_contents_of_relative_clauses(text: str, expected: list[tuple[str, str]]) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name if c.speaker else None, c.text) for c in claims] == expected


def test_a_relative_speaker_is_no_prepositional_phrase() -> None:
    text = "The strike spread, adding to pressure on the leaders who said, “We must act.”"
    claims = [c for c in parse_article(text).claims if c.cue]
    assert [(c.speaker.name if c.speaker else None, c.cue.text if c.cue else None) for c in claims] == [
        ("the leaders", "said")
    ]


def test_a_relative_pronoun_after_an_apposition_stands_for_the_name() -> None:
    text = "Pat Lowe, an economist who argues that wages lag prices, said the strike would spread."
    claims = parse_article(text).claims
    assert [(c.speaker.name, c.speaker.role) for c in claims if c.speaker] == [
        ("Pat Lowe", "economist"),
        ("Pat Lowe", "economist"),
    ]


def test_a_comma_closing_a_quoted_title_ends_the_content() -> None:
    # American style puts the comma inside the marks; a title there is no quote, so the after-form stands.
    text = "The French are big fans of “Prison Break,” Mr. Madden said."
    [claim] = [c for c in parse_article(text).claims if c.cue]
    assert (claim.speaker.name if claim.speaker else None, claim.text) == (
        "Madden",
        "The French are big fans of “Prison Break",
    )


def test_state_media_name_an_outlet() -> None:
    # "state media KNA": the press as a role before its name; the claim came through it.
    text = "Intro.\n\nThe leader has said the visit went well, state media KNA reported on Wednesday."
    [claim] = [c for c in parse_article(text).claims if c.speaker]
    assert (claim.speaker.name if claim.speaker else None, claim.outlet.name if claim.outlet else None) == (
        "The leader",
        "KNA",
    )


@pytest.mark.parametrize(
    ("told", "outlet"),
    [
        ("told the Westmere media group in an interview", "Westmere media group"),
        ("told the Westmere Media Group", "Westmere Media Group"),
        ("told the Westmere group", None),  # (a group of no kind named: no outlet)
    ],
)
def test_a_media_group_told_is_an_outlet(told: str, outlet: str | None) -> None:
    # a press group is named by "media group" after its name, or by "Media" inside it (`Rules.outlet_words`)
    [claim] = [c for c in parse_article(f"The port must close, Tom Hale {told}.").claims if c.speaker]
    assert (claim.outlet.name if claim.outlet else None) == outlet


def test_an_agency_named_with_news_after_it() -> None:
    # "Efe news reported": "news" after a known agency's name says what it is, as "news agency" does.
    text = "Governor Ana Ruiz said that thirty people died in the town, Efe news reported."
    [claim] = [c for c in parse_article(text).claims if c.speaker]
    assert (claim.text, claim.outlet.name if claim.outlet else None) == (
        "thirty people died in the town",
        "Efe",
    )


def test_an_outlet_reporting_a_quote_and_its_speaker() -> None:
    # "“C,” he said, Sputnik reported.": the quote came through Sputnik.
    [claim] = [
        c for c in parse_article("“We will hold the line,” he said, Sputnik reported.").claims if c.cue
    ]
    assert (claim.text, claim.outlet.name if claim.outlet else None) == ("We will hold the line", "Sputnik")


def test_a_paper_relaying_what_a_speaker_said_is_its_outlet() -> None:
    # "X said that C, PAPER reported today": X said it, the paper carried it.
    text = "Ahmad Faizal said that a thorough study is needed, Sinar Harian reported today."
    [claim] = [c for c in parse_article(text).claims if c.cue]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.text) == ("Ahmad Faizal", "a thorough study is needed")
    assert claim.outlet is not None
    assert claim.outlet.name == "Sinar Harian"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an interview or a report a paper printed, named after "according to": the speaker's claim, the
        # paper its outlet
        ("Jane Roe said fares would fall, according to an interview given to the Harbour Times on "
         "Monday.",
         ("Jane Roe", "fares would fall", "Harbour Times")),
        ("Jane Roe said fares would fall, according to a report in the Harbour Times.",
         ("Jane Roe", "fares would fall", "Harbour Times")),
        # an interview with a person names no outlet: the source as read
        ("Jane Roe said fares would fall, according to an interview with Tom Hale.",
         ("an interview with Tom Hale", "Jane Roe said fares would fall", None)),
        # "the paper" closing the sentence relays what the one named before it said
        ("Jane Roe told the Harbour Times the port was open. Tom Hale warned that fares were a bit too high, "
         "the paper said.", ("Tom Hale", "fares were a bit too high", "Harbour Times")),
        # ... after a comparison opening the relayed clause
        ("Jane Roe told the Harbour Times the port was open. Like Roe, Tom Hale warned that fares were too "
         "high, the paper said.", ("Tom Hale", "fares were too high", "Harbour Times")),
    ],
)  # fmt: skip
def test_a_paper_printing_what_a_speaker_said_is_its_outlet(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    claim = [c for c in parse_article(f"Title\n\nThe ferry ran late.\n\n{sentence}\n").claims if c.cue][-1]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.text, claim.outlet.name if claim.outlet else None) == expected


def test_a_paper_no_table_lists_relaying_what_a_speaker_said_is_its_outlet() -> None:
    # the same with a paper the rules do not list ("Sinar Harian" is listed now, and a listed outlet's
    # report is read as relayed by `Reader._relayed`): the name credited after the comma carried it
    text = "The minister said that prices would fall, Utusan Borneo reported today."
    [claim] = [c for c in parse_article(text).claims if c.cue]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.text) == ("The minister", "prices would fall")
    assert claim.outlet is not None
    assert claim.outlet.name == "Utusan Borneo"


def test_an_act_a_paper_reported_is_the_papers_claim() -> None:
    # "organizers added 160 guards, the Sun-Times reported": no one said it; the paper reported the act.
    text = "In Chicago, organizers added 160 guards along the route, the Sun-Times reported."
    [claim] = [c for c in parse_article(text).claims if c.cue]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.cue.text) == ("Sun-Times", "reported")


def test_a_live_pages_latest_label_is_no_speaker() -> None:
    article = parse_article("Latest: Heckles fly as the inquiry ends its first hearing\n\nThe hearing ended.")
    assert [c.speaker for c in article.claims if c.speaker is not None] == []


def test_a_pointer_naming_an_interview_gives_its_medium_to_the_speakers_claims() -> None:
    # "He stated this in an interview with Bild": the claim before and the speaker's later claims that
    # name no medium came from that interview; another speaker's claims did not.
    text = (
        "Foreign Minister Anna Berg said her task was to secure more aid. She stated this in an interview "
        "with the newspaper Bild.\n\n"
        "“We will not give up any territory,” Berg said.\n\n"
        "The mayor said the city was calm.\n\n"
        "“The talks are over,” Berg told the BBC."
    )
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name if c.speaker else None, c.outlet.name if c.outlet else None) for c in claims] == [
        ("Anna Berg", "Bild"),
        ("Anna Berg", "Bild"),
        ("The mayor", None),
        ("Anna Berg", "BBC"),
    ]


def test_a_quotation_closing_with_a_relative_clauses_comma_stays_inside_it() -> None:
    # ", who called the plan “a fraud,” said C": the relative clause ends at the comma inside the
    # closing mark, and the name before it speaks the main clause's claim
    text = "Tom Hale, who called the plan “a fraud,” said the effort would fail."
    claims = [c for c in parse_article(text).claims if c.cue]
    assert [(c.speaker.name if c.speaker else None, c.cue.text if c.cue else None) for c in claims] == [
        ("Tom Hale", "called"),
        ("Tom Hale", "said"),
    ]
    assert claims[1].text == "the effort would fail"
    assert "said" not in claims[0].text


def test_a_sentence_naming_an_interview_gives_its_medium_to_the_claims_after_it() -> None:
    # "The mayor made the comments in an interview with X", no claim before it: the claims after it
    # came from X; "Roe spoke on Harbour Radio" frames Roe's next claim; a medium named in a clause about
    # someone else ("why Hale had raised it in an interview with ...") frames nothing.
    text = (
        "Port news\n\nThe mayor made the comments in an interview with the national media outlet "
        "Harbour Times, out on Thursday.\n\n“The ferry tax must go,” she warned.\n\nShe said the pier "
        "would reopen.\n\nJane Roe spoke at length on Harbour Radio about the decision.\n\nThe decision "
        "was hard, she said.\n\nTom Early, the harbour master, could not explain why Hale had raised the "
        "plan in an interview with the Westmere Post.\n\nTom Early said the pier was safe."
    )
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name if c.speaker else None, c.outlet.name if c.outlet else None) for c in claims] == [
        ("The mayor", "Harbour Times"),
        ("The mayor", "Harbour Times"),
        ("Jane Roe", "Harbour Radio"),
        ("Tom Early", None),
    ]


def test_an_act_announced_is_an_unattributed_claim_and_its_doer_is_learned() -> None:
    text = "Gov. Ann Reyes announced the deal on Monday. “It is a fair wage,” Reyes said."
    claims = parse_article(text).claims
    assert [(c.rule, c.speaker.name if c.speaker else None) for c in claims] == [
        ("unattributed", None),
        ("quote-after", "Ann Reyes"),
    ]


def test_an_agency_relaying_two_claims_is_the_outlet_of_both() -> None:
    text = (
        "According to Mehr, spokesman Ali Vahidi told reporters on Monday that the talks were over, and "
        "underlined that no date had been set."
    )
    claims = parse_article(text).claims
    assert [(c.speaker.name if c.speaker else None, c.outlet.name if c.outlet else None) for c in claims] == [
        ("Ali Vahidi", "Mehr"),
        ("Ali Vahidi", "Mehr"),
    ]


def test_an_interview_named_in_a_speakers_first_claim_is_the_medium_of_the_next() -> None:
    # "in an interview granted to AGERPRES" (a listed name, in capitals) frames the speaker's later claims;
    # "with the Russian television" names no outlet "Russian".
    text = (
        "Foreign Minister Ion Popa stated, in an interview granted to AGERPRES, that he asked for a "
        "draft.\n\n"
        "The mayor said the city was calm.\n\n"
        "“We want a treaty,” Popa said.\n\n"
        "Ambassador Ivan Orlov said in an interview with the Russian television he was focused on trade."
    )
    claims = [c for c in parse_article(text).claims if c.speaker]
    assert [(c.speaker.name if c.speaker else None, c.outlet.name if c.outlet else None) for c in claims] == [
        ("Ion Popa", "Agerpres"),
        ("The mayor", None),
        ("Ion Popa", "Agerpres"),
        ("Ivan Orlov", None),
    ]
    assert claims[0].text == "he asked for a draft"  # the "that" after the interview is no content


@pytest.mark.parametrize(
    ("text", "outlets"),
    [
        # a medium that heard the speaker's first claim ("told", "said on", "in a statement to") frames the
        # speaker's later claims that name none, as an interview does
        pytest.param("“Rents must fall,” Mayor Ann Cole told Nordblatt newspaper.\n\nThe council met on "
                     "Monday.\n\n“We will build homes,” Cole said.",
                     ["Nordblatt", "Nordblatt"], id="told-a-paper"),
        pytest.param("Minister Ali Sami said Tuesday on Nile Extra News that the dam was safe. Sami said the "
                     "talks would resume.", ["Nile Extra News", "Nile Extra News"], id="said-on-a-channel"),
        pytest.param("A ministry source said in a statement to SANA that the strikes had failed. The source "
                     "added that the army held the town.", ["SANA", "SANA"], id="a-statement-to-an-agency"),
        # a post frames nothing; a relaying agency neither; a medium after the speaker's first claim
        # frames only when it is an interview
        pytest.param("Mayor Ann Cole wrote on Twitter that rents must fall. Cole later told reporters that "
                     "homes would be built.", ["Twitter", None], id="a-post-frames-nothing"),
        # (not in the lede: a lede claim's closing credit makes the whole story that outlet's copy)
        pytest.param("Rents rose 9 percent in May. Mayor Ann Cole said rents must fall, Reuters reported. "
                     "Cole later said that homes would be built.", ["Reuters", None],
                     id="a-relay-frames-nothing"),
        pytest.param("Mayor Ann Cole said rents must fall. Cole told Sky News that homes would be built. "
                     "Cole said the budget was balanced.", [None, "Sky News", None],
                     id="told-later-frames-nothing"),
        pytest.param("Mayor Ann Cole said rents must fall. In an interview with Nordblatt, Cole said homes "
                     "would be built. Cole said the budget was balanced.", [None, "Nordblatt", "Nordblatt"],
                     id="an-interview-later-frames"),
        # another occasion named in the later claim's own words: the interview's medium stays behind
        pytest.param("Mayor Ann Cole told Sky News that rents must fall. In a statement, Cole said homes "
                     "would be built.", ["Sky News", None], id="a-statement-later-is-another-occasion"),
        pytest.param("Mayor Ann Cole told Sky News that rents must fall. In March, Cole said homes would "
                     "be built.", ["Sky News", None], id="a-month-later-is-another-occasion"),
        pytest.param("Mayor Ann Cole told Sky News that rents must fall. “Homes will be built,” Cole said "
                     "at a rally.", ["Sky News", None], id="a-rally-after-the-cue-is-another-occasion"),
        pytest.param("Mayor Ann Cole told Sky News that rents must fall. Cole said on Friday that homes "
                     "would be built.", ["Sky News", "Sky News"], id="a-weekday-is-the-interview-s-day"),
        # a conjunction before the participle's phrase: its subject still says the participle's content
        pytest.param("But speaking to Sky News, Mayor Ann Cole struck a hopeful tone, telling the channel "
                     "she expected rents to fall.\n\nShe said homes would be built.",
                     ["Sky News", "Sky News"],
                     id="but-speaking-to-a-paper-then-telling"),
        # "speaking to X" sets an interview's scene: it frames later claims though an earlier one named none
        pytest.param("Mayor Ann Cole said rents must fall. Speaking to Sky News, Cole struck a hopeful tone, "
                     "telling the channel that homes would be built. Cole said the budget was balanced.",
                     [None, "Sky News", "Sky News"], id="speaking-to-a-channel-later-frames"),
        # a lede summing up (not "said" or "told") is no earlier claim: the interview right after it frames
        pytest.param("Mayor Ann Cole has defended the rent cap. “Rents must fall,” Cole told the Harbour "
                     "Courier. She said homes would be built.",
                     [None, "Harbour Courier", "Harbour Courier"], id="a-lede-sums-up-the-interview"),
        # a headline's "X: C" frames nothing and is no lede: the interview under it frames the quotes after
        pytest.param("Norvex CEO: Our ferries stay in service\n\nNorvex CEO Ann Cole told CNBC on "
                     "Tuesday that the firm would keep its ferries.\n\n“We are staying put,” Cole said.",
                     [None, "CNBC", "CNBC"],
                     id="a-headlines-colon-claim-then-the-interview"),
        # a claim in the present naming no medium sums up too, wherever it stands
        pytest.param("Rents rose in May.\n\nThe council met on Monday, officials said.\n\nMayor Ann Cole "
                     "says the cap is working.\n\nCole told the Harbour Courier rents must fall. She said "
                     "homes would be built.", [None, None, "Harbour Courier", "Harbour Courier"],
                     id="a-present-claim-sums-up"),
        # (not when the medium comes paragraphs after the lede)
        pytest.param("Mayor Ann Cole has defended the rent cap.\n\nThe council met on Monday.\n\nRents rose "
                     "in May.\n\n“Rents must fall,” Cole told Sky News.\n\nShe said homes would be built.",
                     [None, "Sky News", None], id="a-lede-paragraphs-before-the-interview"),
        # "speaking to X" in an aside between the speaker and the cue, a country's possessive before X
        pytest.param("Mayor Ann Cole, speaking to Japan's Harbour News on Monday, conceded that rents must "
                     "fall. Cole said homes would be built.", ["Harbour News", "Harbour News"],
                     id="speaking-to-a-channel-in-an-aside"),
        # a piece the speaker wrote for a paper (`Rules.written_pieces`) goes on as one, as an interview does
        pytest.param("In a guest essay in the Harbour Courier, Mayor Ann Cole argued that rents must "
                     "fall.\n\nShe added that homes would be built.", ["Harbour Courier", "Harbour Courier"],
                     id="an-essay-in-a-paper-frames"),
        pytest.param("Mayor Ann Cole wrote in a column for the Harbour Courier that rents must fall. Cole "
                     "said homes would be built.", ["Harbour Courier", "Harbour Courier"],
                     id="a-column-for-a-paper-frames"),
        pytest.param("Mayor Ann Cole wrote in a column for the Harbour Courier that rents must fall. Cole "
                     "said at a rally that homes would be built.", ["Harbour Courier", None],
                     id="a-rally-after-a-column-is-another-occasion"),
        # "on the same program": the medium named last
        pytest.param("“We need a plan,” the Ohio Democrat said on CBS's “Face the Nation.” Appearing on the "
                     "same program, Senator Tom Reed said the plan would fail.",
                     ["CBS's Face the Nation", "CBS's Face the Nation"], id="the-same-program"),
    ],
)  # fmt: skip
def test_a_medium_that_heard_the_speaker_frames_the_later_claims(
    text: str, outlets: list[str | None]
) -> None:
    # (the story's own outlet is not inferred from the one interview, so that only framing shows)
    rules = DEFAULT_RULES.extend(own_interviews=False)
    claims = [c for c in parse_article(text, options=rules).claims if c.speaker]
    assert [c.outlet.name if c.outlet else None for c in claims] == outlets


def test_a_pointer_after_a_pointer_gives_its_medium() -> None:
    text = (
        "Baku is trying to fill the silence with provocations. Ana Petrosyan, the ministry's spokeswoman, "
        "stated the aforesaid. She noted this when asked by Armenpress to comment."
    )
    [claim] = [c for c in parse_article(text).claims if c.speaker]
    assert (claim.speaker.name if claim.speaker else None, claim.outlet.name if claim.outlet else None) == (
        "Ana Petrosyan",
        "Armenpress",
    )


def test_an_outlet_relays_a_claim_after_an_opening_phrase_of_scene() -> None:
    text = "According to Jiji Press, at a briefing on Friday, Defense Minister Sato said the drills go on."
    [claim] = [c for c in parse_article(text).claims if c.speaker]
    assert (claim.speaker.name if claim.speaker else None, claim.outlet.name if claim.outlet else None) == (
        "Sato",
        "Jiji Press",
    )


@pytest.mark.parametrize(
    "text",
    [
        "By the end of the day, Mr. Trump was forced into a retreat and said that his words were misread.",
        "For months, Cruz had praised Trump, stating there was a benefit to having him in the race.",
        "Having announced he would not send me to prison, the judge handed down his sentence.",
    ],
)
def test_a_word_opening_a_phrase_is_no_name(text: str) -> None:
    # a preposition or a participle opening the sentence is never a person's name ("By", "For", "Having")
    names = [c.speaker.name for c in parse_article(text).claims if c.speaker]
    assert not [n for n in names if n.lower() in ("by", "for", "having")], names


ROLES = [
    pytest.param("Greek Minister of Migration and Asylum Notis Mitarakis said the border was secure.",
                 "Greek Minister of Migration and Asylum", id="two-portfolios"),
    pytest.param("Minister of Higher Education, Science and Technology Blade Nzimande said fees would stay.",
                 "Minister of Higher Education, Science and Technology", id="portfolios-listed-with-commas"),
    pytest.param("Kanata-Carleton MPP Merrilee Fullerton said tuition would fall.", "Kanata-Carleton MPP",
                 id="mpp"),
    # a document's word in a title's portfolio is the portfolio's, no document's
    pytest.param("Deputy Minister of Rural Policy and Trade Jane Roe said the subsidy would stay.",
                 "Deputy Minister of Rural Policy and Trade", id="a-policy-portfolio"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "role"), ROLES)
def test_a_title_before_a_name_is_its_role(text: str, role: str) -> None:
    (claim,) = parse_article(text).claims
    assert claim.speaker is not None
    assert claim.speaker.role == role


def test_a_role_before_a_comma_is_the_named_persons() -> None:
    text = "“We had to act,” Parkwatch spokesperson, Mr Tom Akers said."
    (claim,) = parse_article(text).claims
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.role) == ("Tom Akers", "Parkwatch spokesperson")
    assert claim.speaker.span is not None
    assert text[claim.speaker.span[0] : claim.speaker.span[1]] == "Parkwatch spokesperson, Mr Tom Akers"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The ministry said Jane Roe told reporters that the talks had failed.",
                     [("The ministry", "said", "Jane Roe told reporters that the talks had failed"),
                      ("Jane Roe", "told", "the talks had failed")], id="a-name-told-inside"),
        # a person's office speaking: its "he" is that person
        pytest.param("Tom Hale's office said he had told the council that the pier would open in May.",
                     [("Tom Hale's office", "said",
                       "he had told the council that the pier would open in May"),
                      ("Tom Hale", "had told", "the pier would open in May")], id="an-office-and-its-he"),
        # (a participle inside reports no words of its own)
        pytest.param("The spokeswoman said Tom Hale was saying the fares would stay the same.",
                     [("The spokeswoman", "said", "Tom Hale was saying the fares would stay the same")],
                     id="a-participle-inside"),
    ],
)  # fmt: skip
# a content opening with a speaker of its own and a finite "said" or "told": that speaker's claim too
def test_a_nested_speaker_is_a_claim_too(text: str, expected: list[tuple[str, str, str]]) -> None:
    claims = [c for c in parse_article(text).claims if c.speaker and c.cue]
    assert [(c.speaker.name, c.cue.text, c.text) for c in claims] == expected
