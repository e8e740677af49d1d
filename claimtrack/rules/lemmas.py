"""How the parser turns a cue verb it has no entry for into its dictionary form: "lamented" -> "lament",
"decried" -> "decry", "quipping" -> "quip". Data only; `claimtrack.parse.cues.lemma` applies it.

The suffix rules cover regular verbs; `IRREGULAR` lists the verbs that do not follow them.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

IRREGULAR: Final = MappingProxyType(
    {
        # Strong and irregular past tenses that news attributes speech and thought with.
        "said": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think",
        "felt": "feel", "knew": "know", "known": "know", "saw": "see", "seen": "see", "found": "find",
        "held": "hold", "made": "make", "gave": "give", "given": "give", "took": "take", "taken": "take",
        "spoke": "speak", "spoken": "speak", "meant": "mean", "heard": "hear", "taught": "teach",
        "sought": "seek", "forecast": "forecast", "foresaw": "foresee", "foreseen": "foresee",
        "swore": "swear", "sworn": "swear", "understood": "understand", "withdrew": "withdraw",
        "put": "put", "set": "set", "read": "read", "led": "lead", "got": "get", "went": "go",
        "bet": "bet", "struck": "strike", "upheld": "uphold", "overheard": "overhear",
        # Third-person forms whose stem the "-s" rule would get wrong.
        "says": "say", "has": "have", "does": "do", "goes": "go", "is": "be", "was": "be", "were": "be",
    }
)  # fmt: skip

E_STEMS: Final = (
    # Stem endings that lost a final "e" before "-ed"/"-ing": "stated" -> "state", "urged" -> "urge",
    # "criticized" -> "criticize", "announced" -> "announce", "argued" -> "argue", "decided" -> "decide".
    "at", "ut", "id", "ud", "od", "ur", "ir", "os", "us", "is", "iz", "yz", "nc", "rc", "rg", "dg",
    "ng", "lv", "rv", "av", "iv", "ov", "gu", "ok", "ak", "ib", "ag", "ar", "ot", "ic", "ac", "in",
    "um", "uk", "as", "or", "bl", "pl", "tl", "kl", "gl", "dl", "zl",
)  # fmt: skip

NOT_E_STEMS: Final = (
    # Stems with those endings that are already whole: "visited", "edited", "warned", "explained".
    "it", "ain", "ein", "oin", "ern", "arn", "urn", "orn", "ound", "ear", "oar", "ess", "uss", "iss",
    "eat", "oat", "uit", "ing", "ang", "ong", "ung", "pair", "oot", "ook", "eak", "ail", "aud", "oas",
    "avor", "onor", "abor", "olor", "ensor", "ector", "itor", "ias",
)  # fmt: skip

DOUBLED: Final = frozenset(
    {
        # Consonants doubled before a suffix and single in the stem: "slammed" -> "slam",
        # "admitted" -> "admit", "quipping" -> "quip" ("ll", "ss", "ff", "zz" stay: "called", "stressed").
        "b", "d", "g", "m", "n", "p", "r", "t",
    }
)  # fmt: skip

ES_STEMS: Final = (
    # Stem endings that take "-es" in the third person: "touches", "pushes", "fixes", "buzzes", "goes".
    "ch", "sh", "ss", "x", "zz", "o",
)  # fmt: skip
