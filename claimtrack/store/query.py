"""The filters of `Store.claims`, as one value that tests a claim."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from claimtrack.model import Claim


def _names(status: str | Iterable[str] | None) -> frozenset[str] | None:
    if status is None:
        return None
    return frozenset([status] if isinstance(status, str) else status)


def _fold(value: str | None) -> str | None:
    return value.casefold() if value else None


def claim_date(claim: Claim) -> dt.date | None:
    """When a claim was made: the day it was said, else the day it was first published."""
    if claim.said_on:
        return claim.said_on
    dates = [a.date for a in claim.appearances if a.date]
    first = [a.date for a in claim.appearances if a.first and a.date]
    return first[0] if first else min(dates) if dates else None


@attrs.frozen
class Query:
    """Every filter `Store.claims` takes; `None` means "any"."""

    status: frozenset[str] | None = attrs.field(converter=_names)
    speaker: str | None = attrs.field(converter=_fold)
    outlet: str | None = attrs.field(converter=_fold)
    kind: str | None
    article: str | None
    since: dt.date | None
    until: dt.date | None
    text: str | None = attrs.field(converter=_fold)

    def matches(self, c: Claim) -> bool:
        """Whether claim `c` passes every filter."""
        if self.status is not None and c.status not in self.status:
            return False
        if self.kind is not None and c.kind != self.kind:
            return False
        if self.speaker and not (c.speaker and self.speaker in c.speaker.name.casefold()):
            return False
        if self.outlet:
            outlets = [c.outlet.name] if c.outlet else []
            outlets += [a.outlet for a in c.appearances if a.outlet]
            if not any(self.outlet in o.casefold() for o in outlets):
                return False
        if (
            self.article
            and c.article != self.article
            and all(a.article != self.article for a in c.appearances)
        ):
            return False
        if self.text and self.text not in c.text.casefold():
            return False
        if self.since or self.until:
            day = claim_date(c)
            if day is None or (self.since and day < self.since) or (self.until and day > self.until):
                return False
        return True
