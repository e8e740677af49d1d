"""Cue words: the verbs and phrases that attribute words to a speaker. Data only.

`CUES` maps a cue as it appears in text (lower case; a multi-word cue with single spaces) to a
`(lemma, kind, complement)` triple:

- `lemma`: the dictionary form reported in `Cue.lemma`.
- `kind`: the claim kind the cue implies on its own (`statement`, `opinion`, `prediction`, `promise`);
  the content can still turn a `statement` into an opinion or a prediction (see `OPINION_MARKERS`).
- `complement`: what follows the cue, which decides where the content starts:
  `clause` ("said (that) C"), `to` ("pledged to V": the content keeps "to"), `about` ("wrote about C":
  the content is a topic, never a prediction), `object` ("told OBJ (that) C": a person or outlet is
  addressed first).

`INVERTING` lists the cues that may come before their speaker at the end of a sentence ("..., said X").
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

Entry = tuple[str, str, str]


def _forms(lemma: str, kind: str, complement: str, *forms: str) -> dict[str, Entry]:
    return dict.fromkeys(forms, (lemma, kind, complement))


CUES: Final = MappingProxyType(
    {
        # Plain reporting verbs: the workhorses of news attribution.
        **_forms("say", "statement", "clause", "said", "says", "say", "saying"),
        **_forms("tell", "statement", "object", "told", "tells", "tell", "telling"),
        **_forms("add", "statement", "clause", "added", "adds", "adding", "add"),
        # (not "states", a noun far more often: "member states"; a cue only after a document's noun, as
        # `DOCUMENT_CUES` gives it)
        **_forms("state", "statement", "clause", "stated", "stating"),
        **_forms("declare", "statement", "clause", "declared", "declares", "declaring"),
        **_forms("announce", "statement", "thing", "announced", "announces", "announcing", "announce"),
        **_forms("explain", "statement", "clause", "explained", "explains", "explaining", "explain"),
        **_forms("note", "statement", "clause", "noted", "notes", "noting"),
        **_forms("write", "statement", "thing", "wrote", "writes", "writing"),
        **_forms("report", "statement", "thing", "reported", "reports", "reporting that"),
        **_forms("tweet", "statement", "clause", "tweeted", "tweets", "tweeting"),
        **_forms("post", "statement", "clause", "posted"),
        **_forms("testify", "statement", "clause", "testified", "testifies", "testifying"),
        # Verbs of asserting: the speaker defends a claim, still a checkable statement.
        **_forms("claim", "statement", "clause", "claimed", "claims", "claiming", "claim"),
        # An argument is a case made for a position ("argued that the tax was unfair", "argues the law
        # should go"): an opinion, as readers of the 22 genre sets marked nine of thirteen.
        **_forms("argue", "opinion", "clause", "argued", "argues", "argue", "arguing"),
        **_forms("insist", "statement", "clause", "insisted", "insists", "insist", "insisting"),
        # Put beyond doubt: "Washington has made it clear that it will not send ships".
        **_forms("make clear", "statement", "clause", "made it clear", "makes it clear", "make it clear",
                 "making it clear"),
        # What a treaty or a law lays down: "The declaration stipulates that the islands be returned".
        **_forms("stipulate", "statement", "clause", "stipulates", "stipulated", "stipulate"),
        **_forms("assert", "statement", "clause", "asserted", "asserts", "asserting"),
        **_forms("maintain", "statement", "clause", "maintained", "maintains", "maintain", "maintaining"),
        **_forms("contend", "statement", "clause", "contended", "contends", "contend", "contending"),
        **_forms("allege", "statement", "clause", "alleged", "alleges", "alleging"),
        **_forms("stress", "statement", "clause", "stressed", "stresses", "stressing"),
        **_forms("emphasize", "statement", "clause", "emphasized", "emphasised", "emphasizes", "emphasizing",
                 "emphasising"),
        **_forms("suggest", "statement", "clause", "suggested", "suggests", "suggest", "suggesting"),
        # "has hinted the budget could return to surplus": a guarded forecast or admission ("hinted at
        # a deal" is an object, no claim). Not "hints": a plural noun far more often ("hints of a deal").
        **_forms("hint", "statement", "clause", "hinted", "hinting"),
        **_forms("acknowledge", "statement", "clause", "acknowledged", "acknowledges", "acknowledging",
                 "acknowledge"),
        **_forms("admit", "statement", "clause", "admitted", "admits", "admitting", "admit"),
        **_forms("concede", "statement", "clause", "conceded", "concedes", "conceding"),
        **_forms("confirm", "statement", "clause", "confirmed", "confirms", "confirming"),
        # Agency English for "said" with weight, as Latin American and Arab wires write it: "the
        # President on Thursday affirmed that C". Not "reaffirmed": as often a thing's doing ("the poll
        # reaffirmed his lead", "the praise reaffirmed the power of ...") as anyone's words.
        **_forms("affirm", "statement", "thing", "affirmed", "affirms"),
        # With "that" it is words again: "the spokesperson reaffirmed that the situation remains stable".
        **_forms("reaffirm", "statement", "clause", "reaffirmed that", "reaffirms that", "reaffirming that"),
        **_forms("deny", "statement", "clause", "denied", "denies", "deny", "denying"),
        # A denial with its reasons, as Nigerian and Indian copy writes it: "The minister refuted claims
        # that the demolition targeted the south-easterners".
        **_forms("refute", "statement", "clause", "refuted", "refutes", "refuting"),
        **_forms("recall", "statement", "clause", "recalled", "recalls", "recalling"),
        **_forms("complain", "statement", "clause", "complained", "complains", "complaining", "complain"),
        **_forms("boast", "statement", "clause", "boasted", "boasting"),
        **_forms("charge", "statement", "clause", "charged"),
        **_forms("counter", "statement", "clause", "countered", "countering"),
        **_forms("reply", "statement", "clause", "replied", "replies", "replying"),
        **_forms("respond", "statement", "clause", "responded", "responds", "responding"),
        **_forms("warn", "statement", "clause", "warned", "warns", "warn", "warning", ),
        **_forms("caution", "statement", "clause", "cautioned", "cautions", "cautioning"),
        **_forms("regret", "opinion", "clause", "regretted", "regrets", "regretting"),  # "regretting that C"
        **_forms("point out", "statement", "clause", "pointed out", "points out", "pointing out"),
        **_forms("remark", "statement", "clause", "remarked", "remarking"),
        # Words raised in the voice, beside a quotation only (`QUOTE_ONLY`): "“My child!” Espinosa cried
        # in a video", "“Lock her up,” the crowd chanted"; before a bare clause ("shouted slogans")
        # they are plain verbs.
        **_forms("shout", "statement", "clause", "shouted"),
        **_forms("yell", "statement", "clause", "yelled"),
        **_forms("scream", "statement", "clause", "screamed"),
        **_forms("exclaim", "statement", "clause", "exclaimed"),
        **_forms("cry", "statement", "clause", "cried"),
        **_forms("chant", "statement", "clause", "chanted"),
        **_forms("observe", "statement", "clause", "observed", "observing"),
        **_forms("joke", "statement", "clause", "joked", "joking"),
        **_forms("quip", "statement", "clause", "quipped", "quipping"),
        # Verbs of manner a feature or a tabloid puts beside a quotation ("“C,” she thundered", "“C,”
        # Roe shot back"); only there (`QUOTE_ONLY`): "the river thundered past", "police fired back".
        **_forms("retort", "statement", "clause", "retorted", "retorting"),
        **_forms("thunder", "statement", "clause", "thundered"),
        **_forms("snap", "statement", "clause", "snapped"),
        **_forms("muse", "statement", "clause", "mused"),
        **_forms("jest", "statement", "clause", "jested"),
        # A witness's account, as British copy reports one: "Tom Hale told how he had waited nine hours for
        # the lifeboat" (the account is what follows "how").
        **_forms("tell how", "statement", "clause", "told how", "tells how", "telling how"),
        **_forms("shoot back", "statement", "clause", "shot back"),
        **_forms("fire back", "statement", "clause", "fired back"),
        **_forms("fume", "opinion", "clause", "fumed"),
        **_forms("gush", "opinion", "clause", "gushed"),
        **_forms("gripe", "opinion", "clause", "griped"),
        **_forms("continue", "statement", "clause", "continued"),
        # Verbs agencies and translations from Russian and Chinese use for "said" ("подчеркнул",
        # "уточнил", "напомнил"): "..., the diplomat underlined", "..., Zakharova clarified".
        **_forms("underline", "statement", "clause", "underlined", "underlines", "underlining"),
        **_forms("underscore", "statement", "clause", "underscored", "underscores", "underscoring"),
        **_forms("clarify", "statement", "clause", "clarified", "clarifies"),
        **_forms("remind", "statement", "object", "reminded", "reminds", "reminding"),
        # "The minister informed reporters that C", "informed the House that C": whom first, then the
        # clause. Not "informs": "..., informs Anadolu Agency" credits an agency (`CLOSING_CREDITS`).
        **_forms("inform", "statement", "object", "informed"),
        **_forms("comment", "statement", "clause", "commented"),
        # Questions: the content is what was asked ("asked whether ...").
        **_forms("ask", "statement", "question", "asked", "asks", "asking"),
        # Judging someone or something in words: the content is what was judged ("criticized the plan"),
        # and the claim a judgement, an opinion: "praised the deal", "condemned the launch as a
        # provocation", "hailed the talks as positive", "questioned the plan's feasibility".
        **_forms("criticize", "opinion", "thing", "criticized", "criticizes", "criticised", "criticizing"),
        **_forms("praise", "opinion", "thing", "praised", "praises", "praising"),
        **_forms("attack", "opinion", "thing", "attacked", "attacks", "attacking"),
        **_forms("blast", "opinion", "thing", "blasted", "blasts"),
        **_forms("knock", "opinion", "thing", "knocked", "knocks"),
        **_forms("lament", "opinion", "thing", "lamented", "laments"),
        **_forms("decry", "opinion", "thing", "decried", "decries"),
        **_forms("question", "opinion", "thing", "questioned", "questions"),
        **_forms("slam", "opinion", "thing", "slammed", "slams"),
        **_forms("mock", "opinion", "thing", "mocked", "mocks"),
        # Reproof given in words, as regulators and judges give it to a firm or a party: "the regulator
        # chided Norvex for not being transparent", "rebuked the minister for ...".
        **_forms("chide", "opinion", "thing", "chided", "chides"),
        **_forms("rebuke", "opinion", "thing", "rebuked", "rebukes"),
        **_forms("scold", "opinion", "thing", "scolded", "scolds"),
        **_forms("berate", "opinion", "thing", "berated", "berates"),
        **_forms("reprimand", "opinion", "thing", "reprimanded", "reprimands"),
        # An apology names what it is for: "Norvex has apologised for a technical fault that cut off
        # calls" (what was owned up to, a statement).
        **_forms("apologise for", "statement", "thing", "apologised for", "apologises for", "apologized for",
                 "apologizes for"),
        # Not "condemning", "denouncing": as often a modifier ("a resolution condemning X", "in her
        # statement condemning the test, Clinton defended ...") as anyone's act.
        **_forms("condemn", "opinion", "thing", "condemned", "condemns"),
        **_forms("denounce", "opinion", "thing", "denounced", "denounces"),
        # Formal blame, as a party spokesman or a parliament gives it: "censured the “cynical” remark".
        **_forms("censure", "opinion", "thing", "censured", "censures"),
        **_forms("hail", "opinion", "thing", "hailed", "hails"),
        # Praise given, as officials and agencies report it: "commended the officers for their courage",
        # "appreciated the work the doctors were doing". Not "applauded": a crowd's clapping as often as
        # anyone's words ("the crowd applauded loudly").
        **_forms("commend", "opinion", "thing", "commended", "commends"),
        **_forms("appreciate", "opinion", "thing", "appreciated"),
        **_forms("tout", "opinion", "thing", "touted", "touts"),
        # Taking a side, as "support" below: "welcomed the decision", "endorsed the governor".
        **_forms("welcome", "opinion", "thing", "welcomed", "welcomes"),
        **_forms("endorse", "opinion", "thing", "endorsed", "endorses"),
        **_forms("oppose", "opinion", "thing", "opposed", "opposes"),
        # An accusation charges another with wrongdoing on the accuser's word ("accused Tokyo of breaking
        # the deal", "accused the party of lying"): a judgement of their conduct, an opinion, until a
        # record settles it (nine of thirteen in the 22 genre sets).
        **_forms("accuse", "opinion", "thing", "accused", "accuses", "accusing", "accuse"),
        # Blaming charges another with a harm on the speaker's word, as an accusation does: "blamed the
        # Pakistani Taliban for the attack", "blames the drought for the losses".
        **_forms("blame", "opinion", "thing", "blamed", "blames", "blaming"),
        # A claim of responsibility asserts who did a deed, the claimant's word until confirmed: "al
        # Shabaab claimed responsibility for an attack on a bus" (the content is the deed; "claimed
        # responsibility" alone names none: `PRIZES`).
        **_forms("claim responsibility", "statement", "thing", "claimed responsibility for",
                 "claims responsibility for", "claiming responsibility for", "claim responsibility for"),
        # Rejecting or dismissing a thing ("rejected the results", "dismissed the claims as malicious",
        # "dismissed the calls for him to step down") takes a side against it, as "opposed" does: an
        # opinion (seven of nine in the 37 genre sets; the two others a claim dismissed as untrue).
        **_forms("dismiss", "opinion", "thing", "dismissed", "dismisses"),
        **_forms("reject", "opinion", "thing", "rejected", "rejects"),
        # Acts done in words whose content is still a report: a denial of what happened can be checked,
        # and so can what was cited or ruled.
        **_forms("defend", "statement", "thing", "defended", "defends", "defending"),
        **_forms("cite", "statement", "thing", "cited", "cites", "citing"),
        **_forms("refer", "statement", "thing", "referring to", "referred to"),
        **_forms("propose", "statement", "thing", "proposed", "proposes"),
        **_forms("reiterate", "statement", "thing", "reiterated", "reiterates", "reiterating"),
        **_forms("repeat", "statement", "thing", "repeated", "repeats", "repeating"),
        **_forms("rule", "statement", "thing", "ruled", "ruling that"),  # "quashed it, ruling that C"
        # Counsel's submissions to a court: "pressed for a longer term, submitting that C" (not "submitted
        # a bill": only with "that").
        **_forms("submit", "statement", "clause", "submitted that", "submitting that"),
        # "ruled out any scope of holding fresh elections": what will not be done, the speaker's word.
        # (its plain form after "did not", "would not": "did not rule out a second vote"; and a refusal to
        # rule out, the same word withheld: "refused to rule out more walkouts", "declined to rule
        # out a bid")
        **_forms("rule out", "statement", "thing", "ruled out", "rules out", "ruling out", "rule out",
                 "refused to rule out", "refuses to rule out", "refusing to rule out", "declined to rule out",
                 "declines to rule out", "declining to rule out"),
        # Expressing names a feeling or a stance ("expressed concern that", "expressed hope for",
        # "expressed regret", "expressed support"): an opinion.
        **_forms("express", "opinion", "thing", "expressed", "expresses", "expressing"),
        **_forms("voice", "statement", "thing", "voiced", "voices", "voicing"),  # "voiced hope that C"
        **_forms("highlight", "statement", "thing", "highlighted", "highlights"),
        **_forms("point to", "statement", "thing", "pointed to", "points to"),
        **_forms("conclude", "statement", "clause", "concluded", "concludes", "concluding"),
        **_forms("estimate", "statement", "clause", "estimated", "estimates"),
        **_forms("agree", "statement", "to", "agreed", "agrees"),
        **_forms("challenge", "statement", "thing", "challenged", "challenges"),
        # Taking a side: "Millennials support background checks". Not "supporting", "backed", "backing":
        # as often a description ("a super PAC backing Clinton") as anyone's stance.
        **_forms("support", "opinion", "thing", "support", "supports", "supported"),
        # Demands and calls: what someone should do, which no record can confirm ("urged Pyongyang to halt
        # the tests", "called for a ceasefire", "demanded an apology"): an opinion, as "should" is.
        # (the plain form too, after a plural subject: "Unions call for a ban", "say C but call for V")
        **_forms("call on", "opinion", "to", "called on", "calls on", "calling on", "call on"),
        **_forms("call for", "opinion", "thing", "called for", "calls for", "calling for", "call for"),
        **_forms("urge", "opinion", "to", "urged", "urges", "urging", "urge"),
        **_forms("demand", "opinion", "thing", "demanded", "demands"),
        **_forms("advise", "opinion", "to", "advised", "advises", "advising"),  # "advised X not to V"
        # Requests and appeals put the same way: "requested the Chinese government to lift the ban",
        # "appealed to citizens to cooperate", "appealed for calm". Not "encouraged": a cause as often
        # as a speaker ("the tax encouraged people to drive less").
        **_forms("request", "opinion", "to", "requested", "requesting"),  # not "requests": a noun as often
        **_forms("appeal to", "opinion", "to", "appealed to", "appeals to", "appealing to"),
        **_forms("appeal for", "opinion", "thing", "appealed for", "appeals for", "appealing for"),
        # Doubts and fears: the speaker's state of mind about the content.
        **_forms("doubt", "opinion", "clause", "doubted", "doubts"),
        **_forms("fear", "opinion", "clause", "fears", "feared", "fear"),
        **_forms("worry", "opinion", "clause", "worries", "worried"),
        # Evidence: documents, polls and studies that show or find something.
        **_forms("show", "statement", "clause", "show", "shows", "showed", "shown"),
        **_forms("find", "statement", "clause", "found", "finds", "finding that"),
        **_forms("indicate", "statement", "clause", "indicated", "indicates", "indicating"),
        # A body's or a person's hint at what it will do, as central-bank and campaign copy writes it: "the
        # bank signaled it might prefer a slower path", "Jane Roe has signaled that she may run" (a clause
        # only: `NEEDS_THAT`; not "signaled his support for the bill").
        **_forms("signal", "statement", "clause", "signaled", "signalled", "signals", "signaling"),
        **_forms("reveal", "statement", "clause", "revealed", "reveals", "revealing that"),
        # "She also disclosed that the government processed claims worth Sh131.92 billion", as Kenyan,
        # Nigerian and Indian copy credits figures; only with "that" ("disclosed to the department its
        # work in A, B, C" names what, not a clause).
        **_forms("disclose", "statement", "clause", "disclosed", "discloses", "disclosing"),
        # What a reporter or an agency learned, as Nigerian papers credit it: "NAN gathered that C", "Our
        # correspondent gathered that C". Only with "that": "gathered at the venue", "gathered evidence".
        **_forms("gather", "statement", "clause", "gathered that"),
        # What a star or a user tells followers, as entertainment copy credits it: "X shared in a
        # Norvex Live that C" (a clause only: "shared a photo" shares a thing, `NEEDS_A_VERB`; not
        # "shares", a noun as often).
        **_forms("share", "statement", "clause", "shared"),
        # A document's own words: "“C,” the statement reads" / "the letter read".
        **_forms("read", "statement", "clause", "reads", "read"),
        # "As Peskov put it, C" / "X put it bluntly: C": a way of saying.
        **_forms("put", "statement", "clause", "put it"),
        # Mentioning and assuring: "Smith mentioned that C", "He assured voters that C". Not "echoed":
        # "The hall echoed with the strains of ..." is no speech.
        **_forms("mention", "statement", "clause", "mentioned", "mentions", "mentioning"),
        **_forms("assure", "statement", "object", "assured", "assures", "assuring"),
        # The same put as a noun, as briefings are reported: "He gave assurances that the police were
        # investigating", "gave the families assurance that C".
        **_forms("assure", "statement", "object", "gave assurance", "gave assurances", "gives assurances",
                 "give assurances", "giving assurances"),
        # Agency style: "Lavrov was quoted as saying that C" (three words, read as one cue).
        **_forms("say", "statement", "clause", "quoted as saying", "cited as saying"),
        # Intentions and wishes: the content is "to V".
        **_forms("want", "opinion", "to", "wants", "want", "wanted", "wanting"),
        **_forms("hope", "opinion", "to", "hopes", "hope", "hoped", "hoping"),
        **_forms("plan", "prediction", "to", "plans", "planned"),
        **_forms("intend", "prediction", "to", "intends", "intended"),
        **_forms("decline", "statement", "to", "declined", "declines", "refused", "refuses"),
        **_forms("seem", "opinion", "to", "seemed", "seems", "appeared", "appears"),
        # Not "is expected to": its subject is what is expected ("Trump is expected to win"), never who
        # expects it; such a sentence is an unattributed prediction (see FUTURE_MARKERS).
        # Naming and labelling: "called the report a lie", "characterized it as baseless" (a name given is a
        # judgement, an opinion). Not "described": as often a narrative ("described the rescue"); only
        # "described X as Y" names (`NAMING`).
        **_forms("call", "opinion", "clause", "called", "calls", "calling"),
        # "branded the attack as desperate", "branded him a liar" (not "brands": a noun as often)
        **_forms("brand", "opinion", "clause", "branded", "branding"),
        **_forms("describe", "statement", "clause", "described", "describes", "describing"),
        **_forms("characterize", "opinion", "clause", "characterized", "characterizes", "characterised",
                 "characterises", "characterizing", "characterising"),
        # Beliefs and judgements: the speaker gives an opinion, not a report of fact.
        **_forms("believe", "opinion", "clause", "believes", "believe", "believed", "believing"),
        **_forms("think", "opinion", "clause", "thinks", "think", "thought", "thinking"),
        **_forms("feel", "opinion", "clause", "feels", "felt", "feel"),
        **_forms("know", "opinion", "clause", "knows"),  # not "know"/"knew": talk ("you know") as often
        **_forms("be confident", "opinion", "clause", "is confident", "are confident", "was confident",
                 "were confident"),
        **_forms("be sure", "opinion", "clause", "is sure", "are sure", "was sure", "were sure"),
        **_forms("be convinced", "opinion", "clause", "is convinced", "are convinced", "was convinced",
                 "were convinced"),
        # Firm in a view, as Australian and British politics copy puts it: "the mayor is adamant her
        # council cannot fund a second bridge", "remains adamant that C".
        **_forms("be adamant", "opinion", "clause", "is adamant", "are adamant", "was adamant",
                 "were adamant", "remains adamant", "remain adamant", "remained adamant"),
        # A view held, as South Asian and Malaysian papers put it: "X is of the opinion that C", "the
        # ministry was of the view that C".
        **_forms("be of the opinion", "opinion", "clause", "is of the opinion", "are of the opinion",
                 "was of the opinion", "were of the opinion", "is of the view", "are of the view",
                 "was of the view", "were of the view"),
        # A worry voiced: "Tokyo is concerned that the drills will go on".
        **_forms("be concerned", "opinion", "clause", "is concerned", "are concerned", "was concerned",
                 "were concerned"),
        # A guess put forward: "the Nikkei speculated that the timing was meant as a message".
        **_forms("speculate", "opinion", "clause", "speculated", "speculates", "speculating"),
        # A supposition put forward: "..., the newspaper wrote, supposing it might take place in a Russian
        # region" (not "supposed": "is supposed to" obliges).
        **_forms("suppose", "opinion", "clause", "supposing", "supposes"),
        # Forecasts: the content is about the future.
        **_forms("predict", "prediction", "clause", "predicted", "predicts", "predict", "predicting"),
        **_forms("expect", "prediction", "clause", "expects", "expect", "expected"),
        **_forms("forecast", "prediction", "clause", "forecast", "forecasts"),
        # Commitments: the speaker binds themselves to act; the content is "to V".
        **_forms("pledge", "promise", "to", "pledged", "pledges", "pledging", "pledge"),
        **_forms("promise", "promise", "to", "promised", "promises", "promising", "promise"),
        **_forms("vow", "promise", "to", "vowed", "vows", "vowing", "vow"),
        **_forms("commit", "promise", "to", "committed"),
        # A threat binds the one who makes it, as a pledge does: "Moscow threatened to cut supplies".
        **_forms("threaten", "promise", "to", "threatened", "threatens", "threatening", "threaten"),
    }
)  # fmt: skip

ABOUT_CUES: Final = frozenset(
    {
        # "PUBLICATION wrote about C": the content is the topic a source covered.
        "wrote about", "writes about", "reported on", "spoke about", "talked about",
        # South Asian copy's forms: "The Harbour Star reported about the ferry deal", "X commented about
        # the fares"
        "reported about", "commented about", "commented on",
    }
)  # fmt: skip

ACCORDING_TO: Final = frozenset(
    {
        # The prepositional cue, before or after the content: "According to X, C" / "C, according to X".
        "according to",
    }
)

MANNER_STANDARDS: Final = frozenset(
    {
        # Nouns that, after "according to" (and maybe "the", "his", "their"), name the standard a thing
        # was done by, not a source: "the team played according to instructions", "the launch went
        # according to plan", "buried according to tradition", "handled according to protocol".
        "plan", "plans", "instructions", "script", "schedule", "tradition", "custom", "protocol",
        "procedure", "orders",
        # Rites and norms, often after a word describing them: "buried according to Islamic rites",
        # "according to WHO guidelines" (not "customs": "according to customs officials" is a source).
        "rites", "rite", "rituals", "ritual", "traditions", "procedures", "guidelines", "norms",
        # The law a thing must be done by: "whatever it does must be according to the law" (but "According
        # to the law, C" opening a sentence is what the law says).
        "law", "laws", "rules", "regulations", "constitution",
    }
)  # fmt: skip

INVERTING: Final = frozenset(
    {
        # Cues that may precede their speaker at the end of a sentence: "..., said Igor Morgulov."
        "said", "says", "added", "adds", "wrote", "writes", "told", "explained", "noted", "continued",
        "replied", "responded", "recalled", "warned", "insisted", "argued", "declared", "tweeted",
        "announced", "stated", "countered", "quipped", "joked", "asked", "asks",
        "retorted", "thundered", "snapped", "mused", "fumed", "gushed", "shot back", "fired back",
        # The same in the present tense of features and analysis ("..., notes one analyst"), and more
        # verbs of saying that columns put before their speaker.
        "say", "explains", "notes", "argues", "warns", "insists", "recalls", "observes", "observed",
        "cautioned", "cautions", "conceded", "concedes", "acknowledged", "admitted", "admits",
        "predicted", "predicts", "suggested", "suggests", "complained", "remarked", "boasted",
        "claimed", "claims", "continues", "replies", "responds", "counters", "declares",
        # Agency and translated copy puts these before the speaker too: "..., stressed the diplomat",
        # "..., believes the expert", "..., the minister clarified".
        "stressed", "stresses", "emphasized", "emphasised", "underlined", "underscored",
        "clarified", "reminded", "concluded", "confirmed", "commented", "assured", "believes", "thinks",
        "pointed out", "points out", "reported", "reports", "summed up",
    }
)  # fmt: skip

OPINION_MARKERS: Final = (
    # Words inside a statement's content that make it a judgement rather than a report of fact.
    " believes ", " believe ", " thinks ", " think ", "it is important", "it's important",
    " need to ", " needs to ", " should ", " must ", " ought to ", "our position is", "my position is",
    "in my opinion", "in our opinion", "it is necessary", "it is essential", "it is vital",
    "it seems to me", "in my view", "in our view",
    # Hope and certainty inside what was said: "Peskov said the Kremlin hopes the talks will go on".
    " hopes ", " hope that ", " is confident ", " are confident ", " was confident ", " were confident ",
    " is convinced ", " are convinced ",
    # The same in the first person, and a wish or a preference: "I hope they are able to claim", "we
    # wish there was one answer", "he favoured a cut of two million barrels" (the verb with its object,
    # not the adjective of "its list of favoured trade partners", "most favoured nation").
    " i hope ", " we hope ", " i wish ", " we wish ", " favours ", " favors ",
    *(f" {verb} {det} " for verb in ("favoured", "favored") for det in ("a", "an", "the", "this", "that")),
    # A feeling given as one's view (not "I feel fine"), and a view no one could hold otherwise: "I feel
    # it is disrespectful to survivors", "it is just impossible to imagine that the board was wrong".
    " i feel it ", " i feel that ", " i feel the ", " we feel it ", " we feel that ", " we feel the ",
    " impossible to imagine", " hard to imagine", " difficult to imagine",
)  # fmt: skip

VERDICTS: Final = (
    # Judgement words inside what a speaker said that make it an opinion (not read in the article's
    # own sentences, where `checkable` weighs the writer's words its own way).
    # Verdicts a diplomat pronounces and evidence cannot settle: "the demand is unacceptable".
    " unacceptable", " absurd", " ridiculous", " outrageous", " irresponsible", " counterproductive",
    " deplorable", " shameful", " hypocritical", " illogical", " nonsense", " useless", " pointless",
    " senseless", " futile", " regrettable", " a great mistake", " a grave mistake",
    " destructive", " hostile", " provocative", " dangerous", " reckless", " excessive",
    " fake", " lies", " propaganda",
    # (Not "baseless", "groundless", "unfounded": a denial, "the reports of deaths were baseless", says
    # what did not happen, which a record can settle. Not "unfriendly": Moscow's name for the states
    # that sanction it, "in response to Tokyo's unfriendly steps", reports a category.)
    # Labels that charge a motive or a vice, as diplomats trade them: "double standards",
    # "Russophobia", "hysteria", "blackmail", "economic terrorism", "the arrogance of Washington";
    # and worth denied: "the move is worthless", "of no value". ("Dual standards" is South Asian
    # diplomacy's "double standards": "the test shows its dual standards".)
    " double standard", " dual standard", " russophob", " hysteria", " blackmail", " economic terrorism",
    " arrogan",
    " worthless", " of no value", " meaningless",
    # Names given to a deed, which are judgements of it: "the launch was a threat", "a violation of
    # international law", "a provocation".
    " a threat", " a serious threat", " a grave threat", " a violation", " a flagrant violation",
    " a provocation", " a crime", " a disaster", " a farce", " a sham", " a lie", " an outrage",
    # A threat posed, and the law or the order of the world said to be broken: "the launch posed a grave
    # security threat", "policies that pose serious threat to peace", "a violation of international
    # law", "destroys the international order".
    " security threat", " pose a threat", " poses a threat", " posed a threat", " pose a serious threat",
    " poses a serious threat", " posed a serious threat", " pose serious threat", " poses serious threat",
    " violation of international law", " violations of international law", " violates international law",
    " violate international law", " violated international law", " breach of international law",
    " international order", " world order",
    # A ruling on right and wrong a speaker pronounces ("the sanctions are inhumane"; not "illegal",
    # which a court may check), and the one way out a speaker sees ("can only be resolved through talks").
    " inhumane", " oppressive", " unjust", " can only be ",
    # Fitness and fairness a speaker rules on, and names called: "it was not appropriate for the noises to
    # be made", "things that are not acceptable", "treats the party unfairly", "a wacko policy", "a
    # disgrace"; a worry voiced: "is cause for concern".
    " not appropriate", " inappropriate", " not acceptable", " unfair", " wacko", " a disgrace",
    " disgraceful", " cause for concern",
    # Praise and weight given, which only a judge can set: "an excellent example of cooperation". (Not
    # "constructive", "useful", "positive": "the talks had been constructive" is diplomacy's report.)
    " excellent", " a good opportunity", " a great success", " a vital success", " a success",
    " incredible", " fantastic",
    # Tributes to the dead, praise and grief no record settles: "he was an exceptional diplomat", "a
    # tireless advocate", "will long be remembered", "we will never forget his calm", "a loss to the world
    # of cinema", "an asset to the film industry" (not "exceptional circumstances": a count of them).
    " an exceptional ", " was exceptional", " a tireless ", " a great leader", " a great statesman",
    " great servant", " will be remembered", " will long be remembered", " will always be remembered",
    " will never forget", " will forever miss", " will be sorely missed", " will be greatly missed",
    " a loss to ", " a great loss", " an irreparable loss", " a huge loss", " an asset to ",
    " unparalleled", " unequalled", " indelible", " greatest son", " greatest leaders",
    " important", " importance", " crucial", " vital", " essential", " historic", " remarkable",
    " clear evidence", " clear manifestation", " clear show", " clearly ", " obvious", " obviously",
    # A mood about what will come, or a doubt, in what a speaker said: "she was optimistic about the
    # progress", "he wasn't sure whether Japan was ready".
    " optimistic", " pessimistic", " not sure ", " wasn't sure ", " isn't sure ", " was not sure ",
    " is not sure ",
    # Certainty pronounced, which is the speaker's conviction, not a fact: "there is no doubt that the
    # plan will fail", "there's no question that", "undoubtedly".
    " no doubt", " no question that", " undoubtedly", " without doubt", " without a doubt",
    # Urging and advice in the speaker's own words, which the cue would make an opinion ("urged X to"):
    # "We urge Pyongyang to return to talks" ("(we) urge" too), "we call on all sides", "the official
    # would be well advised to keep quiet".
    "we urge ", "i urge ", "we call on ", "we call upon ", "i call on ", "we appeal to ",
    "we) urge ", "we) call on ",  # the pronoun a translator supplies in brackets: "(We) urge X to"
    " well advised to ",
    # A right claimed, a norm and not a record: "Iran is entitled to enrich uranium", "Japan has every
    # right to protest", "the country has the right to defend itself".
    " entitled to ", " every right to ", " has the right to ", " have the right to ",
    # Idioms of warning and verdict that officials trade: "the West is playing with fire", a step judged
    # ("a useful step", "a step in the right direction"), a motive charged ("an effort to divert attention
    # from its failures"), a thing beyond compare ("the hostility is unprecedented"), a policy labelled
    # ("expansionist policies"), a truth claimed ("the bitter truth", "the truth is that", "we are telling
    # the truth"; not "The Truth About Hillary", a title). Only a predicate is beyond compare: "an
    # unprecedented surge of voters" counts them.
    " playing with fire", " play with fire", " plays with fire", " a useful step", " a positive step",
    " a step in the right direction", " the right step", " divert attention", " diverting attention",
    " distract attention", " deflect attention", " is unprecedented", " was unprecedented",
    " are unprecedented", " were unprecedented", " expansionist", " bitter truth", " the truth is ",
    " tell the truth", " tells the truth", " telling the truth", " told the truth",
    # Urging in the progressive, as spokesmen put it: "we are calling on the government to resign".
    "we are calling on ", "we're calling on ", "i am calling on ", "i'm calling on ", "we are urging ",
    "we're urging ", "i am urging ",
    # Feelings a speaker declares about what others did, diplomacy's praise and blame: "we are happy
    # about the talks", "it was pleased with the outcome", "we cannot help but deplore the act". (Not
    # "concerned": "as far as the banks are concerned".)
    " we are happy ", " we're happy ", " i am happy ", " i'm happy ", " we are glad ", " i am glad ",
    " we are pleased ", " we're pleased ", " i am pleased ", " i'm pleased ", " is pleased ",
    " was pleased ", " were pleased ", " we are disappointed ", " i am disappointed ",
    " deplore ", " we condemn ", " we strongly condemn ", " i condemn ",
    # A need judged, in noun form as " need to " is in verb form: "there is no need for a committee",
    # "he stressed the necessity to conclude a treaty", "the need for dialogue".
    " no need for ", " the need for ", " necessity to ", " necessity of ", " necessity for ",
    # An opinion named as the speaker's: "my opinion has not changed" (as "in my opinion").
    " my opinion ", " our opinion ",
    # An obligation laid on someone, as "must" and "need to" are: "the opposition leader has to explain
    # his costings", "we have a responsibility to rebuild". (Not "have to": "we have to create
    # conditions" is as often the speaker's own plan. Not "needed to": "the delegates needed to win"
    # counts them. Here, not in `OPINION_MARKERS`, so the writer's own "all he has to do is win" stays
    # a claim.)
    " has to ", " a responsibility to ",
    # Hope declared, in noun form as " hopes " is a verb: "there is hope for a settlement".
    " hope for ", " there is hope", " there was hope",
    # Praise and blame in the words diplomats and politicians use for what others did: "it was
    # encouraging that they replied", "a very encouraging sign" (not the verb: "the campaign was
    # encouraging violence"), "ties are mutually beneficial", "the gesture was appreciated", "the
    # proposal is a risk to growth", "extremely regrettable" (a degree given to a quality is a
    # judgement), "Damascus condemns the remarks" (the side's condemnation in the present, as "we
    # condemn").
    "it was encouraging", "it is encouraging", "it's encouraging", " very encouraging",
    " most encouraging", " quite encouraging", " encouraging sign", " mutually beneficial",
    " appreciated", " a risk to ", " extremely ", " condemns ", " strongly condemns ",
    # A judgement of timing, which no record settles: "it is time for the minister to step in", "it was
    # premature to talk about sanctions", "it is too early to speak of a deal". (Not "time to agree was
    # running out": a report of a deadline.)
    " it is time ", " it's time ", " it was time ", " high time ", " premature to ", " is premature",
    " was premature", " be premature", " are premature", " too early to ",
    " too soon to ", " still early to ",
    # A verdict in the measured words of central bankers and officials: "expectations of cuts are not
    # unreasonable", "a welcome fall in prices", "action is key to curbing inflation"; and a feeling
    # about what others did or what came: "he expressed satisfaction with the data", "she was
    # encouraged by the figures", "he was disappointed that the board failed to act", "impressed by
    # the plan", "the Commission is not surprised". (Not "satisfied with": "Moscow was satisfied with
    # assurances" reports a settled dispute.)
    " not unreasonable", " is key to ", " are key to ", " expressed satisfaction",
    " expresses satisfaction", " expressing satisfaction", " was encouraged by ", " is encouraged by ",
    " were encouraged by ", " are encouraged by ", " was disappointed ", " is disappointed ",
    " were disappointed ", " a disappointment", " impressed by ", " not surprised", " was surprised by ",
    " is surprised by ", "it is disappointing", "it was disappointing", "it's disappointing",
    " detrimental",
    # Necessity and sense ruled on, a feeling declared, a vice charged: "it had become imperative for
    # every state to join", "the rules made sense", "a low retirement age is not good for", "we are
    # ecstatic with the performance", "they are disappointed that", "those who decide are ignorant".
    " imperative", " made sense", " makes sense", " make sense", " not good ", " ecstatic",
    " are disappointed ", " ignorant",
    # The same feeling after a contracted "is", with either apostrophe ("AfriForum says it's disappointed by
    # the judgment"), and a moment judged ripe: "the time has come to take strong action".
    "'s disappointed ", "’s disappointed ", " the time has come ",
    # A meaning read into an act ("the fine sends a clear message"), and the charges of failure and
    # strain that campaigners and unions level: "the audit was a damning verdict on the scheme",
    # "the inquiry found systemic failings", "nurses on the ward were at breaking point", "a state of crisis"
    # (not "an indictment" alone, a court's charge; not "the breaking point of the cable", a load told).
    " a clear message", " sends a message", " sent a message", " send a message", " damning",
    " systemic failings", " at breaking point", " to breaking point", " a state of crisis",
    # Welcome and regret declared for what others did: "the association welcomed the decision", "it
    # regrets the move", "the figures are welcome news" (not "he welcomed the visiting mayor": a host's
    # greeting; not "he regretted his outburst": an apology for one's own); and a deep worry voiced
    # ("the council was deeply concerned"; not "concerned" alone: "as far as the banks are concerned", "they
    # were concerned about fraud" reports a worry as often as it judges).
    *(
        f" {verb} the {what}"
        for verb in ("welcomed", "welcomes", "welcome")
        for what in ("decision", "move", "ruling", "verdict", "judgment", "judgement", "announcement",
                     "step", "plan", "proposal", "approach", "agreement", "deal", "report", "outcome",
                     "result", "results", "change", "changes", "news", "initiative", "commitment")
    ),
    " welcome news", " regrets the ", " regretted the ", " deeply concerned",
    # A feeling declared with its degree, and the feelings the wronged and campaigners voice: "he was very
    # disappointed about the decision", "she was angry that the bishop denied it", "the delay was
    # frustrating", "the ruling was insulting to tenants", "the club is thankful that", "a cause of
    # great sadness"; and a service judged "in crisis" (as "a state of crisis" above).
    " very disappointed", " deeply disappointed", " bitterly disappointed", " was angry ", " is angry ",
    " are angry ", " were angry ", " frustrating", " insulting", " is thankful", " are thankful",
    " was thankful", " sadness", " is in crisis", " are in crisis", " was in crisis",
    # A feeling the speaker declares in the first person, as the laid-off and the bereaved voice it: "I
    # feel sad for them", "we are deeply distressed", "we are heartbroken", "we're devastated".
    " i feel sad", " we feel sad", " deeply distressed", " we are heartbroken", " i am heartbroken",
    " we're heartbroken", " i'm heartbroken", " we are devastated", " i am devastated", " we're devastated",
    " i'm devastated",
    # A course of action judged wrong: "it would be a mistake to sell the land", "the cuts were a mistake".
    " be a mistake", " is a mistake", " was a mistake", " were a mistake", " be a big mistake",
    " be a grave mistake",
    # "a welcome" before what is judged, not a ceremony or a dinner ("gave a welcome address").
    *(
        f" a welcome {what}"
        for what in ("step", "move", "development", "sign", "change", "boost", "relief", "news",
                     "decision", "improvement", "fall", "drop", "decline", "respite", "addition")
    ),
)  # fmt: skip

STANCES: Final = (
    # A stance seen or not seen, diplomacy's way of judging, in the content's own clause (not in ",
    # which does not see any conditions that disadvantage it,"): "Moscow sees no grounds for talks",
    # "we do not see any signs of change", "he sees nothing wrong with a truce".
    " sees no ", " see no ", " saw no ", " sees nothing ", " nothing wrong",
    # A "not see" only before what a judge sees, not an eye ("voters didn't see his name on the
    # ballot", "you don't see her for days").
    *(
        f" {not_} see {what}"
        for not_ in ("does not", "do not", "did not", "doesn't", "don't", "didn't")
        for what in ("any ", "how ", "why ", "what ", "signs ", "a reason", "a need", "a way", "a path",
                     "a link", "it as ", "him as ", "her as ", "them as ", "himself as ")
    ),
    # Taking a side against, in the present: "he is against any strike on Syria", "we do not accept that
    # a foreign power decides for us". (Not a past refusal, "Russia did not accept the invitation", a
    # record of what happened.)
    " is against ", " are against ", " am against ", " is opposed to ", " are opposed to ",
    " am opposed to ", " do not accept ", " does not accept ", " don't accept ", " doesn't accept ",
)  # fmt: skip

CAPITAL_COUNTRIES: Final = MappingProxyType(
    {
        # Capitals and seats that stand for their country's government, lower case -> the country, as
        # `NATIONALITIES` gives it: "Tehran will continue its cooperation", said by an Iranian minister,
        # is Iran's word given (a promise).
        "tehran": "iran",
        "moscow": "russia",
        "kremlin": "russia",
        "the kremlin": "russia",
        "tokyo": "japan",
        "beijing": "china",
        "seoul": "south korea",
        "pyongyang": "north korea",
        "washington": "us",
        "ankara": "turkey",
        "damascus": "syria",
        "kyiv": "ukraine",
        "kiev": "ukraine",
        "london": "britain",
        "paris": "france",
        "berlin": "germany",
        "new delhi": "india",
        "islamabad": "pakistan",
        "riyadh": "saudi",
        "baghdad": "iraq",
        "minsk": "belarus",
        "baku": "azerbaijan",
        "yerevan": "armenia",
        "cairo": "egypt",
        # A country's full names, as its leaders name it in what they pledge: "the United States will
        # withdraw from the pact", said by the US President, is his word; so "America will", "Britain's"
        # "the United Kingdom will". (The country as `NATIONALITIES` gives it: "us", "britain".)
        "united states": "us",
        "u.s.": "us",
        "america": "us",
        "united kingdom": "britain",
    }
)

COMPLEMENT_NOUNS: Final = (
    # Nouns whose "that" clause reports what is assured, feared or rumoured: a future inside it is not
    # the claim's own ("Moscow was satisfied with assurances that Tokyo will not deploy missiles" states
    # a satisfaction). The claim's kind is read from the words before.
    "assurance", "assurances", "guarantee", "guarantees", "promise", "promises", "pledge", "pledges",
    "report", "reports", "claim", "claims", "allegation", "allegations", "rumor", "rumors", "rumour",
    "rumours", "fear", "fears", "concern", "concerns", "speculation", "suggestion", "suggestions",
    "sign", "signs", "indication", "indications", "evidence", "news", "the fact", "the idea",
    "the notion", "warning", "warnings", "threat", "threats",
)  # fmt: skip

FUTURE_MARKERS: Final = (
    # Words inside a statement's content that put the event in the future: a prediction.
    " will ", " won't ", " shall ", " would ", " is going to ", " are going to ", " going to be ",
    "'re going to ", "'s going to ", "'m going to ",  # "we're going to win", "it's going to pass"
    " plans to ", " plan to ", " intends to ", " is set to ", " are set to ", " is expected to ",
    " are expected to ", " is likely to ", " are likely to ",
    # The same told in the past, and other words of what is coming: "he expected to present the
    # figures next week", "it wasn't likely to arrive before November", "a new sponsor was imminent".
    # Not "more likely to" nor "less likely to": a comparison, as polls report them.
    " expected to ", " not likely to ", "n't likely to ", " unlikely to ", " was likely to ",
    " were likely to ", " imminent",
    # What may come: "the two leaders may hold a call next week". (Not "could" here: the writer's own
    # "could" is a weak modal, `checkable.WEAK_MODALS`; a speaker's is read by `POSSIBILITIES`. The
    # month "May" and a guess about now, "may be ill", are `checkable.NOT_MARKERS`.)
    " may ", " might ",
)  # fmt: skip

POSSIBILITIES: Final = (
    # What could happen, in what a speaker said, is their forecast, a prediction: "production could reach
    # 520 million tons by 2022", "imports could be more costly in the long run". Read only in attributed
    # contents (the writer's own "could" is `checkable.WEAK_MODALS`), and only in the content's own
    # clause, less `NOT_POSSIBILITIES`.
    " could ",
)  # fmt: skip

EXPECTATIONS: Final = (
    # An outcome the speaker expects, named as a noun, in what a speaker said, is their forecast: "he
    # expected a cut of 1.5 million barrels". Read only in attributed contents: the writer's own "No one
    # expected a full debate" reports a past mood.
    " expected a ", " expects a ", " expect a ",
)  # fmt: skip

EXPECTING_VERBS: Final = (
    # A verb of expecting with an infinitive after its object, in what a speaker said, makes a
    # forecast: "it expected its mill to run at a loss", "fares were expected to climb", "the
    # agency forecast output to fall". The object may run to six words before "to" and a verb.
    "expect", "expects", "expected", "anticipates", "anticipated", "forecast", "forecasts", "projects",
    "projected",
)  # fmt: skip

OWN_FORECASTS: Final = (
    # A forecast the speaker voices in the first person, after the lead of a quotation held at length:
    # "Prices have risen for three years. I expect they will fall next spring." It keeps the whole quote
    # a prediction, where a "will" in a later sentence alone would not (`parse.leads`): "We have not cut
    # the budget. The savings will come from closing two depots" is a statement, filed by its lead.
    " i expect ", " i'd expect ", " i would expect ", " i would not expect ", " i wouldn't expect ",
    " we expect ", " we'd expect ", " we would expect ", " we would not expect ", " we wouldn't expect ",
    " i am confident ", " i'm confident ", " we are confident ", " we're confident ", " i predict ",
)  # fmt: skip

IMPOSSIBILITIES: Final = (
    # What cannot be stopped or replaced, in what a speaker said, is their forecast that an effort will
    # fail, a prediction: "Iranian oil exports cannot be stopped", "sanctions cannot stop the project",
    # "its gas cannot be replaced by other suppliers". (Not "cannot solve", "cannot accept": a verdict
    # and a refusal.) Read in the content's own clause, as a future is.
    " cannot be stopped", " can't be stopped", " cannot stop ", " can't stop ", " cannot be halted",
    " cannot halt ", " cannot be replaced", " can't be replaced", " cannot replace ", " cannot be prevented",
    " cannot prevent ", " cannot be reversed", " cannot be undone",
    # What is bound to come, the same forecast put positively: "a strike at the depot is inevitable",
    # "the hardest part is yet to come", "a second closure is still possible".
    " inevitable", " yet to come", " still possible",
)  # fmt: skip

NOT_POSSIBILITIES: Final = (
    # A "could" that foresees nothing: a relative clause ("sanctions that could harm its interests"),
    # what could have been, and a past inability ("he could not attend", "could barely walk").
    "that could", "which could", "who could", "could have", "could also have", "could well have",
    "could not", "couldn't", "could never",
    "could barely", "could hardly", "could no longer",
)  # fmt: skip

BEFORE_A_SUBORDINATE: Final = (
    # Words that, standing before a content's "could", put it in a subordinate clause, where it is no
    # forecast: a purpose ("so he could start the work"), a wish ("wishes they could go back"), a
    # relative or indirect question ("what information could be useful"), a time ("before he could
    # find one"), a comparison. Whole words.
    "that", "which", "who", "whom", "what", "whatever", "so", "wish", "wishes", "wished", "if",
    "whether", "how", "where", "when", "because", "than", "unless", "until", "once", "while", "before",
    "after", "possibility", "everything", "anything",
)  # fmt: skip

PROMISE_ACTS: Final = (
    # Acts in a speaker's own power: after "he will" / "she would" (reported speech shifts "I will") they
    # make a promise ("he will do everything to protect the people"), unlike an outcome ("he would win")
    # or a plan that may fall through ("he would meet the NRA", "she will visit Tokyo": predictions).
    "do", "continue", "work", "fight", "seek", "ensure", "defend", "protect", "support", "make sure", "push",
    "keep", "respond",
    # Acts of office and the pledges of campaigns and governments: "he would appoint judges who ...",
    # "she would veto the bill", "he would not raise taxes", "he will negotiate persistently".
    "appoint", "nominate", "sign", "veto", "release", "deploy", "order", "direct", "require", "ban",
    "build", "cut", "repeal", "expand", "enact", "impose", "name", "negotiate", "pursue", "propose",
    "introduce", "end", "stop", "restore", "raise", "lower", "reduce", "increase", "create", "bring",
    "campaign", "endorse", "vote", "accept", "resign", "step down", "withdraw", "cooperate",
    "strengthen", "step up", "demand", "insist", "refuse", "stand", "honor", "honour", "abide",
    # Budgets and services: "the city will allocate an additional $80 million", "the committee will
    # consider candidates", "the ministry will provide free vaccines".
    "allocate", "spend", "invest", "spare", "consider", "provide", "offer", "launch", "hire", "recruit",
    "set up", "establish", "implement", "deliver", "pay", "fund", "compensate", "extend", "review",
    # Reforms and drives a government announces: "the country will revamp its regulations", "it will
    # overhaul the tax code", "it plans to widen its export markets", "it will beef up its
    # defences".
    "revamp", "reform", "overhaul", "diversify", "bolster", "boost", "beef up", "tighten", "streamline",
    "make efforts", "promote", "modernise", "modernize", "accelerate",
    # Aid a government gives: "Japan will share its experience with developing nations", "it will send
    # rescue teams", "it will help the refugees", "it will donate vaccines".
    "share", "help", "assist", "send", "donate", "supply",
)  # fmt: skip

OWN_SIDES: Final = (
    # Bodies a speaker of rank speaks for, named by their noun at the head of the content: "the city will
    # allocate $80 million" said by the mayor, "the association will spare no expense" by its president,
    # "the country will step up cooperation" by a health commission. With "will" or "would" and an act of
    # `PROMISE_ACTS` after them, as a state's name is, the content is the speaker's side's promise.
    "government", "city", "country", "state", "ministry", "council", "committee", "association",
    "federation", "union", "board", "company", "party", "administration", "department", "province",
    "municipality", "authorities", "agency", "commission",
    "county",  # "the county would fast-track the pipeline", said by a county executive
    "client", "clients",  # "his client would appeal the conviction", said by the client's lawyer
    "police",  # "the police would deploy 1,500 more officers", said by a police minister or commissioner
    "nation",  # "the nation would seek leave to appeal", said by the chief of a First Nation
    # Public bodies and groups that roles name as often: "the trust would open a maternity ward", said by the
    # chief executive of a hospitals trust; "the district would restore teaching posts", by a school
    # superintendent; "her team would publish monthly reports", by the team's head; "the guild would fight
    # layoffs", by its president.
    "trust", "district", "school", "university", "hospital", "museum", "team", "guild", "forum",
    "campaign", "coalition", "alliance", "league",
)  # fmt: skip

BODY_HEADS: Final = (
    # Role words of one who heads or speaks for a body: when the role names no body of `OWN_SIDES` ("chief
    # executive", "director general", "spokesperson"), the body the content opens with as "the company",
    # "the agency" or "the authority" is the speaker's own ("The company will make funds available", said
    # by its chief executive; "the authority will only provide support", by a director general).
    "chief", "head", "director", "chairman", "chairperson", "chairwoman", "chair", "president", "ceo",
    "spokesman", "spokesperson", "spokeswoman", "commissioner", "manager", "governor", "officer-in-charge",
    "administrator",  # "the authority would ask ...", said by the Panama Canal Authority's administrator
    # who runs a paper or a newsroom: "the paper plans to add two reporters", said by its publisher; "the
    # newsroom would post more stories", by its executive editor
    "publisher", "editor",
)  # fmt: skip

HEADED_BODIES: Final = (
    # The bodies named by a common noun that a head of `BODY_HEADS` speaks for when the role names none:
    # firms, public agencies and their offices. (Not "government", "party" or "union": a chief executive
    # speaks of the government as an outsider.)
    "company", "firm", "group", "agency", "authority", "commission", "board", "bureau", "department",
    "office", "secretariat", "organisation", "organization", "institute", "corporation",
    "operator",  # a rail or port operator's own noun: "the operator would publish a revised timetable"
    "civic body",  # Indian copy's noun for a city corporation: "the civic body would complete the roads"
    # A firm called by its trade, as business copy names it a second time: "the carrier would review its
    # procedures", said by the airline's chief executive; "the lender will", by a bank's chief.
    "carrier", "airline", "lender", "bank", "insurer", "retailer", "carmaker", "automaker", "utility",
    "railway", "miner", "producer", "manufacturer", "club",
    # A sport's or a trade's federation or association, by its president: "the federation would publish
    # new rules for clubs".
    "federation", "association",
    # A paper, a station or a newsroom, by the one who runs it: "the station would hold its appeal as
    # planned", said by the station's manager.
    "paper", "newspaper", "station", "newsroom",
    # A First Nation's band, by its chief: "the band would keep its boats out".
    "band",
)  # fmt: skip

SECRETARY_SIDES: Final = {
    # A secretary of a union or a party speaks for it though the role names it only by its initials: "the
    # union would widen the strike", said by a union's general secretary, is the union's word. (A
    # cabinet's or a state's secretary does not: only these role phrases count.)
    "general secretary": ("union", "party", "federation", "confederation", "congress"),
    "secretary general": ("union", "party", "federation", "confederation", "congress"),
    "secretary-general": ("union", "party", "federation", "confederation", "congress"),
    # a union's officers below the top: "the union would ballot its members", said by its regional secretary
    "regional secretary": ("union",),
    "branch secretary": ("union",),
    "district secretary": ("union",),
    # a union's organiser, as British and Irish copy titles its officials: "the union would call a strike
    # vote", said by "the HVN's northern organiser"
    "organiser": ("union",),
    "organizer": ("union",),
}

RIVAL_WORDS: Final = (
    # Words between "the" and a noun of `HEADED_BODIES` that make it another body than the speaker's: "the
    # rival carrier will add flights", said by an airline's chief, forecasts a competitor. Any other one
    # word there describes the speaker's own ("the Dutch carrier would add flights", said by its
    # commercial chief; "the prosecuting authority would review the file", by its spokesperson).
    "rival", "other", "competing", "acquiring", "foreign", "private", "smaller", "larger", "bigger",
)  # fmt: skip

SIDE_LEVELS: Final = (
    # Words of the level or standing of a body in `OWN_SIDES`, between "the" and its noun: "the federal
    # government will meet the state government", said by the prime minister, is his government's word
    # as "the government will" is; "the state government would have discussions", by a chief minister.
    # (A word of the speaker's own role or name may stand there too: "the Kilifi County government will",
    # said by the Kilifi County Governor.)
    "federal", "national", "central", "state", "county", "provincial", "regional", "local", "municipal",
    "city", "union", "interim", "transitional", "new", "incoming",
)  # fmt: skip

PROMISE_SUBJECTS: Final = (
    # A content opening with the speaker as subject and a future or an intent is the speaker's promise
    # ("we will build", "I'm going to fix"); "we thought it would stop" stays a prediction: there the
    # subject is "it".
    "i will ", "i'll ", "i shall ", "i am going to ", "i'm going to ", "i won't ", "i will not ",
    "we will ", "we'll ", "we shall ", "we are going to ", "we're going to ", "we won't ", "we will not ",
    # Readiness and intent of the speaker's own side are commitments too, with no future word:
    # "Putin said he is prepared to work with Suga", "we are ready to resume talks". (Not "he would":
    # "Trump said he would win the state" predicts an outcome no one can promise.)
    "i want to ", "we want to ", "he wants to ", "she wants to ", "he wanted to ", "she wanted to ",
    # A wish for one's own act, in the polite form of intent: "I would like to put an end to the
    # dispute", "he would like to discuss sanctions" (as "I want to").
    "i would like to ", "i'd like to ", "we would like to ", "we'd like to ", "he would like to ",
    "she would like to ",
    "i am ready to ", "i'm ready to ", "we are ready to ", "we're ready to ", "he is ready to ",
    "she is ready to ", "he was ready to ", "she was ready to ", "we were ready to ",
    "i am prepared to ", "we are prepared to ", "he is prepared to ", "she is prepared to ",
    "he was prepared to ", "she was prepared to ", "we were prepared to ",
    "i am willing to ", "i'm willing to ", "we are willing to ", "we're willing to ", "he is willing to ",
    "she is willing to ", "he was willing to ", "she was willing to ",
    # A pledge made in saying so: "I pledge to protect the veterans", "we promise to rebuild".
    "i pledge to ", "we pledge to ", "i promise to ", "we promise to ", "i vow to ", "we vow to ",
    "i am keen to ", "i'm keen to ", "we are keen to ", "we're keen to ",
    "i intend to ", "we intend to ", "he intends to ", "she intends to ", "he intended to ",
    "she intended to ", "i plan to ", "we plan to ", "he plans to ", "she plans to ",
    # A commitment declared in the first person: "We are committed to empowering women".
    "we are committed to ", "we're committed to ", "i am committed to ", "i'm committed to ",
    "we remain committed to ", "i remain committed to ",
    # ... and a refusal so declared: "We have no intention of stopping our protected industrial action".
    "we have no intention of ", "i have no intention of ", "we have no intentions of ",
    # The speaker's own intent or commitment named as a noun, after "announced", "declared",
    # "confirmed": "Moscow announced its intention to build bases", "Suga declared his commitment to
    # a settlement", "expressed their readiness to resume talks".
    *(
        f"{whose} {noun} to "
        for whose in ("its", "his", "her", "their", "our", "my")
        for noun in ("intention", "commitment", "readiness", "willingness", "determination")
    ),
    # (Reported speech shifts "I will" to "he will/would": `NON_ACTS` says when that is a promise.)
    # A refusal in the speaker's own power: "he was not going to go to Kyiv", "we are not going to give
    # in" ("we are not going to win" stays a prediction: `OUTCOMES`). Not "he's", "she's": the
    # contractions of direct speech, where "he" is someone else ("She's not going to change anything").
    *(
        f"{who} not going to "
        for who in ("i am", "i'm", "we are", "we're", "he is", "he was", "she is", "she was")
    ),
    # A relative speaking for the family: "Jane Roe told reporters the family intends to sue the council",
    # "the boy's grandfather says the family plans to ask for a crossing" (the family's own intent).
    "the family intends to ", "the family plans to ", "the family wants to ", "the family is going to ",
    # A pledge with a word set off after "will": "We will, by no means, accept the demands".
    "we will, ", "i will, ", "we shall, ",
    # The speaker's task or aim named, their plan and so their commitment: "my task is to bring as many
    # weapons as possible", "his task was to tighten the sanctions", "our goal is to end the war".
    *(
        f"{whose} {aim} {be} to "
        for whose in ("my", "our", "his", "her", "its")
        for aim in ("task", "goal", "aim", "mission", "job", "priority")
        for be in ("is", "was")
    ),
)  # fmt: skip

SPEAKER_PRONOUNS: Final = (
    # How a speaker names themself: the `PROMISE_SUBJECTS` opening with one are pledges wherever a
    # clause starts inside what was said (`PLEDGE_LEADS`), not only at its opening.
    "i", "we",
)  # fmt: skip

PLEDGE_LEADS: Final = (
    # Where a pledge in the first person may stand inside what was said, besides its opening: after a
    # sentence or clause ends ("The issue needs dialogue. We will continue it", "..., and we will
    # respond") or after a linking word ("Then we will impose restrictions"). `PROMISE_SUBJECTS`
    # opening with "i " or "we " are looked for there.
    ". ", "; ", ": ", "! ", ", ", " and ", " but ", " then ", " so ", " now ",
    # An answer that grants the pledge asked for: "Of course I will serve the full term".
    "of course ",
)  # fmt: skip

SIDE_LEADS: Final = (
    # Where the speaker's own side may open a clause inside what was said and give its word there: "the
    # sanctions were illegal and Tehran would not comply with them". Not after ": " or ", ": "the plan
    # failed: Russia would provide security" describes a division of labour, not a pledge.
    " and ", "; ", " but ",
)  # fmt: skip

READINESS: Final = (
    # After the speaker's own side as subject ("his country", "Russia" said by a Russian minister, "it"
    # said by a body), readiness and intent are its commitment, a promise, with no future word: "Kyiv
    # said it is ready to take any risk", "North Korea said it is preparing to fire missiles".
    "is ready to ", "was ready to ", "are ready to ", "were ready to ",
    "is prepared to ", "was prepared to ", "is preparing to ", "was preparing to ",
    "is willing to ", "was willing to ", "intends to ", "intended to ", "is determined to ",
    "was determined to ",
    # Eagerness for an act of one's own: "the charity said it was keen to work with government".
    "is keen to ", "was keen to ", "are keen to ", "were keen to ",
    # A plan of the side's own is its intent: "the agency plans to open two offices".
    "plans to ", "planned to ",
    # A commitment declared: "we are committed to empowering women", "the government is committed to
    # supporting Kenyans", "the bank remains committed to".
    "is committed to ", "was committed to ", "are committed to ", "remains committed to ",
    "remain committed to ",
    # A refusal declared, the side's commitment not to act: "the union says it has no intention of
    # stopping industrial action".
    "has no intention of ", "had no intention of ", "have no intention of ", "has no intentions of ",
    "have no intentions of ",
)  # fmt: skip

_OUTCOME_VERBS: Final = (
    # Verbs after a speaker-subject of `PROMISE_SUBJECTS` that name an outcome, not an act in the
    # speaker's power: "we will win", "“we will prevail”" foresee (a prediction), "we will build" commits.
    "win", "lose", "prevail", "succeed", "fail", "beat", "triumph",
    # A wish or a wait about what others will do, no act of the speaker's: "I'd like to see the party
    # united", "we will see whether they keep their word".
    "see",
    # What will befall the speaker or be forced on them: "if the deal collapses, we will not be able to
    # avoid a crisis", "we will have to pay", "we will face sanctions".
    "be able", "have to", "need", "face", "suffer",
)  # fmt: skip

NON_ACTS: Final = (
    # Verbs after the speaker reported in the third person and a future ("he would", "she will", "it
    # will" said by a body): what follows any other verb is the speaker's own act, a promise ("Swan said
    # he would co-operate with the police", "she will hold firm to the commitments", "the firm said it
    # will cut 4,000 jobs"); these name no act in the speaker's power, so the future stays a forecast or
    # a wish. The outcomes first ("he would win the state").
    *_OUTCOME_VERBS,
    # A state, not an act: "he would be honored to meet the pope", "it would be difficult" ("be" with a
    # verb in -ing is an act: "he will be seeking assurances"); a counterfactual "he would have won".
    "be", "have", "remain", "stay", "become", "seem", "appear",
    # What befalls or comes to the speaker: "he will get a majority", "it would gain ground", "he will
    # receive the award", "it would cost jobs", "it would mean higher prices", "it would leave a gap".
    "get", "gain", "receive", "lose out", "cost", "mean", "leave", "take time", "take years",
    "take months", "depend", "happen", "come", "benefit", "struggle", "die", "survive",
    # Consequences, which follow and are not done: "it will result in job losses", "it would lead to
    # higher prices", "it will cause delays".
    "result", "lead to", "cause",
    # The weather's "it", which no body is: "it would rain all week", said by a firm's head.
    "rain", "snow", "freeze",
    # A mind, not a commitment: "he would welcome China's part", "she would love to", "he would like to
    # see", "it will know", "he will expect", "he would prefer". (Not "consider": "Russia will consider
    # retaliatory measures" is a threat, "he would consider sending troops" an intent.)
    "welcome", "love", "like", "know", "expect", "hope", "prefer", "feel", "think",
    "understand", "wonder", "wait and see",
    # Hedges and weighing in the place of the verb: "he would probably campaign", "he will likely run",
    # "he would seriously consider it", "she would strongly consider closing them".
    "probably", "likely", "possibly", "perhaps", "maybe", "seriously", "strongly",
)  # fmt: skip

ACT_ADVERBS: Final = (
    # Words that may stand between the future and the act without taking the pledge back: "he would not
    # seek a recount", "he would also hold events", "she would immediately order", "it will now close".
    "not", "never", "also", "still", "then", "now", "only", "immediately", "personally", "soon",
    "again", "always", "no longer", "certainly", "definitely", "absolutely", "actually", "at least",
)  # fmt: skip

OUTCOMES: Final = (
    # The outcome verbs, also negated ("we will not be able to" is read past "we will", too).
    *_OUTCOME_VERBS, *(f"not {v}" for v in _OUTCOME_VERBS), *(f"never {v}" for v in _OUTCOME_VERBS),
)  # fmt: skip

CUE_AUXILIARIES: Final = frozenset(
    {
        # Words right before a cue that a cue's text takes in, as readers quote the verb: tense and voice
        # ("had said", "was quoted as saying"), negation ("does not believe"), and the adverbs agency copy
        # puts there ("also said", "strongly condemned", "earlier announced"). The lemma stays the cue's.
        "had", "has", "have", "was", "were", "is", "are", "did", "does", "do", "not", "never", "also",
        "earlier", "previously", "again", "further", "strongly", "repeatedly", "reportedly", "later",
    }
)  # fmt: skip

AUXILIARIES: Final = frozenset(
    {
        # Words that may stand between a speaker and a cue and belong to neither: tense, modality.
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "also", "again", "did",
        "does", "do", "not", "never", "later", "earlier", "previously", "then", "once", "still",
        "first", "further", "even", "already", "long", "often", "too", "just", "has also",
        # "Clinton now says": a change of position is still her word.
        "now",
        # Modals: "can", "may" ("officials may say") carry no speaker.
        "can", "could", "may", "might", "must", "should", "shall",
        # Reflexives that only stress the subject: "Cruz himself said".
        "himself", "herself", "themselves", "itself",
        # Negations contracted with their auxiliary, in either apostrophe: "The memo didn’t rule out C"
        # (the memo speaks, as with "did not").
        *(
            f"{verb}n{mark}t"
            for verb in ("did", "does", "do", "has", "have", "had", "would", "could", "is", "was")
            for mark in ("'", "’")
        ),
    }
)  # fmt: skip

INTERPOSED: Final = frozenset(
    {
        # Sentence adverbs a wire sets between a subject and its cue with no commas: "Carter however
        # said", "Smith meanwhile said". Only there are they skipped; at a sentence's start they are
        # openers (LEADING_WORDS), and "Recently, however, it issued" keeps its subject.
        "however", "meanwhile", "nevertheless", "nonetheless", "separately", "likewise",
        "similarly", "though",
    }
)  # fmt: skip

HEDGES: Final = (
    # Sentence openings that mark the writer's own comment, not a checkable assertion.
    "it is obvious", "it is possible", "it is clear", "it is difficult", "it is likely",
    "perhaps", "maybe", "in other words", "that is,", "here is", "here are", "what is", "one can",
    "of course", "it seems", "it appears", "imagine", "let us", "let's", "there is no doubt",
)  # fmt: skip

CLAUSE_SPLICES: Final = (
    # Connectives after a comma that start a new, separately checkable clause ("..., in addition, C").
    "in addition", "moreover", "furthermore", "besides", "meanwhile", "at the same time",
    "what is more", "also",
)  # fmt: skip

CONSEQUENCES: Final = frozenset(
    {
        # Participles after a comma that open the writer's account of what a reported claim led to, not
        # more of what was said: "X said he could not back the plan, putting him at odds with his party",
        # "announced it would quit the pact, dealing a blow to hopes of a deal", "..., drawing a sharp
        # reply from Y". (Not "leaving" or "making": "they won't consider a nominee, leaving that choice to
        # the next president" is as often the speaker's own words.) Inside a quotation they stay.
        "putting", "dealing", "sending", "sparking", "prompting", "triggering", "fueling", "fuelling",
        "drawing", "throwing", "casting", "dashing",
    }
)  # fmt: skip

GLOSS_RANKS: Final = frozenset(
    {
        # Words after "the" opening the writer's gloss on a claim, past the cue's time phrase and its comma:
        # "C, the ministry said on Friday, the third such sale this year" ranks C among others of its
        # kind; the gloss is no more of what was said.
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "latest", "newest", "biggest", "largest", "highest", "lowest", "steepest", "sharpest", "worst",
        "deepest", "strongest", "weakest", "fastest", "slowest",
    }
)  # fmt: skip

BARE_CLAUSE: Final = frozenset(
    {
        # Cues whose content may follow with no "that" ("Trump said the wall ..."). Other cues need
        # "that", a colon or a quotation: after them a bare noun is an object ("announced the plan").
        "said", "says", "say", "saying", "added", "adds", "believes", "believe", "believed", "thinks",
        "think", "thought", "feels", "felt", "argued", "argues", "claimed", "claims", "insisted",
        "insists", "warned", "warns", "predicted", "predicts", "told", "tells", "telling", "tweeted",
        "noted", "explained", "acknowledged", "admitted", "suggested", "recalled",
        "countered", "replied", "responded", "declared", "stressed", "complained", "conceded",
        "called", "calls", "calling", "branded", "branding", "described", "describes", "describing",
        "arguing", "insisting",
        "characterized", "characterizes", "characterised", "characterises",
        "warning", "claiming", "suggesting", "noting", "adding", "explaining", "show", "shows",
        "showed", "shown", "found", "finds", "indicated", "indicates", "revealed", "reveals",
        # Weight given to a point, as agency and diplomatic copy reports it: the point is the content,
        # clause or noun ("emphasized the importance of the talks"). Not "underscored" nor "underlined":
        # as often a thing's doing ("the vote underscores a need for calm"), or a noun with a clause of its
        # own ("underlined the impact her bid has had").
        "stresses", "emphasized", "emphasised", "emphasizes", "emphasises",
        # Plural and bare forms: "Sanders aides argue the system is rigged", "experts suggest C".
        "argue", "suggest", "insist", "warn", "predict", "fear", "fears", "feared", "knows",
        # Forecasts: "Analysts expect the central bank to raise rates" (the object belongs to the content).
        "expects", "expect", "forecasts", "forecast",
        # Denials: what is denied is the content, clause or not ("denied any role in the attacks"). Not
        # "deny" ("deny them permits" refuses something) nor "confirmed" ("the Senate confirmed a judge").
        "denied", "denies", "denying", "refuted", "refutes", "refuting",
    }
)  # fmt: skip

RULINGS: Final = frozenset(
    {
        # Lemmas of a court's or a tribunal's decision: what it ruled is the record of what it decided, a
        # statement, though its words judge ("the appeal court ruled that the hearing had been unfair to
        # the defence", "ruling that the search was unlawful"): the finding is checked against the judgment.
        "rule",
    }
)  # fmt: skip

LESSONS: Final = (
    # Verbs of a lesson drawn from what happened, which is the speaker's reading of it, not the record:
    # "the flooding showed that the drains had been neglected", "the result proves that the reforms work".
    # Not after "to" or a modal ("to show that the ledger was sound", "we could show that": an aim), nor
    # after one of `speakers.FINDINGS` ("polls show that", "the data showed that": evidence reported).
    "shows", "showed", "show", "proves", "proved", "prove", "demonstrates", "demonstrated", "demonstrate",
)  # fmt: skip

CUE_COMPOUNDS: Final = frozenset(
    {
        # A cue word opening a compound noun, where it says nothing: "put up warning signs",
        # "fired warning shots", "the warning lights came on", "a warning letter".
        "warning signs", "warning sign", "warning shots", "warning shot", "warning lights", "warning light",
        "warning labels", "warning label", "warning letters", "warning letter", "warning systems",
        "warning system", "warning bells", "warning signals", "warning sirens", "warning notices",
        "warning notice", "warning tracks", "warning strikes", "warning strike",
    }
)  # fmt: skip

DOCUMENT_CUES: Final = {
    # Cue words read as cues only right after a document's noun (`speakers.DOCUMENTS`), with their
    # entries as in `CUES`: "the report states that C", "The law states: “C”". Elsewhere the word is a
    # noun and no cue: "swing states", "the United States", "member states said".
    "states": ("state", "statement", "clause"),
}  # fmt: skip

EVIDENCE: Final = frozenset(
    {
        # Cues credited only to documents, polls, studies and bodies: "the poll found", never "he found".
        # (Not "indicate": "Jane Roe has indicated she will not stand" is hers.)
        "show", "find", "reveal", "read",
    }
)  # fmt: skip

SHARED_STATES: Final = frozenset(
    {
        # Lemmas of a state of mind that, joined by "and" inside reported words, goes on with the
        # reported subject's clause instead of opening the speaker's second claim: "X said the company
        # was adding capacity and expected delays to ease" is one claim, as readers of the genre sets
        # kept it in 9 of 10 such sentences. A speech act after "and" still opens one ("and added C2").
        "expect", "believe", "hope", "think", "fear", "anticipate", "doubt",
    }
)  # fmt: skip

QUOTE_ONLY: Final = frozenset(
    {
        # Cues that attribute only next to a quotation or at a sentence's end ("..., he continued"):
        # before a bare clause they are ordinary verbs ("Sanders continued a fierce contest").
        "continued", "boasted", "posted", "charged", "joked", "quipped", "observed", "remarked",
        "countered", "recalled", "expected", "reads", "read",
        "shouted", "yelled", "screamed", "exclaimed", "cried", "chanted",
        # verbs of manner (`CUES`): "“C,” she thundered", never "the river thundered past" (not "scoffed":
        # "a myth the groups have scoffed at" closes a sentence with no one's words)
        "retorted", "thundered", "snapped", "mused", "jested", "shot back", "fired back", "fumed", "gushed",
        "griped",
    }
)  # fmt: skip

COORDINATORS: Final = frozenset(
    {
        # Words after a comma that may open a second speaker's clause: "X said C1, though Y said C2",
        # "X said C1, but Y said C2". The clause counts only when it opens with its own speaker and cue.
        "but", "though", "although", "while", "whereas", "and", "yet",
    }
)  # fmt: skip

CLAUSE_JOINERS: Final = COORDINATORS | frozenset(
    {
        # Inside reported content only: "X said C1, as Y denied C2" (a second speaker answering at the same
        # time). The clause counts only when it opens with its own speaker and cue, as after "but".
        "as",
    }
)  # fmt: skip

SCENES: Final = frozenset(
    {
        # Occasions on which words are said. A phrase naming one may stand between a speaker and the
        # cue ("Minister Majodina during a media briefing on Monday said C", "Adamu, in a meeting with
        # journalists in Abuja noted that C") or between the cue and a clause with no "that" ("Kozlov
        # said at the meeting the two countries are struggling"): it is neither speaker nor content.
        "briefing", "meeting", "interview", "conference", "speech", "address", "session", "hearing",
        "debate", "rally", "summit", "forum", "ceremony", "event", "visit", "broadcast", "programme",
        "program", "show", "call", "webinar", "podcast", "statement",
        # Messages written or posted: "Foreign Minister X in a tweet called Annan C", "X in a letter to
        # the board said C", "in a video message".
        "tweet", "post", "letter", "message", "video", "blog",
    }
)  # fmt: skip

TIME_MEASURES: Final = frozenset(
    {
        # Words that may measure the time before a subordinator opening a sentence: "Minutes before X
        # announced that C, his deputy told media ...", "Hours after the minister said C, ...", "Shortly
        # before ...", "Days after ...". The clause is still subordinate: its content ends at its comma.
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "moments", "shortly", "just",
        "soon", "long", "right", "immediately",
        # "Back when X wrote C, ...", "Ever since ...", "Only after ...": not a measure but a word that
        # stands before the subordinator the same way.
        "back", "ever", "only",
    }
)  # fmt: skip

SUBORDINATORS: Final = frozenset(
    {
        # Words opening a sentence with a subordinate clause: "While Ramos said that C, he appears
        # uneasy". When the cue stands in that clause, its content ends at the clause's comma.
        "while", "although", "though", "whereas", "because", "since", "if", "when", "once", "after",
        "before", "even", "unless",
    }
)  # fmt: skip

ADDRESSING: Final = frozenset(
    {
        # Lemmas that may name whom they address before "that": "warning brokers that C", "assured
        # voters that C", "reminded the crowd that C". After other cues "the plan that ..." is a
        # relative clause.
        "warn", "tell", "assure", "remind", "inform", "notify", "convince", "persuade", "promise",
        "advise", "caution", "brief", "write", "email", "tweet",
    }
)  # fmt: skip

REQUESTS: Final = frozenset(
    {
        # Lemmas whose "to V" follows the person or body asked, a noun phrase that may be long: "urged the
        # British Medical Association to return to talks", "urged the over 8,000 unemployed nurses to
        # apply". Other "to" cues have at most a short object before "to" ("pledged Sunday to V").
        "urge", "advise", "call on", "appeal to", "request",
    }
)  # fmt: skip

PARTICIPLES: Final = frozenset(
    {
        # "-ing" cues after a comma take the sentence's subject as speaker: "Smith left, saying C".
        "saying", "telling", "adding", "noting", "arguing", "calling", "warning", "insisting",
        "explaining", "claiming", "suggesting", "declaring", "announcing", "acknowledging", "asking",
        "describing", "branding", "writing", "stressing", "promising", "pledging", "vowing", "predicting",
        # "..., X said, referring to C2" / "citing C2" / "recalling C2": a second claim of the same speaker.
        "referring", "citing", "recalling", "repeating", "remarking", "urging", "accusing",
        "praising", "criticizing", "questioning",
        # Agency copy chains them: "X said C1, emphasising that C2", "..., regretting that C2".
        "emphasising", "emphasizing", "underlining", "underscoring", "regretting", "pointing", "reiterating",
        "confirming", "denying", "expressing", "voicing", "cautioning", "lamenting", "reminding",
        # "..., the newspaper wrote, supposing that C2"; "..., stating that C2".
        "stating", "supposing",
        # A paper's headline, then what it reported: "“C1,” was VATAN's headline, reporting that C2" (the
        # cue is "reporting that": "taxpayers reporting capital gains" report no speech).
        "reporting",
        # Courts and counsel, as court reporters chain them: "The court quashed the conviction, ruling
        # that C", "granted bail, observing that C", "pressed for a longer term, submitting that C",
        # "overturned the order, finding that C" (the cue is "finding that": "a finding of fact" is none).
        "ruling", "observing", "submitting", "finding",
    }
)  # fmt: skip

LONE_PARTICIPLES: Final = frozenset(
    {
        # Participles that open a sentence alone before its comma, as Nigerian and Indian copy turns to a
        # speaker's answer: "Reacting, the Minister of Education, Jane Roe, told ...". A word
        # in "-ing" there is no speaker's name (a surname may end so: "Browning, the minister, said").
        "reacting", "responding", "commenting", "replying", "speaking", "continuing", "concluding",
    }
)  # fmt: skip

QUESTIONED: Final = frozenset(
    {
        # Past participles that open a sentence with the question put to its subject ("Asked about the
        # vote, Hipkins stood firm, saying C", "Pressed on whether ..., X said"): a phrase before the
        # subject, no one named "Pressed".
        "asked", "pressed", "quizzed", "questioned", "challenged", "interviewed", "grilled", "contacted",
    }
)  # fmt: skip

OPENING_PARTICIPLES: Final = frozenset(
    {
        # A participle opening the sentence: a quotation inside its phrase, of any length, is not the
        # content of the cue after it, whose subject's claim is the main clause ("quote-after" yields).
        # Its object is itself a claim of the main clause's subject:
        # "Describing the bill as “reckless”, the senator said C2" (cue "Describing", content "the bill as
        # “reckless”"), "Stating that C1, the minister said C2", "Calling the plan a “disaster,” X said C2".
        "describing", "calling", "branding", "stating", "noting", "insisting", "arguing", "claiming",
        "warning", "saying",
        # Disclosing in the same way, with "that" (the cue is "revealing that"): "Revealing that police have
        # thwarted 12 plots, X said C2". (Not "Confirming the arrests, X told NAN C": an act confirmed.)
        "revealing",
        # Judging someone, their object and its grounds the claim ("Criticizing the board for “wasting a
        # whole summer,” the coach said C2": cue "Criticizing", content "the board for “wasting a whole
        # summer,”"): no quotation in the phrase is the main cue's content.
        "criticizing", "criticising", "accusing", "blaming", "condemning", "denouncing", "slamming",
        "praising", "hailing",
    }
)  # fmt: skip

THAT_AS_SUBJECT: Final = frozenset(
    {
        # A verb right after "said that" makes "that" the subject, not the word opening the clause:
        # "Christie said that was a natural part of the race" (the content keeps "that").
        "was", "is", "were", "are", "would", "will", "could", "can", "has", "had", "may", "might",
        "must", "should", "does", "did", "wasn't", "isn't", "won't", "wouldn't", "hasn't", "doesn't",
        "didn't", "seems", "seemed", "means", "meant", "makes", "made", "shows", "showed", "happens",
        "happened", "sounds",
        # The plural's auxiliary: "SMOKE alarms that do not work": a relative clause, no "alarms" said.
        "do", "don't",
    }
)  # fmt: skip

ZERO_THAT_VERBS: Final = frozenset(
    {
        # Finite auxiliaries and modals that show a "that"-less clause after a cue that otherwise takes
        # no bare clause: "has hinted the budget could return to surplus", "is confident wages will grow".
        # Lexical verbs ("made", "means") are left out: "underlining a point made by experts" is an object.
        "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "must", "should",
        "shall", "has", "have", "had", "does", "did", "won't", "wouldn't", "can't", "couldn't", "isn't",
        "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "didn't",
        "cannot", "shouldn't", "mustn't",  # ("is adamant her government cannot afford it")
    }
)  # fmt: skip

ZERO_THAT_STOPS: Final = frozenset(
    {
        # Words that cannot stand in the short subject of such a clause: a relative, a conjunction or a
        # preposition ("claim momentum but would", "deny responsibility that a hierarchy would", "hinted in
        # a news conference"); "of" is allowed ("the cost of fuel will").
        "that", "which", "who", "whom", "whose", "to", "and", "but", "or", "as", "if", "because", "while",
        "when", "where", "why", "how", "what", "like", "in", "on", "at", "for", "from", "by", "about",
        "with", "into", "over", "after", "before", "during", "than", "not", "so",
    }
)  # fmt: skip

ZERO_THAT_DETERMINERS: Final = frozenset(
    {
        # Determiners that open the subject; one later in the words starts a second noun phrase, a
        # relative clause with no "that": "stressing the impact his bid has had" is an object.
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    }
)  # fmt: skip

THAT_DETERMINES: Final = frozenset(
    {
        # Nouns that make "that" before them a demonstrative, not the opening of a clause: "Sanders may
        # feel that way himself", "he did not think that much of it". The cue then has no content.
        "way", "much",
        # Times: "Hundreds gathered that morning", "He told that day's briefing" point at a time.
        "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year",
    }
)  # fmt: skip

POINTER_FOLLOWERS: Final = frozenset(
    {
        # Words after "this" that make "X said this ..." point back at what was quoted before, as
        # Nigerian and South Asian copy names the speaker of the paragraphs above: "He said this as the
        # strike recorded partial compliance", "Adetunji stated this at a news conference in Abuja",
        # "she disclosed this while briefing journalists". The sentence credits no new claim (its
        # speaker is still learned); "said this aspiration is enshrined in law" is a claim.
        "as", "while", "when", "at", "in", "on", "during", "after", "before", "shortly", "yesterday",
        "today", "through", "via", "to", "following", "ahead",
    }
)  # fmt: skip

ACTS: Final = frozenset(
    {
        # Lemmas whose plain object is an act done, not words said: "the United States announced
        # sanctions against 400 firms", "Russia has declared a halt to the talks". With "that" or a
        # quotation they report words ("announced that C", "declared “C”"); without, the sentence is
        # the writer's news, an unattributed claim.
        "announce", "declare",
        # "The sides agreed to resume talks", "Moscow agreed to consider the transfer": a deal struck is
        # news, not words ("agreed that C" still reports what was said).
        "agree",
    }
)  # fmt: skip

NEWS_ACTS: Final = frozenset(
    {
        # Acts (above) whose plain object is news the doer gives out when the object is new, opened by
        # NEWS_OPENERS or a figure: "The union has announced a third walkout for 12 June",
        # "the regulator announced a £9 million fine", "announced 30% tariffs on steel" are the
        # doer's claims. "announced sanctions against 40 firms", "announced the pick", "announced his
        # resignation" stay acts: PolNeAR train and the team's sets annotate those less often.
        "announce",
    }
)  # fmt: skip

COUNTED_ACTS: Final = frozenset(
    {
        # Stances (above) whose object counted in figures is people served or taken in, no stance: "the
        # agency supports more than 60,000 stranded families", "the town welcomed 2,000 refugees" are
        # the writer's news, not the subject's words; "supports the plan", "welcomed the deal" still are.
        "support", "welcome",
    }
)  # fmt: skip

NEWS_OPENERS: Final = frozenset(
    {
        # Words opening a news act's new object (NEWS_ACTS): an indefinite article.
        "a", "an",
    }
)  # fmt: skip

REDUCED_PASSIVES: Final = frozenset(
    {
        # A cue's participle and the word after it, right after a noun: the people so named were its
        # objects, no one spoke. "Councillors accused of rigging the vote were cleared" (not "Tom Hale accused
        # the council of lying", nor "whom he accused of C").
        "accused of",
    }
)  # fmt: skip

IDIOMS: Final = frozenset(
    {
        # A cue word and the word right after it that together say nothing: "adding to the pressure",
        # "the figures added up", "the costs add up". Only with no comma between ("added, to applause,").
        # Not "added to": "“C,” Trump added to People" speaks to a magazine.
        "add to", "adds to", "adding to", "add up", "adds up", "added up", "adding up",
        # ... and "added to" before what grew: "The strikes have added to worries the port could shut"
        "added to fears", "added to concerns", "added to worries", "added to pressure",
        "added to the pressure", "added to uncertainty", "added to tensions", "added to speculation",
        "added to doubts",
        # "hinted at the role he sees for himself": a noun object, no clause ("hinted the plan could fail").
        "hinted at", "hinting at",
        # "who requested anonymity to discuss C": the reason for anonymity, nothing asked of anyone.
        "requested anonymity", "requesting anonymity",
        # A court's "rule out of order", "ruled out of the race": the motion or the race, no words.
        "rule out of", "rules out of", "ruled out of", "ruling out of",
        # A force's motion, not a criticism: "Hurricane Maria slammed into Puerto Rico".
        "slammed into", "slams into", "slamming into", "slam into",
    }
)  # fmt: skip

CONVENED: Final = frozenset(
    {
        # What "call"/"calls"/"called" convenes, within its first three words: "called a press
        # conference", "called an emergency meeting", "called elections". Not a name given to someone
        # ("called a former Miss Universe “disgusting”"), so no content follows.
        "meeting", "meetings", "conference", "election", "elections", "vote", "votes", "hearing",
        "hearings", "session", "summit", "strike", "ceasefire", "truce", "recess", "halt", "referendum",
        # "called off the deal", "called up the reserves": a phrasal verb, no naming.
        "off", "up",
    }
)  # fmt: skip

NAME_GIVERS: Final = frozenset(
    {
        # Words that give a thing its name after a noun: "a group called Harbour Watch denounced C", "a
        # scheme dubbed Project Norvex has saved C". When a name and another cue follow, the name is the
        # speaker (not a cue of "called"), as it is after "named" ("a charity named Westmere Aid said C").
        "called", "dubbed", "named",
    }
)  # fmt: skip

RESULTS: Final = frozenset(
    {
        # What "reported" or "posted" presents as a firm's or a body's figures rather than anyone's words,
        # as a plain object within its first four words: "the lender reported a first-half loss",
        # "posted record sales", "reported a 5% rise in revenue". (With a verb the content is a claim:
        # "reported profits fell"; so is one after "that".)
        "loss", "losses", "profit", "profits", "revenue", "revenues", "sales", "earnings", "income",
        "deficit", "surplus", "rise", "drop", "fall", "decline", "increase", "jump", "surge", "growth",
        "gain", "gains", "margin", "margins", "results",
    }
)  # fmt: skip

OBJECT_OPENERS: Final = frozenset(
    {
        # Words opening a plain noun object after a verb, so the verb reports figures, not words: "the
        # lender reported a loss", "posted its best year", "as the firm reported record sales" (with a
        # figure or a currency's sign too: "reported 5% growth", "posted $2 billion in sales").
        "a", "an", "its", "their", "his", "her", "record", "higher", "lower", "no",
    }
)  # fmt: skip

NEEDS_A_VERB: Final = frozenset(
    {
        # Lemmas whose bare content (no "that", no quotation) must read as a clause: "adding Illinois
        # and Ohio" adds states to a tally, "adding the plan would fail" says something. (Most cues
        # with a plain object still claim something: "acknowledged the reality of climate change".)
        "add",
        # "The High Court declared the toll unlawful", "declared a state of emergency": a ruling
        # or an act, no content; "declared that C" and "declared he was holding a fundraiser" say
        # something.
        "declare",
        # "shared a photo of the puppy": a thing shared; "shared that she was pregnant" says something
        "share",
    }
)  # fmt: skip

PRIZES: Final = frozenset(
    {
        # What "claim" wins rather than asserts, within its first four words: "claimed a victory",
        # "claiming his third victory", "claimed the nomination", "claimed responsibility".
        "victory", "victories", "win", "wins", "prize", "credit", "responsibility", "seat", "seats",
        "title", "nomination", "mantle", "crown", "delegates", "lead", "spot", "throne",
        # Lives a disaster took: "The stampede claimed 121 lives", "claimed the life of a teacher".
        "lives", "life",
        # What is claimed on a tax return or from an insurer: "claimed a loss of $916 million".
        "loss", "losses", "deduction", "deductions", "exemption", "exemptions", "refund", "benefits",
        "asylum", "damages",
    }
)  # fmt: skip

REPORTED_FROM: Final = frozenset(
    {
        # After "reported"/"reports": where a reporter filed from, no content ("reported from Los
        # Angeles", "reports live from the field").
        "from", "live",
    }
)  # fmt: skip

SAYING_NOTHING: Final = (
    # Contents that withhold rather than claim: "declined to comment", "asked not to be named",
    # "not to be identified". A cue followed by one of these makes no claim.
    "to comment",
    "not to comment",
    "comment on",
    "to be named",
    "not to be named",
    "to be identified",
    "not to be identified",
    "to speak publicly",
    "to speak on the record",
    "not be named",
    "not be identified",
)

TOPIC_FRONTS: Final = (
    # Openings of a fronted topic phrase: "On the plan to close the plant, the mayor said he would
    # fight it", "As for the budget, she said ...". Such a phrase with no verb of its own before
    # "X said" is what the speaker spoke about, never what they said (their words follow the cue).
    "on ", "as for ", "as to ", "as regards ", "regarding ", "concerning ", "with regard to ",
    "turning to ",
)  # fmt: skip

QUESTION_WORDS: Final = frozenset(
    {
        # Where the content of "asked" starts: "asked Clinton whether she would ...".
        "whether", "if", "how", "what", "why", "when", "who", "where", "which", "about",
    }
)  # fmt: skip

NOUN_CUES: Final = frozenset(
    {
        # Cue words that are also nouns: no cue after a possessive, a determiner, a number or an
        # adjective of quantity ("Carson's support", "strong majority support", "His 34% support").
        "support", "fear", "warning", "claim", "claims", "notes", "promise", "pledge", "vow", "doubt",
        "doubts", "fears", "attack", "attacks", "calls", "reports", "show", "shows",
        # "One of the main demands of the protesters was C": a plural noun, no verb.
        "demand", "demands",
    }
)  # fmt: skip

NOUN_MARKERS: Final = frozenset(
    {
        # Words before a noun-like cue that show it is a noun: "their support", "majority support".
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "majority", "strong",
        "broad", "public", "financial", "of", "for", "with", "no", "any", "more", "less", "little",
        "enough", "some", "much",
        # "you support": talk to the reader, not attribution.
        "you",
        # Adjectives of the attacks and reports of news: "the terror attacks", "recent reports".
        "terror", "terrorist", "deadly", "recent", "latest", "new", "suicide", "news", "media",
        # Adjectives ranking what is asked or claimed: "the main demands", "its key claims".
        "main", "key", "top", "major", "principal", "central", "core",
        # What is left or counted of them: "The remaining claims mostly stemmed from crop losses".
        "remaining", "other", "outstanding", "pending",
    }
)  # fmt: skip

AS_CUES: Final = frozenset(
    {
        # Lemmas of cues in a parenthetical "as" clause that credits the rest of the sentence:
        # "C, as The New York Times reported on Tuesday." / "As reported by CNN, C" / "As Smith noted, C".
        "report", "note", "say", "write", "explain", "tweet", "point out", "observe", "predict", "argue",
        "reveal", "detail", "confirm", "put",
        # Agency copy: "As the minister stressed, C", "As Zakharova emphasized, C".
        "stress", "emphasize", "underline", "underscore", "add", "state", "declare", "recall",
    }
)  # fmt: skip

STATED_BY: Final = MappingProxyType(
    {
        # Cues that credit the sentence before when a pointer stands beside them: "This was stated on
        # Saturday by X", "Lavrov said this in Tokyo" (agency copy; English translated from Russian,
        # "Об этом заявил ..."). Participle (or past form) -> lemma.
        "said": "say", "stated": "state", "announced": "announce", "declared": "declare",
        "reported": "report", "noted": "note", "stressed": "stress", "emphasized": "emphasize",
        "emphasised": "emphasize", "underlined": "underline", "confirmed": "confirm", "told": "tell",
        "written": "write", "wrote": "write", "mentioned": "mention", "explained": "explain",
        "voiced": "voice", "expressed": "express", "pointed": "point out", "claimed": "claim",
        "tweeted": "tweet", "posted": "post",
    }
)  # fmt: skip

STATES_OF_MIND: Final = frozenset(
    {
        # Nouns after "expressed" that carry a clause the speaker stands by: "Lavrov expressed hope that
        # C" (agency style); the content is C, not "hope that C". Not "doubt", "concern", "fear": C
        # alone would read as what the speaker asserts, the opposite of what was said.
        "hope", "confidence", "belief", "conviction", "certainty", "optimism",
    }
)  # fmt: skip

GLOSSES: Final = frozenset(
    {
        # Nouns that open a writer's gloss after a claim: "..., a reference to the Kuril Islands dispute",
        # "..., an apparent swipe at Washington". The gloss is the writer's, not the speaker's.
        "reference", "allusion", "nod", "swipe", "dig", "jab",
    }
)  # fmt: skip

DEFINING_NOUNS: Final = frozenset(
    {
        # Nouns opening the writer's definition of a term closing a claim, after a comma or a dash: "said
        # the payment followed a spoofed invoice – a form of fraud aimed at small firms", "..., a form of
        # X", "..., a term for X". The definition is the writer's, not the speaker's.
        "type", "kind", "form", "variety", "term",
    }
)  # fmt: skip

ERRANDS: Final = frozenset(
    {
        # Verbs of going to an audience or a channel before "to say" (or another cue in its bare form),
        # whose subject is the speaker: "Tom Hale took to the airwaves to say C", "The firm wrote to tenants
        # on Tuesday to say C", "The council contacted residents to warn C", "She went on radio to deny C",
        # "The club issued a statement to confirm C". Not wishes or refusals ("wanted to say", "declined
        # to say"): no words said.
        "took", "takes", "wrote", "writes", "went", "goes", "contacted", "contacts", "called", "calls",
        "phoned", "rang", "emailed", "texted", "messaged", "posted", "tweeted", "appeared", "issued",
        "issues", "released", "came", "stepped", "returned", "sent",
    }
)  # fmt: skip

SUMMING_NOUNS: Final = frozenset(
    {
        # Nouns of the writer's summing-up after a claim, with "that", "which", "to" or "for" after them:
        # "said it would shut 90 depots, a retreat that could leave villages without a post office", "..., a
        # move that surprised analysts", "..., a blow to the plan". The summing-up is the writer's.
        "move", "decision", "step", "retreat", "blow", "setback", "reversal", "shift", "departure",
        "turnaround", "climbdown", "u-turn",
        # what the writer says the claim is about or amounts to: "pledged to set up a working group, an
        # issue that split the board", "..., a pledge that ...", "..., a plan that ..."
        "issue", "pledge", "promise", "proposal", "plan", "change", "development",
        # what the writer makes of a figure claimed: "losses will reach $9 billion, the modeler said on
        # Tuesday, a range which puts the flood among the worst since 1990", "..., a figure that ..."
        "range", "figure", "estimate", "total", "level",
    }
)  # fmt: skip

IN_WORDS: Final = MappingProxyType(
    {
        # Nouns of the set phrase "In his NOUN, C" / "In the NOUN of X, C" / "In Lavrov's NOUN, C" that
        # credit C to the person named: noun -> (lemma, the claim kind it implies). Words report speech.
        "words": ("say", "statement"),
        # A view held is an opinion: agency copy translated from Russian writes "In his opinion, C" ("по
        # его мнению"), English news "In her view, C".
        "opinion": ("believe", "opinion"),
        "view": ("believe", "opinion"),
        "estimation": ("believe", "opinion"),
        "assessment": ("believe", "opinion"),
    }
)  # fmt: skip

SPEECH_NOUNS: Final = MappingProxyType(
    {
        # Nouns of "NOUN by X that C", which credit C to the one after "by" ("claims by the institute
        # that C", "a warning by the central bank that C"): noun -> (lemma, the claim kind it implies).
        "claim": ("claim", "statement"), "claims": ("claim", "statement"),
        "allegation": ("allege", "statement"), "allegations": ("allege", "statement"),
        "assertion": ("assert", "statement"), "assertions": ("assert", "statement"),
        "suggestion": ("suggest", "statement"), "suggestions": ("suggest", "statement"),
        "statement": ("state", "statement"), "remarks": ("say", "statement"),
        "insistence": ("insist", "statement"),
        "accusation": ("accuse", "statement"), "accusations": ("accuse", "statement"),
        "charge": ("charge", "statement"), "charges": ("charge", "statement"),
        "warning": ("warn", "prediction"), "warnings": ("warn", "prediction"),
        "prediction": ("predict", "prediction"), "predictions": ("predict", "prediction"),
        "forecast": ("forecast", "prediction"), "forecasts": ("forecast", "prediction"),
        "promise": ("promise", "promise"), "promises": ("promise", "promise"),
        "pledge": ("pledge", "promise"), "pledges": ("pledge", "promise"),
    }
)  # fmt: skip

JUDGED_BY: Final = MappingProxyType(
    {
        # Participles of a judgement put in the passive with its judge after "by", as reports of
        # debates and reactions write it: "The tax plan was criticised by the opposition" (the judge's
        # opinion of the subject), "The budget was condemned by the unions as “a gift to the rich”" (the
        # words quoted after "as" are the judge's). Participle -> lemma. Not "attacked", "questioned",
        # "rejected": "was attacked by gunmen", "was questioned by police", "was rejected by voters"
        # report deeds, not words.
        "criticised": "criticize", "criticized": "criticize", "condemned": "condemn",
        "denounced": "denounce", "censured": "censure", "slammed": "slam", "blasted": "blast",
        "decried": "decry", "praised": "praise", "hailed": "hail", "lambasted": "lambast",
        "derided": "deride",
    }
)  # fmt: skip

RELAYED: Final = frozenset(
    {
        # Lemmas of speech an outlet relays: "IRNA reported that Zarif said C" is Zarif's claim, carried
        # by IRNA. Other cues inside an outlet's report are its news ("Kyodo said the ministers agreed to
        # meet"; "Kyodo reported that Tokyo plans a summit").
        "say", "tell", "state", "declare", "announce", "add", "note", "stress", "emphasize", "underline",
        "explain", "claim", "insist", "confirm", "warn", "argue", "deny", "reiterate", "point out",
        "assure", "write", "tweet", "believe", "be convinced", "be confident", "quote",
        # Acts done in words, relayed the same way: "Yanukovych admitted that C, Interfax reported".
        "admit", "acknowledge", "demand", "urge", "call", "call on", "call for", "suggest", "predict",
        "promise", "pledge", "vow", "threaten", "describe", "accuse", "criticize", "condemn",
        # Speech that puts a matter forward, as agencies relay ministers: "According to NAN, the minister
        # highlighted some of the government's initiatives", "... disclosed that C", "... revealed that C".
        "highlight", "disclose", "reveal", "mention", "express",
        # Judgements spoken, relayed the same way: "the ministry denounced the drill as a provocation,
        # according to the state agency", "... rejected the report, the agency said".
        "denounce", "criticise", "slam", "reject", "dismiss", "praise", "hail", "welcome",
    }
)  # fmt: skip

WISHES: Final = frozenset(
    {
        # Lemmas of a wish or a seeming with a "to" complement, whose subject must be a person or a body:
        # "the bloodshed seemed to ..." and "taxes, which seem to be ..." credit no one; people want.
        "want", "hope", "seem",
    }
)  # fmt: skip

WILLED: Final = frozenset(
    {
        # Lemmas only someone can act on: "Moscow threatened to cut supplies" is a threat, "the storm
        # threatened to flood the city" and "the primary threatens to knock him out" are no one's.
        "threaten",
    }
)  # fmt: skip

FIGURE_CUES: Final = frozenset(
    {
        # Lemmas whose object, when it holds a figure, is what was said: "Norvex estimated a $5 million
        # loss", "estimated the damage at $2 billion", "forecast growth of 2% next year" (an estimate put as
        # a noun phrase, no clause).
        "estimate", "forecast",
    }
)  # fmt: skip

NEEDS_THAT: Final = frozenset(
    {
        # Lemmas whose content is only a "that" clause or an admonition ("cautioned consumers to stop
        # using it"): "Experts cautioned that C"; "cautioned against viewing it as an endorsement" or
        # "cautioned voters" asserts nothing checkable.
        "caution",
        # "signaled it may favor C": a clause; "signaled his support for" a stance on a thing, no claim.
        "signal",
    }
)  # fmt: skip

THAT_ONLY: Final = frozenset(
    {
        # Lemmas whose content is only a "that" clause, a time phrase before it or not: "She also disclosed
        # that C", "The company disclosed last year that C"; not "disclosed the figures", "disclosed a
        # set of files that forced ..." (a thing made known, no claim).
        "disclose",
    }
)  # fmt: skip

REQUESTING: Final = frozenset(
    {
        # Lemmas of a statement cue that make a request or an admonition when the content is an object
        # and a to-infinitive ("asked the ministry to release the figures", "warned them not to gift the
        # rivals a weapon") or opens with "against" ("warned against any adventurism"): an opinion, as
        # "urged X to" is. "asked whether", "warned that prices would rise" keep their content's kind.
        # "cautioned members of the public to discontinue use" is such an admonition.
        "ask", "warn", "caution",
    }
)  # fmt: skip

DEGREES: Final = (
    # Excess, lack and desert a speaker rules on: "the rules leave too little slack", "it came weeks too
    # late", "patients had queued far too long", "residents deserve to know", "it feels awful". (Not "too"
    # closing a clause, "he said so too": only before these words; not "too many" or "too high", which
    # readers of the studied sets took for statements as often.) A finding's "the notice had come too
    # late" is a court's determination, no opinion: `DETERMINING`.
    " too little", " too late", " too long", " too much", " too few", " too slow", " too small",
    " deserve ", " deserves ", " feels awful", " is awful", " was awful", " awful job", " the hallmarks of ",
    "we strongly urge ",  # (not "an awful lot of", a quantity)
)  # fmt: skip

DETERMINING: Final = frozenset(
    {
        # Lemmas of a court's, an inquiry's or a study's determination: a degree it sets (`DEGREES`) is
        # what it found, not a judgement ("The court overturned the order, finding that the notice had
        # come too late").
        "find", "rule", "conclude", "determine",
    }
)  # fmt: skip

THREATS: Final = (
    # Formulas of a threat or a commitment, whatever the clause's subject, in the content's own clause:
    # "the attack would not go unanswered", "Iran will not hesitate to defend itself", "necessary action
    # will be taken". A speaker's word given (a promise), not a forecast.
    " not go unanswered", " not go unpunished", " not go unresponded", " not remain unanswered",
    " not hesitate to ", " action will be taken", " actions will be taken", " measures will be taken",
    " steps will be taken", " action would be taken", " measures would be taken", " steps would be taken",
)  # fmt: skip

OFFICIAL_ACTS: Final = frozenset(
    {
        # Past participles of acts an office or a body carries out, in a passive future, said by someone
        # who holds a role or by a body: "locals will be asked to join the investigation", said by the
        # panel's chairperson; "illegal structures would be pulled down", by the state commissioner; "the
        # seized products will be destroyed", by the bureau's director. Said by someone with no office they
        # may be a forecast ("the deal would be sent back", said by a critic), so unlike `ADMINISTERED`
        # they make a promise only in an official's mouth.
        "asked", "stepped up", "turned away", "reallocated", "handed over", "destroyed", "pulled down",
        "demolished", "punished", "lodged", "issued", "rationed", "imposed", "announced", "notified",
        "informed", "tightened", "fined", "sanctioned", "suspended", "banned", "removed", "relocated",
        "released", "disclosed", "examined", "addressed", "carried out", "put in place",
        "rolled out", "dealt with", "taken", "closed", "buried", "spent", "treated", "given",
        "increased", "strengthened", "reinforced", "maintained", "intensified", "monitored",
        # services and works an office provides: "free booster doses would be offered to students", said
        # by the chief health officer; "new transformers would be installed", by the utility's chairman
        "offered", "installed",
    }
)  # fmt: skip

OFFICIAL_STARTS: Final = frozenset(
    {
        # Verbs of an activity starting, in an active future, said by someone who holds a role (not one
        # who knows a field: `Rules.lone_anaphora`, `Rules.descriptions`) or by a body: the speaker's side
        # sets the date, so it gives its word ("the screening programme will start in March", said by the
        # ministry's secretary of health; "work on the depot would start in the autumn", by the firm's chief
        # executive; "the stoppage would begin at dawn on Monday", by the union). "begin to" is a change
        # foreseen, not an act ("prices would begin to ease").
        "begin", "start", "commence",
        # a union's own strike, as it announces it: "its members will walk out for three days"
        "walk out",
    }
)  # fmt: skip

ADMINISTERED: Final = frozenset(
    {
        # Past participles of acts an authority carries out, in a passive future: "briefings would be
        # expanded to all ministries", "a taskforce would be gazetted", "people will be evacuated",
        # "flight cancellations would be made day by day". Said by someone, the act is the speaker's
        # side's word given (a promise), not a forecast; outcomes ("profit will be reduced", "the grant
        # would be axed", "talks will not be interrupted") are not listed, nor building ("the pier would
        # be rebuilt before the winter" reads as a forecast of works as often as a pledge).
        "expanded", "extended", "concluded", "completed", "gazetted",
        "allowed", "evacuated", "arrested", "prosecuted", "deported", "made", "held", "signed", "launched",
        "established", "deployed", "reviewed", "investigated", "probed", "discontinued", "screened", "used",
        "provided", "appointed", "introduced", "implemented", "enforced", "distributed",
        "conducted", "organised", "organized", "published", "submitted", "presented", "inspected",
        "restored", "resumed", "set up", "set aside", "reopened", "compensated", "paid out",
        # Money given back by whoever took it: "ticket holders will be refunded" (not "paid": "workers
        # will be paid less" is an outcome).
        "refunded",
    }
)  # fmt: skip

NAMING: Final = frozenset(
    {
        # Lemmas of a statement cue that give a name when their content holds " as ": "described the
        # talks as productive", "describing the plan as a trap" is a judgement, an opinion, as
        # "characterized it as" is; "described the rescue" alone narrates (a statement).
        "describe",
    }
)  # fmt: skip

QUOTE_NAMERS: Final = frozenset(
    {
        # Lemmas that give what they name or charge in the speaker's quoted words after an object: "called
        # China “the greatest threat”", "accused Norvale of “walking away from the deal”", "branded the
        # levy “a tax on the poor”", "described the plan as “a trap”": the content is the quoted words.
        "call", "accuse", "brand", "describe",
    }
)  # fmt: skip

WHAT_NAMING: Final = frozenset(
    {
        # Cue words that, after "what" and a subject, name a thing rather than report a claim: "Condemning
        # what he called a planned misadventure, X said C" (X's claim is the sentence's).
        "called", "calls", "termed", "terms", "dubbed", "described", "labelled", "labeled", "branded",
    }
)  # fmt: skip

SELVES: Final = (
    # Objects of a `NAMING` cue that name the speaker: "described himself as a Catholic", "describe
    # themselves as liberals" (a poll) state who they are, a statement.
    "himself ", "herself ", "themselves ", "itself ", "myself ", "ourselves ",
)  # fmt: skip
