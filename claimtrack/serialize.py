"""One serialisation of the model to and from plain dicts: JSON output and the YAML store both use it.

Dates are ISO 8601 strings, spans ``[start, end]`` lists, absent values ``None``; records carry
``schema: 1``. Keys come out in one fixed order, the order people read a claim file in. Reading is strict
about types and names the key at fault (``speaker.kind: 'persn' is not one of ...``); keys it does not know
are ignored here (the store keeps them in the file). ``from_dict(to_dict(x)) == x`` for every value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from claimtrack.errors import ModelError, SchemaError
from claimtrack.model import (
    Appearance,
    Article,
    Claim,
    Cue,
    Dateline,
    DateRange,
    Evidence,
    Outlet,
    Section,
    Span,
    Speaker,
    StatusChange,
)
from claimtrack.vocabulary import Status, Vocabulary

SCHEMA = 1
"""The record format version written today; older ones are upgraded on read, newer ones refused."""

T = TypeVar("T")
Record = dict[str, Any]


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _span(value: Span | None) -> list[int] | None:
    return list(value) if value else None


def speaker_to_dict(s: Speaker) -> Record:
    return {"name": s.name, "role": s.role, "kind": s.kind, "span": _span(s.span)}


def claim_to_dict(c: Claim) -> Record:
    """A claim as a plain dict, keys in reading order (what matters to a reviewer first)."""
    return {
        "schema": SCHEMA,
        "id": c.id,
        "status": c.status,
        "text": c.text,
        "speaker": speaker_to_dict(c.speaker) if c.speaker else None,
        "cue": {"text": c.cue.text, "lemma": c.cue.lemma, "span": _span(c.cue.span)} if c.cue else None,
        "outlet": {"name": c.outlet.name, "span": _span(c.outlet.span)} if c.outlet else None,
        "via": list(c.via),
        "quote": c.quote,
        "kind": c.kind,
        "said_on": _date(c.said_on),
        "when": {"from": _date(c.when.start), "to": _date(c.when.end), "text": c.when.text}
        if c.when
        else None,
        "article": c.article,
        "spans": [list(s) for s in c.spans],
        "rule": c.rule,
        "appearances": [appearance_to_dict(a) for a in c.appearances],
        "evidence": [evidence_to_dict(e) for e in c.evidence],
        "history": [change_to_dict(h) for h in c.history],
    }


def appearance_to_dict(a: Appearance) -> Record:
    return {"article": a.article, "outlet": a.outlet, "url": a.url, "date": _date(a.date), "first": a.first}


def evidence_to_dict(e: Evidence) -> Record:
    return {
        "stance": e.stance,
        "url": e.url,
        "title": e.title,
        "publisher": e.publisher,
        "excerpt": e.excerpt,
        "date": _date(e.date),
        "added_by": e.added_by,
    }


def change_to_dict(h: StatusChange) -> Record:
    return {"date": _date(h.date), "from": h.from_, "to": h.to, "by": h.by, "note": h.note}


def dateline_to_dict(d: Dateline) -> Record:
    return {"place": d.place, "outlet": d.outlet, "span": _span(d.span)}


def article_to_dict(a: Article, *, with_text: bool = False) -> Record:
    """An article's metadata as a plain dict; its claims are not included (they are records of their own)."""
    out: Record = {
        "schema": SCHEMA,
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "published": _date(a.published),
        "url": a.url,
        "dateline": dateline_to_dict(a.dateline) if a.dateline else None,
        "sections": [
            {
                "start": s.start,
                "end": s.end,
                "outlet": s.outlet,
                "title": s.title,
                "published": _date(s.published),
                "dateline": dateline_to_dict(s.dateline) if s.dateline else None,
            }
            for s in a.sections
        ],
        "text_hash": a.text_hash,
    }
    if with_text:
        out["text"] = a.text
    return out


class _Reader:
    """Pulls typed fields out of a mapping, naming the key path in every error."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, Mapping):
            raise SchemaError(f"{where or 'record'}: expected a mapping, found {type(data).__name__}")
        self.data = data
        self.where = where

    def _name(self, key: str) -> str:
        if key.startswith("["):
            return f"{self.where}{key}"
        return f"{self.where}.{key}" if self.where else key

    def get(self, key: str, kind: type[T] | tuple[type[Any], ...], *, required: bool = False) -> Any:
        value = self.data.get(key)
        if value is None:
            if required:
                raise SchemaError(f"{self._name(key)}: missing")
            return None
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise SchemaError(f"{self._name(key)}: {value!r} is not {_type_name(kind)}")
        return value

    def text(self, key: str, *, required: bool = False) -> Any:
        return self.get(key, str, required=required)

    def date(self, key: str, *, required: bool = False) -> dt.date | None:
        value = self.data.get(key)
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        raw = self.get(key, str, required=required)
        if raw is None:
            return None
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise SchemaError(f"{self._name(key)}: {raw!r} is not a date (YYYY-MM-DD)") from None

    def span(self, key: str, *, required: bool = False) -> Span | None:
        value = self.get(key, list, required=required)
        if value is None:
            return None
        return _pair(value, self._name(key))

    def spans(self, key: str) -> list[Span]:
        items = self.get(key, list, required=True)
        return [_pair(v, f"{self._name(key)}[{i}]") for i, v in enumerate(items)]

    def strings(self, key: str) -> list[str]:
        items = self.get(key, list) or []
        return [
            _Reader({f"[{i}]": v}, self._name(key)).text(f"[{i}]", required=True) for i, v in enumerate(items)
        ]

    def sub(self, key: str) -> _Reader | None:
        value = self.data.get(key)
        return None if value is None else _Reader(value, self._name(key))

    def items(self, key: str, build: Callable[[_Reader], T]) -> list[T]:
        value = self.get(key, list) or []
        return [build(_Reader(v, f"{self._name(key)}[{i}]")) for i, v in enumerate(value)]

    def build(self, make: Callable[..., T], **fields: Any) -> T:
        try:
            return make(**fields)
        except ModelError as e:
            raise SchemaError(f"{self.where + '.' if self.where else ''}{e.message}") from None


def _pair(value: object, name: str) -> Span:
    if (
        not isinstance(value, list | tuple)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise SchemaError(f"{name}: {value!r} is not a [start, end] pair")
    return (value[0], value[1])


def _type_name(kind: type[Any] | tuple[type[Any], ...]) -> str:
    names = {str: "a string", int: "a whole number", list: "a list", bool: "true or false", dict: "a mapping"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _check_schema(r: _Reader) -> None:
    version = r.get("schema", int)
    if version is not None and version > SCHEMA:
        raise SchemaError(
            f"schema {version} is newer than this claimtrack understands ({SCHEMA}); upgrade claimtrack"
        )


def _speaker(r: _Reader) -> Speaker:
    return r.build(Speaker, name=r.text("name", required=True), role=r.text("role"),
                   kind=r.text("kind") or "person", span=r.span("span"))  # fmt: skip


def _evidence(r: _Reader) -> Evidence:
    return r.build(
        Evidence,
        url=r.text("url", required=True),
        stance=r.text("stance") or "context",
        title=r.text("title"),
        publisher=r.text("publisher"),
        excerpt=r.text("excerpt"),
        date=r.date("date"),
        added_by=r.text("added_by"),
    )


def _change(r: _Reader) -> StatusChange:
    return r.build(StatusChange, date=r.date("date", required=True), from_=r.text("from"),
                   to=r.text("to", required=True), by=r.text("by"), note=r.text("note"))  # fmt: skip


def _appearance(r: _Reader) -> Appearance:
    return r.build(Appearance, article=r.text("article", required=True), outlet=r.text("outlet"),
                   url=r.text("url"), date=r.date("date"), first=bool(r.get("first", bool)))  # fmt: skip


def _dateline(r: _Reader | None) -> Dateline | None:
    if r is None:
        return None
    return r.build(Dateline, place=r.text("place"), outlet=r.text("outlet"), span=r.span("span"))


def claim_from_dict(data: object, where: str = "") -> Claim:
    """A claim from a plain dict as `claim_to_dict` writes it (or a person edits it)."""
    r = _Reader(data, where)
    _check_schema(r)
    cue, outlet, when = r.sub("cue"), r.sub("outlet"), r.sub("when")
    speaker = r.sub("speaker")
    return r.build(
        Claim,
        id=r.text("id", required=True),
        text=r.text("text", required=True),
        spans=r.spans("spans"),
        article=r.text("article", required=True),
        speaker=_speaker(speaker) if speaker else None,
        cue=cue.build(
            Cue,
            text=cue.text("text", required=True),
            lemma=cue.text("lemma") or cue.text("text"),
            span=cue.span("span"),
        )
        if cue
        else None,
        outlet=outlet.build(Outlet, name=outlet.text("name", required=True), span=outlet.span("span"))
        if outlet
        else None,
        via=r.strings("via"),
        quote=r.text("quote") or "none",
        kind=r.text("kind") or "statement",
        said_on=r.date("said_on"),
        when=when.build(
            DateRange,
            start=when.date("from", required=True),
            end=when.date("to", required=True),
            text=when.text("text") or "",
        )
        if when
        else None,
        rule=r.text("rule") or "manual",
        status=r.text("status") or "unverified",
        evidence=r.items("evidence", _evidence),
        history=r.items("history", _change),
        appearances=r.items("appearances", _appearance),
    )


def article_from_dict(data: object, where: str = "", *, text: str | None = None) -> Article:
    """An article's metadata from a plain dict; `text`, if given, is attached as the article's text."""
    r = _Reader(data, where)
    _check_schema(r)
    sections = r.items(
        "sections",
        lambda s: s.build(
            Section,
            start=s.get("start", int, required=True),
            end=s.get("end", int, required=True),
            outlet=s.text("outlet"),
            title=s.text("title"),
            published=s.date("published"),
            dateline=_dateline(s.sub("dateline")),
        ),
    )
    return r.build(
        Article,
        id=r.text("id", required=True),
        text_hash=r.text("text_hash", required=True),
        title=r.text("title"),
        outlet=r.text("outlet"),
        published=r.date("published"),
        url=r.text("url"),
        dateline=_dateline(r.sub("dateline")),
        sections=sections,
        text=text if text is not None else r.text("text"),
    )


def vocabulary_to_dict(v: Vocabulary) -> Record:
    return {
        "default": v.default,
        "best_rating": v.best_rating,
        "worst_rating": v.worst_rating,
        "statuses": [
            {
                "name": s.name,
                "description": s.description,
                "final": s.final,
                "rating": s.rating,
                "label": s.label,
                "kinds": list(s.kinds),
            }
            for s in v.statuses
        ],
    }


def vocabulary_from_dict(data: object, where: str = "") -> Vocabulary:
    r = _Reader(data, where)
    statuses = r.items(
        "statuses",
        lambda s: s.build(
            Status,
            name=s.text("name", required=True),
            description=s.text("description", required=True),
            final=bool(s.get("final", bool)),
            rating=s.get("rating", int),
            label=s.text("label"),
            kinds=s.get("kinds", list) or Status.__attrs_attrs__.kinds.default,
        ),
    )
    return r.build(
        Vocabulary,
        statuses=statuses,
        default=r.text("default") or "unverified",
        best_rating=r.get("best_rating", int) or 5,
        worst_rating=r.get("worst_rating", int) or 1,
    )
