"""Direct quotes and who said them: ``quote-after`` ("“C,” X said." / "“C,” said X." / "“C1,” X said,
“C2.”", and a quote signed with a dash) and ``quote-before`` ("X said: “C”" / "X told reporters,
“C”"), with the quotes that continue a claim and the claims said beside a quote.
"""

from __future__ import annotations

import bisect
import re

import attrs

from claimtrack.model import Cue, Outlet
from claimtrack.parse.cues import CueHit, cue_at, cues_in, has_cue
from claimtrack.parse.outlets import find_outlet, outlet_named
from claimtrack.parse.phrase_forms import PhraseForms
from claimtrack.parse.quotes import Quote
from claimtrack.parse.reader_base import (
    DASH,
    MAX_SUBJECT,
    RELATIVE_PRONOUNS,
    Found,
    Span,
    has_quote_mark,
    until_comma,
)
from claimtrack.parse.reviews import headline_owner
from claimtrack.parse.speakers import Mention, classify
from claimtrack.parse.tokens import Token, is_capitalised, leading_words, tokenize

_SIGNATURE = re.compile(
    r"""
    [ \t\u00a0]*[―—–][ \t\u00a0]*   # a dash after the closing quotation mark: "” ― Name"
    """,
    re.VERBOSE,
)
# closing a quotation before the cue after it: "“C,” X said"
_CLOSING_PUNCTUATION = re.compile(r"[,.!?;:—–-]")
_FIRST_WORD = re.compile(r"\S+")  # searched between two offsets: no slice of a sentence's whole lead
_NICKNAME_WORDS = 2  # words of a nickname in quotation marks inside a name: "Jane “Jojo” Roe"
_CUE_REACH = 6  # words after a quote in which a cue of its own says it is a claim of its own
_LEAD_NAME = 4  # words of a name opening a lead before its cue: "Jane Roe said she felt ..."
_CLOSING_REACH = 24  # words after a quote read for a pronoun and a cue closing its clause ("..., she said")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
_LONGEST_CUE = 4  # words a cue reads from its first: "is of the opinion"
_SIGNED_LINE = 2000  # characters read back for the start of a signed quotation's line (a reader's letter)
_SIGNATURE_REACH = 300  # characters of a signature's line after its dash: "― Sonya Herridge, nurse"
_MAX_SIGNATURE = 8  # words of a name signing a quotation after a dash: "― Sonya Herridge, nurse"
_MAX_BRIDGE = 200  # characters of a sentence about the speaker between two of her quotes
_MAX_LEAD = 2000  # characters of reported speech a quote may end: longer is no one sentence
_MAX_BETWEEN = 6  # words between a cue and the quotation after it: "told the BBC's Andrew Marr Show: “C”"
# the same when they name an occasion: "said in a statement released by the harbour board: “C”"
_MAX_OCCASION = 10
# a sentence between a speaker's quotes in one paragraph that opens with these and says nothing itself
# leaves the next quote hers: "She has no car." / "This affects the three terminals."
_BRIDGE_OPENERS = ("He ", "She ", "This ", "That ", "It ", "These ", "Those ")
_NAMED = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+")  # two capitalised words in a row: someone's name, maybe
_SCENE_REACH = 8  # words of whom, where and when after a quote's cue before the writer's clause of time

# words between "adding" and the quote it opens: an adverb of time ("adding later, “C2”") or "that"
_ADDED_LEADS = frozenset({"later", "then", "afterwards", "again", "that"})


_SCENE_OPENERS = frozenset(
    {"in", "as", "at", "on", "during", "after", "before", "for", "asked", "when", "if"}
)
_CLAUSE_OPENERS = frozenset(
    {"there", "this", "that", "these", "those", "the", "a", "an", "his", "her", "their", "its", "our", "my",
     "your", "no", "every", "each", "some", "all", "if", "when", "what", "how", "why", "because", "but",
     "and", "so", "yes", "not", "you", "we", "i", "they", "he", "she", "it"}
)  # fmt: skip  # words that open a clause of its own: a quote opening with one is the whole content


# words after a closing quotation mark that carry on the clause the quotation stands in, so that no
# speaker follows it: "he had been “deeply hurt” by the rudeness shown to him"
_CLAUSE_GOES_ON = frozenset({"by", "of", "to", "with", "from", "for", "in", "on", "at", "about", "over"})


@attrs.define
class QuoteForms(PhraseForms):
    """Direct quotes and the attribution before or after them."""

    def _quote_relayed(self, qi: int, start: int, stop: int, used: set[int]) -> Found | None:
        """ "“Q,” Kamci was quoted by TGRT as saying." / "“Q,” news agency ANI quoted Jaishankar as saying." /
        "“Q,” Kamci was quoted in a statement.": the quote is the speaker's words, the outlet quoting them
        carried them."""
        said = self.text[start:stop]
        if " as saying" not in said and " as stating" not in said and " quoted" not in said:
            return None  # tests at C speed: the form needs its last words, or "was quoted" alone
        q = self.quotes[qi]
        words = tokenize(self.text, start, stop)
        spans = self._quote_spans(q)
        if not words or words[0].start != start or not spans:
            return None
        found = self._quoted_after((q.open, q.end), words)
        if found is None:
            return None
        after = found.cue.span[1] if found.cue.span else q.end
        more, paragraphs = self._continuation(qi, after, max(stop, after), used)
        return self._own_claims(attrs.evolve(found, spans=spans + more, quote="direct"), paragraphs)

    def _past_gap(self, at: int, stop: int) -> int:
        """Where the words after a closing mark start: past spaces and commas, and the dash of "“C”, –
        said the diplomat" (the Russian convention, kept in translations)."""
        text = self.text
        while at < stop and text[at] in " ,\u00a0\t":
            at += 1
        if at < stop and text[at] in "–—-" and "," in text[at - 3 : at]:
            at += 1
            while at < stop and text[at] in " \u00a0\t":
                at += 1
        return at

    def _quote_after(self, qi: int, used: set[int]) -> Found | None:
        q = self.quotes[qi]
        if self._nickname(q):
            return None  # "Del. Jane “Jojo” Roe shouted": a name's nickname, no one's words
        stop = sentence_end = self._after_reach(q)
        stop = self._next_quote(qi, stop)
        gap_end = self._past_gap(q.end, stop)
        signed = self._signed(q) or self._headline(q, gap_end, sentence_end)
        if signed is not None:
            return signed
        relayed = self._quote_relayed(qi, gap_end, stop, used)
        if relayed is not None:
            return relayed
        if not has_cue(self.text, gap_end, stop, self.rules):
            return None
        words = tokenize(self.text, gap_end, stop)
        if not words or words[0].start != gap_end:
            return None
        if self._object_quoted(q, gap_end):
            return None  # "vowed to deliver the “fresh start” Westmere First promised": a relative's object
        mention, hit, rest = self._quote_speaker(words)
        if mention is None or hit is None or hit.complement in ("according", "about"):
            return None
        if self._names_subject(q, hit, gap_end) or self._says_more(words, hit, rest, q):
            return None  # "Describing the plan as “nonsense”, Novak said the market would collapse"
        if not (spans := self._quote_spans(q)):
            return None
        tail_start = words[rest - 1].end if rest else gap_end
        outlet = find_outlet(self.text, words[hit.first].start, stop, self.rules)
        relay = self.relay(until_comma(words[hit.last + 1 :]))  # "“C,” reported Xinhua citing X"
        outlet = outlet or (relay[1] if relay is not None else None) or self._reporting_after(words, rest)
        after = max(outlet.span[1] if outlet and outlet.span else tail_start, tail_start)
        # "“C1,” X said, adding that C2" / "“C1,” X said, but he said C2": a second claim after the quote
        second = self._second_cue(words, rest - 1) if rest else None
        if rest and second is None and rest + 1 < len(words) and words[rest].text == "who":
            # "“C1,” said Beck, who said there were “C2.”": the speaker's relative clause says more
            said = cue_at(words, rest + 1, self.rules) if words[rest - 1].after[:1] == "," else None
            second = (
                (rest, said) if said is not None and said.complement not in ("according", "about") else None
            )
        more = None
        if second is not None:  # its content runs to the end of the sentence, quotes and all
            to_end = tokenize(self.text, gap_end, sentence_end) if sentence_end > stop else words
            more = self._same_speaker(to_end, second[1], mention, self._clause_end(qi, stop, sentence_end))
        elif rest and rest < len(words):
            more = self._added_quote(qi, words[rest:], mention, stop)
        others = self._time_claims(words, rest, qi, (stop, sentence_end)) if rest and more is None else []
        for extra in [more] if more is not None else others:
            self._extra.append(extra)
            after = max(after, extra.spans[-1][1])
            used.update(i for i in range(qi + 1, len(self.quotes)) if self.quotes[i].open < after)
        spans, lead = self._with_lead(q, spans)
        if not spans:
            return None
        more_spans, paragraphs = self._continuation(qi, after, max(stop, after), used)
        cue, hit, spans = self._first_cue(words, hit, (lead, q.open), mention, spans)
        quote = "mixed" if lead is not None else "direct"
        return self._own_claims(
            Found(spans + more_spans, mention, cue, hit.kind, hit.complement, outlet, quote, "quote-after"),
            paragraphs,
        )

    def _time_claims(self, words: list[Token], rest: int, qi: int, ends: tuple[int, int]) -> list[Found]:
        """ "“C1,” X told reporters on Friday, a day after Y announced C2", "“C1,” X said, as Y warned C2":
        the claims in the writer's clause after the quote's speaker and cue, past a few words of whom,
        where or when it was said, made by speakers of their own."""
        for j in range(rest, min(len(words), rest + _SCENE_REACH)):
            if j > rest and words[j - 1].after[:1] not in ("", ","):
                return []  # the clause of the cue ends
            if words[j].text in ("who", "whose"):
                return []  # "“C1,” said X, who quit after ...": the speaker's own story, told by the writer
            opening = words[j].text.lower() in ("as", "while") and words[j - 1].after[:1] == ","
            if opening or self.writers_time(words[j:]) == 0:
                end = self._clause_end(qi, *ends)  # (asked only here: most quotes have no such clause)
                end = min(end, words[j].start + _MAX_LEAD)  # a "sentence" longer is a run of text unsplit
                return self.time_clause_claims(tokenize(self.text, words[j].start, end), end)
        return []

    def _after_reach(self, q: Quote) -> int:
        """Where the words read after quote `q` for its speaker end: its sentence's end, or the next
        sentence's when the quotation asks or cries out and its sentence ends with it ("“Why?” he asked.")
        or that sentence is short and only says who spoke ("“... missing.” Trump said.")."""
        sentence = self.sentence_at(q.close) or (q.close, q.end)
        stop = max(sentence[1], q.end)
        asks = (
            self.text[q.parts[-1][1] : q.close].strip()[-1:] in ("?", "!") or self.text[q.close - 1] in "?!"
        )
        if stop <= q.end + 1:  # split after the mark: read the next sentence
            following = self.sentence_at(_skip_space(self.text, stop))
            opens = self.sentence_at(q.open)
            whole = opens is not None and not self.text[opens[0] : q.open].strip()  # the quote opens it
            short = whole and following is not None and self.text.count(" ", following[0], following[1]) < 6
            if following is not None and following[0] >= stop and (asks or short):
                stop = following[1]
        return stop

    def _next_quote(self, qi: int, stop: int) -> int:
        """Where the words after quote `qi` end: at `stop`, or where the next quotation opens before it,
        past a nickname in quotation marks inside a name ("Del. Jane “Jojo” Roe (D-Westmere), shouted")."""
        k = qi + 1  # (by index: a slice of the quotes after each quote would cost their number each time)
        while k < len(self.quotes) and self.quotes[k].open < stop:
            if not self._nickname(self.quotes[k]):
                return self.quotes[k].open
            k += 1
        return stop

    def _nickname(self, q: Quote) -> bool:
        """A quotation of one or two capitalised words between two capitalised words: "Jane “Jojo” Roe"."""
        inside = [w for s, e in q.parts for w in self.text[s:e].split()]
        before = self.text[max(0, q.open - 30) : q.open].split()
        after = self.text[q.end : q.end + 30].split()
        return (
            0 < len(inside) <= _NICKNAME_WORDS
            and all(w[:1].isupper() and w.isalpha() for w in inside)
            and bool(before)
            and bool(after)
            and before[-1][:1].isupper()
            and after[0][:1].isupper()
            and self.text[q.open - 1 : q.open] == " "
        )

    def _object_quoted(self, q: Quote, gap_end: int) -> bool:
        """Whether a quotation with no punctuation closing it ends a sentence's lead right before a name and
        a cue: "vowed to deliver the “fresh start” Westmere First promised" (the object of a relative clause
        with no "that"), not "“C,” X said" nor "“C?” X asked" (read from its last characters on)."""
        closing = max(q.open, q.parts[-1][1] - 2)
        return (
            not _CLOSING_PUNCTUATION.search(self.text, closing, gap_end) and self._quoted_tail(q) is not None
        )

    def _first_cue(
        self,
        words: list[Token],
        hit: CueHit,
        lead: tuple[int | None, int],
        mention: Mention,
        spans: list[Span],
    ) -> tuple[Cue, CueHit, list[Span]]:
        """The cue of a quote-after claim and its spans: the closing cue's, or the first cue's, past it,
        when the lead said it first (`_said_twice`)."""
        start, stop = lead  # (where the lead starts, if the claim has one, and the quote opens)
        opened = self._said_twice(start, stop, mention) if start is not None else None
        if opened is None:
            return self._cue(words, hit), hit, spans
        lead_words, lead_hit = opened  # "X said she thought C because “C2,” she said": X's first cue
        content = (lead_words[lead_hit.last + 1].start, spans[0][1])
        return self._cue(lead_words, lead_hit), lead_hit, [content, *spans[1:]]

    def _said_twice(self, lead: int, stop: int, mention: Mention) -> tuple[list[Token], CueHit] | None:
        """The words and the cue of a lead of reported speech that opens with a name and its cue, when a
        pronoun's cue closes the sentence again after the quote: "Jane Roe said she thought the levy was
        fair because “nobody reads the small print,” she said" is one claim, the first cue's."""
        if not mention.pronoun:
            return None
        words = tokenize(self.text, lead, stop)
        if not words:
            return None
        first = words[0].text.lower()
        plain = (
            first in self.rules.leading_words
            or first in self.rules.subordinators
            or first in self.rules.pronouns
        )
        if plain or DASH.search(self.text, words[-1].end, stop):
            return None  # "Although X admitted C, “Q,” he claimed"; "X suggested C - “Q,” she said -"
        for j in range(1, min(len(words) - 1, _LEAD_NAME + 1)):
            name = words[j - 1].text
            if not is_capitalised(name) or words[j - 1].after or name.endswith(("'s", "’s")):
                return None  # (a name of capitalised words, with no comma, before the cue; no owner's)
            hit = cue_at(words, j, self.rules)
            if hit is not None:
                return (words, hit) if hit.last + 1 < len(words) else None
        return None

    def _with_lead(self, q: Quote, spans: list[Span]) -> tuple[list[Span], int | None]:
        """The spans of a quote's claim when the quote only ends a sentence of reported speech, and
        where that sentence's words start (`_quoted_tail`), else `spans` as they are and None."""
        lead = self._quoted_tail(q)
        if lead is None:
            return spans, None
        if len(q.parts) > 1:
            # "He noted that his team lost to “a better side.¶“They were dangerous,” he said": the quote
            # runs on over paragraphs from a sentence of the writer's or with its own cue (which claims
            # that first part); the paragraphs after are what "he said" closes
            return spans[1:], None
        # "X could be termed “influence peddling,” the Post reported": all of it
        return [(lead, max(spans[0][1], min(q.close + 1, q.end))), *spans[1:]], lead

    def _clause_end(self, qi: int, stop: int, sentence_end: int) -> int:
        """Where a second claim after a quote ends: at the sentence's end, unless the next quote follows a
        comma ("..., referring to the excuse, “C1 goes on”"): then the first quote goes on there."""
        follows = qi + 1 < len(self.quotes) and self.quotes[qi + 1].open == stop
        if not follows:
            return sentence_end
        k = stop
        while k > 0 and self.text[k - 1] in " \u00a0\t":
            k -= 1  # (back over the spaces only: slicing the text before `stop` is a copy per quote)
        return stop if self.text[k - 1 : k] == "," else sentence_end

    def _added_quote(self, qi: int, tail: list[Token], mention: Mention, stop: int) -> Found | None:
        """ "“C1,” he said, adding, “C2.”": a participle cue right before the next quote (perhaps with an
        adverb of time or "that" after it) makes that quote a claim of its own, with the same speaker."""
        hit = cue_at(tail, 0, self.rules)
        # (an adverb of time may follow it: "“C1,” he said, adding later, “C2.”")
        # (or "that": "“C1,” said X at the time, adding that “C2.”")
        timed = hit is not None and hit.last == len(tail) - 2 and tail[-1].text in _ADDED_LEADS
        if (
            hit is None
            or (hit.last != len(tail) - 1 and not timed)
            or tail[0].text not in self.rules.participles
        ):
            return None
        if self.text[tail[0].start - 2 : tail[0].start].strip() != "," or qi + 1 >= len(self.quotes):
            return None
        nxt = self.quotes[qi + 1]
        if nxt.open != stop or self.text[tail[-1].end : nxt.open].strip(" ,:\u00a0\t"):
            return None
        spans = self._quote_spans(nxt)
        if not spans:
            return None
        return Found(spans, mention, self._cue(tail, hit), hit.kind, hit.complement, None, "direct",
                     "quote-after")  # fmt: skip

    def _quote_speaker(self, words: list[Token]) -> tuple[Mention | None, CueHit | None, int]:
        """The speaker and cue after a closing quote ("said X", "X said", "X, who ..., told"), and the index
        of the first word after them."""
        mention: Mention | None = None
        hit = cue_at(words, 0, self.rules)
        rest = 0
        if hit is not None and words[0].text.lower() in self.rules.inverting:
            end = hit.last + 1
            while end < len(words) and end - hit.last <= MAX_SUBJECT + 2:  # a long title before the name
                end += 1
                if words[end - 1].after[:1] in (",", ".", ";", ":"):
                    break
            mention = self._inverted(words[hit.last + 1 : end])
            rest = end
            if mention is not None:  # "“C,” said Ivan Petrov, an analyst at VTB Capital."
                mention, taken = self._apposed(words[hit.last + 1 : end], mention, words[end:], closed=False)
                rest += taken
        elif words[0].text in _CLAUSE_GOES_ON:  # (in lower case: "“C,” From said" names Al From)
            return None, None, 0  # "he had been “deeply hurt” by the rudeness shown to him": no speaker
        else:
            # "this source told": the phrase may open with a demonstrative the speaker's name leaves out
            opening = words[1].start if words[0].text.lower() == "this" else words[0].start
            in_relative = False
            for k in range(1, min(len(words), MAX_SUBJECT * 2)):
                hit = cue_at(words, k, self.rules)
                if hit is None or (in_relative and words[k - 1].after[:1] != ","):
                    continue
                mention = self.subject(words, k)
                if mention is not None and mention.span[0] not in (words[0].start, opening):
                    mention = None
                rest = hit.last + 1
                if mention is not None or in_relative or not self._inside_relative(words, k):
                    break
                in_relative = True  # "X, who has not endorsed anyone, told": X's own cue follows the clause
        return mention, hit, rest

    def _reporting_after(self, words: list[Token], rest: int) -> Outlet | None:
        """ "“C,” he said, Sputnik reported.": the outlet that reported the quote and its speaker."""
        if not 0 < rest < len(words) - 1 or words[rest - 1].after[:1] != ",":
            return None
        hit = cue_at(words, len(words) - 1, self.rules)
        if hit is None or hit.lemma not in ("report", "say", "write") or len(words) - 1 - rest > 4:
            return None
        named = outlet_named(self.text, words[rest : len(words) - 1], self.rules)
        return Outlet(name=named, span=(words[rest].start, words[-2].end)) if named else None

    def _names_subject(self, q: Quote, hit: CueHit, gap_end: int) -> bool:
        """Whether a quoted word or two inside a clause, right before its verb with no comma between,
        is that verb's subject ("warned that the “rival camp” declared its aim", "the “Big Three” said
        they would"): no quotation the cue attributes."""
        if hit.first != 0 or q.words(self.text) > 2 or not q.parts:
            return False
        if any(m in self.text[q.parts[-1][1] : gap_end] for m in ",.?!:;–—"):
            return False  # "“No,” declared Smith": the comma sets the quotation off
        sentence = self.sentence_at(q.open)
        lead = self.text[sentence[0] : q.open].rstrip() if sentence else ""
        return bool(lead) and lead[-1] not in ",:;"

    def _says_more(self, words: list[Token], hit: CueHit, rest: int, q: Quote) -> bool:
        """Whether the cue after a quoted word or two goes on to its own content: then the quote was
        part of an opening phrase, and the sentence is reported speech read by the leading forms."""
        if not 0 < rest <= len(words) or hit.first == 0:
            return False  # (not "“raw time,” said X, an ally who ...": the speaker follows the cue)
        sentence = self.sentence_at(q.open)
        if sentence is None or not _FIRST_WORD.search(self.text, sentence[0], q.open):
            return False  # "“Absolutely not,” he said of the plan": the quote opens the sentence
        if q.words(self.text) > 2 and not self._in_opening_participle(sentence[0], q):
            return False
        cue_end = words[rest - 1].end
        k = bisect.bisect_left(self._quote_opens, cue_end)
        if k < len(self.quotes) and not self.text[cue_end : self.quotes[k].open].strip(" ,:\u00a0"):
            return True  # "Describing it as “nonsense”, Novak said, “C”": the next quote is the content
        if rest == len(words) or words[rest - 1].after:
            return False
        return not self._attribution_tail(words[rest:], hit)

    def _in_opening_participle(self, start: int, q: Quote) -> bool:
        """Whether the quote stands in a participle's phrase opening the sentence ("Calling it a “grave
        and lasting mistake,” Reyes said C"): that phrase is a claim of the main clause's speaker."""
        first = _FIRST_WORD.search(self.text, start, q.open)
        return first is not None and first.group().lower() in self.rules.opening_participles

    def _quote_spans(self, q: Quote) -> list[Span]:
        """What a quotation says: each of its parts without the marks around it."""
        return [p for p in (self._trim(s, e) for s, e in q.parts) if p]

    def _inside_relative(self, words: list[Token], k: int) -> bool:
        """Whether word `k` stands in a relative clause opened by ", who" / ", which" before it."""
        for j in range(k - 1, 0, -1):
            if words[j - 1].after[:1] == "," and words[j].text in RELATIVE_PRONOUNS:
                return True
            if words[j - 1].after:
                return False
        return False

    def _quoted_tail(self, q: Quote) -> int | None:
        """Where the content starts when a quote only ends a sentence of reported speech: the sentence's
        start ("He said the plan was “dead,” the Post reported"), else None (the quote is the content)."""
        sentence = self.sentence_at(q.open)
        if sentence is None or q.open - sentence[0] > _MAX_LEAD:
            return None  # (a "sentence" that long is a run of quotes the segmenter could not split)
        lead = self.text[sentence[0] : q.open]
        tail = lead.rstrip()
        if len(tail.split()) < 3 or tail[-1:] == ":" or has_quote_mark(lead):
            return None
        if tail[-1:] == "," and not self._continues_lead(q, tail, sentence[0]):
            return None  # "He said, “C”", "If it passes, “I think C”": the quote is the content
        trimmed = self._trim(sentence[0], q.open)
        return trimmed[0] if trimmed else None

    def _continues_lead(self, q: Quote, lead: str, start: int) -> bool:
        """ "The curbs, as well as robots, “will not have a big impact”": after a comma, a quote opening
        with a verb in lower case finishes the clause the lead began (a quote opening with its own subject,
        "“I think ...”", "“the process is ...”", is the content alone)."""
        first = self.text[q.parts[0][0] : q.parts[0][1]].split(maxsplit=1)[0] if q.parts else ""
        low = first.lower().strip(".,;:").replace("’", "'").split("'")[0]  # "we've": "we"
        if not first.islower() or low.endswith("ing") or low in _CLAUSE_OPENERS or low in self.rules.pronouns:
            return False
        opener = lead.split(maxsplit=1)[0].lower()
        return opener not in _SCENE_OPENERS and not has_cue(self.text, start, q.open, self.rules)

    def _continuation(
        self, qi: int, after: int, sentence_end: int, used: set[int]
    ) -> tuple[list[Span], list[list[Span]]]:
        """ "“C1,” X said, “C2.”" and "“C1,” X said. “C2.”": the quotes that follow in the paragraph
        continue the claim; and each next paragraph that is nothing but a quote, a claim of its own by
        the same speaker (as readers and fact-checkers count them), as is a quote after a sentence about
        the speaker ("She has no car. “C2.”"): (spans, paragraphs' spans)."""
        spans: list[Span] = []
        paragraphs: list[list[Span]] = []
        nxt_i = qi + 1
        while nxt_i in used:  # inside a second claim of the same sentence ("..., adding that “C2”")
            nxt_i += 1
        while nxt_i < len(self.quotes):
            nxt = self.quotes[nxt_i]
            between = self.text[after : nxt.open]
            right_after = not between.strip(" ,.;:\u00a0\t")
            next_sentence = nxt.open >= sentence_end and not self.text[sentence_end : nxt.open].strip()
            bridged = not (right_after or next_sentence) and self._about_the_speaker(sentence_end, nxt.open)
            if "\n" in between and not self._whole_paragraph(nxt):
                break
            if (
                not (right_after or next_sentence or bridged)
                or self._attributed_after(nxt)
                or self._title(nxt)
            ):
                break
            parts = [p for p in (self._trim(s, e) for s, e in nxt.parts) if p]
            if "\n" in between or bridged:
                paragraphs.append(parts)
            elif paragraphs:
                paragraphs[-1] += parts
            else:
                spans += parts
            used.add(nxt_i)
            after = sentence_end = nxt.end
            nxt_i += 1
        return spans, paragraphs

    def _about_the_speaker(self, start: int, stop: int) -> bool:
        """Whether the words between a quote's sentence and the next quote are one sentence about the
        speaker or what she speaks of, opening with "He", "She", "This", "It" ... (`_BRIDGE_OPENERS`), naming
        no one and saying nothing itself: "“C1,” said Jane Roe, 81. She has no car. “C2.”", "... This
        affects the three terminals. “C2.”" (C2 is hers, a claim of its own)."""
        if stop - start > _MAX_BRIDGE or "\n" in self.text[start:stop]:
            return False  # (in the quote's paragraph only)
        between = self.text[start:stop].strip()
        if not between.startswith(_BRIDGE_OPENERS) or not between.endswith("."):
            return False
        if ". " in between or has_quote_mark(between) or _NAMED.search(between, 1):
            return False  # one sentence naming no one ("That is when Tom Hale arrived." names another)
        return not cues_in(self.text, tokenize(self.text, start, stop), self.rules, limit=1)

    def _own_claims(self, found: Found, paragraphs: list[list[Span]]) -> Found:
        """`found`, after keeping the quotes of the paragraphs after its own as claims of the same
        speaker, one each."""
        for parts in paragraphs:
            if parts:
                self._extra.append(attrs.evolve(found, spans=parts, quote="direct", rule="quote-follows"))
        return found

    def _signed(self, q: Quote) -> Found | None:
        """ "“C.” ― Sonya Herridge": a quotation signed with a dash and the speaker's name, alone to the
        end of the line (pull quotes, readers' voices, letters)."""
        m = _SIGNATURE.match(self.text, q.end)
        if m is None:
            return None
        back = max(0, q.open - _SIGNED_LINE)
        line = self.text.rfind("\n", back, q.open) + 1
        # (a line longer than the reach: its opening unread, and no slice made back to the text's start)
        opening = "?" if line == 0 and back > 0 else self.text[line : q.open].lstrip()
        if opening and opening[0] not in "“\"«„‘'":
            # a signed quotation opens its line (an inner quotation may stand in it): not "The vote — one
            # delegate said its timing was “C” — angered the parties"
            return None
        reach = min(len(self.text), m.end() + _SIGNATURE_REACH)  # (a bounded search: no scan to a far end)
        line_end = self.text.find("\n", m.end(), reach)
        if line_end < 0 and reach < len(self.text):
            return None  # a line that long is no signature
        line_end = reach if line_end < 0 else line_end
        words = leading_words(self.text, m.end(), line_end, _MAX_SIGNATURE + 1)
        if not words or len(words) > _MAX_SIGNATURE or words[0].start != m.end():
            return None
        mention = classify(self.text, words, self.rules)
        spans = self._quote_spans(q)
        if mention is None or mention.pronoun or mention.kind not in ("person", "organisation") or not spans:
            return None
        dash = m.end() - len(m.group(0).lstrip(" \t\u00a0"))
        cue = Cue(text=self.text[dash], lemma="say", span=(dash, dash + 1))
        return Found(spans, mention, cue, "statement", "clause", None, "direct", "quote-after")

    def _headline(self, q: Quote, at: int, sentence_end: int) -> Found | None:
        """ "“Historic day,” was VATAN's headline, reporting that C": the paper printed the quotation
        (and a participle after it says more in the paper's name)."""
        owned = headline_owner(self.text, at, self.rules)
        spans = self._quote_spans(q) if owned is not None else []
        if owned is None or not spans:
            return None
        (s, e), part = owned
        mention = Mention(self.text[s:e], "outlet", None, (s, e))
        cue = Cue(text=self.text[slice(*part)], lemma="headline", span=part)
        words = tokenize(self.text, part[1], max(part[1], sentence_end))
        more: list[Found] = []
        if (
            len(words) > 2
            and words[0].text in self.rules.participles
            and (hit := cue_at(words, 0, self.rules))
        ):
            found = self._same_speaker(words, hit, mention, sentence_end)  # "..., reporting that C2"
            more = [found] if found is not None else []
        elif len(words) > 2 and words[0].text in self.rules.coordinators:
            more = self._leading(words[1:], sentence_end)  # "..., while HURRIYET wrote C2"
        self._extra.extend(more)
        outlet = Outlet(name=mention.name, span=mention.span)
        return Found(spans, mention, cue, "statement", "clause", outlet, "direct", "quote-after")

    def _whole_paragraph(self, q: Quote) -> bool:
        """A quote that opens its paragraph and ends it: "the quote goes on" in news style."""
        line_start = self.text.rfind("\n", 0, q.open) + 1
        line_end = self.text.find("\n", q.end)
        rest = self.text[q.end : line_end if line_end >= 0 else len(self.text)]
        return not self.text[line_start : q.open].strip() and not rest.strip(" .,\u00a0\t\r")

    def _attributed_after(self, q: Quote) -> bool:
        """Whether a speaker and cue follow this quote directly (then it is a claim of its own)."""
        sentence = self.sentence_at(q.close)
        end = sentence[1] if sentence else q.end
        # (a cue opening within six words reads at most four words more; the words are read once, as far
        # as a pronoun's closing cue may stand)
        words = leading_words(
            self.text, q.end, max(end, q.end), max(_CLOSING_REACH, _CUE_REACH + _LONGEST_CUE)
        )
        if any(cue_at(words, k, self.rules) for k in range(min(len(words), _CUE_REACH))):
            return True
        # "“C2” to lift the share price, she said": a pronoun and its cue closing the quote's clause
        return any(
            words[k].after == ","
            and words[k + 1].text in _SUBJECT_PRONOUNS
            and cue_at(words, k + 2, self.rules)
            for k in range(len(words) - 2)
        )

    def _quote_before(self, q: Quote) -> Found | None:
        sentence = self.sentence_at(q.open)
        if sentence is None or q.words(self.text) == 0:
            return None
        lo = sentence[0]
        i = bisect.bisect_left(self._quote_opens, q.open) - 1
        if i >= 0:
            lo = max(lo, self.quotes[i].end)
        lead = self.text[lo : q.open].rstrip()
        if not lead:
            return None
        words = tokenize(self.text, lo, q.open)
        hits = cues_in(self.text, words, self.rules)
        if q.words(self.text) < 3 and not self._said_right_before(words, hits, lead):
            return None  # a word or two in quotation marks is a scare quote, unless "she said: “We'll see.”"
        if lead[-1] not in ",:" and not self._whole_quote_after_cue(q, words, hits, sentence):
            return None
        inverted = len(words) > 1 and words[0].text.lower() in self.rules.inverting
        if not hits and lead[-1] in ":," and inverted:  # "Said Ellis: “C”", "Said Comey, “C”"
            hits = [h for h in (cue_at([words[0]._replace(text=words[0].text.lower())], 0, self.rules),) if h]
            mention = classify(self.text, words[1:], self.rules) if hits else None  # "Said Ellis: “C”"
            spans = self._quote_spans(q)
            if mention is None or not spans:
                return None
            cue = Cue(text=words[0].text, lemma=hits[0].lemma, span=(words[0].start, words[0].end))
            return Found(spans, mention, cue, "statement", "clause", None, "direct", "quote-before")
        if not hits and lead[-1] == ":" and words:
            return self._colon_quote(q, words, lo + len(lead) - 1)
        if not hits:
            return None
        hit = hits[-1]
        # a time phrase closing the words between the cue and the quotation counts for none of them, read
        # as before a cue (`_before_time`, the colon after it set aside): "told the BBC's Andrew Marr Show
        # on Sunday: “C”"
        bare = [*words[:-1], words[-1]._replace(after="")]
        last = self._before_time(bare, len(words) - 1, hit.last + 1)
        between = [w.text.lower() for w in words[hit.last + 1 :]]
        # an occasion's phrase may be longer: "said in a statement released by the harbour board: “C”"
        # (not after "that": "said in an interview that in her state, “C”" is reported, mixed)
        limit = _MAX_OCCASION if self._occasion_between(between) else _MAX_BETWEEN
        if last - hit.last > limit or hit.complement in ("about", "according"):
            return None
        if between and between[0] in ("he", "she", "they", "we", "i") and len(between) > 2:
            return None  # "said he had accepted the apology, “in the name of the people”": mixed, reported
        said = self._said_before_participle(words, hits)
        mention = said.mention if said is not None else self.speaker_for(words, hit)
        if mention is None:
            return None
        spans = self._quote_spans(q)
        if not spans:
            return None
        if said is not None:
            self._extra.append(said)
        outlet = find_outlet(self.text, words[hit.first].start, q.open, self.rules)
        outlet = outlet or self._opening_outlet(words, mention) or self._posted_outlet(words, mention, hit)
        if len(hits) >= 2:
            self._reported_before(words, hits[0], hit)
        return Found(spans, mention, self._cue(words, hit), hit.kind, hit.complement, outlet, "direct",
                     "quote-before")  # fmt: skip

    def _occasion_between(self, between: list[str]) -> bool:
        """Whether the words between a cue and its quotation open with an occasion's phrase ("in a
        statement issued by ...", `Rules.scenes` within three words) and hold no "that"."""
        opens = between[:1] in (["in"], ["at"], ["during"])
        return opens and not self.rules.scenes.isdisjoint(between[1:4]) and "that" not in between

    def _said_right_before(self, words: list[Token], hits: list[CueHit], lead: str) -> bool:
        """Whether the words before a quotation end with a cue and a colon or comma ("she said: “C”")."""
        return bool(hits) and hits[-1].last == len(words) - 1 and lead[-1] in ",:"

    def _whole_quote_after_cue(
        self, q: Quote, words: list[Token], hits: list[CueHit], sentence: Span
    ) -> bool:
        """ "Trump declared “I think NATO may be obsolete. Things are different now.”": whole sentences
        quoted right after the cue, to the end of the sentence; a quoted phrase inside reported speech
        ("said “the wind is at our backs” despite ...") stays with the reported claim."""
        if not hits or hits[-1].last != len(words) - 1 or hits[-1].complement != "clause":
            return False
        first = next((s for s, e in q.parts if e > s), None)
        rest = self.text[q.end : max(sentence[1], q.end)].strip(" .,;!?\u00a0")
        return first is not None and self.text[first].isupper() and not rest

    def _colon_quote(self, q: Quote, words: list[Token], colon: int) -> Found | None:
        """ "Trump issued the following statement: “C”": the sentence's subject, the colon as cue."""
        lead = self.text[words[0].start : words[-1].end].lower().replace("’", "'")
        if lead in self.rules.labels or lead in self.rules.link_labels:
            return None  # "Read more: “C”", "Watch: “C”": a link's label before a title, no one's words
        mention = self.sentence_subject(words, 0, len(words))
        if mention is None or mention.pronoun or mention.kind not in ("person", "organisation", "outlet"):
            return None
        spans = self._quote_spans(q)
        if not spans or self.text[colon] != ":":
            return None
        cue = Cue(text=":", lemma="say", span=(colon, colon + 1))
        return Found(spans, mention, cue, "statement", "clause", None, "direct", "quote-before")


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t\u00a0":
        i += 1
    return i
