"""The kind of a claim: statement, prediction, promise or opinion.

The cue says it first ("pledged" is a promise, "believes" an opinion, "predicted" a prediction). A
plain statement cue ("said") leaves it to the content: judgement words make an opinion ("it is
important", "need to", "our position", "unacceptable"); a future or an intent with the speaker as
subject a promise ("we will build", "he is ready to talk"); other future words a
prediction ("will", "is going to"). A future counts only in the content's own clause: not in a
relative clause (", which will expire next year") or a noun's "that" clause ("assurances that X
will").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from claimtrack.parse.speaker_nouns import is_quantity
from claimtrack.parse.trie import alternation
from claimtrack.rules import Rules


def kind_of(
    content: str,
    implied: str,
    complement: str,
    rules: Rules,
    *,
    lemma: str = "",
    self_pronoun: bool = False,
    low: str | None = None,
) -> str:
    """The claim kind for `content` attributed with a cue of `lemma` implying `implied`; `self_pronoun`
    says whether a "he" or "she" opening it may be the speaker reported (so not in a direct quote, where
    the speaker says "I", nor said by a body, a group or a person of the other gender). `low` is
    `unquoted(padded(content))` when the caller holds it already (`own_side` reads it too)."""
    if implied != "statement" or complement == "about":
        return implied
    low = unquoted(padded(content)) if low is None else low
    if lemma in rules.naming and " as " in low and not low.lstrip().startswith(rules.selves):
        return "opinion"  # "described the talks as productive", not "described himself as a Catholic"
    f = _finders(rules)
    request = f.request.match(low) if lemma in rules.requesting else None
    if request is not None and (request[0] == " against " or not f.finite.search(low, request.end())):
        # "asked the ministry to release the figures", "warned against any strike"; not "warned time to
        # agree was running out", where the infinitive belongs to a clause's subject
        return "opinion"
    if content.rstrip(_CLOSING_MARKS).endswith("?"):
        return "opinion"  # "Who will pay the drivers? Where will the buses be kept?": a doubt
    kind = statement_kind(low, rules)
    subject, _, rest = low.lstrip().partition(" ")
    if kind == "prediction" and subject in ("we", "i") and _joined_act(rest, rules):
        kind = "promise"  # "We have funded a record number of sitting days and will set out reforms"
    if kind == "prediction" and self_pronoun and _reported_pledge(low, rules):
        kind = "promise"  # "Swan said he would co-operate": his own act
    threat = kind in ("prediction", "statement") and f.threat_core.search(low) is not None
    if threat and f.threat.search(f.main_clause(low)):
        return "promise"  # "the attack would not go unanswered", "necessary action will be taken"
    if kind == "prediction" and f.administered.search(f.main_clause(low)):
        return "promise"  # "people from danger-prone areas will be evacuated": the authority's act
    if kind == "prediction" and f.quoted_pledge.search(padded(content)):
        return "promise"  # 'next time the truce is broken “we will strike their bases”'
    if kind != "promise" and (f.verdict.search(low) or _lesson(low, rules)):
        return "opinion"
    if kind == "statement" and lemma not in rules.determining and f.degree.search(low):
        return "opinion"  # "patients had queued far too long"; not a court "finding that C came too late"
    if kind != "promise" and f.stance.search(low) and f.stance.search(f.main_clause(low)):
        return "opinion"  # "Moscow sees no grounds for talks"
    if kind == "statement" and f.impossible.search(low) and f.impossible.search(f.main_clause(low)):
        return "prediction"  # "exports cannot be stopped"
    if kind == "prediction" and low.lstrip().startswith(rules.terms_openers):
        return "statement"  # "Under the contract, 40 ferries will be built at home": the terms
    if kind == "statement" and f.expected.search(f.main_clause(low)):
        return "prediction"  # "he expected a cut of 1.5 million barrels"
    if kind == "statement" and f.possible.search(low):  # "output could reach 500 million tons"
        clause = f.main_clause(f.not_possible.sub(" ~ ", low))
        could = f.possible.search(clause)
        if could is not None and f.subordinating.search(clause, 0, could.start()) is None:
            return "prediction"
    return kind


_CLOSING_MARKS = " ”’\"'»"  # quotation marks after a content's last word
_SHORTEST_MEMBERS = 3  # letters of a plural noun of members in a body's name: more than "its", "has"
_SIDE_REACH = 160  # characters after "and" read for the side and its word: a bounded copy, not the rest


def own_side(
    content: str,
    speaker: str,
    role: str | None,
    kind: str,
    rules: Rules,
    *,
    claim_kind: str,
    gap: str = "",
    low: str | None = None,
) -> bool:
    """Whether `content`, of kind `claim_kind`, is the word given by the speaker's own side: it opens with
    that side as subject ("Russia will not support the moves", or "Moscow will not ...", said by the
    Russian Foreign Minister; "his country would not supply oil"; "it will impose sanctions" said by a
    ministry; "the government plans to", said by a holder of `Rules.government_offices`) and holds a
    future, or goes on with readiness or intent (`Rules.readiness`: "his country
    was ready to take any risk", "it is preparing to fire"); or a clause inside it opens so, after one
    of `Rules.side_leads`, with the future or readiness right after the side ("the sanctions were
    illegal and Tehran would not comply with them"). An office holder or a body whose side is not named
    gives the word of the state that opens the content with an act in a government's power after "will"
    (`Rules.promise_acts`): "Japan will ban Russian oil imports", said by "Prime Minister Fumio Kishida"
    (the country goes without saying); a side named elsewhere keeps it a forecast ("Russian Foreign
    Minister Ivan Petrov said Japan will deploy missiles"). Many speaking as one give their word as
    "they" ("the two countries said they would set up a fund"), unless `gap`, the words between the
    speaker and the content, names things "they" may be ("blocked the measures, saying they would not
    work"). `low` is `unquoted(padded(content))` when the caller holds it already."""
    low = (unquoted(padded(content)) if low is None else low).lstrip()
    sides = _sides(speaker, role, kind, rules)
    # said by "President X", or by "the minister" unnamed (the role noun is the speaker's name)
    # ("the ministry will audit the firms", said by a Principal Secretary: the office's own ministry)
    named = sides | _GOVERNMENT_SIDES if _in_government(role or speaker, rules) else sides
    # the body the role names: "the union would not call off the strike", said by the union's secretary
    # general; "the ministry will audit the firms", by a secretary in the Ministry of Mining
    speaker_words = re.findall(r"[a-z]+", speaker.lower())  # (read once: a hot path)
    role_plain = re.findall(r"[a-z]+", (role or "").lower())  # (read once: the role's words, used twice)
    described = role_plain + speaker_words
    named = named | {w for w in described if w in rules.own_sides}
    # a firm's or an agency's own noun, said by one who heads it when the role names no body: "the company
    # will", said by its chief executive
    role_words = re.findall(r"[a-z-]+", (role or "").lower())  # ("officer-in-charge" whole)
    # (a body the role names by its name, "JR Central spokesperson", is that firm: only a body named by a
    # noun of `Rules.own_sides`, "the union's chief", keeps "the company" another's)
    # (not one whose role is knowing a field: "the bank would cut rates", said by its chief economist, is
    # a forecast)
    # a union's or a party's own noun, said by its secretary: "the union would widen the strike", said
    # by a union's general secretary (`Rules.secretary_sides`)
    spaced_role = f" {' '.join(role_words)} "
    named |= {
        noun
        for phrase, nouns in rules.secretary_sides.items()
        if f" {phrase} " in spaced_role
        for noun in nouns
    }
    head = bool(rules.body_heads.intersection(role_words)) and _finders(rules).knowing.isdisjoint(role_words)
    if head and not named.intersection(role_words, rules.own_sides):
        named |= set(rules.headed_bodies)
    # the body the role names by its initials: "EDB will", said by the managing director of the Economic
    # Development Board
    named |= _initials([w.strip(",.()") for w in (role or "").split()]) | _initials(speaker.split())
    # A body, or a name with no role taken for a person's, that calls itself "it": "Cisco said it will cut
    # 4,000 jobs", "Harbour Water said it would cut supply" (no person calls themself "it")
    unroled = kind == "person" and role is None
    # (a body named by its kind, "The airline said it would refund every passenger", speaks as one too)
    described_body = kind == "anonymous" and bool(speaker_words) and speaker_words[-1] in rules.body_anaphora
    # (one who heads or speaks for a body speaks of it as "it": "it would cut prices", said by its chief)
    # (not an office of state: "it would tell a story", said by a president, is the museum's)
    headed = head and not _in_government(role, rules)
    body = kind == "organisation" or described_body or headed or (unroled and low.startswith("it "))
    if kind == "organisation" or described_body:
        named |= _SELF_NOUNS  # "the organization would press lawmakers", said by the farm bureau
    if kind == "organisation":
        # the members a body is named for: "students would not fold their arms", said by the National
        # Association of Harbour Students; "nurses will strike", by the Nurses' Union
        named |= {w for w in speaker_words if len(w) > _SHORTEST_MEMBERS and w[-1] == "s"}
    qualifiers = {*rules.side_levels, *sides, *described}
    rest = _after_own_side(low, named, body, rules, qualifiers)
    # Many who speak as one and call themselves "they": "the two countries said they would set up a
    # mechanism", "officials said they would investigate", "Smith and Jones said they would serve out
    # their terms" (a person alone says "he" or "she": "they" is someone else); not a share or a count
    # of people polled, each answering for themself ("42 percent said they would vote for her"; but
    # "the two countries" are a pair named)
    many = kind in ("organisation", "anonymous") or (kind == "person" and " and " in speaker)
    lowered = speaker.lower().split() or [""]
    many = many and (lowered[0] == "the" or not is_quantity(lowered, rules))
    if rest is None and many and low.startswith("they ") and _THINGS.search(gap) is None:
        rest = low[5:]
    official = role is not None or kind == "organisation"
    # (out of office, a speaker's word is no longer the state's: "Former Finance Minister X said the
    # government plans to cut taxes" foresees, `Rules.out_of_office`)
    serving = not rules.out_of_office.intersection(role_plain)
    if official and claim_kind == "prediction" and _official_word(low, role, rules):
        return True
    if rest is None and not sides and official and serving and _finders(rules).state_act.match(low):
        return True  # "Japan will ban imports", said by "Prime Minister Abe"
    if rest is None:
        return any(
            (rest := _after_own_side(low[lead.end() : lead.end() + _SIDE_REACH], named, False, rules, set()))
            is not None
            and (rest.startswith(rules.readiness) or _finders(rules).self_act.match(rest) is not None)
            for lead in _finders(rules).side_lead.finditer(low)
        )
    if rest.startswith(rules.readiness) or _adverb_then(rest, rules).startswith(rules.readiness):
        return True  # "it is ready to", "it also intends to"
    if claim_kind != "prediction":
        return False
    # The side's own future of an act, maybe after one adverb ("Russia will not", "Russia also will");
    # a future further on is another's ("his country did not believe Israel would strike": a forecast;
    # "Ukraine was aware of the visit and will know": a statement of what it knows), and a state or an
    # outcome no pledge ("it would be difficult", "it will win": `Rules.non_acts`).
    act = _finders(rules).self_act
    if act.match(rest) is not None or act.match(rest.partition(" ")[2]) is not None:
        return True
    # A second verb of the same subject, joined by "and" with no clause between: "it accepted the ruling
    # and would decide whether to seek a retrial", said by the prosecution service
    return _joined_act(rest, rules)


def _official_word(low: str, role: str | None, rules: Rules) -> bool:
    """Whether `low`, a forecast said by one who holds `role` or by a body, gives the word of their office
    in its main clause: a passive future of its acts ("locals will be asked to join the investigation",
    said by the panel's chairperson), or an activity's start it sets (`Rules.official_starts`: "the screening
    programme will start in March"), unless the role is one of knowing a field ("the recovery will start next
    year", said by an economist, foresees)."""
    main = _finders(rules).main_clause(low)
    if _finders(rules).official_act.search(main):
        return True
    return _finders(rules).official_start.search(main) is not None and _finders(rules).knowing.isdisjoint(
        re.findall(r"[a-z]+", (role or "").lower())
    )


def _lesson(low: str, rules: Rules) -> bool:
    """Whether `low` draws a lesson from what happened (`Rules.lessons`: "the flooding showed that"), not
    after an aim's "to" or a modal, nor after a finding (`Rules.findings`: "polls show that")."""
    return any(
        m[1] not in _AIMS
        and m[1] not in rules.findings
        # a bare "show" after a singular word is a noun ("a show that toured the region"): "the figures show"
        and (
            m[2].endswith(("s", "ed"))
            or (m[1].endswith("s") and not m[1].endswith("'s"))
            or m[1] in ("they", "we")
        )
        for m in _finders(rules).lesson.finditer(low)
    )


_AIMS = frozenset({"to", "can", "could", "will", "would", "may", "might", "must", "should", "cannot"})


def _joined_act(rest: str, rules: Rules) -> bool:
    """Whether `rest`, what follows a subject, goes on with a second verb joined by "and" that is a future
    act, with no clause between ("accepted the ruling and would decide on a retrial")."""
    joined = _JOINED_FUTURE.search(rest, 0, _JOINED_REACH)
    return (
        joined is not None
        and _CLAUSE_BREAK.search(rest, 0, joined.start()) is None
        and _finders(rules).self_act.match(rest, joined.end()) is not None
    )


_JOINED_FUTURE = re.compile(r" and (?=(?:will|would|won't|wouldn't) )")
_JOINED_REACH = 80  # characters of the side's first verb phrase read for "and would"
_CLAUSE_BREAK = re.compile(r",| that | which | who | because | if | when | whether ")


# Things named in the plural after a determiner ("the measures", "these plans", "its new rules"): a
# "they" after them may be those things, not the speaker.
_THINGS = re.compile(r"\b(?:the|these|those|its|their|his|her|our|such) (?:[a-z-]+ ){0,2}[a-z]+[^su\W]s\b")
_FUTURES = ("will ", "would ", "won't ", "wouldn't ")
# nouns any body calls itself by: "the organization will", "the group would"
_SELF_NOUNS = frozenset({"organization", "organisation", "group", "body"})
# an office holder's own; a governor's "the state", a premier's "the province"
_GOVERNMENT_SIDES = frozenset({"government", "ministry", "administration", "state", "province"})


@functools.lru_cache(maxsize=16)
def _own_openings(rules: Rules) -> tuple[str, ...]:
    """The speaker's side named by a possessive: "his country would not supply oil", "our government will
    cut the levy" (an opposition leader's "his government would" pledges the government he would lead),
    "his party would launch protests", "our union will not back down" (`Rules.own_sides`); a body the
    speaker heads or works in, "her office would ask Parliament" (`Rules.headed_bodies`)."""
    sides = (*rules.own_sides, *rules.headed_bodies)
    return tuple(f"{whose} {side} " for whose in ("his", "her", "our") for side in sides)


def _sides(speaker: str, role: str | None, kind: str, rules: Rules) -> set[str]:
    """How the speaker's own side may be named as a subject, lower case: "russia", "moscow"; and a body
    whose initials the speaker's role holds ("nato", said by the "NATO Secretary General")."""
    words = [w.removesuffix("'s").removesuffix("’s").strip(",.()") for w in f"{role or ''} {speaker}".split()]
    sides = {rules.nationalities[w.lower()] for w in words if w.lower() in rules.nationalities}
    sides |= {w.lower() for w in words if w in rules.countries}  # "Iran's Foreign Minister"
    sides |= {speaker.lower()} if speaker in rules.countries else set()  # "Russia said Russia would"
    sides |= {w.lower() for w in words if len(w) > 1 and w.isalpha() and w.isupper()}  # "NATO chief"
    # a body's one-word name opening the role before its words in lower case: "Norvex chief legal
    # officer", "Norvex's general counsel" ("Norvex will appeal the ruling" is its word)
    # (not one whose role is knowing a field: "Norvex will post a loss", said by its chief economist)
    role_words = role.lower().split() if role else []
    opening = (
        len(role_words) > 1 and role is not None and role.split()[1].islower() and words[0][:1].isupper()
    )
    if opening and words[0].isalpha() and _finders(rules).knowing.isdisjoint(role_words):
        sides |= {words[0].lower()} if words[0].lower() not in rules.titles else set()
    capitals, diplomats = _by_country(rules)
    sides |= {capital for country in sides for capital in capitals.get(country, ())}
    # The side as diplomats name it: "the Russian side will respond", said by a Russian spokeswoman.
    sides |= {side for country in sides for side in diplomats.get(country, ())}
    return sides


def _initials(words: list[str]) -> set[str]:
    """The initials, lower case, of each run of two or more capitalised words in `words` (a body named in
    a role), with "of", "and" or "for" inside a run left out, and of the run's part before "of": "Federal
    Board of Revenue" gives "fbr" and "fb", "Maritime and Port Authority of Singapore" "mpas" and "mpa"."""
    found: set[str] = set()
    run: list[str] = []
    for word in [*words, ""]:
        if word[:1].isupper() and word.isalpha() and not word.isupper():  # (initials are sides already)
            run.append(word)
            continue
        if run and word in ("of", "and", "for") and run[-1] not in ("of", "and", "for"):
            run.append(word)
            continue
        capitals = [w for w in run if w[:1].isupper()]
        if len(capitals) >= 2:
            found.add("".join(w[0] for w in capitals).lower())
            if "of" in run:
                found.add("".join(w[0] for w in run[: run.index("of")] if w[:1].isupper()).lower())
        run = []
    return {side for side in found if len(side) >= 2}


@functools.lru_cache(maxsize=16)
def _by_country(rules: Rules) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Per country (lower case): its capitals (`Rules.capital_countries`), and the names of its side as
    diplomats give them ("russian side"); read once, not per claim."""
    capitals: dict[str, list[str]] = {}
    for capital, country in rules.capital_countries.items():
        capitals.setdefault(country, []).append(capital)
    diplomats: dict[str, list[str]] = {}
    for adjective, country in rules.nationalities.items():
        diplomats.setdefault(country, []).append(f"{adjective} side")
    return capitals, diplomats


def _in_government(role: str | None, rules: Rules) -> bool:
    """Whether `role` holds an office of `Rules.government_offices` and none of `Rules.out_of_office`."""
    words = re.findall(r"[a-z]+", (role or "").lower())
    padded_role = f" {' '.join(words)} "
    return (
        not rules.out_of_office.intersection(words) and _finders(rules).office.search(padded_role) is not None
    )


def _adverb_then(rest: str, rules: Rules) -> str:
    """`rest` past one adverb of `Rules.act_adverbs` opening it ("also intends to"), else ""."""
    return next((rest[len(a) + 1 :] for a in rules.act_adverbs if rest.startswith(a + " ")), "")


def _after_own_side(low: str, sides: set[str], body: bool, rules: Rules, qualifiers: set[str]) -> str | None:
    """What follows the speaker's own side (`sides`, or "it" said by a `body`) opening `low` as its
    subject, or None when it does not. One or two of `qualifiers` may stand between "the" and a side
    that is a noun of `Rules.own_sides` ("the federal government"), and one word not of `Rules.rival_words`
    before a noun of `Rules.headed_bodies` ("the prosecuting authority")."""
    openings = _own_openings(rules)
    if low.startswith(openings):  # one test for all of them: most contents open with none
        opening = next(o for o in openings if low.startswith(o))
        return low[len(opening) :]
    if body and low.startswith(("it ", "it's ")):
        return low[3:] if low.startswith("it ") else "is " + low[5:]  # "it's ready to": "is ready to"
    for side in sorted(sides, key=lambda side: (-len(side), side)):  # the longest first, in a fixed order
        for opening in (f"{side} ", f"the {side} "):
            if low.startswith(opening):
                return low[len(opening) :]
    words = low.split(" ", 4)
    # one word describing a headed body, unless it makes it a rival: "the prosecuting authority would"
    described = len(words) > 3 and words[0] == "the" and words[2] in sides and words[2] in rules.headed_bodies
    if described and _DESCRIBING.fullmatch(words[1]) and words[1] not in rules.rival_words:
        return " ".join(words[3:])
    for k in (2, 3):  # "the federal government will", "the kilifi county government will"
        body_noun = len(words) > k and words[0] == "the" and words[k] in sides and words[k] in rules.own_sides
        if body_noun and all(word in qualifiers for word in words[1:k]):
            return " ".join(words[k + 1 :])
    return None


_DESCRIBING = re.compile(r"[a-z][a-z-]*")  # a word, not a figure or a possessive ("the company's")


def padded(content: str) -> str:
    """`content` as the kind markers are matched: lower case, straight apostrophes, single spaces, and a
    space at either end."""
    return " " + " ".join(content.lower().replace("’", "'").split()) + " "


_QUOTE_MARKS = re.compile(r"[\"“”«»‘]| '|' ")  # straight and curly; an apostrophe only beside a space


def unquoted(low: str) -> str:
    """`low` (as `padded` returns it) with quotation marks made spaces, so that the speaker's own words
    quoted inside what was reported keep their markers: "the conflict “can only be resolved” by talks",
    "called the sanctions “counterproductive”". (Not for the article's own sentences, where quoted
    words are someone else's.)"""
    if _QUOTE_MARKS.search(low) is None:
        return low
    return " " + " ".join(_QUOTE_MARKS.sub(" ", low).split()) + " "


# A verb of being in a speaker's own words with no figure: "This is not a negotiation, it's a shakedown",
# "Our residential streets are crumbling". Quoted speech that says what something is, with nothing to
# count, is a judgement far more often than a report: on the blind sets 153-160 the readers called 41 of
# the 56 such quotes that had been read as statements opinions (20 of 30 on the four sets held out).
_BE = r"(?:is|are|was|were|isn't|aren't|wasn't|weren't)"  # the verb of being, as `padded` spells it
_BEING = re.compile(rf" {_BE} |[a-z](?:'s|’s) (?!been )")
# a figure in digits or in words of tens and more (not "one", which judgements use: "one of the worst"),
# or a question, which asks and judges nothing: "Fifty boats are still out", "Are you trying to ...?"
_FIGURE = re.compile(  # (a digit inside a name, "cop26", "g7", is no figure)
    r"(?<![a-z\d])\d|\?|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?"
    r"|millions?|billions?|percent|per cent)\b"
)
# a question opening with its verb of being: "Are you trying to put pressure on me"
_ASKS = re.compile(rf" *{_BE} (?:you|we|they|he|she|it|i|there) ")
# what follows a verb of being in a report of a state or a place, not a judgement: "the border is
# closed", "they were arrested", "boats are still out at sea", "they are not here", "fuel bills are up"
_STATE_OR_PLACE = re.compile(
    r"(?:not |still |now |already |also )*(?:[a-z]+ed |in |at |on |out |here |there |up |down )"
)


def judged_in_quote(low: str) -> bool:
    """Whether a direct quotation read as a statement, given as `padded` returns it, judges rather than
    reports: it says what something is (`_BEING`, not a state or a place: `_STATE_OR_PLACE`) and gives no
    figure and asks nothing (`_FIGURE`)."""
    if _FIGURE.search(low) is not None or _ASKS.match(low) is not None:
        return False
    return any(_STATE_OR_PLACE.match(low, m.end()) is None for m in _BEING.finditer(low))


# A verb of being right before words quoted inside reported speech: "the offer was “a box of old tricks”",
# "the charges were “pure gouging”". Reporters quote a speaker's exact words where the words are the
# speaker's characterisation, so a quoted predicate with no figure is a judgement; a state or a place
# ("was “disappointed”", "was “still in talks”") is not.
_QUOTED_PREDICATE = re.compile(rf" {_BE} [\"“]([^\"“”]*)")


def judged_in_fragment(low: str) -> bool:
    """Whether reported speech read as a statement, given as `padded` returns it (quotation marks kept),
    judges: a verb of being is followed by quoted words (`_QUOTED_PREDICATE`) that give no figure and
    are not a state or a place (`judged_in_quote`'s tests)."""
    return any(
        _FIGURE.search(m[1]) is None
        and _SMALL_NUMBER.search(m[1]) is None
        and _STATE_OR_PLACE.match(f"{m[1]} ") is None
        for m in _QUOTED_PREDICATE.finditer(low)
    )


# a number in words below twenty, which a quoted estimate gives: "“around two to three days”"
_SMALL_NUMBER = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|half|quarter)\b"
)


def statement_kind(low: str, rules: Rules) -> str:
    """The kind a plain statement cue leaves to its content, given as `padded` returns it (a caller that
    already holds that string saves lowering and splitting the content again)."""
    f = _finders(rules)
    if " see " in low:  # "we'll see" ending the content or before a question: a shrug (one test first)
        low = f.shrug.sub(" ~ ", low)
    if f.may_hold_not_marker(low) and f.not_markers.search(low):  # most contents hold none of these
        for phrase in rules.not_markers:  # "think tank" holds no opinion, "free will" no future
            if phrase in low:
                low = low.replace(f" {phrase} ", " ~ ")
    # "we will build", "he is ready to"; not "we will win"
    promise = f.promise.match(low.lstrip()) is not None
    if f.either.search(low) is None:  # most contents hold no opinion and no future marker either
        if promise:
            return "promise"
        # "The depot has served the town since 1950, and we intend to run it ourselves": intent further on
        first_person = " we " in low or " i " in low
        return "promise" if first_person and f.intent.search(f.main_clause(low)) else "statement"
    if f.opinion.search(low):
        return "opinion"
    main = f.main_clause(low)  # without the clauses whose future is not the claim's
    if promise or f.pledge.search(main):  # "The talks stalled. We will press on", "then we will"
        return "promise"
    if f.future.search(low) and f.future.search(main):
        return "prediction"
    return "statement"


@attrs.frozen
class _Finders:
    """Patterns that find any of the not-markers, opinion markers, and future markers or scheduled words:
    one regex search instead of a substring test per marker. `either` finds an opinion or a future
    marker, so one search rules both out; `keys` are substrings no not-marker occurs without."""

    not_markers: re.Pattern[str]
    shrug: re.Pattern[str]  # a shrug of `Rules.shrugs` ending the content or before a question
    keys: tuple[str, ...]
    either: re.Pattern[str]
    opinion: re.Pattern[str]
    future: re.Pattern[str]
    subordinate: re.Pattern[str]  # a relative clause between commas, or a noun's "that" clause to the end
    verdict: re.Pattern[str]  # a judgement word of `Rules.verdicts`
    degree: re.Pattern[str]  # excess, lack or desert ruled on, `Rules.degrees`
    stance: re.Pattern[str]  # a stance seen, `Rules.stances`
    possible: re.Pattern[str]  # what could happen, `Rules.possibilities`
    impossible: re.Pattern[str]  # what cannot be stopped, `Rules.impossibilities`
    expected: re.Pattern[str]  # an outcome expected as a noun, `Rules.expectations`
    not_possible: re.Pattern[str]  # a "could" that foresees nothing, `Rules.not_possibilities`
    subordinating: re.Pattern[str]  # a word of `Rules.before_a_subordinate`
    promise: re.Pattern[str]  # a speaker-subject opening of `Rules.promise_subjects`, not before an outcome
    pledge: re.Pattern[str]  # a first-person one of those after a clause's start inside the content
    # a first-person declaration of intent after a clause's start ("and we intend to")
    intent: re.Pattern[str]
    quoted_pledge: re.Pattern[str]  # a first-person one of those opening a quotation inside the content
    side_lead: re.Pattern[str]  # where the speaker's own side may open a clause, `Rules.side_leads`
    state_act: re.Pattern[str]  # a state or its capital opening with "will" and one of `Rules.promise_acts`
    request: re.Pattern[str]  # an object and "to V", or "against", opening a `Rules.requesting` content
    threat: re.Pattern[str]  # a formula of `Rules.threats`
    # those formulas less a closing space, searched first: a clause cut out (`main_clause`) leaves a space
    # in its place, so a formula there was in `low` but for that space
    threat_core: re.Pattern[str]
    administered: re.Pattern[str]  # a passive future of one of `Rules.administered`
    official_act: re.Pattern[str]  # a passive future of one of `Rules.official_acts`
    lesson: re.Pattern[str]  # a word, then one of `Rules.lessons` and "that"
    official_start: re.Pattern[str]  # an active future of one of `Rules.official_starts`, not before "to"
    knowing: frozenset[str]  # role words of knowing a field, `Rules.lone_anaphora` and `Rules.descriptions`
    finite: re.Pattern[str]  # a finite auxiliary of `_FINITE`: a clause's verb after a request's "to"
    office: re.Pattern[str]  # an office of `Rules.government_offices`, spaced: one search, not one per office
    # a future and an act in the speaker's power, after the speaker as subject: "would co-operate", "will
    # not seek", "will be seeking", "will be ready to"; not one of `Rules.non_acts` ("would win")
    self_act: re.Pattern[str]

    def main_clause(self, low: str) -> str:
        """`low` without the clauses whose future is not the claim's: ", which will expire next year,"
        and "assurances that Tokyo will not deploy ..."."""
        return self.subordinate.sub(" ", low)

    def may_hold_not_marker(self, low: str) -> bool:
        """False only when no key is in `low`, so when `not_markers` finds nothing there: a few substring
        tests, cheaper than the search (a loop: `any` over a generator costs more than the tests)."""
        for key in self.keys:  # noqa: SIM110
            if key in low:
                return True
        return False


@functools.lru_cache(maxsize=16)
def _finders(rules: Rules) -> _Finders:
    futures = (*rules.future_markers, *rules.scheduled)
    return _Finders(
        not_markers=any_of(rules.not_markers),
        shrug=re.compile(rf" {alternation(rules.shrugs)}(?= $| {alternation(rules.shrug_followers)} )"),
        keys=keys(rules.not_markers),
        either=any_of((*rules.opinion_markers, *futures)),
        opinion=any_of(rules.opinion_markers),
        future=any_of(futures),
        verdict=any_of(rules.verdicts),
        degree=any_of(rules.degrees),
        stance=any_of(rules.stances),
        possible=any_of(rules.possibilities),
        impossible=any_of(rules.impossibilities),
        expected=re.compile(
            f"{any_of(rules.expectations).pattern}"
            rf"| {alternation(rules.expecting_verbs)} (?:[a-z0-9$%.,'’-]+ ){{0,6}}?to [a-z]"
        ),
        not_possible=any_of(rules.not_possibilities),
        subordinating=re.compile(rf"\b{alternation(rules.before_a_subordinate)}\b"),
        promise=re.compile(rf"{alternation(rules.promise_subjects)}(?!{alternation(rules.outcomes)}\b)"),
        pledge=re.compile(
            rf"{alternation(rules.pledge_leads)}{alternation(_first_person(rules))}(?!{alternation(rules.outcomes)}\b)"
        ),
        quoted_pledge=re.compile(
            rf"[“\"]{alternation(_first_person(rules))}(?!{alternation(rules.outcomes)}\b)"
        ),
        intent=re.compile(f"{alternation(rules.pledge_leads)}{alternation(_intents(rules))}"),
        side_lead=re.compile(alternation(rules.side_leads)),
        state_act=re.compile(
            # (an adverb may come between: "Japan will patiently continue"; and a plan is the state's own:
            # "Japan plans to overhaul its tax code", said by its finance minister)
            # (after a short opening phrase and its comma: "Going forward, Japan will share its experience")
            rf"(?:[a-z'-]+(?: [a-z'-]+){{0,4}}, )?"
            rf"(?:the )?{alternation(_states(rules))} (?:will|would|plans to|intends to)(?: not| never)?"
            rf"(?: [a-z]+ly)? {alternation(rules.promise_acts)}\b"
        ),
        request=re.compile(
            # up to five words of an object, not opening with one of `_NOT_OBJECTS`, none an auxiliary
            # (a clause's verb: "warned it was going to rain"), then "(not) to" and a verb; or "against"
            rf" (?:against |(?!(?:{alternation(_NOT_OBJECTS)}) )"
            rf"(?:(?!(?:{alternation(sorted(rules.auxiliaries))}) )[a-z'.-]+ ){{0,5}}(?:not )?to [a-z])"
        ),
        threat=any_of(rules.threats),
        threat_core=any_of(t.rstrip() for t in rules.threats),
        administered=re.compile(
            rf"\b(?:will|would|shall)(?: not| also| now| soon)? be {alternation(rules.administered)}\b"
        ),
        official_act=re.compile(  # not in a clause of "that" ("the results that will be announced")
            rf"(?<!that )\b(?:will|would|shall)(?: not| also| now| soon)? be "
            rf"{alternation(rules.official_acts)}\b"
        ),
        lesson=re.compile(rf"\b([a-z'-]+) ({alternation(rules.lessons)}) that "),
        official_start=re.compile(
            # (not after "he" or "she": a person's start is foreseen by another, "he will start canvassing")
            rf"(?<!that )(?<!\bhe )(?<!\bshe )\b(?:will|would|shall)(?: not| also| now| soon)? "
            rf"{alternation(rules.official_starts)}\b(?! to )"
        ),
        knowing=rules.lone_anaphora | rules.descriptions,
        finite=re.compile(rf" {alternation(_FINITE)} "),
        office=any_of(f" {office} " for office in rules.government_offices),
        self_act=re.compile(
            rf"(?:will|would|won't|wouldn't|'ll|shall) (?:{alternation(rules.act_adverbs)} ){{0,2}}"
            rf"(?:be (?:[a-z]+ing|{alternation(_ready(rules))})\b"
            rf"|(?!(?:{alternation(rules.non_acts)}|{alternation(rules.act_adverbs)})\b)[a-z])"
        ),
        subordinate=re.compile(
            rf", (?:which|who) [^,]*|(?<= )(?:{alternation(rules.complement_nouns)}) that .*"
            # a relative's own future with no comma to bound the clause: only its modal is dropped
            # ("promises which would cost 250 million" states the promises made)
            r"|(?<= )(?:which|who) (?:will|would|won't|wouldn't)\b"
            # a question or a time inside the content, to its comma: "the board has not chosen where the
            # depot will be built", "did not say when the plant would open" (not the content's future;
            # one opening the content is what was asked: "asked whether the president would sign")
            r"|(?<=\w )(?:where|when|whether|how) [^,]*"
        ),
    )


# Finite forms of "be", "have" and the future: after a request's "to V" they show the infinitive was a
# clause's subject's ("time to agree was running out"), not a request's.
_FINITE = ("is", "are", "was", "were", "will", "would", "has", "have", "had")
# Words that never open a request's object: subject pronouns, and the openings of a question or a
# condition ("asked if they planned to attend", "warned if the bloc fails to act, it could fall apart").
_NOT_OBJECTS = ("i", "we", "he", "she", "they", "you", "if", "whether", "how", "what", "why", "when",
                "where", "who", "which")  # fmt: skip


def _ready(rules: Rules) -> list[str]:
    """The words of `Rules.readiness` after "is": "ready", "prepared", "willing" ("he will be ready to")."""
    return sorted({r.split()[1] for r in rules.readiness if r.startswith("is ")})


def _reported_pledge(low: str, rules: Rules) -> bool:
    """Whether what was said, given as `unquoted(padded(...))` returns it, opens with "he" or "she" and a
    future of an act in the speaker's power: reported speech shifts "I will" so ("Swan said he would
    co-operate with the police"); "he would win" and "she would be honored" foresee or feel
    (`Rules.non_acts`). The caller knows whether the pronoun can be the speaker."""
    subject, _, rest = low.lstrip().partition(" ")
    return subject in ("he", "she") and _finders(rules).self_act.match(rest) is not None


def _states(rules: Rules) -> list[str]:
    """States and their capitals as a content may open with them, lower case, less a leading "the "."""
    names = {c.lower().removeprefix("the ") for c in rules.countries}
    names |= {f"{adjective} government" for adjective in rules.nationalities}  # "the Peruvian government"
    names |= {side.lower() for side in rules.own_sides}  # "the city", "the association"
    return sorted(names | {c.removeprefix("the ") for c in rules.capital_countries})


def _intents(rules: Rules) -> list[str]:
    """The first-person `Rules.promise_subjects` that declare intent in a word of their own ("we intend
    to ", "i pledge to "), a pledge with no word of the future."""
    return [s for s in _first_person(rules) if any(w in s for w in _INTENT_WORDS)]


_INTENT_WORDS = ("intend", "plan ", "pledge", "promise", "vow", "committed")


def _first_person(rules: Rules) -> list[str]:
    """The `Rules.promise_subjects` whose subject is the speaker in the first person ("we will ", "i'll ")."""
    return [s for s in rules.promise_subjects if s.split()[0].split("'")[0] in rules.speaker_pronouns]


def keys(phrases: Iterable[str]) -> tuple[str, ...]:
    """Substrings such that every phrase holds one: each phrase's longest word (of a tie, the last), less
    those of phrases that hold another key already (shortest first). A string holding none of the keys
    holds none of the phrases.

    >>> keys(["think tank", "think-tank", "free will", "political will", "goodwill"])
    ('will', 'think')
    """
    by_key: dict[str, list[str]] = {}
    for phrase in phrases:
        key = max(reversed(phrase.split()), key=len, default=phrase)  # a phrase of spaces is its own key
        by_key.setdefault(key, []).append(phrase)
    kept: list[str] = []
    for key in sorted(by_key, key=lambda k: (len(k), k)):
        if any(not any(k in phrase for k in kept) for phrase in by_key[key]):
            kept.append(key)
    return tuple(kept)


def any_of(phrases: Iterable[str]) -> re.Pattern[str]:
    """A pattern found in a string exactly when one of `phrases` is a substring of it."""
    phrases = list(phrases)
    return re.compile(alternation(phrases) if all(phrases) else "")  # "" is in every string
