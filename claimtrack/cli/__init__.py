"""The `claimtrack` command: argparse, `main(argv) -> int`, the only place that prints or exits.

Each group of subcommands lives in its own module and adds itself to the parser through a
``register(subparsers)`` function; a subcommand is a function ``(args) -> int``. Errors a user can cause
arrive here as `ClaimtrackError` and leave as one line on stderr and exit status 1; a wrong command line
exits 2, as argparse does.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from claimtrack import __version__
from claimtrack.cli import parse_cmd, report_cmds, store_cmds
from claimtrack.errors import ClaimtrackError

GROUPS = (parse_cmd, store_cmds, report_cmds)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, every group's subcommands included."""
    parser = argparse.ArgumentParser(
        prog="claimtrack",
        description="Find who said what via which outlet, track verdicts in YAML, report the record.",
    )
    parser.add_argument("--version", action="version", version=f"claimtrack {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS:
        group.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status (0 ok, 1 a problem with the input, 2 a bad command line)."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    claims = getattr(args, "claims", None)
    if extra and isinstance(claims, list) and not any(a.startswith("-") for a in extra):
        # argparse takes a command's positionals in one run, so CLAIM prefixes written after an option
        # ("export claimreview --store S c-1a --url U c-2b") arrive here; they are what the usage says
        claims.extend(extra)
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        status: int = args.handler(args)
    except ClaimtrackError as e:
        print(f"claimtrack: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("claimtrack: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (`| head`): nothing more to say
        return 1
    return status


def run() -> None:
    """Entry point of the installed `claimtrack` script."""
    sys.exit(main())
