"""The kind of a claim: statement, prediction, promise or opinion.

The cue says it first ("pledged" is a promise, "believes" an opinion, "predicted" a prediction). A
plain statement cue ("said") leaves it to the content: judgement words make an opinion ("it is
important", "need to", "our position"), future words a prediction ("will", "is going to"), and a
first-person future a promise ("we will build").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules


def kind_of(content: str, implied: str, complement: str, rules: Rules) -> str:
    """The claim kind for `content` attributed with a cue implying `implied`."""
    if implied != "statement" or complement == "about":
        return implied
    return statement_kind(padded(content), rules)


def padded(content: str) -> str:
    """`content` as the kind markers are matched: lower case, straight apostrophes, single spaces, and a
    space at either end."""
    return " " + " ".join(content.lower().replace("’", "'").split()) + " "


def statement_kind(low: str, rules: Rules) -> str:
    """The kind a plain statement cue leaves to its content, given as `padded` returns it (a caller that
    already holds that string saves lowering and splitting the content again)."""
    not_markers, opinion, future = _finders(rules)
    if not_markers.search(low):  # one test first: most contents hold none of these phrases
        for phrase in rules.not_markers:  # "think tank" holds no opinion, "free will" no future
            if phrase in low:
                low = low.replace(f" {phrase} ", " ~ ")
    if opinion.search(low):
        return "opinion"
    if future.search(low):
        if low.lstrip().startswith(rules.promise_subjects):
            return "promise"
        return "prediction"
    return "statement"


@functools.lru_cache(maxsize=16)
def _finders(rules: Rules) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns that find any of the not-markers, opinion markers, and future markers or scheduled words:
    one regex search instead of a substring test per marker."""
    return (
        any_of(rules.not_markers),
        any_of(rules.opinion_markers),
        any_of((*rules.future_markers, *rules.scheduled)),
    )


def any_of(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern found in a string exactly when one of `phrases` is a substring of it."""
    phrases = list(phrases)
    return re.compile(alternation(phrases) if all(phrases) else "")  # "" is in every string
