"""Errors a user can cause, each pointing at the input it is about.

Every error claimtrack raises on purpose is a `ClaimtrackError`. Those about a file carry its path and,
where known, the line (1-based), so the command line can print ``path:line: message`` and a user can jump
straight there. Errors about bad values also subclass `ValueError`, errors about missing things
`LookupError`, so generic handlers keep working.
"""

from __future__ import annotations

from pathlib import Path


class ClaimtrackError(Exception):
    """Base of every error claimtrack raises on purpose."""

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class ModelError(ClaimtrackError, ValueError):
    """A value does not fit the data model (wrong type, unknown word, offsets out of order)."""


class SchemaError(ModelError):
    """A record read from a file does not follow the record format (see docs/data-model.md)."""


class InputError(ClaimtrackError, ValueError):
    """An input file cannot be read as text: missing, a folder, binary, not UTF-8, too large."""


class YamlSyntaxError(ClaimtrackError, ValueError):
    """A YAML file does not parse, or uses a feature the store refuses (anchors, tags)."""


class ConflictMarkerError(ClaimtrackError, ValueError):
    """A file still holds the markers a git merge leaves (<<<<<<<, =======, >>>>>>>)."""


class UnknownStatusError(ModelError):
    """A status is not in the store's vocabulary; carries the nearest known name, if any."""

    def __init__(
        self,
        name: str,
        *,
        known: tuple[str, ...],
        suggestion: str | None = None,
        path: str | Path | None = None,
        line: int | None = None,
    ) -> None:
        hint = f" (did you mean '{suggestion}'?)" if suggestion else f" (known: {', '.join(known)})"
        super().__init__(f"unknown status '{name}'{hint}", path=path, line=line)
        self.name = name
        self.suggestion = suggestion


class StoreError(ClaimtrackError):
    """The claim store cannot do what was asked (not found, locked, would overwrite a broken file)."""


class IdError(ClaimtrackError, LookupError):
    """An id or id prefix matches no record, or more than one."""
