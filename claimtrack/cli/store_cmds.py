"""Store commands: ``init``, ``add``, ``status``, ``evidence``, ``show``, ``check`` (docs/store.md).

Every command but ``init`` works on a store chosen by ``--store PATH``, else ``$CLAIMTRACK_STORE``, else
the nearest folder holding ``claimtrack.yaml`` at or above the current one, as git finds a repository.
Claim ids may be shortened to any unique prefix.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from claimtrack.errors import InputError
from claimtrack.model import STANCES, Article, Claim, Evidence
from claimtrack.parse import parse_article
from claimtrack.store import Store, check_store, find_root
from claimtrack.store.records import read_text
from claimtrack.store.yamlio import TEXT_LIMIT


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store", metavar="PATH", help="the store folder (default: $CLAIMTRACK_STORE, else found like git)"
    )


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the store's subcommands to the `claimtrack` parser."""
    p = subparsers.add_parser("init", help="create a claim store", description="Create a claim store.")
    p.add_argument("path", nargs="?", default=".", metavar="PATH", help="where (default: here)")
    p.set_defaults(handler=run_init)

    p = subparsers.add_parser(
        "add", help="parse articles and record their claims", description="Record articles and their claims."
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="article text files (UTF-8)")
    p.add_argument("--title", help="the article's title")
    p.add_argument("--outlet", help="the outlet that published the articles")
    p.add_argument("--published", type=_date, metavar="DATE", help="publication date (YYYY-MM-DD)")
    p.add_argument("--url", help="where the article was published")
    _store_option(p)
    p.set_defaults(handler=run_add)

    p = subparsers.add_parser(
        "status",
        help="set a claim's status",
        description="Set a claim's status, recording it in its history.",
    )
    p.add_argument("claim", metavar="CLAIM", help="claim id or unique prefix")
    p.add_argument("status", metavar="STATUS", help="a status of the store's vocabulary")
    p.add_argument("--note", help="why")
    p.add_argument("--by", help="who")
    p.add_argument("--date", type=_date, help="when (default today)")
    _store_option(p)
    p.set_defaults(handler=run_status)

    p = subparsers.add_parser(
        "evidence", help="add evidence to a claim", description="Add an evidence item to a claim."
    )
    p.add_argument("claim", metavar="CLAIM", help="claim id or unique prefix")
    p.add_argument("--url", required=True, help="where the evidence is")
    p.add_argument("--title")
    p.add_argument("--publisher")
    p.add_argument("--excerpt", help="the passage that matters")
    p.add_argument("--stance", choices=STANCES, default="context", help="what it does to the claim")
    p.add_argument("--date", type=_date, help="the evidence's date")
    p.add_argument("--by", help="who added it")
    _store_option(p)
    p.set_defaults(handler=run_evidence)

    p = subparsers.add_parser("show", help="print one claim", description="Print a claim with its record.")
    p.add_argument("claim", metavar="CLAIM", help="claim id or unique prefix")
    _store_option(p)
    p.set_defaults(handler=run_show)

    p = subparsers.add_parser(
        "check",
        help="validate a store (for CI and pre-commit hooks)",
        description="Report every problem in a store as path:line: message; exit 1 if there is any.",
    )
    p.add_argument("path", nargs="?", metavar="PATH", help="the store (default: as for --store)")
    _store_option(p)
    p.set_defaults(handler=run_check)


def run_init(args: argparse.Namespace) -> int:
    store = Store.init(args.path)
    print(f"Created a claim store in {store.root}")
    return 0


def _read_article(path: str) -> str:
    try:
        text, _ = read_text(Path(path), limit=TEXT_LIMIT)
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path=path) from None
    return text


def _progress(message: str) -> None:
    """Overwrite the progress line on stderr (only called when stderr is a terminal)."""
    print("\r" + message[:78].ljust(78) + ("" if message else "\r"), end="", file=sys.stderr, flush=True)


def run_add(args: argparse.Namespace) -> int:
    store = Store.open(args.store)
    articles: list[tuple[str, Article]] = []
    progress = sys.stderr.isatty() and len(args.files) > 1
    meta = {"title": args.title, "outlet": args.outlet, "published": args.published, "url": args.url}
    for n, path in enumerate(args.files, 1):  # parse everything first: a bad file leaves the store untouched
        if progress:
            _progress(f"[{n}/{len(args.files)}] parsing {path}")
        articles.append((path, parse_article(_read_article(path), **meta)))
    if progress:
        _progress(f"recording {len(articles)} articles")
    results = store.add_articles(article for _, article in articles)  # one change: all or nothing
    if progress:
        _progress("")
    for (path, article), result in zip(articles, results, strict=True):
        state = "recorded" if result.article_added else "already recorded"
        print(
            f"{path}: {article.id} {state}; {len(result.claims_added)} new claims, "
            f"{len(result.appearances_added)} seen before, {len(result.unchanged)} unchanged"
        )
    return 0


def run_status(args: argparse.Namespace) -> int:
    store = Store.open(args.store)
    claim = store.set_status(args.claim, args.status, by=args.by, note=args.note, date=args.date)
    step = claim.history[-1]
    print(f"{claim.id}: {step.from_} -> {step.to}")
    return 0


def run_evidence(args: argparse.Namespace) -> int:
    store = Store.open(args.store)
    item = Evidence(
        url=args.url,
        stance=args.stance,
        title=args.title,
        publisher=args.publisher,
        excerpt=args.excerpt,
        date=args.date,
        added_by=args.by,
    )
    claim = store.add_evidence(args.claim, item)
    count = len(claim.evidence)
    print(f"{claim.id}: {item.stance} evidence added ({count} item{'s' if count != 1 else ''} in all)")
    return 0


def show_lines(claim: Claim) -> list[str]:
    """A claim as the lines ``claimtrack show`` prints."""
    lines = [f"{claim.id}  [{claim.status}]  {claim.kind}", f"  {claim.text}"]
    if claim.speaker:
        role = f", {claim.speaker.role}" if claim.speaker.role else ""
        lines.append(f"  speaker: {claim.speaker.name}{role}")
    if claim.outlet:
        lines.append(f"  via: {claim.outlet.name}")
    if claim.said_on:
        lines.append(f"  said on: {claim.said_on.isoformat()}")
    lines.append(f"  article: {claim.article}  spans: {', '.join(f'{a}-{b}' for a, b in claim.spans)}")
    if claim.appearances:
        lines.append("appearances:")
        for a in claim.appearances:
            bits = [a.article, a.outlet, a.date.isoformat() if a.date else None, a.url]
            lines.append("  " + "  ".join(b for b in bits if b) + ("  (first)" if a.first else ""))
    if claim.evidence:
        lines.append("evidence:")
        for e in claim.evidence:
            bits = [e.stance, e.title, e.publisher, e.date.isoformat() if e.date else None, e.url]
            lines.append("  " + "  ".join(b for b in bits if b))
            if e.excerpt:
                lines.append(f"    {e.excerpt}")
    if claim.history:
        lines.append("history:")
        for h in claim.history:
            who = f" by {h.by}" if h.by else ""
            note = f": {h.note}" if h.note else ""
            lines.append(f"  {h.date.isoformat()} {h.from_ or '-'} -> {h.to}{who}{note}")
    return lines


def run_show(args: argparse.Namespace) -> int:
    store = Store.open(args.store)
    print("\n".join(show_lines(store.get(args.claim))))
    return 0


def run_check(args: argparse.Namespace) -> int:
    root = find_root(args.path or args.store)
    problems = check_store(root)
    for problem in problems:
        print(problem)
    if problems:
        files = len({p.path for p in problems})
        print(f"{len(problems)} problems in {files} files", file=sys.stderr)
        return 1
    return 0
