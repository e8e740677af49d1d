"""Rebuild the example store shipped inside the package (claimtrack/example/) from the two seed articles.

    python scripts/build_example.py

The seed articles (scripts/seeds/*.txt) are parsed with `parse_article` and recorded with the `Store`, so
the example shows what claimtrack finds today; run this again when the parser improves. Then a desk's
work is replayed on top: the statuses and evidence in `CHECKS` below, each citing a public source that
can be opened and read. Where the parser misses a claim the desk checked, the claim is recorded by hand
(rule "manual", offsets found in the text), as a fact-checker would add it.

Every file of the example carries a comment saying it is example data. The script ends by opening the
result again and running the store's own check on it; it fails loudly if either finds a problem.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path

import attrs

from claimtrack.ids import claim_id, normalise
from claimtrack.model import Article, Claim, DateRange, Evidence, Outlet, Speaker
from claimtrack.parse import parse_article
from claimtrack.store import Store, check_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "scripts" / "seeds"
TARGET = ROOT / "claimtrack" / "example"

DESK = "claimtrack example desk"
STARTED = dt.date(2026, 11, 16)
"""When the example desk started work on the claims (fixed, so a rebuild changes no byte)."""
DECIDED = dt.date(2026, 11, 20)
"""When it gave its verdicts."""

LABEL = (
    "# EXAMPLE DATA shipped with claimtrack, for illustration only: two 2016 articles, parsed,\n"
    "# with the statuses and evidence of an imaginary desk.\n"
    "# Rebuilt by scripts/build_example.py; do not edit by hand.\n"
)


@attrs.frozen
class Seed:
    """One seed article and the metadata it is recorded with."""

    file: str
    title: str | None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None


SEED_ARTICLES = (
    Seed(
        "lavrov-tokyo-sputnik.txt",
        title="Russia’s Sergei Lavrov to visit Tokyo preparing for Shinzo Abe’s visit to Russia "
        "later this year",
    ),
    Seed("press-review-japan-russia-iran.txt", title=None),
)


@attrs.frozen
class Check:
    """A desk's work on one claim: where it is (seed file, words of the claim), how to record it if the
    parser did not find it, and the statuses and evidence it ends with."""

    seed: str
    content: str
    speaker: Speaker | None
    outlet: str | None
    kind: str
    status: str
    note: str
    evidence: tuple[Evidence, ...] = ()
    said_on: dt.date | None = None
    when: DateRange | None = None
    quote: str = "indirect"


def _ev(
    url: str, stance: str, publisher: str, title: str, excerpt: str, *, date: dt.date | None = None
) -> Evidence:
    return Evidence(
        url=url, stance=stance, title=title, publisher=publisher, excerpt=excerpt, date=date, added_by=DESK
    )


JAPAN_TIMES_0415 = (
    "https://www.japantimes.co.jp/news/2016/04/15/national/politics-diplomacy/"
    "kishida-lavrov-lay-groundwork-for-abes-russia-visit/"
)
JT_TITLE = "Kishida, Lavrov lay groundwork for Abe’s Russia visit"

MORGULOV = Speaker("Igor Morgulov", kind="person", role="Russian Deputy Foreign Minister")

CHECKS = (
    Check(
        seed="lavrov-tokyo-sputnik.txt",
        content="Russian Foreign Minister Sergei Lavrov will visit Tokyo in mid-April in preparations for "
        "Japanese Prime Minister Shinzo Abe’s visit to Russia.",
        speaker=None,
        outlet="Sputnik",
        kind="prediction",
        said_on=dt.date(2016, 3, 14),
        when=DateRange(dt.date(2016, 4, 10), dt.date(2016, 4, 20), "in mid-April"),
        quote="none",
        status="kept",
        note="Lavrov held talks with Kishida in Tokyo on 15 April 2016, to prepare Abe's visit.",
        evidence=(
            _ev(
                JAPAN_TIMES_0415,
                "supports",
                "The Japan Times",
                JT_TITLE,
                "Kishida and Lavrov held talks in Tokyo on Friday, 15 April 2016, and agreed to prepare "
                "an unofficial visit to Russia by Prime Minister Abe.",
                date=dt.date(2016, 4, 15),
            ),
            _ev(
                "https://interfax.ru/world/503232",
                "context",
                "Interfax",
                "Лавров отправится в Токио готовить российско-японский саммит",
                "Three days before: Kishida told reporters Lavrov was expected in Tokyo on 15 April to "
                "prepare the Russia–Japan summit (in Russian).",
                date=dt.date(2016, 4, 12),
            ),
        ),
    ),
    Check(
        seed="lavrov-tokyo-sputnik.txt",
        content="Sergei Lavrov is visiting Tokyo to lay the ground work for a visit to Russia later this "
        "year of Japan’s PM Shinzo Abe.",
        speaker=None,
        outlet=None,
        kind="statement",
        quote="none",
        status="true",
        note="The foreign ministers' talks in Tokyo on 15 April 2016 prepared Abe's visit to Sochi in May.",
        evidence=(
            _ev(
                JAPAN_TIMES_0415,
                "supports",
                "The Japan Times",
                JT_TITLE,
                "Kishida and Lavrov agreed in Tokyo to lay the groundwork for Abe’s unofficial visit to "
                "Russia.",
                date=dt.date(2016, 4, 15),
            ),
        ),
    ),
    Check(
        seed="lavrov-tokyo-sputnik.txt",
        content="Sergei Lavrov is a remarkably articulate and formidable Russian diplomat.",
        speaker=None,
        outlet=None,
        kind="opinion",
        quote="none",
        status="not-checkable",
        note="The blogger's own judgement of Lavrov: nothing to check.",
    ),
    Check(
        seed="lavrov-tokyo-sputnik.txt",
        content="The date of Abe’s visit has not yet been disclosed.",
        speaker=None,
        outlet="Sputnik",
        kind="statement",
        said_on=dt.date(2016, 3, 14),
        quote="none",
        status="true",
        note="Still undisclosed a month later, when the foreign ministers met.",
        evidence=(
            _ev(
                JAPAN_TIMES_0415,
                "supports",
                "The Japan Times",
                JT_TITLE,
                "On 15 April 2016 neither the timing nor the place of Abe’s visit had been announced; "
                "reports pointed to Sochi in May.",
                date=dt.date(2016, 4, 15),
            ),
        ),
    ),
    Check(
        seed="lavrov-tokyo-sputnik.txt",
        content="Moscow believes it is important to free relations with Japan from the influence of "
        "foreign factors and agree on projects in the economic sphere",
        speaker=MORGULOV,
        outlet="Sputnik",
        kind="opinion",
        said_on=dt.date(2016, 3, 14),
        status="not-checkable",
        note="A statement of Russian policy aims: no evidence can make it true or false.",
    ),
    Check(
        seed="lavrov-tokyo-sputnik.txt",
        content="Yesterday, Russia sent a diplomatic message to North Korea asking North Korea to taper "
        "their rhetoric and to calm down over their reaction to American economic sanctions.",
        speaker=None,
        outlet=None,
        kind="statement",
        quote="none",
        status="researching",
        note="The blog post is undated, so 'yesterday' cannot be pinned down; "
        "looking for the Russian foreign ministry's statement.",
    ),
    Check(
        seed="press-review-japan-russia-iran.txt",
        content="a truce after the Second World War has still not been signed between the two countries",
        speaker=None,
        outlet="The Japan Times",
        kind="statement",
        quote="none",
        status="mostly-true",
        note="No peace treaty has been signed; but the state of war ended with the 1956 Joint "
        "Declaration, so 'truce' is the wrong word.",
        evidence=(
            _ev(
                "http://tass.com/world/869219",
                "supports",
                "TASS",
                "Japan hopes to discuss peace treaty during Lavrov’s visit — government",
                "Lavrov: the 1956 Joint Declaration is the only document both sides signed and ratified; "
                "the task now is to sign a peace treaty.",
                date=dt.date(2016, 4, 13),
            ),
            _ev(
                "https://en.wikipedia.org/wiki/Soviet%E2%80%93Japanese_Joint_Declaration_of_1956",
                "context",
                "Wikipedia",
                "Soviet–Japanese Joint Declaration of 1956",
                "Signed on 19 October 1956, it ended the state of war and restored diplomatic relations; "
                "a peace treaty was left to later talks.",
            ),
        ),
    ),
    Check(
        seed="press-review-japan-russia-iran.txt",
        content="The Japanese Prime Minister is going to visit Moscow in April, on the eve of the summit of "
        "the Group of Seven.",
        speaker=None,
        outlet="The Japan Times",
        kind="prediction",
        quote="none",
        status="compromise",
        note="Abe did visit Russia before the G7 summit, but Sochi on 6 May, not Moscow in April.",
        evidence=(
            _ev(
                "http://japan.kantei.go.jp/97_abe/actions/201605/eu6.html",
                "refutes",
                "Prime Minister of Japan and His Cabinet",
                "Visit to Europe and Russia: Sixth Day",
                "On 6 May 2016 Prime Minister Abe visited Sochi and held talks with President Putin.",
                date=dt.date(2016, 5, 6),
            ),
            _ev(
                "https://en.wikipedia.org/wiki/42nd_G7_summit",
                "context",
                "Wikipedia",
                "42nd G7 summit",
                "The G7 summit met at Ise-Shima, Japan, on 26–27 May 2016, three weeks after the "
                "Sochi talks.",
            ),
        ),
    ),
    Check(
        seed="press-review-japan-russia-iran.txt",
        content="to continue negotiations with Russia",
        speaker=Speaker("Fumio Kishida", kind="person", role="Japanese Foreign Minister"),
        outlet="The Japan Times",
        kind="promise",
        status="kept",
        note="Talks went on: the foreign ministers met in Tokyo on 15 April 2016, the leaders in "
        "Sochi on 6 May.",
        evidence=(
            _ev(
                JAPAN_TIMES_0415,
                "supports",
                "The Japan Times",
                JT_TITLE,
                "Kishida discussed a post-war peace treaty with Lavrov in Tokyo and called the talks "
                "forward-looking.",
                date=dt.date(2016, 4, 15),
            ),
        ),
    ),
    Check(
        seed="press-review-japan-russia-iran.txt",
        content="Russia will equip Tehran with modern air defense systems",
        speaker=None,
        outlet="OILPRICE.com",
        kind="prediction",
        quote="none",
        status="kept",
        note="Russia delivered S-300 air defence systems to Iran during 2016 under the 2007 contract.",
        evidence=(
            _ev(
                "http://en.cncnews.cn/news/v_show/58280_Russia_delivers_half_of_S-300_missile_systems_to_Iran:_Deputy_PM.shtml",
                "supports",
                "Xinhua",
                "Russia delivers half of S-300 missile systems to Iran: Deputy PM",
                "Deputy Prime Minister Rogozin said on 8 August 2016 that half of the S-300 systems had "
                "been delivered; Rostec expected to finish by the end of 2016.",
                date=dt.date(2016, 8, 9),
            ),
            _ev(
                "https://financialtribune.com/articles/national/32219/russia-to-finalize-s-300-delivery-in-2016",
                "context",
                "Financial Tribune",
                "Russia to Finalize S-300 Delivery in 2016",
                "Presidential aide Vladimir Kozhin said deliveries of S-300 systems to Iran would continue "
                "through 2016.",
            ),
        ),
    ),
    Check(
        seed="press-review-japan-russia-iran.txt",
        content="Moscow is considering the possibility of extending the two loans to the Iranian government "
        "to a total of $7 billion",
        speaker=None,
        outlet="OILPRICE.com",
        kind="statement",
        quote="none",
        status="researching",
        note="Reports of Russian state loans to Iran in 2015–2016 give different sums; not yet confirmed.",
    ),
    Check(
        seed="press-review-japan-russia-iran.txt",
        content="Iran is not ready to make deals with American oil companies",
        speaker=Speaker("Ali Khamenei", kind="person", role="Iran's supreme leader"),
        outlet="OILPRICE.com",
        kind="statement",
        status="researching",
        note="Looking for the original statement; the press review gives neither date nor occasion.",
    ),
)


def _find(article: Article, check: Check) -> Claim | None:
    """The parsed claim a check is about: one whose text holds the check's words, or is held by them."""
    wanted = normalise(check.content)
    for claim in article.claims:
        found = normalise(claim.text)
        if wanted in found or (len(found) > 20 and found in wanted):
            return claim
    return None


def _manual(article: Article, check: Check) -> Claim:
    """The claim recorded by hand, when the parser did not find it."""
    assert article.text is not None
    start = article.text.find(check.content)
    if start < 0:
        raise SystemExit(f"build_example: {check.content!r} is not in {check.seed}")
    return Claim(
        id=claim_id(check.speaker.name if check.speaker else None, check.content),
        text=check.content,
        spans=[(start, start + len(check.content))],
        article=article.id,
        speaker=check.speaker,
        outlet=Outlet(check.outlet) if check.outlet else None,
        quote=check.quote,
        kind=check.kind,
        said_on=check.said_on,
        when=check.when,
        rule="manual",
    )


def _label(folder: Path) -> None:
    """Put the example label at the top of every YAML file the store wrote."""
    for path in sorted(folder.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith(LABEL):
            path.write_text(LABEL + text, encoding="utf-8")


def build(target: Path = TARGET) -> Store:
    """Write the example store to `target` (replacing what is there) and return it, opened."""
    if target.exists():
        shutil.rmtree(target)
    store = Store.init(target)
    ids: dict[Check, str] = {}
    for seed in SEED_ARTICLES:
        text = (SEEDS / seed.file).read_text(encoding="utf-8")
        article = parse_article(
            text, title=seed.title, outlet=seed.outlet, published=seed.published, url=seed.url
        )
        claims = list(article.claims)
        for check in (c for c in CHECKS if c.seed == seed.file):
            found = _find(article, check)
            if found is None:
                found = _manual(article, check)
                claims.append(found)
            elif found.kind != check.kind:  # the desk corrects the kind the parser gave
                claims[claims.index(found)] = attrs.evolve(found, kind=check.kind)
            ids[check] = found.id
        store.add_article(attrs.evolve(article, claims=claims))
    for check in CHECKS:
        if check.evidence and check.status != "researching":
            store.set_status(ids[check], "researching", by=DESK, date=STARTED, note="Gathering evidence.")
        for item in check.evidence:
            store.add_evidence(ids[check], item)
        store.set_status(ids[check], check.status, by=DESK, date=DECIDED, note=check.note)
    for leftover in (".claimtrack-cache", ".claimtrack.lock", ".gitignore"):
        path = target / leftover
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    _label(target)
    return Store.open(target)


def main() -> int:
    store = build()
    problems = list(check_store(store.root))
    for problem in problems:
        print(problem, file=sys.stderr)
    claims = store.claims()
    shutil.rmtree(store.root / ".claimtrack-cache", ignore_errors=True)
    print(f"example store: {len(store.articles())} articles, {len(claims)} claims -> {store.root}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
