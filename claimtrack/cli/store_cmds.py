"""Subcommands of this group (filled in by the capability that owns them)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add this group's subcommands to the `claimtrack` parser."""
