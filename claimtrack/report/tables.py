"""The reports a desk reads: the claim-versus-evidence table, the status summary, the follow-up list.

Each function takes claims (from `Store.claims`, or built by hand) and returns the finished text in the
format asked for; nothing here prints or touches files.

>>> import datetime as dt
>>> from claimtrack import Claim, Evidence, Speaker
>>> claim = Claim(id="c-0123456789", text="The bridge opened in 1998.", spans=[(0, 26)],
...               article="a-0000000000", speaker=Speaker("Ana Diaz", role="mayor"),
...               said_on=dt.date(2024, 5, 2), status="false",
...               evidence=[Evidence("https://example.org/b", "refutes", publisher="City archive",
...                                  excerpt="Opened on 3 June 2001.")])
>>> print(claim_table([claim]), end="")
id         claim / evidence            speaker / source    outlet    date        status
---------  --------------------------  ------------------  --------  ----------  --------
c-01234    The bridge opened in 1998.  Ana Diaz, mayor               2024-05-02  False
✘ refutes  Opened on 3 June 2001.      City archive
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from claimtrack.model import Claim
from claimtrack.report import formats, rows, wrap
from claimtrack.report.errors import ReportError
from claimtrack.report.rows import COLUMNS, Row
from claimtrack.serialize import claim_to_dict
from claimtrack.vocabulary import DEFAULT_VOCABULARY, Vocabulary

GROUPS = ("speaker", "outlet", "status", "article")
"""What `Layout.group_by` may split the claim table by."""

SUMMARY_AXES = ("speaker", "outlet")
"""What the summary counts statuses against."""

TEXT_WEIGHTS = {1: 3, 2: 2, 3: 1}
"""Columns that wrap (claim text, speaker, outlet) and their share of the room: the claim gets most."""

LONGEST_WORD = 16
"""A speaker's or outlet's word up to this long is not broken across lines when the table is wrapped."""

CSV_COLUMNS = (
    "row",
    "claim",
    "text",
    "speaker",
    "role",
    "outlet",
    "date",
    "status",
    "stance",
    "source",
    "url",
)


@attrs.frozen
class Layout:
    """How a report is laid out, beyond its format and width.

    `group_by` splits the claim table into one table per speaker, outlet, status or article.
    `known_ids` are all the ids of the store the claims come from, so the short ids shown are unique
    prefixes there (as ``claimtrack show`` accepts them). `articles` maps article ids to titles for
    group headings. `title` heads an HTML page; `note` is a line printed under the report (the example
    store's label, say). `ascii` swaps the stance symbols for ASCII marks.
    """

    group_by: str | None = None
    known_ids: tuple[str, ...] = ()
    articles: Mapping[str, str] = attrs.field(factory=dict)
    title: str = "claimtrack report"
    note: str = ""
    ascii: bool = False


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _group_key(by: str, layout: Layout) -> Callable[[Claim], str]:
    if by == "speaker":
        return lambda c: c.speaker.name if c.speaker else "(unattributed)"
    if by == "outlet":
        return lambda c: rows.outlet_label(c) or "(no outlet)"
    if by == "status":
        return lambda c: c.status
    if by == "article":
        return lambda c: c.article
    raise ReportError(f"cannot group by '{by}' (choose from {', '.join(GROUPS)})")


def _heading(by: str, key: str, count: int, vocabulary: Vocabulary | None, layout: Layout) -> str:
    label = key
    if by == "status" and vocabulary is not None and key in vocabulary.names:
        label = vocabulary.get(key).title
    if by == "article" and layout.articles.get(key):
        label = f"{key} {layout.articles[key]}"
    return f"{by.capitalize()}: {label} ({_plural(count, 'claim')})"


def _groups(
    claims: Sequence[Claim], vocabulary: Vocabulary | None, layout: Layout
) -> list[tuple[str | None, list[Claim]]]:
    ordered = rows.order(claims)
    by = layout.group_by
    if by is None:
        return [(None, ordered)]
    key = _group_key(by, layout)
    found: dict[str, list[Claim]] = {}
    for claim in ordered:
        found.setdefault(key(claim), []).append(claim)
    if by == "status" and vocabulary is not None:
        rank = {name: i for i, name in enumerate(vocabulary.names)}
        names = sorted(found, key=lambda n: (rank.get(n, len(rank)), n))
    else:
        names = sorted(found, key=lambda n: (n.startswith("("), n.casefold(), n))
    return [(_heading(by, n, len(found[n]), vocabulary, layout), found[n]) for n in names]


def _fit(blocks: list[list[Row]], fmt: str, width: int | None) -> list[list[tuple[str, ...]]]:
    """Each block's cells, wrapped to `width` when the format can hold several lines in a cell."""
    if width is None or not formats.can_wrap(fmt):
        return [[tuple(wrap.one_line(c) for c in r.cells) for r in block] for block in blocks]
    pad = formats.header_padding(fmt)
    floors = [len(h) + pad for h in COLUMNS]
    columns = list(zip(*(r.cells for block in blocks for r in block), strict=True)) or [()] * len(COLUMNS)
    natural = [max(floor, *map(len, column), 0) for floor, column in zip(floors, columns, strict=True)]
    words = list(floors)
    for i in TEXT_WEIGHTS:
        if i != 1:  # names: keep whole words where it costs little (urls excepted)
            longest = [len(w) for name in set(columns[i]) for w in name.split() if "://" not in w]
            words[i] = max(words[i], min(LONGEST_WORD, max(longest, default=0)))
    budget = width - formats.overhead(fmt, len(COLUMNS))
    widths = wrap.share(natural, budget, TEXT_WEIGHTS, words)
    done: list[dict[str, str]] = [{} for _ in COLUMNS]  # names repeat: wrap each once

    def fitted(i: int, text: str) -> str:
        hit = done[i].get(text)
        if hit is None:
            hit = done[i][text] = wrap.fill(text, widths[i])
        return hit

    return [[tuple(fitted(i, c) for i, c in enumerate(r.cells)) for r in block] for block in blocks]


def _with_note(body: str, layout: Layout, width: int | None = None) -> str:
    if not layout.note:
        return f"{body}\n"
    lines = layout.note.splitlines()
    note = "\n".join(wrap.fill(line, width) for line in lines) if width else layout.note
    return f"{body}\n\n{note}\n"


def claim_table(
    claims: Iterable[Claim],
    fmt: str = "simple",
    width: int | None = None,
    vocabulary: Vocabulary | None = None,
    *,
    layout: Layout | None = None,
) -> str:
    """The claim-versus-evidence table: a row per claim, the rows of its evidence under it.

    `fmt` is any of `formats.FORMATS`; `width` wraps long text so lines fit (tabulate formats that allow
    several lines in a cell; None leaves every cell on one line); `vocabulary` gives statuses the names
    readers see. Claims come out in reading order (see `rows.order`), grouped when `layout` says so.
    """
    formats.check_format(fmt)
    layout = layout or Layout()
    vocabulary = vocabulary or DEFAULT_VOCABULARY
    claims = list(claims)
    groups = _groups(claims, vocabulary, layout)
    id_length = rows.short_ids([*layout.known_ids, *(c.id for c in claims)])
    marks = rows.ASCII if layout.ascii or fmt in formats.ASCII_ONLY else rows.UNICODE
    blocks = [rows.claim_rows(g, vocabulary=vocabulary, marks=marks, id_length=id_length) for _, g in groups]
    if fmt == "json":
        return _claims_json(groups, layout) + "\n"
    if fmt == "csv":
        return _claims_csv(groups, vocabulary, layout)
    if fmt == "html":
        return _claims_html(groups, blocks, layout)
    if not claims:
        return _with_note("No claims match.", layout, width)
    fitted = _fit(blocks, fmt, width)
    parts = []
    for (heading, _), cells in zip(groups, fitted, strict=True):
        table = formats.text_table(COLUMNS, cells, fmt)
        parts.append(f"{heading}\n\n{table}" if heading else table)
    return _with_note("\n\n".join(parts), layout, width)


def _claims_json(groups: list[tuple[str | None, list[Claim]]], layout: Layout) -> str:
    out: list[dict[str, Any]] = []
    key = _group_key(layout.group_by, layout) if layout.group_by else None
    for _, group in groups:
        for claim in group:
            record = claim_to_dict(claim)
            if key is not None:
                record["group"] = key(claim)
            out.append(record)
    return json.dumps(out, ensure_ascii=False, indent=2)


def _claims_csv(
    groups: list[tuple[str | None, list[Claim]]], vocabulary: Vocabulary | None, layout: Layout
) -> str:
    key = _group_key(layout.group_by, layout) if layout.group_by else None
    table: list[list[str]] = []
    for _, group in groups:
        for claim in group:
            said = rows.claim_date(claim)
            lines = [
                [
                    "claim",
                    claim.id,
                    claim.text,
                    claim.speaker.name if claim.speaker else "",
                    (claim.speaker.role or "") if claim.speaker else "",
                    rows.outlet_label(claim),
                    said.isoformat() if said else "",
                    claim.status,
                    "",
                    "",
                    "",
                ]
            ]
            lines.extend(
                [
                    "evidence",
                    claim.id,
                    rows.evidence_text(e),
                    "",
                    "",
                    "",
                    e.date.isoformat() if e.date else "",
                    "",
                    e.stance,
                    e.publisher or "",
                    e.url,
                ]
                for e in claim.evidence
            )
            for line in lines:
                table.append([key(claim), *line] if key else line)
    headers = ["group", *CSV_COLUMNS] if key else list(CSV_COLUMNS)
    return formats.csv_text(headers, table)


def _claims_html(
    groups: list[tuple[str | None, list[Claim]]], blocks: list[list[Row]], layout: Layout
) -> str:
    html_blocks = []
    for (heading, _), block in zip(groups, blocks, strict=True):
        html_rows = []
        for r in block:
            cls = f"evidence {r.stance}" if r.kind == "evidence" else r.kind
            links = ((2, r.url),) if r.url else ()
            html_rows.append(formats.HtmlRow(cls=cls, cells=r.cells, links=links))
        html_blocks.append(formats.HtmlBlock(heading=heading, headers=COLUMNS, rows=tuple(html_rows)))
    intro = "" if any(blocks) else "No claims match."
    return formats.html_page(
        layout.title, html_blocks if any(blocks) else [], intro=intro, footer=layout.note
    )


def summary_table(
    claims: Iterable[Claim],
    by: str = "speaker",
    vocabulary: Vocabulary | None = None,
    fmt: str = "simple",
    *,
    layout: Layout | None = None,
) -> str:
    """Counts of claims in each status, one row per speaker (or outlet), with totals.

    Status columns follow the vocabulary's order and only statuses some claim is in are shown; rows run
    from the most claims to the fewest, then by name; the last row is the total.
    """
    formats.check_format(fmt)
    if by not in SUMMARY_AXES:
        raise ReportError(f"cannot summarise by '{by}' (choose from {', '.join(SUMMARY_AXES)})")
    layout = layout or Layout()
    vocabulary = vocabulary or DEFAULT_VOCABULARY
    key = _group_key(by, layout)
    counts: dict[str, dict[str, int]] = {}
    for claim in claims:
        row = counts.setdefault(key(claim), {})
        row[claim.status] = row.get(claim.status, 0) + 1
    used = {status for row in counts.values() for status in row}
    known = vocabulary.names if vocabulary is not None else ()
    statuses = [n for n in known if n in used] + sorted(used - set(known))
    titles = [vocabulary.get(n).title if n in known and vocabulary else n for n in statuses]
    names = sorted(counts, key=lambda n: (-sum(counts[n].values()), n.startswith("("), n.casefold(), n))
    row_totals = {n: sum(counts[n].values()) for n in names}
    body: list[list[str | int]] = [
        [n, *(counts[n].get(s, 0) for s in statuses), row_totals[n]] for n in names
    ]
    totals = [sum(counts[n].get(s, 0) for n in names) for s in statuses]
    total_row: list[str | int] = ["total", *totals, sum(totals)]
    headers = [by, *titles, "total"]
    if fmt == "json":
        return (
            json.dumps(
                {
                    "by": by,
                    "statuses": statuses,
                    "rows": [
                        {
                            "name": n,
                            "counts": {s: counts[n].get(s, 0) for s in statuses},
                            "total": row_totals[n],
                        }
                        for n in names
                    ],
                    "total": {"counts": dict(zip(statuses, totals, strict=True)), "total": sum(totals)},
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    text_rows = [[str(c) for c in r] for r in [*body, total_row]]
    if fmt == "csv":
        return formats.csv_text(headers, text_rows)
    if fmt == "html":
        html_rows = [formats.HtmlRow(cls="count", cells=tuple(r)) for r in text_rows[:-1]]
        html_rows.append(formats.HtmlRow(cls="total", cells=tuple(text_rows[-1])))
        block = formats.HtmlBlock(heading=f"Statuses by {by}", headers=tuple(headers), rows=tuple(html_rows))
        return formats.html_page(layout.title, [block], footer=layout.note)
    if not names:
        return _with_note("No claims match.", layout)
    align = ["left", *(["right"] * (len(headers) - 1))]
    return _with_note(formats.text_table(headers, text_rows, fmt, align=align), layout)


def due(claims: Iterable[Claim], vocabulary: Vocabulary, today: dt.date) -> list[Claim]:
    """Predictions and promises whose time has come (`when` ended before `today`) and that have no final
    status yet: the follow-up list of promise tracking. In reading order."""
    final = {s.name for s in vocabulary.statuses if s.final}
    return rows.order(
        c
        for c in claims
        if c.kind in ("prediction", "promise")
        and c.when is not None
        and c.when.end < today
        and c.status not in final
    )
