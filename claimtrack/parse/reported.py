"""Reported speech with the speaker before the cue: ``reported`` ("X said (that) C", with a second
cue of the same speaker and another speaker's clause after it), ``reported-verb`` ("The governor
lamented that C") and ``relative`` ("Mr. Smith, who said C, left").
"""

from __future__ import annotations

import bisect
import re

import attrs

from claimtrack.model import Cue, Outlet
from claimtrack.parse.contents import Contents
from claimtrack.parse.cues import CueHit, cue_at, cues_in, lemma
from claimtrack.parse.outlets import find_outlet
from claimtrack.parse.reader_base import (
    BE_FORMS,
    CLAUSE_WINDOW,
    DASH,
    MAX_SUBJECT,
    SKIP_LEADS,
    Found,
    Span,
    has_quote_mark,
    quote_kind,
)
from claimtrack.parse.speaker_words import DETERMINERS
from claimtrack.parse.speakers import Mention, classify, pronoun_mention
from claimtrack.parse.subjects import MAX_ERRAND
from claimtrack.parse.tokens import Token, is_capitalised
from claimtrack.rules import Rules
from claimtrack.rules.dates import NUMBER_WORDS

_SCENE_PREPOSITIONS = frozenset({"in", "on", "at", "during", "after", "before", "later"})
_SCENE_WORDS = 5  # words of such a phrase before the second cue: "in a later interview"
_MAX_COORDINATED = 6  # clause boundaries tried for another speaker in one sentence
_PARTICIPLE_SUBJECT = 4  # words before a cue: the participle, its object, a subordinator and a subject
# a joiner that opens another speaker's clause with no comma before it: "X said C1 but Y denied it"
_BARE_JOINERS = frozenset({"but", "and"})
# words opening a "that" clause's subject: a determiner or a pronoun (a capitalised word will do too)
_CLAUSE_SUBJECTS = DETERMINERS | {"he", "she", "it", "they", "we", "i", "you", "there"}
_STOPS = re.compile(r"[,;:()\u2013\u2014-]")  # a comma, colon, bracket or dash between two words
_ASIDE_WORDS = 12  # words from a cue in an aside to the comma closing it
_WHEN = frozenset({"yesterday", "today", "tonight", "earlier", "once"})  # between "who" and its cue
# subordinators opening the writer's clause after an infinitive's content: "pledged to act after Y said C2"
_AFTER_AN_ACT = frozenset({"after", "before", "since", "because"})
# pronouns and reflexives that say nothing alone after a cue: "does not believe it himself"
_PRONOUN_WORDS = frozenset(
    {"it", "this", "that", "so", "them", "him", "her", "himself", "herself", "itself", "themselves", "either"}
)
_OCCASION_WORDS = frozenset({"during", "at", "in"})  # prepositions of an occasion: "at a news conference"
_OCCASION_OPENERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "this", "our"})
_RELATIVE_SUBJECT = 5  # words of a speaker between "which" or "that" and a cue: "harbour officials had"
_WILLING = ("person", "organisation")  # who may want, hope or seem to: people and the bodies they form


_FILLERS_BEFORE = 3  # words of a second cue's pronoun and adverbs before it: "although he again refused"
# words opening a phrase or clause fronted inside a content, whose comma ends no relative clause: ", who
# said that by cutting the ferry budget, the council is failing C"
_FRONTED = frozenset(
    {"if", "when", "by", "because", "although", "though", "unless", "once", "while", "despite"}
)
# "“C1,” said X, though he added that C2": after a comma and a pronoun only
_CONCEDING = frozenset({"though", "although"})
# words joining a second cue of the same speaker; "as" with a pronoun only: "X admitted he was anxious about
# C1 as he conceded C2" (not "as expected")
_SECOND_JOINS = frozenset({"and", "but", "as"}) | _CONCEDING


@attrs.define
class Reported(Contents):
    """Reported speech with the speaker before the cue: "X said C", "voters who say C"."""

    def _relative_claims(self, words: list[Token], end: int, found: list[Found]) -> list[Found]:
        """ "Mr. Smith, who said he would debate the front-runner, left early", "voters who say C": a cue in
        a relative clause credits the phrase the clause describes. The speaker's mention is the relative
        pronoun; its name is the phrase's."""
        taken = {f.cue.span: f for f in found}
        out: list[Found] = []
        for j in range(1, len(words) - 2):
            w = words[j]
            if w.text not in ("who", "which") or words[j - 1].text.lower() in self.rules.cues:
                continue
            k = j + 1
            while (
                k < len(words) - 1
                and not words[k - 1].after
                and (
                    self._is_filler(words[k]) or words[k].text in _WHEN  # "who yesterday said C"
                )
            ):
                k += 1
            hit = cue_at(words, k, self.rules) if not words[k - 1].after else None
            if hit is None or hit.complement in ("according", "about") or self.in_quote(w.start):
                continue
            if (other := taken.get((words[hit.first].start, words[hit.last].end))) is not None:
                if out and out[-1].spans[-1][0] < other.mention.span[0] < out[-1].spans[-1][1]:
                    self._end_before_joined(out[-1], other.mention.span[0])  # "... and a porter who said"
                continue
            if self._passive(words, hit):
                continue
            if self._meets_main_verb(words, hit):
                continue  # "pilots who responded said C": the clause's cue has no content of its own
            antecedent = self.relative_antecedent(words, j)
            start = self._content_start(words, hit)
            if antecedent is None or start is None:
                continue
            if hit.complement == "to" and hit.lemma in self.rules.wishes and antecedent.kind not in _WILLING:
                continue  # "taxes, which seem to be ...": things seem, only people want
            if hit.complement == "question":
                continue  # "who asked whether ...": a question, no claim
            if hit.lemma in self.rules.evidence and not _followed_by_that(words, hit):
                continue  # "the front-runner, who finds herself in a tight race": no finding
            stop = end
            if words[j - 1].after[:1] == ",":  # ", who said C, ...": the clause ends at its comma
                # (or at a comma closing a quotation with it: ", who calls Roe a “fraud,” said C"; past
                # the comma of a phrase opening C, ", who said that if the budget passes, the city will C")
                commas = (
                    x.end
                    for x in words[start:]
                    if x.after[:1] == "," and (not self.in_quote(x.end) or self._quote_closes(x))
                )
                if words[start].text.lower() in _FRONTED:
                    next(commas, None)
                stop = next(commas, end)
            main = self._main_cue_after(words, start)  # "X, an adviser who backed C, said ...": its comma
            if main is not None and words[main].end < stop:
                stop = words[main].end
            stop = self._dash_stop(words, j, start, stop)  # "- who said C - ...": or at its dash
            content = self._trim(self._opening_mark(words[start].start, stop), stop)
            if content is None or len(self.text[content[0] : content[1]].split()) < 2:
                continue
            for before in (*found, *out[-1:]):  # "a driver who said C1 and a porter who said C2"
                if before.spans[-1][0] < antecedent.span[0] < before.spans[-1][1]:
                    self._end_before_joined(before, antecedent.span[0])
            mention = attrs.evolve(antecedent, span=(w.start, w.end))
            outlet = find_outlet(self.text, words[hit.first].start, words[start].start, self.rules)
            out.append(Found([content], mention, self._cue(words, hit), hit.kind, hit.complement, outlet,
                             quote_kind(self.text, [content]), "relative"))  # fmt: skip
        return out

    def _end_before_joined(self, found: Found, at: int) -> None:
        """End a relative clause's content before "and" or "or" joining the antecedent of another at `at`:
        "a driver who said he saw the blaze and a porter who said C2" (C1 is "he saw the blaze")."""
        s = found.spans[-1][0]
        cue = found.cue.span[0] if found.cue.span else s
        if self.text[found.mention.span[0] : cue].split()[-1:] != ["who"] and found.rule != "relative":
            return  # (the first told so too: not "X dismissed criticism from Y and Z, a banker who said")
        head, _, joiner = self.text[s:at].rstrip().rpartition(" ")
        if joiner in ("and", "or") and (span := self._trim(s, s + len(head.rstrip(" ,")))) is not None:
            found.spans[-1] = span
            found.quote = quote_kind(self.text, found.spans)

    def _subject_relative_claims(self, words: list[Token], end: int) -> list[Found]:
        """ "a fault that inspectors said could stall the engine", "the recall, which officials had said
        was still open": a relative clause whose subject is a speaker and a cue, the clause's
        verb right after the cue. The claim is the verb's phrase, what was said of the thing, to the
        clause's comma or dash."""
        out: list[Found] = []
        for j in range(1, len(words) - 3):
            w = words[j]
            if w.text not in ("which", "that") or words[j - 1].text.lower() in self.rules.cues:
                continue
            hit = next(
                (
                    h
                    for k in range(j + 2, min(len(words) - 1, j + 2 + _RELATIVE_SUBJECT))
                    if not words[k - 1].after and (h := cue_at(words, k, self.rules)) is not None
                ),
                None,
            )
            if hit is None or hit.complement != "clause" or words[hit.last].after or self.in_quote(w.start):
                continue
            if hit.last + 1 >= len(words):
                continue  # (no word after the cue: no verb)
            verb = words[hit.last + 1].text.lower()
            if not self._finite_verb(verb):
                continue
            if any(x.after for x in words[j + 1 : hit.first]):
                continue  # (only a subject between the pronoun and its cue: no comma, no clause)
            subject = words[j + 1 : hit.first]
            if subject and subject[-1].text in ("had", "has", "have"):
                subject = subject[:-1]  # "which officials had said": the tense, no part of the speaker
            mention = classify(self.text, subject, self.rules) if subject else None
            if mention is None:
                continue
            start = hit.last + 1
            stop = self._clause_comma(words, start, end)
            stop = self._dash_stop(words, j, start, stop)
            content = self._trim(self._opening_mark(words[start].start, stop), stop)
            if content is None or len(self.text[content[0] : content[1]].split()) < 2:
                continue
            out.append(Found([content], mention, self._cue(words, hit), hit.kind, hit.complement, None,
                             quote_kind(self.text, [content]), "relative-subject"))  # fmt: skip
        return out

    def _leading_stop(
        self, words: list[Token], first: int, start: int, second: tuple[int, CueHit] | None, end: int
    ) -> int:
        """Where the content from word `start` of the cue at `first` ends: before the same speaker's
        `second` cue; at the comma closing a relative clause the cue stands in ("At the court, Tom Hale,
        who denies C, was halted"); else at `end`."""
        stop = self._closing_mark(words[start].start, words[second[0] - 1].end) if second else end
        return min(stop, self._clause_comma(words, start, end)) if _apposed_relative(words, first) else stop

    def _minded(self, words: list[Token], start: int) -> bool:
        """Whether the content at `start` follows a state of mind and "that": "expressed hope that C"."""
        return (
            start >= 2
            and words[start - 2].text in self.rules.states_of_mind
            and words[start - 1].text == "that"
        )

    def _dash_stop(self, words: list[Token], j: int, start: int, stop: int) -> int:
        """Where a relative clause opened by the pronoun at `j`, its content at word `start`, ends at a dash
        before `stop`: at the first, unless the clause opened after no dash and a second dash pairs it
        before `stop` and C has no verb before the first ("who believes the pier – built in 1890 – needs
        no repairs": an aside inside C; not "who said the port would close – a claim denied – was fined")."""
        dashes = [x for x in range(start, len(words)) if words[x].end < stop and self._dash_after(words, x)]
        if not dashes:
            return stop
        verbless = not any(self._finite_verb(w.text.lower()) for w in words[start : dashes[0] + 1])
        paired = len(dashes) > 1 and verbless and not (j > 0 and self._dash_after(words, j - 1))
        return stop if paired else words[dashes[0]].end

    def _clause_comma(self, words: list[Token], start: int, end: int) -> int:
        """Where a relative clause's content from word `start` ends: at its first comma outside a
        quotation, unless a participle follows it ("has skirted scrutiny, allowing rivals to grow");
        else at `end`."""
        return next(
            (
                x.end
                for k, x in enumerate(words[start:-1], start)
                if x.after[:1] == "," and not self.in_quote(x.end) and not words[k + 1].text.endswith("ing")
            ),
            end,
        )

    def _finite_verb(self, word: str) -> bool:
        """Whether a word may be a clause's finite verb with its subject left out: an auxiliary ("was",
        "could", "didn't") or a past form ("caused", "provided")."""
        head = word.replace("’", "'").split("'")[0].removesuffix("n")  # "didn't", "shouldn’t"
        return word in self.rules.auxiliaries or head in self.rules.auxiliaries or word.endswith("ed")

    def _citing_aside(self, words: list[Token], hit: CueHit) -> bool:
        """Whether a cue is "citing"/"quoting" in an aside between commas that a cue follows: "X, citing
        a source, reported that C" is X's report, with the source it names."""
        k = hit.first
        if words[k].text not in ("citing", "quoting") or k == 0 or words[k - 1].after[:1] != ",":
            return False
        close = next((j for j in range(k, min(len(words) - 1, k + 8)) if words[j].after[:1] == ","), None)
        return close is not None and cue_at(words, close + 1, self.rules) is not None

    def _comma_aside(self, words: list[Token], hit: CueHit) -> bool:
        """Whether a cue stands in an aside between commas that a finite cue follows: "John Podesta, an
        adviser who supported the policy, said C" and "Matt Bennett, a founder of the think tank Third
        Way, said C" are claims of the later cue; the aside only describes its speaker."""
        text = self.text
        if text.find(",", words[0].end, words[hit.first].start) < 0:
            return False  # (asked first: one search of the words before the cue, gaps and all)
        opened = [j for j in range(hit.first) if "," in text[words[j].end : words[j + 1].start]]
        if not opened:
            return False  # no aside was opened before the cue
        if len(opened) == 1 and words[0].text.lower() in SKIP_LEADS:
            return False  # "On Monday, the Post reported that Roe, expected to V, was C": an opening phrase
        return self._main_cue_after(words, hit.last) is not None

    def _main_cue_after(self, words: list[Token], k: int) -> int | None:
        """The first comma after word `k` (within an aside's length) that a finite cue follows, as the
        index of the word before it: the comma closing an aside about the sentence's speaker."""
        bound = min(len(words) - 1, k + _ASIDE_WORDS)
        close = next((j for j in range(k, bound) if words[j].after[:1] == ","), None)
        if close is None or words[close + 1].text.lower().endswith("ing"):
            return None  # "X, the mayor, criticized the plan, saying C": the plan is criticized
        later = cue_at(words, close + 1, self.rules)
        if later is None or later.complement == "according" or self.in_quote(words[close].end):
            return None
        return close

    def _head_before_with(self, words: list[Token], mention: Mention) -> list[Span]:
        """ "Talks began in April, with diplomats saying progress was made", "The government extended its
        state of disaster on Thursday, and health officials warned C": the clause before ", with" or ", and"
        asserts something of its own, left for the unattributed claims (so before "and" with no comma
        after a day: "Strikers blocked the gates early on Thursday and Norvex vowed to V")."""
        at = mention.span[0] - (5 if mention.name.lower().startswith("with ") else 0)
        m = next((k for k, w in enumerate(words) if w.start >= at), 0)
        if m < 3 or words[m - 1].text.lower() not in ("with", "and"):
            return []
        dated = words[m - 1].text.lower() == "and" and words[m - 2].text in self.rules.months_and_days
        if words[m - 2].after[:1] != "," and not (dated and not words[m - 2].after):
            return []
        head = self._trim(words[0].start, words[m - 2].end)
        return [head] if head is not None else []

    def _head_before_participle(self, words: list[Token], hit: CueHit, mention: Mention) -> list[Span]:
        """ "The court ordered the council to reopen the library by May, finding that C": the clause
        of the sentence's own subject before a participle cue's comma asserts something of its own, left
        for the unattributed claims (judged as any sentence with no speaker is)."""
        first = hit.first
        if first < 3 or words[first - 1].after[:1] != "," or words[first].text not in self.rules.participles:
            return []
        if mention.span[0] != words[0].start:
            return []  # (a subject after an opening phrase: the phrase is no claim of the writer's)
        head = self._trim(words[0].start, words[first - 1].end)
        return [head] if head is not None else []

    def _act_before_and(self, words: list[Token], hit: CueHit, mention: Mention) -> list[Span]:
        """ "The port authority raised its fee on Monday and hinted C": the subject's act before "and"
        and the cue (a verb in the past, no cue of its own), left for the unattributed claims."""
        first = hit.first
        if (
            first < 4
            or words[first - 1].text != "and"
            or words[first - 2].after
            or mention.span[0] != words[0].start
        ):
            return []
        k = next((k for k, w in enumerate(words) if w.start >= mention.span[1]), first)
        verb = words[k].text if k < first - 2 else ""
        acted = verb.islower() and verb.endswith("ed") and verb not in self.rules.cues
        head = self._trim(words[0].start, words[first - 2].end) if acted else None
        return [head] if head is not None else []

    def _leading(self, words: list[Token], end: int, *, main_clause: bool = False) -> list[Found]:
        """The first attribution whose speaker stands before its cue ("X said C"); `main_clause`: the
        words are the main clause after a subordinate one (its own speakers are not looked for again)."""
        for hit in cues_in(self.text, words, self.rules, limit=4):
            if hit.complement == "according" or self.in_quote(words[hit.first].start):
                continue
            if self._in_dash_aside(words, hit.first) or self._in_opening_relative(words, hit.first):
                continue  # "Trump - who previously said C1 - said C2": the aside's cue is not the sentence's
            if self._no_lead(words, hit):
                continue
            if self._noun_cue(words, hit) or self._citing_aside(words, hit) or self._comma_aside(words, hit):
                continue  # "Carson's support after the debate": a noun; "X, citing a source, reported"
            if self._errand_only(words, hit):
                continue  # "Tom Hale called her to say C": the cue is "say", "called" its errand
            if words[hit.last].text != "saying" and _by_a_name(words, hit.last + 1):
                continue  # "the site is derelict and plans by the GAA to redevelop it": the GAA's plans
            # where the content starts, read before the speaker: it reads the cue and the words after it
            # alone, and costs far less (a cue with no content has no speaker to look for)
            start = self._content_start(words, hit)
            if (
                start is None
                or _plural_and_be(words, hit, start)
                or _measured_opening(words, start, self.rules)
            ):
                # "the biggest questions are legal ones": a plural noun and its verb; "C, X said on Friday,
                # two days after the vote": the writer's clause of time, no content
                continue
            mention = (
                self.speaker_for(words, hit)
                or self.with_subject(words, hit)
                or self.past_participle_phrase(words, hit)
                or self._what_subject(words, hit)
            )
            mention = self._after_what(words, hit, mention) if mention is not None else None
            if mention is None or self._unfit(words, hit, mention):
                continue
            second = self._second_of_speaker(words, hit, start)
            whole = self._leading_stop(words, hit.first, start, second, end)
            stop = self._aside_stop(words, mention, start, whole)
            content = self._trim(self._opening_mark(words[start].start, stop), stop)
            if (
                content is None
                # (one word is enough inside a dash aside: "a bold - some say reckless - promise")
                or len(self.text[content[0] : content[1]].split()) < (1 if stop < whole else 2)
                or self._only_pronouns(content)
                or self._only_credit(content)
                or self.summed_up(content)  # "C, the firm said on Friday, a move that ...": C is the content
            ):
                continue
            content, leftover = self._cut_clause(words, hit, start, content, stop)
            if mention.name.lower().startswith("with "):  # the phrase as written: "with some"
                # "with some suggesting that C, guesses continue": the absolute clause ends at its comma
                mention = attrs.evolve(
                    mention, name=mention.name[5:], span=(mention.span[0] + 5, mention.span[1])
                )
                content, leftover = self._cut_at_comma(words, start, content, stop, rest=1)
            leftover += self._head_before_with(words, mention)
            outlet = find_outlet(self.text, words[hit.first].start, words[start].start, self.rules)
            outlet = outlet or self._opening_outlet(words, mention) or self._aside_outlet(mention, hit, words)
            content, credited = self._trailing_credit(content)
            content, implied = self._quoted_object(self._cut_gloss(content), hit)
            outlet = outlet or credited
            quote = quote_kind(self.text, [content])
            implied = "opinion" if self._minded(words, start) else implied  # "expressed hope that C"
            found = [Found([content], mention, self._cue(words, hit), implied, hit.complement, outlet, quote,
                           "reported", leftover)]  # fmt: skip
            if self._kept_as_act(words, hit, start, found[0]):
                continue  # "announced sanctions": the doer is a name to learn, no claim
            if second:
                more = self._same_speaker(words, second[1], mention, end)
                if more is not None and more.outlet is None and outlet is not None:
                    more.outlet = outlet  # "X, in a post on X, blamed C1 and said C2": the same post
                found += [more] if more else []
            elif leftover and not main_clause:
                found += self._main_clause(words, found[0], end)
            # (after the main clause is read: the subject's own clause holds no other speaker)
            found[0].leftover += self._head_before_participle(words, hit, mention) + self._act_before_and(
                words, hit, mention
            )
            return found
        verb_that = self._verb_that(words, end)
        return [verb_that] if verb_that else []

    def _aside_stop(self, words: list[Token], mention: Mention, start: int, stop: int) -> int:
        """Where the content from word `start` ends when its speaker opens an aside after a dash: at the
        dash closing the aside ("The vote — one delegate said C — angered the smaller parties"); else
        `stop`."""
        k = next((i for i, w in enumerate(words) if w.start >= mention.span[0]), 0)
        if k == 0 or not self._dash_after(words, k - 1):
            return stop
        for x in range(start, len(words) - 1):
            if words[x].end >= stop:
                break
            dash = DASH.search(self.text, words[x].end, words[x + 1].start)
            if dash is not None:
                return dash.start()
        return stop

    def _what_subject(self, words: list[Token], hit: CueHit) -> Mention | None:
        """The speaker between "what" and the cue when no subject of the sentence speaks: "sought to shed
        what Tom Hale called C" (Tom Hale); else None."""
        k = next(
            (k for k in range(hit.first - 1, max(-1, hit.first - _MAX_WHAT), -1) if words[k].text == "what"),
            None,
        )
        if k is None or k + 1 >= hit.first or hit.complement == "to":
            return None  # (not "what Tom Hale wanted to hear": a wish, nothing said)
        after = words[hit.last + 1].text if hit.last + 1 < len(words) else ""
        if after in ("and", "or", "but") or words[hit.last].after[:1] in (",", ".", ";"):
            return None  # "Here is what the ministers said and the promises they kept": what, no content
        if words[hit.last].text.lower() in self.rules.what_naming and self._quoted_word_then_noun(
            words, hit.last + 1
        ):
            return None  # "seized what the mayor called “reckless” fireworks": the writer's sentence
        return classify(self.text, words[k + 1 : hit.first], self.rules)

    def _quoted_word_then_noun(self, words: list[Token], k: int) -> bool:
        """Whether word `k` opens a quotation that closes before the sentence's last word: "“reckless”
        fireworks at 14 sites" (quoted words describing the noun after them)."""
        if k >= len(words) - 1 or self.text[words[k].start - 1 : words[k].start] not in ("“", '"'):
            return False
        return any(self.text[w.end : w.end + 1] in ("”", '"') for w in words[k:-1])

    def _after_what(self, words: list[Token], hit: CueHit, mention: Mention) -> Mention | None:
        """The speaker of a cue in a free relative clause: the words between "what" and the cue ("The act
        marks what officials called C": officials, not "The act marks what officials"); None when they
        name no one; `mention` when no "what" stands inside it."""
        low, high = mention.span  # (inside the speaker's words only)
        inside = [k for k in range(hit.first) if words[k].text == "what" and low <= words[k].start < high]
        if not inside or inside[-1] + 1 >= hit.first:
            return mention
        found = classify(self.text, words[inside[-1] + 1 : hit.first], self.rules)
        return found if found is not None and not found.pronoun else None

    def _cut_clause(
        self, words: list[Token], hit: CueHit, start: int, content: Span, stop: int
    ) -> tuple[Span, list[Span]]:
        """The content without the clause that is no part of it: the main clause after "While X said C,"
        or the writer's concession after ", though"."""
        lead = words[0].text.lower()
        # "Minutes before X announced that C, MAIN": a measure of time may stand before the subordinator
        measured = lead in self.rules.time_measures and len(words) > 1
        subordinate = lead in self.rules.subordinators or (
            measured and words[1].text.lower() in self.rules.subordinators
        )
        subordinate = subordinate or self._subordinate_after_participle(words, hit)
        if subordinate and (hit.complement != "about" or hit.lemma in self.rules.requests):
            return self._cut_subordinate(words, hit, start, content, stop)
        if hit.complement == "to":  # "vowed to keep its ferries running despite a warning by X that C": the
            # writer's contrast, no part of what was vowed
            despite = next((j for j in range(start + 2, len(words)) if words[j].text == "despite"), None)
            rival = despite is not None and _rival_words(words[despite + 1 : despite + 5])
            if despite is not None and rival and words[despite].start < content[1]:
                content = self._trim(content[0], words[despite - 1].end) or content
            content = self._before_second_act(words, start, content)
        if hit.complement == "thing":
            content = self._before_occasion(words, start, content)
        return self._cut_concessive(words, start, content, stop)

    def _before_second_act(self, words: list[Token], start: int, content: Span) -> Span:
        """ "The council urged drivers to slow down and installed cameras": the content of "to V" ends
        before "and" and a past form, the subject's second act (not "to be named and identified", a
        passive's participles; nor "to slow down and stop", one more infinitive)."""
        for j in range(start + 1, len(words) - 1):
            w = words[j]
            if w.start >= content[1] or w.text in BE_FORMS or w.text in ("have", "has", "had"):
                break
            after = words[j + 1].text
            if (
                w.text == "and"
                and not words[j - 1].after
                and after.isalpha()
                and after.islower()
                and after.endswith("ed")
            ):
                return self._trim(content[0], words[j - 1].end) or content
        return content

    def _before_occasion(self, words: list[Token], start: int, content: Span) -> Span:
        """A judged thing without the occasion after it, where and when it was judged: "criticized Roe
        during a meeting on Friday" is Roe, "praised the plan at a news conference" the plan (a preposition,
        then a scene of `Rules.scenes` within three words)."""
        for j in range(start + 1, len(words) - 1):
            low = words[j - 1].text.lower()
            if words[j].start >= content[1] or words[j - 1].after:
                break
            if low == "that" or low in self.rules.auxiliaries or low.endswith("ed"):
                break  # a clause, whose own scene it may be: "Beck will endorse Roe at a rally"
            if words[j].text not in _OCCASION_WORDS or words[j + 1].text.lower() not in _OCCASION_OPENERS:
                continue  # (not "examples of copying in political speech")
            if self.in_quote(words[j].start) or not any(
                w.text.lower() in self.rules.scenes for w in words[j + 1 : j + 4]
            ):
                continue
            if any(w.text == "that" and w.start < content[1] for w in words[j + 2 :]):
                break  # "expressed anger in an interview that C": what was said follows it
            return self._trim(content[0], words[j - 1].end) or content
        return content

    def _subordinate_after_participle(self, words: list[Token], hit: CueHit) -> bool:
        """Whether the cue's clause is a subordinate one inside a participle's phrase opening the sentence:
        "Standing outside the depot after the council revealed C1, Hale said C2" (a subordinator right before
        the cue's subject, no comma between the sentence's start and the cue)."""
        first = words[0].text
        if not (first[:1].isupper() and first.lower().endswith("ing")) or hit.first < _PARTICIPLE_SUBJECT:
            return False
        if any(w.after[:1] == "," for w in words[: hit.first]):
            return False
        low = max(1, hit.first - MAX_SUBJECT)
        return any(words[j].text.lower() in self.rules.subordinators for j in range(low, hit.first - 1))

    def opening_participle(self, words: list[Token]) -> Found | None:
        """ "Describing the bill as “reckless”, the senator said C2" / "Stating that C1, X said C2": the
        participle's phrase opening the sentence is a claim of the main clause's subject (cue the
        participle), besides the main clause's own claim."""
        low = words[0].text.lower()  # capitalised, so read from the table itself; "Revealing that" too
        if len(words) < 5 or low not in self.rules.opening_participles:
            return None
        entry = self.rules.cues.get(low) or self.rules.cues.get(f"{low} {words[1].text}")
        hit = CueHit(0, 0, entry[0], entry[1], entry[2]) if entry is not None else None
        text = self.text
        bound = min(len(words) - 1, CLAUSE_WINDOW)  # the comma may follow a closing mark: “C,” X said
        comma = next((j for j in range(1, bound) if "," in text[words[j].end : words[j + 1].start]), None)
        if hit is None or comma is None or comma + 2 >= len(words) or self.in_quote(words[0].start):
            return None
        after = words[comma + 1 : comma + 1 + CLAUSE_WINDOW]
        said = next(iter(cues_in(self.text, after, self.rules, limit=1)), None)
        if said is None or said.first == 0 or said.first > MAX_SUBJECT:
            return None
        mention = self.subject(after, said.first)
        if mention is None or mention.span[0] != after[0].start:
            return None  # the main clause opens with its speaker: "..., the minister said"
        start = hit.last + 1 + (words[hit.last + 1].text.lower() == "that")
        content = self._trim(words[start].start, words[comma].end) if start <= comma else None
        if content is None or len(text[content[0] : content[1]].split()) < 2:
            return None
        closed = content[1]
        while closed < words[comma + 1].start and text[closed] in '"”’,':  # the closing mark kept
            closed += 1
        content = (content[0], len(text[:closed].rstrip(",")))
        return Found([content], mention, self._cue(words, hit), hit.kind, hit.complement, None,
                     quote_kind(self.text, [content]), "reported")  # fmt: skip

    def _unfit(self, words: list[Token], hit: CueHit, mention: Mention) -> bool:
        """A speaker who cannot say this: "he found the keys", "they found a way" (but "The authors
        found that C" reports); "the bloodshed seemed to ..." (things seem, only people want)."""
        if (
            hit.lemma in self.rules.evidence
            and (mention.kind == "person" or (mention.pronoun and mention.name.lower() != "it"))
            and not _followed_by_that(words, hit)
            and not self._revealed_clause(words, hit)
        ):
            return True
        if hit.lemma == "find" and mention.kind != "document" and not _followed_by_that(words, hit):
            # "A helicopter found their bodies", "the bank has found itself at the centre", "Police have
            # found two walkers who were missing": a thing or people found, no finding
            return _found_thing(words, hit.last + 1)
        return (
            hit.complement == "to"
            and hit.lemma in self.rules.wishes
            and mention.kind not in ("person", "organisation")
        )

    def _revealed_clause(self, words: list[Token], hit: CueHit) -> bool:
        """Whether a person's "revealed" opens a clause with no "that" ("the minister revealed the state
        will shut C", "revealed her brother had run the firm"): a report, as "revealed that C" is. Not
        "found" or "showed", whose object with a clause of its own is a thing found ("found someone he
        would like to run", "has shown a weakness she never admitted")."""
        i = hit.last + 1
        if hit.lemma != "reveal" or i >= len(words) or not words[i].text.islower():
            return False
        return self._zero_that(words, i, words[hit.last])

    def _kept_as_act(self, words: list[Token], hit: CueHit, start: int, found: Found) -> bool:
        """Whether `found` is an act done rather than words said (`Contents._act`); then it is kept in
        `acts`, whose doers are names to learn, and claims nothing."""
        if not self._act(words, hit, start):
            return False
        found.rule = "act"
        self.acts.append(found)
        return True

    def _main_clause(self, words: list[Token], found: Found, end: int) -> list[Found]:
        """ "While Comey has said that C1, Lewandowski said C2": the main clause after a subordinate
        one may credit another speaker; then the subordinate clause's leftover is no claim of its own."""
        opening = next((j for j, w in enumerate(words) if w.start == found.leftover[0][0]), None)
        if opening is None:
            return []
        clause = words[opening : opening + CLAUSE_WINDOW]  # bounded, as for coordinated clauses
        more = self._leading(clause, end, main_clause=True)
        if not more or more[0].mention.span[0] != _first_content_word(clause, self.rules).start:
            return []
        found.leftover = []
        return more

    def _opening_outlet(self, words: list[Token], mention: Mention) -> Outlet | None:
        """The medium named in a phrase opening the sentence before the speaker: "Speaking to the BBC in
        1995, Mr Lowe said", "In an interview with CNN, Smith said"."""
        if not words or mention.span[0] <= words[0].start:
            return None
        opening = self.text[words[0].start : mention.span[0]].rstrip()
        if not opening.endswith(","):
            return None
        tweet = next((w for w in words[:6] if w.text.lower() in ("tweet", "tweets")), None)
        if tweet is not None and opening.lower().startswith("in "):  # "In a tweet on Saturday, Zarif said"
            return Outlet(name="Twitter", span=(tweet.start, tweet.end))
        return find_outlet(self.text, words[0].start, mention.span[0], self.rules)

    def _posted_outlet(self, words: list[Token], mention: Mention, hit: CueHit) -> Outlet | None:
        """The platform the clause before a participle's cue names: "X posted a photo on Facebook, writing:
        “C”" (`Rules.platforms`); None for any other outlet there."""
        cue = words[hit.first]
        if not cue.text.endswith("ing") or mention.span[1] >= cue.start:
            return None
        return self._platform_in(mention.span[1], cue.start)

    def _aside_outlet(self, mention: Mention, hit: CueHit, words: list[Token]) -> Outlet | None:
        """The platform an aside between the speaker and the cue names: "X, in a post on X, said C", "The
        coalition, in a statement posted on Facebook, said C" (`Rules.platforms`); any outlet when the
        aside is an interview's scene: "X, speaking to Harbour News on Monday, admitted C", "X, in an
        interview with the Courier, said C" (`Rules.interview_leads`)."""
        start, cue = mention.span[0], words[hit.first].start
        comma = self.text.find(", ", start, cue)  # (the mention's span may run over the aside)
        if comma < 0 or not self.text[start:cue].rstrip().endswith(","):
            return None
        aside = " ".join(self.text[comma + 2 : cue].lower().split()[:4])
        if aside.startswith(("in an interview ", *(f"{lead} " for lead in self.rules.interview_leads))):
            return find_outlet(self.text, comma, cue, self.rules)
        return self._platform_in(comma, cue)

    def _platform_in(self, start: int, end: int) -> Outlet | None:
        """The outlet named between offsets `start` and `end` when it is a platform (`Rules.platforms`)."""
        outlet = find_outlet(self.text, start, end, self.rules)
        return outlet if outlet is not None and outlet.name in self.rules.platforms else None

    def _coordinated(self, words: list[Token], found: Found, end: int) -> list[Found]:
        """ "X said C1, though Y said C2" / "X said C1; Y said C2": another speaker's attribution after a
        clause boundary inside the first claim's content. The first content ends at the boundary."""
        first, last = found.spans[-1]
        cues: list[int] | None = None  # where the sentence's cues stand, read at the first boundary
        tries = 0
        for j in range(1, len(words) - 3):
            w, prev = words[j], words[j - 1]
            if w.start <= first or w.start >= last:
                continue
            semicolon = prev.after[:1] == ";"
            joined = prev.after[:1] == "," or (w.text in _BARE_JOINERS and not prev.after)
            # (or a spaced dash: "C1 – though he stressed C2")
            joined = joined or self._dash_after(words, j - 1)
            # "X confirmed C1, hours after Y said C2": a measure of time and "after" or "before" open the
            # writer's subordinate clause, whose own speaker's claim follows
            measured = prev.after[:1] == "," and _measured_after(words, j, self.rules)
            # "X vowed to review C1 after Y said C2": after an infinitive's content, a subordinator
            # opens the writer's clause, whose named speaker's claim follows; so after any content when
            # that speaker reports a clause or an act ("X said he would form a government after Prime
            # Minister Y conceded C2"), unless a measure of time binds "after" to C1 ("came hours after")
            low = w.text.lower()
            coordinated = joined and low in self.rules.clause_joiners
            acted = low in _AFTER_AN_ACT and not coordinated
            acted = acted and (found.complement == "to" or prev.text.lower() not in self.rules.time_measures)
            if not semicolon and not measured and not acted and not coordinated:
                continue
            if self.in_quote(w.start):  # (asked last: most words are no boundary)
                continue
            if cues is None:
                cues = [hit.first for hit in cues_in(self.text, words, self.rules)]  # one pass, once
            k = bisect.bisect_right(cues, j)
            if k == len(cues) or cues[k] > j + MAX_SUBJECT + 2:
                continue  # no cue close enough after the boundary to open another speaker's clause
            tries += 1
            if tries > _MAX_COORDINATED:
                break  # a sentence joins a few speakers' clauses, not hundreds: a bound keeps this cheap
            opening = j if semicolon else j + 2 if measured else j + 1
            clause = words[opening : opening + CLAUSE_WINDOW]  # bounded: a copy per boundary stays cheap
            more = self._leading(clause, end)
            if not more or more[0].mention.span[0] != _first_content_word(clause, self.rules).start:
                continue
            if not prev.after and more[0].mention.span[0] != words[j + 1].start:
                continue  # with no comma the subject follows "but" at once: not "but also because he"
            if acted and (more[0].mention.span[0] != words[j + 1].start or not _named_past(more[0])):
                continue  # "pledged to act after the talks ended": no one named speaks there
            if acted and found.complement != "to" and more[0].complement not in ("clause", "to"):
                continue  # "said they left after the court ruled against them": an act, no claim
            if not prev.after and w.text == "and" and (not _named_past(more[0]) or not prev.text.islower()):
                continue  # "X said C1 and its officers support C2", "that both Roe and Hale were": C1 goes on
            if (
                not measured
                and w.text.lower() not in self.rules.coordinators
                and not _content_follows(self.text, more[0])
            ):
                continue  # "C1, as she put it in May, C2": an aside naming the words' speaker, no clause
            head = self._trim(first, prev.end)
            if head is None:
                return []
            found.spans[-1] = head
            found.leftover = [span for span in found.leftover if span[1] <= head[1]]
            found.quote = quote_kind(self.text, found.spans)
            return more
        return []

    def _verb_that(self, words: list[Token], end: int) -> Found | None:
        """Any verb between a named subject and a "that" clause: "Clinton acknowledged that C"."""
        if self.text.find("that", words[0].start, words[-1].end) < 0:
            return None  # (asked first: one search at C speed for the word the loop looks for)
        for k in range(1, min(len(words) - 2, MAX_SUBJECT + 2)):
            if words[k + 1].text != "that" or words[k].after:
                continue
            if k + 2 < len(words) and words[k + 2].text in self.rules.that_as_subject:
                continue  # "Surety companies that had insured ...": "that" opens a relative clause
            if k + 2 < len(words) and words[k + 2].text in self.rules.that_determines:
                return None  # "Hundreds gathered that morning": "that" points at a time
            verb = words[k].text
            if verb in self.rules.cues:
                return None  # a known cue had its chance with its own rules
            third_person = verb.endswith("s") and not verb.endswith(("ss", "us", "is", "ys"))
            if third_person and k + 2 < len(words):
                # a clause's subject after "that", not a verb: "Hale concedes that the plan failed"; a plural
                # noun's relative clause is none ("rules stop firms running kiosks that serve a third")
                after = words[k + 2].text
                third_person = is_capitalised(after) or after.lower() in _CLAUSE_SUBJECTS
            if not (verb.islower() and (verb.endswith("ed") or third_person)) or verb in _NOT_VERBS:
                continue
            mention = self.subject(words, k)
            if mention is None or mention.span[0] != _first_content_word(words, self.rules).start:
                return None
            if mention.pronoun and mention.name.lower() == "it":
                return None
            content = self._trim(words[k + 2].start, end)
            if content is None or len(self.text[content[0] : content[1]].split()) < 3:
                return None
            cue = Cue(text=verb, lemma=lemma(verb, self.rules), span=(words[k].start, words[k].end))
            quote = quote_kind(self.text, [content])
            return Found([content], mention, cue, "statement", "clause", None, quote, "reported-verb")
        return None

    def _only_pronouns(self, content: Span) -> bool:
        """Whether a content is pronouns alone ("believe it himself", "told them so"): no claim."""
        said = self.text[content[0] : content[1]].lower().split()
        return all(w in _PRONOUN_WORDS for w in said)

    def _second_of_speaker(self, words: list[Token], hit: CueHit, start: int) -> tuple[int, CueHit] | None:
        """The second cue of the speaker of `hit` in the words it reports from `start`, unless it goes on
        with the reported clause ("X said she would like C1 but supports C2")."""
        second = self._second_cue(words, start)
        return None if _present_after_past(self.text, words, hit, second) else second

    def _second_cue(self, words: list[Token], start: int) -> tuple[int, CueHit] | None:
        """ "... and said C2", "..., but added C2": a second cue of the same speaker in the content."""
        for j in range(start + 1, len(words) - 2):
            participle = words[j].text in self.rules.participles
            if not participle and words[j].text not in _SECOND_JOINS:
                continue  # (asked first: most words open no second cue, and need no test of quotes)
            if self.in_quote(words[j].start):
                continue
            comma = words[j - 1].after[:1] == "," or "," in self.text[words[j - 1].end : words[j].start]  # ”,
            if participle and not comma and words[j - 1].text in ("after", "before") and j > 1:
                comma = words[j - 2].after[:1] == ","  # "..., after adding that C2"
            if participle and comma:
                hit = cue_at(words, j, self.rules)
                if hit is not None:
                    return j, hit  # "X criticized the plan, saying C"
            if words[j].text not in _SECOND_JOINS:
                continue
            k = j + 1
            subject = words[k].text.lower() in ("he", "she", "they") and k < len(words) - 1
            if words[j].text in _CONCEDING and not (subject and comma):
                continue  # "..., though he added that C2"; not "though not the results"
            if words[j].text == "as" and not subject:
                continue  # "... as he conceded C2"; not "as expected", "as the plan said"
            if subject:
                k += 1  # "..., but he said C2"
            while k < len(words) - 1 and self._is_filler(words[k]) and words[k].text != "now":
                k += 1  # not "now": "that the US withdrew and now wants C" goes on about the US
            hit = cue_at(words, k, self.rules) or self._past_scene(words, k)
            if (
                hit is None
                or hit.complement in ("according", "about")
                or _noun_then_of(words, hit, self.rules)
            ):
                continue
            if not subject and self._state_goes_on(words, j, hit):
                continue  # "said the plant had shut and did not expect C2": the reported clause goes on
            if words[j].text == "as" and (self._aside_closes(words, hit.last) or hit.lemma == "put"):
                continue  # "the outcome, as he explained later, was C"; "as she put it": asides, no claim
            return j, hit
        return None

    def _aside_closes(self, words: list[Token], k: int) -> bool:
        """Whether a comma closes the cue at `k` at once or past one adverb: "as he explained, was",
        "as he explained later, was"."""
        if words[k].after:
            return True
        return k + 1 < len(words) and words[k + 1].after[:1] == "," and self._is_filler(words[k + 1])

    def _state_goes_on(self, words: list[Token], j: int, hit: CueHit) -> bool:
        """Whether a state of mind (`Rules.shared_states`) right after "and" at `j` goes on with the reported
        clause; not after a comma or a dash, where the verb goes back to the speaker ("has said C1 - and
        thinks C2")."""
        return (
            words[j].text == "and"
            and hit.lemma in self.rules.shared_states
            and _STOPS.search(self.text, words[j - 1].end, words[j].start) is None
        )

    def _past_scene(self, words: list[Token], k: int) -> CueHit | None:
        """ "..., but in a later interview said C2", "and on Tuesday said C2": a short phrase of time or
        place between the coordinator and the same speaker's second cue."""
        if words[k].text not in _SCENE_PREPOSITIONS or self.in_quote(words[k].start):
            return None
        for m in range(k + 1, min(k + _SCENE_WORDS + 1, len(words) - 1)):
            if words[m - 1].after:
                return None  # the phrase runs unbroken to the cue
            hit = cue_at(words, m, self.rules)
            if hit is not None:
                return hit
        return None

    def _same_speaker(self, words: list[Token], hit: CueHit, mention: Mention, end: int) -> Found | None:
        start = self._content_start(words, hit)
        if start is None or self._act(words, hit, start):
            return None
        if hit.complement == "question" and words[hit.first].text.lower() != "asking":
            # "said C1 and asked drivers to stay home": the request ends C1 and is no claim (nor is a topic
            # asked "about"); "and asked whether C2" is
            asked = words[start].text.lower()
            if asked == "about" or asked not in self.rules.question_words:
                return None
        content = self._trim(words[start].start, end)
        if content is None or len(self.text[content[0] : content[1]].split()) < 2:
            return None
        content, implied = self._quoted_object(content, hit)  # "..., describing it as her “darkest hour”"
        k = hit.first - 1
        while k > 0 and hit.first - k < _FILLERS_BEFORE and self._is_filler(words[k]):
            k -= 1  # "although he again declined to C2": past an adverb
        before = words[k] if hit.first > 0 else None
        if before is not None and before.text.lower() in ("he", "she") and mention.kind != "person":
            # "The paper claimed C1, though he stressed C2": "he" is a person, no paper; read as any "he"
            mention = pronoun_mention(before.text, (before.start, before.end))
        elif before is not None and before.text.lower() in ("he", "she", "they"):
            mention = attrs.evolve(mention, span=(before.start, before.end))  # "but he said C2": this mention
        outlet = find_outlet(self.text, words[hit.first].start, words[start].start, self.rules)
        return Found([content], mention, self._cue(words, hit), implied, hit.complement, outlet,
                     quote_kind(self.text, [content]), "reported")  # fmt: skip

    def _errand_only(self, words: list[Token], hit: CueHit) -> bool:
        """Whether a cue word is the verb of going to an audience before "to" and a later cue ("called her
        on Friday to say C", `Rules.errands`): the later cue speaks."""
        if words[hit.last].text not in self.rules.errands:
            return False
        for c in range(hit.last + 2, min(len(words), hit.last + 3 + MAX_ERRAND)):
            if words[c - 1].text == "to" and cue_at(words, c, self.rules) is not None:
                return self._past_errand(words, c, 0) == hit.last
        return False

    def _noun_cue(self, words: list[Token], hit: CueHit) -> bool:
        """A cue word that is a noun here: "their support", "majority support", "34% support"."""
        if hit.first == 0 or words[hit.first].text.lower() not in self.rules.noun_cues:
            return False
        prev = words[hit.first - 1]
        low = prev.text.lower()
        opening = words[0].text.endswith("ing") and not any(w.after for w in words[: hit.first])
        if opening and words[hit.last].after[:1] == ",":
            return (
                True  # "Downplaying their differences over the espionage claims, Xi said": it ends the phrase
            )
        # a marker capitalised after another capitalised word ends a name: "Harbour News shows that C"
        named = hit.first >= 2 and is_capitalised(prev.text) and is_capitalised(words[hit.first - 2].text)
        return (
            (low in self.rules.noun_markers and not named)
            or low.endswith(("'s", "’s", "s'"))
            or any(ch.isdigit() for ch in low)
            or self._compound(words, hit)
            or self._listed_noun(words, hit)
            or self._before_title(words, hit)
        )

    def _before_title(self, words: list[Token], hit: CueHit) -> bool:
        """A noun cue word before a title in lower case and a name opens the title: "AXA Insurance claims
        director Jane Roe said" is a claims director's words, no claim of the firm."""
        k = hit.last + 1
        if k + 1 >= len(words) or words[hit.last].after or words[k].after:
            return False
        return words[k].text in self.rules.titles and is_capitalised(words[k + 1].text)

    def _listed_noun(self, words: list[Token], hit: CueHit) -> bool:
        """A plural cue word after a determiner and a noun is a noun in a list when another item of it,
        opening with a determiner, follows its comma: "the visits to constituents, the phone calls, the
        hours spent" (not "C, the agency reports, citing data")."""
        if hit.first < 2 or hit.last + 1 >= len(words):
            return False
        word, prev, before = words[hit.last], words[hit.first - 1], words[hit.first - 2].text.lower()
        plural = word.text.islower() and word.text.endswith("s") and prev.text.islower()
        item = word.after[:1] == "," and words[hit.last + 1].text.lower() in DETERMINERS
        return plural and item and before in DETERMINERS

    def _compound(self, words: list[Token], hit: CueHit) -> bool:
        """A cue taking a thing that stands before a noun and its verb, so that it is the first word of a
        compound noun: "the coaching and support staff have been suspended", "The union and support
        groups said" (not "Voters support tax cuts")."""
        k = hit.last + 1
        if hit.complement != "thing" or k + 1 >= len(words) or words[hit.last].after or words[k].after:
            return False
        verb = words[k + 1].text.lower()
        return (
            words[k].text.isalpha()
            and words[k].text.islower()
            and (verb in self.rules.auxiliaries or cue_at(words, k + 1, self.rules) is not None)
        )

    def _no_lead(self, words: list[Token], hit: CueHit) -> bool:
        """Whether a cue leads no claim of the words before it: a word of `Rules.quote_only` with no
        "that"; a passive ("is expected to"); a relative clause's cue before the main clause's ("Voters
        who responded said C": "said" is the cue)."""
        quote_only = words[hit.first].text.lower() in self.rules.quote_only
        if (quote_only and not _followed_by_that(words, hit)) or self._passive(words, hit):
            return True
        relative = hit.first > 0 and words[hit.first - 1].text in ("who", "that")
        return relative and self._meets_main_verb(words, hit)

    def _meets_main_verb(self, words: list[Token], hit: CueHit) -> bool:
        """Whether a relative clause's cue is followed by the main clause's cue, right after it ("most of
        the nurses who replied said that C") or after its comma and a short subject ("Of the members who
        replied, 60 percent said C"): the relative clause says nothing of its own."""
        k = hit.last + 1
        if k >= len(words):
            return False
        after = words[hit.last].after
        if not after:
            return self._main_verb(words, k)
        if after[:1] != "," or has_quote_mark(self.text[words[hit.last].end : words[k].start]):
            return False
        for m in range(k, min(len(words), k + _SHORT_SUBJECT)):
            if self._main_verb(words, m):
                return True
            if words[m].after:
                return False
        return False

    def _main_verb(self, words: list[Token], k: int) -> bool:
        """Whether a cue of speech opening a clause stands at `k` ("said", "told"; not "plans to", a noun
        after "announced")."""
        found = cue_at(words, k, self.rules)
        return found is not None and found.complement in ("clause", "object")

    def _passive(self, words: list[Token], hit: CueHit) -> bool:
        """ "is expected to", "was told": a participle after a form of "be" is no cue of its subject."""
        word = words[hit.first].text
        k = hit.first - 1
        between = words[k].text.lower() if k > 0 else ""
        if (between in _BETWEEN_BE or _manner(between)) and not words[k - 1].after:
            k -= 1  # "was also accused", "were never told", 'was “widely agreed”'
        return (
            hit.first == hit.last
            and k >= 0
            and (words[k].text.lower() in BE_FORMS or words[k].text.lower() in _STAND_FORMS)
            and not word.endswith("ing")  # "is telling" is no passive
        )


def _manner(word: str) -> bool:
    """Whether a word is an adverb of manner or degree ending in "-ly" ("broadly", "widely")."""
    return len(word) > _SHORTEST_MANNER and word.endswith("ly")


_SHORTEST_MANNER = 4  # letters: "only" is no adverb of manner to read past
_MAX_WHAT = (
    7  # words from "what" to the cue of its free relative clause: "what the ruling coalition's leader said"
)
# "stand" before a participle, as "be" is: "Tom Hale stands accused of C by Labour" is no claim of Hale's
_STAND_FORMS = frozenset({"stand", "stands", "stood"})


def _measured_after(words: list[Token], j: int, rules: Rules) -> bool:
    """Whether a measure of time (`Rules.time_measures`) and "after" or "before" stand at `j`: "hours
    after", "days before"."""
    return (
        j + 2 < len(words)
        and words[j].text.lower() in rules.time_measures
        and words[j + 1].text.lower() in ("after", "before")
        and not words[j].after
    )


def _measured_opening(words: list[Token], start: int, rules: Rules) -> bool:
    """Whether a measure of time and "after" or "before" open the words at `start`, past a comma, with a
    count or an article before the measure or none: "..., hours after", "..., two days after"."""
    if start == 0 or words[start - 1].after[:1] != ",":
        return False  # ("said hours after the vote that C": the content is read on)
    counted = start + 1 < len(words) and (words[start].text.lower() in _COUNTS or words[start].text.isdigit())
    return _measured_after(words, start + 1 if counted else start, rules)


_COUNTS = frozenset({*NUMBER_WORDS, "several", "few", "many"})  # before a measure of time ("a", "two")


def _noun_then_of(words: list[Token], hit: CueHit, rules: Rules) -> bool:
    """Whether a cue word that is also a noun (`Rules.noun_cues`) is one here, a preposition after it:
    "C1, and support for Roe would have been higher" (no second cue "support")."""
    after = words[hit.last + 1].text.lower() if hit.last + 1 < len(words) else ""
    return words[hit.first].text.lower() in rules.noun_cues and after in _NOUN_PREPOSITIONS


_NOUN_PREPOSITIONS = frozenset({"for", "of", "from", "among", "behind"})


def _named_past(found: Found) -> bool:
    """Whether a claim opening a clause after a bare "and" is another speaker's: named (a capital in the
    mention: "and its director Abe Lind noted C2", "and Democrats accused") with a cue in the past ("said",
    "noted"; not "and its officers support C2", which goes on with the first clause)."""
    cue = found.cue.text.split()[-1]
    named = any(w[:1].isupper() for w in found.mention.name.split())
    return named and cue.islower() and not _present(cue, found.cue.lemma) and not cue.endswith("ing")


def _present_after_past(
    text: str, words: list[Token], hit: CueHit, second: tuple[int, CueHit] | None
) -> bool:
    """Whether the cue of `second` (the index of its "and" or "but", and the cue) in what `hit` reports
    is in the present while `hit` is in the simple past, with no comma or dash between: news tells its
    own story in the past, so a present verb there goes on with the reported clause ("Roe said she
    would like C1 but supports C2"), where a past one is the speaker's next act ("said C1 and cited
    C2"). Not after a perfect ("have described C1 and say C2" may be two, as after a dash: "said C1 -
    and thinks C2")."""
    if second is None:
        return False
    joiner, cue = second
    # (an adverb may stand between: "have all characterized C1 and say C2")
    perfect = any(w.text.lower() in _PERFECT for w in words[max(0, hit.first - 2) : hit.first])
    before = words[cue.first - 1].text.lower()  # "but did not suggest": the auxiliary is past
    before = words[cue.first - 2].text.lower() if before in ("not", "never") else before
    return (
        not perfect
        and not _present(words[hit.last].text, hit.lemma)
        and not words[hit.last].text.endswith("ing")
        and _present(words[cue.first].text, cue.lemma)
        and before not in _PAST_AUXILIARIES
        and _STOPS.search(text, words[joiner - 1].end, words[joiner].start) is None
    )


_PERFECT = frozenset({"has", "have", "had"})
_PAST_AUXILIARIES = frozenset({"did", "didn't", "had", "was", "were"})


def _present(word: str, lemma: str) -> bool:
    """Whether `word`, a form of the verb `lemma`, is in the present: "say", "says", "denies"."""
    word = word.lower()
    return word in (lemma, f"{lemma}s", f"{lemma}es") or (lemma.endswith("y") and word == f"{lemma[:-1]}ies")


def _plural_and_be(words: list[Token], hit: CueHit, start: int) -> bool:
    """Whether a cue word in "-s" is a plural noun with its verb "be" right after it: "the most pressing
    questions are practical ones" (not after a comma: "C1, X often says, is C2")."""
    cue = words[hit.last]
    return cue.text.endswith("s") and not cue.after and words[start].text in BE_FORMS


_SHORT_SUBJECT = 4  # words of a main clause's subject after a relative clause's comma: "60 percent said"
_BETWEEN_BE = frozenset(
    {"also", "never", "not", "often", "widely", "repeatedly", "once", "later", "first",
     # "It was earlier claimed that C": when, between "be" and the participle
     "recently", "previously", "already", "earlier", "since", "long"}
)  # fmt: skip
_NOT_VERBS = frozenset(
    {"is", "was", "has", "does", "needs", "seems", "means", "ensured", "proves", "shows", "makes", "gets",
     "days", "years", "times", "ways", "things", "news", "less", "unless", "as", "this", "thus",
     "yes", "its", "his", "hers", "ours", "theirs", "whereas", "always", "perhaps", "sometimes", "afterwards"}
)  # fmt: skip


def _by_a_name(words: list[Token], k: int) -> bool:
    """Whether "by" and a name open the words at `k` ("by the GAA", "by Ofcom"): whose the noun before is."""
    if k + 1 >= len(words) or words[k].text != "by" or words[k].after:
        return False
    name = words[k + 2] if words[k + 1].text == "the" and k + 2 < len(words) else words[k + 1]
    return is_capitalised(name.text)


def _found_thing(words: list[Token], k: int) -> bool:
    """Whether the words at `k`, after "found", name what or whom was found rather than a finding: a
    pronoun ("itself", "you"), a possessive's noun ("their bodies"), or people a relative clause
    describes ("two walkers who were reported missing")."""
    if k >= len(words):
        return True
    if words[k].text.lower() in _FOUND_OPENINGS:
        return True
    # a count of things, by people or a body that searched: "officers found 12 crates of watches", "divers
    # found two secret panels" (an audit's count is a finding: documents are not asked)
    if words[k].text[:1].isdigit() or words[k].text.lower() in _COUNTS:
        return True
    # (not "found Zimmerman, who alleged ..., not guilty": a named person's aside after a comma)
    return any(
        w.text.lower() == "who" and not words[j - 1].after
        for j, w in enumerate(words)
        if k < j < k + _FOUND_REACH
    )


def _apposed_relative(words: list[Token], k: int) -> bool:
    """Whether the cue at `k` follows "who" or "which" after a comma: the cue of a clause between commas,
    whose content ends at the clause's comma."""
    return k > 1 and words[k - 1].text in ("who", "which") and words[k - 2].after[:1] == ","


_FOUND_OPENINGS = frozenset(
    {"itself", "themselves", "himself", "herself", "myself", "ourselves", "yourself", "you", "their", "his",
     "its", "our", "my"}
)  # fmt: skip  # (not "him", "her", "them": "the jury found him guilty" is a finding)
_COUNTS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds"}
)
_FOUND_REACH = 5  # words after "found" read for "who": "two walkers who", "the missing climber who"


def _rival_words(after: list[Token]) -> bool:
    """Whether the words after "despite" name another's words or view: "a prediction by X that", "the
    warnings from X" (not "their differences", the speaker's own)."""
    low = [w.text.lower() for w in after]
    return bool(low) and low[0] in ("a", "an", "the") and any(w in ("by", "from", "that") for w in low[2:])


def _first_content_word(words: list[Token], rules: Rules) -> Token:
    """The first word after sentence openers ("But", "Yesterday", "On Tuesday")."""
    i = 0
    while i < len(words) - 1 and (words[i].text.lower() in rules.leading_words or words[i].after[:1] == ","):
        i += 1
        if words[i - 1].after[:1] == ",":
            break
    return words[i]


def _followed_by_that(words: list[Token], hit: CueHit) -> bool:
    return hit.last + 1 < len(words) and words[hit.last + 1].text == "that"


def _content_follows(text: str, found: Found) -> bool:
    """Whether the content comes right after the cue (past "that"): "as Y denied C2", not "as Y
    explained, C2" nor "as Y put it on Monday"."""
    if not found.cue.span:
        return False
    between = text[found.cue.span[1] : found.spans[0][0]].split()
    return between in ([], ["that"])
