"""Documents speaking for whoever put them out: "according to a report by the Regional Water Board"
credits the board, and so do "the report" and "the document" after it; "the study" after "a major new
study" is that study, as first written. `Documents` follows the documents credited in reading order."""

from __future__ import annotations

from claimtrack.parse.speaker_words import POSSESSIVE
from claimtrack.rules import Rules

_MAX_LEAD = 4  # words before "by" holding the document's noun: "a report released on Wednesday by X"
_MAX_BACK = 3
_MIN_NAMED = 3  # words of "a Norvex report": the article, a name, the document's noun
_ARTICLES = frozenset({"a", "an", "the"})
_MAX_INITIALS = 6
_DOCUMENT_TAILS = frozenset({"for", "of", "on", "in"})  # what a document is for: "estimate for the quarter"
_WHEN = frozenset(
    {"on", "in", "last", "this", "earlier", "today", "yesterday", "out"}
)  # "released on Monday"


class Documents:
    """The last document credited in an article, by its issuer when one is named."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.last: tuple[str, str] | None = None

    def speaker(self, name: str, kind: str) -> tuple[str, str]:
        """(name, kind) of a speaker: a document issued by a body is the body; a document named again
        with "the" ("the report", "the document") is the last one credited; any other as it is."""
        if kind == "organisation" and (issuer := issued_by(name, self.rules)) is not None:
            kind = "document"  # "according to a report by the Regional Water Board": read as its issuer below
        if kind != "document":
            return name, kind
        words = name.split()
        head = words[-1].lower()
        again = words[0].lower() == "the" and len(words) <= _MAX_BACK and head in self.rules.documents
        last = self.last
        if again and last is not None and (last[1] != "document" or last[0].lower().endswith(" " + head)):
            return last  # "the report" after "a report by X" or "a new report": one document named again
        issuer = issued_by(name, self.rules)
        if issuer is not None:
            paper = issuer in self.rules.outlets or issuer.rsplit(" ", 1)[-1] in self.rules.outlet_words
            self.last = (issuer, "outlet" if paper else "organisation")
        else:
            self.last = (name, kind)
        return self.last


def issued_by(name: str, rules: Rules) -> str | None:
    """The body after "by" in a document's phrase ("a report released on Wednesday by the United
    Nation's Intergovernmental Panel on Climate Change (IPCC)": the panel), without its article, an owner
    before it, or an acronym in brackets after it; None when no body is named so."""
    lead, by, body = name.rpartition(" by ")
    if not by:
        return (
            _from(name, rules)
            or _owned(name, rules)
            or _carried_by(name, rules)
            or _named_before(name, rules)
        )
    before = [w.lower() for w in lead.split()]
    k = next((i for i, w in enumerate(before[:_MAX_LEAD]) if w in rules.documents), None)
    if not by or k is None:
        return None
    between = before[k + 1 :]  # "released on Wednesday": a participle of putting out, and when
    if between and not (
        any(w in rules.issued_by for w in between)
        and all(
            w in rules.issued_by or w in _WHEN or w.capitalize() in rules.months_and_days for w in between
        )
    ):
        return None  # "an email obtained by the Post": who has it, not who wrote it
    return _body(body, rules, issued=bool(between))


def _from(name: str, rules: Rules) -> str | None:
    """The body a document's figures come from: "data from the Freedonian Real Estate Association",
    "figures from the Office for National Statistics" (a body's name only: "data from Jane Doe" and
    "figures from last year" are no issuer)."""
    lead, link, body = name.partition(" from ")
    before = lead.lower().split()
    if not link or not 0 < len(before) <= _MAX_LEAD or before[-1] not in rules.documents:
        return None
    return _body(body, rules, issued=False)


def _owned(name: str, rules: Rules) -> str | None:
    """The body owning a document by a possessive: "the URA's flash estimate", "the Department of
    Housing's monthly tally". A country's or a person's possessive keeps the document ("Japan's foreign
    policy", "Trump's tax plan")."""
    words = name.split()
    k = next((i for i, w in enumerate(words) if w.endswith(POSSESSIVE)), None)
    if k is None:
        return None
    # the document's noun within a few words, last or before what it is for: "the URA's flash estimate
    # for the third quarter"
    reach = range(k + 1, min(len(words), k + 2 + _MAX_LEAD))
    d = next((i for i in reach if words[i].lower() in rules.documents), None)
    if d is None or (d < len(words) - 1 and words[d + 1] not in _DOCUMENT_TAILS):
        return None
    owner = words[k][: -len(next(p for p in POSSESSIVE if words[k].endswith(p)))]
    owned = " ".join([*words[:k], owner])
    if owned.removeprefix("the ").removeprefix("The ") in rules.countries:
        return None
    found = _body(owned, rules, issued=False)
    named = found is not None and (" " in found or _initials(found) or found in rules.outlets)
    return found if named else None


def _named_before(name: str, rules: Rules) -> str | None:
    """The body or person named right before a document's noun, after "a" or "the": "A Westmere Council
    statement", "a Norvex report" (not a nation's: "a Japanese statement", "the US report")."""
    words = name.split()
    if (
        len(words) < _MIN_NAMED
        or words[0].lower() not in _ARTICLES
        or words[-1].lower() not in rules.documents
    ):
        return None
    named = words[1:-1]
    if len(named) > _MAX_LEAD or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in named):
        return None
    found = " ".join(named)
    if found in rules.countries or found.lower() in rules.nationalities or found in rules.months_and_days:
        return None
    return found


def _initials(word: str) -> bool:
    """A body's initials: "URA", "ONS" (two to six capitals)."""
    return 2 <= len(word) <= _MAX_INITIALS and word.isalpha() and word.isupper()


def _body(body: str, rules: Rules, *, issued: bool) -> str | None:
    """The body's name in `body`, after "by" or "from" or before a possessive, without its article, an
    owner before it or an acronym in brackets after it; None for a person's or for no name. A name
    with a body's word, its initials or an outlet's is a body; so is a lone name after a participle
    of putting out ("compiled by Arnova", `issued`), which no surname alone follows in news copy."""
    words = body.split(" (", 1)[0].split()
    k = max((i + 1 for i, w in enumerate(words) if w.endswith(POSSESSIVE)), default=0)
    k = 1 if k == 0 and words[:1] in (["the"], ["The"]) else k
    rest = words[k:]
    lower = [i for i, w in enumerate(rest) if not w[:1].isupper() and w not in rules.acronym_links]
    kind = rest[lower[-1]].lower() if lower else ""  # "industry body Assocham", "state news agency Xinhua"
    if lower and lower[-1] + 1 < len(rest) and (kind in rules.organisations or kind in rules.body_kinds):
        return " ".join(rest[lower[-1] + 1 :])  # the body's kind, then its name
    if not rest or not rest[0][:1].isupper():
        return None
    if rules.given_name(rest[0]):
        return None  # "calculations by Amy Doe of the Institute": a person's work, the document speaks
    if not all(w[:1].isupper() or w in rules.acronym_links for w in rest):
        return None  # "a survey by researchers at X": no body's name
    found = " ".join(rest)
    bracketed = " (" in body  # "the Regional Water Board (RWB)": a body that goes by its initials
    if bracketed or found in rules.outlets or any(w.lower() in rules.organisations for w in rest):
        return found
    papered = len(rest) > 1 and rest[-1] in rules.outlet_words  # "a report by the Harbour Times"
    if papered and "and" not in rest and "&" not in rest:
        return found
    joint = "and" in rest or "&" in rest or "/" in found  # "a poll by the Times and ABC News": the poll
    if not joint and (any(_initials(w) for w in rest) or (issued and len(rest) == 1 and rest[0].isalpha())):
        return found  # "a new report by PropMetric RP Data", "the data compiled by Arnova"
    return None  # "an analysis by Jane Doe": a person's work, the document speaks


def _carried_by(name: str, rules: Rules) -> str | None:
    """The listed outlet a document ran on or in ("Reports on Iran's Press TV", "a report in The Times"):
    it speaks; None for a document on anything else ("reports on the economy")."""
    for link in (" on ", " in "):
        lead, on, medium = name.partition(link)
        if not on or not lead or lead.split()[-1].lower() not in rules.documents:
            continue
        words = medium.split()
        k = max((i + 1 for i, w in enumerate(words) if w.endswith(POSSESSIVE)), default=0)  # "Iran's"
        found = " ".join(words[k:])
        bare = found.removeprefix("the ").removeprefix("The ")
        if found in rules.outlets or bare in rules.outlets:
            return found if found in rules.outlets else bare
    return None
