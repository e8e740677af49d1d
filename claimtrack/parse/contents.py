"""Where a cue's content starts ("said that C", "told reporters C", "pledged to V", "announced
Tuesday that C") and where it is cut short: a closing quotation mark, a subordinate or concessive
clause, an outlet credited at the end ("..., reports Kyodo").
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs

from claimtrack.model import Outlet
from claimtrack.parse.credits import closing_credit, known_outlet, outlet_word
from claimtrack.parse.cues import CueHit, is_figure
from claimtrack.parse.outlets import find_outlet, site_address, uncapitalised_outlet
from claimtrack.parse.reader_base import SKIP_LEADS, Span, has_quote_mark
from claimtrack.parse.speaker_nouns import plural_noun
from claimtrack.parse.speakers import date_length, number_bound
from claimtrack.parse.subjects import Subjects
from claimtrack.parse.tokens import Token, is_capitalised
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules

# nouns for a paper, a station or a programme after its name, in lower case ("the Chicago Tribune newspaper",
# "Nine's Today program"); not "daily", "weekly": adjectives as often ("USA TODAY's weekly video series")
# the means a saying came by, after its cue: "said by telephone that C", "told by text message"
BY_MEANS = frozenset({"phone", "telephone", "email", "e-mail", "text", "video", "videolink", "letter"})
# a word naming the kind of means before it: "by mobile phone", "by satellite phone", "by video link"
BY_MEANS_KINDS = frozenset({"mobile", "satellite", "cell", "cellular", "secure"})
# how long a saying has gone on, after its cue: "has said for weeks he is the only one", "argued for
# years that C"; a figure or "several" may stand before the unit ("for two decades")
_DURATIONS = frozenset({"days", "weeks", "months", "years", "decades", "ages"})
_DURATION_COUNTS = frozenset({"several", "many", "some", "a", "few", "two", "three", "four", "five", "six"})
# words opening a thing pledged after a cue of promise: "pledged an independent inquiry", "promised more
# money for schools", "vowed a swift response" (not "promised him", whom it was promised to)
_PLEDGED_THINGS = frozenset(
    {"a", "an", "more", "new", "further", "full", "fresh", "swift", "tougher",
     # and things pledged with no article: "vowed loyalty to Europe", "pledged support for the plan"
     "loyalty", "support", "revenge", "retaliation", "cooperation", "solidarity", "action", "reforms",
     "funding", "aid", "help",
     # and one's own: "pledged her vote to Tom Hale", "pledged its backing to the ferry plan"
     "his", "her", "its", "their", "our"}
)  # fmt: skip
_MONEY = frozenset("$£€0123456789")  # a sum pledged: "pledged $5 million to the fund"
_NOT_AN_ESTIMATE = frozenset(
    {"he", "she", "it", "they", "we", "i", "this", "there", "have", "has", "had", "are", "were", "was", "is",
     "will", "would", "could", "may", "might", "show", "put",
     # a preposition: the participle of a passive or a figure's phrase, "the 282,000 estimated for May"
     "for", "at", "in", "on", "by", "from", "as"}
)  # fmt: skip
_FIGURE_REACH = 8  # words of an estimate's noun phrase read for its figure: "the damage to the port at $2"
# words after "to" that open a noun phrase, not a verb: "vowed loyalty to the party" is no "to V"
_NOUN_AFTER_TO = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"}
)
# the finite cues that take such a thing (not "threatening an attack" in a phrase of the writer's)
_PLEDGING = frozenset({"pledged", "pledges", "promised", "promises", "vowed", "vows"})
_MEDIUM_NOUNS = frozenset(
    {"program", "programme", "show", "podcast", "newspaper", "paper", "magazine", "channel", "network",
     "website", "broadcaster", "station", "radio", "television", "agency", "media"}
)  # fmt: skip
_PREPOSITIONS = frozenset(
    {"in", "on", "at", "to", "during", "after", "before", "with", "of", "for", "from", "by", "about",
     "over", "via", "through", "into", "as", "so", "yes", "no", "goodbye", "nothing", "something",
     "outside", "inside", "near", "ahead", "behind"}
)  # fmt: skip


_MEDIUM_WORDS = 6  # words after "on" or "in" read for a medium's name before a clause with no "that"


def _plain_object(words: list[Token]) -> bool:
    """A noun phrase with no prepositional phrase but "of" ("the British Medical Association", "the over
    8,000 unemployed nurses": a preposition before a number is a quantity)."""
    for k, word in enumerate(words):
        low = word.text.lower()
        if low in _PREPOSITIONS and low != "of":
            if k + 1 < len(words) and words[k + 1].text[:1].isdigit():
                continue
            return False
    return True


_NOT_SUBJECTS = _PREPOSITIONS | {"as"}  # words opening no bare clause's subject: "cautioned, as did X, that"
_MAX_ADMONISHED = 12  # words of whom an admonition addresses, then "to": "members of the public in ... to"
_MAX_ASIDE = 8  # words of an aside between a cue's comma and its "that": "cautioned, however, that C"
_TIME_WORDS = frozenset(
    {"today", "tonight", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "recently", "again", "also", "repeatedly", "publicly", "privately", "flatly", "later",
     "earlier",
     # agency copy's place of the saying: "said here Tuesday that C", "told reporters here on Monday"
     "here"}
)  # fmt: skip
# words after the one "told" addresses that open no clause: "told reporters outside his hotel", "told
# the BBC in an interview"
_AFTER_THE_ADDRESSED = frozenset(
    {"in", "on", "at", "outside", "inside", "near", "ahead", "behind", "during", "after"}
)  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "his", "her", "their"})  # open the one addressed: "told the crowd"
# words after the one told that open the writer's adjunct, no clause of what was told: "told Harbour Wire
# on Friday amid fears ..." (not "told Congress when asked ...: “C”")
WRITERS_ADJUNCTS = frozenset({"amid", "despite", "following"})
_ADDRESSEE_ENDS = _AFTER_THE_ADDRESSED | {"about"}  # "informed the government about C"
_APPROXIMATELY = frozenset({"about", "over", "around", "nearly", "almost", "roughly"})  # "said about half"
_TIME_OPENERS = frozenset({"on", "last", "this", "early", "late"})  # words a time phrase cannot end with
_PARTICLES = (
    frozenset(  # after a cue taking a thing, words that may lead to "that": "wrote on Twitter that C"
        {"for", "on", "by", "in", "at", "as", "out", "up", "off", "down", "back", "over", "to"}
    )
)
_NOT_A_CLAUSE = frozenset(
    {"should", "would", "could", "will", "can", "may", "might", "must", "is", "are", "was", "were",
     "has", "have", "had", "goodbye", "hello", "thanks", "sorry"}
)  # fmt: skip
_CONCESSIVE = frozenset({"though", "although", "whereas"})
# what the writer tells of the speaker after ", but" (a pronoun first or not), as wire copy closes a
# claim: "X said divers found the wreck, but she did not immediately name the ship", "..., but
# gave no further details"
_NARRATED = (
    ("did", "not", "immediately"),
    ("didn't", "immediately"),
    ("did", "not", "elaborate"),
    ("gave", "no"),
    ("offered", "no"),
    ("provided", "no"),
)
_NARRATED_SUBJECTS = frozenset({"he", "she", "they", "it"})
_CONCESSION_WORDS = 4  # a concessive clause cut off a content has at least these words, none set off
_NOT_A_CONCESSION = frozenset({"not", "never", "perhaps", "still"})  # "though not the results"
_PHRASE_OPENERS = frozenset({"at", "in", "on", "with", "by", "for", "from", "over", "under", "within"})
_MAX_PHRASE = 7  # words of a concessive phrase with no verb, to its comma: "although at a gentler rate"
_CLAUSE_OPENERS = frozenset(
    {"there", "the", "a", "an", "I"}
)  # open a bare clause after a time: "said Monday the C"


# words from a cue's lead to its "that": "said in a statement following a briefing on the programme at his
# residence that C"; past `_LEAD_WORDS`, only when no verb or question word stands between
_LEAD_WORDS = 12
_LEAD_REACH = 20
_ACT_WINDOW = 6  # words of an act's object read for an intention's "to"
_BARE_SUBJECT = 5  # words of a subject before the finite verb of a bare clause: "his 2012-13 surplus will"


@functools.lru_cache(maxsize=8)
def _gloss(rules: Rules) -> re.Pattern[str]:
    """ ", a reference to", ", an apparent allusion to", ", in a swipe at", ", a retreat that", ", a move
    that", ", an accusation Harbour has denied", " – a type of": where a writer's gloss, summing-up or
    definition starts."""
    nouns = alternation(rules.glosses)
    summing = alternation(rules.summing_nouns)
    spoken = alternation(rules.speech_nouns)
    return re.compile(
        rf", (?:in )?(?:an? |the )?(?:\w+ ){{0,2}}?{nouns} (?:to|at)\b"
        rf"|, an? (?:[\w-]+ ){{0,2}}?{summing} (?:that|which|to|for)\b"  # ", a move that surprised analysts"
        # ", an accusation Harbour has denied", ", a claim the firm rejects": C named, then who answers it
        rf"|, an? (?:[\w-]+ ){{0,2}}?{spoken} (?=[A-Z]|the |it |he |she |they )"
        # ", a type of hack used by ...", " – a form of X": the writer's definition of a term
        rf"|(?:,| [–—]) an? {alternation(rules.defining_nouns)} (?:of|for)\b"
    )


_COMMA_REACH = 8  # characters read back from a content for the comma before it


@functools.lru_cache(maxsize=8)
def _summing_opening(rules: Rules) -> re.Pattern[str]:
    """ "a move that", "a range that": the writer's summing-up opening a stretch of text."""
    return re.compile(rf"an? (?:[\w-]+ ){{0,2}}?{alternation(rules.summing_nouns)} (?:that|which)\b")


# a pronoun object, perhaps "as" and a determiner, then an opening quotation mark: "it “", "this as a “"
_QUOTED_OBJECT = re.compile(
    r"(?:it|this|that|them|him|her|these|those)"
    r"(?P<named>[ ]as(?:[ ](?:her|his|their|its|a|an|the))?)?[ ][“\"«]"
)
# what a cue of `Rules.quote_namers` names or charges, up to four words, perhaps "as" or "of" and a
# determiner, then an opening quotation mark: "China “", "the act “", "Norvale of “", "the plan as a “"
_NAMED_OBJECT = re.compile(
    r"(?:[\w'’-]+[ ]){0,3}?[\w'’-]+(?P<named>[ ](?:as|of)(?:[ ](?:her|his|their|its|a|an|the))?)?[ ][“\"«]"
)
_QUOTED_WORDS = 2  # words a quotation after its object needs to be the content alone
_CLOSE_REACH = 3  # characters after a content read for the quotation mark closing it: ",”"
_COMMA = re.compile(r",\s+")
# "... when contacted by Bernama Radio": an outlet that reached the speaker, closing a sentence
_REACHED = re.compile(r",?[ ]when[ ](?:contacted|approached|asked)[ ]by[ ]")
_REACHED_REACH = 60  # characters at a content's end read for it


# words opening an adverbial phrase or clause after "said on Saturday,": what follows is no content
# (not "as", "when": "said when the story broke, “C”" goes on to its content)
_ADVERBIAL_OPENERS = frozenset({"amid", "despite", "ahead", "with", "after", "before"})


def _past_means(words: list[Token], i: int) -> int:
    """Past the means a saying came by at `i` ("by telephone", "by text message", "by mobile phone"),
    else `i`."""
    if i + 2 >= len(words) or words[i].text != "by":
        return i
    k = i + 2 if words[i + 1].text.lower() in BY_MEANS_KINDS else i + 1
    if k + 1 >= len(words) or words[k].text.lower() not in BY_MEANS:
        return i
    return k + 2 if words[k + 1].text.lower() in ("message", "call") and k + 2 < len(words) else k + 1


def _past_duration(words: list[Token], i: int) -> int:
    """Past how long a saying has gone on at `i` ("for weeks", "for two decades", "for a few years"),
    else `i`; the phrase is set off by no comma and something follows it."""
    if i + 2 >= len(words) or words[i].text != "for":
        return i
    j = i + 1
    while (
        j < min(len(words) - 1, i + 3)
        and (words[j].text.lower() in _DURATION_COUNTS or words[j].text.isdigit())
        and not words[j].after
    ):
        j += 1
    if words[j].text.lower() not in _DURATIONS or any(w.after for w in words[i:j]) or j + 1 >= len(words):
        return i
    return j + 1 if not words[j].after else i


def _approximate(words: list[Token], j: int) -> bool:
    """Whether "about" at `j` stands before a figure ("at about 7pm", "about 30 people"): an approximation,
    not what a cue is about."""
    return words[j].text == "about" and j + 1 < len(words) and words[j + 1].text[:1].isdigit()


def _relative_after_comma(words: list[Token], i: int, j: int) -> bool:
    """Whether the "that" at `j`, past a comma after word `i`, opens a relative clause (a verb follows
    it): "told them to stop, in remarks that may anger them" (not "told them, in remarks, that C")."""
    verb = words[j + 1].text in _NOT_A_CLAUSE or words[j + 1].text.endswith("ed")
    return verb and any(w.after[:1] == "," for w in words[i : j - 1])


def _past_quoting_outlet(words: list[Token], cue: int, i: int) -> int:
    """Past "by" at `i` and a capitalised name up to "that", after a cue closing with "saying" at `cue`
    ("is quoted as saying by the BBC that C": the outlet that quoted, then what was said); else `i`."""
    if i >= len(words) or words[i].text != "by" or words[cue].text != "saying":
        return i
    that = next(
        (k for k in range(i + 2, min(len(words), i + _QUOTING_NAME)) if words[k].text == "that"), None
    )
    named = that is not None and all(is_capitalised(w.text) or w.text == "the" for w in words[i + 1 : that])
    return that + 1 if named and that is not None and that + 1 < len(words) else i


_QUOTING_NAME = 6  # words from "by" to "that": "by the Harbour Evening News that"


def _counted(words: list[Token], start: int) -> bool:
    """Whether the words from `start` open with a figure, perhaps after a word of about how many ("more
    than 800,000", "about 2,000", "nearly 500"; not "2024" alone, a year)."""
    k = start
    while k < min(len(words) - 1, start + _COUNT_LEAD) and words[k].text.lower() in _ABOUT:
        k += 1
    first = words[k].text
    return is_figure(first) and not (len(first) == 4 and first.isdigit() and first[:2] in ("19", "20"))


_ABOUT = frozenset({"more", "than", "over", "about", "nearly", "almost", "around", "some", "up", "to"})
_COUNT_LEAD = 2  # words of about how many before a figure: "more than", "up to"


@attrs.define
class Contents(Subjects):
    """Where a cue's content starts, and where it is cut short."""

    def _closing_mark(self, start: int, stop: int) -> int:
        """Where a content that stops before "and said C2" ends: after the closing mark of a quotation
        it opened ("called it “a total disaster,” and said"), else at `stop`."""
        piece = self.text[start:stop]
        if piece.count("“") > piece.count("”"):
            close = self.text.find("”", stop, stop + 3)
            if close >= 0:
                return close + 1
        return stop

    def _opening_mark(self, first: int, stop: int) -> int:
        """Where content starting at `first` begins: at the quotation mark before it when the quotation
        closes before the content ends ("said “we will win” and left": mixed); a quotation that runs to
        the end is content without its marks, as a direct quote's is."""
        if first == 0 or self.text[first - 1] not in '“«"':
            return first
        i = bisect.bisect_left(self._quote_opens, first - 1)
        if i < len(self.quotes) and self.quotes[i].open == first - 1:
            tail = self.text[self.quotes[i].end : stop].strip(" .,;:!?\u00a0")
            return first - 1 if tail else first
        return first

    def _trailing_credit(self, content: Span, *, any_name: bool = False) -> tuple[Span, Outlet | None]:
        """ "X said C, reports Kyodo." / "..., Reuters reported.": an outlet credited at the end of the
        sentence carried the claim; it is no part of the content. A name not of `Rules.outlets` is
        taken only with `any_name`, when the caller reads a speaker before it."""
        start, end = content
        credit = closing_credit(self.rules)
        for comma in _COMMA.finditer(self.text, max(start, end - 80), end):  # the first comma it follows
            if (m := credit.match(self.text, comma.end(), end)) is not None:
                break
        else:
            return self._reached_by(content)
        if self.in_quote(comma.start()):
            return content, None
        name = m.group("name") or m.group("name2")
        if name not in self.rules.outlets and not any_name:
            return content, None
        if m.group("doc") and not (
            known_outlet(name, self.rules) or outlet_word(name.split()[-1], self.rules)
        ):
            return content, None  # "according to an interview with Jane Roe": no outlet's
        head = self._trim(start, comma.start())
        if head is None:
            return content, None
        at = m.start("name") if m.group("name") else m.start("name2")
        return head, Outlet(name=name, span=(at, at + len(name)))

    def _reached_by(self, content: Span) -> tuple[Span, Outlet | None]:
        """ "X said C when contacted by Bernama Radio": the outlet that reached the speaker, closing the
        sentence, carried the claim; it is no part of the content."""
        start, end = content
        m = _REACHED.search(self.text, max(start, end - _REACHED_REACH), end)
        if m is None or self.in_quote(m.start()):
            return content, None
        outlet = find_outlet(self.text, m.start(), end, self.rules)
        head = self._trim(start, m.start()) if outlet is not None else None
        return (head, outlet) if head is not None else (content, None)

    def _only_credit(self, content: Span) -> bool:
        """Whether a content is only an outlet's credit: "X said at a meeting, informs Anadolu Agency"
        (the cue's content is elsewhere, before the speaker)."""
        m = closing_credit(self.rules).match(self.text, *content)
        return m is not None and (m.group("name") or m.group("name2")) in self.rules.outlets

    def summed_up(self, content: Span) -> bool:
        """Whether a content opens with the writer's summing-up, no one's words: "C, the firm said on
        Friday, a move that will cost 300 jobs" (the cue's content is C, before it); not a clause's
        subject after no comma ("said a move that cost jobs was needed")."""
        if not self.text[max(0, content[0] - _COMMA_REACH) : content[0]].rstrip().endswith(","):
            return False  # (a few characters back, no copy of the text before)
        return _summing_opening(self.rules).match(self.text, content[0], content[1]) is not None

    def _cut_gloss(self, content: Span) -> Span:
        """ "Kishida hoped the islands would be on the agenda, a reference to the Kurils dispute": the
        writer's gloss after the claim is no part of it."""
        m = _gloss(self.rules).search(self.text, content[0], content[1])
        if m is None or self.in_quote(m.start()):
            return content
        return self._trim(content[0], m.start()) or content

    def _quoted_object(self, content: Span, hit: CueHit) -> tuple[Span, str]:
        """ "saying it “smears a whole town.”", "called this “a plain land grab”",
        "describing it as her “darkest hour”": a pronoun standing for what is judged, then the
        speaker's words quoted to the content's end; the content is the quoted words. With the kind the
        cue implies: a name given "as" by a cue of `Rules.naming` is an opinion, as its whole content was."""
        m = _QUOTED_OBJECT.match(self.text, content[0], content[1])
        if m is None and hit.lemma in self.rules.quote_namers:  # "called Norvale “the gravest threat”"
            m = _NAMED_OBJECT.match(self.text, content[0], content[1])
        if m is None:
            return content, hit.kind
        close = self._quote_close(m.end(), content[1])
        if close is None:
            return content, hit.kind
        if len(self.text[m.end() : close].split()) < _QUOTED_WORDS:
            return content, hit.kind  # "called him “crooked”": one word quoted stays with what it names
        named = m.group("named") is not None and hit.lemma in self.rules.naming
        return self._trim(m.end(), close) or content, "opinion" if named else hit.kind

    def _quote_close(self, start: int, end: int) -> int | None:
        """Where the quotation opened right before `start` closes, when it runs to the content's end (or
        closes just past it, after a comma: "called the act “inadmissible,” adding"), or closes before a
        comma and "and" or "but" with no quotation after ("accused X of “Q,” and left"); else None."""
        inner = self.text[start:end]
        close = next((i for i, c in enumerate(inner) if c in '”"»'), None)
        if close is None:  # the content stops at the comma inside the quotation: the mark follows
            after = self.text[end : end + _CLOSE_REACH].lstrip(".,!?")
            return end if after[:1] in ("”", '"', "»") and not has_quote_mark(inner) else None
        rest = inner[close + 1 :].strip(" .,!?")
        if rest and (not re.match(r"(?:and|but)\b", inner[close + 1 :].lstrip(" ,")) or has_quote_mark(rest)):
            return None  # (not "calls X “Q1” and Y “Q2”": a second name given goes with the first)
        return start + close

    def _convenes(self, phrase: list[Token]) -> bool:
        """Whether the words after "called" name what it convenes: "a press conference", "elections";
        not "her vote a mistake" (a possessive names what is judged), nor "the vote a disaster"."""
        low = [w.text.lower() for w in phrase]
        if low[0] not in ("a", "an", "the") and low[0] not in self.rules.convened:
            return False
        j = next((j for j, w in enumerate(low) if w in self.rules.convened), None)
        if j is None:
            return False
        # "called the vote a disaster", 'called the vote "a turning point for the town"': what the thing is
        # called follows it, a name given, not a meeting convened
        named = low[j + 1] in ("a", "an") if j + 1 < len(low) else False
        return not (low[0] == "the" and (named or any(c in '"“«' for c in phrase[j].after)))

    def _act(self, words: list[Token], hit: CueHit, start: int) -> bool:
        """Whether what follows an act's cue is the thing done ("announced sanctions against Iran"), not
        words: no "that", no quotation, no clause ("announced it would ..."), no intention ("announced
        plans to give ...", "its intention to build")."""
        if hit.lemma in self.rules.counted_acts and hit.complement == "thing" and _counted(words, start):
            return True  # "supports more than 60,000 stranded families": people served, no stance
        if hit.lemma not in self.rules.acts:
            return False
        if hit.complement == "to":
            return words[start].text == "to"  # "the sides agreed to resume talks": a deal, the writer's news
        if hit.complement != "thing":
            return False
        cue_word = words[hit.last]
        if words[start - 1].text == "that" or has_quote_mark(
            self.text[cue_word.end : words[start].start + 1]
        ):
            return False
        if self._subject_pronoun(words[start]) or self._news(words, hit, start):
            return False  # "announced he would C", "announced he's taking the city out": a clause
        window = [w.text.lower() for w in words[start : start + _ACT_WINDOW]]
        # "to": an intention; "that" or a verb: a clause ("announced Monday that C", "the Corps would C")
        return not any(w in ("to", "that") or w in self.rules.that_as_subject for w in window)

    def _news(self, words: list[Token], hit: CueHit, start: int) -> bool:
        """Whether a news act's object is new, opened by an indefinite article or a figure ("announced
        a strike for May", "announced 30% tariffs"), so the doer's claim; not "announced sanctions",
        "announced the verdict"."""
        if hit.lemma not in self.rules.news_acts:
            return False
        first = words[start].text
        return first.lower() in self.rules.news_openers or is_figure(first)

    def _admonition(self, words: list[Token], i: int) -> bool:
        """Whether the words from `i` are an object and "(not) to V": "members of the public in
        possession of the product to discontinue sales" (not "against viewing it ...")."""
        if words[i].text.lower() in _PREPOSITIONS:
            return False
        for j in range(i + 1, min(len(words), i + _MAX_ADMONISHED)):
            if words[j - 1].after:
                return False
            if words[j].text == "to":
                return True
        return False

    def _question_start(self, words: list[Token], i: int) -> int | None:
        """Where what was asked starts at or after `i`: a question word or "to" ("asked whether C",
        "asking the Commission not to withdraw C": the negation is asked too); None past the sentence."""
        for j in range(i, min(len(words), i + 8)):
            if words[j].text == "to" and j > i and words[j - 1].text in ("not", "never"):
                return j - 1
            if words[j].text.lower() in self.rules.question_words or words[j].text == "to":
                return j
            if words[j].after[:1] in (".", ";", ":", "!", "?"):
                break
        return None

    def _to_start(self, words: list[Token], hit: CueHit, i: int) -> int | None:
        """Where "to V" (or a "that" clause) starts after a cue taking "to": "pledged to V", "urged
        Congress to V" (an object of three words at most, or a plain noun phrase after a request)."""
        adjunct = self._past_time(words, i) > i or words[i].text.lower() in ("at", "in", "during")
        asked = hit.lemma in self.rules.requests  # "urged the British Medical Association to V"
        reach = 10 if adjunct or asked else 4  # "promised Sunday at a Las Vegas rally to end C"
        listed = False  # "urged importers, distributors and consumers to V": the asked in a list
        pledging = words[hit.last].text.lower() in _PLEDGING
        for j in range(i, min(len(words), i + reach)):
            if j > i and words[j - 1].after:
                if not (
                    asked
                    and words[j - 1].after == ","
                    and words[j].text.isalpha()
                    and words[j].text.islower()
                ):
                    break
                listed = True
            if words[j].text == "to":
                if listed and not any(w.text in ("and", "or") for w in words[i:j]):
                    break  # "urged restraint, patience to ...": no list without its "and"
                if (
                    j > i
                    and pledging
                    and not adjunct
                    and (not _verb_after_to(words, j) or words[i].text.lower() in _NOUN_AFTER_TO)
                ):
                    break  # "vowed loyalty to Europe", "pledged the money to charity": no "to V"
                if j - i >= 4 and not adjunct and not _plain_object(words[i:j]):
                    break  # "urged restraint in the dispute over access to ...", "advising X on a sale to Y"
                # "urged regional states not to provide C": the negation is part of what was urged
                return j - 1 if j > i and words[j - 1].text in ("not", "never") else j
            if words[j].text == "that":
                if asked and j > i:
                    break  # "appeals to voters that C": a relative clause, not what was asked
                return j + 1 if j + 1 < len(words) else None
        if hit.kind == "promise" and self._bare_clause(words, i):
            return i  # "promised the bridge will open in May": a clause with no "to" or "that"
        thing = words[i].text.lower()
        pledged = pledging and (thing in _PLEDGED_THINGS or thing[:1] in _MONEY)
        if pledged and len(words) - i >= 2:
            return i  # "pledged an independent inquiry into the accident": the thing pledged
        return None

    def _after_that(self, words: list[Token], i: int) -> int | None:
        """Where a clause opened by "that" at `i` starts; None for "feel that way, but ...", where "that"
        is a demonstrative (but not for "added that he, too, is ..."); `i` itself for "said that was
        wrong", where "that" is the subject."""
        if i + 1 >= len(words):
            return None
        nxt = words[i + 1]
        aside = nxt.text.endswith("ly") and nxt.after[:1] == ","  # "noted that, apparently, C"
        if nxt.text.islower() and nxt.after[:1] in (",", ".") and nxt.text not in self.rules.pronouns:
            if nxt.after[:1] == "," and i + 2 < len(words) and words[i + 2].text in ("which", "who", "whose"):
                return i + 1  # "added that tenants, which include pensioners, are seeking a review"
            return i + 2 if aside and i + 2 < len(words) else None
        if nxt.text in self.rules.that_determines:
            return None  # "feel that way himself": "that" points, it opens nothing
        if nxt.text in self.rules.that_as_subject and not words[i].after:
            return i  # "said that was a natural part of it": "that" is what was
        return i + 1

    def _thing_start(self, words: list[Token], i: int) -> int | None:
        """Where the content of a cue taking a thing starts (word `i` follows the cue): "criticized the
        plan", "lamented that C", "announced Tuesday that C", "wrote on Twitter that C"."""
        if words[i - 1].text == "that":
            return i  # the cue ends with its "that": "reporting that C"
        if words[i - 1].after[:1] == ",":  # "reported, citing a source in the ministry, that C"
            for j in range(i + 1, min(len(words) - 1, i + 12)):
                if words[j].text == "that" and words[j - 1].after[:1] == ",":
                    return j + 1
            return None
        if words[i].text == "that" and i + 1 < len(words):
            return i + 1  # "lamented that C"
        if (medium := self._after_medium(words, i, words[i - 1])) is not None:
            return medium  # "wrote on Twitter the plan would fail"
        if words[i].text in _NO_OBJECT:
            return None  # "her support among black voters", "support amid sagging polls": a noun, no object
        if words[i].text in self.rules.states_of_mind and i + 2 < len(words) and words[i + 1].text == "that":
            return i + 2  # "expressed hope that C": the clause is the content
        timed = self._past_time(words, i)
        if timed > i and words[timed].text == "that":
            return self._after_that(words, timed)  # "announced Tuesday that C"
        if timed > i and self._subject_pronoun(words[timed]):
            return timed  # "announced Friday he's taking the city out": the day is when, not what
        if words[i].text.lower() not in _PARTICLES or number_bound(words, i):
            return i  # (a bound on a number is no particle: "reported at least six planes flew")
        for j in range(i + 1, min(len(words) - 1, i + 10)):  # "wrote on Twitter that C"
            if words[j].text == "that":
                return j + 1
            if words[j - 1].after[:1] in (";", ":", ".", "!", "?"):
                break
        return self._pronoun_clause(words, i)

    def _content_start(self, words: list[Token], hit: CueHit) -> int | None:
        # "said by telephone that C", "has said for weeks C": how or how long it was said, then what
        # ("is quoted as saying by the BBC that C": past the outlet that quoted)
        i = _past_quoting_outlet(words, hit.last, _past_duration(words, _past_means(words, hit.last + 1)))
        if i >= len(words):
            return None
        cue_word = words[hit.last]
        if hit.complement == "about" or self._holds_that(words, hit):
            # "wrote about C"; "reaffirmed that C": the cue holds its "that" (which points at a time and
            # opens no clause in "gathered that morning")
            return None if words[i - 1].text == "that" and words[i].text in self.rules.that_determines else i
        if words[i].text != "that" and (
            hit.lemma in self.rules.needs_that or hit.lemma in self.rules.that_only
        ):
            return self._without_that(words, i, hit)
        if cue_word.after[:1] == ":":
            return i
        if cue_word.after[:1] in (".", ";", "!", "?"):
            return None
        if hit.lemma == "report" and words[i].text.lower() in self.rules.reported_from:
            return None  # "reported from Los Angeles": where, not what
        if hit.lemma == "call" and self._convenes(words[i : i + 3]):
            return None  # "called an emergency meeting"
        if hit.lemma in self.rules.naming and words[i].text == "as" and i + 1 < len(words):
            return i + 1  # "what the council describes as C": the object fronted, the name given after "as"
        if hit.complement == "thing":  # "criticized the plan", "referring to Trump"
            return self._thing_start(words, i)
        if hit.complement == "question":
            return self._question_start(words, i)
        if hit.complement == "to":  # "pledged to V", "urged Congress to V"
            return self._to_start(words, hit, i)
        if hit.lemma in self.rules.figure_cues and _figure_object(words, hit, i):
            return i  # "estimated a $5 million loss" (`Rules.figure_cues`)
        if words[i].text == "that":
            return self._after_that(words, i)
        for j in range(
            i + 1, min(len(words) - 1, i + 6)
        ):  # "warning brokers that C", "wrote to his office that"
            if hit.lemma not in self.rules.addressing:
                break  # "said the plan that failed was bad": a relative clause, no one addressed
            if words[j].text == "that" and not any(w.after for w in words[i:j]):
                if all(_wordlike(w.text) and w.text.lower() not in self.rules.cues for w in words[i:j]):
                    return j + 1
                break
        low = words[i].text.lower()
        bound = low == "at" and i + 1 < len(words) and words[i + 1].text.lower() in ("least", "most")
        # "said here is the plan": "here" opens the clause, no place of the saying
        bound = bound or (
            low == "here" and i + 1 < len(words) and words[i + 1].text.lower() in self.rules.auxiliaries
        )
        # "said this followed an attack, in which ...": "this" and a verb open the clause ("this week": time)
        bound = bound or (low == "this" and (self._this_verb(words, i + 1) or self._this_noun(words, i + 1)))
        if hit.complement == "object" or (low in SKIP_LEADS and not bound):
            clause = False  # a verb or a question word seen since `i`: a clause may have begun
            for j in range(i, min(len(words), i + _LEAD_REACH)):
                low_j = words[j].text.lower()
                clause = clause or low_j in self.rules.auxiliaries or low_j in self.rules.question_words
                if j >= i + _LEAD_WORDS and (clause or words[j - 1].text == "and"):
                    # a long lead holds no clause: not "told USA Today's series it is clear from ... that
                    # C", nor "said he met X earlier this week and that C"
                    break
                if words[j].text == "that" and j > i and j + 1 < len(words):
                    # not "told them to stop, in remarks that may anger them": a relative clause
                    return None if _relative_after_comma(words, i, j) else j + 1
                # "called Friday for releasing the videos, as well": an object, no clause (but "said at about
                # 7pm, C": a time near a figure)
                if words[j].after[:1] in (";", ":", ".") or (
                    words[j].text in ("for", "against", "about") and not _approximate(words, j)
                ):
                    break
                if words[j].after[:1] == "," and j + 1 < len(words) and low in SKIP_LEADS:
                    if words[j + 1].text == "that" and j + 2 < len(words):
                        return j + 2  # "stated, in an interview granted to AGERPRES, that C"
                    if words[j + 1].text.lower() in _ADVERBIAL_OPENERS:
                        # "C, an operator said on Saturday, amid heightening tensions": no C; but "said on
                        # Saturday, amid rising tensions, that C"
                        # (the aside closed by its comma before "that": not "as the bureau warned that")
                        stop = min(len(words) - 1, j + 12)
                        return next(
                            (
                                k + 1
                                for k in range(j + 2, stop)
                                if words[k].text == "that"
                                and _closed_aside(self.text, words[k - 1], words[k])
                            ),
                            None,
                        )
                    timed = self._timed_clause(words, i, j, cue_word)
                    return timed if timed is not None else self._past_participle_phrase(words, j + 1)
            if hit.complement == "object":
                return self._after_object(words, i)
            return self._after_lead(words, i, cue_word)
        if cue_word.after[:1] == ",":  # "said, among other things, that C"
            for j in range(i, min(len(words), i + 8)):
                if words[j].text == "that" and words[j - 1].after[:1] == ",":
                    return j + 1 if j + 1 < len(words) else None
            if (
                cue_word.text.lower() in self.rules.bare_clause
                and low not in _PREPOSITIONS
                and len(words) - i >= 3
            ):
                return i  # "Mrs. Clinton's aides say, Syria remains a priority"
            return None
        if has_quote_mark(self.text[cue_word.end : words[i].start]) and len(words) - i >= 3:
            return i  # "the report found “no evidence of C”": a quotation as the content
        counted = self._opens_clause(words, i, hit)
        if (low in _PREPOSITIONS or low in _NOT_A_CLAUSE) and not counted:
            return None  # "said about the plan"; but "said about half of C" counts
        addressed = self._past_addressee(words, i, hit)
        if addressed is not None:
            return addressed  # "warned his players there would be C": the players are warned, not C
        if cue_word.text.lower() in self.rules.bare_clause or self._zero_that(words, i, cue_word):
            return i  # "said C"; "hinted the budget could return C", "is confident wages will grow"
        return None

    def _past_addressee(self, words: list[Token], i: int, hit: CueHit) -> int | None:
        """Where the clause starts after the one a cue of `Rules.addressing` addresses with no "that"
        ("warned his players there would be C", "warned local residents the river would rise"): past the
        people addressed, read as after "told", when a clause opens there; else None."""
        if hit.lemma not in self.rules.addressing or hit.complement == "object":
            return None  # ("told" reads its addressee itself)
        if not words[i].text.islower():
            return None
        if words[i].text in self.rules.addressees:
            k = self._after_object(words, i)
        else:  # people named by a plural noun, perhaps after one word: "investors", "local residents"
            k = next((j + 1 for j in range(i, min(i + 2, len(words))) if _people_noun(words[j].text)), None)
            if k is not None and not all(
                w.text.isalpha() and w.text.islower() and (not w.after or w is words[k - 1])
                for w in words[i:k]
            ):
                return None
        if k is None or k <= i or k >= len(words) - 2:
            return None
        if words[k - 1].after:  # "warned skippers: there is no going back": what follows the colon
            return k if words[k - 1].after.strip() == ":" else None
        opens = words[k].text in self.rules.pronouns or words[k].text in ("there", "I")
        return k if opens or self._zero_that(words, k, words[hit.last]) else None

    def _zero_that(self, words: list[Token], i: int, cue_word: Token) -> bool:
        """Whether a "that"-less clause opens at `i` after a cue that takes no bare clause: a short
        subject (one noun phrase: no relative, conjunction or preposition, a determiner or a new name only
        at its start) and a finite auxiliary (`Rules.zero_that_verbs`)."""
        rules = self.rules
        if cue_word.text.lower() in rules.quote_only:
            return False  # "the person who posted it was condemned": "posted" needs a quotation
        before = self.text[max(0, cue_word.start - 20) : cue_word.start].split()
        last = before[-1].lower() if before else ""
        if (
            last[:1].isdigit()
            or last.split("-")[0] in rules.quantities
            or last in rules.zero_that_determiners
        ):
            return False  # "Thirty-three confirmed cases were reported": the cue word is an adjective
        for j in range(i, min(len(words), i + _BARE_SUBJECT + 1)):
            low = words[j].text.lower()
            if j > i and low in rules.zero_that_verbs:
                return True
            if low in rules.zero_that_stops or low in rules.question_words or words[j].after:
                return False
            if j > i and low in rules.zero_that_determiners:
                return False  # "stressing the impact his bid has had": a second noun phrase
            prev = words[j - 1].text
            if (
                j > i
                and words[j].text[:1].isupper()
                and prev.islower()
                and prev.lower() not in rules.zero_that_determiners
            ):
                return False  # "mentioned remarks Trump had made": a relative clause with no "that"
        return False

    def _bare_clause(self, words: list[Token], i: int) -> bool:
        """Whether a short subject and a finite verb (`Rules.that_as_subject`) open the words at `i`, with
        no "to", relative word or punctuation before the verb: "the bridge will open", "his surplus
        will be bigger", not "the families who were hurt compensation"."""
        for j in range(i + 1, min(len(words), i + _BARE_SUBJECT + 1)):
            low = words[j].text.lower()
            if words[j - 1].after or low == "to" or low in self.rules.relatives:
                return False
            if low in self.rules.that_as_subject:
                return True
        return False

    def _opens_clause(self, words: list[Token], i: int, hit: CueHit) -> bool:
        """Whether a word that mostly ends an attribution ("about", "no", "as", "nothing") opens the
        content here: "said about half of C", "said no decision had been made", "said as many as 20",
        "said nothing had been decided"."""
        low = words[i].text.lower()
        counted = low in _APPROXIMATELY and i + 1 < len(words) and self._quantity(words[i + 1])
        nxt = words[i + 1].text.lower() if i + 1 < len(words) else ""
        # "says no matter what C": "no" opens a clause here, no answer
        counted = counted or (low == "no" and nxt in ("matter", "one", "longer", "doubt"))
        # "said no immediate decision had been made": "no" opens the clause's subject, not an answer
        opens_subject = hit.lemma in ("say", "tell", "add") and nxt.isalpha() and nxt != "to"
        counted = counted or (low == "no" and opens_subject and not words[i].after)
        # "stressed no guarantees could be given": after other cues a short subject and its verb show it
        counted = counted or (low == "no" and not words[i].after and self._bare_clause(words, i))
        # "said nothing had been decided": "nothing" is the clause's subject, not what was (not) said
        counted = counted or (low in ("nothing", "something") and nxt in self.rules.auxiliaries)
        # "said at least 40 people had been killed": a bound on a number, not a place or a scene
        counted = counted or (low == "at" and nxt in ("least", "most"))
        # "said as many as 20 people were hurt": a number, not "as" opening a clause of time
        return counted or (
            low == "as" and nxt in _AS_MUCH and words[i + 2].text == "as" if i + 2 < len(words) else False
        )

    def _timed_clause(self, words: list[Token], i: int, comma: int, cue_word: Token) -> int | None:
        """ "said on Thursday there was no risk of X, more than ... after C2": a bare clause after a time
        phrase runs past the comma at `comma`; the comma closes no opening phrase."""
        t = self._past_time(words, i)
        if not i < t <= comma or cue_word.text.lower() not in self.rules.bare_clause:
            return None
        return t if words[t].text in self.rules.pronouns or words[t].text in _CLAUSE_OPENERS else None

    def _past_participle_phrase(self, words: list[Token], i: int) -> int | None:
        """ "said on Monday, commenting on reports that Iran ..., that C": the content is the clause after
        the participle phrase, not the phrase."""
        w = words[i].text
        if not (w.islower() and w.endswith("ing")):
            return i
        for k in range(i + 1, min(len(words) - 1, i + 30)):
            if words[k].text == "that" and words[k - 1].after[:1] == ",":
                return k + 1
        return None

    def _after_lead(self, words: list[Token], i: int, cue_word: Token) -> int | None:
        """Where a clause with no "that" starts after a time or an occasion at `i`: "says tonight he is
        a step closer", "said at the meeting the budget was balanced", "said in an interview he would C"."""
        j = self._past_time(words, i)
        bare = cue_word.text.lower() in self.rules.bare_clause
        after = words[j].text.lower()
        if j > i and bare and after not in _PREPOSITIONS and after not in self.rules.subordinators:
            return j  # not "said in April while promoting a film": a time, then no clause
        if j == i and bare and words[i].text == "this" and not words[i].after:
            return i  # "say this is just a rough patch": "this" is the clause's subject, no time
        scene = self._after_scene(words, i, cue_word) if bare else None
        scene = scene if scene is not None else self._after_medium(words, i, cue_word)
        return scene if scene is not None else self._pronoun_clause(words, i)

    def _after_medium(self, words: list[Token], i: int, cue_word: Token) -> int | None:
        """A clause with no "that" after the medium the cue went through: "said on Twitter the plan
        would fail", "wrote in the Westmere Times the plan was dead"; a pronoun or a short subject and an
        auxiliary open it, or a colon closes the medium ("wrote on Facebook: the plan would fail")."""
        if words[i].text.lower() not in ("on", "in", "to") or i + 3 >= len(words):
            return None
        stop = words[min(len(words) - 1, i + _MEDIUM_WORDS)].end
        medium = find_outlet(self.text, words[i].start, stop, self.rules)
        named_at = words[i + 1 + (words[i + 1].text.lower() == "the")].start  # "in the Westmere Times"
        if medium is None or medium.span is None or medium.span[0] != named_at:
            return None
        k = next((k for k in range(i + 1, len(words)) if words[k].start >= medium.span[1]), None)
        if k is None or len(words) - k < 3:
            return None
        if words[k - 1].after:  # "wrote on Facebook: the plan would fail": what follows the colon
            return k if words[k - 1].after.strip() == ":" else None
        return k if self._clause_opens(words, k, cue_word) else None

    def _this_verb(self, words: list[Token], j: int) -> bool:
        """Whether the word at `j`, after "this", is a verb: an auxiliary or a past form ("this followed",
        "this was"), not a time's noun ("this week", "this morning")."""
        if j >= len(words) or words[j - 1].after:
            return False
        low = words[j].text.lower()
        return low in self.rules.auxiliaries or (low.endswith("ed") and low not in self.rules.time_adjuncts)

    def _this_noun(self, words: list[Token], j: int) -> bool:
        """Whether the word at `j`, after "this", is a plain noun that is the subject of a verb after it,
        perhaps past an aside in commas ("said this levy, despite objections, would make C", "said this
        plan is dead"), not a time's noun ("this week")."""
        if j + 1 >= len(words) or words[j - 1].after or not words[j].text.isalpha():
            return False
        low = words[j].text.lower()
        if not words[j].text.islower() or low in self.rules.time_adjuncts or low in _TIME_WORDS:
            return False
        k = j + 1
        if words[j].after[:1] == ",":  # an aside: its closing comma, then the verb
            k = next(
                (
                    m + 1
                    for m in range(j + 1, min(len(words) - 1, j + _MAX_ASIDE))
                    if words[m].after[:1] == ","
                ),
                k,
            )
        elif words[j].after:
            return False
        return k < len(words) and words[k].text.lower() in self.rules.auxiliaries

    def _holds_that(self, words: list[Token], hit: CueHit) -> bool:
        """Whether the cue is one of two words whose second is "that" ("reaffirmed that", a table entry)."""
        if hit.last != hit.first + 1 or words[hit.last].text.lower() != "that":
            return False
        return f"{words[hit.first].text.lower()} that" in self.rules.cues

    def _after_scene(self, words: list[Token], i: int, cue_word: Token) -> int | None:
        """A clause with no "that" after a phrase of occasion starting at `i`: "said at the meeting the
        two countries are struggling", "said during a visit to Kyiv Russia had failed"."""
        if words[i].text.lower() not in ("at", "in", "during"):
            return None
        noun = next(
            (k for k in range(i + 1, min(len(words), i + 4)) if words[k].text.lower() in self.rules.scenes),
            None,
        )
        if noun is None or any(w.after for w in words[i:noun]):
            return None
        for k in range(noun + 1, min(len(words) - 2, noun + 6)):
            if words[k - 1].after or words[k].text.lower() in self.rules.subordinators:
                return None  # "said in a text message when asked if the FAP would be cancelled": a question
            if self._past_time(words, k) == k and self._zero_that(words, k, cue_word):
                return k  # not "Monday" of "in a forum Monday night it will ...": a time
        return None

    def _pronoun_clause(self, words: list[Token], i: int) -> int | None:
        """A clause opening with a subject pronoun after an adjunct: "said in an interview he would C",
        "announcing on Wednesday he would C"."""
        for k in range(i + 1, min(len(words) - 2, i + 9)):
            if words[k].text in self.rules.pronouns or words[k].text == "I":
                return k
            if words[k].after:
                break
        return None

    def _subject_pronoun(self, w: Token) -> bool:
        """A subject pronoun, alone or contracted with its verb: "he", "I", "he's", "they’re"."""
        return w.text.replace("’", "'").split("'")[0].lower() in self.rules.pronouns

    def _quantity(self, w: Token) -> bool:
        return w.text[:1].isdigit() or w.text.lower().split("-")[0] in self.rules.quantities

    def _without_that(self, words: list[Token], i: int, hit: CueHit) -> int | None:
        """Where the content starts at `i`, with no "that" there, after a cue of `Rules.that_only` or
        `Rules.needs_that`: after a time phrase or an aside and its "that" ("disclosed last year that C",
        "cautioned, however, that C"); after the latter also at a bare clause ("cautioned the estimates
        are subject to change") or an admonition ("cautioned members of the public to discontinue use",
        as "warned X to V" is); else None ("cautioned against viewing it as an endorsement": a warning,
        no clause)."""
        timed = self._past_time(words, i)
        if i < timed < len(words) - 1 and words[timed].text == "that":
            return timed + 1
        if words[hit.last].after[:1] == ",":  # "cautioned, however, that C": an aside, then "that"
            aside = range(i + 1, min(len(words) - 1, i + _MAX_ASIDE))
            return next(
                (k + 1 for k in aside if words[k].text == "that" and words[k - 1].after[:1] == ","), None
            )
        if hit.lemma in self.rules.that_only:
            return None
        bare = words[i].text.lower() not in _NOT_SUBJECTS and self._bare_clause(words, i)
        return i if bare or self._admonition(words, i) else None  # (not "as did the campaign")

    def _past_time(self, words: list[Token], i: int) -> int:
        """The word after a time phrase starting at `i` ("tonight", "on Wednesday", "last week"), else `i`."""
        times = self.rules.time_adjuncts
        j = i
        while j < len(words) - 2 and not words[j].after:
            dated = date_length(words, j + 1, self.rules) if words[j].text == "on" else 0
            if dated and j + 1 + dated < len(words) - 1:
                return j + 1 + dated  # "told Radio Mashaal on June 23, the suspect was arrested"
            if words[j].text == "in" and words[j + 1].text in self.rules.months_and_days:
                j += 2  # "said in February there are plans"
            elif words[j].text.lower() in _TIME_WORDS or words[j].text.lower() in times:
                j += 1
            else:
                break
        if j > i and words[j - 1].text.lower() in _TIME_OPENERS:
            return i  # "said on CNN": "on" opened no time phrase
        return j

    def _after_object(self, words: list[Token], i: int) -> int | None:
        """After "told": skip the one addressed ("reporters", "RIA Novosti", "the BBC")."""
        j = i
        while j < len(words) - 1 and words[j].text.islower() and words[j].text in self.rules.titles:
            j += 1  # "told host Sean Hannity", "told moderator Chris Wallace"
        if self._modified_addressee(words, j):
            j += 2  # "told council members the cameras had helped", "told state lawmakers"
        elif words[j].text.lower() in self.rules.addressees and words[j].text.islower():
            j += 1
            if j < len(words) and words[j - 1].text.lower() in _DETERMINERS:
                j = self._past_name(words, j)  # "told the BBC", "told the Chicago Tribune newspaper"
        elif self._plural_addressee(words, j):
            j += 1  # "told worshippers the hall would be sold", "told patients the ward was full"
        elif body := self._addressed_body(words, j):
            j += body  # "tells inquiry he was never warned", "tells Harbour committee he has no plan to sell"
        elif self._plain_medium(words, j):
            j += 2  # "told state radio the strike plans had been a surprise", "told local media"
            if not words[j - 1].after:  # "told public broadcaster HTU the cuts were fair": its name too
                j = self._past_capitals(words, j)
        elif site_address(words[j].text, self.rules):
            j += 1  # "told harbournews.com.au the roads were shut"
        elif listed := uncapitalised_outlet(self.text, words, j, self.rules):
            j += listed  # "told triple j Hack it was heartbreaking", "told 2GB the money was spent"
        else:
            while j < len(words) and words[j].text[:1].isupper() and j - i < 5:
                j += 1
                if words[j - 1].after:
                    break
            if i < j < len(words) - 1 and not words[j - 1].after and self._medium_noun(words[j].text):
                j += 1  # "told Nine's Today program the review would be fast"
        if j == i or j >= len(words):
            return None
        if not words[j - 1].after:
            j = self._past_time(words, j)  # "told reporters Thursday the president would ..."
        if words[j].text == "that":
            j += 1
        elif j == i + 2 and words[i].text in _DETERMINERS and self._noun_after(words, j):
            j += 1  # "informed the provincial government about the matter": the word read was its adjective
        if j < len(words) and words[j].text.lower() in ("to", "about"):
            return None  # "telling him to come back": a request, read by the cue's own complement
        if j < len(words) and words[j].text.lower() in _AFTER_THE_ADDRESSED:
            # "told the audience at his fundraiser that C"; "told reporters outside his hotel." says nothing
            # (or "to", "how": "tells his supporters at a rally to “go vote”", "telling attendees at the
            # gala how he helped")
            opens = ("that", "to", "how", "why", "what", "whether")
            k = next((k for k in range(j + 1, min(len(words) - 1, j + 12)) if words[k].text in opens), None)
            if k is None or any(w.after for w in words[j:k]) or words[k - 1].text in ("order", "as"):
                return None  # not "reminded viewers about his job in order to show C": a purpose
            return k + 1 if words[k].text == "that" else k
        if j < len(words) and words[j].text.lower() in WRITERS_ADJUNCTS:
            return None  # "C, the port authority told Harbour Wire on Friday amid fears of ...": no clause
        return j if j < len(words) else None

    def _modified_addressee(self, words: list[Token], j: int) -> bool:
        """Whether one plain lower-case word and a plural addressee stand at `j` ("council members",
        "local residents"): no determiner, pronoun or preposition first."""
        if (
            j + 2 >= len(words)
            or words[j].after
            or not words[j].text.isalpha()
            or not words[j].text.islower()
        ):
            return False
        first, second = words[j].text, words[j + 1].text
        return (
            first not in self.rules.addressees
            and first not in _PREPOSITIONS
            and first not in self.rules.pronouns
            and second in self.rules.addressees
            and second.endswith("s")
        )

    def _plural_addressee(self, words: list[Token], j: int) -> bool:
        """Whether one lower-case plural noun at `j`, no listed addressee, names the people told, a clause
        opening after it: "told worshippers the hall would be sold", "told mourners he was grateful"."""
        w = words[j]
        if j == 0 or j + 2 >= len(words) or w.after or not (w.text.isalpha() and w.text.islower()):
            return False
        if w.text in self.rules.told_things or not _people_noun(w.text):
            return False
        return self._clause_opens(words, j + 1, words[j - 1])

    def _clause_opens(self, words: list[Token], i: int, cue_word: Token) -> bool:
        """Whether a clause with no "that" opens at `i`, after the one a cue addressed: a pronoun, "there",
        or a short subject and a finite auxiliary (`_zero_that`)."""
        nxt = words[i].text
        return nxt in self.rules.pronouns or nxt == "there" or self._zero_that(words, i, cue_word)

    def _addressed_body(self, words: list[Token], j: int) -> int:
        """How many words at `j` name a body told something with no article, a name or two before it, then
        a clause: "tells inquiry he was never warned", "tells Harbour committee he has no plan to sell"."""
        k = j
        while k < j + 2 and k < len(words) and words[k].text[:1].isupper() and not words[k].after:
            k += 1
        if k + 2 >= len(words) or words[k].after or words[k].text not in self.rules.addressed_bodies:
            return 0
        return k + 1 - j if self._clause_opens(words, k + 1, words[j - 1]) else 0

    def _noun_after(self, words: list[Token], j: int) -> bool:
        """Whether `words[j]` is a lower-case noun ending the one addressed, before a preposition that
        ends the phrase ("the provincial government about the matter", "the local press in Lahore")."""
        w = words[j]
        if j + 1 >= len(words) or w.after or not (w.text.isalpha() and w.text.islower()):
            return False
        return w.text not in self.rules.pronouns and words[j + 1].text in _ADDRESSEE_ENDS

    def _past_name(self, words: list[Token], j: int) -> int:
        """Past the word after a determiner that `told` addresses: a name of up to four capitalised words
        and a noun for a paper, a station or a programme after it ("the Chicago Tribune newspaper"),
        else the one word ("the crowd")."""
        k = j
        while k < len(words) - 1 and k - j < 4 and words[k].text[:1].isupper():
            k += 1
            if words[k - 1].after:  # "told the New York Daily News, C"
                return k
        if k == j:  # "told the state news agency C", "told the local paper C": past the medium's noun
            m = next(
                (m for m in range(j, min(len(words) - 1, j + 3)) if self._medium_noun(words[m].text)), None
            )
            plain = m is not None and all(w.text.islower() and not w.after for w in words[j:m])
            return m + 1 if plain and m is not None else self._past_plain_noun(words, j)
        if words[k].text == "news" and k + 1 < len(words) - 1 and not words[k].after:
            k += 1  # "told the Xinhua news agency C"
            return k + 1 if self._medium_noun(words[k].text) else k - 1
        return k + 1 if self._medium_noun(words[k].text) else k

    def _past_plain_noun(self, words: list[Token], j: int) -> int:
        """Past the lower-case words after a determiner "told" addresses, up to two, where a clause opens
        ("told the royal commission the priest was moved"); else past the one word ("the crowd")."""
        for k in range(j, min(j + 2, len(words) - 2)):
            low = words[k].text
            if words[k].after or not (low.isalpha() and low.islower()) or low in _PREPOSITIONS:
                break
            nxt = words[k + 1].text
            opens = nxt in self.rules.pronouns or nxt.lower() in self.rules.zero_that_determiners
            if opens and self._zero_that(words, k + 1, words[max(j - 2, 0)]):
                return k + 1
        return j + 1

    def _plain_medium(self, words: list[Token], j: int) -> bool:
        """A medium named by a plain word and its noun: "state radio", "local media", "national TV"."""
        if j + 2 >= len(words) or words[j].after or not words[j].text.islower():
            return False
        noun = words[j + 1].text
        return self._medium_noun(noun) or noun in ("media", "TV")

    def _past_capitals(self, words: list[Token], j: int) -> int:
        """Past up to four capitalised words at `j` (a medium's name after its plain noun), stopping after
        one that punctuation closes; `j` when none opens there."""
        k = j
        while k < len(words) - 1 and k - j < 4 and words[k].text[:1].isupper() and words[k].text != "I":
            k += 1
            if words[k - 1].after:
                break
        return k

    def _medium_noun(self, word: str) -> bool:
        """A noun for a paper, a station or a programme after its name ("newspaper", "program")."""
        return word in _MEDIUM_NOUNS

    def _cut_subordinate(
        self, words: list[Token], hit: CueHit, start: int, content: Span, end: int
    ) -> tuple[Span, list[Span]]:
        """ "While X said that C, the main clause": the content ends with the subordinate clause."""
        if any(w.after[:1] == "," for w in words[: hit.first]):
            return content, []  # "When asked, X said C": the subordinate clause closed before the speaker
        return self._cut_at_comma(words, start, content, end)

    def _cut_at_comma(
        self, words: list[Token], start: int, content: Span, end: int, *, rest: int = 3
    ) -> tuple[Span, list[Span]]:
        """The content up to its first comma outside quotes (with at least `rest` words after it); the
        rest is left over (a clause of its own)."""
        for j in range(start, len(words) - rest):
            if words[j].after[:1] == "," and not self.in_quote(words[j].end):
                head = self._trim(content[0], words[j].end)
                tail = self._trim(words[j + 1].start, end)
                if head is not None:
                    return head, [tail] if tail else []
        return content, []

    def _cut_concessive(
        self, words: list[Token], start: int, content: Span, end: int
    ) -> tuple[Span, list[Span]]:
        for j in range(start + 1, len(words) - 2):
            if words[j].start >= content[1]:
                break  # "denies C1 and points out that C2, though C3": past the content's end
            if words[j - 1].after[:1] != ",":
                continue
            # "..., putting him at odds with his party": what the claim led to, in the writer's words
            led_to = words[j].text in self.rules.consequences and not self.in_quote(words[j].start)
            if not led_to and j >= len(words) - _CONCESSION_WORDS:
                continue
            # "..., but she did not immediately name the ship": the writer's, cut off too
            narrated = words[j].text == "but" and _narrated(words, j + 1)
            if narrated or led_to or (words[j].text.lower() in _CONCESSIVE and self._concession(words, j)):
                head = self._trim(content[0], words[j - 1].end)
                tail = self._trim(words[j].end, end)
                if head is not None:
                    return head, [tail] if tail and not led_to else []  # (a participle's phrase: no claim)
        return content, []

    def _verbless(self, words: list[Token]) -> bool:
        """Whether a phrase ends at a comma or the sentence's end within `words` with no auxiliary and no
        past form in it ("at a gentler rate,"; not "in May prices fell")."""
        for w in words:
            if w.text.lower() in self.rules.auxiliaries or w.text.endswith("ed"):
                return False
            if w.after[:1] in (",", ".", ";"):
                return True
        return False

    def _concession(self, words: list[Token], j: int) -> bool:
        """Whether the concessive word at `j` opens a clause of the writer's ("..., though 55 people were
        cited"), not an aside inside the content ("a crucial, although brief, opportunity", "though
        not the results", "though mixed with truth") nor words inside a quotation."""
        after = words[j + 1 : j + 1 + _CONCESSION_WORDS]
        if self.in_quote(words[j].start) or any(w.after[:1] == "," for w in after[:-1]):
            return False
        first = after[0].text.lower()
        if first in _PHRASE_OPENERS and self._verbless(words[j + 1 : j + 1 + _MAX_PHRASE]):
            return False  # "fares will keep climbing, although at a gentler rate": the content's own phrase
        return first not in _NOT_A_CONCESSION and not first.endswith(("ed", "ing"))


_NO_OBJECT = frozenset({"among", "amid", "amidst", "than", "during", "across", "throughout", "since"})
_AS_MUCH = frozenset({"many", "much", "few", "little", "high", "low", "long", "far", "early", "late"})


def _narrated(words: list[Token], k: int) -> bool:
    """Whether the words at `k`, past a pronoun, open one of `_NARRATED`: the writer's account of what
    the speaker did not say."""
    if k < len(words) and words[k].text.lower() in _NARRATED_SUBJECTS:
        k += 1
    low = [w.text.lower() for w in words[k : k + 3]]
    return any(low[: len(n)] == list(n) for n in _NARRATED)


def _people_noun(word: str) -> bool:
    """Whether a word is a plural noun that may name people addressed ("investors", "worshippers"; not
    "business", whose "-ss" no plural ends with)."""
    return plural_noun(word) and not word.endswith("ss")


def _wordlike(word: str) -> bool:
    """Letters only, a possessive allowed: "voters", "Sanders’"."""
    return word.replace("’", "").replace("'", "").isalpha()


def _closed_aside(text: str, last: Token, that: Token) -> bool:
    """Whether an aside closes between `last` and the "that" after it: a comma or a dash ("said on Friday,
    amid rising tensions, that C", "said — in a post, as it turned out — that C")."""
    gap = text[last.end : that.start]
    return "," in gap or "—" in gap or "–" in gap


def _verb_after_to(words: list[Token], j: int) -> bool:
    """Whether the word after "to" at `j` may be a verb: in lower case and no word opening a noun phrase
    (`_NOUN_AFTER_TO`): "vowed on Sunday to cut", not "vowed loyalty to Europe"."""
    if j + 1 >= len(words):
        return False
    after = words[j + 1].text
    return after.islower() and after not in _NOUN_AFTER_TO and not after[:1].isdigit()


def _figure_object(words: list[Token], hit: CueHit, i: int) -> bool:
    """Whether a noun phrase opens at `i`, right after the cue ("a", "the" or a plain word, no pronoun),
    and a figure (a digit, a currency sign) stands in it before any punctuation, within `_FIGURE_REACH`
    words."""
    before = words[hit.first - 1].text if hit.first > 0 else ""
    if i != hit.last + 1 or words[i].text.lower() in _NOT_AN_ESTIMATE or before[:1] in _MONEY:
        return False  # a clause's subject, which readers take as a clause; or a verb: "The firm's own
        # estimates have ranged ...", where "estimates" is a noun
    for w in words[i : i + _FIGURE_REACH]:
        if w.text[:1].isdigit() or w.text[:1] in _MONEY:
            return True
        if w.after or w.text.lower() in ("that", "to", "will", "would", "is", "was", "are", "were"):
            return False
    return False
