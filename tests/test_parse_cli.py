"""`claimtrack parse`: formats, the output contract, bad files, many files; one real subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from claimtrack.cli import main
from claimtrack.model import join_spans

SEEDS = Path(__file__).parent / "data" / "seeds"
LAVROV = SEEDS / "lavrov-tokyo-sputnik.txt"
REVIEW = SEEDS / "press-review-japan-russia-iran.txt"
CONTRACT_CLAIM_KEYS = {"id", "text", "spans", "speaker", "cue", "outlet", "via", "quote", "kind", "said_on",
                       "when", "rule"}  # fmt: skip
CONTRACT_ARTICLE_KEYS = {"id", "title", "outlet", "published", "url", "dateline", "sections"}


def test_json_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(LAVROV), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["file"] == str(LAVROV)
    assert set(doc["article"]) >= CONTRACT_ARTICLE_KEYS
    text = LAVROV.read_text(encoding="utf-8")
    told = next(c for c in doc["claims"] if c["cue"] and c["cue"]["text"] == "told")
    assert set(told) >= CONTRACT_CLAIM_KEYS
    assert told["speaker"]["name"] == "Igor Morgulov"
    assert text[slice(*told["speaker"]["span"])] == "Morgulov"
    assert told["cue"] == {"text": "told", "lemma": "tell", "span": told["cue"]["span"]}
    assert told["outlet"]["name"] == "RIA Novosti"
    assert told["via"] == ["RIA Novosti", "Sputnik"]
    assert told["said_on"] == "2016-03-14"
    assert told["text"] == join_spans(text, [tuple(s) for s in told["spans"]])
    section = doc["article"]["sections"][0]
    assert section["dateline"]["place"] == "MOSCOW"
    assert section["published"] == "2016-03-14"


def test_jsonl_one_line_per_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(LAVROV), str(REVIEW), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["file"] for line in lines] == [str(LAVROV), str(REVIEW)]


def test_metadata_options(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["parse", str(REVIEW), "--format", "json", "--outlet", "Sputnik", "--published", "2016-03-14",
            "--url", "https://example.org/a"]  # fmt: skip
    assert main(argv) == 0
    article = json.loads(capsys.readouterr().out)["article"]
    assert (article["outlet"], article["published"], article["url"]) == (
        "Sputnik",
        "2016-03-14",
        "https://example.org/a",
    )


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["parse", str(LAVROV), "--published", "14/03/2016"])
    assert exit_info.value.code == 2
    assert "is not a date" in capsys.readouterr().err


def test_table_and_yaml(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(LAVROV), "--format", "table"]) == 0
    table = capsys.readouterr().out
    assert "Igor Morgulov" in table
    assert "RIA Novosti" in table
    assert main(["parse", str(LAVROV), "--format", "yaml"]) == 0
    (doc,) = yaml.safe_load_all(capsys.readouterr().out)
    assert doc["file"] == str(LAVROV)


def test_default_format_when_piped(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(LAVROV)]) == 0  # captured stdout is no terminal: json for one file
    assert json.loads(capsys.readouterr().out)["file"] == str(LAVROV)
    assert main(["parse", str(LAVROV), str(REVIEW)]) == 0  # jsonl for several
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_bad_files_are_named_and_the_others_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Le ministre a dit « déjà ».".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    argv = ["parse", str(missing), str(tmp_path), str(binary), str(latin), str(LAVROV), "--format", "jsonl"]
    assert main(argv) == 1
    captured = capsys.readouterr()
    errors = captured.err.splitlines()
    assert len(errors) == 4
    for path, line in zip([missing, tmp_path, binary, latin], errors, strict=True):
        assert line.startswith(f"claimtrack: {path}: ")
    assert [json.loads(line)["file"] for line in captured.out.splitlines()] == [str(LAVROV)]


def test_offsets_index_the_file_with_its_newlines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("Headline\r\n\r\n“We are ready,” Lavrov told RIA Novosti.\r\n".encode())
    assert main(["parse", str(path), "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    text = path.read_bytes().decode("utf-8")
    (claim,) = [c for c in doc["claims"] if c["speaker"]]
    assert text[slice(*claim["spans"][0])] == "We are ready"


def test_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("   \n", encoding="utf-8")
    assert main(["parse", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["claims"] == []


def test_installed_command() -> None:
    exe = shutil.which("claimtrack", path=str(Path(sys.executable).parent))
    argv = [exe] if exe else [sys.executable, "-m", "claimtrack"]
    done = subprocess.run(
        [*argv, "parse", str(LAVROV), "--format", "jsonl"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["article"]["sections"][0]["outlet"] == "Sputnik"


def test_a_parser_bug_is_reported_and_the_other_files_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimtrack.cli import parse_cmd

    real = parse_cmd.parse_article
    broken = tmp_path / "breaks.txt"
    broken.write_text("This article trips a bug.", encoding="utf-8")

    def parse(text: str, **options: object) -> object:
        if "trips a bug" in text:
            raise IndexError("list index out of range")
        return real(text, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(parse_cmd, "parse_article", parse)
    assert main(["parse", str(broken), str(LAVROV), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith(f"claimtrack: {broken}: internal error")
    assert "IndexError" in captured.err
    assert [json.loads(line)["file"] for line in captured.out.splitlines()] == [str(LAVROV)]
