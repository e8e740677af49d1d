"""The Store API on real temporary stores: finding, adding, merging appearances, changing, refusing."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from claimtrack import Store
from claimtrack.errors import IdError, InputError, SchemaError, StoreError, UnknownStatusError
from claimtrack.ids import article_id, claim_id, text_hash
from claimtrack.model import Article, Claim, Evidence, Speaker
from claimtrack.store.cache import CACHE_DIR, ClaimCache
from tests import strategies

TEXT = "Igor Morgulov said that talks will resume in April. Prices rose by ten percent.\n"


def make_article(
    text: str = TEXT,
    *,
    outlet: str = "Sputnik",
    published: dt.date | None = dt.date(2016, 3, 14),
    **extra: str,
) -> Article:
    aid = article_id(text, outlet=outlet, published=published, **extra)
    claims = []
    for speaker, content in (
        ("Igor Morgulov", "talks will resume in April"),
        (None, "Prices rose by ten percent"),
    ):
        start = text.index(content)
        claims.append(
            Claim(
                id=claim_id(speaker, content),
                text=content,
                spans=[(start, start + len(content))],
                article=aid,
                speaker=Speaker(speaker) if speaker else None,
            )
        )
    return Article(
        id=aid,
        text_hash=text_hash(text),
        outlet=outlet,
        published=published,
        text=text,
        claims=claims,
        **extra,
    )


def snapshot(root: Path) -> dict[str, str]:
    """Every file of a store (but the cache and lock) and a hash of its bytes."""
    out = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and not rel.startswith(CACHE_DIR) and rel != ".claimtrack.lock":
            out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.init(tmp_path / "store")


def test_init_writes_a_commented_config_folders_and_gitignore(store: Store) -> None:
    config = (store.root / "claimtrack.yaml").read_text()
    assert config.startswith("# claimtrack store configuration")
    assert "final: true" in config
    assert "description:" in config
    assert "rating: 5" in config
    assert (store.root / "articles").is_dir()
    assert (store.root / "claims").is_dir()
    assert CACHE_DIR + "/" in (store.root / ".gitignore").read_text()
    assert store.vocabulary.names[0] == "unverified"
    with pytest.raises(StoreError, match="already"):
        Store.init(store.root)


def test_open_walks_up_like_git_and_honours_the_environment(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deep = store.root / "claims" / "x" / "y"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    monkeypatch.delenv("CLAIMTRACK_STORE", raising=False)
    assert Store.open().root.resolve() == store.root.resolve()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    with pytest.raises(StoreError, match="no claimtrack store"):
        Store.open()
    monkeypatch.setenv("CLAIMTRACK_STORE", str(store.root))
    assert Store.open().root == store.root
    with pytest.raises(StoreError, match="not a claimtrack store"):
        Store.open(elsewhere)


def test_newer_config_schema_is_refused(store: Store) -> None:
    path = store.root / "claimtrack.yaml"
    path.write_text(path.read_text().replace("schema: 1", "schema: 7"))
    with pytest.raises(SchemaError, match="newer") as caught:
        Store.open(store.root)
    assert caught.value.line is not None


def test_add_records_article_text_and_claims(store: Store) -> None:
    article = make_article()
    result = store.add_article(article)
    assert result.article_added
    assert len(result.claims_added) == 2
    assert (store.root / "articles" / f"{article.id}.txt").read_text() == TEXT
    assert store.article(article.id[:6]).text == TEXT
    assert [a.id for a in store.articles()] == [article.id]
    claims = store.claims()
    assert [c.text for c in claims] == ["talks will resume in April", "Prices rose by ten percent"]
    assert all(c.appearances[0].first and c.appearances[0].outlet == "Sputnik" for c in claims)


def test_adding_the_same_article_again_changes_no_byte(store: Store) -> None:
    store.add_article(make_article())
    before = snapshot(store.root)
    result = store.add_article(make_article())
    assert not result.changed
    assert len(result.unchanged) == 2
    assert snapshot(store.root) == before


def test_the_same_claim_elsewhere_becomes_an_appearance_earliest_first(store: Store) -> None:
    store.add_article(make_article(published=dt.date(2016, 3, 14)))
    other = make_article("Reprint. " + TEXT, outlet="TASS", published=dt.date(2016, 3, 12))
    result = store.add_article(other)
    assert len(result.appearances_added) == 2
    assert not result.claims_added
    claim = store.get(claim_id("Igor Morgulov", "talks will resume in April"))
    assert [(a.outlet, a.first) for a in claim.appearances] == [("Sputnik", False), ("TASS", True)]
    assert len(store.claims()) == 2
    assert len(store.claims(outlet="tass")) == 2


@given(strategies.stored_articles())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_article_added_twice_is_stable(tmp_path: Path, article: Article) -> None:
    root = tmp_path / f"s-{article.id}"
    if root.exists():
        return
    store = Store.init(root)
    store.add_article(article)
    before = snapshot(root)
    store.add_article(article)
    assert snapshot(root) == before
    assert {c.id for c in store.claims()} == {c.id for c in article.claims}


def test_set_status_validates_and_records_history(store: Store) -> None:
    store.add_article(make_article())
    cid = claim_id(None, "Prices rose by ten percent")
    with pytest.raises(UnknownStatusError, match="did you mean 'false'"):
        store.set_status(cid, "flase")
    with pytest.raises(StoreError, match="promise"):
        store.set_status(cid, "kept")
    claim = store.set_status(cid[:6], "false", by="ana", note="2%", date=dt.date(2016, 4, 1))
    assert claim.status == "false"
    assert claim.history[-1].from_ == "unverified"
    assert claim.history[-1].by == "ana"
    assert store.get(cid) == claim
    assert [c.id for c in store.claims(status="false")] == [cid]
    assert [c.id for c in store.claims(status=["false", "true"])] == [cid]


def test_add_evidence(store: Store) -> None:
    store.add_article(make_article())
    cid = claim_id(None, "Prices rose by ten percent")
    claim = store.add_evidence(cid, Evidence(url="https://stat.go.jp", stance="refutes"))
    assert store.get(cid).evidence == claim.evidence
    assert len(claim.evidence) == 1


def test_prefix_ids_unique_ambiguous_and_none(store: Store) -> None:
    for n in ("c-aaaa000001", "c-aaaa000002", "c-bbbb000001"):
        (store.root / "claims" / f"{n}.yaml").write_text(
            f"id: {n}\ntext: x\nspans: [[0, 1]]\narticle: a-1\n", encoding="utf-8"
        )
    assert store.get("bbbb").id == "c-bbbb000001"
    assert store.get("c-aaaa000002").id == "c-aaaa000002"
    with pytest.raises(IdError, match="matches 2 claims"):
        store.get("aaaa")
    with pytest.raises(IdError, match="no claim id"):
        store.get("ffff")


BROKEN = {
    "conflict": lambda t: t.replace(
        "status: unverified", "<<<<<<< HEAD\nstatus: true\n=======\nstatus: false\n>>>>>>> x"
    ),
    "syntax": lambda t: t.replace("spans: [[", "spans: [[[", 1),
    "status": lambda t: t.replace("status: unverified", "status: flase"),
}


@pytest.mark.parametrize("damage", sorted(BROKEN))
def test_writing_commands_refuse_a_hand_broken_file(store: Store, damage: str) -> None:
    store.add_article(make_article())
    cid = claim_id(None, "Prices rose by ten percent")
    path = store.root / "claims" / f"{cid}.yaml"
    path.write_text(BROKEN[damage](path.read_text()))
    before = snapshot(store.root)
    with pytest.raises(StoreError, match="not changing the file") as caught:
        store.set_status(cid, "true")
    assert caught.value.line is not None
    with pytest.raises(StoreError):
        store.add_evidence(cid, Evidence(url="u"))
    with pytest.raises(StoreError):
        store.add_article(make_article("Reprint. " + TEXT, outlet="TASS"))
    assert snapshot(store.root) == before


def test_failed_add_leaves_the_store_unchanged(store: Store) -> None:
    store.add_article(make_article())
    before = snapshot(store.root)
    bad = make_article("Other. " + TEXT, outlet="X")
    collision = attrs.evolve(bad.claims[0], text="something else", spans=[(0, 4)])
    with pytest.raises(StoreError, match="collision"):
        store.add_article(attrs.evolve(bad, claims=[collision]))
    with pytest.raises(StoreError, match="text_hash"):
        store.add_article(attrs.evolve(bad, text="changed"))
    assert snapshot(store.root) == before


def test_unknown_keys_are_kept_and_newer_claim_schema_refused(store: Store) -> None:
    store.add_article(make_article())
    cid = claim_id(None, "Prices rose by ten percent")
    path = store.root / "claims" / f"{cid}.yaml"
    path.write_text(path.read_text() + "desk_ticket: FC-112  # from a newer tool\n")
    store.set_status(cid, "true")
    assert "desk_ticket: FC-112  # from a newer tool\n" in path.read_text()
    path.write_text(path.read_text().replace("schema: 1", "schema: 2"))
    with pytest.raises(StoreError, match="newer"):
        store.set_status(cid, "false")
    with pytest.raises(SchemaError, match="newer"):
        store.get(cid)


@pytest.fixture
def no_racy_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the cache keep files written a moment ago (it normally waits out the clock's tick)."""
    monkeypatch.setattr("claimtrack.store.cache.RACY_NS", 0)


def test_files_written_a_moment_ago_are_not_cached(store: Store) -> None:
    store.add_article(make_article())
    assert len(store.claims()) == 2
    assert ClaimCache.load(store.root).entries == {}


@pytest.mark.usefixtures("no_racy_window")
def test_cache_is_used_and_always_correct_after_a_hand_edit(store: Store) -> None:
    store.add_article(make_article())
    first = store.claims()
    assert (store.root / CACHE_DIR / ClaimCache.FILE).exists()
    assert len(ClaimCache.load(store.root).entries) == 2
    # a hand edit of the same size, with the old mtime put back: ctime and inode still tell
    cid = claim_id(None, "Prices rose by ten percent")
    path = store.root / "claims" / f"{cid}.yaml"
    st = path.stat()
    path.write_text(path.read_text().replace("status: unverified", "status: researched"))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size
    assert {c.status for c in store.claims()} == {"unverified", "researched"}
    assert store.claims() != first


@pytest.mark.usefixtures("no_racy_window")
def test_a_corrupt_or_planted_cache_is_ignored(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(store.root)
    store.add_article(make_article())
    expected = store.claims()
    cache = store.root / CACHE_DIR / ClaimCache.FILE
    data = cache.read_bytes()
    cache.write_bytes(data[: len(data) // 2])
    assert store.claims() == expected
    header = data.split(b"\n", 1)[0] + b"\n"
    import pickle

    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, ("touch planted",))

    cache.write_bytes(header + pickle.dumps({"x": Evil()}))
    assert store.claims() == expected
    assert not Path("planted").exists()
    cache.write_bytes(b"old format\n" + data)
    assert store.claims() == expected


def test_claims_filters_and_order(store: Store) -> None:
    store.add_article(make_article())
    assert [c.text for c in store.claims(speaker="morgulov")] == ["talks will resume in April"]
    assert [c.text for c in store.claims(text="PRICES")] == ["Prices rose by ten percent"]
    assert store.claims(kind="promise") == []
    assert len(store.claims(since=dt.date(2016, 3, 14), until=dt.date(2016, 3, 14))) == 2
    assert store.claims(since=dt.date(2016, 3, 15)) == []
    assert len(store.claims(article=make_article().id[:5])) == 2


def test_add_articles_is_one_change(store: Store) -> None:
    first = make_article(published=dt.date(2016, 3, 14))
    second = make_article("Reprint. " + TEXT, outlet="TASS", published=dt.date(2016, 3, 12))
    results = store.add_articles([first, second])
    assert [len(r.claims_added) for r in results] == [2, 0]
    assert [len(r.appearances_added) for r in results] == [0, 2]
    assert all(len(c.appearances) == 2 for c in store.claims())
    # all or nothing: a broken claim met by the second article stops the first being written too
    prices = store.root / "claims" / f"{claim_id(None, 'Prices rose by ten percent')}.yaml"
    prices.write_text(prices.read_text() + "<<<<<<< HEAD\n")
    before = snapshot(store.root)
    fresh = make_article("Fresh. " + TEXT, outlet="Kyodo")
    with pytest.raises(StoreError, match="conflict marker"):
        store.add_articles([attrs.evolve(make_article("Other. " + TEXT, outlet="X"), claims=[]), fresh])
    assert snapshot(store.root) == before


def test_an_oversized_claim_file_is_refused(store: Store) -> None:
    store.add_article(make_article())
    path = store.root / "claims" / f"{claim_id(None, 'Prices rose by ten percent')}.yaml"
    path.write_text(path.read_text() + "padding: '" + "x" * (1 << 20) + "'\n")
    with pytest.raises(InputError, match="over the limit"):
        store.claims()


@pytest.mark.usefixtures("no_racy_window")
def test_the_cache_folder_ignores_itself(store: Store) -> None:
    store.add_article(make_article())
    store.claims()
    assert (store.root / CACHE_DIR / ".gitignore").read_text() == "*\n"
