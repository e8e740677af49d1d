"""Lines about a photo: a caption placing the people in it, and the credit naming who took it.

Neither is prose. A credit line ("Scott Olson via Getty Images.") would otherwise read as a sentence
naming a person, who then stands behind the next paragraph's "he" or "the 43-year-old".
"""

from __future__ import annotations

from claimtrack.rules import Rules

_CAPTION_WORDS = 40  # a photo's caption is short
_CAPTION_LENGTH = 400  # characters, tested before the words are counted
_CREDIT_WORDS = 12  # a credit line alone ("Photo: John Moore/Getty Images") is shorter still
_NAME_WORDS = 4  # words in one name of a credit ("Jewel Samad", "AFP", "Getty Images")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "van", "von"})  # inside a name


def caption(line: str, rules: Rules) -> bool:
    """A photo's caption: a short paragraph placing a named person ("Kishida (right) with ...") and
    crediting no one, or one closed by the photo's credit in brackets ("... on October 2, 2015.
    (FABRICE COFFRINI/AFP/Getty Images.)")."""
    if "(" not in line or len(line) > _CAPTION_LENGTH:
        return False
    words = line.split()
    if len(words) > _CAPTION_WORDS:
        return False
    if any(w.strip(".,;:").lower() in rules.cues for w in words):
        return False  # "False claims ... Demetriou says C. (AAP: Dean Lewins)": a caption giving words
    stripped = line.rstrip()
    if stripped.endswith(")") and photo_credit(stripped[stripped.rfind("(") + 1 : -1], rules):
        return True
    for mark in rules.caption_marks:
        at = line.find(" " + mark)
        if at > 0 and line[:at].rsplit(" ", 1)[-1][:1].isupper():
            return True
    return False


def piped_credit(line: str) -> bool:
    """A photographer's name and whom the picture is from, between a bar: "Jane Doe | Reuters", "Tom Hale
    | Getty Images". At the head of a story the same line is its byline; below it, under a caption, it
    credits the photo and names no outlet of the story."""
    parts = line.strip().split(" | ")
    if len(parts) != 2:
        return False
    name, source = (p.split() for p in parts)
    person = 2 <= len(name) <= 3 and all(w.istitle() and w.replace("-", "").isalpha() for w in name)
    return person and 1 <= len(source) <= _NAME_WORDS and source[0][:1].isupper()


def photo_credit(line: str, rules: Rules) -> bool:
    """A line crediting a photo: "Photo: Reuters", "Scott Olson via Getty Images.", "John
    Moore/Getty Images.", "AP Photo/Evan Vucci"."""
    core = line.strip().strip("()").strip().rstrip(".").rstrip()
    if "\n" in core or not core or len(core.split()) > _CREDIT_WORDS:
        return False
    if core.startswith(rules.photo_labels):
        return True
    source, colon, taker = core.partition(": ")  # "AAP: Dean Lewins, file photo", "Supplied: Police"
    if colon and source.lower() in rules.photo_sources and 0 < len(taker.split()) <= _NAME_WORDS + 2:
        return True
    parts = [p.strip() for p in core.replace(" via ", "/").split("/")]
    if len(parts) < 2 or not all(_a_name(p) for p in parts):
        return False
    return any(p.lower() in rules.photo_sources for p in parts)


def _a_name(words: str) -> bool:
    """A short run of capitalised words: "Scott Olson", "JEWEL SAMAD", "Getty Images"."""
    parts = words.split()
    return 0 < len(parts) <= _NAME_WORDS and all(p[:1].isupper() or p in _SMALL_WORDS for p in parts)
