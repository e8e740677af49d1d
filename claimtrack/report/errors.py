"""Errors the reporter raises: a report that cannot be made as asked, a claim that cannot be reviewed."""

from __future__ import annotations

from claimtrack.errors import ClaimtrackError


class ReportError(ClaimtrackError, ValueError):
    """A report cannot be made as asked: an unknown format, grouping or summary axis."""


class NotReviewableError(ClaimtrackError, ValueError):
    """A claim cannot be exported as a ClaimReview without inventing something (no final verdict, no
    rating, no page to point to). `claim` is its id and `reason` says what is missing."""

    def __init__(self, claim: str, reason: str) -> None:
        super().__init__(f"{claim}: {reason}")
        self.claim = claim
        self.reason = reason
