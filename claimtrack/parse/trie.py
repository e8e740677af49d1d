"""Word lists as regular expressions the engine tests quickly: alternatives factored into a trie.

`re` tries the branches of "said|says|stated|..." one after another at every position of the text, so
a list of hundreds of words costs hundreds of tests per character. The same words written as a trie,
"s(?:a(?:id|ys)|tated)", cost at most one test per character of the longest word, and the pattern
matches exactly the same strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # the key marking that a word ends at this node
_Node = dict[str, "_Node"]


def alternation(words: Iterable[str]) -> str:
    """A regex (a non-capturing group) matching exactly the strings in `words` (not the empty one).

    >>> pattern = re.compile(alternation(["say", "said", "says", "state"]) + "$")
    >>> [bool(pattern.match(w)) for w in ("say", "said", "sa", "states")]
    [True, True, False, False]
    """
    root: _Node = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not root:
        return "(?!)"  # matches nothing
    return "(?:" + _branches(root) + ")"


def _branches(node: _Node) -> str:
    """The alternatives below `node`, longest paths first within each branch."""
    alternatives = []
    for ch in sorted(node):
        if ch == _END:
            continue
        child = node[ch]
        rest = [k for k in child if k != _END]
        if not rest:
            alternatives.append(re.escape(ch))
        elif _END in child:
            alternatives.append(re.escape(ch) + "(?:" + _branches(child) + ")?")
        elif len(rest) == 1:
            alternatives.append(re.escape(ch) + _branches(child))
        else:
            alternatives.append(re.escape(ch) + "(?:" + _branches(child) + ")")
    return "|".join(alternatives)
