"""Fitting a table to a width: share the columns out, then wrap each cell (greedily, like `textwrap`).

The columns that hold running text (the claim, the speaker, the outlet) give way; short columns (id,
date, status) keep their natural width. The result is exact and deterministic: the same rows and width
always wrap the same way.
"""

from __future__ import annotations

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
    lowest = [min(natural[i], max(MIN_FLEX, floor[i])) for i in range(len(natural))]
    widths = list(natural)
    shrinkable = {i: weight for i, weight in flexible.items() if natural[i] > lowest[i]}  # others cannot
    room = budget - sum(w for i, w in enumerate(natural) if i not in shrinkable)
    pending = dict(shrinkable)
    left = room
    while pending:
        total_weight = sum(pending.values())
        fits = {i for i, weight in pending.items() if natural[i] <= left * weight / total_weight}
        if not fits:
            break
        for i in sorted(fits):
            left -= natural[i]
            del pending[i]
    if not pending:
        return widths
    total_weight = sum(pending.values())
    for i, weight in pending.items():
        widths[i] = max(lowest[i], left * weight // total_weight)
    excess = sum(widths[i] for i in shrinkable) - room
    for i in sorted(shrinkable, key=lambda i: (-shrinkable[i], i)):  # over budget: the heaviest give way
        take = max(0, min(excess, widths[i] - lowest[i]))
        widths[i] -= take
        excess -= take
    for i in sorted(pending, key=lambda i: (-pending[i], i)):  # rounding left room over: the heaviest get it
        give = max(0, min(-excess, natural[i] - widths[i]))
        widths[i] += give
        excess += give
    return widths


def fill(text: str, width: int) -> str:
    """`text` wrapped to `width` columns, greedily, lines joined by newlines; runs of whitespace count as
    one space. A word longer than the width (a url) is broken: its first piece fills what is left of the
    current line, the rest runs on, as `textwrap` does with ``break_long_words`` (tests compare the two).
    """
    width = max(1, width)
    if len(text) <= width and text.isprintable() and "  " not in text and text.strip() == text:
        return text  # nothing to wrap or tidy: most names, dates and short claims
    words = text.split()
    lines: list[str] = []
    line = ""
    for word in words:
        if line and len(line) + 1 + len(word) <= width:
            line += " " + word
            continue
        rest = word
        if line:
            room = width - len(line) - 1
            if len(rest) > width and room > 0:
                line += " " + rest[:room]
                rest = rest[room:]
            lines.append(line)
        while len(rest) > width:
            lines.append(rest[:width])
            rest = rest[width:]
        line = rest
    if line:
        lines.append(line)
    return "\n".join(lines)


def one_line(text: str) -> str:
    """`text` with any line breaks turned to single spaces, for formats that cannot hold them."""
    return " ".join(text.split())
