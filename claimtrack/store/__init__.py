"""The claim store: version-controlled YAML records with status, evidence and history (docs/store.md)."""

from claimtrack.store.add import AddResult
from claimtrack.store.check import Problem, check_store
from claimtrack.store.store import ENV, Store, find_root

__all__ = ["ENV", "AddResult", "Problem", "Store", "check_store", "find_root"]
