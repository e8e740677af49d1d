"""The data model every part of claimtrack speaks: frozen value types, validated, with no I/O.

The parser builds these values, the store saves and loads them (through `claimtrack.serialize`), the
reporter reads them. Change a value with `attrs.evolve`; nothing here mutates. docs/data-model.md
describes every field as it appears in the YAML records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from claimtrack.errors import ModelError

Span = tuple[int, int]

QUOTES = ("direct", "indirect", "mixed", "none")
"""How the claim reached the page: inside quotation marks, reported speech, both, or asserted unquoted."""

CLAIM_KINDS = ("statement", "prediction", "promise", "opinion")
"""What sort of claim it is; decides which statuses make sense (a promise is kept or broken)."""

SPEAKER_KINDS = ("person", "organisation", "outlet", "document", "anonymous")
"""Who is credited: a named person, a body or government, a news outlet, a text, or unnamed sources."""

STANCES = ("supports", "refutes", "context")
"""What an evidence item does to the claim."""


def _fail(obj_field: attrs.Attribute[Any], value: object, why: str) -> ModelError:
    return ModelError(f"{obj_field.name}: {value!r} {why}")


def one_of(choices: Sequence[str]) -> Callable[[Any, attrs.Attribute[Any], str], None]:
    """Validator: the value is one of `choices`; the message lists them."""

    def check(_: Any, field: attrs.Attribute[Any], value: str) -> None:
        if value not in choices:
            raise _fail(field, value, f"is not one of {', '.join(choices)}")

    return check


def nonempty(_: Any, field: attrs.Attribute[Any], value: object) -> None:
    """Validator: a non-empty string."""
    if not isinstance(value, str) or not value or value.isspace():  # `not value.strip()`, with no copy
        raise _fail(field, value, "must be a non-empty string")


def optional_text(_: Any, field: attrs.Attribute[Any], value: object) -> None:
    """Validator: None or a string."""
    if value is not None and not isinstance(value, str):
        raise _fail(field, value, "must be a string or null")


def optional_date(_: Any, field: attrs.Attribute[Any], value: object) -> None:
    """Validator: None or a date (not a datetime: claims are dated to the day)."""
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        raise _fail(field, value, "must be a date (YYYY-MM-DD) or null")


def span(_: Any, field: attrs.Attribute[Any], value: object) -> None:
    """Validator: a (start, end) pair of offsets with 0 <= start <= end."""
    if not _is_span(value):
        raise _fail(field, value, "must be a [start, end] pair of offsets with 0 <= start <= end")


def optional_span(obj: Any, field: attrs.Attribute[Any], value: object) -> None:
    """Validator: None or a span."""
    if value is not None:
        span(obj, field, value)


def _is_span(value: object) -> bool:
    if not isinstance(value, tuple) or len(value) != 2:
        return False
    start, end = value  # offsets are ints, never bools (written out: this runs for every claim parsed)
    return (
        (type(start) is int or (isinstance(start, int) and not isinstance(start, bool)))
        and (type(end) is int or (isinstance(end, int) and not isinstance(end, bool)))
        and 0 <= start <= end
    )


def spans(_: Any, field: attrs.Attribute[Any], value: object) -> None:
    """Validator: one or more non-empty spans, in order, not overlapping."""
    if not isinstance(value, tuple) or not value:
        raise _fail(field, value, "must be one or more [start, end] pairs")
    for v in value:
        if not _is_span(v):
            raise _fail(field, value, "must be one or more [start, end] pairs")
    previous_end = 0
    for start, end in value:
        if start >= end or start < previous_end:
            raise _fail(field, value, "must be non-empty and in order without overlap")
        previous_end = end


def of_type(kind: type[Any] | tuple[type[Any], ...]) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """Validator: a tuple whose items are all of `kind`."""

    def check(_: Any, field: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise _fail(field, value, "has an item of the wrong type")
        for v in value:
            if not isinstance(v, kind):
                raise _fail(field, value, "has an item of the wrong type")

    return check


def to_tuple(value: Sequence[Any]) -> tuple[Any, ...]:
    """Converter: lists become tuples, so values stay hashable and frozen."""
    return tuple(value)


def to_span(value: Sequence[int] | None) -> Span | None:
    """Converter: [start, end] lists (as read from JSON or YAML) become tuples."""
    if isinstance(value, list | tuple) and len(value) == 2:
        return (value[0], value[1])
    return value  # type: ignore[return-value]  # left for the validator to reject


def to_spans(value: Sequence[Sequence[int]]) -> tuple[Span, ...]:
    """Converter: a list of [start, end] lists becomes a tuple of span tuples."""
    if type(value) is tuple:
        for v in value:
            if type(v) is not tuple or len(v) != 2:
                break
        else:
            return value  # already span tuples (what the parser passes): nothing to convert
    return tuple(to_span(v) for v in value)  # type: ignore[misc]


def join_spans(source: str, content: Sequence[Span]) -> str:
    """The claim text its spans give: the pieces of `source`, joined by one space."""
    return " ".join(source[start:end] for start, end in content)


@attrs.frozen
class Speaker:
    """Who is credited with a claim. `name` is canonical ("Igor Morgulov"); `span` is this mention."""

    name: str = attrs.field(validator=nonempty)
    kind: str = attrs.field(default="person", validator=one_of(SPEAKER_KINDS))
    role: str | None = attrs.field(default=None, validator=optional_text)
    span: Span | None = attrs.field(default=None, converter=to_span, validator=optional_span)


@attrs.frozen
class Cue:
    """The words that attribute the claim ("said", "according to"), with their dictionary form."""

    text: str = attrs.field(validator=nonempty)
    lemma: str = attrs.field(validator=nonempty)
    span: Span | None = attrs.field(default=None, converter=to_span, validator=optional_span)


@attrs.frozen
class Outlet:
    """The medium a claim came through ("told RIA Novosti"); `span` is None when not named there."""

    name: str = attrs.field(validator=nonempty)
    span: Span | None = attrs.field(default=None, converter=to_span, validator=optional_span)


@attrs.frozen
class DateRange:
    """An event date range, inclusive, and the words it was read from ("in mid-April")."""

    start: dt.date = attrs.field(validator=optional_date)
    end: dt.date = attrs.field(validator=optional_date)
    text: str = attrs.field(default="", validator=optional_text)

    def __attrs_post_init__(self) -> None:
        if self.start is None or self.end is None or self.start > self.end:
            raise ModelError(f"when: {self.start} .. {self.end} is not a date range (from <= to)")


@attrs.frozen
class Evidence:
    """A source a fact-checker cites for or against a claim."""

    url: str = attrs.field(validator=nonempty)
    stance: str = attrs.field(default="context", validator=one_of(STANCES))
    title: str | None = attrs.field(default=None, validator=optional_text)
    publisher: str | None = attrs.field(default=None, validator=optional_text)
    excerpt: str | None = attrs.field(default=None, validator=optional_text)
    date: dt.date | None = attrs.field(default=None, validator=optional_date)
    added_by: str | None = attrs.field(default=None, validator=optional_text)


@attrs.frozen
class StatusChange:
    """One step in a claim's history: who moved it from which status to which, when and why."""

    date: dt.date = attrs.field(validator=optional_date)
    to: str = attrs.field(validator=nonempty)
    from_: str | None = attrs.field(default=None, validator=optional_text)
    by: str | None = attrs.field(default=None, validator=optional_text)
    note: str | None = attrs.field(default=None, validator=optional_text)

    def __attrs_post_init__(self) -> None:
        if self.date is None:
            raise ModelError("date: a status change needs a date")


@attrs.frozen
class Appearance:
    """One place a claim was published: the article, its outlet, url and date."""

    article: str = attrs.field(validator=nonempty)
    outlet: str | None = attrs.field(default=None, validator=optional_text)
    url: str | None = attrs.field(default=None, validator=optional_text)
    date: dt.date | None = attrs.field(default=None, validator=optional_date)
    first: bool = False


@attrs.frozen
class Claim:
    """An attributed (or unattributed but checkable) claim found in an article, and its record."""

    id: str = attrs.field(validator=nonempty)
    text: str = attrs.field(validator=nonempty)
    spans: tuple[Span, ...] = attrs.field(converter=to_spans, validator=spans)
    article: str = attrs.field(validator=nonempty)
    speaker: Speaker | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Speaker))
    )
    cue: Cue | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Cue))
    )
    outlet: Outlet | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Outlet))
    )
    via: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=of_type(str))
    quote: str = attrs.field(default="none", validator=one_of(QUOTES))
    kind: str = attrs.field(default="statement", validator=one_of(CLAIM_KINDS))
    said_on: dt.date | None = attrs.field(default=None, validator=optional_date)
    when: DateRange | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(DateRange))
    )
    rule: str = attrs.field(default="manual", validator=nonempty)
    status: str = attrs.field(default="unverified", validator=nonempty)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=to_tuple, validator=of_type(Evidence))
    history: tuple[StatusChange, ...] = attrs.field(
        default=(), converter=to_tuple, validator=of_type(StatusChange)
    )
    appearances: tuple[Appearance, ...] = attrs.field(
        default=(), converter=to_tuple, validator=of_type(Appearance)
    )


@attrs.frozen
class Dateline:
    """The place and outlet a story opens with: "MOSCOW (Sputnik) –"."""

    place: str | None = attrs.field(default=None, validator=optional_text)
    outlet: str | None = attrs.field(default=None, validator=optional_text)
    span: Span | None = attrs.field(default=None, converter=to_span, validator=optional_span)


@attrs.frozen
class Section:
    """A stretch of an article with its own source: an embedded story ("Source: Sputnik") or the
    sentences a publication is credited with ("The Japan Times wrote about ...")."""

    start: int
    end: int
    outlet: str | None = attrs.field(default=None, validator=optional_text)
    title: str | None = attrs.field(default=None, validator=optional_text)
    published: dt.date | None = attrs.field(default=None, validator=optional_date)
    dateline: Dateline | None = None

    def __attrs_post_init__(self) -> None:
        if not _is_span((self.start, self.end)):
            raise ModelError(f"section: {self.start}..{self.end} is not a range of offsets")


@attrs.frozen
class Article:
    """A parsed article: its metadata, the sections it is made of, and the claims found in it.

    `text` is the text the offsets index; the store keeps it beside the record and checks it against
    `text_hash` (sha256 of the UTF-8 text) so a changed text cannot silently shift every offset.
    """

    id: str = attrs.field(validator=nonempty)
    text_hash: str = attrs.field(validator=nonempty)
    title: str | None = attrs.field(default=None, validator=optional_text)
    outlet: str | None = attrs.field(default=None, validator=optional_text)
    published: dt.date | None = attrs.field(default=None, validator=optional_date)
    url: str | None = attrs.field(default=None, validator=optional_text)
    dateline: Dateline | None = None
    sections: tuple[Section, ...] = attrs.field(default=(), converter=to_tuple, validator=of_type(Section))
    text: str | None = attrs.field(default=None, repr=False, validator=optional_text)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=to_tuple, validator=of_type(Claim))
