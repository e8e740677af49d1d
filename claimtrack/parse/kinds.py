"""The kind of a claim: statement, prediction, promise or opinion.

The cue says it first ("pledged" is a promise, "believes" an opinion, "predicted" a prediction). A
plain statement cue ("said") leaves it to the content: judgement words make an opinion ("it is
important", "need to", "our position"), future words a prediction ("will", "is going to"), and a
first-person future a promise ("we will build").
"""

from __future__ import annotations

from claimtrack.rules import Rules


def kind_of(content: str, implied: str, complement: str, rules: Rules) -> str:
    """The claim kind for `content` attributed with a cue implying `implied`."""
    if implied != "statement" or complement == "about":
        return implied
    padded = " " + " ".join(content.lower().replace("’", "'").split()) + " "
    for phrase in rules.not_markers:  # "think tank" holds no opinion, "free will" no future
        if phrase in padded:
            padded = padded.replace(f" {phrase} ", " ~ ")
    if any(marker in padded for marker in rules.opinion_markers):
        return "opinion"
    if any(marker in padded for marker in rules.future_markers) or any(m in padded for m in rules.scheduled):
        if padded.lstrip().startswith(rules.promise_subjects):
            return "promise"
        return "prediction"
    return "statement"
