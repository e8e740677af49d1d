"""claimtrack: who said what, via which outlet; is it true; what does the record show.

The public names are listed in ``__all__``; everything else is internal and may move.
"""

from claimtrack.errors import (
    ClaimtrackError,
    ConflictMarkerError,
    IdError,
    InputError,
    ModelError,
    SchemaError,
    StoreError,
    UnknownStatusError,
    YamlSyntaxError,
)
from claimtrack.ids import article_id, claim_id
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
    Speaker,
    StatusChange,
)
from claimtrack.parse import Rules, parse_article
from claimtrack.serialize import article_from_dict, article_to_dict, claim_from_dict, claim_to_dict
from claimtrack.store import Store
from claimtrack.vocabulary import DEFAULT_VOCABULARY, Status, Vocabulary

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_VOCABULARY",
    "Appearance",
    "Article",
    "Claim",
    "ClaimtrackError",
    "ConflictMarkerError",
    "Cue",
    "DateRange",
    "Dateline",
    "Evidence",
    "IdError",
    "InputError",
    "ModelError",
    "Outlet",
    "Rules",
    "SchemaError",
    "Section",
    "Speaker",
    "Status",
    "StatusChange",
    "Store",
    "StoreError",
    "UnknownStatusError",
    "Vocabulary",
    "YamlSyntaxError",
    "__version__",
    "article_from_dict",
    "article_id",
    "article_to_dict",
    "claim_from_dict",
    "claim_id",
    "claim_to_dict",
    "parse_article",
]


def __dir__() -> list[str]:
    return list(__all__)
