"""The status vocabulary: the words a desk uses for where a claim stands, and what each means.

A store keeps its own vocabulary in ``claimtrack.yaml`` (written from `DEFAULT_VOCABULARY` by
``claimtrack init``), so a newsroom can rename, add or drop statuses. A status is *final* when it is a
verdict or outcome rather than a step in the work; a final status with a `rating` can be exported as a
schema.org ClaimReview (1 = worst, `Vocabulary.best_rating` = best).
"""

from __future__ import annotations

import difflib
from typing import Any

import attrs

from claimtrack.errors import ModelError, UnknownStatusError
from claimtrack.model import CLAIM_KINDS, nonempty, of_type, one_of, optional_text, to_tuple


def _slug(_: Any, field: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value or not all(c.isalnum() or c in "-_" for c in value):
        raise ModelError(f"{field.name}: {value!r} must be a word of letters, digits, '-' or '_'")


@attrs.frozen
class Status:
    """One status: its name (as written in claim files), what it means, whether it is a verdict."""

    name: str = attrs.field(validator=_slug)
    description: str = attrs.field(validator=nonempty)
    final: bool = False
    rating: int | None = None
    label: str | None = attrs.field(default=None, validator=optional_text)
    kinds: tuple[str, ...] = attrs.field(
        default=CLAIM_KINDS, converter=to_tuple, validator=attrs.validators.deep_iterable(one_of(CLAIM_KINDS))
    )

    @property
    def title(self) -> str:
        """The name as a reader sees it: "Mostly true"."""
        return self.label or self.name.replace("-", " ").capitalize()


@attrs.frozen
class Vocabulary:
    """The statuses a store accepts, the one new claims start in, and the rating scale."""

    statuses: tuple[Status, ...] = attrs.field(converter=to_tuple, validator=of_type(Status))
    default: str = "unverified"
    best_rating: int = 5
    worst_rating: int = 1

    def __attrs_post_init__(self) -> None:
        names = [s.name for s in self.statuses]
        if len(set(names)) != len(names):
            raise ModelError(f"statuses: a name is listed twice in {names}")
        if self.default not in names:
            raise ModelError(f"default: '{self.default}' is not one of the statuses")
        for status in self.statuses:
            if status.rating is not None and not self.worst_rating <= status.rating <= self.best_rating:
                raise ModelError(
                    f"{status.name}: rating {status.rating} is outside "
                    f"{self.worst_rating}..{self.best_rating}"
                )

    @property
    def names(self) -> tuple[str, ...]:
        """Every status name, in the vocabulary's order."""
        return tuple(s.name for s in self.statuses)

    def get(self, name: str) -> Status:
        """The status called `name`; an `UnknownStatusError` suggesting the nearest name otherwise."""
        for status in self.statuses:
            if status.name == name:
                return status
        raise UnknownStatusError(name, known=self.names, suggestion=self.suggest(name))

    def suggest(self, name: str) -> str | None:
        """The known name closest to a mistyped one, or None."""
        close = difflib.get_close_matches(name.lower(), self.names, n=1, cutoff=0.6)
        return close[0] if close else None

    def is_final(self, name: str) -> bool:
        """Whether `name` is a verdict or outcome (not a step in the work)."""
        return self.get(name).final


DEFAULT_VOCABULARY = Vocabulary(
    statuses=(
        # Workflow: where the work on a claim stands.
        Status("unverified", "Recorded, not yet looked at. Every new claim starts here."),
        Status("researching", "Someone is checking it: evidence is being gathered."),
        # Verdicts on statements, on the five-step scale most fact-checkers publish.
        Status("true", "Accurate; nothing significant missing.", final=True, rating=5),
        Status("mostly-true", "Accurate but needs clarification or context.", final=True, rating=4),
        Status(
            "half-true", "Partly accurate; leaves out or distorts important details.", final=True, rating=3
        ),
        Status("mostly-false", "Has an element of truth but ignores facts that change the picture.", True, 2),
        Status("false", "Not accurate.", final=True, rating=1),
        Status(
            "misattributed",
            "The words are real, or not, but this speaker did not say them.",
            final=True,
            rating=1,
        ),
        Status("unproven", "The evidence available settles it neither way.", final=True),
        # Outcomes of promises and predictions, which are judged by what happened later.
        Status(
            "pending",
            "A promise or prediction whose time has not come; checked again when it is due.",
            kinds=("prediction", "promise"),
        ),
        Status(
            "kept",
            "The promise was kept, or the prediction came true.",
            True,
            5,
            kinds=("prediction", "promise"),
        ),
        Status(
            "compromise",
            "Partly kept: less than promised, or came true in part.",
            final=True,
            rating=3,
            kinds=("prediction", "promise"),
        ),
        Status(
            "broken",
            "The promise was broken, or the prediction failed.",
            True,
            1,
            kinds=("prediction", "promise"),
        ),
        # Opinions are recorded but not rated.
        Status("not-checkable", "An opinion or value judgement that evidence cannot settle.", final=True),
    )
)
"""The vocabulary ``claimtrack init`` writes; docs/statuses.md explains each status."""
