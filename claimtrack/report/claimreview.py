"""schema.org ClaimReview JSON-LD for claims with a final, rated verdict.

A ClaimReview tells search engines and other fact-checkers what was claimed, by whom, where it appeared
and what the verdict was. Only claims whose status is final *and* rated in the vocabulary can say that
honestly; any other claim raises `NotReviewableError` (from `to_claimreview`) or is listed in
`Export.skipped` with the reason (from `export_claimreviews`), never filled in with a made-up rating.
docs/report.md gives the mapping field by field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from claimtrack.errors import UnknownStatusError
from claimtrack.model import Appearance, Claim, StatusChange
from claimtrack.report import rows
from claimtrack.report.errors import NotReviewableError
from claimtrack.vocabulary import Vocabulary

CONTEXT = "https://schema.org"

Json = dict[str, Any]


@attrs.frozen
class Export:
    """What `export_claimreviews` made: the reviews, and each claim left out with the reason."""

    reviews: tuple[Json, ...]
    skipped: tuple[tuple[str, str], ...]


def _verdict(claim: Claim) -> StatusChange | None:
    """The history entry that gave the claim its present status, if the history has one."""
    for change in reversed(claim.history):
        if change.to == claim.status:
            return change
    return None


def _author(claim: Claim) -> Json | None:
    """Who made the claim, as a schema.org Person or Organization.

    A person is a Person (role as jobTitle); a body, government or outlet an Organization (role as
    description). A claim with no speaker but an outlet was asserted by that outlet. Documents and
    anonymous sources are not authors schema.org can name: none is given.
    """
    speaker = claim.speaker
    if speaker is None:
        outlet = rows.outlet_label(claim)
        return {"@type": "Organization", "name": outlet} if outlet else None
    if speaker.kind == "person":
        person: Json = {"@type": "Person", "name": speaker.name}
        if speaker.role:
            person["jobTitle"] = speaker.role
        return person
    if speaker.kind in ("organisation", "outlet"):
        body: Json = {"@type": "Organization", "name": speaker.name}
        if speaker.role:
            body["description"] = speaker.role
        return body
    return None


def _work(appearance: Appearance) -> Json:
    """One appearance of the claim as a schema.org CreativeWork."""
    work: Json = {"@type": "CreativeWork"}
    if appearance.url:
        work["url"] = appearance.url
    if appearance.outlet:
        work["publisher"] = {"@type": "Organization", "name": appearance.outlet}
    if appearance.date:
        work["datePublished"] = appearance.date.isoformat()
    return work


def _first(claim: Claim) -> Appearance | None:
    marked = [a for a in claim.appearances if a.first]
    if marked:
        return marked[0]
    dated = sorted((a for a in claim.appearances if a.date), key=lambda a: a.date or dt.date.min)
    if dated:
        return dated[0]
    return claim.appearances[0] if claim.appearances else None


def review_url(template: str, claim_id: str) -> str:
    """The review page's url: `template` with ``{id}`` replaced by the claim's id."""
    return template.replace("{id}", claim_id)


def to_claimreview(
    claim: Claim,
    vocabulary: Vocabulary,
    *,
    review_author: str | None = None,
    review_date: dt.date | None = None,
    url: str | None = None,
) -> Json:
    """The ClaimReview of one claim, as a JSON-ready dict.

    `url` is the page where the review is published (``{id}`` in it becomes the claim's id); schema.org
    consumers require it, so without it the claim is not reviewable. `review_author` is the
    organisation publishing the review; by default, whoever set the verdict (the history's `by`).
    `review_date` defaults to the date of the verdict. Raises `NotReviewableError` when the status is
    not final, has no rating, or there is no url.
    """
    try:
        status = vocabulary.get(claim.status)
    except UnknownStatusError:
        raise NotReviewableError(claim.id, f"status '{claim.status}' is not in the vocabulary") from None
    if not status.final:
        raise NotReviewableError(claim.id, f"status '{status.name}' is not a final verdict")
    if status.rating is None:
        raise NotReviewableError(claim.id, f"status '{status.name}' has no rating in the vocabulary")
    if not url:
        raise NotReviewableError(claim.id, "no url for the review page (give one, with {id} for the id)")
    verdict = _verdict(claim)
    item: Json = {"@type": "Claim"}
    author = _author(claim)
    if author is not None:
        item["author"] = author
    said = rows.claim_date(claim)
    if said is not None:
        item["datePublished"] = said.isoformat()
    known = [a for a in claim.appearances if a.url or a.outlet or a.date]  # an empty work says nothing
    if known:
        item["appearance"] = [_work(a) for a in known]
        first = _first(claim)
        if first is not None and first in known:
            item["firstAppearance"] = _work(first)
    review: Json = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": review_url(url, claim.id),
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": status.rating,
            "bestRating": vocabulary.best_rating,
            "worstRating": vocabulary.worst_rating,
            "alternateName": status.title,
        },
    }
    if review_author:
        review["author"] = {"@type": "Organization", "name": review_author}
    elif verdict is not None and verdict.by:
        review["author"] = {"@type": "Person", "name": verdict.by}
    if verdict is not None and verdict.note:
        review["reviewBody"] = verdict.note
    published = review_date or (verdict.date if verdict is not None else None)
    if published is not None:
        review["datePublished"] = published.isoformat()
    return review


def export_claimreviews(
    claims: Iterable[Claim],
    vocabulary: Vocabulary,
    *,
    review_author: str | None = None,
    review_date: dt.date | None = None,
    url: str | None = None,
) -> Export:
    """ClaimReviews for every claim that can have one, in reading order, and the rest with reasons."""
    reviews: list[Json] = []
    skipped: list[tuple[str, str]] = []
    for claim in rows.order(claims):
        try:
            reviews.append(
                to_claimreview(
                    claim, vocabulary, review_author=review_author, review_date=review_date, url=url
                )
            )
        except NotReviewableError as e:
            skipped.append((e.claim, e.reason))
    return Export(reviews=tuple(reviews), skipped=tuple(skipped))
