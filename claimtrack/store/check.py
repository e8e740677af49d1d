"""``claimtrack check``: every problem in a store, each as ``path:line: message``, in one run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs

from claimtrack.errors import ClaimtrackError, ConflictMarkerError
from claimtrack.ids import text_hash
from claimtrack.model import Claim, join_spans
from claimtrack.store.config import CONFIG, read_config
from claimtrack.store.records import parse_article, parse_claim, read_text, shown
from claimtrack.store.yamlio import TEXT_LIMIT, conflict_lines, locate
from claimtrack.vocabulary import DEFAULT_VOCABULARY, Vocabulary


@attrs.frozen(order=True)
class Problem:
    """One thing wrong in a store file."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


def _from_error(e: ClaimtrackError, where: str) -> Problem:
    return Problem(e.path or where, e.line, e.message)


class _Checker:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self.texts: dict[str, str | None] = {}  # article id -> text (None: unreadable)
        self.claim_files: dict[str, str] = {}  # claim id -> first file holding it

    def add(self, where: str, line: int | None, message: str) -> None:
        self.problems.append(Problem(where, line, message))

    def _read(self, path: Path, *, limit: int | None = None) -> str | None:
        where = shown(path)
        try:
            text, _ = read_text(path, limit=limit) if limit else read_text(path)
        except ClaimtrackError as e:
            self.problems.append(_from_error(e, where))
            return None
        except OSError as e:
            self.add(where, None, f"cannot read: {e.strerror}")
            return None
        marks = conflict_lines(text)
        for line, marker in marks:
            self.add(where, line, f"git merge conflict marker '{marker}' left in the file")
        return None if marks else text

    def vocabulary(self) -> Vocabulary:
        try:
            return read_config(self.root)
        except ConflictMarkerError:
            self._read(self.root / CONFIG)
        except ClaimtrackError as e:
            self.problems.append(_from_error(e, shown(self.root / CONFIG)))
        return DEFAULT_VOCABULARY

    def article(self, path: Path) -> None:
        where = shown(path)
        text = self._read(path)
        if text is None:
            self.texts[path.stem] = None
            return
        try:
            article = parse_article(text, where)
        except ClaimtrackError as e:
            self.problems.append(_from_error(e, where))
            self.texts[path.stem] = None
            return
        if article.id != path.stem:
            self.add(where, locate(text, "id"), f"id '{article.id}' does not match the file name")
        text_path = path.with_suffix(".txt")
        if not text_path.exists():
            self.add(where, locate(text, "text_hash"), f"the article's text file {text_path.name} is missing")
            self.texts[path.stem] = None
            return
        body = self._read(text_path, limit=TEXT_LIMIT)
        if body is not None and text_hash(body) != article.text_hash:
            self.add(where, locate(text, "text_hash"), f"text_hash does not match {text_path.name}")
            body = None
        self.texts[path.stem] = body

    def claim(self, path: Path, vocabulary: Vocabulary) -> None:
        where = shown(path)
        text = self._read(path)
        if text is None:
            return
        try:
            claim, _ = parse_claim(text, where)
        except ClaimtrackError as e:
            self.problems.append(_from_error(e, where))
            return
        if claim.id != path.stem:
            self.add(where, locate(text, "id"), f"id '{claim.id}' does not match the file name")
        if claim.id in self.claim_files:
            self.add(
                where, locate(text, "id"), f"duplicate id '{claim.id}', also in {self.claim_files[claim.id]}"
            )
        else:
            self.claim_files[claim.id] = where
        self._status(claim, text, where, vocabulary)
        self._references(claim, text, where)

    def _status(self, claim: Claim, text: str, where: str, vocabulary: Vocabulary) -> None:
        line = locate(text, "status")
        if claim.status not in vocabulary.names:
            suggestion = vocabulary.suggest(claim.status)
            hint = f" (did you mean '{suggestion}'?)" if suggestion else ""
            self.add(where, line, f"unknown status '{claim.status}'{hint}")
        elif claim.kind not in vocabulary.get(claim.status).kinds:
            self.add(where, line, f"status '{claim.status}' does not apply to a {claim.kind}")

    def _references(self, claim: Claim, text: str, where: str) -> None:
        refs: list[tuple[str, str]] = [("article", claim.article)]
        refs += [(f"appearances[{i}].article", a.article) for i, a in enumerate(claim.appearances)]
        for keypath, article_id in refs:
            if article_id not in self.texts:
                self.add(where, locate(text, keypath), f"{keypath} '{article_id}' is not in articles/")
        source = self.texts.get(claim.article)
        if source is None:
            return
        if claim.spans[-1][1] > len(source):
            self.add(where, locate(text, "spans"), f"spans run past the end of the article ({len(source)})")
        elif join_spans(source, claim.spans) != claim.text:
            got: Any = join_spans(source, claim.spans)
            shown_text = got if len(got) <= 60 else got[:57] + "..."
            self.add(
                where,
                locate(text, "spans"),
                f"spans do not slice to the claim's text (they give {shown_text!r})",
            )


def check_store(root: Path) -> list[Problem]:
    """Every problem found in the store at `root`, ordered by file and line."""
    checker = _Checker(root)
    vocabulary = checker.vocabulary()
    for path in sorted((root / "articles").glob("*.yaml")):
        if not path.name.startswith("."):
            checker.article(path)
    for path in sorted((root / "claims").glob("*.yaml")):
        if not path.name.startswith("."):
            checker.claim(path, vocabulary)
    return sorted(checker.problems, key=lambda p: (p.path, p.line or 0, p.message))
