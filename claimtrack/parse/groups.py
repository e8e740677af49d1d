"""Who "it" and "they" are: the nearest body named before the pronoun that agrees in number, as a claim's
speaker or as the subject opening a sentence that makes no claim ("Bahrain was another Gulf state that
reaffirmed its support. It also praised C": Bahrain, though the UAE spoke last). "It" is a body, a
country, an outlet or a document; "they" a group of people ("Officials", "Smith and Jones").

`Groups` reads a sentence's subject only when a pronoun after it asks, as `People` does for "he" and "she".
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from claimtrack.parse.mention import Mention, Span
from claimtrack.parse.speakers import classify
from claimtrack.parse.tokens import Token, is_capitalised, tokenize
from claimtrack.rules import Rules

_LOOK_BACK = 3  # sentences before the pronoun's own whose subjects are read
_MAX_OPENING = 8  # words of a sentence's opening read for its subject
_SUBJECT_WINDOW = 200  # characters of a sentence tokenized for its subject
_OPENING_PHRASE = frozenset({"in", "at", "on", "during", "after", "before", "with", "while", "when", "as"})
_SINGULAR = ("organisation", "outlet", "document")  # kinds of speakers "it" stands for


class Groups:
    """The bodies an article credits or names as a sentence's subject, for resolving "it" and "they"."""

    def __init__(
        self, text: str, sentences: list[Span], rules: Rules, in_quote: Callable[[int], bool]
    ) -> None:
        self.text, self.sentences, self.rules, self.in_quote = text, sentences, rules, in_quote
        self._starts = [s for s, _ in sentences]
        self._credited: list[tuple[int, str, str]] = []  # (offset, name, kind) of each claim's speaker
        self._subjects: dict[int, Mention | None] = {}

    def credit(self, at: int, name: str, kind: str) -> None:
        """Record a claim's (non-pronoun) speaker named at offset `at`."""
        bisect.insort(self._credited, (at, name, kind))

    def resolve(self, pronoun: str, at: int) -> tuple[str, str] | None:
        """(name, kind) of the body "it" or "they" at offset `at` stands for, in its sentence or the few
        before: the nearest speaker agreeing with the pronoun, or the body opening a sentence that makes
        no claim; None when a sentence opening with someone else comes first, or none is that near."""
        word = pronoun.lower()
        if word not in ("it", "they"):
            return None
        k = bisect.bisect_right(self._starts, at) - 1
        for i in range(k, max(-1, k - 1 - _LOOK_BACK), -1):
            start, end = self.sentences[i]
            credited = self._credited_in(start, min(end, at))
            for _, name, kind in reversed(credited):
                if _agrees(word, name, kind):
                    return name, kind
            if credited or i == k:
                continue
            subject = self._subject(i)
            if subject is not None:
                # "Bahrain was another Gulf state that ...": a body opening a sentence that makes no claim
                return (subject.name, subject.kind) if _agrees(word, subject.name, subject.kind) else None
        return None

    def _credited_in(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """The speakers of claims named in `text[start:end]`, in order."""
        lo = bisect.bisect_left(self._credited, (start, "", ""))
        hi = bisect.bisect_left(self._credited, (end, "", ""))
        return self._credited[lo:hi]

    def _subject(self, i: int) -> Mention | None:
        if i not in self._subjects:
            s, e = self.sentences[i]
            words = tokenize(self.text, s, min(e, s + _SUBJECT_WINDOW))
            quoted = not words or self.in_quote(words[0].start) or self.text[s] in '“"«‘'
            self._subjects[i] = None if quoted else opening_body(self.text, words, self.rules)
        return self._subjects[i]


def opening_body(text: str, words: list[Token], rules: Rules) -> Mention | None:
    """What the start of a sentence names when it is a body, a group or a document ("Bahrain was ...",
    "Meanwhile, the Gulf Ministerial Council held ...", "In May, the ministry said"); a person or a
    pronoun there is someone else too (`_SOMEONE`); None when no phrase of names and bodies opens it."""
    n = len(words)
    i = 0
    while i < n - 1 and words[i].text.lower() in rules.leading_words and not words[i].after:
        i += 1
    if i < n - 1 and words[i].text.lower() in rules.leading_words:
        i += 1  # "Meanwhile, the council held"
    elif i < n and words[i].text.lower() in _OPENING_PHRASE:
        # "In a statement on Monday, the council said": past the opening phrase
        comma = next((k for k in range(i, min(n, i + _MAX_OPENING)) if words[k].after[:1] == ","), None)
        if comma is None:
            return None
        i = comma + 1
    stop = i
    while stop < n and stop - i < _MAX_OPENING and _in_name(words[stop].text, stop == i, rules):
        stop += 1
        if words[stop - 1].after:
            break
    if stop == i:
        return None
    found = classify(text, words[i:stop], rules)
    if found is None:
        return None
    return _SOMEONE if found.pronoun or found.kind == "person" else found


def _in_name(word: str, first: bool, rules: Rules) -> bool:
    """A word of a phrase naming a body: capitalised, a body's or a document's noun, or a determiner
    opening it ("the Gulf Ministerial Council", "The ministry", "Officials")."""
    low = word.lower()
    if first and low in ("the", "a", "an"):
        return True
    return is_capitalised(word) or low in rules.organisations or low in rules.documents


_SOMEONE = Mention("", "person", None, (0, 0))  # a sentence opening with a person or a pronoun


def _agrees(pronoun: str, name: str, kind: str) -> bool:
    """Whether a speaker agrees with "it" (one body) or "they" (people: "Officials", "Smith and Jones")."""
    if pronoun == "it":
        return kind in _SINGULAR
    plural = kind == "anonymous" and name.lower().endswith("s")
    return plural or (kind == "person" and " and " in name)
