"""The README's shell walk-through, run command by command through the real entry point."""

from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path

import pytest

from claimtrack.cli import main

ROOT = Path(__file__).resolve().parents[1]


def workflow() -> list[str]:
    """The `$ ` lines of the console block after README's `<!-- workflow -->` marker."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("<!-- workflow -->") + 2
    block = lines[start : lines.index("```", start)]
    return [line[2:] for line in block if line.startswith("$ ")]


def test_readme_walkthrough_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(ROOT / "tests" / "data" / "seeds", tmp_path / "tests" / "data" / "seeds")
    monkeypatch.delenv("CLAIMTRACK_STORE", raising=False)
    monkeypatch.chdir(tmp_path)
    commands = workflow()
    assert len(commands) >= 8
    for command in commands:
        words = shlex.split(command)
        if words[0] == "cd":
            os.chdir(words[1])
            continue
        assert words[0] == "claimtrack"
        assert main(words[1:]) == 0, command
    out = capsys.readouterr().out
    assert "asked RIA Novosti for the recording" in out  # `show` printed the history note
    assert "Igor Morgulov" in out
