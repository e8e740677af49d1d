"""The repeated-open cache: parsed claims kept beside the store, trusted only while their files are unchanged.

Each entry is keyed on what ``os.stat`` says of the claim file (size, mtime_ns, ctime_ns, inode); any
difference, from an edit by hand, a ``git checkout`` or claimtrack itself, means the file is read again.
A file changed within `RACY_NS` of being read is not cached at all (its clock tick may not have moved
yet, as git's "racy" index entries). The cache lives in ``.claimtrack-cache/`` (git-ignored by
``claimtrack init``); a cache that is missing, from another version, damaged or holding anything but
claimtrack's own value types is ignored and rebuilt, never trusted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import pickle
import sys
from pathlib import Path
from typing import Any

import attrs

from claimtrack import model
from claimtrack.model import Claim
from claimtrack.serialize import SCHEMA
from claimtrack.store.atomic import write_atomic

CACHE_DIR = ".claimtrack-cache"
RACY_NS = 2_000_000_000
StatKey = tuple[int, int, int, int]

_MODEL_TYPES = (
    model.Claim,
    model.Speaker,
    model.Cue,
    model.Outlet,
    model.DateRange,
    model.Evidence,
    model.StatusChange,
    model.Appearance,
)


def _fingerprint() -> bytes:
    """Changes whenever the cached types, the record schema or the Python version do."""
    shape = [(t.__name__, [f.name for f in attrs.fields(t)]) for t in _MODEL_TYPES]
    blob = repr((shape, SCHEMA, sys.version_info[:2], pickle.HIGHEST_PROTOCOL)).encode()
    return b"claimtrack-cache 1 " + hashlib.sha256(blob).hexdigest()[:16].encode() + b"\n"


_ALLOWED = {("claimtrack.model", t.__name__): t for t in _MODEL_TYPES} | {("datetime", "date"): dt.date}


class _Unpickler(pickle.Unpickler):
    """Builds only claimtrack's value types and dates: a planted cache file cannot run code."""

    def find_class(self, module: str, name: str) -> Any:
        try:
            return _ALLOWED[(module, name)]
        except KeyError:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the cache") from None


def stat_key(st: Any) -> StatKey:
    """The part of an ``os.stat`` result that a cached entry is keyed on."""
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


class ClaimCache:
    """Parsed claims by file name, each with the stat key of the file it was read from."""

    FILE = "claims.pickle"

    def __init__(self, root: Path) -> None:
        self.path = root / CACHE_DIR / self.FILE
        self.entries: dict[str, tuple[StatKey, Claim]] = {}
        self.dirty = False

    @classmethod
    def load(cls, root: Path) -> ClaimCache:
        """The cache of the store at `root`, empty when there is none or it cannot be trusted."""
        cache = cls(root)
        header = _fingerprint()
        try:
            data = cache.path.read_bytes()
        except OSError:
            return cache
        if not data.startswith(header):
            return cache
        try:
            entries = _Unpickler(io.BytesIO(data[len(header) :])).load()
        except Exception:  # any damage at all means: do not trust it
            return cache
        if _valid(entries):
            cache.entries = entries
        return cache

    def get(self, name: str, key: StatKey) -> Claim | None:
        """The cached claim of file `name`, if the file is as it was when the claim was read."""
        hit = self.entries.get(name)
        return hit[1] if hit is not None and hit[0] == key else None

    def put(self, name: str, key: StatKey, claim: Claim, *, now_ns: int) -> None:
        """Remember the claim read from `name`, unless the file changed too recently to tell apart."""
        if max(key[1], key[2]) > now_ns - RACY_NS:
            if self.entries.pop(name, None) is not None:
                self.dirty = True
            return
        self.entries[name] = (key, claim)
        self.dirty = True

    def keep_only(self, names: set[str]) -> None:
        """Forget files that are gone."""
        gone = self.entries.keys() - names
        for name in gone:
            del self.entries[name]
        self.dirty = self.dirty or bool(gone)

    def save(self) -> None:
        """Write the cache if it changed; failing to (a read-only store) is not an error."""
        if not self.dirty:
            return
        with contextlib.suppress(OSError):
            if not self.path.parent.is_dir():
                self.path.parent.mkdir()
                # ignored by git even in a store whose .gitignore does not name it
                (self.path.parent / ".gitignore").write_text("*\n", encoding="utf-8")
            body = pickle.dumps(self.entries, protocol=pickle.HIGHEST_PROTOCOL)
            write_atomic(self.path, _fingerprint() + body, durable=False)
            self.dirty = False


def _valid(entries: object) -> bool:
    if not isinstance(entries, dict):
        return False
    for name, entry in entries.items():
        if not (
            isinstance(name, str)
            and isinstance(entry, tuple)
            and len(entry) == 2
            and isinstance(entry[0], tuple)
            and len(entry[0]) == 4
            and all(type(v) is int for v in entry[0])
            and isinstance(entry[1], Claim)
        ):
            return False
    return True
