"""``claimtrack report`` and ``claimtrack export claimreview``: the record, for people and for machines.

Both read a store (``--store PATH``, else ``CLAIMTRACK_STORE``, else the folder you are in or one above
it), or the example store shipped inside the package (``--example``), choose claims with the same
filters, and write to stdout or, atomically, to ``--output FILE``. No colour or terminal codes are ever
written, so output piped or saved is plain text.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimtrack.errors import ClaimtrackError
from claimtrack.model import CLAIM_KINDS, Claim
from claimtrack.report import formats
from claimtrack.report.claimreview import export_claimreviews
from claimtrack.report.errors import ReportError
from claimtrack.report.select import Filters, select
from claimtrack.report.tables import GROUPS, Layout, claim_table, due, summary_table
from claimtrack.vocabulary import Vocabulary

EXAMPLE = Path(__file__).resolve().parent.parent / "example"
"""The example store shipped in the package (built by scripts/build_example.py from the seed articles)."""

EXAMPLE_NOTE = (
    "Example store shipped with claimtrack (two 2016 articles on Japan, Russia and Iran), "
    "for illustration only. Report on your own store with --store PATH."
)

DEFAULT_WIDTH = 100
"""Wrap width when stdout is not a terminal and COLUMNS is not set."""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _width(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of columns") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the width cannot be negative")
    return value


def _source_and_filters(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--store", metavar="PATH", help="the store folder (default: found like git finds a repo)"
    )
    where.add_argument("--example", action="store_true", help="use the example store shipped with claimtrack")
    parser.add_argument("claims", nargs="*", metavar="CLAIM", help="only these claims (id prefixes)")
    parser.add_argument(
        "--status", action="append", default=[], metavar="S", help="only this status (repeatable)"
    )
    final = parser.add_mutually_exclusive_group()
    final.add_argument("--final", action="store_true", help="only claims with a final status (a verdict)")
    final.add_argument("--open", action="store_true", help="only claims without a final status")
    parser.add_argument("--speaker", metavar="NAME", help="speaker's name contains NAME (any case)")
    parser.add_argument("--outlet", metavar="NAME", help="outlet's name contains NAME (any case)")
    parser.add_argument("--kind", choices=CLAIM_KINDS, help="only claims of this kind")
    parser.add_argument("--article", metavar="ID", help="only claims from this article (id prefix)")
    parser.add_argument("--since", type=_date, metavar="DATE", help="claims made on or after DATE")
    parser.add_argument("--until", type=_date, metavar="DATE", help="claims made on or before DATE")
    parser.add_argument("--text", metavar="WORDS", help="claim text contains WORDS (any case)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE (atomically), not stdout")


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``report`` and ``export`` to the `claimtrack` parser."""
    report = subparsers.add_parser(
        "report",
        help="claim-versus-evidence tables, status summaries, the follow-up list",
        description="Report on a claim store: each claim with the evidence for and against it.",
    )
    _source_and_filters(report)
    report.add_argument(
        "--format",
        "-f",
        default="simple",
        metavar="FORMAT",
        help=f"output format (default simple): {', '.join(formats.FORMATS)}",
    )
    report.add_argument("--group-by", choices=GROUPS, help="one table per speaker, outlet, status or article")
    report.add_argument(
        "--summary", action="store_true", help="count statuses per speaker (or --group-by outlet)"
    )
    report.add_argument(
        "--due", action="store_true", help="predictions and promises past their date with no final status"
    )
    report.add_argument(
        "--today", type=_date, metavar="DATE", help="the date --due counts from (default today)"
    )
    report.add_argument(
        "--width", type=_width, metavar="N", help="wrap to N columns (0: never wrap; default: terminal width)"
    )
    report.set_defaults(handler=run_report)

    export = subparsers.add_parser(
        "export",
        help="export reviews for other tools (schema.org ClaimReview)",
        description="Export claims with a final, rated verdict as schema.org ClaimReview JSON-LD.",
    )
    export.add_argument("what", choices=["claimreview"], help="what to export")
    _source_and_filters(export)
    export.add_argument(
        "--url",
        required=True,
        metavar="TEMPLATE",
        help="the url of each review's page; {id} is replaced by the claim id",
    )
    export.add_argument("--review-author", metavar="NAME", help="the organisation publishing the reviews")
    export.add_argument(
        "--review-date", type=_date, metavar="DATE", help="date of the reviews (default: verdict's)"
    )
    export.set_defaults(handler=run_export)


@contextlib.contextmanager
def _example_copy() -> Iterator[Path]:
    """A throwaway copy of the example store: opening it may write a cache, never into the package."""
    if not (EXAMPLE / "claimtrack.yaml").is_file():
        raise ClaimtrackError(f"the example store is missing from this installation ({EXAMPLE})")
    with tempfile.TemporaryDirectory(prefix="claimtrack-example-") as tmp:
        copy = Path(tmp) / "example"
        shutil.copytree(EXAMPLE, copy, ignore=shutil.ignore_patterns(".claimtrack-cache", "__pycache__"))
        yield copy


class _Loaded:
    """What a command needs from a store: its vocabulary, its claims and, when asked for (they take a
    file read each), its article ids and titles."""

    def __init__(self, store: Any, *, articles: bool) -> None:
        self.vocabulary: Vocabulary = store.vocabulary
        self.claims: list[Claim] = list(store.claims())
        found = list(store.articles()) if articles else []
        self.article_titles = {a.id: a.title for a in found if getattr(a, "title", None)}
        self.article_ids = [a.id for a in found]


@contextlib.contextmanager
def _load(args: argparse.Namespace) -> Iterator[_Loaded]:
    from claimtrack.store import Store  # noqa: PLC0415 - the store is only needed once a command runs

    articles = bool(args.article) or getattr(args, "group_by", None) == "article"
    if args.example:
        with _example_copy() as path:
            yield _Loaded(Store.open(path), articles=articles)
    else:
        yield _Loaded(Store.open(args.store), articles=articles)


def _filters(args: argparse.Namespace) -> Filters:
    return Filters(
        statuses=tuple(args.status),
        final=True if args.final else False if args.open else None,
        speaker=args.speaker,
        outlet=args.outlet,
        kind=args.kind,
        article=args.article,
        since=args.since,
        until=args.until,
        text=args.text,
        claims=tuple(args.claims),
    )


def _wrap_width(args: argparse.Namespace) -> int | None:
    if args.width is not None:
        return args.width or None
    if args.output:
        return None
    if sys.stdout.isatty():
        return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else DEFAULT_WIDTH


def _can_encode(text: str) -> bool:
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _write_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` in one step: a temporary file beside it, flushed, then renamed."""
    folder = path.parent if str(path.parent) else Path()
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        try:
            mode = path.stat().st_mode & 0o777  # replacing a file keeps its permissions
        except FileNotFoundError:
            mode = 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _emit(text: str, output: str | None) -> None:
    if output:
        try:
            _write_atomic(Path(output), text)
        except OSError as e:
            raise ClaimtrackError(f"cannot write {output}: {e.strerror or e}") from None
    else:
        try:
            sys.stdout.write(text)
        except UnicodeEncodeError:  # a terminal that cannot show every character: show the rest
            encoding = sys.stdout.encoding or "ascii"
            sys.stdout.write(text.encode(encoding, "replace").decode(encoding))


def run_report(args: argparse.Namespace) -> int:
    """``claimtrack report``: the claim table (or summary, or due list) in the format asked for."""
    fmt = formats.check_format(args.format)
    if args.summary and args.due:
        raise ReportError("--summary and --due are different reports: ask for one")
    if args.summary and args.group_by not in (None, "speaker", "outlet"):
        raise ReportError(f"--summary counts by speaker or outlet, not by {args.group_by}")
    with _load(args) as store:
        claims = select(store.claims, _filters(args), store.vocabulary, articles=store.article_ids)
        notes = []
        if args.due:
            today = args.today or dt.date.today()
            claims = due(claims, store.vocabulary, today)
            notes.append(f"Predictions and promises due for follow-up on {today.isoformat()}: {len(claims)}.")
        if args.example:
            notes.append(EXAMPLE_NOTE)
        layout = Layout(
            group_by=None if args.summary else args.group_by,
            known_ids=tuple(c.id for c in store.claims),
            articles=store.article_titles,
            title="claimtrack report (example store)" if args.example else "claimtrack report",
            note="\n".join(notes),
            ascii=not args.output and not _can_encode("✔✘•"),
        )
        if args.summary:
            text = summary_table(claims, args.group_by or "speaker", store.vocabulary, fmt, layout=layout)
        else:
            text = claim_table(claims, fmt, _wrap_width(args), store.vocabulary, layout=layout)
    _emit(text, args.output)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """``claimtrack export claimreview``: JSON-LD for claims with a final, rated verdict; the rest are
    named on stderr with the reason, one line each."""
    with _load(args) as store:
        claims = select(store.claims, _filters(args), store.vocabulary, articles=store.article_ids)
        export = export_claimreviews(
            claims,
            store.vocabulary,
            review_author=args.review_author,
            review_date=args.review_date,
            url=args.url,
        )
    _emit(json.dumps(list(export.reviews), ensure_ascii=False, indent=2) + "\n", args.output)
    for claim_id, reason in export.skipped:
        print(f"claimtrack: skipped {claim_id}: {reason}", file=sys.stderr)
    return 0
