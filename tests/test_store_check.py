"""``claimtrack check``: every problem in a store, as path:line: message, all in one run."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack import Store
from claimtrack.cli import main
from claimtrack.ids import claim_id
from claimtrack.store import check_store
from tests.test_store_store import make_article


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.chdir(tmp_path)
    s = Store.init("store")
    s.add_article(make_article())
    return s


def _claim_file(store: Store, content: str) -> Path:
    return store.root / "claims" / f"{claim_id(None, content)}.yaml"


def test_a_clean_store_has_no_problems(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert check_store(store.root) == []
    assert main(["check", str(store.root)]) == 0
    assert capsys.readouterr().out == ""


def test_every_problem_is_reported_with_file_and_line(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    prices = _claim_file(store, "Prices rose by ten percent")
    talks = store.root / "claims" / f"{claim_id('Igor Morgulov', 'talks will resume in April')}.yaml"
    aid = make_article().id
    text = prices.read_text()
    # a typo in the status, an article that does not exist, spans that slice other words
    prices.write_text(
        text.replace("status: unverified", "status: flase")
        .replace(f"article: {aid}", "article: a-ffffffffff")
        .replace("spans: [[", "spans: [[0, 1], [")
    )
    (store.root / "claims" / "c-0000000000.yaml").write_text(talks.read_text())  # id vs name, duplicate
    merged = talks.read_text().replace("kind: statement", "<<<<<<< HEAD\nkind: statement\n=======\n>>>>>>> b")
    (store.root / "claims" / "c-3333333333.yaml").write_text(merged)
    (store.root / "claims" / "c-1111111111.yaml").write_text("id: c-1111111111\ntext: [unclosed\n")
    (store.root / "claims" / "c-2222222222.yaml").write_text(
        "id: c-2222222222\ntext: x\nspans: 3\narticle: a-1\n"
    )
    (store.root / "articles" / f"{aid}.txt").write_text("changed text\n")

    problems = [str(p) for p in check_store(store.root)]
    lines = {p.split(": ", 1)[0]: p for p in problems}
    assert len(problems) == 11, problems
    prices_rel = f"store/claims/{prices.name}"
    status_line = text.splitlines().index("status: unverified") + 1
    assert f"{prices_rel}:{status_line}: unknown status 'flase' (did you mean 'false'?)" in problems
    assert any(
        p.startswith(f"{prices_rel}:") and "article 'a-ffffffffff' is not in articles/" in p for p in problems
    )
    assert any(
        p.startswith(f"{prices_rel}:") and "appearances[0].article 'a-ffffffffff'" in p for p in problems
    )
    assert any("c-0000000000.yaml:2: id 'c-" in p and "does not match the file name" in p for p in problems)
    duplicate = "duplicate id 'c-e02258597a', also in store/claims/c-0000000000.yaml"
    assert any(p.endswith(duplicate) for p in problems)
    assert [p for p in problems if "conflict marker" in p] == [
        f"store/claims/c-3333333333.yaml:{n}: git merge conflict marker '{m}' left in the file"
        for n, m in ((14, "<<<<<<<"), (16, "======="), (17, ">>>>>>>"))
    ]
    assert "store/claims/c-1111111111.yaml:3" in lines
    assert "YAML syntax" in lines["store/claims/c-1111111111.yaml:3"]
    assert any(p.startswith("store/claims/c-2222222222.yaml:3: spans") for p in problems)
    assert any(
        p.startswith(f"store/articles/{aid}.yaml:") and "text_hash does not match" in p for p in problems
    )

    assert main(["check", "--store", "store"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == problems
    assert "11 problems in" in captured.err


def test_spans_that_do_not_slice_to_the_text(store: Store) -> None:
    prices = _claim_file(store, "Prices rose by ten percent")
    prices.write_text(prices.read_text().replace("text: Prices rose", "text: Prices fell"))
    (problem,) = check_store(store.root)
    assert "spans do not slice to the claim's text" in problem.message
    assert (
        problem.line
        == prices.read_text()
        .splitlines()
        .index(next(line for line in prices.read_text().splitlines() if line.startswith("spans:")))
        + 1
    )


def test_status_that_does_not_fit_the_kind(store: Store) -> None:
    prices = _claim_file(store, "Prices rose by ten percent")
    prices.write_text(prices.read_text().replace("status: unverified", "status: kept"))
    (problem,) = check_store(store.root)
    assert problem.message == "status 'kept' does not apply to a statement"


def test_a_broken_configuration_is_reported_and_claims_still_checked(store: Store) -> None:
    config = store.root / "claimtrack.yaml"
    config.write_text(config.read_text().replace("schema: 1", "schema: [1"))
    prices = _claim_file(store, "Prices rose by ten percent")
    prices.write_text(prices.read_text().replace("status: unverified", "status: flase"))
    problems = [str(p) for p in check_store(store.root)]
    assert any(p.startswith("store/claimtrack.yaml:") for p in problems)
    assert any("flase" in p for p in problems)
