"""The claim store: a folder of YAML records that people and claimtrack both edit.

Layout (docs/store.md)::

    claimtrack.yaml          schema version and status vocabulary
    articles/a-XXXX.yaml     an article's metadata and text hash
    articles/a-XXXX.txt      the article's text, exactly, so claim offsets stay checkable
    claims/c-XXXX.yaml       one claim: status, evidence, history, appearances

Every write holds the store's lock, reads the files it changes afresh, refuses a file a person has
broken, changes only the text that must change (`claimtrack.store.edit`) and replaces files atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import attrs

from claimtrack.errors import ClaimtrackError, StoreError
from claimtrack.ids import resolve_prefix, text_hash
from claimtrack.model import Article, Claim, Evidence, StatusChange
from claimtrack.store.add import AddResult, Batch
from claimtrack.store.atomic import write_atomic
from claimtrack.store.cache import CACHE_DIR, ClaimCache, stat_key
from claimtrack.store.config import CONFIG, config_text, read_config
from claimtrack.store.edit import edit_claim
from claimtrack.store.lock import LOCK_NAME, locked
from claimtrack.store.query import Query
from claimtrack.store.records import parse_article, read_claim, read_text, shown
from claimtrack.store.yamlio import TEXT_LIMIT, locate
from claimtrack.vocabulary import DEFAULT_VOCABULARY, Vocabulary

ENV = "CLAIMTRACK_STORE"


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector (restoring its state after)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def find_root(path: str | Path | None = None) -> Path:
    """The store folder: `path` itself; else ``$CLAIMTRACK_STORE``; else the nearest one above the cwd."""
    if path is None and os.environ.get(ENV):
        path = os.environ[ENV]
    if path is not None:
        root = Path(path)
        if not (root / CONFIG).is_file():
            raise StoreError(
                f"not a claimtrack store (no {CONFIG}); create one with `claimtrack init`", path=root
            )
        return root
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG).is_file():
            return folder
    raise StoreError(
        f"no claimtrack store here or in any folder above (no {CONFIG}); "
        f"use --store PATH, set {ENV}, or create one with `claimtrack init`"
    )


class Store:
    """A claim store on disk. Open one with `Store.open`, create one with `Store.init`."""

    def __init__(self, root: Path, vocabulary: Vocabulary) -> None:
        self.root = root
        self.vocabulary = vocabulary

    def __repr__(self) -> str:
        return f"Store({str(self.root)!r})"

    # ------------------------------------------------------------------------------------ opening

    @classmethod
    def init(cls, path: str | Path, *, vocabulary: Vocabulary = DEFAULT_VOCABULARY) -> Store:
        """Create a store in `path` (made if missing): configuration, folders, a .gitignore for the cache."""
        root = Path(path)
        if (root / CONFIG).exists():
            raise StoreError("already a claimtrack store", path=root / CONFIG)
        for folder in (root, root / "articles", root / "claims"):
            folder.mkdir(parents=True, exist_ok=True)
        ignore = root / ".gitignore"
        lines = ignore.read_text(encoding="utf-8").splitlines() if ignore.exists() else []
        wanted = [f"{CACHE_DIR}/", LOCK_NAME]
        if any(w not in lines for w in wanted):
            lines += ["# claimtrack: the repeated-open cache and the write lock", *wanted]
            write_atomic(ignore, ("\n".join(lines) + "\n").encode())
        write_atomic(root / CONFIG, config_text(vocabulary).encode())
        return cls.open(root)

    @classmethod
    def open(cls, path: str | Path | None = None) -> Store:
        """The store at `path`; with no path, ``$CLAIMTRACK_STORE`` or the nearest store above the cwd."""
        root = find_root(path)
        return cls(root, read_config(root))

    # ------------------------------------------------------------------------------------ reading

    @property
    def claims_dir(self) -> Path:
        return self.root / "claims"

    @property
    def articles_dir(self) -> Path:
        return self.root / "articles"

    def _claim_names(self) -> list[str]:
        try:
            return sorted(
                e.name for e in os.scandir(self.claims_dir) if e.name.endswith(".yaml") and e.name[0] != "."
            )
        except FileNotFoundError:
            return []

    def _load_all(self) -> list[Claim]:
        with _no_gc():  # only acyclic values are made here: collecting while they pile up is wasted work
            cache = ClaimCache.load(self.root)
            now = time.time_ns()
            claims: list[Claim] = []
            names: set[str] = set()
            try:
                entries = list(os.scandir(self.claims_dir))
            except FileNotFoundError:
                entries = []
            for entry in entries:
                name = entry.name
                if not name.endswith(".yaml") or name[0] == ".":
                    continue
                names.add(name)
                claim = cache.get(name, stat_key(entry.stat()))
                if claim is None:
                    claim, _, key = read_claim(Path(entry.path))
                    cache.put(name, key, claim, now_ns=now)
                claims.append(claim)
            cache.keep_only(names)
            cache.save()
        return claims

    def claims(
        self,
        *,
        status: str | Iterable[str] | None = None,
        speaker: str | None = None,
        outlet: str | None = None,
        kind: str | None = None,
        article: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        text: str | None = None,
    ) -> list[Claim]:
        """The claims matching every filter given, ordered by article and position in it.

        `speaker`, `outlet` and `text` match case-insensitive parts of names and text; `status` one name
        or several; `article` an article id or prefix the claim appears in; `since`/`until` the date it
        was said (or, failing that, first published), inclusive.
        """
        article_id = resolve_prefix(article, self._article_ids(), what="article") if article else None
        query = Query(status, speaker, outlet, kind, article_id, since, until, text)
        found = [c for c in self._load_all() if query.matches(c)]
        return sorted(found, key=lambda c: (c.article, c.spans[0], c.id))

    def resolve(self, claim_id_or_prefix: str) -> str:
        """The full id of the one claim whose id starts with the prefix given."""
        return resolve_prefix(claim_id_or_prefix, (n[:-5] for n in self._claim_names()))

    def get(self, claim_id_or_prefix: str) -> Claim:
        """One claim, by id or unique id prefix."""
        return read_claim(self._claim_path(self.resolve(claim_id_or_prefix)))[0]

    def _claim_path(self, claim_id: str) -> Path:
        return self.claims_dir / f"{claim_id}.yaml"

    def _article_ids(self) -> list[str]:
        try:
            return sorted(p.stem for p in self.articles_dir.glob("*.yaml") if not p.name.startswith("."))
        except FileNotFoundError:
            return []

    def articles(self) -> list[Article]:
        """Every article's metadata (without its text, which `article` loads), ordered by id."""
        return [self._read_article(i) for i in self._article_ids()]

    def article(self, id_or_prefix: str) -> Article:
        """One article by id or unique prefix, with its text."""
        article_id = resolve_prefix(id_or_prefix, self._article_ids(), what="article")
        record = self._read_article(article_id)
        path = self.articles_dir / f"{article_id}.txt"
        try:
            text, _ = read_text(path, limit=TEXT_LIMIT)
        except FileNotFoundError:
            raise StoreError("the article's text file is missing", path=shown(path)) from None
        return attrs.evolve(record, text=text)

    def _read_article(self, article_id: str) -> Article:
        path = self.articles_dir / f"{article_id}.yaml"
        text, _ = read_text(path)
        return parse_article(text, shown(path))

    # ------------------------------------------------------------------------------------ writing

    def _read_for_change(self, path: Path) -> tuple[Claim, str]:
        """A claim file about to be changed, refused when a person left it broken."""
        text = ""
        try:
            claim, text, _ = read_claim(path)
            self.vocabulary.get(claim.status)
        except FileNotFoundError:
            raise StoreError("no such claim file", path=shown(path)) from None
        except ClaimtrackError as e:
            line = e.line if e.line is not None else locate(text, "status") if text else None
            raise StoreError(
                f"{e.message}; not changing the file (fix it by hand, then run `claimtrack check`)",
                path=e.path or shown(path),
                line=line,
            ) from None
        return claim, text

    def _update(self, claim_id_or_prefix: str, make: Callable[[Claim], Claim]) -> Claim:
        with locked(self.root):
            path = self._claim_path(self.resolve(claim_id_or_prefix))
            old, text = self._read_for_change(path)
            new = make(old)
            out = edit_claim(text, shown(path), old, new)
            if out != text:
                write_atomic(path, out.encode("utf-8"))
            return new

    def set_status(
        self,
        claim_id: str,
        status: str,
        *,
        by: str | None = None,
        note: str | None = None,
        date: dt.date | None = None,
    ) -> Claim:
        """Move a claim to `status` (one of the vocabulary's), recording the change in its history."""
        wanted = self.vocabulary.get(status)

        def make(old: Claim) -> Claim:
            if old.kind not in wanted.kinds:
                raise StoreError(
                    f"status '{status}' is for {', '.join(wanted.kinds)} claims; {old.id} is a {old.kind}"
                )
            step = StatusChange(date=date or dt.date.today(), from_=old.status, to=status, by=by, note=note)
            return attrs.evolve(old, status=status, history=(*old.history, step))

        return self._update(claim_id, make)

    def add_evidence(self, claim_id: str, evidence: Evidence) -> Claim:
        """Add an evidence item to a claim."""
        return self._update(claim_id, lambda old: attrs.evolve(old, evidence=(*old.evidence, evidence)))

    def add_article(self, article: Article) -> AddResult:
        """Record an article (metadata, and its text beside it) and the claims found in it.

        A claim already in the store (same speaker, same content) gains an appearance instead of a second
        file; adding an article that is already recorded writes nothing.
        """
        return self.add_articles([article])[0]

    def add_articles(self, articles: Iterable[Article]) -> list[AddResult]:
        """Record several articles as one change: every file is worked out before the first is written."""
        articles = list(articles)
        for article in articles:
            if article.text is None:
                raise StoreError(f"article {article.id} has no text to record")
            if text_hash(article.text) != article.text_hash:
                raise StoreError(f"article {article.id}: its text does not match its text_hash")
        with locked(self.root):
            batch = Batch(self)
            results = [batch.add(article) for article in articles]
            batch.write()
            return results
