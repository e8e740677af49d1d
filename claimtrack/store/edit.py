"""Surgical edits: change a claim file by rewriting only the values that changed.

A claim file is a person's text as much as the library's. To change a claim, the file is composed with
PyYAML (every node knows where it starts and ends), the claim's old and new dict forms are compared key
by key, and only the text of changed top-level values is touched:

* an item appended to a block list (``history``, ``evidence``, ``appearances``) is inserted after the
  list's last item, at the list's own indentation;
* any other changed value (a status, a list written ``[]`` or in flow style, a null) has just its text
  replaced by the canonical rendering, from after the ``key:`` to the end of the value;
* a key missing from the file is added after the last entry.

Comments, key order, quoting, blank lines and keys claimtrack does not know stay byte for byte. The
result is read back: it must give the new claim and keep every unknown key, else a wider edit is tried,
and if that fails too the file is refused rather than rewritten.
"""

from __future__ import annotations

from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from claimtrack.errors import ClaimtrackError, StoreError
from claimtrack.model import Claim
from claimtrack.serialize import claim_from_dict, claim_to_dict
from claimtrack.store.emit import entry_lines, quote, sequence_lines
from claimtrack.store.yamlio import compose, load_text

Edit = tuple[int, int, str]


def _content_end(text: str, node: Node) -> int:
    """Where the text of `node` ends: its last character that is not a trailing line break."""
    while isinstance(node, MappingNode | SequenceNode) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
    end: int = node.end_mark.index
    if isinstance(node, ScalarNode) and node.style in ("|", ">"):
        header_end = text.find("\n", node.start_mark.index)
        if "+" in text[node.start_mark.index : header_end]:
            return end  # kept trailing line breaks are part of the value
        while end > node.start_mark.index and text[end - 1] == "\n":
            start = text.rfind("\n", 0, end - 1) + 1
            if text[start : end - 1].strip():
                return end - 1
            end = start
    return end


def _line_after(text: str, index: int) -> int:
    """The start of the line after the one `index` is on (or `index` itself when it starts a line)."""
    if index > 0 and text[index - 1] == "\n":
        return index
    newline = text.find("\n", index)
    return len(text) if newline < 0 else newline + 1


def _insert(text: str, at: int, lines: list[str]) -> Edit:
    block = "\n".join(lines) + "\n"
    if at == len(text) and text and not text.endswith("\n"):
        block = "\n" + block
    return (at, at, block)


def _edit_for(text: str, root: MappingNode, key: str, old: Any, new: Any, *, append: bool) -> Edit:
    found = [(k, v) for k, v in root.value if isinstance(k, ScalarNode) and k.value == key]
    if not found:
        column = root.value[0][0].start_mark.column if root.value else 0
        return _insert(text, _line_after(text, _content_end(text, root)), entry_lines(key, new, column))
    key_node, value = found[0]
    if (
        append
        and isinstance(old, list)
        and isinstance(new, list)
        and len(new) > len(old)
        and new[: len(old)] == old
        and isinstance(value, SequenceNode)
        and not value.flow_style
        and len(value.value) == len(old)
    ):
        at = _line_after(text, _content_end(text, value))
        return _insert(text, at, sequence_lines(new[len(old) :], value.start_mark.column))
    column = key_node.start_mark.column
    head = " " * column + quote(key) + ":"
    rendered = "\n".join(entry_lines(key, new, column))[len(head) :]
    colon = text.index(":", key_node.end_mark.index)
    end = _content_end(text, value)
    end = max(end, colon + 1)  # an empty value sits right after the colon
    if text[end - 1 : end] == "\n" and end > colon + 1:
        rendered += "\n"
    elif rendered.startswith("\n"):
        # a value that becomes a block ("evidence: []  # none yet"): its comment stays on the key's line
        eol = text.find("\n", end)
        eol = len(text) if eol < 0 else eol - (text[eol - 1] == "\r")
        if text[end:eol].lstrip(" \t").startswith("#"):
            return (colon + 1, eol, text[end:eol] + rendered)
    return (colon + 1, end, rendered)


def _apply(text: str, edits: list[Edit]) -> str:
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _faithful(new_text: str, path: str, new: Claim, unknown: dict[str, Any]) -> bool:
    try:
        data = load_text(new_text, path)
        return bool(claim_from_dict(data) == new and all(data.get(k) == v for k, v in unknown.items()))
    except ClaimtrackError:
        return False


def edit_claim(text: str, path: str, old: Claim, new: Claim) -> str:
    """The text of a claim file holding `old`, changed to hold `new` with as few bytes changed as can be.

    A byte-order mark and CRLF line ends, if the file has them, are kept (new lines get CRLF too).
    """
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    crlf = "\r\n" in text
    body = _edit(text[len(bom) :], path, old, new, crlf=crlf)
    return bom + body


def _edit(text: str, path: str, old: Claim, new: Claim, *, crlf: bool) -> str:
    root = compose(text, path)
    if not isinstance(root, MappingNode) or root.flow_style:
        raise StoreError("the claim file is not a block mapping; cannot change it in place", path=path)
    raw = load_text(text, path)
    old_d, new_d = claim_to_dict(old), claim_to_dict(new)
    unknown = {k: v for k, v in raw.items() if k not in new_d}
    changed = [
        k for k in new_d if old_d.get(k) != new_d[k] or (k == "schema" and k in raw and raw[k] != new_d[k])
    ]
    if not changed:
        return text
    for append in (True, False):
        edits = [_edit_for(text, root, k, old_d.get(k), new_d[k], append=append) for k in changed]
        if crlf:
            edits = [(start, end, piece.replace("\n", "\r\n")) for start, end, piece in edits]
        out = _apply(text, edits)
        if _faithful(out, path, new, unknown):
            return out
    raise StoreError(
        "cannot change this claim file without disturbing the text around it; edit it by hand",
        path=path,
    )
