"""YAML for the store, in one place: a safe YAML 1.2 reader and a deterministic writer.

Reading uses PyYAML's C parser (libyaml) when it is there (docs/store.md, "Why PyYAML"), with resolvers
of the YAML 1.2 core schema: only ``true``/``false`` are booleans (``yes``, ``no``, ``on``, ``off`` stay
strings), integers are decimal, ``0o`` octal or ``0x`` hex (``1:20`` and ``012`` are not sexagesimal or
1.1 octal), and timestamps are not resolved (dates stay strings; `claimtrack.serialize` reads them).
Before parsing, a file is refused when it is too large, binary, not UTF-8, holds git conflict markers or
uses anchors and aliases; every refusal names the line.

Writing (`dump`) renders plain data with a fixed layout: block mappings and sequences, number pairs in
flow style (``[12, 40]``), long text folded over lines, strings that a YAML 1.1 reader would take for
something else quoted. The result is read back and compared before it is returned.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver, Resolver

from claimtrack.errors import ConflictMarkerError, InputError, YamlSyntaxError

try:  # libyaml's parser; the pure-Python one when PyYAML was built without it
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was installed
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)


CLAIM_LIMIT = 1 << 20
"""Largest claim, article or configuration file read (1 MiB); a claim file is a few hundred bytes."""

TEXT_LIMIT = 16 << 20
"""Largest article text read (16 MiB)."""

WIDTH = 100
"""Lines of folded text are kept within this many characters where the words allow."""

_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class Resolver12(BaseResolver):
    """Implicit types of the YAML 1.2 core schema, without timestamps."""


for _tag, _pattern, _first in (
    ("bool", r"true|True|TRUE|false|False|FALSE", "tTfF"),
    ("int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", "-+0123456789"),
    (
        "float",
        r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)",
        "-+0123456789.",
    ),
    ("null", r"~|null|Null|NULL|", ["~", "n", "N", ""]),
):
    Resolver12.add_implicit_resolver(
        f"tag:yaml.org,2002:{_tag}", re.compile(f"^(?:{_pattern})$"), list(_first)
    )


_IMPLICIT: dict[str | None, list[tuple[str, re.Pattern[str]]]] = Resolver12.yaml_implicit_resolvers


class Loader(_Parser, Resolver12):
    """The store's parser: libyaml's, composing nodes with YAML 1.2 implicit types.

    `resolve` is the resolver's, without path resolvers (the store has none): it runs for every node.
    """

    def __init__(self, stream: str | bytes) -> None:
        _Parser.__init__(self, stream)
        Resolver12.__init__(self)

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        if kind is ScalarNode:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1] if value else "", ()):
                    if regexp.match(value):
                        return tag
            return _STR
        return _SEQ if kind is SequenceNode else _MAP

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


def _int(value: str) -> int:
    sign, digits = (-1, value[1:]) if value[:1] == "-" else (1, value.lstrip("+"))
    if digits.startswith("0o"):
        return sign * int(digits[2:], 8)
    if digits.startswith("0x"):
        return sign * int(digits[2:], 16)
    return sign * int(digits, 10)


def _float(value: str) -> float:
    lowered = value.lower()
    if lowered.endswith(".inf"):
        return float("-inf") if lowered.startswith("-") else float("inf")
    if lowered == ".nan":
        return float("nan")
    return float(value)


def _bool(value: str) -> bool:
    if value.lower() not in ("true", "false"):
        raise ValueError(value)
    return value.lower() == "true"


_SCALARS: dict[str, Any] = {
    "tag:yaml.org,2002:int": _int,
    "tag:yaml.org,2002:float": _float,
    "tag:yaml.org,2002:bool": _bool,
    "tag:yaml.org,2002:null": lambda _: None,
}


def _refuse(node: Node, problem: str) -> YamlSyntaxError:
    return YamlSyntaxError(problem, line=node.start_mark.line + 1)


def build(node: Node | None, seen: set[int] | None = None) -> Any:
    """Plain data (dict, list, str, int, float, bool, None) from a composed node tree.

    Only the core schema's tags are accepted; duplicate keys and aliases (a node met twice) are refused.
    """
    if node is None:
        return None
    if isinstance(node, ScalarNode):
        if node.tag == _STR:
            return node.value
        convert = _SCALARS.get(node.tag)
        if convert is None:
            raise _refuse(node, f"tag '{node.tag}' refused: the store holds plain data only")
        try:
            return convert(node.value)
        except ValueError:
            raise _refuse(node, f"'{node.value}' is not a valid {node.tag.rsplit(':', 1)[-1]}") from None
    seen = set() if seen is None else seen
    if id(node) in seen:
        raise _refuse(node, "alias refused: the store does not allow anchors and aliases")
    seen.add(id(node))
    if isinstance(node, SequenceNode) and node.tag == _SEQ:
        return [build(item, seen) for item in node.value]
    if isinstance(node, MappingNode) and node.tag == _MAP:
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = build(key_node, seen)
            if isinstance(key, dict | list):
                raise _refuse(key_node, "a key must be a scalar")
            if key in out:
                raise _refuse(key_node, f"YAML syntax: key '{key}' appears twice")
            if id(value_node) in seen:  # name the line of the key that uses the alias
                raise _refuse(key_node, "alias refused: the store does not allow anchors and aliases")
            out[key] = build(value_node, seen)
        return out
    raise _refuse(node, f"tag '{node.tag}' refused: the store holds plain data only")


# ---------------------------------------------------------------------------------------------- reading

_ANCHORISH = re.compile(r"(?:^|[\s\[{,:])[&*][^\s,\[\]{}]", re.MULTILINE)
"""What an anchor (``&a``) or alias (``*a``) must look like; "R&D", "a & b" and URLs do not match."""
_CONFLICT = re.compile(r"^(<{7}|={7}|>{7})(?= |\r?$)", re.MULTILINE)


def line_of(text: str, index: int) -> int:
    """The 1-based line number of `index` in `text`."""
    return text.count("\n", 0, index) + 1


def conflict_lines(text: str) -> list[tuple[int, str]]:
    """Every git conflict marker in `text`, as (line, marker)."""
    return [(line_of(text, m.start()), m.group(1)) for m in _CONFLICT.finditer(text)]


def decode(data: bytes, path: str, *, limit: int = CLAIM_LIMIT) -> str:
    """The text of a store file, or an `InputError` when it is too large, binary or not UTF-8."""
    if len(data) > limit:
        raise InputError(f"file is {len(data)} bytes, over the limit of {limit}", path=path)
    if b"\0" in data:
        raise InputError(
            "binary file (holds NUL bytes)", path=path, line=data.count(b"\n", 0, data.index(b"\0")) + 1
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise InputError(f"not UTF-8 text (byte {data[e.start]:#04x})", path=path, line=line) from None


def _check_text(text: str, path: str) -> None:
    marks = conflict_lines(text)
    if marks:
        line, marker = marks[0]
        raise ConflictMarkerError(
            f"git merge conflict marker '{marker}' left in the file", path=path, line=line
        )
    if _ANCHORISH.search(text):  # only then can there be an anchor or alias: look closer
        _refuse_anchors(text, path)


def _refuse_anchors(text: str, path: str) -> None:
    try:
        for event in _events(text):
            anchor = getattr(event, "anchor", None)
            if isinstance(event, yaml.AliasEvent):
                raise YamlSyntaxError(
                    f"alias '*{anchor}' refused: the store does not allow anchors and aliases",
                    path=path,
                    line=_line(event.start_mark),
                )
            if anchor is not None:
                raise YamlSyntaxError(
                    f"anchor '&{anchor}' refused: the store does not allow anchors and aliases",
                    path=path,
                    line=_line(event.start_mark),
                )
    except yaml.YAMLError as e:
        raise _syntax_error(e, path) from None


def _events(text: str) -> Iterator[Any]:
    loader = Loader(text)
    try:
        while loader.check_event():
            yield loader.get_event()
    finally:
        loader.dispose()


def _compose(text: str) -> Node | None:
    loader = Loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _line(mark: Any) -> int | None:
    return mark.line + 1 if mark is not None else None


def _syntax_error(e: yaml.YAMLError, path: str) -> YamlSyntaxError:
    mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
    problem = getattr(e, "problem", None) or str(e)
    context = getattr(e, "context", None)
    message = f"YAML syntax: {problem}" + (f" ({context})" if context else "")
    return YamlSyntaxError(message, path=path, line=mark.line + 1 if mark is not None else None)


def load_text(text: str, path: str) -> Any:
    """Plain data from YAML text, refusing conflict markers, anchors, aliases and object tags."""
    _check_text(text, path)
    try:
        node = _compose(text)
    except yaml.YAMLError as e:
        raise _syntax_error(e, path) from None
    try:
        return build(node)
    except YamlSyntaxError as e:
        raise YamlSyntaxError(e.message, path=path, line=e.line) from None


def compose(text: str, path: str) -> Node | None:
    """The node tree of YAML text (with line and column marks), refusing what `load_text` refuses."""
    _check_text(text, path)
    try:
        return _compose(text)
    except yaml.YAMLError as e:
        raise _syntax_error(e, path) from None


def locate(text: str, keypath: str) -> int | None:
    """The line of a value named like ``speaker.kind`` or ``history[2].to`` in a YAML document."""
    try:
        node: Node | None = _compose(text)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", keypath):
        if isinstance(node, MappingNode):
            found = [(k, v) for k, v in node.value if isinstance(k, ScalarNode) and k.value == part]
            if not found:
                break
            line, node = found[0][0].start_mark.line + 1, found[0][1]
        elif isinstance(node, yaml.SequenceNode) and part.startswith("["):
            index = int(part[1:-1])
            if index >= len(node.value):
                break
            node = node.value[index]
            line = node.start_mark.line + 1
        else:
            break
    return line


# ---------------------------------------------------------------------------------------------- writing

_YAML11 = Resolver()
_YAML12 = Resolver12()
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_OTHER_BOOLS = {"y", "Y", "n", "N"}  # booleans to some YAML 1.1 readers, though not to PyYAML
_PLAIN_OK = re.compile(
    r"^[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*$"
)
_PRINTABLE = _PLAIN_OK
_ESCAPES = {"\0": "\\0", "\t": "\\t", "\n": "\\n", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def _resolves_to_str(value: str) -> bool:
    for resolver in (_YAML11, _YAML12):
        tag = resolver.resolve(ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
        if tag != _STR and not (tag.endswith(":timestamp") and _ISO_DATE.match(value)):
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
        and _PLAIN_OK.match(value) is not None
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
