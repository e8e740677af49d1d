"""The attribution forms: who said what, found sentence by sentence (and quote by quote).

Forms, each named in `Claim.rule`:

- ``quote-after``: "“C,” X said." / "“C,” said X." / "“C1,” X said, “C2.”" (one claim, two spans)
- ``quote-before``: "X said: “C”" / "X told reporters, “C”"
- ``reported-after``: "C, X said." / "C, said X." / "C1, X said, C2."
- ``according-to``: "According to X, C" / "C, according to X."
- ``as-reported``: "C, as The New York Times reported." / "As reported by CNN, C" / "As Smith noted, C"
- ``in-words``: "In his words, C" / "In Lavrov's words, C" / "In the words of X, C"
- ``colon``: "Merkel: Europe must take its fate into its own hands" (headlines)
- ``reported-verb``: any verb between a named subject and "that": "The governor lamented that C"
- ``reported``: "X said (that) C", "X, ROLE, has openly declared that C", "ROLE X has pledged to V",
  "X believes / is confident that C", "PUBLICATION wrote about C"

Every form checks its speaker phrase with `speakers.classify`: a cue without a believable speaker
makes no claim (precision first).

The rules live in one module per concern, each module's class extending the one before: `reader_base`
(`Found`, the article and shared helpers), `subjects` (who speaks a cue), `contents` (where its content
starts and ends), `reported` (``reported``, ``reported-verb``, ``relative``), `reported_after`
(``reported-after``), `phrase_forms` (``according-to``, ``in-words``, ``quoted-as``, ``in-document``,
``as-reported``, ``colon``), `quote_forms` (``quote-after``, ``quote-before``); the `Reader` here
tries them in order.
"""

from __future__ import annotations

import re

import attrs

from claimtrack.model import Outlet
from claimtrack.parse.credits import PRINTED_WORKS
from claimtrack.parse.cues import has_cue, reports_figures
from claimtrack.parse.mention import Mention
from claimtrack.parse.outlets import find_outlet
from claimtrack.parse.quote_forms import QuoteForms
from claimtrack.parse.reader_base import BE_FORMS, SKIP_LEADS, Found, Span, has_quote_mark
from claimtrack.parse.tokens import Token, tokenize
from claimtrack.rules import Rules

__all__ = ["Found", "Reader"]

# relative pronouns an "according to" aside may follow inside a content: "..., which, according to Tokyo,
# will take place near the island"
_RELATIVE_OPENERS = frozenset({"which", "who", "that"})


_LABEL_WORDS = 5  # "False claims ... X says C": a caption's label before an ellipsis is short
_ELLIPSIS_LABEL = re.compile(r"[ ](?:\.\.\.|…)[ ]+(?=[A-Z“\"])")  # " ... " before a capitalised word


def _past_label(text: str, s: int, e: int) -> tuple[int, int]:
    """Where a sentence's prose starts after a caption's label ended by a spaced ellipsis ("False claims
    ... AFL chief executive Andrew Demetriou says C", as the ABC captions photos): the label says no one's
    words, and read with them it would make "False" the speaker of "claims"."""
    m = _ELLIPSIS_LABEL.search(text, s, min(e, s + 80))
    if m is None or len(text[s : m.start()].split()) > _LABEL_WORDS or has_quote_mark(text[s : m.start()]):
        return s, e  # not "“We will win ... We always do,” he said": a quotation's pause
    return m.end(), e


# a person's office or spokesperson speaking for them: the "he" or "she" of its content is that person
_OWNED_VOICE = re.compile(
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})['’]s (?:office|spokesman|spokeswoman|spokesperson)"
)
# a source that an outlet printed or heard: "an interview (given to the Harbour Times)"
_PRINTED_SOURCE = re.compile(rf"(?:an?|the)[ ]{PRINTED_WORKS}\b", re.IGNORECASE)
# a verdict after "found": "him guilty", "Hale, 50, guilty of aiding", "the firm not liable"
_VERDICT = re.compile(r"(?:[^\s.;:]+[ ]){1,6}(?:not[ ])?(?:guilty|liable|innocent)\b")
_CLOSING = " .,;:”’\"'"  # marks that may close a content after a relative clause's own
_RELATIVE_GAP = 8  # characters from a comma to a relative clause's subject: ", which "
_NESTED_WORDS = 5  # words of the shortest content holding a speaker, a cue and a clause


@attrs.define
class Reader(QuoteForms):
    """Reads one article's prose for attributions."""

    def quote_claims(self) -> list[Found]:
        found: list[Found] = []
        used: set[int] = set()
        for qi, q in enumerate(self.quotes):
            if qi in used or self._named_work(q):
                continue
            claim = self._quote_after(qi, used) or self._quote_before(q)
            if claim is not None:
                used.add(qi)
                found.append(claim)
        return found + [f for f in self._extra if not self._says_nothing(f)]

    def reported(self, sentence: Span) -> list[Found]:
        """The attributions in one sentence: "according to", after-forms, colon, leading forms (with a
        second cue of the same speaker: "X said C1 and said C2")."""
        s, e = _past_label(self.text, *sentence)
        if self.text.count(" ", s, e) < 3:  # fewer than four words: no attribution fits
            return []
        opens_in = self.text.startswith("In ", s)  # "In the new poll, C" needs no cue word
        if not opens_in and self.text.find(":", s, e) < 0 and not has_cue(self.text, s, e, self.rules):
            return []
        words = tokenize(self.text, s, e)
        if len(words) < 4:
            return []
        claims = self._sentence_claims(words, e)
        opening = self.opening_participle(words)  # "Describing X as “Y”, Z said C"
        claims += [opening] if opening is not None else []
        if self.text.find(" who ", s, e) >= 0 or self.text.find(" which ", s, e) >= 0:  # no copy made
            claims += self._relative_claims(words, e, claims)
        if self.text.find(" that ", s, e) >= 0 or self.text.find(" which ", s, e) >= 0:
            relatives = self._subject_relative_claims(words, e)
            cues = {f.cue.span for f in relatives}  # (read again: the clause's comma bounds the content)
            claims = [f for f in claims if f.cue.span not in cues]
            for found in claims:
                self._before_relatives(found, relatives)
            claims += relatives
        return [f for f in claims if not self._says_nothing(f) and not self._writer(f)]

    def headline(self, sentence: Span) -> list[Found]:
        """The claim of an article's title: only "Speaker: C" ("Merkel: Europe must act"), and in sentence
        case "C, says X" or "C, X says" ("Prices will rise this winter, warns Norvex chief"; "Deputy shot,
        sheriff says": the credit closing the title). Titles in title case ("Iran's Army
        Commander Vows Blows to Enemies") read as sentences give no one's words."""
        s, e = sentence
        words = tokenize(self.text, s, e)
        found = self._colon(words, e) if len(words) >= 3 and self.text.find(":", s, e) >= 0 else None
        sentence_case = found is None and not _title_case(words)
        after = self._after(words, e) if sentence_case and len(words) >= 5 else None
        if after is not None and _closing_credit(after, words, self.rules):
            found = after  # "Prices will rise, warns Norvex chief", "Deputy shot, sheriff says"
        if found is None and sentence_case and len(words) >= 4:
            found = next((f for f in self._sentence_claims(words, e) if _opening_credit(f, words)), None)
        return [found] if found is not None and not self._says_nothing(found) else []

    def _before_relatives(self, found: Found, relatives: list[Found]) -> None:
        """End `found`'s content before a relative clause after a comma that credits another claim ("said
        it was unhappy with the audit, which it said did not show C": the audit's claim is
        its own)."""
        for relative in relatives:
            at = relative.mention.span[0]
            comma = self.text.rfind(",", max(0, at - _RELATIVE_GAP), at)
            if comma < 0 or self.text[comma:at] not in (", which ", ", that "):
                continue
            s, e = found.spans[-1]
            # (only a clause closing the content: "the fire, which firefighters said caused C1, was C2" stays)
            if s < comma < e and not self.text[relative.spans[-1][1] : e].strip(_CLOSING):
                found.spans[-1] = (s, comma)

    def _writer(self, found: Found) -> bool:
        """ "I think this is good news": "I" in the article's own prose is its writer, whose asides are
        commentary, not a speaker's claim (inside a quotation "I" is the one quoted)."""
        return (
            found.mention.pronoun
            and found.mention.name.lower() == "i"
            and not self.in_quote(found.mention.span[0])
        )

    def _says_nothing(self, found: Found) -> bool:
        """ "The spokesman declined to comment": a content that withholds is no claim; nor is a prize
        claimed ("claimed a victory"), nor a plain object added ("adding Illinois and Ohio"), nor figures
        reported ("reported a loss")."""
        start, end = found.spans[0][0], found.spans[-1][1]
        if self.text[start : start + 24].lower().startswith(self.rules.saying_nothing):
            return True
        if found.mention.pronoun and found.mention.name.lower() == "it" and found.cue.lemma == "seem":
            return True  # "It seems that C", "It appears C": no one speaks
        if found.mention.pronoun and found.mention.name.lower() == "it" and self._impersonal(found):
            return True  # "C, it was claimed in court": a passive with no one named speaking
        head = found.mention.name.rsplit(maxsplit=1)[-1].lower()
        if found.cue.lemma in ("attack", "blast") and head in self.rules.armed:
            return True  # "pirates attacked the vessel": force, not words
        if found.cue.lemma in self.rules.willed and not self._someone(found.mention):
            return True  # "the storm threatened to flood the city"
        if found.cue.lemma == "call" and self.text[start:end].split(maxsplit=1)[0].lower() == "itself":
            return True  # "a group calling itself Keep Westmere Green": a name taken ("calls himself a
            # socialist" describes someone, a claim)
        if found.cue.lemma == "find" and _VERDICT.match(self.text, start, end) is not None:
            return True  # "jurors found him guilty": a verdict given, an act (not "found that C")
        if found.cue.lemma == "claim" and any(
            w.lower().strip(",.") in self.rules.prizes for w in self.text[start:end].split()[:4]
        ):
            return True  # "claimed a victory in New Hampshire": a win, not an assertion
        # "the lender reported a first-half loss": figures, no one's words (checked below: no verb)
        results = found.cue.lemma in ("report", "post") and reports_figures(
            self.text[start:end].split(maxsplit=4), self.rules
        )  # (its first four words only)
        if (
            (not results and found.cue.lemma not in self.rules.needs_a_verb)
            or found.quote != "indirect"
            or len(found.spans) > 1
        ):
            return False
        cue_end = found.cue.span[1] if found.cue.span else start
        if "that" in self.text[cue_end:start].split() or start < cue_end:
            return False  # "added that C", or the content stands before the cue
        return not self._has_verb(tokenize(self.text, start, min(end, start + 200)))

    def _impersonal(self, found: Found) -> bool:
        """Whether a cue after "it" is a passive ("it was claimed", "it is said", "it has been alleged"):
        with "it" as its subject, no one speaks."""
        if found.cue.span is None:
            return False
        between = self.text[found.mention.span[1] : found.cue.span[0]].lower().split()
        passive = any(w in BE_FORMS for w in between) and all(
            w in BE_FORMS or w in ("has", "had", "have") for w in between
        )  # (not "it has said C": the body "it" stands for)
        return passive and found.cue.text.lower().endswith(("ed", "id"))

    def _has_verb(self, words: list[Token]) -> bool:
        """Whether a phrase reads as a clause: an auxiliary, a past form, a subject pronoun, a negation."""
        for i, w in enumerate(words):
            low = w.text.lower()
            if low in self.rules.auxiliaries and (i == 0 or not w.text[:1].isupper()):
                return True  # (not "since May": a month mid-phrase)
            if low in self.rules.pronouns or low.endswith(("ed", "n't")):
                return True
        return False

    def _sentence_claims(self, words: list[Token], e: int) -> list[Found]:
        found = self._first_claims(words, e)
        if len(found) != 1:
            return found
        paper = found[0].rule == "reported-after" and self._paper_noun(
            found[0].mention
        )  # "C, the paper said"
        if (found[0].mention.kind == "outlet" or paper) and (
            len(found[0].spans) == 1 or found[0].rule == "reported-after"
        ):
            # "X said C, Bernama reported, without giving further details": the phrase after the outlet
            # tells of the report; the claim is still X's
            return self._relayed(words, found[0]) or found
        if len(found[0].spans) != 1:
            return found
        if found[0].rule == "according-to" and (printed := self._printed(found[0])) is not None:
            # "X said C, according to an interview given to the Harbour Times": X's claim, the paper
            # its outlet
            relayed = self._relayed(words, found[0])
            for claim in relayed:
                claim.outlet = printed
            return relayed or found
        if found[0].rule == "according-to" and found[0].mention.kind == "person":
            # "C, the director told the committee, according to Yoo": a person passing on another's words
            # (a poll, a report or a source "according to" which C is so holds C itself)
            relayed = self._relayed(words, found[0])
            for claim in relayed:
                claim.outlet = None  # Yoo passed the words on, but is no medium
            return relayed or found
        return found + self._nested(words, found[0])

    def _paper_noun(self, mention: Mention) -> bool:
        """Whether a speaker is "the paper", "the newspaper" (`Rules.publication_anaphora`): the medium
        named before, relaying what someone else said ("X warned that C, the paper said")."""
        low = mention.name.lower()
        return low.startswith("the ") and low[4:] in self.rules.publication_anaphora

    def _printed(self, found: Found) -> Outlet | None:
        """The outlet an "according to" source names as printing or hearing the words: "an interview
        given to the Harbour Times", "a report in the Westmere Post" (not "an interview with Jane
        Roe")."""
        s, e = found.mention.span
        if found.mention.kind == "outlet" or _PRINTED_SOURCE.match(self.text, s, e) is None:
            return None
        return find_outlet(self.text, s, e, self.rules)

    def _nested(self, words: list[Token], found: Found) -> list[Found]:
        """ "Tom Hale's office said he had told the council that C": the content opens with a speaker of its
        own whose cue passes on words (`Rules.relayed`), a claim of that speaker's besides the outer one."""
        if found.rule not in ("reported", "reported-after"):
            return []
        s, e = found.spans[0]
        inner_words = [w for w in words if s <= w.start and w.end <= e]
        if len(inner_words) < _NESTED_WORDS or not has_cue(self.text, s, e, self.rules):
            return []
        inner = self._leading(inner_words, e)
        if len(inner) != 1 or inner[0].mention.span[0] != inner_words[0].start:
            return []
        finite = inner[0].cue.text.split()[-1].lower() in ("said", "told", "says", "tells")
        if not finite or inner[0].rule != "reported" or inner[0].outlet is not None:
            return []  # (not "... said Trump was saying “no”": a participle reports no words of its own)
        owner = _OWNED_VOICE.fullmatch(found.mention.name)
        if inner[0].mention.pronoun and owner is not None:  # "Hale's office said he told C": Hale
            inner[0].mention = attrs.evolve(
                inner[0].mention, name=owner.group(1), kind="person", pronoun=False
            )
        return inner

    def _relayed(self, words: list[Token], found: Found) -> list[Found]:
        """ "According to Fars, Spokesman X told reporters that C" / "IRNA reported that Zarif said C" /
        "C, Zarif said, according to Fars": the claim is the one the outlet relays, with the outlet as
        its outlet (and the speaker's second claim, "..., and underlined that C2", with it)."""
        s, e = found.spans[0]
        inner_words = [w for w in words if s <= w.start and w.end <= e]
        if len(inner_words) < 4 or not has_cue(self.text, s, e, self.rules):
            return []
        inner = self._leading(inner_words, e) or [f for f in [self._after(inner_words, e)] if f is not None]
        if not inner or len(inner) > 2 or any(f.mention.name != inner[0].mention.name for f in inner):
            return []
        if inner[0].mention.kind == "outlet":
            return []  # "IRNA reported that Kyodo said C": the outlet's own report
        if inner[0].cue.lemma not in self.rules.relayed:
            return []  # "Kyodo said the ministers agreed to meet": the agreement is Kyodo's news
        # a phrase of scene may open the relayed clause: "At a briefing, X said"
        opening = self.text[inner_words[0].start : inner[0].mention.span[0]]
        # (or a comparison: "Like Roe, Hale too warned that C, the paper said")
        lead = inner_words[0].text.lower()
        scene = (lead in SKIP_LEADS or lead in ("like", "unlike")) and opening.rstrip().endswith(",")
        if (
            inner[0].rule != "reported-after"
            and inner[0].mention.span[0] != inner_words[0].start
            and not scene
        ):
            return []  # "the email came hours after Trump proposed a ban": a clause deep in the content
        if all(self._says_nothing(claim) for claim in inner):
            return []  # "X reported that councils had declared emergencies": an act relayed, X's own report
        for claim in inner:
            claim.outlet = claim.outlet or Outlet(name=found.mention.name, span=found.mention.span)
        return inner

    def _closing_attribution(self, words: list[Token], e: int) -> Found | None:
        """ "According to X, C" as usual; but "C, which, according to Tokyo, violates the treaty, Kato told
        reporters": an "according to" aside inside the content gives way to the attribution closing the
        sentence."""
        according = self._according(words, e)
        if according is None or according.cue.span is None or according.cue.span[0] == words[0].start:
            return according
        after = self._after(words, e)
        if after is not None and after.rule == "reported-after" and after.cue.span is not None:
            return after if after.cue.span[0] > according.cue.span[1] else according
        # "The Sankei Shimbun reported that the cabinet filed a protest over the drills, which, according to
        # Tokyo, will take place near the island": the aside is inside the content of the claim opening
        # the sentence
        at = according.cue.span[0]
        if self.text[max(0, at - 8) : at].rstrip(" ,").rsplit(" ", 1)[-1] not in _RELATIVE_OPENERS:
            return according  # "..., according to the poll": the aside credits the sentence
        leading = self._leading(words, e)
        inside = any(s < at < end for s, end in leading[0].spans) if leading else False
        if inside and leading[0].rule == "reported" and leading[0].cue.span is not None:
            return None if leading[0].cue.span[1] < at else according
        return according

    def _first_claims(self, words: list[Token], e: int) -> list[Found]:
        found = (
            self._closing_attribution(words, e)
            or self._quoted_as(words, e)
            or self._in_words(words, e)
            or self._as_reported(words, e)
            or self._inverted_opening(words, e)
            or self._after(words, e)
            or self._colon(words, e)
            or self._after_before_semicolon(words)
        )
        if found is not None and found.rule == "reported-after":
            return [found, *self._participle_after(words, found, e), *self._aside_claims(words, found, e)]
        if found is not None:
            return [found]
        leading = self._leading(words, e)
        noun_by = self._noun_by(words, e)
        if noun_by is not None and (not leading or self._cue_at_or_after(leading[0], noun_by)):
            return [noun_by]  # "The move follows claims by X that C"; not "X rejected claims by Y that C"
        judged = self._judged_by(words, e)
        if judged is not None and (not leading or self._cue_at_or_after(leading[0], judged)):
            return [
                judged
            ]  # "The plan was criticised by X (as “Q”)"; not "X said the plan was criticised by Y"
        if leading:
            leading += self._coordinated(words, leading[0], e)
        elif (in_document := self._in_document(words, e)) is not None:
            leading = [in_document]
        return leading

    @staticmethod
    def _cue_at_or_after(found: Found, noun_by: Found) -> bool:
        """Whether a claim's cue is the noun of "NOUN by X that C" or comes after it (no verb before the
        noun credits anyone)."""
        if found.cue.span is None or noun_by.cue.span is None:
            return False
        return found.cue.span[0] >= noun_by.cue.span[0]


def _closing_credit(found: Found, words: list[Token], rules: Rules) -> bool:
    """Whether a title's credit closes it, the cue before its speaker ("..., warns Norvex chief") or the
    cue its last word ("..., Westmere police say") or before whom it told ("'C,' harbour chief tells
    inquiry as port closes")."""
    cue, mention = found.cue.span, found.mention.span
    if cue is None:
        return False
    told = next((w.text for w in words if w.start >= cue[1]), "")
    addressed = found.cue.lemma == "tell" and (told in rules.addressees or told in rules.addressed_bodies)
    return cue[0] < mention[0] or cue[1] == words[-1].end or addressed


def _opening_credit(found: Found, words: list[Token]) -> bool:
    """Whether a title opens with its speaker and a cue in the present, the headline's tense, before
    the content ("WHO chief says outbreak is a pandemic", "Minister tells inquiry he had no agenda"); not
    "X said" (a sentence set as a title)."""
    cue = found.cue.span
    return (
        cue is not None
        and found.mention.span[0] == words[0].start
        and found.cue.text.lower().endswith("s")
        # (not "X praises Y and says C": Y is praised; "Minister tells committee C" tells C)
        and (found.complement in ("clause", "to") or found.cue.lemma == "tell")
        and found.spans[0][0] > cue[0]
    )


def _title_case(words: list[Token]) -> bool:
    """Whether most words of four letters or more open with a capital: a title in title case."""
    long = [w.text for w in words if len(w.text) >= 4]
    return sum(1 for w in long if w[:1].isupper()) * 2 > len(long)
