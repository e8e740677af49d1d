"""`claimtrack parse FILE...`: find the claims in articles and print them.

Output formats: `table` (tabulate; the default when stdout is a terminal), `json` (one document; the
default for a single file when piped), `jsonl` (one line per file; the default for several files when
piped). JSON follows the output contract in docs/parser.md: `{"file", "article", "claims"}`.

Files are read as UTF-8 with newlines untouched, so every offset indexes the file's text exactly. A file
that cannot be read (missing, a folder, binary, not UTF-8) gives one line `claimtrack: PATH: message` on
stderr and exit status 1 at the end; the other files are still parsed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, TextIO

import yaml
from tabulate import tabulate

from claimtrack.errors import InputError
from claimtrack.model import Article
from claimtrack.parse import parse_article
from claimtrack.serialize import article_to_dict, claim_to_dict

FORMATS = ("table", "json", "jsonl", "yaml")
_TABLE_TEXT = 70  # characters of claim text shown in a table cell


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add `parse` to the `claimtrack` parser."""
    p = subparsers.add_parser(
        "parse",
        help="find the attributed claims in news articles",
        description="Find who said what, via which outlet, in each FILE (UTF-8 text).",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="article text files")
    p.add_argument("--outlet", help="the outlet that published the articles")
    p.add_argument("--published", type=_date, metavar="DATE", help="publication date, YYYY-MM-DD")
    p.add_argument("--url", help="the article's address")
    p.add_argument(
        "--format",
        choices=FORMATS,
        help="table (default on a terminal), json (default for one file), jsonl (default for several)",
    )
    p.set_defaults(handler=run)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def read_text(path: str) -> str:
    """The text of a file as UTF-8 with newlines untouched; `InputError` naming the file if it cannot be."""
    p = Path(path)
    try:
        with p.open("rb") as f:
            data = f.read()
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except IsADirectoryError:
        raise InputError("is a directory, not a text file", path=path) from None
    except OSError as e:
        raise InputError(e.strerror or "cannot be read", path=path) from None
    if b"\x00" in data:
        raise InputError("binary file (holds NUL bytes), not text", path=path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text (byte {e.start})", path=path) from None


def record(path: str, article: Article) -> dict[str, Any]:
    """One file's output: the contract's `{"file", "article", "claims"}`."""
    return {
        "file": path,
        "article": article_to_dict(article),
        "claims": [claim_to_dict(c) for c in article.claims],
    }


def run(args: argparse.Namespace) -> int:
    out: TextIO = sys.stdout
    fmt = args.format or ("table" if out.isatty() else "json" if len(args.files) == 1 else "jsonl")
    status = 0
    rows: list[list[str]] = []
    documents: list[dict[str, Any]] = []
    for path in args.files:
        try:
            text = read_text(path)
        except InputError as e:
            print(f"claimtrack: {e}", file=sys.stderr)
            status = 1
            continue
        try:
            article = parse_article(text, outlet=args.outlet, published=args.published, url=args.url)
        except Exception as e:  # a bug in the parser must not cost the rest of a corpus its output
            print(
                f"claimtrack: {path}: internal error, please report it with this file: {e!r}", file=sys.stderr
            )
            status = 1
            continue
        if fmt == "jsonl":
            out.write(json.dumps(record(path, article), ensure_ascii=False) + "\n")
        elif fmt == "table":
            rows.extend(_rows(path, article))
        else:
            documents.append(record(path, article))
    if fmt == "json":
        if len(documents) == 1:
            out.write(json.dumps(documents[0], ensure_ascii=False, indent=2) + "\n")
        elif documents:
            out.write(json.dumps(documents, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "yaml" and documents:
        yaml.safe_dump_all(documents, out, allow_unicode=True, sort_keys=False)
    elif fmt == "table" and rows:
        headers = ["file", "speaker", "cue", "kind", "quote", "outlet", "claim"]
        out.write(tabulate(rows, headers=headers) + "\n")
    return status


def _rows(path: str, article: Article) -> list[list[str]]:
    rows = []
    for c in article.claims:
        text = c.text if len(c.text) <= _TABLE_TEXT else c.text[: _TABLE_TEXT - 1] + "…"
        rows.append(
            [
                Path(path).name,
                c.speaker.name if c.speaker else "-",
                c.cue.text if c.cue else "-",
                c.kind,
                c.quote,
                c.outlet.name if c.outlet else "-",
                " ".join(text.split()),
            ]
        )
    return rows
