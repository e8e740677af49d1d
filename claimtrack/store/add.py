"""Adding articles: every file a batch of articles needs, worked out in full before any is written.

Within one `Batch`, a claim met again (in another article of the batch, or already in the store) gains an
appearance, its first appearance being the earliest dated one; files the batch has already planned are
read from the plan, not the disk. An appearance's outlet, url and date come from the article's metadata,
else from the section of the article the claim sits in, else (outlet and date only) from the claim itself:
the outlet it last came through, the day it was said (`appearance`). Nothing is written until every
article has been worked out, so a broken file or an id collision anywhere leaves the store as it was.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import attrs

from claimtrack.errors import ClaimtrackError, StoreError
from claimtrack.ids import normalise, text_hash
from claimtrack.model import Appearance, Article, Claim, Section
from claimtrack.serialize import article_to_dict, claim_to_dict
from claimtrack.store.atomic import write_atomic
from claimtrack.store.edit import edit_claim
from claimtrack.store.emit import dump
from claimtrack.store.records import parse_article, parse_claim, read_text, shown
from claimtrack.store.yamlio import TEXT_LIMIT

if TYPE_CHECKING:
    from claimtrack.store.store import Store

_T = TypeVar("_T")


@attrs.frozen
class AddResult:
    """What `Store.add_article` did: which claims it recorded anew and which it found again elsewhere."""

    article: str
    article_added: bool
    claims_added: tuple[str, ...] = ()
    appearances_added: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        """Whether any file was written."""
        return self.article_added or bool(self.claims_added or self.appearances_added)


def _same_claim(a: Claim, b: Claim) -> bool:
    return normalise(a.speaker.name if a.speaker else "") == normalise(
        b.speaker.name if b.speaker else ""
    ) and normalise(a.text) == normalise(b.text)


def _section(article: Article, claim: Claim) -> Section | None:
    start = claim.spans[0][0]
    return next((s for s in article.sections if s.start <= start < s.end), None)


def _known(*values: _T | None) -> _T | None:
    """The first value that is not None."""
    return next((v for v in values if v is not None), None)


def appearance(found: Appearance, article: Article | None, claim: Claim) -> Appearance:
    """`found` with its unknown outlet, url and date filled in from what the store knows.

    In order: the article's own metadata (`--outlet`, `--published`, `--url`); the section of the article
    the claim sits in (an embedded story's outlet and date); and, for the article the claim was found in,
    the outlet it last came through (`via`, else the one the text names) and the day it was said. What
    none of them knows stays null.
    """
    here = claim.article == found.article
    section = _section(article, claim) if article is not None and here else None
    outlet = _known(
        found.outlet,
        article.outlet if article else None,
        section.outlet if section else None,
        (claim.via[-1] if claim.via else claim.outlet.name if claim.outlet else None) if here else None,
    )
    date = _known(
        found.date,
        article.published if article else None,
        section.published if section else None,
        claim.said_on if here else None,
    )
    url = _known(found.url, article.url if article else None)
    return attrs.evolve(found, outlet=outlet, url=url, date=date)


class Batch:
    """Articles being added: the files they need written, worked out in full before any is written."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.pending: dict[Path, str] = {}

    def write(self) -> None:
        """Write every pending file: article texts and records first, so no claim points at nothing."""
        for path in sorted(self.pending, key=lambda p: (p.parent.name != "articles", str(p))):
            write_atomic(path, self.pending[path].encode("utf-8"))

    def _exists(self, path: Path) -> bool:
        return path in self.pending or path.exists()

    def add(self, article: Article) -> AddResult:
        article_added = self._article(article)
        outcomes: dict[str, list[str]] = {"added": [], "appearance": [], "unchanged": []}
        done: set[str] = set()
        for claim in article.claims:
            if claim.id not in done:
                done.add(claim.id)
                here = appearance(Appearance(article.id), article, claim)
                outcomes[self._claim(claim, here)].append(claim.id)
        return AddResult(
            article.id,
            article_added,
            tuple(outcomes["added"]),
            tuple(outcomes["appearance"]),
            tuple(outcomes["unchanged"]),
        )

    def _article(self, a: Article) -> bool:
        record = self.store.articles_dir / f"{a.id}.yaml"
        text_path = self.store.articles_dir / f"{a.id}.txt"
        added = False
        if text_path.exists():
            existing, _ = read_text(text_path, limit=TEXT_LIMIT)
            if text_hash(existing) != a.text_hash:
                raise StoreError(
                    "the recorded text differs from this article's (same id); not overwriting it",
                    path=shown(text_path),
                )
        elif text_path not in self.pending:
            self.pending[text_path] = a.text or ""
            added = True
        if record.exists():
            self.store._read_article(a.id)  # refuses a broken record rather than trusting it
        elif record not in self.pending:
            self.pending[record] = dump(article_to_dict(a), path=shown(record))
            added = True
        return added

    def _claim(self, claim: Claim, here: Appearance) -> str:
        store = self.store
        path = store._claim_path(claim.id)
        if not self._exists(path):
            status = claim.status
            if not claim.history and status == "unverified":
                status = store.vocabulary.default
            new = attrs.evolve(
                claim, status=status, appearances=claim.appearances or (attrs.evolve(here, first=True),)
            )
            self.pending[path] = dump(claim_to_dict(new), path=shown(path))
            return "added"
        if path in self.pending:
            text = self.pending[path]
            old, _ = parse_claim(text, shown(path))
        else:
            old, text = store._read_for_change(path)
        if not _same_claim(old, claim):
            raise StoreError(
                f"claim id {claim.id} is taken by a different claim (an id collision); not merging",
                path=shown(path),
            )
        if here.article == old.article or any(a.article == here.article for a in old.appearances):
            return "unchanged"
        new = attrs.evolve(old, appearances=self._appearances(old, here))
        self.pending[path] = edit_claim(text, shown(path), old, new)
        return "appearance"

    def _source(self, article_id: str) -> Article | None:
        path = self.store.articles_dir / f"{article_id}.yaml"
        try:
            if path in self.pending:
                return parse_article(self.pending[path], shown(path))
            return self.store._read_article(article_id)
        except (ClaimtrackError, OSError):
            return None

    def _appearances(self, old: Claim, here: Appearance) -> tuple[Appearance, ...]:
        known = list(old.appearances) or [Appearance(old.article, first=True)]
        known = [
            a if a.outlet and a.url and a.date else appearance(a, self._source(a.article), old) for a in known
        ]
        every = [*known, here]
        dated = [a for a in every if a.date is not None]
        first = min(dated, key=lambda a: a.date or dt.date.max) if dated else None
        if first is None or any(a.first and a.date == first.date for a in known):
            first = next((a for a in known if a.first), every[0])
        return tuple(attrs.evolve(a, first=a is first) for a in every)
