"""Two real processes adding to one store at the same time lose nothing."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from claimtrack import Store
from tests.test_store_store import TEXT, make_article

PER_WORKER = 12


def _add_many(root: str, worker: int) -> None:
    store = Store.open(root)
    for i in range(PER_WORKER):
        store.add_article(make_article(f"Story {worker}-{i}. " + TEXT, outlet=f"Outlet {worker}"))


def test_two_processes_adding_at_once_lose_nothing(tmp_path: Path) -> None:
    store = Store.init(tmp_path / "store")
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_add_many, args=(str(store.root), n)) for n in (1, 2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=300)
    assert [w.exitcode for w in workers] == [0, 0]
    assert len(store.articles()) == 2 * PER_WORKER
    claims = store.claims()
    assert len(claims) == 2  # the same two claims in every article
    for claim in claims:
        # every article's appearance was recorded, none overwritten by the other process
        assert len(claim.appearances) == 2 * PER_WORKER
        assert {a.article for a in claim.appearances} == {a.id for a in store.articles()}
        assert sum(a.first for a in claim.appearances) == 1
