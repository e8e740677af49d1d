"""The store's YAML reader: safe, line-numbered, YAML 1.2.

Reading uses PyYAML's C parser (libyaml) when it is there (docs/store.md, "Why PyYAML"), with resolvers
of the YAML 1.2 core schema: only ``true``/``false`` are booleans (``yes``, ``no``, ``on``, ``off`` stay
strings), integers are decimal, ``0o`` octal or ``0x`` hex (``1:20`` and ``012`` are not sexagesimal or
1.1 octal), and timestamps are not resolved (dates stay strings; `claimtrack.serialize` reads them).
Before parsing, a file is refused when it is too large, binary, not UTF-8, holds git conflict markers or
uses anchors and aliases; every refusal names the line.

Writing is `claimtrack.store.emit`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

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

STR_TAG = "tag:yaml.org,2002:str"
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
            return STR_TAG
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
        if node.tag == STR_TAG:
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
        elif isinstance(node, SequenceNode) and part.startswith("["):
            index = int(part[1:-1])
            if index >= len(node.value):
                break
            node = node.value[index]
            line = node.start_mark.line + 1
        else:
            break
    return line


def __getattr__(name: str) -> Any:
    """`dump` lived here before the writer had a module of its own; it is still found here."""
    if name == "dump":
        from claimtrack.store.emit import dump  # noqa: PLC0415 - emit imports this module

        return dump
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
