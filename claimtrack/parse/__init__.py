"""Text -> Article with attributed claims: who said what, via which outlet, when.

`parse_article` is pure: no I/O, no printing, the same output for the same input. It reads the layout
(`structure`), pairs quotation marks (`quotes`), finds attributions sentence by sentence (`attribute`),
resolves speakers (`speakers`), adds outlets (`outlets`), kinds (`kinds`) and dates, and records the
checkable sentences no one is credited with (`unattributed`). Every table it reads is in the `Rules`
passed as `options` (`claimtrack.rules.DEFAULT_RULES` when none is given).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from claimtrack.errors import ModelError
from claimtrack.ids import article_id, claim_id, text_hash
from claimtrack.model import Article, Claim, Cue, DateRange, Outlet, Section, Speaker, join_spans
from claimtrack.parse import segment, speakers
from claimtrack.parse.acronyms import (
    acronym,
    aliases,
    country_bodies,
    described_body,
    formal_ministries,
    formal_ministry,
    prefixed,
    spelt_out,
)
from claimtrack.parse.attribute import Found
from claimtrack.parse.back_reference import BackReference, frame_scenes
from claimtrack.parse.cast import given_name_title, patronymic, surname_first
from claimtrack.parse.credits import edition_of, obtained_by
from claimtrack.parse.cues import widened
from claimtrack.parse.datelines import dateline_day, filed_on
from claimtrack.parse.dates import find_time_expressions
from claimtrack.parse.groups import spokesperson_for
from claimtrack.parse.interviews import Interviews, interview_goes_on
from claimtrack.parse.issuers import Documents
from claimtrack.parse.kinds import judged_in_fragment, judged_in_quote, kind_of, own_side, padded, unquoted
from claimtrack.parse.leads import lead_sentence
from claimtrack.parse.lede_bodies import lede_body, lede_of, lede_person
from claimtrack.parse.outlet_names import full_name, full_names, named_claims, named_dateline, named_sections
from claimtrack.parse.outlets import chain, names_same, network, points_back
from claimtrack.parse.pronouns import ANYONE, People
from claimtrack.parse.quotes import find_quotes
from claimtrack.parse.reviews import called_paper
from claimtrack.parse.role_nouns import RoleNouns
from claimtrack.parse.sections import dated_section, sections_of, told_outlet
from claimtrack.parse.single_quotes import as_double
from claimtrack.parse.speakers import Cast, Mention
from claimtrack.parse.structure import Layout, read_layout
from claimtrack.parse.titled import complete_roles
from claimtrack.parse.tokens import tokenize
from claimtrack.parse.trie import alternation
from claimtrack.parse.unattributed import checkable_kind, clauses, splice_pattern
from claimtrack.rules import DEFAULT_RULES, Rules

__all__ = ["Rules", "parse_article"]

Span = tuple[int, int]
_RELATIVE_WORDS = frozenset(
    {"yesterday", "today", "tomorrow", "tonight", "ago", "week", "weekend", "month", "year", "years",
     "decade", "later", "earlier", "next", "last", "this", "mid", "early", "late", "spring", "summer", "fall",
     "autumn", "winter", "century"}
)  # fmt: skip
_CALENDAR_NAMES = frozenset(
    {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue",
     "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"}
)  # fmt: skip
_MAYBE_DATE = re.compile(
    rf"""
    (?=\w)  # every branch starts with a letter or digit: other characters are passed over at once
    (?:
      \b(?:
        {alternation(_RELATIVE_WORDS)}\b  # relative words
        | {alternation(_CALENDAR_NAMES)}[a-z]*\b  # month and weekday names, capitalised
        | (?:1[89]|20)\d\d\b  # a year
      )
      | \d{{1,2}}/\d{{1,2}}  # 3/14
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)  # a cheap test run before the date finder: no match, no date
_DATE_WINDOW = 400  # characters read for a date around a cue or at the start of a content
_MAX_PREFIXED = 20  # acronyms matched by leading letters per article: each reads every name once
# "the 24-year-old", "the 31-year-old striker", "the 39-year-old Strasbourg goalkeeper": a person named by
# age (and a word or two of what they are) stands for the one named last
_OWNED = re.compile(r"(?P<owner>[Hh]is|[Hh]er|[Ii]ts) (?P<noun>[a-z-]+)")  # "her post", "Its editorial"
_AGED = re.compile(r"[Tt]he \d{1,3}-year-old(?: [A-Za-z][a-z]+){0,2}")
_DETERMINING = frozenset({"a", "an", "the", "one", "another", "this", "that"})  # "A local daily"
# a line break in a speaker's name or role, with the spaces around it, or a non-breaking space
_SELF_IT = re.compile(r"its?\b", re.IGNORECASE)  # a content opening with its speaker as "it" ("it's", "its")
_QUOTED_REACH = 400  # characters from a claim an outlet carried to a quotation "quoted as saying" by it
_BROKEN = re.compile(r"[ \t\u00a0]*[\r\n][ \t\r\n\u00a0]*|\u00a0+")


def parse_article(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = None,
    url: str | None = None,
    options: Rules | None = None,
) -> Article:
    """Parse one article's text into an `Article` whose `claims` hold every claim found.

    `options` is a `Rules` (the parser's vocabulary); `title`, `outlet`, `published` and `url` describe
    the article when the caller knows them (a title found at the top of the text is used otherwise).

    >>> article = parse_article("Prices rose 5% in May, the ministry said.")
    >>> [(c.speaker.name, c.cue.text, c.text) for c in article.claims]
    [('the ministry', 'said', 'Prices rose 5% in May')]
    """
    if options is not None and not isinstance(options, Rules):
        raise TypeError(f"options must be a claimtrack.rules.Rules, not {type(options).__name__}")
    rules = options or DEFAULT_RULES
    given_outlet = outlet
    speakers.forget()
    aid = article_id(text, title=title, outlet=outlet, published=published, url=url)
    layout = read_layout(text, segment.paragraphs(text), title=title, rules=rules)
    outlet = outlet or layout.outlet  # a byline or credit line names the article's outlet
    # a date line under the title dates the article, else a dateline's day with its year
    published = (
        published or layout.published or (dateline_day(text, layout.dateline, None) if layout.day else None)
    )
    anchor = filed_on(text, layout.dateline, published) if published and layout.day else published
    layout.sections = [dated_section(text, section, published) for section in layout.sections]
    sentences: list[Span] = []
    for s, e in layout.prose:
        sentences.extend(segment.sentences(text, s, e, abbreviations=rules.abbreviations))
    marked = as_double(text, rules) or text  # "'C,' he said": single quotation marks read as double
    reader = BackReference(marked, rules, sentences, find_quotes(marked, layout.prose))
    found = reader.quote_claims()
    covered = _Cover([span for f in found for span in f.covers()])
    headings = [h for h in (layout.heading, layout.deck) if h is not None]
    for sentence in headings:
        if not covered.overlaps(sentence):
            found.extend(reader.headline(sentence))
    more, pointers = reader.read_sentences(covered.overlaps)
    found.extend(more)
    found.extend({id(f): f for f in reader.acts}.values())  # an act may be read twice (a sentence retried)
    found.sort(key=lambda f: f.start)
    # "X made the comments in an interview with Y. “C,” X said": C came via Y
    frame_scenes(text, found, reader.scenes)
    for f in found:
        if _points_back(text, f, rules):
            f.rule = "act"  # "He said this as the strike went on": its speaker is learned, the writer's news
    lede = lede_of(found, layout.heading)  # the first claim below the headline that is no "X: C" line
    lede_body(text, found, lede, sentences, rules)  # "C, a Norvale watchdog has said"
    lede_person(text, found, lede, sentences, rules)  # "C, a deputy minister has said." ... "Tom Hale, ..."
    sections = sections_of(text, layout, found, sentences, rules)
    if outlet is None and not sections and not (layout.dateline and layout.dateline.outlet):
        outlet = told_outlet(text, found, rules)  # "X told News24": the story's own interview
    full = full_names(text, rules, outlet)  # "Yonhap" is "Yonhap News Agency" where the article prints that
    outlet = given_outlet or full_name(outlet, full)  # (as the caller gave it, if given)
    article = _Article(
        text,
        aid=aid,
        layout=layout,
        sections=sections,
        outlet=outlet,
        published=anchor,
        rules=rules,
        sentences=sentences,
        bodies=_self_named(text, found),
        lede=lede,
    )
    people = People(text, sentences, rules, reader.in_quote)
    said = [f for f in found if f.rule != "act"]  # an act's doer is learned as a name, but claims nothing
    claims = article.attributed(found, people) + article.unattributed(
        [s for s in sentences if s not in pointers], said
    )
    claims.sort(key=lambda c: c.spans[0])
    unique: dict[str, Claim] = {}
    for c in named_claims(claims, full):
        unique.setdefault(c.id, c)
    return Article(
        id=aid,
        text_hash=text_hash(text),
        title=title or layout.title,
        outlet=outlet,
        published=published,
        url=url,
        dateline=named_dateline(layout.dateline, full),
        sections=tuple(named_sections(sections, full)),
        text=text,
        claims=tuple(unique.values()),
    )


class _Cover:
    """Sorted, merged spans, for asking whether a sentence overlaps any of them."""

    def __init__(self, spans: list[Span]) -> None:
        merged: list[Span] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        self.spans = merged
        self.starts = [s for s, _ in merged]

    def overlaps(self, span: Span) -> bool:
        i = bisect.bisect_left(self.starts, span[1]) - 1
        return i >= 0 and self.spans[i][1] > span[0]


class _Article:
    """Turns what was found into `Claim`s: names, outlets, dates, kinds."""

    def __init__(
        self,
        text: str,
        *,
        aid: str,
        layout: Layout,
        sections: list[Section],
        outlet: str | None,
        published: dt.date | None,
        rules: Rules,
        sentences: list[Span],
        bodies: frozenset[str] = frozenset(),
        lede: Found | None = None,
    ) -> None:
        self.text, self.aid, self.layout, self.sections = text, aid, layout, sections
        self.outlet, self.published, self.rules = outlet, published, rules
        self.sentences, self.lede = sentences, lede
        self.starts = [s for s, _ in sentences]
        # the sections holding an offset change only at a section's start or end: one answer per stretch
        self._bounds = sorted({s.start for s in sections} | {s.end for s in sections})
        self._contexts: dict[int, tuple[tuple[str, ...], dt.date | None]] = {}
        # a press review's sections ("IZVESTIA (April 3)") and the stretches after "X wrote about"
        own = set(layout.sections)  # (a set: an article may hold thousands of sections)
        self.reviews = [s for s in sections if s.start in layout.reviews or s not in own]
        self._outlets: dict[str, Outlet] = {}
        self._documents = Documents(rules)  # the documents credited so far, for "the report" (`issuers`)
        self._spelt: dict[str, str] | None = None  # acronyms the text spells out (`acronyms.spelt_out`)
        self._styles: dict[str, str] | None = None  # full names -> the style the text prints before them
        self.bodies = bodies  # one-word names that call themselves "it" (`_self_named`)
        self._prefixed: dict[str, str | None] = {}  # acronyms looked up by their leading letters
        self._aliases: dict[str, str] | None = None  # "Rengo" -> its body's name (`acronyms.aliases`)
        self._countried: dict[str, str] | None = None  # "Harbour Commission" -> its name with "of X"
        # "ports" -> ("kenya", "Kenyan Ministry of Ports"): ministries named formally (`_formal`)
        self._ministries: dict[str, tuple[str | None, str]] | None = None
        self._brands: frozenset[str] | None = None  # words with a capital inside, lower case (`_branded`)

    def _outlet(self, name: str) -> Outlet:
        """The outlet named `name` with no span (one value per name: they are frozen)."""
        found = self._outlets.get(name)
        if found is None:
            found = self._outlets[name] = Outlet(name=name)
        return found

    def _context(self, offset: int) -> tuple[tuple[str, ...], dt.date | None]:
        """The outlets a sentence at `offset` came through (innermost first) and its date anchor."""
        stretch = bisect.bisect_right(self._bounds, offset)
        found = self._contexts.get(stretch)
        if found is None:
            found = self._contexts[stretch] = self._read_context(offset)
        return found

    def _read_context(self, offset: int) -> tuple[tuple[str, ...], dt.date | None]:
        holding = [s for s in self.sections if s.start <= offset < s.end]
        holding.sort(key=lambda s: s.start, reverse=True)
        names: list[str | None] = []
        anchor = self.published
        for s in holding:
            names.append(s.outlet)
            if s.dateline and s.dateline.outlet:
                names.append(s.dateline.outlet)
        if self.layout.dateline and self.layout.dateline.outlet:
            names.append(self.layout.dateline.outlet)
        names.append(self.outlet)
        # an edition's or a desk's outlet after it: "BBC Wales", then "BBC"
        names = [m for n in names for m in (n, edition_of(n, self.rules) if n else None)]
        for s in reversed(holding):
            anchor = s.published or anchor
        dated = [s.published for s in holding if s.published]
        if dated:
            anchor = dated[0]
        return chain(*names), anchor

    def _when(self, spans: list[Span], anchor: dt.date | None) -> DateRange | None:
        for s, e in spans:
            if not _MAYBE_DATE.search(self.text, s, min(e, s + _DATE_WINDOW)):
                continue
            for t in find_time_expressions(self.text, s, min(e, s + _DATE_WINDOW), anchor=anchor):
                if t.first and t.last and t.first <= t.last:
                    return DateRange(start=t.first, end=t.last, text=t.text)
        return None

    def _said_on(self, found: Found, anchor: dt.date | None) -> dt.date | None:
        """The day the words were said: a date next to the cue ("said on Tuesday"), else the anchor."""
        covers = found.covers()
        lo = min([s for s, _ in covers])
        hi = max([e for _, e in covers])
        if found.cue.span:
            i = bisect.bisect_right(self.starts, found.cue.span[0]) - 1
            if i >= 0:
                hi = max(hi, self.sentences[i][1])
            lo = max(lo, found.cue.span[0] - _DATE_WINDOW)  # the words around the cue, not a long sentence
            hi = min(hi, found.cue.span[1] + _DATE_WINDOW)
        gaps: list[Span] = []  # the attribution's own words: everything but the content
        for s, e in sorted(found.spans):
            if s > lo:
                gaps.append((lo, min(s, hi)))
            lo = max(lo, e)
        if lo < hi:
            gaps.append((lo, hi))
        for s, e in gaps:
            if s >= e or not _MAYBE_DATE.search(self.text, s, e):
                continue
            for t in find_time_expressions(self.text, s, e, anchor=anchor):
                if t.first and t.first == t.last and t.tense_hint != "future":
                    return t.first
        return anchor

    def _paper(self, name: str, offset: int) -> str | None:
        """The outlet "the newspaper" (or "the daily's editorial") stands for in a press review's
        section: the section's."""
        if not self.reviews:
            return None
        words = name.lower().replace("’", "'").split()
        if len(words) == 3 and words[1].endswith("'s") and words[2] in self.rules.outlet_voices:
            words = [words[0], words[1][:-2]]  # "the daily's editorial": the paper speaking for itself
        if len(words) != 2 or words[0] != "the" or words[1] not in self.rules.publication_anaphora:
            return None
        holding = [s for s in self.reviews if s.start <= offset < s.end]
        return max(holding, key=lambda s: s.start).outlet if holding else None

    def _told_gender(self, span: tuple[int, int]) -> str | None:
        """The gender a mention's courtesy title tells: "Mrs. Clinton" (female), "Mr. Clinton" (male)."""
        first = self.text[span[0] : span[1]].split(maxsplit=1)[:1]
        word = first[0].lower() if first else ""
        if word in self.rules.male_words:
            return "male"
        return "female" if word in self.rules.female_words else None

    def _settled_roles(self, cast: Cast) -> dict[str, str]:
        """The roles by canonical name, the last given winning; a rank alone ("Capt Roe") hides no post
        named before it."""
        settled: dict[str, str] = {}
        for said, role in cast.roles.items():
            full = cast.canonical(said)
            if full not in settled or not self._rank_only(role):
                settled[full] = role
        return settled

    def _rank_only(self, role: str) -> bool:
        """Whether a role is only a person's rank or courtesy title ("Capt", "Col."), naming no post."""
        return all(
            w.lower() in self.rules.personal_ranks or w.lower() in self.rules.honorifics for w in role.split()
        )

    def _named(self, cast: Cast, mention: Mention) -> tuple[str, str, str | None]:
        """(name, kind, role) of a mention as the cast knows it; a paper the article names as one is an
        outlet ("the reformist Hamrah newspaper", "Hamrah")."""
        name, kind, role = cast.resolve(mention, self._told_gender(mention.span))
        known = cast.roles.get(name)
        if known is not None and role is not None and self._rank_only(role):
            role = known  # "Capt Roe" after "Port director Captain Jane Roe": the post
        if kind != "outlet" and (paper := called_paper(name, self.layout.papers, self.rules)) is not None:
            return paper, "outlet", None
        epithet = self.rules.epithets.get(name.lower().removeprefix("the "))
        if epithet is not None and re.search(rf"\b{re.escape(epithet)}\b", self.text):
            return epithet, "organisation", role  # "The UN refugee agency" in a story naming UNHCR
        if kind in ("organisation", "person") and (full := self._aliased(name)) is not None:
            # "Rengo" after "The Japanese Trade Union Confederation, or Rengo,"
            return full, "organisation", role
        if kind in ("organisation", "person") and (full := self._spelled(name)) is not None:
            # "The IEC said" after "The Independent Electoral Commission (IEC)"; an acronym read as a
            # person's one-word name ("the NDRRMC said") is the body too
            return full, "organisation", role
        if kind in ("organisation", "document") and (body := described_body(name, self.rules)) is not None:
            return body, "organisation", role  # "The ruling Bharatiya Janata Party": not a court's ruling
        if kind == "person" and role is None and (name in self.bodies or self._branded(name)):
            # "AfriForum says it's disappointed": a body; "Norvex said" where the text writes "NorVex"
            return name, "organisation", role
        return name, kind, role

    def _branded(self, name: str) -> bool:
        """Whether a one-word name read as a person's is written elsewhere in the text with a capital
        inside, as a brand is ("Tiktok said" where the story writes "TikTok"); the text is read once, and
        only when asked."""
        if " " in name:
            return False
        if self._brands is None:
            self._brands = frozenset(
                w.lower() for w in _BRAND.findall(self.text) if not w.startswith(_CAMEL_SURNAMES)
            )
        return name.lower() in self._brands

    def _with_country(self, name: str) -> str | None:
        """The name a body's name without its country stands for, where the text names it with "of" and
        its country (`country_bodies`, read once and only when asked)."""
        bare = name.removeprefix("the ").removeprefix("The ")
        if " of " in bare or not bare.istitle() or " " not in bare:
            return None
        if self._countried is None:
            self._countried = country_bodies(self.text, self.rules)
        return self._countried.get(bare)

    def _formal(self, name: str) -> str | None:
        """The formal name of a ministry named by its field, where the text writes it so ("Kenya's ports
        ministry" after "the Kenyan Ministry of Ports", `formal_ministry`; read once, when asked)."""
        if "inistry" not in name:
            return None
        if self._ministries is None:
            self._ministries = formal_ministries(self.text, self.rules)
        return formal_ministry(name, self._ministries, self.rules)

    def _obtained(self, f: Found, name: str, kind: str) -> str:
        """A document's name without the outlet that obtained it, which becomes the claim's outlet when
        the sentence names none else ("the draft report obtained by Reuters", `obtained_by`); any other
        name as it is."""
        seen = obtained_by(name, self.rules) if kind == "document" and f.outlet is None else None
        if seen is None:
            return name
        document, paper = seen
        end = f.mention.span[1]
        at = end - len(paper) if self.text[end - len(paper) : end] == paper else None
        f.outlet = Outlet(name=paper, span=(at, end) if at is not None else None)
        return document

    def _issuer(self, name: str, kind: str) -> tuple[str, str]:
        """(name, kind) of the one who issued a document speaking (`Documents.speaker`: "the report"
        after "a report by X" is X), an acronym as the body the article spells out ("a release by the
        ICG": the Indian Coast Guard), a body by its name with its country (`_with_country`); a body
        found for a pronoun or a noun as the article spells it out ("It has said" after "The HCA delayed
        ..."); any other speaker as it is."""
        issuer = self._documents.speaker(name, kind)
        if issuer == (name, kind):
            # "the ICG" spelt out; "the Harbour Board" of "... of Norway"
            full = (
                (self._spelled(name) or self._with_country(name) or self._formal(name))
                if kind == "organisation"
                else None
            )
            return issuer if full is None else (full, kind)
        return self._spelled(issuer[0]) or issuer[0], issuer[1]

    def _aliased(self, name: str) -> str | None:
        """The body a one-word name stands for, where the article introduces it with ", or NAME," or
        in brackets after its name ("The Korea Exchange (KRX)"); the text is read once
        (`acronyms.aliases`)."""
        name = acronym(name) or name  # "The KRX" after "The Korea Exchange (KRX)"
        if " " in name:
            return None
        if self._aliases is None:
            self._aliases = aliases(self.text, self.rules)
        return self._aliases.get(name)

    def _spelled(self, name: str) -> str | None:
        """The name an acronym speaker stands for, where the article spells it out; the text is read
        once, and only when a speaker's name is an acronym."""
        bare = acronym(name)
        if bare is None:
            return None
        if self._spelt is None:
            self._spelt = spelt_out(self.text, self.rules)
        if bare in self._spelt:
            return self._spelt[bare]
        if bare not in self._prefixed:  # (once per acronym, for a few: each reads every name spelt out)
            few = len(self._prefixed) < _MAX_PREFIXED
            self._prefixed[bare] = prefixed(bare, self._spelt.values(), self.rules) if few else None
        return self._prefixed[bare]

    def _kind(self, f: Found, content: str, speaker: Speaker, people: People) -> str:
        """The claim kind of `content` (`_content_kind`), or, for a quotation at length that a later "will"
        makes a forecast, the kind of its lead sentence when that is a statement or an opinion
        (`leads.lead_sentence`)."""
        kind = self._content_kind(f, content, speaker, people)
        if kind != "prediction" or f.quote != "direct":
            return kind
        lead = lead_sentence(self.text, f.spans, self.rules)
        if lead is None:
            return kind
        lead_kind = self._content_kind(f, self.text[lead[0] : lead[1]], speaker, people)
        return lead_kind if lead_kind in ("statement", "opinion") else kind

    def _content_kind(self, f: Found, content: str, speaker: Speaker, people: People) -> str:
        """The claim kind of `content`, found as `f` and credited to `speaker` (`kinds.kind_of`), with the
        speaker's own side committing ("Lavrov said Russia will not support the moves": Russia's word, a
        promise) and a "he" who is not the speaker ("Clinton said he would appoint judges": Trump's act,
        her forecast)."""
        self_pronoun = (
            f.quote != "direct"
            and speaker.kind == "person"
            and not people.disagrees(speaker.name, content.partition(" ")[0])
        )
        low = unquoted(padded(content))  # as both `kind_of` and `own_side` read it: lowered once
        claim_kind = kind_of(
            content,
            f.implied,
            f.complement,
            self.rules,
            lemma=f.cue.lemma,
            self_pronoun=self_pronoun,
            low=low,
        )
        end, start = f.mention.span[1], f.spans[0][0]
        gap = self.text[end:start] if end <= start else ""  # "have blocked the measures, saying"
        # (not after a cue of forecasting: "predicted Norvex would return to profit" is a forecast)
        if (
            claim_kind in ("prediction", "statement")
            and f.implied != "prediction"
            and own_side(
                content,
                speaker.name,
                speaker.role,
                speaker.kind,
                self.rules,
                claim_kind=claim_kind,
                gap=gap,
                low=low,
            )
        ):
            return "promise"
        if claim_kind == "promise" and people.disagrees(speaker.name, content.partition(" ")[0]):
            return "prediction"
        if f.cue.lemma in self.rules.rulings:  # "ruled that the hearing had been unfair": the finding
            return "statement" if claim_kind == "opinion" else claim_kind
        if claim_kind == "statement" and f.quote == "direct" and judged_in_quote(low):
            return "opinion"  # "“This is not a negotiation, it's a shakedown,” he said"
        if claim_kind == "statement" and f.quote != "direct" and judged_in_fragment(padded(content)):
            return "opinion"  # 'he said the offer was "a box of old tricks"'
        return claim_kind

    def _noun_resolved(
        self, f: Found, nouns: RoleNouns, people: People
    ) -> tuple[str, str, str | None] | None:
        """Whom a role or body noun ("the minister", "it") stands for; a person found so is one "he" or
        "she" may stand for next ("Japan's foreign minister said C1. He said C2": Hayashi both times)."""
        if f.rule == "reported-after" and (own := nouns.groups.own_subject(f.mention.name, f.spans[0])):
            return own, "organisation", None  # "Norvex has cut jobs, the company said": the firm in C
        if (
            f.mention.kind == "anonymous"
            and (body := spokesperson_for(f.mention.name, self.rules, nouns.cast.full_names))
            and people.full_anywhere(body.split()[-1]) in (None, body)  # (not "Tom Pell ... for Pell")
        ):
            return nouns.cast.firms.get(body, body), "organisation", None  # "A spokesperson for Harbour Co"
        earlier = nouns.resolve(f.mention)
        if earlier is not None and earlier[1] == "person":
            people.speaker(f.mention.span[0], earlier[0], self.text[f.mention.span[0] : f.mention.span[1]])
            if " " not in earlier[0]:  # "The President said" after "President Buhari’s": the full name
                earlier = (people.full_anywhere(earlier[0]) or earlier[0], earlier[1], earlier[2])
        return earlier

    def _pronoun(
        self, mention: Mention, name: str, role: str | None, *, people: People, last: Cast, nouns: RoleNouns
    ) -> tuple[str, str | None]:
        """The name and role of the person "he" or "she" stands for; `name` and `role` when none is found
        (the pronoun as written when the last one named is of the other gender)."""
        objective = self.text[mention.span[0] : mention.span[1]].lower() in ("him", "her")
        who = people.resolve(mention.name, mention.span[0], last.full_names, objective=objective)
        if who is not None:
            who = nouns.antecedent(who, people.found_at)  # "The minister ... He said": Lavrov
            name = last.canonical(who)  # "Al Jubeir", named so opening a sentence: "Adel Al-Jubeir"
            if " " not in name:  # a surname no claim names in full: the text may, in a sentence before
                name = people.full(name, mention.span[0]) or people.full_anywhere(name, mention.name) or name
            return name, mention.role or last.roles.get(name) or people.roles.get(who)
        if people.disagrees(name, mention.name):
            return mention.name, mention.role  # "she" is not the last man named
        return name, role

    def _named_in_full(self, joint: str) -> list[str]:
        """The people named in full in a joint mention ("Asif Ali Zardari and Shehbaz Sharif"): each side
        with no comma that reads as one person's name of two words or more ("Professors Foner" is a
        role and a surname)."""
        out = []
        for side in joint.split(" and "):
            parts = side.split()
            if (
                "," in side
                or len(parts) < 2
                or any(w.endswith(("’", "'", "’s", "'s")) for w in parts)
                or parts[0].lower().removesuffix("s") in self.rules.titles  # "Professors Foner"
            ):
                continue  # ("Reuters’ Luciana Lopez": an outlet's reporter, read as a whole elsewhere)
            mention = speakers.classify(side, tokenize(side, 0, len(side)), self.rules)
            if mention is not None and mention.kind == "person" and mention.name == side:
                out.append(side)
        return out

    def _person_described(
        self, mention: Mention, kind: str, people: People, last: Cast, nouns: RoleNouns
    ) -> tuple[str, str, str | None] | None:
        """The person a mention describes, not naming them: by age, "the 24-year-old", or by a document
        of theirs, "According to her post, C" (`Rules.documents` after "his" or "her"); the body "its"
        stands for, "Its editorial said C" after "The Harbour Times said C1"; or None."""
        if kind in ("anonymous", "person") and (aged := self._aged(mention, people, last)) is not None:
            return aged
        owned = _OWNED.fullmatch(mention.name)
        if owned is None or owned.group("noun") not in self.rules.documents:
            return None
        if owned.group("owner").lower() == "its":
            body = nouns.groups.resolve("it", mention.span[0])
            return (*body, None) if body is not None else None
        pronoun = "he" if owned.group("owner").lower() == "his" else "she"
        who = people.resolve(pronoun, mention.span[0], last.full_names)
        if who is None:
            return None
        name = last.canonical(who)
        return name, "person", last.roles.get(name) or people.roles.get(who)

    def _aged(self, mention: Mention, people: People, last: Cast) -> tuple[str, str, str | None] | None:
        """The person "the 24-year-old" stands for (`pronouns.ANYONE`), or None."""
        if not _AGED.fullmatch(mention.name):
            return None
        described = mention.name.count(" ") > 1  # "the 39-year-old Strasbourg goalkeeper": a pronoun's reach
        aged = people.resolve(ANYONE, mention.span[0], last.full_names, far=described)
        if aged is None:
            return None
        name = last.canonical(aged)
        return name, "person", last.roles.get(name) or people.roles.get(aged)

    def attributed(self, found: list[Found], people: People) -> list[Claim]:
        cast = Cast()
        for f in found:
            if not f.mention.pronoun:
                # "Sheikh Salem"; "Johari" for "Johari Abdul Ghani"
                given = (
                    given_name_title(f.mention.role, self.rules)
                    or patronymic(f.mention.name, self.rules)
                    or surname_first(f.mention.name, self.rules)  # "Chung" for "Chung Hae Sung"
                )
                cast.learn(f.mention.name, f.mention.kind, f.mention.role, given=given)
                if f.mention.kind == "person" and " and " in f.mention.name:
                    for one in self._named_in_full(f.mention.name):
                        cast.learn_one_of_two(one)  # "Asif Ali Zardari and Shehbaz Sharif"
        cast.complete(self.text, self.rules)
        complete_roles(cast, self.text, self.rules)  # "Spokesman Zhao Lijian made the remarks": Zhao's role
        last = cast.settled(self._settled_roles(cast))
        nouns = RoleNouns(self.text, self.rules, last, people, self.layout.heading)
        for f in found:  # "the minister" stands for someone credited before it, or below a headline
            if not f.mention.pronoun:
                credited, credited_kind, its_role = self._named(last, f.mention)
                nouns.credit(f.mention, credited, its_role, credited_kind)
            if f.outlet is not None and f.outlet.span is not None:  # "KCNA reported that C. The report ..."
                nouns.groups.credit(f.outlet.span[0], f.outlet.name, "medium")
        claims: list[Claim] = []
        interviews = Interviews(self.lede)  # speaker -> the interview their claims come from
        media: set[str] = set()  # outlets named beside a cue so far ("was quoted by New Ziana")
        _same_medium(found, self.rules)
        for f in found:
            name, kind, role = self._resolved(f, last, people, nouns)
            last.learn(name, kind)
            if f.rule == "act":
                continue  # "Gov. Jerry Brown announced the deal": the writer's news, in `unattributed`
            content = join_spans(self.text, f.spans)
            via, anchor = self._context(f.start)
            interview_goes_on(self.text, f, name, interviews, self.rules)
            _medium_speaking(f, name, kind, media)
            named = self._medium(f, name, kind, via)
            via = chain(
                named.name if named else None, network(named.name, self.rules) if named else None, *via
            )
            try:
                # a name broken across a hard-wrapped line ("The\nminister", "I.\nAbbasov") on one line
                shown = "outlet" if kind == "person" and self._unnamed_paper(name) else kind
                shown_role = _BROKEN.sub(" ", role) if role else role
                speaker = Speaker(
                    name=_BROKEN.sub(" ", self._styled(name) if shown == "person" else name),
                    kind=shown,
                    role=shown_role,
                    span=f.mention.span,
                )
                claim_kind = self._kind(f, content, speaker, people)
                claims.append(
                    Claim(
                        id=claim_id(name, content),
                        text=content,
                        spans=tuple(f.spans),
                        article=self.aid,
                        speaker=speaker,
                        cue=self._cue(f),
                        outlet=named,
                        via=via,
                        quote="indirect" if f.quote == "mixed" and not self.rules.mixed_quotes else f.quote,
                        kind=claim_kind,
                        said_on=self._said_on(f, anchor),
                        when=self._when(f.spans, anchor) if claim_kind in ("prediction", "promise") else None,
                        rule=f.rule,
                    )
                )
            except ModelError:
                continue  # spans out of order or empty: drop rather than emit a broken claim
        return claims

    def _resolved(
        self, f: Found, last: Cast, people: People, nouns: RoleNouns
    ) -> tuple[str, str, str | None]:
        """(name, kind, role) of a claim's speaker as the article names it: a pronoun, a description or a
        body's noun resolved to whom it stands for, a document to its issuer, a firm by its full name."""
        name, kind, role = self._named(last, f.mention)
        if f.mention.pronoun and f.mention.kind == "person":
            name, role = self._pronoun(f.mention, name, role, people=people, last=last, nouns=nouns)
        elif (aged := self._person_described(f.mention, kind, people, last, nouns)) is not None:
            name, kind, role = aged  # "Morata ... But the 24-year-old told C"; "According to her post"
        elif (paper := self._paper(f.mention.name, f.start)) is not None:
            name, kind, role = paper, "outlet", None  # "The newspaper writes" under "IZVESTIA"
        elif (earlier := self._noun_resolved(f, nouns, people)) is not None:
            name, kind, role = earlier  # "The minister added": Lavrov; "It also praised": Bahrain
        elif (body := nouns.groups.standing_for(f.mention.name, name, kind, f.mention.span[0])) is not None:
            (name, kind), role = body, None  # "the paper added": the Nikkei; "the ministry": its name
            if kind == "person":  # "A statement from Mr Hale": Tom Hale, named before
                name = last.canonical(name)
                if " " not in name:  # a surname the cast has not met as a speaker
                    name = people.full(name, f.start) or name
                people.speaker(f.mention.span[0], name, self.text[f.mention.span[0] : f.mention.span[1]])
        elif kind == "person":
            people.speaker(f.mention.span[0], name, self.text[f.mention.span[0] : f.mention.span[1]])
        # "the report" after "a report by X": X; "the memo seen by Reuters": the memo, through Reuters
        name, kind = self._issuer(self._obtained(f, name, kind), kind)
        if kind == "organisation":  # "the company" for "Lilly" after "Norvex Lilly, a drugmaker,"
            name = last.firms.get(name, name)
        return name, kind, role

    def _styled(self, name: str) -> str:
        """A full name with the knight's or peer's style the article prints before it (`Rules.name_styles`):
        "Sir Jane Roe"; else the name."""
        if self._styles is None:  # the text read once: every run of names after a style
            self._styles = {}
            styles = "|".join(sorted(s.capitalize() for s in self.rules.name_styles))
            for m in re.finditer(rf"\b({styles}) ([A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){{0,3}})", self.text):
                words = m.group(2).split()
                words[-1] = words[-1].rstrip(".") if len(words[-1]) > 2 else words[-1]  # a sentence's end
                for k in range(2, len(words) + 1):  # "Sir Jane Roe Hale": "Jane Roe", "Jane Roe Hale"
                    self._styles.setdefault(" ".join(words[:k]), m.group(1))
                if len(words) == 1 and m.group(1).lower() not in self.rules.given_name_titles:
                    self._styles.setdefault(words[0], m.group(1))  # a peer by title alone: "Lord Hale"
        style = self._styles.get(name)
        return f"{style} {name}" if style else name

    def _cue(self, f: Found) -> Cue:
        """The cue with the auxiliaries before it ("had said", "was quoted"), short of the speaker's
        words and the content."""
        start = f.cue.span[0] if f.cue.span else 0
        ends = [e for _, e in (*f.spans, f.mention.span) if e <= start]
        return widened(self.text, f.cue, max(ends, default=0), self.rules)

    def _unnamed_paper(self, name: str) -> bool:
        """Whether a speaker is an outlet named by its kind ("A local daily", "the newspaper",
        `Rules.paper_nouns`): shown as an outlet, though read as a person for the scopes and the
        pronouns (a kind there would take the claims after it into its section)."""
        words = name.lower().split()
        return len(words) > 1 and words[0] in _DETERMINING and words[-1] in self.rules.paper_nouns

    def _medium(self, f: Found, name: str, kind: str, via: tuple[str, ...]) -> Outlet | None:
        """The outlet a claim came through: the outlet speaking ("Asahi Shimbun reported C": through
        Asahi), the one the sentence names, else its section's."""
        if kind == "outlet" and f.outlet is None:
            return Outlet(name=name, span=f.mention.span)
        if f.outlet is not None:
            return f.outlet
        return self._outlet(via[0]) if via else None

    def unattributed(self, sentences: list[Span], found: list[Found]) -> list[Claim]:
        covered = _Cover([span for f in found for span in f.covers()])
        splice = splice_pattern(self.rules)
        pieces: list[Span] = [span for f in found for span in f.leftover]
        for sentence in sentences:
            if not covered.overlaps(sentence):
                pieces.extend(clauses(self.text, sentence, splice))
        claims: list[Claim] = []
        for span in pieces:
            claim_kind = checkable_kind(self.text, span, self.rules)
            if claim_kind is None:
                continue
            content = self.text[span[0] : span[1]]
            via, anchor = self._context(span[0])
            if claim_kind == "promise":
                claim_kind = "prediction"
            claims.append(
                Claim(
                    id=claim_id(None, content),
                    text=content,
                    spans=(span,),
                    article=self.aid,
                    outlet=self._outlet(via[0]) if via else None,
                    via=via,
                    quote="none",
                    kind=claim_kind,
                    said_on=anchor,
                    when=self._when([span], anchor) if claim_kind == "prediction" else None,
                    rule="unattributed",
                )
            )
        return claims


def _points_back(text: str, f: Found, rules: Rules) -> bool:
    """Whether a reported content is "this" and a phrase of time or place (`Rules.pointer_followers`):
    "Osifo said this as the strike recorded partial compliance", "stated this at a news conference"."""
    if f.quote != "indirect" or len(f.spans) != 1:
        return False
    words = text[f.spans[0][0] : f.spans[0][1]].split(maxsplit=2)
    if not words or words[0].lower() != "this":
        return False
    return len(words) == 1 or words[1].lower().strip(",.") in rules.pointer_followers


def _medium_speaking(f: Found, name: str, kind: str, media: set[str]) -> None:
    """A speaker named as a medium beside an earlier cue is that medium ("X was quoted as saying by the
    agency Nordpost. ... C, according to Nordpost"); `media` gathers the outlets named so."""
    if f.outlet is None and kind != "outlet" and name in media:
        f.outlet = Outlet(name=name, span=f.mention.span)
    if f.outlet is not None and f.outlet.span is not None:
        media.add(f.outlet.name)


# surnames written with a capital inside, no brands: "McRoe", "MacHale", "DeNorvale", "LaRoe", "DiHale"
_CAMEL_SURNAMES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St")
# a word with a capital inside after lower-case letters, as brands are written: "NorVex", "YouTube"
# (the test of the character before comes after the first letter: one attempt per capital)
_BRAND = re.compile(r"[A-Z](?<![\w'’-].)[a-z]+[A-Z][A-Za-z]*")


def _self_named(text: str, found: list[Found]) -> frozenset[str]:
    """The one-word names read as a person's, with no role, written with a capital inside as a firm's or
    a group's name is, that call themselves "it" in what they say: "AfriForum says it's disappointed by
    the judgment" is a body's word (but "Trump said it was rigged" speaks of a thing)."""
    return frozenset(
        f.mention.name
        for f in found
        if f.mention.kind == "person"
        and not f.mention.pronoun
        and f.mention.role is None
        and " " not in f.mention.name
        and any(c.isupper() for c in f.mention.name[1:])
        and not f.mention.name.isupper()  # (initials are read as a body's elsewhere: "NITDA said")
        and _SELF_IT.match(text, f.spans[0][0]) is not None
        and f.quote != "direct"
    )


def _same_medium(found: list[Found], rules: Rules) -> None:
    """ "Appearing on the same program, X said C": the medium named last, which frames X's later claims;
    "X told the paper C": the outlet named last, carrying a claim or speaking itself ("Handelsblatt
    reported C1. X told the paper C2"). "X has expressed C1, RIA Novosti reported. “C2,” Peskov was quoted
    as saying": quoted by no one named, right after a claim an outlet carried, by that outlet (and so the
    speaker's later claims)."""
    medium: Outlet | None = None
    paper: Outlet | None = None  # the last outlet named: carrying a claim or speaking
    previous: Found | None = None
    for f in found:
        if f.outlet is not None and points_back(f.outlet, rules):
            last = medium if names_same(f.outlet) else paper
            f.outlet = Outlet(name=last.name, span=f.outlet.span) if last is not None else None
            f.frames = f.outlet is not None
        elif f.outlet is not None and f.outlet.span is not None:
            medium = paper = f.outlet
        elif f.mention.kind == "outlet" and not f.mention.pronoun:
            paper = Outlet(name=f.mention.name, span=f.mention.span)
        elif f.rule == "quoted-as" and f.outlet is None and (carrier := _carrier(previous, f)) is not None:
            f.outlet, f.frames = Outlet(name=carrier.name, span=None), True
        previous = f


def _carrier(previous: Found | None, f: Found) -> Outlet | None:
    """The outlet the claim `previous` named as carrying it ("RIA Novosti reported"), when it stands close
    enough before `f` to have carried `f` too; else None."""
    if previous is None or previous.outlet is None or previous.outlet.span is None:
        return None
    return previous.outlet if f.start - previous.spans[-1][1] < _QUOTED_REACH else None
