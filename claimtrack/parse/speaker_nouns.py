"""Common-noun speaker phrases: bodies and sources named by what they are ("the foreign ministry",
"officials", "a person close to the Clintons", "aviation experts"), documents ("The latest Rasmussen
Reports poll", "the report") and shares or counts ("42%", "half of Democrats")."""

from __future__ import annotations

from claimtrack.parse.mention import Mention, Span
from claimtrack.parse.outlets import outlet_named
from claimtrack.parse.speaker_words import DESCRIBING, DETERMINERS, POSSESSIVE, POSTMODIFIERS
from claimtrack.parse.tokens import Token, is_capitalised
from claimtrack.rules import Rules

_MAX_DOCUMENT_LEAD = 7  # words before a document's head: "the latest Rasmussen Reports poll"
_MAX_COMMON = 10  # "a person familiar with the planning for the meeting": a described source
# the same opening with "a" or "an": "an official with the largest port on the U.S. East Coast"
_MAX_DESCRIBED = 12
_NOT_PLURAL = frozenset(
    {"this", "unless", "news", "series", "analysis", "perhaps", "always", "sometimes", "whereas", "thus",
     "various", "previous", "serious", "famous", "nervous", "obvious", "anxious", "generous", "business",
     "congress", "progress", "address", "access", "success", "process", "witness", "less", "across",
     # Verbs in the third person that a subject search may stop at: "This comes a day after ...".
     "comes", "goes", "does", "makes", "takes", "gets", "seems", "means", "remains", "follows", "marks",
     "happens", "becomes", "includes", "looks", "appears", "leaves", "brings", "gives", "keeps", "shows"}
)  # fmt: skip


_NEVER_SPEAKING = frozenset(
    {"time", "way", "moment", "day", "week", "month", "year", "point", "end", "fact", "case", "meantime",
     "while", "same", "rest", "least", "first", "last", "beginning", "outset", "before", "after", "ago",
     "later", "earlier", "in", "past", "future", "present",
     # adverbs and adjectives a subject search may stop at: "But the very same week X denied"
     "very", "quite", "next", "following", "previous", "coming"}
)  # fmt: skip  # nouns of time and manner that a subject search may stop at


_KNOWING = frozenset({"familiar", "close", "knowledgeable", "briefed"})  # a source's knowledge after its noun


def _named_before(words: list[Token], k: int) -> bool:
    """Whether the words before word `k` are a name: capitalised, after "the" or not."""
    first = 1 if words[0].text in ("the", "The") else 0
    return first < k and all(w.text[:1].isupper() for w in words[first:k])


def _modifies(words: list[Token], lowered: list[str], k: int, last: int, rules: Rules) -> bool:
    """Whether the document's word at `k` and the words after it only modify a body's noun closing the
    phrase ("the budget office", "the report committee"): no preposition, verb or possessive between;
    not "a report by the audit office", "the poll the committee released"."""
    between = lowered[k + 1 : last]
    if any(w in POSTMODIFIERS or w in DESCRIBING or w in rules.cues or w == "by" for w in between):
        return False
    if any(w in DETERMINERS for w in between):
        return False
    return not any(w.text.endswith(POSSESSIVE) for w in words[k:last])


def document_phrase(text: str, words: list[Token], lowered: list[str], rules: Rules) -> Mention | None:
    """A document with what describes it: "The latest Rasmussen Reports poll", "New polls released
    Sunday", "a survey conducted by Jane Doe", "The polling that was done before the primary"."""
    if rules.documents.isdisjoint(lowered[:_MAX_DOCUMENT_LEAD]) and rules.outlet_voices.isdisjoint(
        lowered[:-2]
    ):
        return None  # no document's word and no outlet's voice (most phrases): two set tests, no scan
    k = next((i for i, w in enumerate(lowered[:_MAX_DOCUMENT_LEAD]) if w in rules.documents), None)
    voice = next((i for i, w in enumerate(lowered[:-2]) if _voiced(words, lowered, i, rules)), None)
    if voice is not None and (k is None or voice < k):
        k = voice  # "the news of Anadolu Agency": an outlet's voice, not a document
    if k is None or (k == 0 and len(words) > 1 and not words[0].text[:1].isupper()):
        return None
    if k > 0 and words[k].text[:1].isupper() and words[k - 1].text.islower():
        return None  # "her husband Bill", "president Bill Clinton": a name that is also a document's word
    if _given_name(words, lowered, k, rules):
        return None  # "Bill Clinton", "Mayor Bill de Blasio"
    if _medium_named(words, lowered, k, rules):
        return None  # "Business news website Westbank": a medium's name after its noun
    if k == len(words) - 1 and k > 0 and words[k].text in rules.outlet_words and _named_before(words, k):
        return None  # "the Harbour Post": an outlet's word closing a name, a paper
    last = len(words) - 1
    if k < last and lowered[last] in rules.organisations and _named_before(words, last + 1):
        return None  # "The Westmere Audit Office": a body's word closing a name of capitalised words
    if k < last and lowered[last] in rules.organisations and _modifies(words, lowered, k, last, rules):
        return None  # "the budget office", "the nonpartisan Audit Office": the body's noun is the head
    if _titled_after(words, lowered, k, rules):
        return None  # "House Budget Committee chairman Paul Ryan": a person the body's title names
    if (words[k].text[:1].isupper() or is_capitalised(words[-1].text)) and _in_a_titles_complement(
        lowered, k, rules
    ):
        # "Minister of Rural Policy Jane Roe", "director of policy Jane Roe": the document's word is the
        # portfolio's
        return None
    if k == len(words) - 1 and k < 2:
        return None  # "the report", "Polls": the common-noun rules read these
    if k < len(words) - 1 and lowered[k + 1].removesuffix("s") in rules.titles:
        # "a former budget adviser", "poll workers", "Sports law expert Jane Roe of Harbour University":
        # the document's word only says of what
        return None
    # a name's possessive opening the phrase is its owner's: "Westbank's Weekly Home Loan Survey" (the
    # leading capitalised words, before a capitalised document's word; not a day's: "Monday's Morning Email")
    named_lead = next((j for j, w in enumerate(words[:k]) if not w.text[:1].isupper()), k)
    dated = words[0].text.removesuffix("'s").removesuffix("’s") in rules.months_and_days
    owned = words[k].text[:1].isupper() and not dated
    for j, (w, low) in enumerate(zip(words[:k], lowered[:k], strict=True)):
        verbal = low in rules.cues or low in rules.auxiliaries or low in rules.relatives
        if (
            verbal
            or (w.text.endswith(POSSESSIVE) and not (owned and j < named_lead))
            or (low in POSTMODIFIERS and low != "of")
            or low in rules.pronouns
            # "chair of the ruling coalition": a title's complement, not a document's word ("ruling")
            or (low in rules.titles and lowered[j + 1] in ("of", "for", "at"))
        ):
            # "officials familiar with the count": the document stands in what describes the head
            return None
        if not (low in DETERMINERS or w.text[:1].isupper() or w.text[:1].isdigit() or w.text.isalpha()):
            return None
    described = lowered[k + 1 : k + 2] and lowered[k + 1] in DESCRIBING  # "a statement posted on X"
    rest = lowered[k + 2 :] if described else lowered[k + 1 :]
    if words[k].text.endswith(POSSESSIVE) or any(w in rules.cues for w in rest):
        return None
    if any(w in rules.auxiliaries for w in rest) and any(w in rules.pronouns for w in rest):
        return None  # "the course of their report they could not resist": a clause after the document
    span = (words[0].start, words[-1].end)
    voice = lowered[k] in rules.outlet_voices and lowered[k + 1 : k + 2] in (["in"], ["of"], ["by"])
    outlet = outlet_named(text, words[k + 2 :], rules) if voice else None
    if outlet is not None:  # "An editorial in the Global Times": the paper speaking for itself
        return Mention(outlet, "outlet", words[k].text, span)
    if lowered[k] not in rules.documents:
        return None  # "the news of his death": no one's news
    return Mention(text[span[0] : span[1]], "document", None, span)


def _voiced(words: list[Token], lowered: list[str], i: int, rules: Rules) -> bool:
    """ "news of", "editorials in": a word in lower case for what an outlet says, before whose it is."""
    return (
        lowered[i] in rules.outlet_voices and words[i].text.islower() and lowered[i + 1] in ("in", "of", "by")
    )


def is_quantity(lowered: list[str], rules: Rules) -> bool:
    """A phrase opening with a share or a count: "42%", "half of", "a third of", "at least 40 percent"."""
    k = 0
    while k < min(len(lowered) - 1, 2) and lowered[k] in ("a", "an", "at", "the"):
        k += 1
    if k < len(lowered) - 1 and lowered[k] in _SIZES:
        k += 1  # "Large majorities of voters", "a narrow majority of members"
    first = lowered[k]
    return first.split("-")[0] in rules.quantities or first[:1].isdigit()


# adjectives of size before a share: "Large majorities of voters", "an overwhelming majority"
_SIZES = frozenset({"large", "vast", "overwhelming", "narrow", "slim", "clear", "small", "big", "huge"})


def common(
    phrase: str, words: list[Token], lowered: list[str], head: str, *, span: Span, rules: Rules
) -> Mention | None:
    """A common-noun phrase: "the foreign ministry", "officials", "the report", "85% of Democrats"."""
    # a source described at length opens with "a"/"an" and a source's noun: "an official with the largest
    # port on the U.S. East Coast" (not "The controversy centers on comments Clinton made Tuesday ...", nor
    # "a growing condemnation of social media by President X")
    described = lowered[0] in ("a", "an") and (head in rules.anonymous or head in rules.titles)
    longest = _MAX_DESCRIBED if described else _MAX_COMMON
    # a source described by what it knows, which nouns a cue may spell name: "a person familiar with the
    # firm's plans", "officials close to the board's plans" (only the words up to "familiar" read)
    knows = next((k for k in range(1, len(words)) if lowered[k] in _KNOWING and lowered[k - 1] == head), None)
    source = knows is not None and (head in rules.anonymous or head.removesuffix("s") in rules.anonymous)
    if not _plain(words[:knows] if source else words, rules) or _adverb(head, rules) or len(words) > longest:
        return None
    single = head[:-1]  # each table asked in turn: no union of the three built for each phrase
    if head.endswith("s") and (
        single in rules.organisations or single in rules.documents or single in rules.titles
    ):
        head = single  # "organizations", "reports", "senators"
    if head in _NEVER_SPEAKING:
        return None  # "but at the same time recalled": a time, not a speaker
    if head in rules.documents:
        return Mention(phrase, "document", None, span)
    if head in rules.anonymous:
        return Mention(phrase, "anonymous", None, span)
    if head in rules.organisations:
        return Mention(_named_body(phrase, words, lowered, span), "organisation", None, span)
    if head in rules.titles:
        return Mention(phrase, "person" if lowered[0] in DETERMINERS else "anonymous", None, span)
    quantity = is_quantity(lowered, rules)
    if quantity and phrase.lower() not in ("one", "all"):
        return Mention(phrase, "anonymous", None, span)
    if lowered[0] in DETERMINERS and len(words) >= 2 and words[-1].text.isalpha():
        return None if _past_verb_inside(lowered) else Mention(phrase, "anonymous", None, span)
    if plural_noun(head) and len(words) <= 5 and all(w.isalpha() or "-" in w for w in lowered):
        return Mention(phrase, "anonymous", None, span)  # "aviation experts", "friends and former foes"
    return None


def _named_body(phrase: str, words: list[Token], lowered: list[str], span: Span) -> str:
    """A body's capitalised name without what it is "of" in lower case after it: "The Harbour Reef Alliance
    of diving clubs" is "The Harbour Reef Alliance" (not "the ministry of health", unnamed)."""
    k = next((k for k in range(1, len(words) - 1) if lowered[k] == "of"), None)
    if k is None or not words[k - 1].text[:1].isupper() or not all(w.text.islower() for w in words[k:]):
        return phrase
    if sum(w.text[:1].isupper() and w.text != "The" for w in words[:k]) < 2:
        return phrase  # "the Ministry of health": the noun alone names no body
    return phrase[: words[k - 1].end - span[0]]


def _past_verb_inside(lowered: list[str]) -> bool:
    """Whether a past form after the phrase's noun goes on with its object, a clause and no source: "the
    firm owed customers an apology", "the council approved the plan" (not "the people affected by the
    floods", "the officials involved in the talks", "the families displaced": a participle describing)."""
    for k in range(2, len(lowered) - 1):
        before, word, after = lowered[k - 1], lowered[k], lowered[k + 1]
        # (not "US-based" nor "banker turned envoy")
        past = word.endswith("ed") and word.isalpha() and word != "turned"
        if past and before.isalpha() and not before.endswith("ly") and before not in DETERMINERS:
            return after not in POSTMODIFIERS and after not in ("by", "as", "after", "over", "during")
    return False


def described_head(lowered: list[str], rules: Rules) -> str | None:
    """The head of "a person close to X", "a longtime adviser to both Clintons": the noun before the
    first preposition, when a determiner opens the phrase and the noun is a known kind of source."""
    if len(lowered) < 3:
        return None
    for k in range(1, len(lowered)):
        if lowered[k] in ("on", "in") and lowered[k + 1 : k + 2] and _dating(lowered[k + 1], rules):
            return None  # "The Security Council on Friday": a time, not what describes the head
        if lowered[k] in POSTMODIFIERS:
            head = lowered[k - 1]
            if k > 1 and lowered[k] in _PARTICIPLE_LINKS and head.endswith("ed") and head not in _CONNECTING:
                # "the nurse charged with theft", "councillors accused of rigging": the noun before
                head = lowered[k - 2]
            if k > 1 and head in rules.titles and rules.given_name(lowered[k - 2]):
                return None  # "Senator Barbara Boxer of California": after a given name, a surname
            known = (rules.anonymous, rules.titles, rules.organisations, rules.documents)
            if any(head in table or head.removesuffix("s") in table for table in known):
                return head
            # "the boosters in X", "Clinton's boosters in X"
            opened = lowered[0] in DETERMINERS or lowered[0].endswith(POSSESSIVE)
            return head if opened and plural_noun(head) else None
    return None


def _dating(word: str, rules: Rules) -> bool:
    """A weekday, a month or a year: "on Friday", "in March", "in 2016"."""
    return word.capitalize() in rules.months_and_days or (word.isdigit() and len(word) == 4)


def plural_noun(word: str) -> bool:
    """A lower-case plural noun: "forecasters", "lobbyists" (people speaking as a group)."""
    return (
        word.isalpha() and word.islower() and len(word) > 4 and word.endswith("s") and word not in _NOT_PLURAL
    )


def _describing(words: list[Token], k: int, opened: bool) -> bool:
    """Whether the past form at `k` describes the noun after it ("Informed sources", "the worried
    residents"): first in the phrase or after its determiner, before a plain word."""
    low = words[k].text.lower()
    if not low.endswith("ed") or k + 1 >= len(words) or words[k].after or k > (1 if opened else 0):
        return False
    noun = words[k + 1].text
    return noun.isalpha() and noun.islower()


# prepositions after a participle describing the noun before it: "charged with", "accused of", "led by"
_PARTICIPLE_LINKS = frozenset({"of", "with", "by"})
# participles that join two things compared, no description: "60% back the plan compared with 30%"
_CONNECTING = frozenset({"compared", "combined", "coupled", "contrasted"})


def _postmodifying(words: list[Token], k: int) -> bool:
    """Whether the past form at `k` describes the noun before it, a preposition after it: "the nurse
    charged with theft", "councillors accused of rigging the vote" (a participle, no verb of the phrase)."""
    low = words[k].text.lower()
    if not low.endswith("ed") or k == 0 or k + 1 >= len(words) or words[k - 1].after or words[k].after:
        return False
    before = words[k - 1].text
    if low in _CONNECTING or not before.isalpha() or before.lower() in DETERMINERS:
        return False
    return words[k + 1].text in _PARTICIPLE_LINKS


def _plain(words: list[Token], rules: Rules) -> bool:
    """A common-noun phrase made of ordinary words: no verbs we know of, and no subject pronouns unless
    the phrase opens with a determiner ("all the experts I interviewed", not "September 27 they ...")."""
    opened = words[0].text.lower() in DETERMINERS or words[0].text.lower() in ("all", "most", "many")
    head = words[-1].text.lower()
    for k, w in enumerate(words):
        low = w.text.lower()  # once per word
        if (
            (
                low in rules.cues
                and not (w is words[-1] and head in rules.noun_cues)  # "The reports"
                and not _describing(words, k, opened)  # "Informed sources", "Worried residents"
                and not _postmodifying(words, k)  # "Councillors accused of rigging the vote"
            )
            or (w.text.islower() and w.text in rules.auxiliaries)  # not "Theresa May"
            or low.endswith(("n't", "n’t"))  # "the diplomat couldn't recall ...": a clause
            or (low in rules.pronouns and not opened)
        ):
            return False
    return True


def _adverb(head: str, rules: Rules) -> bool:
    """A head in "-ly" is an adverb ("immediately"), unless it names a publication ("the daily") or is a
    noun of `Rules.ly_nouns` ("the family")."""
    return head.endswith("ly") and head not in rules.publication_anaphora and head not in rules.ly_nouns


def _titled_after(words: list[Token], lowered: list[str], k: int, rules: Rules) -> bool:
    """Whether a title after the document noun at `k` closes the phrase with a capitalised name ("House
    Budget ranking member Chris Van Hollen", "Census Bureau director Jane Doe", with what the title is of:
    "CoreLogic RP Data head of research Tim Lawless"): the document's word names
    a body the person holds an office in. A word telling who made or sent the document ("a survey
    conducted by pollster Jane Doe", "a letter from Senator Jane Doe") keeps it a document."""
    t = next((i for i in range(k + 1, len(words) - 1) if lowered[i] in rules.titles), None)
    if t is None or any(w in DESCRIBING or w in POSTMODIFIERS or w == "by" for w in lowered[k + 1 : t]):
        return False
    n = t + 1
    if n < len(words) and lowered[n] in ("of", "for"):  # "CoreLogic RP Data head of research Tim Lawless"
        while n < len(words) and words[n].text.islower():
            n += 1
    return n < len(words) and all(w.text[:1].isupper() for w in words[n:])


def _given_name(words: list[Token], lowered: list[str], k: int, rules: Rules) -> bool:
    """Whether the document noun at `k` is a first name: "Bill" before a capitalised word, perhaps past
    a particle ("Bill de Blasio")."""
    if lowered[k] not in rules.given_names or not words[k].text[:1].isupper():
        return False
    rest = [w for w in words[k + 1 : k + 4] if w.text.lower() not in ("de", "van", "von", "der", "la")]
    return bool(rest) and rest[0].text[:1].isupper() and not rest[0].text[:1].isdigit()


def _medium_named(words: list[Token], lowered: list[str], k: int, rules: Rules) -> bool:
    """Whether a phrase closes with a name right after a publication's noun (`Rules.publications`) that
    the document's word `k` is or describes: "news website Westbank" (not "A statement posted on the website
    Westbank.com", the statement's)."""
    j = len(words)
    while j > 0 and is_capitalised(words[j - 1].text):
        j -= 1
    return 1 < j < len(words) and k in (j - 2, j - 1) and lowered[j - 1] in rules.publications


def _in_a_titles_complement(lowered: list[str], k: int, rules: Rules) -> bool:
    """Whether word `k` stands after a title and its "of" or "for": "Minister of Rural Policy",
    "Director for Budget Planning"."""
    links = [i for i in range(1, k) if lowered[i] in ("of", "for")]
    return any(lowered[i - 1] in rules.titles for i in links)
