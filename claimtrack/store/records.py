"""Reading one store file into a value, with every error pointing at its file and line."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from claimtrack.errors import InputError, SchemaError
from claimtrack.model import Article, Claim
from claimtrack.serialize import article_from_dict, claim_from_dict
from claimtrack.store.cache import StatKey, stat_key
from claimtrack.store.yamlio import CLAIM_LIMIT, decode, load_text, locate


def shown(path: Path) -> str:
    """A path as messages show it: relative to the current folder when it lies below it."""
    text = str(path)
    if os.path.isabs(text):
        here = os.getcwd()
        if text.startswith(here + os.sep):
            return text[len(here) + 1 :]
    return text


def read_bytes(path: Path, *, limit: int = CLAIM_LIMIT) -> tuple[bytes, StatKey]:
    """A file's bytes and the stat key of exactly the file read (the size is checked before reading)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        st = os.fstat(fd)
        if st.st_size > limit:
            raise InputError(f"file is {st.st_size} bytes, over the limit of {limit}", path=shown(path))
        chunks = []
        size = 0
        while chunk := os.read(fd, max(st.st_size, 4096)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # grew while being read
                break
        return b"".join(chunks), stat_key(st)
    finally:
        os.close(fd)


def read_text(path: Path, *, limit: int = CLAIM_LIMIT) -> tuple[str, StatKey]:
    """A store file's text (refused when too large, binary or not UTF-8) and its stat key."""
    data, key = read_bytes(path, limit=limit)
    return decode(data, shown(path), limit=limit), key


def _located(e: SchemaError, text: str, where: str) -> SchemaError:
    keypath = e.message.split(":", 1)[0] if ":" in e.message else ""
    line = locate(text, keypath) if keypath and " " not in keypath else 1
    return SchemaError(e.message, path=where, line=line)


def parse_claim(text: str, where: str) -> tuple[Claim, dict[str, Any]]:
    """The claim a file's text holds, and the file's raw mapping."""
    data = load_text(text, where)
    try:
        return claim_from_dict(data), data
    except SchemaError as e:
        raise _located(e, text, where) from None


def parse_article(text: str, where: str) -> Article:
    """The article metadata a file's text holds (without the article's text)."""
    data = load_text(text, where)
    try:
        return article_from_dict(data)
    except SchemaError as e:
        raise _located(e, text, where) from None


def read_claim(path: Path) -> tuple[Claim, str, StatKey]:
    """The claim in a file, the file's text and its stat key."""
    text, key = read_text(path)
    claim, _ = parse_claim(text, shown(path))
    return claim, text, key
