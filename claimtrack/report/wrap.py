"""Fitting a table to a width: share the columns out, then wrap each cell with `textwrap`.

The columns that hold running text (the claim, the speaker, the outlet) give way; short columns (id,
date, status) keep their natural width. The result is exact and deterministic: the same rows and width
always wrap the same way.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

MIN_FLEX = 10
"""The narrowest a text column is squeezed to; below that a table is unreadable anyway."""


def share(
    natural: Sequence[int], budget: int, flexible: dict[int, int], floors: Sequence[int] | None = None
) -> list[int]:
    """Column widths that fit `budget` characters of cell content in total, when they can.

    `natural` is each column's widest cell; `flexible` maps the index of each column that may wrap to
    its weight (a wider share for heavier columns); `floors` are the narrowest each column may be (a
    heading must fit). Fixed columns keep their natural width; flexible columns that fit in their share
    keep theirs too, and the room they leave goes to the others.
    """
    floor = list(floors) if floors is not None else [0] * len(natural)
    widths = list(natural)
    room = budget - sum(w for i, w in enumerate(natural) if i not in flexible)
    pending = dict(flexible)
    while pending:
        total_weight = sum(pending.values())
        fits = {i for i, weight in pending.items() if natural[i] <= room * weight / total_weight}
        if not fits:
            break
        for i in sorted(fits):
            room -= natural[i]
            del pending[i]
    if pending:
        total_weight = sum(pending.values())
        given = 0
        for i in sorted(pending):
            widths[i] = max(MIN_FLEX, floor[i], room * pending[i] // total_weight)
            given += widths[i]
        heaviest = max(sorted(pending), key=lambda i: pending[i])
        widths[heaviest] += max(0, room - given)
    return widths


def fill(text: str, width: int) -> str:
    """`text` wrapped to `width` columns; words longer than that (urls) are broken."""
    if len(text) <= width and "\n" not in text:
        return text
    return "\n".join(textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=False) or [""])


def one_line(text: str) -> str:
    """`text` with any line breaks turned to single spaces, for formats that cannot hold them."""
    return " ".join(text.split())
