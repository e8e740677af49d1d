"""The store's commands, through `claimtrack.cli.main` and once as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimtrack import Store
from claimtrack.cli import main
from claimtrack.ids import claim_id
from tests.test_store_store import TEXT, make_article, snapshot

PRICES = claim_id(None, "Prices rose by ten percent")


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMTRACK_STORE", raising=False)
    assert main(["init", "store"]) == 0
    s = Store.open("store")
    s.add_article(make_article())
    return s


def test_init_reports_and_refuses_twice(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["init", "store"]) == 1
    assert "already a claimtrack store" in capsys.readouterr().err


def test_status_with_a_prefix_then_show(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code = main(
        [
            "status",
            PRICES[:6],
            "false",
            "--by",
            "ana",
            "--note",
            "2%",
            "--date",
            "2016-04-01",
            "--store",
            "store",
        ]
    )
    assert code == 0
    assert capsys.readouterr().out == f"{PRICES}: unverified -> false\n"
    assert (
        main(
            [
                "evidence",
                PRICES[2:8],
                "--url",
                "https://stat.go.jp",
                "--stance",
                "refutes",
                "--title",
                "CPI",
                "--store",
                "store",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["show", PRICES[:5], "--store", "store"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{PRICES}  [false]  statement"
    assert "  refutes  CPI  https://stat.go.jp" in out
    assert "  2016-04-01 unverified -> false by ana: 2%" in out


def test_store_found_from_the_environment_and_from_below(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMTRACK_STORE", str(store.root.resolve()))
    assert main(["show", PRICES]) == 0
    monkeypatch.delenv("CLAIMTRACK_STORE")
    monkeypatch.chdir(store.root / "claims")
    assert main(["show", PRICES]) == 0
    capsys.readouterr()


def test_failures_are_one_line_and_change_nothing(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    before = snapshot(store.root)
    assert main(["status", PRICES, "flase", "--store", "store"]) == 1
    assert capsys.readouterr().err == "claimtrack: unknown status 'flase' (did you mean 'false'?)\n"
    assert main(["status", "c-", "true", "--store", "store"]) == 1
    assert "matches 2 claims" in capsys.readouterr().err
    assert main(["status", "zzzz", "true", "--store", "store"]) == 1
    assert "no claim id starts with 'zzzz'" in capsys.readouterr().err
    assert main(["add", "missing.txt", "--store", "store"]) == 1
    assert "missing.txt: no such file" in capsys.readouterr().err
    assert snapshot(store.root) == before


def test_add_files_twice(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "story.txt"
    article.write_text(TEXT, encoding="utf-8")
    capsys.readouterr()
    assert (
        main(["add", str(article), "--outlet", "Sputnik", "--published", "2016-03-14", "--store", "store"])
        == 0
    )
    first = capsys.readouterr()
    assert " recorded; " in first.out
    assert first.err == ""  # no progress display when stderr is not a terminal
    before = snapshot(store.root)
    assert (
        main(["add", str(article), "--outlet", "Sputnik", "--published", "2016-03-14", "--store", "store"])
        == 0
    )
    assert "already recorded" in capsys.readouterr().out
    assert snapshot(store.root) == before


def test_a_bad_date_is_a_command_line_error(store: Store) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["status", PRICES, "true", "--date", "14/03/2016", "--store", "store"])
    assert caught.value.code == 2


def test_check_as_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    env.pop("CLAIMTRACK_STORE", None)
    run = [sys.executable, "-m", "claimtrack"]
    subprocess.run([*run, "init", str(tmp_path / "s")], check=True, capture_output=True, env=env)
    ok = subprocess.run(
        [*run, "check", str(tmp_path / "s")], capture_output=True, text=True, env=env, check=False
    )
    assert (ok.returncode, ok.stdout) == (0, "")
    bad = tmp_path / "s" / "claims" / "c-0123456789.yaml"
    bad.write_text(
        "id: c-0123456789\nstatus: ture\ntext: x\nspans: [[0, 1]]\narticle: a-1\n", encoding="utf-8"
    )
    found = subprocess.run(
        [*run, "check"], cwd=tmp_path / "s", capture_output=True, text=True, env=env, check=False
    )
    assert found.returncode == 1
    assert found.stdout.splitlines() == [
        "claims/c-0123456789.yaml:2: unknown status 'ture' (did you mean 'true'?)",
        "claims/c-0123456789.yaml:5: article 'a-1' is not in articles/",
    ]
