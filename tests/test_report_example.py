"""The example store shipped in the package: labelled, valid, rebuildable from the seeds with the parser,
and reportable through `main` when the seeds are parsed into a fresh store."""

from __future__ import annotations

import csv
import importlib.util
import io
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from claimtrack.cli import main
from claimtrack.cli.report_cmds import EXAMPLE
from claimtrack.parse import parse_article
from claimtrack.store import Store, check_store

ROOT = Path(__file__).resolve().parent.parent
LABEL = "# EXAMPLE DATA shipped with claimtrack"


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_example", ROOT / "scripts" / "build_example.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_file_says_it_is_an_example() -> None:
    files = sorted(EXAMPLE.rglob("*.yaml"))
    assert len(files) >= 3
    for path in files:
        assert path.read_text(encoding="utf-8").startswith(LABEL), path


def test_example_passes_the_store_check() -> None:
    assert check_store(EXAMPLE) == []


def test_example_has_verdicts_and_real_sources(tmp_path: Path) -> None:
    copy = tmp_path / "example"
    shutil.copytree(EXAMPLE, copy)  # opening a store may write its cache: never into the package
    store = Store.open(copy)
    claims = store.claims()
    assert len(store.articles()) == 2
    assert {"kept", "researching", "mostly-true"} <= {c.status for c in claims}
    evidence = [e for c in claims for e in c.evidence]
    assert len(evidence) >= 8
    assert all(e.url.startswith(("https://", "http://")) for e in evidence)
    assert all(e.publisher and e.excerpt for e in evidence)


def test_build_script_rebuilds_the_example(tmp_path: Path) -> None:
    script = _build_script()
    rebuilt = script.build(tmp_path / "example")
    assert check_store(rebuilt.root) == []
    claims = rebuilt.claims()
    for check in script.CHECKS:
        assert any(check.content in c.text or c.text in check.content for c in claims), check.content
    files = sorted(p.relative_to(rebuilt.root) for p in rebuilt.root.rglob("*") if p.is_file())
    assert all(not str(f).startswith(".") for f in files)


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, int]:
    store = Store.init(tmp_path / "seeded")
    for path in sorted((ROOT / "scripts" / "seeds").glob("*.txt")):
        store.add_article(parse_article(path.read_text(encoding="utf-8"), title=path.stem))
    return store.root, len(store.claims())


def test_report_on_parsed_seeds(seeded: tuple[Path, int], capsys: pytest.CaptureFixture[str]) -> None:
    root, count = seeded
    assert main(["report", "--store", str(root), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len([r for r in rows if r["row"] == "claim"]) == count
    assert main(["report", "--store", str(root), "--width", "90", "--group-by", "article"]) == 0
    out = capsys.readouterr().out
    assert out.strip()
    if count:
        assert "lavrov-tokyo-sputnik" in out or "press-review" in out
