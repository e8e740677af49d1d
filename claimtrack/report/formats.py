"""Output formats: every tabulate table format, plus CSV, JSON, Markdown and one standalone HTML page.

`FORMATS` lists every name a user may ask for. Two tabulate formats are left out on purpose:
``unsafehtml`` and ``latex_raw`` pass cell text through unescaped, and claim text comes from articles
nobody here wrote (a claim quoting ``<script>`` must show as text). ``markdown`` is tabulate's ``github``
(a pipe table GitHub and most Markdown readers render); ``html`` is claimtrack's own page, not
tabulate's bare ``<table>``.
"""

from __future__ import annotations

import csv
import difflib
import html
import io
import itertools
from collections.abc import Sequence
from typing import Any

import attrs
import tabulate as tabulate_module
from tabulate import tabulate

from claimtrack.report.errors import ReportError

UNSAFE = ("unsafehtml", "latex_raw")
"""tabulate formats refused: they do not escape cell text."""

OWN = ("csv", "html", "json", "markdown")
"""Formats claimtrack renders itself (or, for markdown, names differently)."""

ALIASES = {"markdown": "github"}

FORMATS: tuple[str, ...] = tuple(
    sorted({f for f in tabulate_module.tabulate_formats if f not in UNSAFE} | set(OWN))
)
"""Every format name `claim_table`, `summary_table` and ``claimtrack report --format`` accept."""

ASCII_ONLY = ("latex", "latex_booktabs", "latex_longtable")
"""Formats whose readers cannot take the stance symbols (✔ ✘ •): they get ASCII marks instead."""


def check_format(fmt: str) -> str:
    """`fmt` if it is a known format; a `ReportError` naming it (and the nearest name) otherwise."""
    if fmt in FORMATS:
        return fmt
    if fmt in UNSAFE:
        safe = "html" if "html" in fmt else "latex"
        raise ReportError(f"format '{fmt}' is not offered: it leaves claim text unescaped (use '{safe}')")
    close = difflib.get_close_matches(fmt, FORMATS, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(FORMATS)})"
    raise ReportError(f"unknown format '{fmt}'{hint}")


def is_text_table(fmt: str) -> bool:
    """Whether `fmt` is drawn by tabulate (everything but csv, json and html)."""
    return fmt not in ("csv", "json", "html")


def tabulate_name(fmt: str) -> str:
    return ALIASES.get(fmt, fmt)


def can_wrap(fmt: str) -> bool:
    """Whether a cell in `fmt` may span several lines (tabulate's multiline formats)."""
    return is_text_table(fmt) and tabulate_name(fmt) in tabulate_module.multiline_formats


def header_padding(fmt: str) -> int:
    """The room tabulate adds beside a heading: a column is never narrower than its heading plus this."""
    return 0 if tabulate_name(fmt) == "pretty" else tabulate_module.MIN_PADDING


def overhead(fmt: str, columns: int) -> int:
    """Characters a `fmt` table adds to a line beyond its cell contents (borders, padding, separators)."""
    probe = 12
    drawn = text_table(["h"] * columns, [["x" * probe] * columns], fmt)
    return max(len(line) for line in drawn.splitlines()) - probe * columns


SLOW_LAYOUTS = ("pretty", "colon_grid", "rst")
"""Multiline tabulate formats that do more than pad and join (centre text, force alignment, escape
empty first cells): always drawn by tabulate itself."""


def _line_spec(fmt: str) -> Any | None:
    """tabulate's description of `fmt` when it is made only of fixed strings (no drawing functions), so
    `_draw` can lay it out exactly as tabulate would; None otherwise."""
    name = tabulate_name(fmt)
    if name in SLOW_LAYOUTS or name not in tabulate_module.multiline_formats:
        return None
    spec = getattr(tabulate_module, "_table_formats", {}).get(name)
    if spec is None:
        return None
    parts = (spec.lineabove, spec.linebelowheader, spec.linebetweenrows, spec.linebelow)
    rows = (spec.headerrow, spec.datarow)
    if any(callable(p) for p in (*parts, *rows)) or not all(isinstance(r, tuple) for r in rows):
        return None
    return spec


def _draw(headers: Sequence[str], rows: Sequence[Sequence[str]], spec: Any) -> str:
    """A left-aligned text table laid out as tabulate lays out `spec`, without its per-cell type
    detection: a column is as wide as its widest line (and its heading plus two), each line of a row is
    its cells padded and joined by the format's separators, and the format's rules go above, under the
    heading, between rows and below, except those it hides when there is a heading."""
    pad = " " * int(spec.padding)
    hidden = set(spec.with_header_hide or ())
    table = [[c.strip() for c in headers], *([c.strip() for c in row] for row in rows)]
    split = [[cell.splitlines() for cell in row] for row in table]
    widths = [
        max(
            len(h) + tabulate_module.MIN_PADDING,
            max(map(len, itertools.chain.from_iterable(column)), default=0),
        )
        for h, column in zip(table[0], zip(*split, strict=True), strict=True)
    ]

    def rule(line: Any) -> list[str]:
        if not line:
            return []
        begin, fill, sep, end = line
        return [(begin + sep.join(fill * (w + 2 * len(pad)) for w in widths) + end).rstrip()]

    def template(fmt: Any) -> str:
        begin, sep, end = map(str, fmt)
        return begin + pad + (pad + sep + pad).join(f"{{:<{w}}}" for w in widths) + pad + end

    def lines_of(row: list[list[str]], line: str) -> list[str]:
        height = max(map(len, row))
        if height == 1:
            return [line.format(*[lines[0] if lines else "" for lines in row]).rstrip()]
        return [
            line.format(*[lines[k] if k < len(lines) else "" for lines in row]).rstrip()
            for k in range(height)
        ]

    out: list[str] = []
    if "lineabove" not in hidden:
        out += rule(spec.lineabove)
    out += lines_of(split[0], template(spec.headerrow))
    if "linebelowheader" not in hidden:
        out += rule(spec.linebelowheader)
    between = rule(spec.linebetweenrows) if "linebetweenrows" not in hidden else []
    data = template(spec.datarow)
    for n, row in enumerate(split[1:]):
        if n and between:
            out += between
        out += lines_of(row, data)
    if "linebelow" not in hidden:
        out += rule(spec.linebelow)
    return "\n".join(out)


# Control characters shown as their pictures ("\x1b" as "␛"): a terminal would obey them, and tabulate
# reads a cell of "\x01" as its separating line. Line breaks and tabs stay.
_VISIBLE = {c: 0x2400 + c for c in range(0x20) if chr(c) not in "\n\t"} | {0x7F: 0x2421}


def text_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], fmt: str, *, align: Sequence[str] | None = None
) -> str:
    """A table as tabulate draws it; cells are text, never read as numbers; no spaces at line ends.

    Left-aligned tables in formats made of fixed strings are laid out by `_draw` (the same layout, much
    faster on thousands of rows); tests compare the two on generated tables.
    """
    headers = [h.translate(_VISIBLE) for h in headers]
    rows = [[cell.translate(_VISIBLE) for cell in row] for row in rows]
    spec = _line_spec(fmt) if align is None else None
    if spec is not None and rows:
        return _draw(headers, rows, spec)
    drawn = tabulate(
        [list(r) for r in rows],
        headers=list(headers),
        tablefmt=tabulate_name(fmt),
        disable_numparse=True,
        colalign=list(align) if align is not None else None,
    )
    return "\n".join(line.rstrip() for line in drawn.splitlines())


def csv_text(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """RFC 4180 CSV with a heading row and LF line ends."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return out.getvalue()


@attrs.frozen
class HtmlRow:
    """One row of an HTML table: a CSS class ("claim", "evidence supports", ...), its cells, and for
    some cells a link (column index -> url; only http and https urls become links)."""

    cls: str
    cells: tuple[str, ...]
    links: tuple[tuple[int, str], ...] = ()


@attrs.frozen
class HtmlBlock:
    """A heading (or none) and a table under it."""

    heading: str | None
    headers: tuple[str, ...]
    rows: tuple[HtmlRow, ...]


STYLE = """\
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2em; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #f0f0f0; }
tr.claim td { font-weight: 600; background: #fafafa; }
tr.evidence td, tr.none td { font-size: 0.92em; }
tr.supports td:first-child { color: #1a7f37; }
tr.refutes td:first-child { color: #cf222e; }
tr.none td { color: #777; font-style: italic; }
tr.total td { font-weight: 600; border-top: 2px solid #888; }
footer, .note { color: #555; font-size: 0.9em; }"""


def _cell(text: str, link: str | None, tag: str) -> str:
    body = html.escape(text)
    if link and link.startswith(("https://", "http://")):
        body = f'<a href="{html.escape(link, quote=True)}">{body}</a>'
    return f"<{tag}>{body}</{tag}>"


def html_page(title: str, blocks: Sequence[HtmlBlock], *, intro: str = "", footer: str = "") -> str:
    """One standalone HTML page: inline style, no scripts, every piece of text escaped."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
        f"<style>\n{STYLE}\n</style>",
        "</head>",
        "<body>",
        f"<h1>{html.escape(title)}</h1>",
    ]
    if intro:
        out.append(f'<p class="note">{html.escape(intro)}</p>')
    for block in blocks:
        if block.heading:
            out.append(f"<h2>{html.escape(block.heading)}</h2>")
        out.append("<table>")
        out.append("<thead><tr>" + "".join(_cell(h, None, "th") for h in block.headers) + "</tr></thead>")
        out.append("<tbody>")
        for row in block.rows:
            links = dict(row.links)
            cells = "".join(_cell(text, links.get(i), "td") for i, text in enumerate(row.cells))
            out.append(f'<tr class="{html.escape(row.cls, quote=True)}">{cells}</tr>')
        out.append("</tbody>")
        out.append("</table>")
    if footer:
        out.append(f"<footer>{html.escape(footer)}</footer>")
    out.extend(["</body>", "</html>", ""])
    return "\n".join(out)
