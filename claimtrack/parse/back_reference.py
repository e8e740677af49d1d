"""The prose read sentence by sentence with the one before in view: ``stated-by``, ``signed`` and a quote
that goes on with the claim before it.

Agency copy, and English translated from Russian or Chinese ("Об этом заявил ..."), often gives the
claim first and its speaker in the next sentence:

- "Moscow does not favour any interference. This was stated on Saturday by Deputy Foreign Minister
  Sergey Ryabkov." (passive: "This was stated by X", "That was announced by the ministry")
- "The talks will resume in May. Lavrov said this at a press conference in Tokyo." (active: "X said
  this", "X stated so", "X told this to RIA Novosti")

The content is the sentence before, when no other attribution claims it. When one does ("Ryabkov
explained that C. He said this on Tuesday."), the pointer repeats who said it and adds nothing new.
"NAME, ROLE, made the remarks" names the unnamed speaker of the claim before it; "- said Kistanov." alone
in a paragraph (``signed``) credits the paragraph before it; "Zhao said C. “Q.”" gives one claim.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

import attrs

from claimtrack.model import Cue, Outlet
from claimtrack.parse.attribute import Reader
from claimtrack.parse.credits import medium_name
from claimtrack.parse.interviews import interviewed
from claimtrack.parse.outlets import find_outlet
from claimtrack.parse.photos import photo_credit
from claimtrack.parse.reader_base import BE_FORMS, MAX_SUBJECT, Found, Span, quote_kind
from claimtrack.parse.speakers import Mention, classify
from claimtrack.parse.tokens import Token, tokenize
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules

_MAX_SIGNATURE = 8  # words in a line that only says who spoke: "- said the head of the centre, Kistanov."
_POINTER_REACH = 400  # characters of a sentence read for a pointer: it stands among the first words
_DETERMINERS = frozenset({"the", "these", "those", "his", "her", "such"})
_REMARKS = frozenset({"remarks", "comments", "statement", "point", "remark", "comment"})
_MADE = re.compile(rf" made {alternation(_DETERMINERS)} {alternation(_REMARKS)}\b")  # "made the remarks"
_BEFORE_PARTICIPLE = BE_FORMS | {"been", "also", "earlier"}  # "This was also stated", "has been confirmed"
_SAYINGS = frozenset(
    {"statement", "remarks", "interview", "speech", "address", "message", "briefing", "conference", "letter",
     "post", "tweet", "comments", "press"}
)  # fmt: skip  # what "This came in a ... by X" names: X's words
_OPENINGS = ("This ", "That ", "It ", "These ", "Such ", "A ", "The ")  # how a sentence pointing back opens
_IN_OPENINGS = ("This was ", "This is ", "That was ")  # "This was stated in the ministry": a body after "in"
# the words before a noun of remarks that point back at the sentence before, as translations from Russian
# write "Соответствующее заявление сделал X": "A corresponding statement was made by X"
_POINTING = frozenset({("a", "corresponding"), ("the", "corresponding"), ("such", "a"), ("a", "similar"),
                       ("this",), ("that",), ("the",), ("such",), ("these",)})  # fmt: skip
_POINTERS = frozenset({"this", "that", "it", "these", "such"})  # the words that point back
_AFORESAID = frozenset({"aforesaid", "above", "aforementioned"})  # "stated the aforesaid" (translations)
_DEICTIC = frozenset({"this", "that", "so"} | _AFORESAID)  # after an active cue: "said this", "stated so"
_WHEN_SAID = frozenset({"today", "yesterday", "tonight", "earlier", "later"})  # "stated this today"
_SPEAKER_ENDS = frozenset({"in", "at", "on", "during", "after", "while", "when", "to", "before"})


# what follows an active pointer's cue: "said this", "stated so", translations' "stated the aforesaid"
_POINTED = r"(?:(?:this|so|the[ ]aforesaid|the[ ]above|the[ ]aforementioned)\b|that[.!?])"
# a first test, cheap because it starts with a plain character: a sentence holding no such word after a
# space holds no active pointer (a regex opening with a word list costs more per character)
_MAYBE_POINTED = re.compile(f" {_POINTED}")
_POINTER_THEN = re.compile(r" (?:this|so), ([a-z]+ing)\b")  # "said this, adding": a participle after it


@functools.lru_cache(maxsize=8)
def _maybe_pointer(rules: Rules) -> re.Pattern[str]:
    """Where an active pointer may stand: a cue before "this", "so" or "that" ("Lavrov said this")."""
    return re.compile(rf"\b{alternation(rules.stated_by)} {_POINTED}")


def _unnamed(mention: Mention) -> bool:
    """A speaker the article has not named yet: "a Chinese mainland spokesperson", "officials"."""
    role_only = mention.kind == "person" and mention.name.lower().startswith(("a ", "an ", "the "))
    return not mention.pronoun and (mention.kind == "anonymous" or role_only)


@attrs.define
class BackReference(Reader):
    """The ``stated-by`` form, read with the sentence before."""

    # (where a sentence naming an interview and no claim ends, the medium): the claim after it came
    # from there (`frame_scenes`)
    scenes: list[tuple[Span, Outlet]] = attrs.field(factory=list, init=False)

    def read_sentences(self, covered: Callable[[Span], bool]) -> tuple[list[Found], set[Span]]:
        """The attributions of every sentence no quote claim `covered`, with the sentences that only
        point back at a claim ("This was stated by X", "- said Kistanov.")."""
        found: list[Found] = []
        pointers: set[Span] = set()
        previous: Span | None = None  # the sentence just read, while no claim holds it
        paragraph: list[Span] | None = []  # the sentences of the paragraph being read; None once one is held
        before: list[Span] | None = None  # the same for the paragraph before
        last: list[Found] = []  # the claims found in the sentence just read
        last_end = 0
        for sentence in self.sentences:
            if self.text.find("\n", last_end, sentence[0]) >= 0:  # a new paragraph
                before, paragraph = paragraph, []
            last_end = sentence[1]
            got: list[Found] = []
            if covered(sentence):
                pass
            elif (pointed := self.pointer(sentence)) is not None:
                # "This was stated by X": the claim is the sentence before
                credited = self._credited(previous, sentence, *pointed) if previous else None
                found.extend([credited] if credited is not None else [])
                if credited is None:  # "Kuleba said C. He stated this in an interview with Bild."
                    self._interviewed(sentence, last)
                got = [credited] if credited is not None else last  # a pointer may follow a pointer
                found.extend(self._adding(sentence))
                pointers.add(sentence)  # it names who said a claim; it is none of its own
            elif (signed := self.signature(sentence, before)) is not None:
                found.append(signed)
                pointers.add(sentence)
            elif (remarks := self.remarks(sentence)) is not None:
                # "Ma Xiaoguang, a spokesperson for ..., made the remarks when asked ...": the unnamed
                # speaker of the claim before is named, or the sentence before is the claim
                for claim in last:
                    if _unnamed(claim.mention):
                        claim.mention = attrs.evolve(remarks[0], span=claim.mention.span)
                credited = self._credited(previous, sentence, *remarks) if previous else None
                found.extend([credited] if credited is not None else [])
                if credited is None:  # "X made the comments in an interview with Y": its medium
                    self._interviewed(sentence, last)
                pointers.add(sentence)
            elif (follows := self.quote_follows(sentence, last)) is not None:
                if follows is not last[0]:
                    found.append(follows)
                got = [follows]  # “Q2.” after “Q1.” goes on too
            else:
                got = self.reported(sentence)
                found.extend(got)
                if not got:  # free
                    previous, last = sentence, []
                    if paragraph is not None:
                        paragraph.append(sentence)
                    if (scene := self._scene(sentence)) is not None:
                        self.scenes.append((sentence, scene))
                    continue
            previous, last, paragraph = None, got, None
        return found, pointers

    def _scene(self, sentence: Span) -> Outlet | None:
        """The medium a sentence with no claim names as hearing someone: "The mayor made the comments in an
        interview with the Harbour Times", "Roe spoke on Harbour Radio about ..."; the claims
        next read came from it. The medium is named near the sentence's opening (`_SCENE_OPENING`), not in
        a clause about someone else ("why Y had raised it in an interview with Z")."""
        outlet = find_outlet(self.text, sentence[0], sentence[1], self.rules)
        span = outlet.span if outlet is not None else None
        if outlet is None or span is None or not _near_opening(sentence, span):
            return None
        lead = self.text[sentence[0] : span[0]].lower().split()
        if not _SCENE_CLAUSES.isdisjoint(lead) or not self.rules.subordinators.isdisjoint(lead):
            return None  # "X could not explain why Y had raised it in an interview with Z": Y's
        if (heard := interviewed(self.text, outlet, self.rules)) is None:
            return None
        # (or heard so, by a medium's name: "Father Roe spoke at length on Harbour Radio about the decision";
        # not "On July20, the judge broke the record": a date written wrong)
        return outlet if heard == "interview" or medium_name(outlet.name, self.rules) else None

    def quote_follows(self, sentence: Span, last: list[Found]) -> Found | None:
        """ "Zhao said C. “Q.”": a sentence that is a quote and nothing more, right after a claim, goes on
        with the same speaker's words: after reported speech a claim of its own (`quote-follows`), after
        a quote one more span of that claim (returned itself); None when the sentence is no such quote."""
        if len(last) != 1 or last[0].mention.kind == "document":
            return None
        q = self.quote_at(sentence[0])
        if q is None or self.text[sentence[0] : q.open].strip():
            return None
        closing = self.sentence_at(q.close) or sentence  # a quote of several sentences ends in a later one
        if self.text[q.end : max(closing[1], q.end)].strip(" .,;"):
            return None  # "“Q,” Javani was quoted by IRNA as saying": its own attribution follows
        if self.text[q.open : q.close].rstrip(" ,")[-1:] in ("!", "?"):
            return None  # "“C!” Scott's niece shouted": a cry or a question, its speaker after it
        spans = [p for p in (self._trim(s, e) for s, e in q.parts) if p]
        if not spans or sum(len(self.text[s:e].split()) for s, e in spans) < 4:
            return None
        claim = last[0]
        # a quote of its own paragraph is a claim of its own, as readers and fact-checkers count them
        own = "\n" in self.text[claim.spans[-1][1] : q.open] if claim.spans else False
        if claim.quote in ("indirect", "mixed") or own:
            return attrs.evolve(claim, spans=spans, quote="direct", rule="quote-follows", leftover=[])
        claim.spans.extend(spans)
        claim.quote = "direct"
        return claim

    def remarks(self, sentence: Span) -> tuple[Mention, Cue] | None:
        """The person of "NAME, ROLE, made the remarks when asked ...": agencies name the speaker of
        their lede this way (Xinhua, Anadolu, Yonhap)."""
        m = _MADE.search(self.text, sentence[0], sentence[1])
        if m is None or m.start() - sentence[0] > _POINTER_REACH:
            return None  # one test at C speed; the speaker and "made" open the sentence
        words = tokenize(self.text, sentence[0], min(sentence[1], m.end() + 1))
        k = next((j for j, w in enumerate(words) if w.start == m.start() + 1), 0)  # "made"
        mention = self.subject(words, k) if k else None
        if mention is None or mention.pronoun or mention.kind != "person" or " " not in mention.name:
            return None
        return mention, Cue(
            text=self.text[m.start() + 1 : m.end()], lemma="remark", span=(m.start() + 1, m.end())
        )

    def signature(self, sentence: Span, before: list[Span] | None) -> Found | None:
        """ "- said Kistanov." alone in a paragraph, after a paragraph that is the words he said (a quote
        whose marks a translation or a copy lost) and holds no claim: the claim is that paragraph."""
        s, e = sentence
        if not before or e - s > _MAX_SIGNATURE * 20 or not self._whole_paragraph_at(s, e):
            return None
        if self.text.count(" ", s, e) >= _MAX_SIGNATURE:
            return None  # a sentence of its own, not a line saying who spoke
        words = tokenize(self.text, s, e)
        if not 2 <= len(words) <= _MAX_SIGNATURE or words[-1].after[:1] != ".":
            return None
        if words[0].text.lower() in self.rules.inverting:  # "- said Kistanov."
            hit, mention = 0, classify(self.text, words[1:], self.rules)
        else:  # "Kistanov explained."
            hit, mention = len(words) - 1, self.subject(words, len(words) - 1)
        entry = self.rules.cues.get(words[hit].text)  # lower case: "Declared Candidates" is a heading
        if words[hit].text not in self.rules.inverting:
            return None  # verbs of saying only: "Then, last week, Eric Trump called." is a phone call
        if mention is None or entry is None or entry[2] not in ("clause", "object"):
            return None
        if hit and mention.span[0] != words[0].start:
            return None  # "The decision was hard, she said.": a claim of its own, no signature
        content = self._trim(before[0][0], before[-1][1])
        if content is None or len(self.text[content[0] : content[1]].split()) < 4:
            return None
        cue = Cue(text=words[hit].text, lemma=entry[0], span=(words[hit].start, words[hit].end))
        return Found([content], mention, cue, entry[1], entry[2], None, quote_kind(self.text, [content]),
                     "signed")  # fmt: skip

    def _whole_paragraph_at(self, s: int, e: int) -> bool:
        """Whether `text[s:e]` (a dash before it aside) is a paragraph of its own."""
        text = self.text
        start = s
        while start > 0 and text[start - 1] in " \t-–—\u00a0":
            start -= 1
        end = e
        while end < len(text) and text[end] in " \t\r\u00a0":
            end += 1
        return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")

    def pointer(self, sentence: Span) -> tuple[Mention, Cue] | None:
        """Who `sentence` credits the one before it to, and the cue ("This was stated by X", "X said
        this"), or None."""
        s, e = sentence[0], min(sentence[1], sentence[0] + _POINTER_REACH)  # a pointer stands early
        opens = self.text.startswith(_OPENINGS, s) and self.text.find(" by ", s, e) >= 0
        opens = opens or (self.text.startswith(_IN_OPENINGS, s) and self.text.find(" in the ", s, e) >= 0)
        if not opens and not (
            _MAYBE_POINTED.search(self.text, s, e) and _maybe_pointer(self.rules).search(self.text, s, e)
        ):
            return None  # tests at C speed: few sentences hold a pointer
        words = tokenize(self.text, s, e)
        if len(words) < 3 or self.in_quote(words[0].start):
            return None
        return self._pointer_passive(words) or self._pointer_active(words)

    def _adding(self, sentence: Span) -> list[Found]:
        """The claim of a participle after an active pointer's comma: "X said this, adding C2"."""
        m = _POINTER_THEN.search(self.text, sentence[0], min(sentence[1], sentence[0] + _POINTER_REACH))
        if m is None or m.group(1).lower() not in self.rules.participles:
            return []
        return [f for f in self.reported(sentence) if f.cue.span is not None and f.cue.span[0] >= m.start(1)]

    def _interviewed(self, sentence: Span, last: list[Found]) -> None:
        """A pointer naming a medium ("He stated this in an interview with Bild") gives it to the claims
        it points back at, and to the speaker's later claims that name none (`Found.frames`); with none
        to point back at, to the claim after it (`scenes`)."""
        outlet = find_outlet(self.text, sentence[0], sentence[1], self.rules)
        if outlet is None:
            return
        if not last and outlet.span is not None and _near_opening(sentence, outlet.span):
            self.scenes.append((sentence, outlet))  # "X made the comments in an interview with Y"
        for claim in last:
            if claim.outlet is None:
                claim.outlet, claim.frames = outlet, True

    def _credited(self, previous: Span, sentence: Span, mention: Mention, cue: Cue) -> Found | None:
        """The sentence before as the claim `sentence` credits to `mention`."""
        if self.in_quote(previous[0]):
            return None
        content = self._trim(*previous)
        if content is None or len(self.text[content[0] : content[1]].split()) < 4:
            return None
        if photo_credit(self.text[content[0] : content[1]], self.rules):
            return None  # "Photo: Mohd Alif Noni" closing a caption above: no one's words
        outlet = find_outlet(self.text, sentence[0], sentence[1], self.rules)
        if mention.kind == "outlet" and outlet is None:
            outlet = Outlet(name=mention.name, span=mention.span)
        entry = self.rules.cues.get(cue.text.lower())
        kind = entry[1] if entry else "statement"
        quote = quote_kind(self.text, [content])
        return Found([content], mention, cue, kind, "clause", outlet, quote, "stated-by")

    def _pointer_came(self, words: list[Token]) -> tuple[Mention, Cue] | None:
        """ "This came in a statement by Bayraktar, transmitted by Anadolu": the Arab agencies' calque of
        «جاء ذلك في بيان»; the speaker is who made the statement."""
        by = next((k for k in range(2, min(len(words) - 1, 8)) if words[k].text == "by"), None)
        if by is None:
            return None
        noun = next((w for w in words[2:by] if w.text.lower() in _SAYINGS), None)
        if noun is None:
            return None
        mention = self._pointer_speaker(words[by + 1 :])
        if mention is None:
            return None
        return mention, Cue(text=noun.text, lemma="state", span=(noun.start, noun.end))

    def _pointer_made(self, words: list[Token]) -> tuple[Mention, Cue] | None:
        """ "A corresponding statement was made by X", "Such remarks were made on Monday by X": remarks
        pointed at, made by someone; the cue is the noun."""
        k = next((j for j in range(1, min(4, len(words))) if words[j].text.lower() in _REMARKS), None)
        if k is None or tuple(w.text.lower() for w in words[:k]) not in _POINTING or k + 3 >= len(words):
            return None
        if words[k + 1].text.lower() not in ("was", "were") or words[k + 2].text.lower() != "made":
            return None
        by = next((j for j in range(k + 3, min(len(words) - 1, k + 10)) if words[j].text == "by"), None)
        mention = self._pointer_speaker(words[by + 1 :]) if by is not None else None
        if mention is None:
            return None
        noun = words[k]
        return mention, Cue(text=noun.text, lemma="state", span=(noun.start, noun.end))

    def _pointer_passive(self, words: list[Token]) -> tuple[Mention, Cue] | None:
        """ "This was stated on Saturday by X", "That has been confirmed by the ministry"."""
        made = self._pointer_made(words)
        if made is not None or words[0].text.lower() not in _POINTERS:
            return made
        if words[1].text == "came":
            return self._pointer_came(words)
        i = 1
        while i < min(len(words), 5) and words[i].text.lower() in _BEFORE_PARTICIPLE:
            i += 1
        if i == 1 or i >= len(words):
            return None
        participle = words[i].text.lower()
        if participle not in self.rules.stated_by:
            return None
        by = next((k for k in range(i + 1, min(len(words) - 1, i + 10)) if words[k].text == "by"), None)
        if by is None:
            return self._pointer_in(words, i)
        mention = self._pointer_speaker(words[by + 1 :])
        if mention is None:
            return None
        cue = Cue(
            text=words[i].text, lemma=self.rules.stated_by[participle], span=(words[i].start, words[i].end)
        )
        return mention, cue

    def _pointer_in(self, words: list[Token], i: int) -> tuple[Mention, Cue] | None:
        """ "This was stated in the Ministry of Defense": English translated from Russian ("В Минобороны
        заявили") names the body the words came from after "in", a body or an outlet, never a document
        ("This was stated in the report")."""
        k = i + 1
        while k < len(words) and k - i <= 4 and words[k].text.lower() in self.rules.time_adjuncts:
            k += 1  # "This was reported on Tuesday in the ministry"
        if k + 1 >= len(words) or words[k].text != "in" or words[i].after:
            return None
        mention = self._pointer_speaker(words[k + 1 :])
        if mention is None or mention.kind not in ("organisation", "outlet"):
            return None
        lemma = self.rules.stated_by[words[i].text.lower()]
        return mention, Cue(text=words[i].text, lemma=lemma, span=(words[i].start, words[i].end))

    def _pointer_active(self, words: list[Token]) -> tuple[Mention, Cue] | None:
        """ "Lavrov said this at a press conference", "He stated so on Tuesday"."""
        for k in range(1, min(len(words) - 1, MAX_SUBJECT + 1)):
            low = words[k].text.lower()
            if low not in self.rules.stated_by:
                continue
            p = (
                k + 2
                if words[k + 1].text == "the" and k + 2 < len(words) and words[k + 2].text in _AFORESAID
                else k + 1
            )
            pointer = words[p]  # "stated the aforesaid": the pointer word after "the"
            follows = words[p + 1].text.lower() if p + 1 < len(words) else ""
            if pointer.text.lower() == "that":  # "He said that." but not "said that on Monday the ..."
                ends = not follows
            else:
                ends = pointer.after[:1] in (".", ",", "") and (
                    not follows or follows in _SPEAKER_ENDS or follows in _WHEN_SAID
                )  # "He stated this today, receiving ..."; not "said this week C"
                # "X said this, adding C2": the participle's claim is read as well (`_adding`)
                ends = ends or (pointer.after[:1] == "," and follows in self.rules.participles)
            if pointer.text.lower() not in _DEICTIC or not ends or words[p - 1].after:
                return None
            mention = self.subject(words, k)
            if mention is None:
                return None
            before = [w.text.lower() for w in words if w.end <= mention.span[0]]
            if any(w not in self.rules.leading_words for w in before):
                return (
                    None  # "Most voters say C, after a third said so": a clause of its own before the subject
                )
            cue = Cue(
                text=words[k].text, lemma=self.rules.stated_by[low], span=(words[k].start, words[k].end)
            )
            return mention, cue
        return None

    def _pointer_speaker(self, phrase: list[Token]) -> Mention | None:
        """The speaker after "by": up to a comma or a phrase of time or place ("by Lavrov in Tokyo"); after
        an outlet and "with reference to" (translations' "со ссылкой на"), the source it cites: "This was
        reported by TASS with reference to the press service of the Emergencies Ministry"."""
        kept: list[Token] = []
        for k, w in enumerate(phrase[:MAX_SUBJECT]):
            if kept and [t.text for t in phrase[k : k + 3]] == ["with", "reference", "to"]:
                cited = self._pointer_speaker(phrase[k + 3 :])
                return cited if cited is not None and not cited.pronoun else None
            if kept and w.text in _SPEAKER_ENDS:
                break
            kept.append(w)
            if w.after[:1] in (",", ";", ":", "(", "—", "–"):
                break
        return classify(self.text, kept, self.rules) if kept else None


def frame_scenes(text: str, found: list[Found], scenes: list[tuple[Span, Outlet]]) -> None:
    """Give the first claim after each sentence naming an interview and no claim (`BackReference.scenes`)
    that medium when it names none, which frames the speaker's later claims too (`Found.frames`): "The
    mayor made the comments in an interview with the Harbour Times. “C1,” she warned." Only a
    claim close after it (`_SCENE_REACH`), by a pronoun or by words the sentence opens with (the one
    heard: "Roe spoke on Harbour Radio ... Roe said"). `found` is in reading order."""
    starts = [f.start for f in found]
    for (start, end), outlet in scenes:
        k = bisect.bisect_left(starts, end)
        if k == len(found) or found[k].outlet is not None or found[k].rule == "act":
            continue
        f = found[k]
        heard = text[start : outlet.span[0] if outlet.span else start]
        named = f.mention.pronoun or any(w in heard for w in f.mention.name.split() if w[:1].isupper())
        if f.start - end <= _SCENE_REACH and named:
            f.outlet, f.frames = Outlet(name=outlet.name, span=None), True


def _near_opening(sentence: Span, named: Span) -> bool:
    """Whether a sentence names a medium (at `named`) near its opening (`_SCENE_OPENING`), as the scene
    of the one heard, not in a clause about someone else further on."""
    return named[0] - sentence[0] <= _SCENE_OPENING


# words opening a clause about someone else before a medium: "why Y had raised it in an interview"
_SCENE_CLAUSES = frozenset({"why", "that", "which", "who", "whom", "what", "how", "where", "whether"})
_SCENE_OPENING = 110  # characters from a sentence's start to the medium it names as hearing someone
_SCENE_REACH = 300  # characters from a sentence naming an interview to the claim it frames
