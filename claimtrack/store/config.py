"""``claimtrack.yaml``: the store's configuration, written with comments by ``claimtrack init``."""

from __future__ import annotations

from pathlib import Path

from claimtrack.errors import ClaimtrackError, SchemaError
from claimtrack.serialize import SCHEMA, vocabulary_from_dict, vocabulary_to_dict
from claimtrack.store.emit import entry_lines, sequence_lines
from claimtrack.store.records import read_text, shown
from claimtrack.store.yamlio import load_text, locate
from claimtrack.vocabulary import DEFAULT_VOCABULARY, Vocabulary

CONFIG = "claimtrack.yaml"

_HEADER = """\
# claimtrack store configuration. docs/store.md describes the store; edit this file to suit your desk.
#
# schema: the version of the record format these files follow. claimtrack refuses a store whose schema
# is newer than it understands, and upgrades older records when it writes them.
"""

_VOCABULARY = """
# vocabulary: the statuses a claim can have.
#   default       the status every new claim starts in
#   best_rating,  the rating scale of final statuses (ClaimReview's bestRating/worstRating)
#   worst_rating
# Each status has:
#   name          the word written in claim files (letters, digits, '-', '_')
#   description   what it means, for the people who apply it
#   final         true for a verdict or outcome, false for a step in the work
#   rating        where a final status sits on the rating scale (null: not rated)
#   label         how reports show it (null: the name, capitalised)
#   kinds         the kinds of claim it applies to (statement, prediction, promise, opinion)
"""

_GROUPS = {
    "unverified": "Workflow: where the work on a claim stands.",
    "true": "Verdicts on statements, on the five-step scale most fact-checkers publish.",
    "pending": "Outcomes of promises and predictions, judged by what happened later.",
    "not-checkable": "Opinions are recorded but not rated.",
}


def config_text(vocabulary: Vocabulary) -> str:
    """The commented ``claimtrack.yaml`` of a new store."""
    data = vocabulary_to_dict(vocabulary)
    lines = [*_HEADER.splitlines(), f"schema: {SCHEMA}", *_VOCABULARY.splitlines(), "vocabulary:"]
    for key in ("default", "best_rating", "worst_rating"):
        lines += entry_lines(key, data[key], 2)
    lines.append("  statuses:")
    for status in data["statuses"]:
        if status["name"] in _GROUPS:
            lines.append(f"    # {_GROUPS[status['name']]}")
        lines += sequence_lines([status], 4)
    return "\n".join(lines) + "\n"


def read_config(root: Path) -> Vocabulary:
    """The vocabulary of the store at `root`, from its ``claimtrack.yaml``."""
    path = root / CONFIG
    text, _ = read_text(path)
    where = shown(path)
    data = load_text(text, where)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SchemaError("expected a mapping", path=where, line=1)
    version = data.get("schema")
    if version is not None and (not isinstance(version, int) or version > SCHEMA):
        raise SchemaError(
            f"schema {version!r} is newer than this claimtrack understands ({SCHEMA}); upgrade claimtrack",
            path=where,
            line=locate(text, "schema"),
        )
    if "vocabulary" not in data:
        return DEFAULT_VOCABULARY
    try:
        return vocabulary_from_dict(data["vocabulary"], "vocabulary")
    except ClaimtrackError as e:
        keypath = e.message.split(":", 1)[0]
        raise SchemaError(e.message, path=where, line=locate(text, keypath)) from None
