"""Reported speech with the speaker after the content: ``reported-after`` ("C, X said." / "C, said
X." / "C1, X said, C2."), with a second claim after a closing participle ("C1, X said, adding that C2");
and the claim before a participle that opens a quote ("C1, X said, adding: “C2”", "X said C1, adding:
“C2”").
"""

from __future__ import annotations

import bisect
import re

import attrs

from claimtrack.model import Cue, Outlet
from claimtrack.parse.contents import BY_MEANS, WRITERS_ADJUNCTS
from claimtrack.parse.cues import CueHit, cue_at, first_words
from claimtrack.parse.outlets import find_outlet
from claimtrack.parse.reader_base import BE_FORMS, SKIP_LEADS, Found, Span, quote_kind, until_comma
from claimtrack.parse.reported import Reported
from claimtrack.parse.speaker_names import names_no_one
from claimtrack.parse.speakers import Mention, classify, object_pronoun
from claimtrack.parse.subjects import TIME_CLAUSES
from claimtrack.parse.titled import portfolio_list, portfolio_run
from claimtrack.parse.tokens import Token, is_capitalised, tokenize
from claimtrack.rules.dates import NUMBER_WORDS

_FOCUSING = frozenset({"even", "also", "only", "perhaps"})  # before a speaker: "even male senators say"
_MAX_SCENE = 10  # words of when and where before a clause of time after a closing cue
# words opening an adverbial of time after a closing cue's time phrase: "said yesterday, just hours after"
_TIME_ASIDES = frozenset({"just", "shortly", "hours", "days", "weeks", "minutes", "moments", "soon", "after"})
_TIME_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute", "fortnight"})  # "a day after"
# modals between a tail's subject and its verb: "(if C,) homeowners could still claim" attributes nothing
_MODALS = frozenset({"could", "would", "can", "may", "might", "should", "must", "shall"})
_NOT_CONTINUING = frozenset({"adding", "saying", "according", "who", "citing", "quoting", "referring"})
# words opening an adverbial clause after a closing cue's comma: the clause is no more of the content
# ("C1, police said, as the weather bureau warned that C2": C2 is the bureau's)
_CLAUSE_OPENERS = frozenset({"as", "while", "whereas", "although", "though", "because", "since", "even"})
# and "but" before a speaker of its own: "C1, officials said, but they cautioned that C2" (C2 theirs); with
# none, "C1, they say, but C2", C2 goes on with C1
_SPEAKING_OPENERS = _CLAUSE_OPENERS | {"but"}
_OWNING_OPENERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our"})  # "in its report"
_LINKS = frozenset({"of", "to", "on", "in", "at", "by", "for", "from", "with", "about", "into", "after"})
# those of them that may also follow a closing cue's time: "..., police said on Friday, as C2"
# (and "with": "..., figures showed earlier this month, with more rises due", the writer's addition)
# a person's name of two to four capitalised words closing a content, after its comma (and a closing
# quotation mark): ", Jane Roe", ",” Jane Roe"
_CLOSING_NAME = re.compile(r",[\"”’]?[ ](?P<name>[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){1,3})$")
_RELATIVE_REACH = 8  # characters read back from the words before a cue for ", which" or ", who"
# a comma and the main clause's verb going on after a relative clause: ", will meet", ", has said"
_DASHED_CREDIT = 14  # words after an aside's closing dash that may credit the sentence ("– X has said")
_SPACED_DASH = re.compile(r"\s(?:[–—]|--?)\s")  # a dash with a space either side: an aside's mark
_MAIN_GOES_ON = re.compile(r",[ ](?=(?:will|would|has|have|had|is|are|was|were|can|could|may|must|should)\b)")
_TIMED_CLAUSE_OPENERS = frozenset({"as", "while", "with"})
# subordinators opening a clause of time the writer adds after a closing cue, whose own speaker's claim
# is no more of the first: "C1, the minister said, after the firm warned that C2"; "“C1,” Roe said when
# the council said C2"
_WRITERS_TIME = frozenset({"after", "before", "when"})
_ONE = frozenset({"a", "an", "one"})
_SUBORDINATORS = _WRITERS_TIME | {"as", "while"}
_MAX_CUE_TIME = 3  # words of a closing cue's own time before such a clause: "said on Monday after ..."
_COUNTING = frozenset(
    {"by", "at", "on", "from", "to", "for", "with", "in", "of"}
)  # "the first from X, the second"
_MAX_TAIL = 10
_ADJUNCT_REACH = 5  # words of whom and when before such an adjunct
# a tail opening with a title reaches further: "head coach of the Chinese national football team X said"
_MAX_TITLED_TAIL = 15  # "Vice Chairman of the Vietnam Textile and Apparel Association Truong Van Cam said"
_MAX_ADDRESSEE = 7  # words of whom a cue addresses before its "that": "the News Agency of Nigeria that"
_SCENE_OPENERS = frozenset(
    {"on", "in", "at", "during", "last", "this", "yesterday", "today", "tonight", "earlier", "later",
     "after", "following",  # "X, known as Y, concluded after an inquiry that C": X spoke
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip  # what opens a phrase of time or place after a closing cue: "said on Monday and added"
# what opens where or when after "told reporters": "told reporters outside his hotel"
_PLACE_OPENERS = _SCENE_OPENERS | {"outside", "after", "ahead"}
_MAX_AND_CUE = 5  # words from a closing cue to "and" and a second cue: "said on Monday night and added"
_MAX_APPOSED_TAIL = 30  # words from a comma to the cue when a name and its role stand between
_WHEN_WORDS = frozenset(
    {"then", "last", "next", "week", "month", "year", "night", "later", "earlier", "soon"}
)  # fmt: skip  # a content of these alone tells when, not what: "Then, last week, Eric Trump called."
# a quotation closing right before "said", "says" or "say" and a name: 'Stocks are "thin" said Harbour
# Grain', a headline's '“Rents left us broke” say Westmere tenants'
_SAID_CLOSING = ("said", "says", "say")
_QUOTE_THEN_SAID = re.compile(
    rf"[\"”'’][ ](?:{'|'.join(_SAID_CLOSING)})[ ][A-Z]"
)  # (single marks in British copy)
_QUOTING = frozenset({"quoted", "quotes", "cited", "cites"})  # "X was quoted by TASS as saying"


@attrs.define
class ReportedAfter(Reported):
    """Reported speech with the speaker after the content ("C, X said")."""

    def _closing_quote(self, words: list[Token]) -> int | None:
        """The word a quotation closes after, right before "said" and a name, with no comma: 'Levels are
        "dangerously thin" said Harbour Grain.' (as some British copy writes it); else None."""
        if _QUOTE_THEN_SAID.search(self.text, words[0].start, words[-1].end) is None:
            return None  # (most sentences: no word read)
        for k in range(len(words) - 3, 0, -1):
            gap = self.text[words[k].end : words[k + 1].start].strip()
            if gap in ('"', "”", "'", "’") and words[k + 1].text in _SAID_CLOSING:
                return k if is_capitalised(words[k + 2].text) else None
        return None

    def _after_before_semicolon(self, words: list[Token]) -> Found | None:
        """ "C1, his aides argued in interviews; rather, C2": the after-form in the clause before the
        first semicolon."""
        if self.text.find(";", words[0].start, words[-1].end) < 0:
            return None  # no semicolon inside (one after the last word splits nothing off)
        k = next((j for j, w in enumerate(words) if w.after[:1] == ";" and not self.in_quote(w.end)), None)
        if k is None or k < 3 or k == len(words) - 1:
            return None
        return self._after(words[: k + 1], words[k].end)

    def _after(self, words: list[Token], end: int) -> Found | None:
        a, b = words[0].start, words[-1].end
        dashed = self._closing_dash(words) if _SPACED_DASH.search(self.text, a, b) else None
        if dashed is None:
            dashed = self._closing_quote(words)  # 'C1 "C2" said Harbour Grain.': no comma, a quotation closes
        if self.text.find(",", a, b) < 0 and self.text.find("‚", a, b) < 0 and dashed is None:  # U+201A too
            return None  # every after-form, and a closing credit, follows a comma among the words (or a dash
            # closing an aside: "C1 – from two to five a week – X has said")
        head, credited = self._trailing_credit((words[0].start, words[-1].end), any_name=True)
        if credited is not None and credited.span is not None and credited.span[0] > words[0].start:
            # "C, X said at a meeting, informs Anadolu Agency": the sentence before the credit; "X said
            # that C, Sinar Harian reported today": the speaker before, and the paper relayed it
            kept = [w for w in words if w.end <= head[1]]
            found = self._after(kept, kept[-1].end) if kept else None
            if found is None and kept and credited.name not in self.rules.outlets:
                found = self._said_before_credit(kept)
            if found is not None:  # else "C, Tasnim reported": the outlet is the speaker, read below
                found.outlet = found.outlet or credited
                return found
        commas: list[int] = []  # the last three commas outside quotes and brackets, last first
        plain = 0  # of them, those not right after a closing bracket
        bracketed = self._bracketed(words) if self.text.find("(", words[0].start, end) >= 0 else set()
        if len(words) - 1 in bracketed or self.text[words[-1].end : end].strip(" .")[:1] == ")":
            bracketed = set()  # "(..., many Democrats say)": the aside in brackets is the attribution
        for k in range(len(words) - 2, -1, -1):
            # "the 14th General Election (GE14), said its chairman": a comma after the closing bracket
            closed = not words[k].after and self.text.startswith(("),", "],"), words[k].end)
            if not closed and (words[k].after[:1] != "," or k in bracketed) and k != dashed:
                continue
            if k == dashed or not self.in_quote(words[k].end) or self._ends_work(words[k].end):
                commas.append(k)
                plain += not closed  # (a bracket's comma does not count: "(34 percent), the economy")
                if plain == 3:
                    break
        # a tail with no word that may start a cue (nor "quoted", "cites") attributes nothing: the last
        # such word after the first comma, found once, spares `_after_tail` every comma after it
        firsts = first_words(self.rules)
        last_cue = 0
        for j in range(len(words) - 1, commas[-1] if commas else len(words), -1):
            if words[j].text.lower() in firsts or words[j].text in _QUOTING:
                last_cue = j
                break
        for n, k in enumerate(commas):
            tail = words[k + 1 :]
            if len(tail) > 40 or k >= last_cue:
                continue
            found = self._after_tail(words, k, tail, end)
            cut = k
            if found is not None and self._portfolios_alone(found):
                # "C, the Department for Transport, Energy and Rural Affairs said": the body's name
                # reaches back over the commas of its listed portfolios
                wider = self._wider_body(words, commas[n + 1 :], found, end)
                if wider is not None:
                    found, cut = wider
            elif found is not None and n + 1 < len(commas) and self._role_alone(found):
                # "C, K Sivan, the space agency's chairman said": the name before the role's comma speaks
                named = self._after_tail(words, commas[n + 1], words[commas[n + 1] + 1 :], end)
                if named is not None and named.mention.role:
                    found, cut = named, commas[n + 1]
            if found is not None:
                return self._carried(words[: cut + 1], found) or found
        return None

    def _said_before_credit(self, words: list[Token]) -> Found | None:
        """ "X said that C" before an outlet's credit ("..., Sinar Harian reported today"): what X said,
        when the cue says so plainly ("said", "told", or any cue with "that"); not "organizers added 160
        guards, the Sun-Times reported", an act the paper reported."""
        found = next(iter(self._leading(words, words[-1].end)), None)
        if found is None or found.cue.span is None:
            return None
        between = self.text[found.cue.span[1] : found.spans[0][0]].split()
        return found if found.cue.lemma in ("say", "tell") or "that" in between else None

    def _portfolios_on(
        self, mention: Mention, phrase: list[Token], rest: list[Token]
    ) -> tuple[Mention, list[Token], list[Token]]:
        """ "C, said the Department for Transport, Energy and Rural Affairs": the portfolios past the
        comma end the body's name, which takes them from the words after it."""
        listed = portfolio_run(until_comma(rest), self.rules)
        if (
            mention.kind != "organisation"
            or phrase[-1].after[:1] != ","
            or not portfolio_list(rest[:listed], self.rules)
        ):
            return mention, phrase, rest
        last = rest[listed - 1].end
        name = mention.name + self.text[mention.span[1] : last]
        return (
            attrs.evolve(mention, name=name, span=(mention.span[0], last)),
            [*phrase, *rest[:listed]],
            rest[listed:],
        )

    def _portfolios_alone(self, found: Found) -> bool:
        """Whether a speaker is listed portfolios alone ("Energy and Rural Affairs")."""
        return portfolio_list(tokenize(self.text, *found.mention.span), self.rules)

    def _wider_body(
        self, words: list[Token], commas: list[int], found: Found, end: int
    ) -> tuple[Found, int] | None:
        """The after-form read at an earlier comma whose speaker ends with `found`'s listed portfolios,
        and that comma."""
        for k in commas:
            wider = self._after_tail(words, k, words[k + 1 :], end)
            if wider is None:
                return None
            if not self._portfolios_alone(wider):
                return (wider, k) if wider.mention.name.endswith(found.mention.name) else None
        return None

    def _role_alone(self, found: Found) -> bool:
        """Whether a speaker is a role with no name ("the space agency's chairman")."""
        return names_no_one(found.mention, tokenize(self.text, *found.mention.span), self.rules)

    def _ends_work(self, offset: int) -> bool:
        """ "The French are big fans of “Prison Break,” Mr. Madden said": the comma closing a quoted title
        ends the content as if it stood outside the marks."""
        i = bisect.bisect_right(self._quote_opens, offset) - 1
        q = self.quotes[i]
        return q.close <= offset + 2 and self._named_work(q)

    def _said_before_participle(self, words: list[Token], hits: list[CueHit]) -> Found | None:
        """ "C1, Spicer said, adding, “C2.”": the participle's speaker is the one who said C1, and C1 is
        a claim of its own (the sentence's subject, "Ryan and Trump", is part of what was said)."""
        if len(hits) < 2 or words[hits[-1].first].text.lower() not in self.rules.participles:
            return None
        before = hits[-1].first - 1
        if not 0 <= before - hits[-2].last <= 4 or words[before].after[:1] != ",":
            return None  # "..., X told RIA Novosti, adding": the cue, its medium, then the comma
        said = self._after(words[: before + 1], words[before].end)
        return said if said is not None and said.rule == "reported-after" else None

    def _reported_before(self, words: list[Token], first: CueHit, last: CueHit) -> None:
        """ "X said C1 and said, “C2”" / "X said C1, adding: “C2”": the reported claim before the quote's
        own cue, kept beside it."""
        k = last.first - 1
        while k > first.last and self._is_filler(words[k]):
            k -= 1
        participle = words[last.first].text.lower() in self.rules.participles
        if participle and first.complement == "clause" and k == last.first - 1 and words[k].after[:1] == ",":
            k += 1  # the content runs to the comma before the participle
        elif k <= first.last + 1 or words[k].text not in ("and", "but"):
            return
        mention = self.speaker_for(words, first)
        start = self._content_start(words, first)
        if mention is None or start is None or start >= k:
            return
        content = self._trim(words[start].start, words[k - 1].end)
        if content is None or len(self.text[content[0] : content[1]].split()) < 3:
            return
        outlet = find_outlet(self.text, words[first.first].start, words[start].start, self.rules)
        self._extra.append(
            Found(
                [content],
                mention,
                self._cue(words, first),
                first.kind,
                first.complement,
                outlet,
                quote_kind(self.text, [content]),
                "reported",
            )
        )

    def _past_adjunct(self, phrase: list[Token]) -> list[Token]:
        """The speaker after an inverted cue and a phrase of place or medium, as translations order them:
        "C, said in a commentary the Russian Foreign Ministry", "said in an interview with RIA Novosti
        the head of the committee Leonid Slutsky"."""
        if len(phrase) < 4 or phrase[0].text not in ("in", "at", "during"):
            return phrase
        k = next((j for j in range(2, len(phrase) - 1) if phrase[j].text == "the"), None)
        named = k is not None and any(w.text[:1].isupper() for w in phrase[k:])
        return phrase[k:] if k is not None and named else phrase  # not "said in an interview after the vote"

    def _quoted_after(self, content: Span, tail: list[Token]) -> Found | None:
        """ "C, Zakharova was quoted by TASS as saying." / "C, TASS quotes Lavrov as saying.": agencies
        relaying one another; the person quoted speaks, the outlet quoting carried the words."""
        head = tail[: _MAX_TAIL + 4]
        lo, hi = (head[0].start, head[-1].end) if head else (0, 0)
        if self.text.find("quote", lo, hi) < 0 and self.text.find("cite", lo, hi) < 0:
            return None  # every word of `_QUOTING` holds one of these: most tails hold neither
        if len(self.text[content[0] : content[1]].split()) < 3:
            return None
        q = next((j for j, w in enumerate(head) if w.text in _QUOTING), None)
        if q is None or q == 0:
            return None
        a = next((j for j in range(q + 1, min(len(tail) - 1, q + 10)) if tail[j].text == "as"), None)
        if a is None and self._quoted_alone(content, tail, q):
            a = len(tail)  # "“C,” X was quoted in a statement.": the quote needs no "as saying"
        elif a is None or tail[a + 1].text not in ("saying", "stating", "telling"):  # "as telling BT Sport"
            return None
        if tail[q - 1].text.lower() in BE_FORMS:  # "X was quoted by TASS as saying"
            mention = classify(self.text, tail[: q - 1], self.rules)
            carrier = tail[q + 2 : a] if q + 1 < len(tail) and tail[q + 1].text == "by" else []
        else:  # "TASS quotes X as saying", "APP quoted him as saying"
            mention = object_pronoun(tail[q + 1 : a]) or classify(self.text, tail[q + 1 : a], self.rules)
            carrier = tail[:q]
        medium = classify(self.text, carrier, self.rules) if carrier else None
        named = 0 < len(carrier) <= 4 and all(w.text[:1].isupper() for w in carrier)
        if medium is not None and medium.kind != "outlet" and named and not medium.pronoun:
            # "quoted by TGRT as saying", "APP quoted X as saying": a name quoting someone is a medium
            medium = attrs.evolve(medium, kind="outlet")
        if mention is None or (carrier and (medium is None or medium.kind != "outlet")):
            return None
        outlet = Outlet(name=medium.name, span=medium.span) if medium is not None else None
        # "X was quoted as saying by state-run Xinhua": the medium after the whole cue
        if a < len(tail):
            outlet = outlet or find_outlet(self.text, tail[a].start, tail[-1].end, self.rules)
        cue = Cue(text=tail[q].text, lemma="quote", span=(tail[q].start, tail[q].end))  # "quoted": who quotes
        return Found([content], mention, cue, "statement", "clause", outlet, quote_kind(self.text, [content]),
                     "quoted-as")  # fmt: skip

    def _quoted_alone(self, content: Span, tail: list[Token], q: int) -> bool:
        """ "“C,” X was quoted in a statement by the ministry.": a passive "quoted" closing the sentence
        after a direct quote, past only where or by whom ("in", "by", "on"), credits the quote to X."""
        if tail[q].text != "quoted" or tail[q - 1].text.lower() not in BE_FORMS:
            return False
        if q + 1 < len(tail) and tail[q + 1].text not in ("in", "by", "on"):
            return False  # "C, X was quoted to the press officer that ...": not a closing attribution
        return quote_kind(self.text, [content]) == "direct"

    def _closing_dash(self, words: list[Token]) -> int | None:
        """The word before a spaced dash closing a pair of them, as a comma would close the content: "C1 –
        from two to five a week – the chief executive has said" (C1 and the aside its content); None when
        the sentence holds no such pair, or the words after it are no short closing credit, its cue among
        its last three words ("Tom Hale -- who has sailed there -- said the channel ..." opens a clause)."""
        gaps = [
            k
            for k in range(len(words) - 1)
            if _SPACED_DASH.search(self.text, words[k].end, words[k + 1].start)
        ]
        if len(gaps) != 2 or self.in_quote(words[gaps[1]].end):
            return None
        tail = words[gaps[1] + 1 :]
        closing = any(w.text.lower() in self.rules.cues for w in tail[-3:])
        return gaps[1] if len(tail) <= _DASHED_CREDIT and closing else None

    def _bracketed(self, words: list[Token]) -> set[int]:
        """The words inside brackets: "the four islands (Iturup, Kunashir, Shikotan and Habomai
        (collectively referred to as the South Kurils))" holds no attribution of the sentence."""
        inside: set[int] = set()
        depth = 0
        last = words[0].start
        for k, w in enumerate(words):
            gap = self.text[last : w.end]
            depth = max(0, depth + gap.count("(") - gap.count(")"))
            last = w.end
            if depth:
                inside.add(k)
        return inside

    def _carried(self, before: list[Token], found: Found) -> Found | None:
        """ "Abe confirmed that C, RIA Novosti reported" / "C, government sources said, Jiji Press
        reported": the claim is the one inside, with the outlet that reported it as its outlet."""
        if found.mention.kind != "outlet" or len(found.spans) != 1 or len(before) < 4:
            return None
        inner = self._leading(before, before[-1].end)
        if not inner:
            after = self._after(before, before[-1].end)
            inner = [after] if after is not None else []
        if len(inner) != 1 or inner[0].outlet is not None or inner[0].spans[-1][1] > found.spans[0][1]:
            return None
        if inner[0].cue.lemma not in self.rules.relayed:
            return None  # "Moscow has refused to discuss C, Kyodo News said": Kyodo's news of a refusal
        inner[0].outlet = Outlet(name=found.mention.name, span=found.mention.span)
        return inner[0]

    def _after_tail(self, words: list[Token], k: int, tail: list[Token], end: int) -> Found | None:
        # the bracket the content closes, or the quotation: 'Stocks are "thin" said Harbour Grain'
        closing = self.text.startswith(("),", "],", '" ', "” "), words[k].end)
        # a quotation opening the sentence and closing before its end is part of the content: "“The
        # minimum will be 1.5 million” barrels a day, he told reporters" (mixed)
        content = self._trim(self._opening_mark(words[0].start, words[k].end), words[k].end + closing)
        if content is None:
            return None
        quoted = self._quoted_after(content, tail)
        if quoted is not None:
            return quoted
        first = cue_at(tail, 0, self.rules)
        if first is not None and first.complement == "according":
            return None
        if first is not None and first.complement == "object":
            return None  # "X, ROLE, told reporters that C": "told" never precedes its speaker
        if first is not None and tail[0].text.lower() in self.rules.inverting:
            if first.last + 1 < len(tail) and tail[first.last + 1].text == "that":
                return None  # "X, ROLE, said that C": the speaker is before the cue, the content after
            phrase = _before_clause(self._past_adjunct(until_comma(tail[first.last + 1 :])))
            relayed = self.relay(phrase)  # "..., reports Al-Rai daily quoting reliable sources"
            mention = relayed[0] if relayed is not None else classify(self.text, phrase, self.rules)
            if relayed is None and mention is not None:
                mention = self.named_before_trailing(phrase, mention)  # "wrote X in an article for Y"
            cut = phrase and phrase[-1].end < tail[-1].end and phrase[-1].after[:1] != ","
            following = next((w for w in tail if phrase and w.start >= phrase[-1].end), None)
            if mention is None or (cut and (following is None or following.text not in TIME_CLAUSES)):
                return None  # (a clause of time may follow the name: "said skipper X after England won")
            if phrase and phrase[0].text in _SCENE_OPENERS and mention.span[0] > phrase[0].start:
                # "C, X, a spokesman, said in a phone interview today", "..., said on Saturday on BFMTV":
                # when and where it was said, the speaker before the cue
                return None
            if tail[0].text.lower() == "say" and (
                tail[0].after
                or mention.kind not in ("anonymous", "person")
                or any(part in self.rules.countries for part in mention.name.split(" and "))
            ):
                return None  # "in some states, say, Ohio" / "say Ohio and Iowa": "say" for "for example"
            if relayed is None and mention.kind not in ("person", "outlet") and self._is_speaker(content):
                return None  # "Officials, including the mayor, said the plan works": the speaker comes first
            # "C1, says Carl Anthony, historian at the library, C2" / "C, said X, chief economist at Y."
            rest = tail[first.last + 1 + len(phrase) :]
            mention, phrase, rest = self._portfolios_on(mention, phrase, rest)
            mention, taken = self._apposed(phrase, mention, rest, closed=True)
            if not taken and len(until_comma(rest)) == len(rest):
                mention, taken = self._apposed(phrase, mention, rest, closed=False)
            return self._after_found(content, tail, first, mention, end)
        if tail[0].text.lower() in ("with", "without"):
            return None  # "C, with more cuts due next year": what goes with C, no one speaking
        # "C, Li Haidong, a professor at the China Foreign Affairs University, told": an apposition reaches
        apposed = any(w.after[:1] == "," for w in tail[1:_MAX_TAIL])
        firsts = first_words(self.rules)
        titled = any(w.text.lower() in self.rules.titles for w in tail[:2])
        reach = _MAX_APPOSED_TAIL if apposed else (_MAX_TITLED_TAIL if titled else _MAX_TAIL)
        if self.text.find("(", tail[0].start, tail[min(len(tail), reach) - 1].end) >= 0:
            # "C, Vice Chairman of the Vietnam Textile and Apparel Association (VITAS) Truong Van Cam said",
            # "C, the Appeals Court of the Norvale Coastal Region (ACNCR) has said": initials in brackets
            # inside a title or a body's name take no room from it
            reach += len(self._bracketed(tail[:reach]))
        for c in range(1, min(len(tail), reach)):
            if tail[c].text.lower() not in firsts:
                continue  # what `cue_at` tests first, without the call
            hit = cue_at(tail, c, self.rules)
            if hit is None:
                continue
            # (nor "C, marking what the council describes as D": a free relative, no credit of C)
            if hit.complement in ("according", "about") or self._listed_noun(tail, hit) or _what_in(tail[:c]):
                return None
            after = tail[hit.last + 1 :]
            # "C, Al-Qabas daily reported quoting sources" (with a comma, "..., Kyodo reported, citing
            # sources", the outlet's own claim)
            relaying = bool(after) and after[0].text in ("quoting", "citing") and not tail[hit.last].after
            if not relaying and self._content_follows(tail, hit, after):
                return None  # read before the speaker, which costs more: both only reject
            mention = self.subject(tail, c)
            # "..., even male senators say, ...": a focusing word may stand before the speaker
            opening = tail[1].start if tail[0].text.lower() in _FOCUSING and len(tail) > 1 else tail[0].start
            if mention is None or mention.span[0] not in (tail[0].start, opening):
                return None
            if _not_spoken(tail, hit, mention):
                return None
            if relaying:
                relayed = self.relay([*tail[: hit.first], *until_comma(after)])
                if relayed is not None:
                    return self._after_found(content, tail, hit, relayed[0], end, carrier=relayed[1])
                if self._content_follows(tail, hit, after):
                    return None
            return self._after_found(content, tail, hit, mention, end)
        return None

    def _content_follows(self, tail: list[Token], hit: CueHit, after: list[Token]) -> bool:
        """Whether the words after a cue in the tail of a sentence ("C, X said ...") show it is no
        attribution closing the sentence: "..., X said that C" (a leading form after an opening clause),
        "Despite the sheen, officials said the town ..." (the content follows)."""
        head = until_comma(after)
        rest = [w.text for w in after[len(head) : len(head) + 2]]
        if rest and (
            rest[0] in self.rules.participles
            or (rest[0] in ("after", "before", "while") and rest[1:] and rest[1] in self.rules.participles)
        ):
            after = head  # "..., X said on Tuesday, (after) warning that C2": C2 is read as the participle's
        if self._and_cue(tail, hit) is not None:
            return False  # "C1, X said on Monday and added that C2": C2 is read as the second cue's
        subordinate = bool(after) and self._subordinate(after)
        if len(after) > 1 and not after[0].after and after[0].text in self.rules.addressed_bodies:
            subordinate = self._subordinate(after[1:])  # "..., harbour chief tells inquiry as port closes"
        long_after = len(after) > 8 and tail[hit.last].after[:1] != "," and not subordinate
        # "..., Lavrov told a UN Security Council ministerial session on the Korean peninsula": only
        # whom he told, however long
        long_after = long_after and not (hit.lemma == "tell" and self._addressed(after))
        # "..., Shoigu said in an interview with the Rossiya-1 television channel on Sunday": the medium,
        # however long its name (with no "that": "said in an interview with X that C" opens a content)
        interview = [w.text.lower() for w in after[:3]] == ["in", "an", "interview"]
        plain = all(
            w.text != "that" and w.after[:1] != "," for w in after[:-1]
        )  # not "..., Mr. Clinton said"
        interview = interview or self._said_in_document(after)  # "said on Friday in its annual review of X"
        long_after = long_after and not (interview and plain) and not self._timed_aside(after)
        long_after = long_after and not self._scene_then_clause(after) and not self._adjunct_after(after)
        if (after and after[0].text in ("that", "to")) or long_after:
            return True
        if hit.complement == "object" and not tail[hit.last].after and self._told_that(after):
            return True  # "Confirming the arrests, the officer told reporters that C": C follows
        return bool(after) and not tail[hit.last].after and not self._attribution_tail(after, hit)

    def _said_in_document(self, after: list[Token]) -> bool:
        """Whether the words after a closing cue open, past its time, with the document or occasion it was
        said in: "in its annual review of the service", "in a statement issued in Westmere"
        (`Rules.documents`, `Rules.occasions`, the noun within four words of "in" and a determiner); or with
        the day of an
        occasion: "on the third day of the hearing"."""
        i = 0
        while i < len(after) and i < _MAX_CUE_TIME and after[i].text.lower() in self.rules.time_adjuncts:
            i += 1
        low = [w.text.lower() for w in after[:5]]
        if low[:2] == ["on", "the"] and low[3:5] == ["day", "of"]:
            return True  # "said on the third day of the hearing into the sinking": when
        if i + 2 >= len(after) or after[i].text != "in" or after[i + 1].text.lower() not in _OWNING_OPENERS:
            return False
        k = next(
            (k for k in range(i + 2, min(len(after), i + 6)) if after[k].text.lower() in self.rules.documents
             or after[k].text.lower() in self.rules.occasions),
            None,
        )  # fmt: skip
        # (no object after it: "announced in a statement on Monday the closure of X" goes on with what
        # was announced; a determiner after a preposition opens no object, "a report on the scourge")
        return k is not None and not any(
            w.text.lower() in ("the", "a", "an") and after[x - 1].text.lower() not in _LINKS
            for x, w in enumerate(after[k + 1 :], k + 1)
        )

    def _told_that(self, after: list[Token]) -> bool:
        """Whether the words after "told" are whom it addresses, then "that": "reporters that C", "the
        News Agency of Nigeria that C"."""
        k = next((i for i in range(1, min(len(after), _MAX_ADDRESSEE)) if after[i].text == "that"), None)
        return k is not None and k + 1 < len(after) and not any(w.after for w in after[:k])

    def _participle_after(self, words: list[Token], found: Found, end: int) -> list[Found]:
        """ "C1, X said, adding that C2" / "..., referring to C2": a second claim after a closing cue."""
        assert found.cue.span is not None
        k = next((j for j, w in enumerate(words) if w.start >= found.cue.span[1]), None)
        if k is None:
            return []
        second = self._second_cue(words, k - 1)
        if second is None or words[second[0]].text not in self.rules.participles:
            closing = self._hit_at(words, k - 1)  # "C1, X said on Monday and added that C2"
            second = self._and_cue(words, closing) if closing is not None else None
        if second is None:
            return []
        more = self._same_speaker(words, second[1], found.mention, end)
        if more is None or (second[1].lemma == "cite" and self._names_a_source(more.spans[0])):
            return []  # "..., Kyodo reported, citing government sources": where it came from, no claim
        return [more]

    def _aside_claims(self, words: list[Token], found: Found, end: int) -> list[Found]:
        """ "C1, the CSA said yesterday, just hours after its sponsor said C2": the claims inside the
        adverbial of time after a closing cue's time phrase (`_timed_aside`), or inside a clause of its own
        after the cue's comma (`_clause_after`). Such a clause with no speaker is added to `found.leftover`,
        for the writer's unattributed claims."""
        assert found.cue.span is not None
        k = next((j for j, w in enumerate(words) if w.start >= found.cue.span[1]), None)
        if k is None:
            return []
        if self._clause_after(words, k):  # "..., police said, as the weather bureau warned that C2"
            aside = words[k:]
        elif self._timed_aside(words[k:]):
            aside = words[k + len(until_comma(words[k:])) :]
        elif (opens := self.writers_time(words[k:])) is not None:  # "..., X said on Monday after Y said C2"
            return self.time_clause_claims(words[k + opens :], end)
        else:
            return []
        claims = self._clause_claims(aside, end)
        if not claims and len(aside) > 2 and aside[0].text.lower() in _CLAUSE_OPENERS:
            # "..., X said Tuesday, as a second dry winter pushed feed costs to records": the writer's
            # own clause, judged as any sentence with no speaker is
            found.leftover.append((aside[1].start, aside[-1].end))
        return claims

    def _clause_claims(self, aside: list[Token], end: int) -> list[Found]:
        """The claims a clause after a closing cue makes with speakers of its own, past its opening word
        ("as the weather bureau warned that C2", "just hours after its sponsor said C2")."""
        return [f for f in self._leading(aside, end, main_clause=True) if f.mention.span[0] > aside[0].start]

    def writers_time(self, after: list[Token]) -> int | None:
        """Where a clause of time the writer adds opens in the words after a closing cue, at once or past
        the cue's own time with or without its comma: "after the firm warned C2", "on Monday after ...",
        "when ...", "a day after ...", "hours before ..." (`_WRITERS_TIME`, `Rules.time_measures`); None
        when none opens there."""
        i = 0
        while i < len(after) and i < _MAX_CUE_TIME and after[i].text.lower() in self.rules.time_adjuncts:
            i += 1
        if any(w.after for w in after[: i - 1]) or (i > 0 and after[i - 1].after[:1] not in ("", ",")):
            return None  # the cue's time runs unbroken to the clause, or to its comma
        low = [w.text.lower() for w in after[i : i + 3]] + ["", "", ""]
        measures = self.rules.time_measures
        if (
            low[0] in _WRITERS_TIME
            or (low[0] in measures and low[1] in ("after", "before"))  # "hours after", "shortly before"
            # "two days after", "a day after"
            or (
                low[2] in ("after", "before")
                and (low[1] in measures or (low[0] in _ONE and low[1] in _TIME_UNITS))
            )
        ):
            return i
        return None

    def _writers_clause(self, after: list[Token], end: int) -> bool:
        """Whether the words after a closing cue's comma are the writer's clause of time: one measured
        ("a day after the plant shut"), or one with a speaker's claim of its own ("after the firm warned
        that C2"); not "C1, she said, when the plant opens": the claim may go on with its own time."""
        opens = self.writers_time(after)
        if opens is None:
            return False
        return after[opens].text.lower() not in _WRITERS_TIME or bool(
            self.time_clause_claims(after[opens:], end)
        )

    def time_clause_claims(self, clause: list[Token], end: int) -> list[Found]:
        """The claims of a clause of time the writer adds after a closing cue (`writers_time`, or "as" and
        "while"), when its own subject speaks right after the subordinator: "after the firm warned that
        C2", "a day after Hale said C2"; not "when asked whether she believes C", "after a man claiming C"."""
        k = next((i for i, w in enumerate(clause[:4]) if w.text.lower() in _SUBORDINATORS), None)
        if k is None or k + 1 >= len(clause):
            return []
        return [
            found
            for found in self._clause_claims(clause, end)
            if found.mention.span[0] == clause[k + 1].start
            and found.cue.span is not None
            and not self.text[found.cue.span[0] : found.cue.span[1]].endswith("ing")
        ]

    def _clause_after(self, words: list[Token], k: int) -> bool:
        """Whether a clause of its own opens at `words[k]`, right after a closing cue and its comma: "...,
        police said, as the weather bureau warned that C2" (`_CLAUSE_OPENERS`)."""
        return (
            0 < k < len(words) - 2
            and words[k - 1].after[:1] == ","
            and words[k].text.lower() in _SPEAKING_OPENERS
        )

    def _hit_at(self, words: list[Token], last: int) -> CueHit | None:
        """The cue ending at `words[last]`: "said", or a cue of two or three words."""
        for first in range(max(0, last - 2), last + 1):
            hit = cue_at(words, first, self.rules)
            if hit is not None and hit.last == last:
                return hit
        return None

    def _and_cue(self, words: list[Token], hit: CueHit) -> tuple[int, CueHit] | None:
        """ "..., X said on Monday and added that C2": "and" and a second cue of the same speaker right
        after a closing cue, past no more than a phrase of time or place."""
        if words[hit.first].text in self.rules.participles:
            return None  # "senators vented about Sanders vowing to fight on and said": no closing cue
        stop = min(len(words) - 2, hit.last + 1 + _MAX_AND_CUE)
        j = next((m for m in range(hit.last + 1, stop) if words[m].text == "and"), None)
        if hit.last + 2 < len(words) and words[hit.last].after == "," and words[hit.last + 1].text == "but":
            j = hit.last + 1  # "C1, officials said, but cautioned that C2"
        elif j is None or any(w.after for w in words[hit.last : j]):
            return None  # a comma or a quote mark between: not one run of attribution
        between = words[hit.last + 1 : j]
        if between and between[0].text.lower() not in _SCENE_OPENERS:
            return None  # "officials said the town and ...": only a time or a place between
        second = cue_at(words, j + 1, self.rules)
        if second is None or second.complement not in ("clause", "thing") or second.last + 1 >= len(words):
            return None
        if words[second.last + 1].text != "that" or self.in_quote(words[j].start):
            return None  # "and added that C2" only: "and reiterated his support" is no claim
        return j, second

    def _names_a_source(self, span: Span) -> bool:
        phrase = tokenize(self.text, span[0], span[1])
        return len(phrase) <= 8 and classify(self.text, phrase, self.rules) is not None

    def _is_speaker(self, span: Span) -> bool:
        """Whether a phrase reads as a speaker: a name or a body, or a group with an apposition ("Officials,
        including the mayor"); a bare common-noun phrase may as well be a clause ("A thing, say some")."""
        mention = classify(self.text, tokenize(self.text, span[0], span[1]), self.rules)
        if mention is None or mention.pronoun:
            return False
        return mention.kind in ("person", "organisation") or "," in self.text[span[0] : span[1]]

    def _scene_then_clause(self, after: list[Token]) -> bool:
        """Whether the words after a closing cue are when and where, then a clause of time ("..., X said on
        Thursday at the press conference after China lost to Australia"): no content of the cue's."""
        if after[0].text not in ("on", "at", "in", "during"):
            return False
        k = next((j for j in range(2, min(len(after), _MAX_SCENE)) if after[j].text in TIME_CLAUSES), None)
        if k is None:
            return False
        rules = self.rules
        return not any(
            w.after or w.text in ("that", "to") or w.text in rules.auxiliaries or w.text in rules.pronouns
            for w in after[:k]
        )

    def _timed_aside(self, after: list[Token]) -> bool:
        """Whether the words after a closing cue are its time and, past their comma, an adverbial of time
        ("..., the CSA said yesterday, just hours after its sponsor said C2"): when, not more content."""
        head = until_comma(after)
        if not head or len(head) > 3 or len(head) == len(after) or head[-1].after[:1] != ",":
            return False
        if not all(w.text.lower() in self.rules.time_adjuncts for w in head):
            return False
        aside = [w.text.lower() for w in after[len(head) : len(head) + 3]]
        # "..., state media reported Saturday, a day after the plan triggered a sell-off"
        counted = bool(aside) and (aside[0] in NUMBER_WORDS or aside[0].isdigit())  # "a", "one", "two"
        measured = len(aside) == 3 and counted and aside[2] in ("after", "before")  # ("two days after")
        # "..., police said on Friday, as the weather bureau warned that C2": a clause of its own; "..., the
        # agency said on Thursday, down from the 58.8 million bags it projected in May": a figure compared
        clause = aside[0] in _TIMED_CLAUSE_OPENERS
        compared = aside[:2] in (["up", "from"], ["down", "from"], ["compared", "with"], ["compared", "to"])
        # "..., the ministry said on Friday, the third such sale this year": the writer's gloss on C
        ranked = self._ranked(after[len(head) :])
        timed = aside[0] in _TIME_ASIDES or (measured and aside[1].removesuffix("s") in _TIME_UNITS)
        # "..., the minister said Tuesday, despite the council not having chosen a chair": the writer's
        writers = aside[0] in WRITERS_ADJUNCTS
        return timed or clause or compared or ranked or writers

    def _ranked(self, words: list[Token]) -> bool:
        """Whether words open the writer's gloss ranking a claim among its kind: "the third such sale",
        "the latest such sale" (`Rules.gloss_ranks`); or summing it up: "a range which puts ...", "a move
        that ..." (`Rules.summing_nouns`)."""
        if (
            len(words) > 2
            and words[0].text in ("a", "an")
            and self.summed_up((words[0].start, words[-1].end))
        ):
            return True
        if len(words) < 2 or words[0].text != "the" or words[1].text.lower() not in self.rules.gloss_ranks:
            return False
        # "..., the registry said, the first from Harbour, and the second from ...": an ordinal before a
        # preposition counts the things C names, as C goes on
        ordinal = not words[1].text.endswith("est")
        return not (ordinal and len(words) > 2 and words[2].text in _COUNTING)

    def _adjunct_after(self, after: list[Token]) -> bool:
        """Whether the words after a closing cue are whom or when and then the writer's adjunct, opening
        with a preposition of `WRITERS_ADJUNCTS`: "..., the port authority told Harbour Wire on Friday amid
        fears of a strike" (no "that", pronoun or verb before it)."""
        for k, w in enumerate(after[: _ADJUNCT_REACH + 1]):
            low = w.text.lower()
            if low in WRITERS_ADJUNCTS:
                return k > 0
            if low == "that" or low in self.rules.pronouns or low in self.rules.auxiliaries or w.after:
                return False
        return False

    def _subordinate(self, after: list[Token]) -> bool:
        """ "..., Xi said as he wound up his visit" / "..., she said while touring the plant": a clause
        of time after a closing cue tells when it was said (not "said as many as 20", "as well as")."""
        low = after[0].text.lower()
        follower = after[1].text.lower() if len(after) > 1 else ""
        if low in ("while", "when", "before") or (low == "after" and follower not in ("all", "")):
            return True  # (also "said after the expected ruling did not come"; not "after all")
        if low != "as":
            return False
        if follower in self.rules.pronouns or follower in ("the", "his", "her", "their"):
            return True
        # a headline's clause with no article: "..., harbour chief tells inquiry as port closes"
        if len(after) < 3 or after[1].after or not (after[1].text.isalpha() and after[1].text.islower()):
            return False
        verb = after[2].text
        return verb.islower() and (
            verb in self.rules.auxiliaries or (verb.endswith(("s", "ed")) and verb != "as")
        )

    def _addressed(self, after: list[Token]) -> bool:
        """Whether the words after "told" only name whom: a noun phrase (opening with an article or a
        name, or one of `Rules.addressees`: "told reporters outside his hotel in central Vienna ahead of
        the meeting") with no "that", no pronoun, no verb, no cue."""
        first = after[0].text.lower()
        # the addressed, then where or when: "reporters outside his hotel" (not "me photo circulating ...")
        placed = len(after) > 1 and after[1].text.lower() in _PLACE_OPENERS
        addressed = first in self.rules.addressees and placed
        if not (first in ("a", "an", "the") or addressed or is_capitalised(after[0].text)):
            return False
        for w in after:
            low = w.text.lower()
            if low == "that" or low in self.rules.pronouns or low in self.rules.auxiliaries:
                return False
            if low in self.rules.cues or (w.text.islower() and low.endswith("ed")):
                return False
        return True

    def _attribution_tail(self, after: list[Token], hit: CueHit) -> bool:
        """Words that may follow a closing cue: a day, a place, a medium, the one addressed, a clause of
        time."""
        first = after[0].text
        low = first.lower()
        if (
            low in SKIP_LEADS
            or low in ("in", "at", "on", "during", "after", "here")
            or self._subordinate(after)
            # "said by phone", "said by mobile phone"
            or (low == "by" and any(w.text.lower() in BY_MEANS for w in after[1:3]))
        ):
            return True
        # "C, X told the crowd", "C, harbour chief tells inquiry", but "X said his net worth ..."
        if low in self.rules.addressees or low in self.rules.addressed_bodies:
            clause = len(after) > 1 and not after[0].after and after[1].text.lower() in self.rules.pronouns
            return hit.complement == "object" and not clause  # not "C, she said, her boss told her he ..."
        return hit.complement == "object" and first[:1].isupper()

    def _past_own_cue(self, content: Span) -> Span:
        """ "He also said C, Foreign Minister Lavrov told the session": the content opens with the
        speaker's pronoun and a cue of their own, so what was said starts after it."""
        opening = self.text[content[0] : content[0] + 8].lstrip(" \"“”«»„()[]'‘—–-").lower()
        if not opening.startswith(("he", "she")):
            return content  # most contents: no tokens needed to see it
        words = tokenize(self.text, content[0], min(content[1], content[0] + 60))
        if len(words) < 4 or words[0].text.lower() not in ("he", "she") or self.in_quote(words[0].start):
            return content  # ("“I think C,” X said": a speaker's own "I think" is part of what was said)
        k = 2 if words[1].text.lower() in self.rules.auxiliaries else 1
        hit = cue_at(words, k, self.rules)
        if hit is None or hit.complement != "clause" or hit.last + 1 >= len(words) or words[hit.last].after:
            return content
        start = hit.last + 2 if words[hit.last + 1].text == "that" else hit.last + 1
        return (words[start].start, content[1]) if start < len(words) else content

    def _after_found(
        self,
        content: Span,
        tail: list[Token],
        hit: CueHit,
        mention: Mention,
        end: int,
        *,
        carrier: Outlet | None = None,
    ) -> Found | None:
        content = self._past_own_cue(content)
        content, mention = self._name_before_role(content, mention)
        words = self.text[content[0] : content[1]].replace(",", " ").lower().split()
        short = len(words) < 3
        if all(w in _WHEN_WORDS or w in self.rules.time_adjuncts for w in words):
            return None  # "Then, last week, Eric Trump called.": when, not what
        if self._topic_only(content):
            return None  # "On the plan, the mayor said he would fight it": what he spoke about
        spans = [content]
        rest_start = tail[hit.last].end
        if hit.complement == "object" and hit.last + 1 < len(tail) and not tail[hit.last].after:
            addressee = tail[hit.last + 1]  # "The desks, he sternly told her, were for senators only."
            if addressee.text.lower() in self.rules.addressees and addressee.after[:1] == ",":
                rest_start = addressee.end
        outlet = carrier or find_outlet(self.text, tail[hit.first].start, end, self.rules)
        relayed = self.relay(until_comma(tail[hit.last + 1 :]))  # "..., reports Al-Rai quoting sources"
        outlet = outlet or (relayed[1] if relayed is not None else None)
        # "C1, X said, C2.": the sentence goes on after the attribution
        after = [w for w in tail if w.start >= mention.span[1] and w.start >= rest_start]
        comma_after = self.text[rest_start : rest_start + 1] == "," or (
            mention.span[1] > rest_start and self.text[mention.span[1] : mention.span[1] + 1] == ","
        )
        continues = (
            after
            and comma_after
            and after[0].text not in _NOT_CONTINUING
            and not (after[0].text.lower() in _SPEAKING_OPENERS and self._clause_claims(after, end))
            # "C1, officials said, but cautioned that C2": a second cue of the same speaker
            and not (after[0].text == "but" and len(after) > 1 and cue_at(after, 1, self.rules) is not None)
            and after[0].text
            not in self.rules.participles  # "..., said X, regretting that C2": a claim of its own
            and not self._adjunct_only(after)
            and not self._ranked(after)  # "C, the ministry said, the third such sale": the writer's gloss
            # "C, the minister said, despite the delays": the writer's adjunct after a whole clause
            and not (after[0].text.lower() in WRITERS_ADJUNCTS and not short)
            and not self._writers_clause(after, end)
        )
        more = self._trim(after[0].start, end) if continues else None
        if more and not outlet:
            spans = [*spans, more]
            short = False
            if self._relative_before(content):
                spans = [self._relative_clause(more)]  # "X, which, she said, has dropped C": the clause
        if short:
            return None
        quote = quote_kind(self.text, spans)
        return Found(spans, mention, self._cue(tail, hit), hit.kind, hit.complement, outlet, quote,
                     "reported-after")  # fmt: skip

    def _name_before_role(self, content: Span, mention: Mention) -> tuple[Span, Mention]:
        """ "C, Jane Roe, general manager of Norvex said": a role in lower case with no comma closing it,
        after a person named in full closing the content, is that person's; the name is no content."""
        first = mention.name.split(" ", 1)[0]
        titled = first in self.rules.titles  # "general manager of Norvex", "head of Norvex Limited"
        if (
            mention.pronoun
            or mention.kind not in ("anonymous", "person")
            or not first.islower()
            or not titled
        ):
            return content, mention
        m = _CLOSING_NAME.search(self.text, content[0], content[1])
        if m is None:
            return content, mention
        named = classify(self.text, tokenize(self.text, m.start("name"), m.end("name")), self.rules)
        if named is None or named.kind != "person" or named.role or named.pronoun or " " not in named.name:
            return content, mention
        start = content[0] + (self.text[content[0]] in '"“')  # "“C,” Jane Roe, ROLE said": the quotation
        trimmed = self._trim(start, m.start())
        if trimmed is None:
            return content, mention
        return trimmed, Mention(named.name, "person", mention.name, (m.start("name"), mention.span[1]))

    def _relative_before(self, content: Span) -> bool:
        """Whether the words before a cue set off by commas end with a relative pronoun after a comma: "the
        Harbour Party, which, she said, has dropped C" (what she said is the relative clause, not the
        sentence around it)."""
        head = self.text[max(content[0], content[1] - _RELATIVE_REACH) : content[1]]
        return head.endswith((", which", ", who"))

    def _relative_clause(self, more: Span) -> Span:
        """The relative clause after the cue's comma, up to a comma before the main clause's verb goes on:
        "which, he said, had ignored the warnings, will meet on Monday" gives "had ignored the warnings"."""
        m = _MAIN_GOES_ON.search(self.text, more[0], more[1])
        return (more[0], m.start()) if m is not None else more

    def _topic_only(self, content: Span) -> bool:
        """ "On the plan to close the plant, X said ...": a fronted topic phrase with no verb of its own
        (no auxiliary, subject pronoun, cue or past form) names what was spoken about."""
        if not self.text[content[0] : content[0] + 16].lower().startswith(self.rules.topic_fronts):
            return False  # most contents: no tokens needed to see it
        for w in tokenize(self.text, content[0], min(content[1], content[0] + 200)):
            low = w.text.lower()
            if low in self.rules.auxiliaries or low in self.rules.pronouns or low in self.rules.cues:
                return False
            if w.text.islower() and low.endswith(("ed", "n't")):
                return False
        return content[1] - content[0] <= 200

    def _adjunct_only(self, after: list[Token]) -> bool:
        """ "..., said X, in an interview." / "..., on Tuesday.": a short phrase of place or time to the
        sentence's end is part of the attribution, not more content."""
        return len(after) <= 6 and after[0].text.lower() in SKIP_LEADS and after[-1].after[:1] != ","


def _before_clause(phrase: list[Token]) -> list[Token]:
    """The speaker's words before a clause of time after an inverted cue's name: "skipper Joe Root" of
    "(C, said) skipper Joe Root after England secured a win"."""
    k = next((j for j in range(2, len(phrase) - 1) if phrase[j].text in TIME_CLAUSES), None)
    return phrase[:k] if k is not None and is_capitalised(phrase[k - 1].text) else phrase


def _not_spoken(tail: list[Token], hit: CueHit, mention: Mention) -> bool:
    """Whether a modal or a form of "be" between the speaker and the cue in a sentence's tail shows the
    cue is no attribution: "C, homeowners could still claim" (a modal's verb), 'C, the outlook was
    “widely agreed”' (a passive; but "where, it is said, C" names an unnamed source, and "C, The Westmere
    Post was told" the paper that learned it)."""
    between = [w.text.lower() for w in tail[: hit.first] if w.start >= mention.span[1]]
    if any(w in _MODALS for w in between):
        return True
    passive = any(w in BE_FORMS for w in between) and not tail[hit.first].text.endswith("ing")
    return passive and mention.name.lower() != "it" and hit.lemma != "tell"


def _what_in(words: list[Token]) -> bool:
    """Whether "what" stands among `words`, opening a free relative clause."""
    return any(w.text == "what" for w in words)
