"""The store's write lock: one writer at a time, across processes.

Every command that writes holds ``.claimtrack.lock`` at the store root while it reads what it will change
and writes it back, so two processes adding at once both land. On POSIX the lock is ``fcntl.flock`` on
that file (released by the system if the process dies); elsewhere the file is created with ``O_EXCL``
and removed afterwards.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

from claimtrack.errors import StoreError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".claimtrack.lock"
TIMEOUT = 60.0
"""Seconds to wait for another writer before giving up."""


@contextlib.contextmanager
def locked(root: Path, *, timeout: float = TIMEOUT) -> Iterator[None]:
    """Hold the store's write lock for the body of a ``with`` block."""
    path = root / LOCK_NAME
    deadline = time.monotonic() + timeout
    if fcntl is not None:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise StoreError(
                            "the store is locked by another claimtrack process", path=path
                        ) from None
                    time.sleep(0.01)
            yield
        finally:
            os.close(fd)  # closing releases the lock
        return
    while True:  # pragma: no cover - Windows
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            if time.monotonic() > deadline:
                raise StoreError(
                    f"the store is locked by another claimtrack process (remove {LOCK_NAME} if none runs)",
                    path=path,
                ) from None
            time.sleep(0.01)
    try:  # pragma: no cover - Windows
        yield
    finally:  # pragma: no cover - Windows
        os.close(fd)
        os.unlink(path)
