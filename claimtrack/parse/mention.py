"""What a speaker phrase names, as found: `Mention` (a name as written, its kind, role and span), before
`Cast` resolves it to the name the article means."""

from __future__ import annotations

import attrs

Span = tuple[int, int]


@attrs.frozen
class Mention:
    """A speaker phrase as found: `name` as written (before resolution), its kind, role and span."""

    name: str
    kind: str
    role: str | None
    span: tuple[int, int]
    pronoun: bool = False
