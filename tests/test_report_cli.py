"""`claimtrack report` and `claimtrack export claimreview` through the real entry point: every format, every
filter, the errors a user can cause, --output, the example store, and one run of the installed module."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimtrack.cli import main
from claimtrack.report import FORMATS
from tests import report_store

SHORT = 7


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("cli") / "store"
    return root, report_store.build(root)


@pytest.fixture
def store(built: tuple[Path, dict[str, str]]) -> Path:
    return built[0]


@pytest.fixture
def ids(built: tuple[Path, dict[str, str]]) -> dict[str, str]:
    return built[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def csv_claims(out: str) -> list[str]:
    return [row["claim"] for row in csv.DictReader(io.StringIO(out)) if row["row"] == "claim"]


# ------------------------------------------------------------------------------------------- formats


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format(fmt: str, store: Path, ids: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", "--store", str(store), "--format", fmt, "--width", "100")
    assert (code, err) == (0, "")
    assert out.endswith("\n")
    assert "\x1b" not in out
    if fmt == "json":
        assert [c["id"] for c in json.loads(out)] == [
            ids[n] for n in ("bridge", "second", "fares", "rigged", "shame")
        ]
    elif fmt == "csv":
        assert len(csv_claims(out)) == 5
    else:
        for full in ids.values():
            assert full[:SHORT] in out
    if fmt in ("html", "mediawiki", "jira", "moinmoin", "textile", "youtrack", "asciidoc"):
        assert "<script>alert" not in out or fmt not in ("html",)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_summary(fmt: str, store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", "--store", str(store), "--summary", "--format", fmt)
    assert (code, err) == (0, "")
    if fmt == "json":
        data = json.loads(out)
        assert data["total"]["total"] == 5
        assert {r["name"] for r in data["rows"]} == {
            "Ana Diaz",
            "Ben Ode",
            "Port Vale council",
            "(unattributed)",
        }
    else:
        assert "Ana Diaz" in out


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs.extend(v or "" for k, v in attrs if k == "href")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_one_page_with_escaped_text(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "--store", str(store), "--format", "html")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>")
    page = _Page()
    page.feed(out)
    page.close()
    assert page.tags.count("html") == page.tags.count("body") == page.tags.count("table") == 1
    assert "script" not in page.tags
    assert "link" not in page.tags
    assert "<script>alert(1)</script> the vote was rigged" in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert all(h.startswith("https://") for h in page.hrefs)
    assert "https://stats.example/traffic-2023" in page.hrefs


def test_html_grouped_has_a_table_per_group(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "--store", str(store), "--format", "html", "--group-by", "outlet")
    assert code == 0
    page = _Page()
    page.feed(out)
    assert page.tags.count("table") == 2
    assert "Outlet: Daily Tide (3 claims)" in page.text


def test_markdown_is_github(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, markdown, _ = run(capsys, "report", "--store", str(store), "--format", "markdown", "--width", "0")
    _, github, _ = run(capsys, "report", "--store", str(store), "--format", "github", "--width", "0")
    assert markdown == github


def test_latex_gets_ascii_marks(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "report", "--store", str(store), "--format", "latex")
    assert "x refutes" in out
    assert "+ supports" in out
    assert "✘" not in out


def test_wrapping_keeps_lines_within_width(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for width in (100, 120, 140):
        for fmt in ("simple", "grid", "github", "psql", "rounded_grid", "plain"):
            _, out, _ = run(capsys, "report", "--store", str(store), "--format", fmt, "--width", str(width))
            assert max(len(line) for line in out.splitlines()) <= width, (fmt, width)


def test_group_by_article_names_titles(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "--store", str(store), "--group-by", "article", "--width", "0")
    assert code == 0
    assert "Bridge traffic (3 claims)" in out
    assert "Forum watch (2 claims)" in out


def test_json_group_by_adds_group(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "report", "--store", str(store), "--format", "json", "--group-by", "speaker")
    assert [c["group"] for c in json.loads(out)] == [
        "Ana Diaz",
        "Ana Diaz",
        "Ben Ode",
        "Port Vale council",
        "(unattributed)",
    ]


# ------------------------------------------------------------------------------------------- filters

FILTERS = [
    (["--status", "kept"], {"second"}),
    (["--status", "kept", "--status", "unverified"], {"second", "rigged"}),
    (["--final"], {"bridge", "second", "shame"}),
    (["--open"], {"fares", "rigged"}),
    (["--speaker", "DIAZ"], {"bridge", "second"}),
    (["--outlet", "tide"], {"bridge", "second", "fares"}),
    (["--kind", "prediction"], {"fares"}),
    (["--kind", "opinion"], {"shame"}),
    (["--since", "2024-01-16"], {"rigged", "shame"}),  # shame: dated by its article
    (["--until", "2024-01-15"], {"bridge", "second", "fares"}),
    (["--since", "2024-01-01", "--until", "2024-01-31"], {"bridge", "second", "fares"}),
    (["--text", "BRIDGE"], {"bridge", "second"}),
    (["--speaker", "diaz", "--status", "kept"], {"second"}),
    (["--speaker", "nobody"], set()),
]


@pytest.mark.parametrize(("args", "expected"), FILTERS)
def test_filters(
    args: list[str], expected: set[str], store: Path, ids: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "report", "--store", str(store), "--format", "csv", *args)
    assert (code, err) == (0, "")
    assert set(csv_claims(out)) == {ids[n] for n in expected}


def test_filter_by_article_prefix(
    store: Path, ids: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "report", "--store", str(store), "--format", "json", "--text", "shame")
    article = json.loads(out)[0]["article"]
    code, out, _ = run(capsys, "report", "--store", str(store), "--format", "csv", "--article", article[:6])
    assert code == 0
    assert set(csv_claims(out)) == {ids["rigged"], ids["shame"]}


def test_claim_prefixes(store: Path, ids: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "report", "--store", str(store), "--format", "csv", ids["fares"][:6], ids["shame"][2:8]
    )
    assert code == 0
    assert set(csv_claims(out)) == {ids["fares"], ids["shame"]}


# label: where CLAIM prefixes sit among the options, as the usage lines of docs/report.md allow
# ("report [--store PATH | --example] [CLAIM...] [filters]", "export claimreview [--store ...] [CLAIM...]")
PREFIX_PLACES = {
    "report, after --store": ["report", "--store", "{store}", "{fares}", "{second}", "--format", "csv"],
    "report, between options": ["report", "{fares}", "--store", "{store}", "{second}", "--format", "csv"],
    "report, at the end": ["report", "--store", "{store}", "--format", "csv", "{fares}", "{second}"],
    "export, after --store": [
        "export",
        "claimreview",
        "--store",
        "{store}",
        "{bridge}",
        "{second}",
        "--url",
        "u",
    ],
    "export, at the end": [
        "export",
        "claimreview",
        "--store",
        "{store}",
        "--url",
        "u",
        "{bridge}",
        "{second}",
    ],
    "export, right after the subcommand": [
        "export",
        "claimreview",
        "{bridge}",
        "--store",
        "{store}",
        "{second}",
    ],
}


@pytest.mark.parametrize("label", list(PREFIX_PLACES))
def test_claim_prefixes_anywhere_among_the_options(
    label: str, store: Path, ids: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    names = {"store": str(store), **{k: v[:8] for k, v in ids.items()}}
    argv = [a.format(**names) for a in PREFIX_PLACES[label]]
    if argv[0] == "export" and "--url" not in argv:
        argv += ["--url", "u"]
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    if argv[0] == "report":
        assert set(csv_claims(out)) == {ids["fares"], ids["second"]}
    else:
        assert [r["claimReviewed"] for r in json.loads(out)] == [
            "The harbour bridge carried 40,000 cars a day in 2023",
            "to open a second bridge by 2025",
        ]


def test_an_unknown_option_among_claim_prefixes_is_still_a_usage_error(
    store: Path, ids: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["report", "--store", str(store), ids["fares"][:8], "--colour", ids["second"][:8]])
    assert stop.value.code == 2
    assert "unrecognized arguments: --colour" in capsys.readouterr().err


def test_no_match_says_so(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "report", "--store", str(store), "--text", "zebra") == (0, "No claims match.\n", "")


def test_due(store: Path, ids: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    _, early, _ = run(
        capsys, "report", "--store", str(store), "--due", "--today", "2024-03-31", "--format", "csv"
    )
    _, late, _ = run(
        capsys, "report", "--store", str(store), "--due", "--today", "2024-04-01", "--format", "csv"
    )
    assert csv_claims(early) == []
    assert csv_claims(late) == [ids["fares"]]  # the kept promise is final: not due


def test_store_from_environment(
    store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLAIMTRACK_STORE", str(store))
    code, out, _ = run(capsys, "report", "--format", "csv")
    assert code == 0
    assert len(csv_claims(out)) == 5


def test_store_found_from_a_subfolder(
    store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("CLAIMTRACK_STORE", raising=False)
    monkeypatch.chdir(store / "claims")
    code, out, _ = run(capsys, "report", "--summary", "--format", "csv")
    assert code == 0
    assert out.splitlines()[-1].startswith("total,")


# -------------------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--status", "flase"], "claimtrack: unknown status 'flase' (did you mean 'false'?)\n"),
        (["--format", "gird"], "claimtrack: unknown format 'gird' (did you mean 'grid'?)\n"),
        (
            ["--format", "unsafehtml"],
            "claimtrack: format 'unsafehtml' is not offered: it leaves claim text unescaped (use 'html')\n",
        ),
        (["c-ffffff"], "claimtrack: no claim id starts with 'c-ffffff'\n"),
        (["--article", "a-zz"], "claimtrack: no article id starts with 'a-zz'\n"),
        (
            ["--summary", "--group-by", "status"],
            "claimtrack: --summary counts by speaker or outlet, not by status\n",
        ),
    ],
)
def test_errors_are_one_line(
    args: list[str], message: str, store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "report", "--store", str(store), *args) == (1, "", message)


def test_ambiguous_prefix(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", "--store", str(store), "c-")
    assert (code, out) == (1, "")
    assert err.startswith("claimtrack: 'c-' matches 5 claims: ")
    assert err.count("\n") == 1


def test_no_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("CLAIMTRACK_STORE", raising=False)
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "report")
    assert (code, out) == (1, "")
    assert err.startswith("claimtrack: ")
    assert "store" in err
    assert err.count("\n") == 1


def test_bad_date_is_a_usage_error(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["report", "--store", str(store), "--since", "yesterday"])
    assert stop.value.code == 2
    assert "'yesterday' is not a date (YYYY-MM-DD)" in capsys.readouterr().err


# -------------------------------------------------------------------------------------------- output


def test_output_file(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out" / "report.md"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    code, out, _ = run(
        capsys, "report", "--store", str(store), "--format", "markdown", "--output", str(target)
    )
    assert (code, out) == (0, "")
    _, shown, _ = run(capsys, "report", "--store", str(store), "--format", "markdown", "--width", "0")
    assert target.read_text(encoding="utf-8") == shown
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.md"]


def test_output_into_missing_folder_fails_cleanly(
    store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "report", "--store", str(store), "--output", str(tmp_path / "nope" / "r.txt")
    )
    assert (code, out) == (1, "")
    assert err.startswith("claimtrack: cannot write ")
    assert err.count("\n") == 1


def test_no_terminal_codes_with_no_color(
    store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run(capsys, "report", "--store", str(store))
    assert "\x1b" not in out


# --------------------------------------------------------------------------------------- claimreview

REQUIRED = ("@context", "@type", "url", "claimReviewed", "itemReviewed", "reviewRating")


def test_export_claimreview(store: Path, ids: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "export", "claimreview", "--store", str(store), "--url", "https://desk.example/{id}"
    )
    assert code == 0
    reviews = json.loads(out)
    assert [r["url"] for r in reviews] == [f"https://desk.example/{ids[n]}" for n in ("bridge", "second")]
    for review in reviews:
        assert all(key in review for key in REQUIRED)
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert review["itemReviewed"]["@type"] == "Claim"
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    bridge = reviews[0]
    assert bridge["claimReviewed"] == "The harbour bridge carried 40,000 cars a day in 2023"
    assert bridge["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Mostly false",
    }
    assert bridge["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "Ana Diaz", "jobTitle": "Mayor of Port Vale"},
        "datePublished": "2024-01-15",
        "appearance": [
            {
                "@type": "CreativeWork",
                "url": "https://tide.example/b",
                "publisher": {"@type": "Organization", "name": "Daily Tide"},
                "datePublished": "2024-01-15",
            }
        ],
        "firstAppearance": {
            "@type": "CreativeWork",
            "url": "https://tide.example/b",
            "publisher": {"@type": "Organization", "name": "Daily Tide"},
            "datePublished": "2024-01-15",
        },
    }
    assert bridge["author"] == {"@type": "Person", "name": "Kim"}
    assert bridge["datePublished"] == "2024-03-01"
    assert bridge["reviewBody"] == "Overstated"
    assert "reviewBody" not in reviews[1]  # the promise was marked kept without a note
    assert err.splitlines() == [
        f"claimtrack: skipped {ids['fares']}: status 'researching' is not a final verdict",
        f"claimtrack: skipped {ids['rigged']}: status 'unverified' is not a final verdict",
        f"claimtrack: skipped {ids['shame']}: status 'not-checkable' has no rating in the vocabulary",
    ]


def test_export_with_review_author_and_filters(
    store: Path, ids: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "reviews.json"
    args = ["--url", "https://desk.example/checks", "--review-author", "Vale Checks", "--status", "kept"]
    code, out, err = run(capsys, "export", "claimreview", "--store", str(store), *args, "-o", str(target))
    assert (code, out, err) == (0, "", "")
    (review,) = json.loads(target.read_text(encoding="utf-8"))
    assert review["author"] == {"@type": "Organization", "name": "Vale Checks"}
    assert review["url"] == "https://desk.example/checks"
    assert review["claimReviewed"] == "to open a second bridge by 2025"


def test_export_needs_a_url(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["export", "claimreview", "--store", str(store)])
    assert stop.value.code == 2
    assert "--url" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------- example


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--summary"],
        ["--summary", "--group-by", "outlet"],
        ["--due"],
        ["--final", "--format", "html"],
        ["--open", "--format", "csv"],
        ["--group-by", "article", "--format", "grid", "--width", "120"],
        ["--group-by", "status", "--format", "json"],
        ["--speaker", "kishida", "--status", "kept"],
        ["--outlet", "oilprice", "--kind", "prediction"],
        ["--since", "2016-01-01", "--until", "2016-12-31", "--text", "Lavrov"],
        ["--article", "a-"],
    ],
)
def test_example_store(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "report", "--example", *args)
    if args == ["--article", "a-"]:
        assert code == 1
        assert err.startswith("claimtrack: 'a-' matches 2 articles")
        return
    assert (code, err) == (0, "")
    assert out.strip()
    if "--format" not in args:
        assert "Example store shipped with claimtrack" in out


def test_example_table_shows_claims_beside_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "--example", "--width", "0", "--text", "air defense")
    assert code == 0
    lines = out.splitlines()
    assert lines[2].startswith("c-")
    assert "Russia will equip Tehran with" in lines[2]
    assert "Kept" in lines[2]
    assert lines[3].startswith("✔ supports")
    assert "Xinhua" in lines[3]


def test_example_is_not_written_to(capsys: pytest.CaptureFixture[str]) -> None:
    from claimtrack.cli.report_cmds import EXAMPLE

    before = sorted(str(p.relative_to(EXAMPLE)) for p in EXAMPLE.rglob("*"))
    assert run(capsys, "report", "--example")[0] == 0
    assert sorted(str(p.relative_to(EXAMPLE)) for p in EXAMPLE.rglob("*")) == before
    assert not (EXAMPLE / ".claimtrack-cache").exists()


def test_example_claimreview(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "export", "claimreview", "--example", "--url", "https://example.org/{id}")
    assert code == 0
    reviews = json.loads(out)
    assert reviews
    for review in reviews:
        assert all(key in review for key in REQUIRED)
    assert all(line.startswith("claimtrack: skipped c-") for line in err.splitlines())


def test_example_and_store_exclude_each_other(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["report", "--example", "--store", str(store)])
    assert stop.value.code == 2


def test_installed_module_runs_the_example(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "NO_COLOR": "1"}
    env.pop("CLAIMTRACK_STORE", None)
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack", "report", "--example"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert "✔ supports" in done.stdout
    assert "Example store shipped with claimtrack" in done.stdout
    assert "\x1b" not in done.stdout


def test_an_ascii_terminal_gets_ascii_marks(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    env.pop("CLAIMTRACK_STORE", None)
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack", "report", "--example", "--width", "0"],
        capture_output=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    out = done.stdout.decode("ascii")
    assert "+ supports" in out
    assert "x refutes" in out
    assert "Abe?s visit" in out  # a curly apostrophe the terminal cannot show
