"""Speaker phrases that end in a name: a role and a name ("Russian Deputy Foreign Minister Igor
Morgulov", "Sen. Bernie Sanders", "NBC’s Dante Chinni"), a name and where the person works ("Stu
Rothenberg of the Rothenberg Political Report"), and the kind of body a name is (person, organisation or
outlet)."""

from __future__ import annotations

from claimtrack.parse.credits import arab_article, edition, known_outlet
from claimtrack.parse.mention import Mention, Span
from claimtrack.parse.speaker_words import CONNECTORS, DETERMINERS, PARTISANS, POSSESSIVE, POSTMODIFIERS
from claimtrack.parse.tokens import Token, is_capitalised
from claimtrack.rules import Rules

NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
# a country's initials or its own language's adjective naming its postal service: "UK Post", a "Deutsche
# Post", Ireland's "An Post"
_POSTAL_COUNTRIES = frozenset({"NZ", "UK", "US", "Deutsche", "An"})
_NAME_THEN = ("of", "at", "with", "in", "from")  # "Jane Doe of the Brookings Institution", "... in Almaty"
_NOT_IN_ROLES = frozenset({"by", "about", "from", "against", "than", "with"})  # a role ends before these
_COMPLEMENTS = frozenset({"of", "for", "to"})  # "Minister of ...", "spokesman for ...", "Ambassador to ..."
_PLACED = frozenset({"in", "at"})  # "Spokesperson in the Ministry of ...", "spokesman at the Embassy ..."


# Titles that are also parts of names, as in Chinese and Malaysian names ("Wong King Wei"): between two
# words of a name they belong to it.
_NAME_LIKE_TITLES = frozenset({"king"})


def _named_before(word: Token) -> bool:
    """Whether `word`, before letters of `Rules.post_nominals`, may end a name: capitalised, not initials
    ("Caroline Lucas MP"; not "the PTI MP", a party's member)."""
    return is_capitalised(word.text) and not word.text.isupper()


def name_of(text: str, words: list[Token], lowered: list[str], span: Span, rules: Rules) -> Mention | None:
    """ "Stu Rothenberg of the Rothenberg Political Report": a name, then where the person works ("of",
    "at", "with"; that is the role when no title gives one) or where they are ("in", "from")."""
    k = next((i for i in range(1, len(words) - 1) if lowered[i] in _NAME_THEN), 0)
    if not k or not is_capitalised(words[k - 1].text):
        return None
    if not is_capitalised(words[-1].text) and not _body_of(lowered, k, rules):
        return None
    left = name_phrase(text, words[:k], lowered[:k], rules)
    if left is None or left.kind != "person":
        return None
    where = text[words[k + 1].start : words[-1].end] if lowered[k] in ("of", "at", "with") else None
    return Mention(left.name, "person", left.role or where, span)


def _body_of(lowered: list[str], k: int, rules: Rules) -> bool:
    """Whether the words after the name's "of", "at" or "with" name a body by its common noun: "Maria
    Okonjo of the Lagos delegation", "Jane Doe with the Kenyan team"."""
    return (
        lowered[k] in ("of", "at", "with") and lowered[k + 1] == "the" and lowered[-1] in rules.organisations
    )


def name_phrase(text: str, words: list[Token], lowered: list[str], rules: Rules) -> Mention | None:
    """A phrase ending in a capitalised name, perhaps after a role: "Russian Deputy Foreign Minister
    Igor Morgulov", "The Japanese publication The Japan Times", "Sen. Bernie Sanders"; letters after the
    name are no part of it ("Mr Mansfield QC", `Rules.post_nominals`)."""
    k = len(words) - 1
    if lowered[k] in rules.post_nominals and words[k].text.isupper():
        if k == 0:
            return None  # "Commissioner Terence Cole, QC, complained": the letters alone name no one
        # (not after "the": "the former Westmere Party MP" is a member of the party, described)
        if _named_before(words[k - 1]) and lowered[0] not in ("the", "a", "an"):
            return _name_phrase(text, words[:k], lowered[:k], rules)
    return _name_phrase(text, words, lowered, rules)


def _joined_in_body(words: list[Token], lowered: list[str], i: int, rules: Rules) -> bool:
    """Whether the capitalised title at `i` is joined by "and" to the rest of a body's name, which a
    body's noun closes: "Driver and Ferry Licensing Agency" (no driver's name)."""
    return (
        i + 2 < len(words)
        and lowered[i + 1] == "and"
        and is_capitalised(words[i].text)
        and is_capitalised(words[i + 2].text)
        and lowered[-1] in rules.organisations
        and is_capitalised(words[-1].text)
    )


def _joined_title(low: str, rules: Rules) -> bool:
    """Whether a word is a title joined to a word of when it was held, "then-mayor", "ex-minister", or
    two titles joined, "commissioner-general" (as "director-general", which the titles list)."""
    when, _, title = low.partition("-")
    return (when in _TITLE_TIMES or when in rules.titles) and title in rules.titles


_TITLE_TIMES = frozenset({"then", "ex", "former", "acting", "interim"})  # before a title's hyphen


def _name_phrase(text: str, words: list[Token], lowered: list[str], rules: Rules) -> Mention | None:
    n = len(words)
    i = n - 1
    if lowered[i] in NAME_SUFFIXES and n > 1:
        i -= 1  # "Martin Luther King Jr.": the suffix is part of the name
    if lowered[i] in rules.titles and is_capitalised(words[i].text) and i > 0:
        i -= 1  # the last word is the name even when it is also a title: "Mr. King", "Rep. Steve King"
    while i >= 0 and (
        (
            is_capitalised(words[i].text)
            # (a publication's word capitalised inside a name is the name's: "The Norvale Service Journal";
            # not alone, closing it: "Newspaper: C" heads a story)
            and (lowered[i] not in rules.titles or (lowered[i] in rules.publications and i < n - 1))
            and lowered[i] not in rules.honorifics
            and (i == n - 1 or words[i].text not in rules.capital_titles)  # "Public Defender Jane Roe"
            and not _joined_title(lowered[i], rules)  # "Then-Mayor Tom Hale"
            and not (i > 0 and f"{lowered[i - 1]} {lowered[i]}" in rules.compound_ranks)  # "Lt Gen"
            # "MD Bernard Njiraini": a title's initials before a full name (not "RSN Rayer", one word)
            and not (words[i].text.isupper() and lowered[i] in rules.title_initials and n - i > 2)
            and not (i < n - 1 and lowered[i].endswith(POSSESSIVE))  # "NBC’s Dante Chinni": NBC's man
        )
        or (lowered[i] in CONNECTORS and i < n - 1 and _after_a_name(words, lowered, i))
        or (lowered[i] in _NAME_LIKE_TITLES and i < n - 1 and _inside_a_name(words, lowered, i, rules))
        or _joined_in_body(words, lowered, i, rules)
    ):
        i -= 1
    first = i + 1
    # "The Japan Times": a capitalised article opening an outlet's name stays in it.
    while first < n and lowered[first] in CONNECTORS and words[first].text.islower():
        first += 1
    if first >= n:
        return None
    first = _name_start(words, lowered, first, rules)
    if first >= n:
        return None  # "president of the Daman Machimar Sangh": a body's name, no one's
    first -= _paper_noun_opening(words, lowered, first, rules)
    role_words = _uncourted(_role_part(words[:first], rules), rules)
    if role_words and role_words[0].text.lower() in ("the", "a", "an"):
        role_words = role_words[1:]
        plain = all(w.text.islower() and not _is_title(w.text.lower(), rules) for w in role_words)
        if _postmodified(role_words, rules):
            return None  # "The contrast with Trump": a thing and what it is about, no speaker
        if plain and any(w.text.lower() in rules.speech_nouns for w in role_words):
            return None  # "C, an accusation Harbour has denied": a claim named, then who denies it
        if len(role_words) <= 2 and plain:
            role_words = []  # "A teary-eyed Bush": a description, not a role ("The ministry's spokesman" is)
    titled = any(_is_title(w.text.lower(), rules) for w in role_words)
    if not titled and _described(words, role_words, first, n):
        role_words = []  # "thriller writer Brad Thor": a description of the person, kept as the role below
        described = True
    else:
        described = False
    last_title = max((k for k, w in enumerate(role_words) if _is_title(w.text.lower(), rules)), default=-1)
    bodied = _complement_body(role_words, rules)  # "chairman of the electoral commission"
    for k, w in enumerate(role_words):
        low = w.text.lower()
        known = _is_title(low, rules) or low in rules.role_words or low in rules.publications
        # "for the ministry", "chief executive for mining": a body or a portfolio the title is for
        known = known or (
            (low in rules.organisations or low in rules.portfolios) and _complemented(lowered[:k])
        )
        # "hedge fund manager Paul Singer": plain words before a title; "Spokesperson in the Ministry of
        # External Affairs Anurag Srivastava": "in" a body whose word ends the role
        known = (
            known
            or (k < last_title and _modifier(low, rules))
            or (k + 1 == last_title and low in rules.noun_cues)  # "claims director Jane Roe"
            # "chairman of the electoral commission Wafula Chebukati": a body named in lower case
            or (bodied and _modifier(low, rules) and _complemented(lowered[:k]))
            or (_placed(lowered, k, rules) and _placed_name(words, first, rules))
            or _posted(words, lowered, k, rules)  # "Ambassador in Islamabad X"
            or _what_of(role_words[:k], w, rules)  # "director of regional freight planning X"
        )
        if not (known or is_capitalised(w.text) or low.endswith(POSSESSIVE) or w.text == "&"):
            return None  # ("&" inside a body's name in the role: "Harbour Fish & Game chief executive")
    affiliation = bool(role_words) and role_words[-1].text.endswith(POSSESSIVE)  # "the CDC's Dr. Jhung"
    if (
        role_words
        and not affiliation
        and not any(
            _is_title(w.text.lower(), rules)
            or w.text in rules.capital_titles
            or w.text.lower() in rules.publications
            or w.text.lower() in PARTISANS
            or (w.text.isupper() and w.text.lower() in rules.title_initials)  # "MD Bernard Njiraini"
            for w in role_words
        )
    ):
        return None  # capitalised words before the name that are no role: not a speaker phrase
    name_span = (words[first].start, words[-1].end)
    name = text[name_span[0] : name_span[1]]
    if name.endswith(POSSESSIVE) or name.lower() in rules.leading_words or name.lower() in DETERMINERS:
        return None
    role = text[role_words[0].start : role_words[-1].end] if role_words else None
    role = text[words[0].start : words[first - 1].end] if described else role
    if affiliation and role is not None and not any(_is_title(w.text.lower(), rules) for w in role_words):
        role = _affiliation(role[:-2], rules)  # "NBC’s Dante Chinni": of NBC
    name, role = _past_compounds(text, words, first, rules) or (name, role)
    kind = _kind_of_name(name, role, rules, words[:first])
    if kind == "organisation":
        name, role = _body_whole(
            text,
            (words[0].start, name_span[1]),
            role_words,
            (name, role),
            affiliation=affiliation,
            rules=rules,
        )
    if (
        name.startswith(("The ", "the "))
        and kind == "person"
        and (last := name.split()[-1].lower()) not in rules.titles
        and last not in PARTISANS
    ):
        return None
    return Mention(name, kind, role, (words[0].start, words[-1].end))


def _body_whole(
    text: str,
    span: tuple[int, int],
    role_words: list[Token],
    read: tuple[str, str | None],
    *,
    affiliation: bool,
    rules: Rules,
) -> tuple[str, str | None]:
    """A body's name and role as read (`read`), or the name whole: a title opening it is of it ("the
    General Insurance Council", "President Hotel Group"), and so is an owner with no role ("Russia’s
    Defense Ministry")."""
    name, role = read
    start, end = span
    titles = [w for w in role_words if w.text.lower() != "the"]
    # (and a body's noun alone after capitalised words is their body's: "The Police Representative
    # Association", not a body named "Association" with a role)
    whole = name.lower() in rules.organisations or all(_is_title(w.text.lower(), rules) for w in titles)
    if role is not None and titles and all(is_capitalised(w.text) for w in titles) and whole:
        return text[start:end], None
    if affiliation and role is None:
        # (a country owning a name of its own, no body's noun in it, says only where the body is:
        # "Japan's HVN" is HVN, "Russia's Defense Ministry" the ministry of Russia)
        owner = role_words[-1].text[:-2]
        if owner in rules.countries and not any(w.lower() in rules.organisations for w in name.split()):
            return name, None
        return text[role_words[-1].start : end], None
    return name, role


def body_named(text: str, words: list[Token], lowered: list[str], rules: Rules) -> Mention | None:
    """ "US oil giant Exxon", "Carmaker Nissan", "Japan's biggest carmaker Toyota", "Rights group Civitas
    Watch": words describing a body, ending in a noun naming a kind of body (`Rules.body_kinds`), then
    its capitalised name (up to four words). The name speaks, a body (an outlet when the words name a
    publication), and the words are its role. Before the noun: an article, then capitalised words (a
    nationality, a place, the sentence's first word), then plain lower-case words; the noun is capitalised
    only opening the phrase. A name opening with a given name is a person's ("film producer Jane Roe")."""
    n = len(words)
    k = next((k for k in range(n - 2, max(-1, n - 6), -1) if _kind_noun(words, lowered, k, rules)), -1)
    if k < 0 or words[k].after:
        return None
    name = words[k + 1 :]
    if not all(
        _name_word(w, low, rules)
        or (w.text == "&" and 0 < i < len(name) - 1)  # "Retailer Westmere & Hale"
        or (i == len(name) - 1 and _name_word(w, low.removesuffix("'s").removesuffix("’s"), rules))
        for i, (w, low) in enumerate(zip(name, lowered[k + 1 :], strict=True))
    ):
        return None  # (a possessive closing the phrase is the name's own: "Pharma major Harbour's said")
    if len(name) > 1 and rules.given_name(lowered[k + 1]):
        return None
    start = 1 if lowered[0] in ("the", "a", "an") and k > 0 else 0
    m = start
    while m < k and (is_capitalised(words[m].text) or lowered[m].endswith(POSSESSIVE)) and not words[m].after:
        m += 1  # "US", "Anglo-Dutch", "Japan's", "Information" opening the sentence
    if not all(_describing(w, low, rules) for w, low in zip(words[m:k], lowered[m:k], strict=True)):
        return None
    role = text[words[start].start : words[k].end]
    named = text[name[0].start : name[-1].end]
    if len(name) > 1 and named.endswith(POSSESSIVE) and named.lower() not in rules.possessive_names:
        named = named[:-2]  # "Danish firm Harbour Energy’s plans": the firm owns them (not "Trader Joe's")
    kind = _kind_of_name(named, role, rules)
    return Mention(named, "organisation" if kind == "person" else kind, role, (words[0].start, words[-1].end))


def _kind_noun(words: list[Token], lowered: list[str], k: int, rules: Rules) -> bool:
    """Whether word `k` is a noun of a kind of body describing a name after it: in lower case ("oil giant
    X"; "US lender Bank Leumi" names the bank), or capitalised opening the phrase, when the noun opens no
    firm's own name ("Carmaker Korrin", but "Union Pacific", "Bank Leumi": `Rules.body_kind_names`)."""
    low = lowered[k]
    if low not in rules.body_kinds:
        return False
    return words[k].text.islower() or (k == 0 and low not in rules.body_kind_names)


def _name_word(word: Token, low: str, rules: Rules) -> bool:
    """A word of a body's name after the words describing it: capitalised, not a title, a day, a
    possessive or a leading word ("the company Monday said" names no "Monday")."""
    return (
        is_capitalised(word.text)
        and not low.endswith(POSSESSIVE)
        and low not in rules.titles
        and low not in rules.honorifics
        and low not in rules.leading_words
        and word.text.removesuffix(".") not in rules.months_and_days
    )


def _describing(word: Token, low: str, rules: Rules) -> bool:
    """A plain lower-case word describing a body ("oil", "biggest", "state-owned"): no verb, pronoun,
    preposition or determiner, nothing after it but a space."""
    function = low in CONNECTORS or low in POSTMODIFIERS or low in DETERMINERS or low in _NOT_IN_ROLES
    if word.after in ("'", "’") and low.endswith("s"):
        return word.text.islower() and low.isalpha()  # "the dock workers' union X": whose union
    return word.text.islower() and not word.after and not function and _modifier(low, rules)


def _past_compounds(text: str, words: list[Token], first: int, rules: Rules) -> tuple[str, str] | None:
    """An outlet's name and role when compound adjectives capitalised by the language or place they name
    describe it: "the government-run English-language Iran Daily", "Kremlin-backed RT" (the part after
    the hyphen is in lower case; "Interfax-Ukraine" is a name); and a person's or a named body's: "Sudan-born
    Bol", "Essex-based Squibb Group" (not "Saudi-led coalition": a body's common noun needs the adjective)."""
    start = first
    while start < len(words) - 1 and _compound_adjective(words[start].text):
        start += 1
    name = text[words[start].start : words[-1].end]
    kind = _kind_of_name(name, None, rules)
    named = kind == "organisation" and all(is_capitalised(w.text) for w in words[start:])
    if start == first or (kind not in ("outlet", "person") and not named):
        return None
    return name, text[words[0].start : words[start - 1].end].removeprefix("the ").removeprefix("The ")


def _compound_adjective(word: str) -> bool:
    head, _, tail = word.rpartition("-")
    return bool(head) and head[:1].isupper() and tail.isalpha() and tail.islower() and len(tail) > 3


def _affiliation(owner: str, rules: Rules) -> str | None:
    """The role a possessive alone gives a name ("NBC’s Dante Chinni": NBC); a country's or a capital's
    gives none ("Japan's Fumio Kishida": where the person is from, not what they are)."""
    return None if owner in rules.countries or owner in rules.capitals else owner


def names_no_one(mention: Mention, words: list[Token], rules: Rules) -> bool:
    """Whether a person's mention (its words `words`) is a role with no name: "the space agency's
    chairman" (a name is capitalised), "the Deputy Minister" (`role_only`), "Director of Consumer
    Protection" (a title and what it is of)."""
    if mention.role or mention.pronoun or " " not in mention.name:
        return False
    lowered = [w.text.lower() for w in words[:2]]
    if len(words) > 2 and lowered[0] in rules.titles and lowered[1] in ("of", "for", "at"):
        # "Director of Consumer Protection at the Ministry of Economy": a title and its office (read as
        # the ministry's name when it closes the phrase)
        return mention.kind in ("person", "organisation", "anonymous")
    definite = lowered[0] == "the" or lowered[0].endswith(POSSESSIVE)
    if mention.kind == "anonymous" and definite and words[-1].text.lower() in rules.titles:
        return True  # "the governor's spokesman", "Roe's spokesman": one role, named before its comma
    if mention.kind != "person":
        return False
    return mention.name[:1].islower() or role_only(words, rules)


def role_only(words: list[Token], rules: Rules) -> bool:
    """A role with no name: "the minister", "the Deputy Minister", "the Japanese Foreign Minister",
    "Turkish Deputy Prime Minister", "Russian Envoy". It ends in a title that is no surname here ("Angus
    King", "Mr. King", "Rep. King" are names); the words before it are titles or words of a role, but the
    first may be any capitalised word (a nationality or a body: "Turkish", "HuffPost", "Iran's"), and a
    body's word may stand among them ("Foreign Ministry Spokesman")."""
    lowered = [w.text.lower() for w in words]
    the = lowered[:1] == ["the"]
    rest, low = (words[1:], lowered[1:]) if the else (words, lowered)
    # "Minister for Finance", "the Minister of Foreign Affairs": a title and its portfolio
    of = next(
        (k for k in range(1, len(low) - 1) if low[k] in ("of", "for") and _is_title(low[k - 1], rules)), 0
    )
    if of and all(w in rules.portfolios or w in ("and", "the", "foreign", "home") for w in low[of + 1 :]):
        rest, low = rest[:of], low[:of]
        if not the and len(rest) == 1 and rest[0].text[:1].isupper():
            return True  # "Minister for Finance cited C": capitalised, the article left out
    if len(rest) < (1 if the else 2) or not _is_title(low[-1], rules):
        return False
    if low[-1] in rules.publications or low[-1] in rules.organisations:
        return False  # "Christian News Service", "the Kyodo news agency": a body
    before = low[-2] if len(low) > 1 else ""
    given = rules.given_name(before)
    abbreviated = before.endswith(".") and (before in rules.titles or len(before) == 2)  # "Rep.", "J."
    abbreviated = abbreviated or before in rules.honorifics
    if (low[-1] in rules.title_surnames and not the) or given or abbreviated:
        return False  # "Angus King", "Mr. King", "Rep. King", "J. King": a name ("the Pope" is a role)
    first = low[0] in rules.titles or low[0] in rules.role_words or is_capitalised(rest[0].text)
    # "Iran's Foreign Ministry Spokesman": a body's word before the title is what the role is of
    middle = [w for w in low[1:-1] if w not in rules.organisations]
    return first and all(_is_title(w, rules) or w in rules.role_words for w in middle)


def _role_part(role_words: list[Token], rules: Rules) -> list[Token]:
    """ "remarks by President Ebrahim Raisi": the role is what follows "by", "with", "about" when a title
    is there."""
    cut = max((k for k, w in enumerate(role_words) if w.text in _NOT_IN_ROLES), default=-1)
    if cut >= 0 and any(_is_title(w.text.lower(), rules) for w in role_words[cut + 1 :]):
        return role_words[cut + 1 :]
    return role_words


def _uncourted(role_words: list[Token], rules: Rules) -> list[Token]:
    """The role's words without courtesy titles ("Dr.", "Datuk Seri") and without a title of rank after
    an office, which is the person's, not the office's: "Saudi Foreign Minister Prince Saud al-Faisal" is
    the Saudi Foreign Minister ("Saudi Crown Prince" keeps its "Prince": no office before it)."""
    kept = [w for w in role_words if w.text.lower() not in rules.honorifics]
    pair = " ".join(w.text.lower() for w in kept[-2:])
    if len(kept) > 2 and pair in rules.compound_ranks and _is_title(kept[-3].text.lower(), rules):
        return kept[:-2]  # "Army spokesman Lt. Col. Jane Roe" is the Army spokesman
    last = kept[-1].text.lower() if kept else ""
    if (
        len(kept) > 1
        and (last in rules.given_name_titles or last in rules.personal_ranks)
        and _is_title(kept[-2].text.lower(), rules)
        and f"{kept[-2].text.lower()} {last}" not in rules.compound_ranks  # "Lt. Col." is one rank
    ):
        return kept[:-1]  # (and "Port director Captain Jane Roe" is the port director)
    return kept


def _postmodified(role_words: list[Token], rules: Rules) -> bool:
    """ "The contrast with Trump": a thing and what it is about; but "the head of the Fund Kirill
    Dmitriev" is a title with its complement."""
    titled = any(
        w.text in _COMPLEMENTS and _is_title(role_words[k - 1].text.lower(), rules)
        for k, w in enumerate(role_words[1:], 1)
    )
    return not titled and any(
        w.text in POSTMODIFIERS or w.text in ("by", "about", "against", "than") for w in role_words
    )


def _complement_body(role_words: list[Token], rules: Rules) -> bool:
    """Whether a role ends in a body named in a title's complement ("chairman of the electoral
    commission"): a body's word last, after "of", "for" or "to"."""
    low = [w.text.lower() for w in role_words]
    return len(low) >= 3 and low[-1] in rules.organisations and _complemented(low[:-1])


def _what_of(before: list[Token], word: Token, rules: Rules) -> bool:
    """Whether a plain word in lower case says what the title before it is of, in a run of such words
    after the title and "of": "director of policy", "vice president of global sales"; no cue,
    auxiliary, pronoun or determiner ("a columnist for the tech site Westmere": for a medium named)."""
    low = word.text.lower()
    if not word.text.isalpha() or not word.text.islower() or low in rules.cues or low in rules.auxiliaries:
        return False
    if low in rules.pronouns:
        return False
    k = len(before)
    while k > 0 and before[k - 1].text.isalpha() and before[k - 1].text.islower():
        if before[k - 1].text in DETERMINERS:
            return False  # "a columnist for the tech news site Westmere": a medium named, not the person
        if before[k - 1].text == "of":
            return k > 1 and before[k - 2].text.lower() in rules.titles
        k -= 1
    return False


def _complemented(lowered: list[str]) -> bool:
    """A title followed by what it is of, for or to: "Minister of", "spokesman for", "Ambassador to"."""
    return any(lowered[k] in _COMPLEMENTS for k in range(1, len(lowered)))


def _name_start(words: list[Token], lowered: list[str], first: int, rules: Rules) -> int:
    """Where the name starts in a phrase whose capitalised words start at `first`: past a party
    ("Democrat Hillary Clinton": the party is a role), a trade's noun ("Retailer Jane Roe") and a title's
    complement (`_after_portfolio`)."""
    if first == 0 and _trade_opening(words, rules):
        return 1
    body = any(w in rules.organisations for w in lowered[first + 1 :])  # "Republican National Committee"
    if len(words) - first >= 3 and lowered[first] in PARTISANS and not body:
        first += 1
    elif not body:
        # a place before the party, as US papers name a legislator by district: "Westmere Republican Tom
        # Hale", "New Westmere Democrat Tom Hale" (the place and the party are the role; two words of a
        # name at least after it, and no given name before it)
        party = next(
            (k for k in range(first + 1, min(first + 3, len(words) - 2)) if lowered[k] in PARTISANS), 0
        )
        if party and not any(rules.given_name(w.text) for w in words[first:party]):
            first = party + 1
    return _after_portfolio(words, lowered, first, rules)


def _after_portfolio(words: list[Token], lowered: list[str], first: int, rules: Rules) -> int:
    """Where the name starts when a title's complement runs into it: "Deputy Minister of Foreign Affairs
    of the Russian Federation Sergey Ryabkov" (not "Russian Federation Sergey Ryabkov"), "Secretary of
    State John Kerry", "Head of the Russian Direct Investment Fund Kirill Dmitriev". The name follows
    the last word naming a body, a portfolio or a country; with none, it is the last two words
    ("Secretary of Agriculture Tom Vilsack"), three with a middle initial."""
    n = len(words)
    opened = any(
        (lowered[k] in _COMPLEMENTS and _is_title(lowered[k - 1], rules))
        or _placed(lowered, k, rules)
        or _posted(words, lowered, k, rules)  # "Ambassador in Islamabad X"
        for k in range(1, first)
    )
    if not opened or n - first < 2:
        return first
    before = lowered[first - 1] if first > 0 else ""
    if before in rules.honorifics or (before in rules.titles and before not in rules.portfolios):
        return first  # "Minister of Foreign Affairs Sheikh Salem Abdullah Al-Sabah": a title opens the name
    whole = first
    run = next((k + 1 for k in range(n - 1, first - 1, -1) if not is_capitalised(words[k].text)), first)
    if run > first:  # "Minister of Energy and Natural Resources of Turkiye Alparslan Bayraktar"
        if n - run < 3:
            return first  # "the United Mine Workers of America", "the Center for American Progress": a body
        first = run
    for k in range(n - 2, first - 1, -1):
        text = words[k].text
        low = lowered[k]
        if (
            low in rules.organisations
            or low in rules.portfolios
            or text in rules.countries
            or text in rules.capitals
            # "Minister of State for Electronics and IT Jane Roe": a name of two words or more after an
            # initialism (not "President of CNN Worldwide", a body's name)
            or (_acronym(text) and k < n - 2)
        ):
            return k + 1
    if n - first < 3 or first > whole:
        return whole  # after a lower-case word only a country or a body marks where the name starts
    if lowered[first - 1] == "the":
        return n  # "president of the Daman Machimar Sangh": after "the" a body's name, no one's
    initial = len(words[n - 2].text) == 2 and words[n - 2].text.endswith(".")  # "Donald J. Trump"
    return n - 3 if initial else n - 2


def _posted(words: list[Token], lowered: list[str], k: int, rules: Rules) -> bool:
    """Whether word `k` is the "in" of a title posted in a capital: "Ambassador in Islamabad"."""
    if lowered[k] != "in" or k + 1 >= len(words) or not _is_title(lowered[k - 1], rules):
        return False
    return words[k + 1].text in rules.capitals or words[k + 1].text in rules.countries


def posted_title(words: list[Token], lowered: list[str], rules: Rules) -> bool:
    """Whether a phrase holds a title posted in a capital: "Ambassador in Islamabad X"."""
    return "in" in lowered and any(_posted(words, lowered, k, rules) for k in range(1, len(lowered) - 1))


def placed_title(lowered: list[str], rules: Rules) -> bool:
    """Whether a phrase holds a title placed in a body: "Spokesperson in the Ministry of ..." """
    return any(_placed(lowered, k, rules) for k in range(1, len(lowered) - 1))


def _placed(lowered: list[str], k: int, rules: Rules) -> bool:
    """Whether word `k` is the "in" or "at" of a title placed in a body, before "the" and the body's name:
    "Spokesperson in the Ministry of External Affairs", "spokesman at the Embassy", "Leader of Opposition
    in the National Assembly"."""
    if lowered[k] not in _PLACED or k == 0 or k + 1 >= len(lowered):
        return False
    before = lowered[k - 1]  # a title, or the body its complement names ("Leader of Opposition in the")
    titled = _is_title(before, rules) or (before in rules.organisations and _complemented(lowered[: k - 1]))
    return lowered[k + 1] == "the" and titled


def _placed_name(words: list[Token], first: int, rules: Rules) -> bool:
    """Whether the words from `first` are a person's name after a title placed in a body: the body's last
    word before them, two words or more, none of them a body's ("Policy Unit" is none)."""
    name = words[first:]
    return (
        _body_word(words[first - 1].text, rules)
        and len(name) > 1
        and not any(_body_word(w.text, rules) for w in name)
    )


def _acronym(word: str) -> bool:
    """An initialism ("IT", "FBI", "ACCC"): it names a body or a portfolio, never a given name."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _body_word(word: str, rules: Rules) -> bool:
    """A word that may end a body's name or a title's complement: "Ministry", "Affairs", "Pentagon"."""
    low = word.lower()
    return (
        low in rules.organisations
        or low in rules.portfolios
        or word in rules.countries
        or word in rules.capitals
    )


def _is_title(low: str, rules: Rules) -> bool:
    """A title word, also hyphenated ("co-host", "ex-senator", "front-runner")."""
    return low in rules.titles or low.rsplit("-", 1)[-1] in rules.titles


def _modifier(low: str, rules: Rules) -> bool:
    """A plain lower-case word that may describe a title ("hedge fund manager"): no verb we know of,
    no pronoun or opener."""
    plain = low.replace("-", "").isalpha() and (not low.endswith("ly") or low in rules.ly_nouns)
    verbal = low in rules.cues or low in rules.auxiliaries or low in rules.pronouns
    return plain and not verbal and low not in rules.leading_words and low not in rules.relatives


# words describing someone before a two-word name: "Former national 800 metres record holder"
_MAX_DESCRIPTION = 6


def _described(words: list[Token], role_words: list[Token], first: int, n: int) -> bool:
    """ "Retired neurosurgeon Ben Carson", "best-selling thriller writer Brad Thor": a person named
    after a plain description of what they do (a lower-case noun right before a two-word name)."""
    if not role_words or n - first < 2 or len(role_words) > _MAX_DESCRIPTION:
        return False
    head = role_words[-1].text
    # (a figure may describe it: "national 800 metres record holder Tom Hale")
    plain = all(w.text.isalnum() or "-" in w.text for w in role_words)
    verbal = head.endswith(("ly", "ing", "ed"))
    trade = len(role_words) == 1 and first == 1 and head.endswith(_TRADE_ENDINGS)  # "Retailer Jane Roe"
    return plain and (head.islower() or trade) and head.isalpha() and len(head) > 3 and not verbal


# endings of a noun for what someone does ("retailer", "economist", "historian"): capitalised alone before
# a given name and a surname, opening the phrase, it is that person's trade
_TRADE_ENDINGS = ("er", "or", "ist", "ian")


def _trade_opening(words: list[Token], rules: Rules) -> bool:
    """Whether the phrase opens with a capitalised noun of a trade, then a given name and a surname
    ("Retailer Jane Roe", "Economist Tom Hale"); not a given name itself ("Christopher Jane ..."), nor a
    title or a body's word, which the rules read already."""
    if len(words) != 3 or not all(is_capitalised(w.text) for w in words):
        return False
    first = words[0].text
    low = first.lower()
    return (
        first.isalpha()
        and len(first) > 4
        and low.endswith(_TRADE_ENDINGS)
        and not rules.given_name(first)
        and rules.given_name(words[1].text)
        and low not in rules.titles
        and low not in rules.organisations
    )


_MEDIA_AGENCIES = frozenset({"news", "press", "wire", "photo"})  # what an agency's noun needs before it


def _publication_word(role_words: list[str], k: int, rules: Rules) -> bool:
    """Whether the role's word at `k` names a kind of outlet ("daily", "broadcaster"); "agency" only as
    a news agency or an outlet's description ("the Chinese agency", "state-run agency"), not "the
    Spanish weather agency AEMET", "the space agency"."""
    word = role_words[k]
    if word not in rules.publications:
        return False
    if word != "agency" or k == 0:
        return True
    before = role_words[k - 1]
    return before in _MEDIA_AGENCIES or before in rules.outlet_descriptors or before in rules.nationalities


def _country_words(words: list[str], rules: Rules) -> bool:
    """Whether words name a country, as written or by its initials or adjective: "Japan", "New
    Zealand", "UK", "Swiss", "Deutsche" (German)."""
    name = " ".join(words)
    return name in rules.countries or name.lower() in rules.nationalities or name in _POSTAL_COUNTRIES


def _kind_of_name(name: str, role: str | None, rules: Rules, before: list[Token] | None = None) -> str:
    """What a name names; after a courtesy title ("Mr Fox", "Dr Sky") a person, whatever else it is."""
    if before and any(w.text.lower() in rules.honorifics for w in before):
        return "person"
    bare = name[4:] if name.startswith(("The ", "the ")) else name
    parts = bare.split()
    # an outlet's word closing a given name is a surname: "Jane Post", not "The Norvale Post"; a country's
    # "Post" with no "The" is its postal service ("Japan Post", "Swiss Post"), no paper
    personal = len(parts) == 2 and bare == name and rules.given_name(parts[0])
    if bare == name and len(parts) >= 2 and parts[-1] == "Post" and _country_words(parts[:-1], rules):
        return "organisation"
    if (
        name in rules.outlets
        or bare in rules.outlets
        or (arab_article(bare) and known_outlet(bare, rules) is not None)  # "al-Ahram"
        or (not personal and any(p in rules.outlet_words for p in parts[1:]))
        or (len(parts) > 1 and parts[0] == "Daily")  # "The Daily Caller": only a paper's name opens so
    ):
        return "outlet"
    if len(parts) > 1 and edition(bare, rules) is not None:
        return "outlet"  # "CNN Philippines": a listed outlet's national edition
    # "The Japanese publication The Japan Times"; not "head of the national police service X"
    role_words = role.lower().split() if role else []
    if any(_publication_word(role_words, k, rules) for k in range(len(role_words))) and not any(
        _is_title(w, rules) and w not in rules.publications for w in role_words
    ):
        return "outlet"
    if name in rules.capitals or name in rules.countries or bare in rules.countries:
        return "organisation"
    # a common noun in lower case closing the role ("weather agency"), not a body's name ("Harbour PAC's")
    last = role.split()[-1] if role else ""
    body_noun = last.islower() and last in rules.organisations and len(parts) == 1
    if body_noun and not any(_is_title(w, rules) for w in role_words[:-1]):
        return "organisation"  # "the Spanish weather agency AEMET": the role says what body it is
    if 2 <= len(bare.replace(".", "")) <= 4 and bare.replace(".", "").isupper() and " " not in bare:
        return "organisation"  # "The CDC", "the NRA", "NATO": an acronym names a body ("TAPPER:" is a name)
    if any(p.lower() in rules.organisations for p in parts):
        return "organisation"
    # a government's agency named by its field and its country: "Health Canada", "Transport Canada" (not
    # "Michael Jordan": a given name opens a person's; nor "Say Mexico has shown": a cue opens no name)
    fielded = len(parts) > 1 and parts[-1] in rules.countries and parts[0].lower() not in rules.cues
    if fielded and not rules.given_name(parts[0]):
        return "organisation"
    # "Westmere Foundry Co.", "Norvale Software Ltd": a firm's suffix closes the name
    if len(parts) > 1 and parts[-1] in rules.firm_suffixes:
        return "organisation"
    if "." in bare and bare.split(".")[-1].isalpha() and bare.split(".")[-1].islower() and " " not in bare:
        return "outlet"  # a web address: "OILPRICE.com"
    return "person"


def _paper_noun_opening(words: list[Token], lowered: list[str], first: int, rules: Rules) -> int:
    """1 when a paper's noun, capitalised, opens the phrase right before a name of one outlet's word:
    "The Daily Times", "Britain's Daily Telegraph" are a paper's name ("Daily" no role, "Times" no name
    alone); else 0."""
    owned = first == 2 and lowered[0].endswith(POSSESSIVE)  # "Nigeria's Daily Trust": any word of a name
    opening = first == 1 or (first == 2 and lowered[0] == "the") or owned
    if first != len(words) - 1 or not opening or not (owned or words[first].text in rules.outlet_words):
        return 0
    before = words[first - 1]
    return int(before.text[:1].isupper() and lowered[first - 1] in rules.publications and not before.after)


def _inside_a_name(words: list[Token], lowered: list[str], i: int, rules: Rules) -> bool:
    """Whether a title word that is also a name's part stands between two words of a name: "Wong King
    Wei" (not "Saudi King Salman", "Jordanian King Abdullah": a title after a word of place, kind or
    rank)."""
    if i == 0 or not is_capitalised(words[i - 1].text) or words[i - 1].after:
        return False
    before = lowered[i - 1]
    known = (
        f"{before} {lowered[i]}" in rules.compound_ranks
        or before in rules.titles
        or before in rules.honorifics
        or before in rules.nationalities
        or before.title() in rules.countries
        or before in rules.organisations
        or before in rules.role_words
        or before.endswith(POSSESSIVE)
    )
    return not known and (i < 2 or not is_capitalised(words[i - 2].text) or lowered[i - 2] in rules.titles)


def _after_a_name(words: list[Token], lowered: list[str], i: int) -> bool:
    """Whether the particle at `i` follows a capitalised word, perhaps past another particle: "Chris Van
    Hollen", "Ursula von der Leyen"."""
    j = i - 1
    if (
        j > 0
        and lowered[j] in CONNECTORS
        and words[j].text.islower()
        and lowered[j] not in ("of", "the", "and")
    ):
        j -= 1  # "von der", "de la", "bin al"
    return j >= 0 and is_capitalised(words[j].text)
