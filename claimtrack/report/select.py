"""Choosing the claims a report covers: the filters of ``claimtrack report`` and ``export``, as one value.

Every filter given must hold (they combine with "and"); several statuses combine with "or". Text filters
(speaker, outlet, text) match a part of the field, ignoring case. Statuses are checked against the
vocabulary, so a typo fails with a suggestion instead of silently matching nothing; an article or claim
id prefix must match exactly one id, as git's do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from claimtrack.ids import resolve_prefix
from claimtrack.model import Claim
from claimtrack.report import rows
from claimtrack.vocabulary import Vocabulary


@attrs.frozen
class Filters:
    """What a report is about. Empty fields do not filter.

    `final` is True for final statuses only, False for open (not final) ones, None for both. `since`
    and `until` bound the date the claim was made, inclusive; a claim with no date is then left out.
    `article` and `claims` are id prefixes.
    """

    statuses: tuple[str, ...] = ()
    final: bool | None = None
    speaker: str | None = None
    outlet: str | None = None
    kind: str | None = None
    article: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None
    claims: tuple[str, ...] = ()


def _has(needle: str | None, *haystacks: str | None) -> bool:
    if not needle:
        return True
    wanted = needle.casefold()
    return any(h is not None and wanted in h.casefold() for h in haystacks)


def select(
    claims: Iterable[Claim], filters: Filters, vocabulary: Vocabulary, *, articles: Iterable[str] = ()
) -> list[Claim]:
    """The claims that pass every filter, in the order given. `articles` are the store's article ids
    (an article prefix is resolved among them and the claims' own).

    Raises `UnknownStatusError` for a status the vocabulary lacks and `IdError` for an article or claim
    prefix that matches no id or several.
    """
    pool: Sequence[Claim] = list(claims)
    wanted = {vocabulary.get(name).name for name in filters.statuses}
    final = {s.name for s in vocabulary.statuses if s.final}
    article = None
    if filters.article:
        article = resolve_prefix(filters.article, {*articles, *(c.article for c in pool)}, what="article")
    chosen = None
    if filters.claims:
        ids = [c.id for c in pool]
        chosen = {resolve_prefix(p, ids) for p in filters.claims}
    out = []
    for claim in pool:
        said = rows.claim_date(claim)
        if (
            (wanted and claim.status not in wanted)
            or (filters.final is not None and (claim.status in final) != filters.final)
            or (filters.kind and claim.kind != filters.kind)
            or (article and claim.article != article)
            or (chosen is not None and claim.id not in chosen)
            or (filters.since and (said is None or said < filters.since))
            or (filters.until and (said is None or said > filters.until))
            or not _has(filters.speaker, claim.speaker.name if claim.speaker else None)
            or not _has(filters.outlet, rows.outlet_label(claim), *(a.outlet for a in claim.appearances))
            or not _has(filters.text, claim.text)
        ):
            continue
        out.append(claim)
    return out
