"""The store's YAML writer: plain data rendered in one fixed, readable layout.

Block mappings and sequences with two-space indentation, offsets in flow style (``[12, 40]``), strings
plain where any reader (YAML 1.1 or 1.2) gives them back unchanged and quoted otherwise (``'no'``,
``'false'``, ``'1:20'``), long text folded over lines, text with line breaks as a literal block, ISO dates
plain. `dump` reads its result back and falls back to double-quoting every string if a form would not
give the same data. `entry_lines` and friends render single values for `claimtrack.store.edit`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from claimtrack.errors import YamlSyntaxError
from claimtrack.store.yamlio import STR_TAG, Resolver12, load_text

WIDTH = 100
"""Lines of folded text are kept within this many characters where the words allow."""

_YAML11 = Resolver()
_YAML12 = Resolver12()
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_OTHER_BOOLS = {"y", "Y", "n", "N"}  # booleans to some YAML 1.1 readers, though not to PyYAML
_PRINTABLE = re.compile(
    r"^[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*$"
)
"""Characters any YAML reader takes as they are inside quotes (no line breaks, controls, BOM)."""
_FLOW_WORDS = re.compile(r"^\w[\w .'’-]*$")
"""Short names a flow list (``[statement, promise]``) can hold unquoted."""
_ESCAPES = {"\0": "\\0", "\t": "\\t", "\n": "\\n", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def _resolves_to_str(value: str) -> bool:
    for resolver in (_YAML11, _YAML12):
        tag = resolver.resolve(ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
        if tag != STR_TAG and not (tag.endswith(":timestamp") and _ISO_DATE.match(value)):
            return False
    return value not in _OTHER_BOOLS


def _plain_ok(value: str) -> bool:
    """Whether `value` can be written without quotes and read back as the same string by any reader."""
    return (
        bool(value)
        and value == value.strip()
        and value[0] not in _INDICATORS
        and ": " not in value
        and " #" not in value
        and not value.endswith(":")
        and _PRINTABLE.match(value) is not None
        and _resolves_to_str(value)
    )


def _double_quoted(value: str) -> str:
    out = []
    for ch in value:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch in "\x85\u2028\u2029\ufeff" or not _PRINTABLE.match(ch):
            code = ord(ch)
            out.append(
                f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
            )
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def quote(value: str) -> str:
    """One string as a one-line YAML scalar: plain when safe, else single-quoted, else double-quoted."""
    if _plain_ok(value):
        return value
    if _PRINTABLE.match(value):
        return "'" + value.replace("'", "''") + "'"
    return _double_quoted(value)


def _flow(value: object, *, quoted_only: bool = False) -> str | None:
    """`value` as text that fits on its key's line, or None when it needs lines of its own."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value):
            return repr(value)
        return ".nan" if math.isnan(value) else ".inf" if value > 0 else "-.inf"
    if isinstance(value, str):
        if quoted_only:
            return _double_quoted(value)
        return quote(value) if "\n" not in value and len(value) <= WIDTH - 20 else None
    if isinstance(value, Sequence) and not value:
        return "[]"
    if isinstance(value, Mapping) and not value:
        return "{}"
    if isinstance(value, Sequence) and all(_is_number_or_pair(v) for v in value):
        return "[" + ", ".join(str(v) if isinstance(v, int) else _flow(v) or "" for v in value) + "]"
    if (
        isinstance(value, Sequence)
        and all(isinstance(v, str) and _FLOW_WORDS.match(v) and _plain_ok(v) for v in value)
        and sum(len(v) + 2 for v in value) <= 60
    ):
        return "[" + ", ".join(value) + "]"
    return None


def _is_number_or_pair(value: object) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return True
    return (
        isinstance(value, list | tuple)
        and bool(value)
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    )


def _fold(value: str, first: int, width: int) -> list[str] | None:
    """`value` cut at single spaces into lines a plain scalar reads back as the same text."""
    if not _plain_ok(value) or "  " in value or "\t" in value:
        return None
    words = value.split(" ")
    if any(w[:1] in _INDICATORS for w in words[1:]):
        # a word starting with '#' (or another indicator) must not begin a line
        merged: list[str] = [words[0]]
        for w in words[1:]:
            if w[:1] in _INDICATORS:
                merged[-1] += " " + w
            else:
                merged.append(w)
        words = merged
    lines: list[str] = []
    current = ""
    room = width - first
    for word in words:
        if current and len(current) + 1 + len(word) > room:
            lines.append(current)
            current, room = word, width
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return lines


def _literal(value: str, indent: int) -> list[str] | None:
    """A text with line breaks as a literal block (``|``), or None when one cannot hold it exactly."""
    body = value[:-1] if value.endswith("\n") else value
    if body.endswith("\n") or not body or body[0] in " \t" or not _PRINTABLE.match(body.replace("\n", "")):
        return None
    lines = body.split("\n")
    if any(line != line.rstrip(" \t") for line in lines):
        return None
    pad = " " * indent
    return [pad + line if line else "" for line in lines]


def _string_lines(head: str, value: str, indent: int, quoted_only: bool) -> list[str]:
    if not quoted_only:
        if "\n" in value:
            body = _literal(value, indent)
            if body is not None:
                return [head + (" |" if value.endswith("\n") else " |-"), *body]
        else:
            folded = _fold(value, len(head) + 1, WIDTH - indent)
            if folded is not None:
                pad = " " * indent
                return [f"{head} {folded[0]}", *(pad + line for line in folded[1:])]
    return [f"{head} {quote(value) if not quoted_only else _double_quoted(value)}"]


def entry_lines(key: str, value: object, indent: int, *, quoted_only: bool = False) -> list[str]:
    """The lines of one ``key: value`` entry of a block mapping at `indent`."""
    head = " " * indent + (quote(key) if not quoted_only else _double_quoted(key)) + ":"
    inline = _flow(value, quoted_only=quoted_only)
    if inline is not None:
        return [f"{head} {inline}"]
    if isinstance(value, str):
        return _string_lines(head, value, indent + 2, quoted_only)
    if isinstance(value, Mapping):
        return [head, *mapping_lines(value, indent + 2, quoted_only=quoted_only)]
    if isinstance(value, Sequence):
        return [head, *sequence_lines(value, indent + 2, quoted_only=quoted_only)]
    raise TypeError(f"cannot write {type(value).__name__} to YAML")


def mapping_lines(value: Mapping[str, Any], indent: int, *, quoted_only: bool = False) -> list[str]:
    """The lines of a block mapping at `indent`."""
    lines: list[str] = []
    for key, item in value.items():
        lines += entry_lines(str(key), item, indent, quoted_only=quoted_only)
    return lines


def sequence_lines(value: Sequence[Any], indent: int, *, quoted_only: bool = False) -> list[str]:
    """The lines of a block sequence whose dashes sit at `indent`."""
    pad = " " * indent
    lines: list[str] = []
    for item in value:
        inline = _flow(item, quoted_only=quoted_only)
        if inline is not None:
            lines.append(f"{pad}- {inline}")
            continue
        if isinstance(item, str):
            lines += _string_lines(f"{pad}-", item, indent + 2, quoted_only)
            continue
        if isinstance(item, Mapping):
            sub = mapping_lines(item, indent + 2, quoted_only=quoted_only)
        else:
            sub = sequence_lines(item, indent + 2, quoted_only=quoted_only)
        sub[0] = f"{pad}- {sub[0][indent + 2 :]}"
        lines += sub
    return lines


def dump(data: Mapping[str, Any], *, path: str = "<new file>") -> str:
    """A mapping as a YAML document in the store's layout (UTF-8 text with LF line ends)."""
    text = "\n".join(mapping_lines(data, 0)) + "\n"
    if load_text(text, path) != data:  # a string the readable forms cannot hold: quote everything
        text = "\n".join(mapping_lines(data, 0, quoted_only=True)) + "\n"
        if load_text(text, path) != data:
            raise YamlSyntaxError("cannot write this value to YAML exactly", path=path)
    return text
