"""The lead sentence of a quotation, whose kind stands for the whole quote.

A speaker quoted at length usually says the point first and then gives the reason or the outlook: "We
have not cut the budget. The savings will come from closing two depots." Readers file such a quote by its
lead, a statement here; a "will" in a later sentence does not make the quote a forecast. Only a forecast
the speaker voices in the first person ("I expect they will fall next spring", "I am confident that we
will") keeps the whole quote a prediction (`Rules.own_forecasts`).
"""

from __future__ import annotations

from claimtrack.model import Span
from claimtrack.parse import segment
from claimtrack.parse.kinds import padded
from claimtrack.rules import Rules


def lead_sentence(text: str, spans: tuple[Span, ...] | list[Span], rules: Rules) -> Span | None:
    """The first sentence of a direct quotation at `spans` of `text`, when the quotation holds more than
    one sentence (or more than one span: "“C1,” she said. “C2.”") and what follows the lead holds no
    forecast in the speaker's own voice; else None."""
    start, end = spans[0]
    cut = segment.sentences(text, start, end, abbreviations=rules.abbreviations)
    lead = cut[0] if cut else (start, end)
    # one sentence, in one span or split by the cue: "“The gate is shut,” she said, “and ...”"
    if len(cut) <= 1 and (len(spans) == 1 or _goes_on(text, spans[1][0])):
        return None
    rest = " ".join([text[lead[1] : end], *(text[s:e] for s, e in spans[1:])])
    low = padded(rest)
    if any(phrase in low for phrase in rules.own_forecasts):
        return None
    return lead


def _goes_on(text: str, start: int) -> bool:
    """Whether the span at `start` goes on with the sentence before it: it opens in lower case."""
    return text[start : start + 1].islower()
