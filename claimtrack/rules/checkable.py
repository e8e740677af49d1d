"""What makes a sentence no one is credited with a checkable claim, or the writer's own comment.

Data only. `claimtrack.parse.unattributed` reads these tables to decide whether a sentence (or a clause
of one) that no attribution covers asserts something a fact-checker could check: an event that
happened or is scheduled, a number, a record, a state of affairs. Commentary is left out: judgements,
hedges, speculation, conditions, rhetoric and the writer talking to the reader.

Phrases are matched word by word, with curly apostrophes read as straight ones and a comma kept as a
word of its own ("that is," only matches with its comma); case-insensitively, except the modals and the
weak cues (matched in lower case only: "May" the month is no modal, "Great Britain" no praise).
Three strengths:

- `WRITER_OPENINGS`, `WRITER_TALK`, `SUBJECTIVE_FRAMES`, `IMPERSONAL_JUDGEMENTS`,
  `IMPERSONAL_FORECASTS`, `CONDITIONAL_OPENINGS`, `STRONG_MODALS`: the clause is commentary whatever
  else it holds.
- `EVALUATIVE`, `MENTAL_STATES`, `WEAK_MODALS`, `GLOSS_VERBS`: the clause is commentary unless it also
  holds a checkable anchor (`ANCHOR_WORDS`, `EVENT_VERBS`, a digit, a month or weekday name): "a
  disappointing fifth-place finish" still reports a result.
- `ANCHOR_WORDS`, `EVENT_VERBS`: evidence that the clause reports something that can be looked up.
"""

from __future__ import annotations

from typing import Final

WRITER_OPENINGS: Final = (
    # The writer pointing at the text itself or at the reader: deixis, not a report of the world.
    "here is", "here are", "here's", "this is what", "that is what", "that's what", "that is why",
    "that's why", "this is why", "which is why", "what is being referred to",
    "what is meant", "in other words", "that is ,", "put simply", "simply put", "to be sure",
    "needless to say", "to put it", "in short", "in a word", "the point is", "the question is",
    # Interjections and discourse particles that open the writer's own voice.
    "yes ,", "no ,", "well ,", "sure ,", "alas ,", "oh ,", "indeed ,", "of course", "frankly",
    "honestly", "hopefully", "obviously", "clearly ,", "surely", "admittedly", "little did",
    "never mind", "so much for", "make no mistake", "mind you",
    # Imperatives addressed to the reader, including publishers' boilerplate.
    "imagine", "just imagine", "consider", "remember", "recall that", "note that", "notice",
    "look at", "think about", "note to", "let us", "let's", "don't", "do not forget", "follow", "sign up",
    "subscribe", "click", "read more", "read the", "watch", "see also", "editor's note",
    "correction :", "update :",
    # Epistemic hedges opening a clause.
    "perhaps", "maybe", "possibly", "probably", "presumably", "arguably", "apparently",
    "undoubtedly", "no doubt", "doubtless", "in all likelihood", "in theory", "ideally",
)  # fmt: skip

WRITER_TALK: Final = (
    # Anywhere in a clause: the text referring to itself or to how it was reported.
    "referred to here", "is meant here", "as mentioned above", "as noted above", "as we have seen",
    "as you can see", "mentioned earlier in this", "in this article", "this column", "this post",
    # Newsroom process: who answered the reporter is not a claim about the world.
    "request for comment", "requests for comment", "requests to comment", "request to comment",
    "could not be reached", "could not immediately be reached", "did not immediately respond",
    "did not immediately return", "did not return calls", "did not return a call",
    "declined to comment", "contributed to this report", "contributed reporting",
    "additional reporting by", "reporting by", "editing by", "writing by", "compiled by",
    "all rights reserved",
)  # fmt: skip

SUBJECTIVE_FRAMES: Final = (
    # Anywhere in a clause: a judgement or a degree of belief framing the rest ("it is obvious that").
    "one can hardly", "one could hardly", "one can only", "one could argue", "one might",
    "one may", "one must", "one should", "it goes without saying", "there is no doubt",
    "there can be no doubt", "there is little doubt", "no wonder", "not surprisingly",
    "unsurprisingly", "it remains to be seen", "remains to be seen", "time will tell",
    "it seems", "it would seem", "seems to", "seem to", "seemed to", "appears to be",
    "appear to be", "it appears that", "it looks like", "it looks as if", "looks like",
    "sure looks", "i think", "i believe", "we believe", "likely to", "unlikely to",
    "is likely", "are likely", "is unlikely", "are unlikely", "seems likely", "seems unlikely",
    "may well", "might well", "could well", "is bound to", "are bound to",
    "difficult to imagine", "hard to imagine", "easy to imagine", "hard to believe",
    "difficult to believe", "hard to say", "difficult to say", "safe to say", "fair to say",
    "has an opportunity to", "have an opportunity to", "has a chance to", "have a chance to",
    "has the opportunity to", "have the opportunity to", "stands a chance",
    "one possibility is", "another possibility is", "the possibility is", "has every right",
    "have every right", "had every right", "the question is whether", "the real question",
    # Hearsay with no source: a rumour is not a report ("is said to be", "is rumoured to").
    "is said to", "are said to", "is rumored to", "are rumored to", "is rumoured to",
    "are rumoured to", "is thought to", "are thought to", "is believed to", "are believed to",
)  # fmt: skip

IMPERSONAL_JUDGEMENTS: Final = frozenset(
    {
        # "it is X", "it was X", "it became X", "it's X" (up to two adverbs between: "it is now
        # abundantly clear", "it's also impossible"): the writer judging, estimating or reporting
        # a rumour with no source.
        "likely", "unlikely", "possible", "impossible", "probable", "improbable", "conceivable",
        "obvious", "clear", "unclear", "evident", "apparent", "certain", "uncertain", "doubtful",
        "questionable", "debatable", "true", "undeniable", "inevitable",
        "difficult", "hard", "easy", "important", "crucial", "essential", "necessary", "vital",
        "imperative", "fair", "safe", "ironic", "surprising", "unsurprising",
        "remarkable", "striking", "telling", "shameful", "sad", "unfortunate", "fortunate",
        "a shame", "a pity", "no secret", "no surprise", "no wonder", "no accident", "unusual",
        "extraordinary", "odd", "strange", "fitting", "appropriate", "inappropriate", "wrong",
        "up to",
        # Agentless reporting passives: a rumour, not a source ("it is believed that").
        "believed", "thought", "feared", "hoped", "assumed", "rumored", "rumoured", "understood",
        "said", "alleged", "supposed",
    }
)  # fmt: skip

IMPERSONAL_FORECASTS: Final = frozenset(
    {
        # "it is expected that ...", "it is widely anticipated ...": the writer's forecast with no
        # source. Followed by "to" they are a schedule instead ("it is expected to pass on Tuesday").
        "expected", "anticipated", "predicted", "projected", "estimated",
    }
)  # fmt: skip

IMPERSONAL_ADVERBS: Final = frozenset(
    {
        # Words that may stand between "it is" and a judgement; any other "-ly" word may too.
        "not", "also", "now", "still", "so", "too", "more", "less", "quite", "very", "all", "far",
        "no", "longer", "already", "equally", "just", "even", "then", "often", "by", "means",
    }
)  # fmt: skip

TERMS_OPENERS: Final = (
    # Openings that make what follows the terms of a deal, a plan or a law, stated as they stand, not
    # foreseen: "Under the contract, 40 ferries will be built at home", "As part of the plan, the firm will
    # open a depot", "under the act, fires can be classed as exceptional events".
    "under the ", "under a ", "under an ", "as part of the ", "as part of a ", "as part of an ",
)  # fmt: skip

SHRUGS: Final = (
    # "We'll see.", "we will see whether they keep their word": wait and see, a shrug rather than a forecast
    # or a pledge, when nothing or a question follows; "we'll see the opening of this bridge in five
    # years" foresees.
    "we'll see", "we will see", "we shall see", "i'll see",
)  # fmt: skip

SHRUG_FOLLOWERS: Final = (
    # Words after a shrug that keep it one: a question left open ("we'll see whether they keep their word",
    # "we will see what the owners decide") or a reason for waiting ("we will see because he gave me
    # instructions").
    "whether", "if", "how", "what", "who", "where", "when", "about", "because",
)  # fmt: skip

NOT_MARKERS: Final = (
    # Phrases holding a judgement or future word that are neither: read before the kind markers
    # ("the think tank said", "a will", "a must-win race" are no opinion and no prediction).
    "think tank", "think tanks", "think-tank", "think-tanks", "last will", "free will",
    "political will", "goodwill", "good will", "ill will",
    # "will" as a noun after a possessive or an article: "against its will", "the will of the people".
    "its will", "his will", "her will", "their will", "our will", "the will", "own will", "popular will",
    # "Time will tell": a shrug rather than a forecast ("we'll see" is one only as `SHRUGS` say).
    "time will tell",
    # "need" as a noun: "warnings about the need to refrain from arms deals" judges nothing itself.
    "the need to", "the need for",
    # The month, not the modal: "in May", "since May 5" (lowered, "May" reads as "may").
    "in may", "on may", "of may", "since may", "until may", "by may", "from may", "to may", "early may",
    "late may", "mid-may", "last may", "next may", "this may", "during may", "through may", "before may",
    "after may",
    # A guess about what is, not what will be: "the leader may be dead", "it may have a military aim".
    "may be", "might be", "may have", "might have", "may not be", "might not be", "may not have",
    "might not have",
    # The same guess about what was: "the accident is likely to have been caused by mechanical damage",
    # "the owners are likely to have been people of some wealth".
    "likely to have been", "unlikely to have been",
    # What would have been, had things gone otherwise: a counterfactual about the past, no forecast ("the
    # firm would not have been fined under the old rules"); not "would have
    # to", an obligation still to come.
    "would have been", "would not have been", "wouldn't have been", "would've been", "would never have been",
    "would have had", "would not have had", "would have made", "would have done", "would have gone",
    "would have won", "would have lost", "would have happened", "would not have happened",
)  # fmt: skip

SCHEDULED: Final = (
    # Besides `cues.FUTURE_MARKERS` ("will", "is going to", "plans to"): a timetable puts an event in
    # the future, so the claim is a prediction. Matched with a space either side, in lower case.
    " is scheduled to ", " are scheduled to ", " is due to ", " are due to ", " is slated to ",
    " are slated to ", " is poised to ", " are poised to ", " is about to ", " are about to ",
    " is to be held ", " are to be held ", "'ll ",
    # Someone's expectation in the present tense is a forecast ("the president expects Congress to
    # pass the bill"); "was expected" is a past state, left out.
    " expects ", " expect ", " anticipates ", " anticipate ", " forecasts ", " projects ",
    # ... and in the progressive: "I'm expecting a constructive meeting", "we are expecting delays".
    " am expecting ", "'m expecting ", " are expecting ", "'re expecting ",
    # A forecast in the passive, as economists and agencies give one: "output is projected to shrink",
    # "prices are forecast to ease", "the party is on course to win", "the plan is on track to finish".
    # (Not "on track" alone: "the talks are on track" judges how they go.)
    " is projected to ", " are projected to ", " is forecast to ", " are forecast to ",
    " is forecasted to ", " are forecasted to ", " is on course to ", " are on course to ",
    " is on track to ", " are on track to ",
    # The same forecasts shifted back in reported speech: "she said the number was likely to rise".
    " was likely to ", " were likely to ",
)  # fmt: skip

CONDITIONAL_OPENINGS: Final = (
    # A clause opening with a condition ("If ..., ...") asserts nothing on its own: the outcome is
    # hypothetical. A leading "but", "and", "however," is skipped before these are tried.
    "if", "unless", "even if", "only if", "in case", "provided that", "providing that",
    "assuming", "suppose", "supposing", "should", "were", "had", "whether or not", "in the event",
    "were it not", "but for",
)  # fmt: skip

STRONG_MODALS: Final = (
    # Deontic and epistemic modals, matched in lower case only (so the month "May" is not one):
    # what should be, or might be, is not what is.
    "should", "shouldn't", "ought to", "might", "may", "might not", "may not", "would have",
    "could have", "should have", "must have", "might have",
)  # fmt: skip

WEAK_MODALS: Final = (
    # Necessity and hypothesis that news also uses for facts ("could face up to 10 years", "must
    # file by April 15", "announced it would close 12 stores"): commentary unless anchored.
    "must", "mustn't", "need to", "needs to", "has to", "have to", "could", "would",
    "can hardly", "cannot but",
)  # fmt: skip

EVALUATIVE: Final = (
    # Stance adverbs: the writer's feeling about a fact, which may still be checkable ("Ironically,
    # the ruling prompted ..." reports an event).
    "sadly", "unfortunately", "fortunately", "thankfully", "luckily", "ironically",
    "interestingly", "curiously", "strangely", "oddly", "tellingly",
    # Intensifiers: a degree only a judge can set.
    "remarkably", "incredibly", "unbelievably", "extremely", "truly", "really", "utterly",
    "terribly", "hugely", "immensely", "enormously", "deeply", "profoundly", "desperately",
    "shockingly", "stunningly", "strikingly", "woefully", "sorely", "painfully", "so very",
    "very", "quite", "too much", "far too", "simply", "specifically", "merely",
    # Evaluative adjectives: praise and blame, beauty and ugliness.
    "formidable", "articulate", "brilliant", "magnificent", "wonderful", "marvelous",
    "marvellous", "excellent", "superb", "outstanding", "admirable", "impressive", "great",
    "fantastic", "amazing", "awesome", "terrific", "splendid", "good news", "bad news",
    "terrible", "horrible", "awful", "appalling", "dreadful", "disastrous", "disgraceful",
    "shameful", "outrageous", "scandalous", "absurd", "ridiculous", "laughable", "pathetic",
    "fortunate", "unfortunate", "dereliction",
    "embarrassing", "disappointing", "deplorable", "despicable", "disgusting", "sickening",
    "incompetent", "inept", "dishonest", "crooked", "foolish", "stupid", "idiotic", "reckless",
    "irresponsible", "naive", "arrogant", "worthy", "unworthy", "deserves", "deserve",
    "beautiful", "ugly", "fascinating", "boring", "dull", "exciting", "thrilling", "inspiring",
    "heroic", "cowardly", "shrewd", "savvy", "wise", "unwise", "smart", "dumb", "weak",
    "strong leader", "powerful", "influential", "legendary", "iconic", "notorious", "infamous",
    # Importance: what matters is the writer's weighting.
    "important", "crucial", "vital", "essential", "key to", "critical to", "significant step",
    "strategically important", "no surprise", "not surprising", "surprising", "striking",
    "a real issue", "a problem", "the problem is", "the trouble is", "worrying", "alarming",
    "existential threat", "cannot afford", "can't afford", "some trouble",
    "troubling", "encouraging", "promising", "hopeful", "optimistic", "pessimistic",
    # Name-calling and scorn: the writer's verdict on people and ideas.
    "liar", "liars", "hypocrite", "hypocrites", "hypocrisy", "idiot", "idiots", "fool", "fools",
    "thug", "thugs", "crook", "crooks", "cultish", "blind faith", "disgrace", "travesty", "farce",
    "nonsense", "damn", "pandering", "demagogue", "demagoguery",
)  # fmt: skip

MENTAL_STATES: Final = (
    # What someone wants, feels or has understood, as the writer reads their mind. If they said it,
    # an attribution rule credits them; told by the writer it cannot be checked.
    "want", "wants", "wanted", "does not want", "doesn't want", "wish", "wishes", "wished",
    "hope", "hopes", "fear", "fears", "feel", "feels", "felt", "realize", "realizes", "realized",
    "realise", "realises", "realised", "understands", "is serious about", "are serious about",
    "is inclined", "are inclined", "more inclined", "is determined", "are determined",
    "is eager", "are eager", "is keen", "are keen", "is worried", "are worried", "is afraid",
    "are afraid", "is frustrated", "are frustrated", "is angry", "are angry", "is happy",
    "are happy", "is pleased", "are pleased", "likes", "dislikes", "loves", "hates",
    "is convinced", "are convinced", "is aware", "are aware", "the need for",
)  # fmt: skip

GLOSS_VERBS: Final = frozenset(
    {
        # "This means ...", "Those “foreign factors” mean ...": a demonstrative subject and one of
        # these verbs is the writer explaining or inferring, not reporting.
        "mean", "means", "meant", "refer", "refers", "implies", "imply", "suggests", "suggest",
        "shows", "show", "proves", "prove", "signals", "signal", "tells", "tell", "illustrates",
        "illustrate", "underscores", "underscore", "highlights", "highlight", "reflects", "reflect",
    }
)  # fmt: skip

EVENT_VERBS: Final = frozenset(
    {
        # Verbs of events and records: something happened that a record, a vote or a count can
        # confirm. In their past and present forms, as news writes them.
        "signed", "signs", "visited", "visits", "killed", "kills", "died", "dies", "voted", "votes",
        "won", "wins", "lost", "loses", "rose", "rises", "risen", "fell", "falls", "fallen",
        "grew", "grown", "dropped", "declined", "increased", "decreased", "doubled", "tripled",
        "halved", "announced", "announces", "approved", "approves", "rejected", "passed",
        "vetoed", "ruled", "sentenced", "convicted", "acquitted", "charged", "indicted",
        "arrested", "detained", "released", "freed", "fired", "hired", "appointed", "nominated",
        "elected", "re-elected", "resigned", "retired", "launched", "opened", "closed", "banned",
        "sued", "filed", "pleaded", "settled", "paid", "raised", "spent", "cut", "sold", "bought",
        "invested", "earned", "donated", "published", "endorsed", "defeated",
        "withdrew", "attacked", "invaded", "bombed", "struck", "shot", "injured", "wounded",
        "met", "held", "hosted", "attended", "ratified", "imposed", "lifted", "sent",
        "arrived", "fled", "deported", "admitted", "recorded", "reported", "scored",
        "finished", "led", "leads", "trailed", "trails", "topped", "reached", "surpassed",
        "founded", "established", "built", "destroyed", "collapsed", "erupted", "began", "ended",
        "disclosed", "confirmed", "occurred", "happened", "took place", "introduced", "enacted",
        "repealed", "expired", "extended", "agreed", "ordered", "issued", "declared", "granted",
        "awarded", "received", "joined", "quit", "dismissed", "suspended", "canceled",
        "cancelled", "postponed", "delayed", "scheduled",
        # Finds and seizures, as archaeology, customs and police reports write them: "Researchers unearthed
        # murals within the tomb", "Customs seized fake chips".
        "unearthed", "discovered", "excavated", "seized", "confiscated", "intercepted", "raided",
        # Accidents and rescues at sea, on rails and in the air: "The ferry capsized", "Nigerian vessels
        # intercepted that ship and rescued its crew".
        "rescued", "evacuated", "sank", "capsized", "derailed", "collided", "crashed", "hijacked",
        "kidnapped", "abducted",
    }
)  # fmt: skip

ANCHOR_WORDS: Final = (
    # Numbers written as words, and units that only come with a number ("one" is left out: "a
    # fortunate one" counts nothing).
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
    "thousands", "million", "millions", "billion", "billions", "trillion", "dozen", "dozens",
    "half", "twice", "percent", "per cent", "majority", "plurality", "unanimously",
    # Shares in words: "Eraring supplies around a quarter of the state's electricity", "a third of".
    "a quarter", "a third", "two-thirds", "three-quarters",
    # Ordinals and records: firsts and measured extremes are facts about a ranking ("best", "worst",
    # "most", "ever" are left out: "the best approach", "the greatest fear I have ever seen").
    "first", "second", "third", "fourth", "fifth", "sixth", "last place", "last time", "record",
    "highest", "lowest", "largest", "biggest", "smallest", "fewest",
    "never before", "for the first time", "so far", "to date",
    # Time: a date pins an event down ("yesterday", "last week", "in April").
    "yesterday", "today", "tonight", "tomorrow", "ago", "last night", "last week", "next week", "last month",
    "next month", "last year", "next year", "this week", "this month", "this year",
    "earlier this", "later this", "on the eve of", "still not", "not yet", "has yet to",
    "have yet to",
)  # fmt: skip

MONTHS_AND_DAYS: Final = frozenset(
    {
        # Capitalised names that date a clause; matched as written, so "may" the modal is not one.
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday",
    }
)  # fmt: skip
