"""Claims -> rows: the claim-versus-evidence layout every report format starts from.

A `Row` is plain text cells, one per column of `COLUMNS`. Each claim gives one claim row, then one row
per evidence item under it (or a single "no evidence yet" row), so the evidence stands beside the claim
it is about. Nothing here knows about tabulate, HTML or wrapping; `tables` and `formats` take it on.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence

import attrs

from claimtrack.model import Claim, Evidence
from claimtrack.vocabulary import Vocabulary

COLUMNS = ("id", "claim", "speaker", "outlet", "date", "status")
"""Column headings of the claim table, in order."""

MIN_ID = 7
"""Shortest id shown, ``c-`` included (five hex digits), as git shows at least seven."""

NO_EVIDENCE = "no evidence yet"
"""What the evidence row of an open claim with no evidence says."""

NO_EVIDENCE_CITED = "no evidence cited"
"""... and of a claim with a final status (an opinion marked not checkable, say)."""


@attrs.frozen
class Marks:
    """How a stance is shown at a glance. `UNICODE` for terminals and HTML, `ASCII` for formats such as
    LaTeX or an output encoding that cannot carry the symbols."""

    supports: str
    refutes: str
    context: str

    def of(self, stance: str) -> str:
        mark: str = getattr(self, stance)
        return f"{mark} {stance}"


UNICODE = Marks(supports="✔", refutes="✘", context="•")
ASCII = Marks(supports="+", refutes="x", context="~")


@attrs.frozen
class Row:
    """One line of the claim table: `kind` is "claim", "evidence" or "none" (a claim with no evidence).

    `claim` is the full id of the claim the row belongs to, so formats that keep every field (CSV) can
    repeat it on evidence rows; `stance` is the evidence's stance, empty on other rows.
    """

    kind: str
    claim: str
    cells: tuple[str, ...]
    stance: str = ""
    url: str = ""


def short_ids(ids: Iterable[str], *, minimum: int = MIN_ID) -> int:
    """The one length at which every id in `ids` is told apart from the others, like git's abbreviation:
    one more than the longest prefix two neighbours share, and never less than `minimum`."""
    ordered = sorted(set(ids))
    needed = minimum
    for before, after in itertools.pairwise(ordered):
        shared = 0
        for a, b in zip(before, after, strict=False):
            if a != b:
                break
            shared += 1
        needed = max(needed, shared + 1)
    return needed


def speaker_label(claim: Claim) -> str:
    """Who said it, with the role when known: "Igor Morgulov, Russian Deputy Foreign Minister"."""
    if claim.speaker is None:
        return "(unattributed)"
    if claim.speaker.role:
        return f"{claim.speaker.name}, {claim.speaker.role}"
    return claim.speaker.name


def outlet_label(claim: Claim) -> str:
    """The outlet the claim came through, else the outlet of its first appearance, else empty."""
    if claim.outlet is not None:
        return claim.outlet.name
    for appearance in claim.appearances:
        if appearance.outlet:
            return appearance.outlet
    return ""


def claim_date(claim: Claim) -> dt.date | None:
    """When the claim was made: `said_on`, else the date of its first appearance (the one marked first,
    else the earliest dated), as the store's date filters read it."""
    if claim.said_on is not None:
        return claim.said_on
    marked = [a.date for a in claim.appearances if a.first and a.date is not None]
    if marked:
        return marked[0]
    dates = [a.date for a in claim.appearances if a.date is not None]
    return min(dates) if dates else None


def status_label(claim: Claim, vocabulary: Vocabulary | None) -> str:
    """The status as a reader sees it ("Mostly true"); the raw name if the vocabulary lacks it."""
    if vocabulary is not None:
        for status in vocabulary.statuses:
            if status.name == claim.status:
                return status.title
    return claim.status


def evidence_text(evidence: Evidence) -> str:
    """What an evidence row says: the excerpt, else the title, else the url."""
    return evidence.excerpt or evidence.title or evidence.url


def evidence_source(evidence: Evidence) -> str:
    """Where the evidence is from: its publisher, else its url."""
    return evidence.publisher or evidence.url


def order(claims: Iterable[Claim]) -> list[Claim]:
    """Claims in reading order: dated ones first by date, then by article and place in the article."""
    return sorted(
        claims,
        key=lambda c: (
            claim_date(c) is None,
            claim_date(c) or dt.date.min,
            c.article,
            c.spans[0][0],
            c.id,
        ),
    )


def claim_rows(
    claims: Sequence[Claim],
    *,
    vocabulary: Vocabulary | None = None,
    marks: Marks = UNICODE,
    id_length: int | None = None,
) -> list[Row]:
    """The rows of the claim table for `claims`, in the order given.

    `id_length` is how much of each id to show; by default the shortest that tells these claims apart
    (pass a length computed over the whole store with `short_ids` so shown ids work as prefixes there).
    """
    length = id_length if id_length is not None else short_ids(c.id for c in claims)
    final = {s.name for s in vocabulary.statuses if s.final} if vocabulary is not None else set()
    rows: list[Row] = []
    for claim in claims:
        said = claim_date(claim)
        rows.append(
            Row(
                kind="claim",
                claim=claim.id,
                cells=(
                    claim.id[:length],
                    claim.text,
                    speaker_label(claim),
                    outlet_label(claim),
                    said.isoformat() if said else "",
                    status_label(claim, vocabulary),
                ),
            )
        )
        if not claim.evidence:
            says = NO_EVIDENCE_CITED if claim.status in final else NO_EVIDENCE
            rows.append(Row(kind="none", claim=claim.id, cells=("", says, "", "", "", "")))
        for item in claim.evidence:
            rows.append(
                Row(
                    kind="evidence",
                    claim=claim.id,
                    cells=(
                        marks.of(item.stance),
                        evidence_text(item),
                        evidence_source(item),
                        "",
                        item.date.isoformat() if item.date else "",
                        "",
                    ),
                    stance=item.stance,
                    url=item.url,
                )
            )
    return rows
