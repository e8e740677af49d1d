"""How long a report takes next to opening the store it reads (not a test: run it by hand).

    python benchmarks/bench_report.py [N ...]        (default: 10000)

For each size it builds a store of N claims in a temporary folder (with the store benchmark's
`build_store` when benchmarks/bench_store.py has one, else with its own writer), then times, best of a
few runs: opening the store and listing every claim (cold: no cache; warm: the cache filled), and
rendering the claim-versus-evidence table of all of them in the `simple` format wrapped to 100 columns,
and in CSV; and the whole ``claimtrack report`` command (open, render, write). The target: rendering
within twice the time of opening.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from claimtrack.cli import main as claimtrack_main
from claimtrack.ids import claim_id
from claimtrack.model import Claim, Evidence, Outlet, Speaker, StatusChange
from claimtrack.report import claim_table
from claimtrack.serialize import claim_to_dict
from claimtrack.store import Store
from claimtrack.store.cache import CACHE_DIR
from claimtrack.store.yamlio import dump

STATUSES = ("unverified", "researching", "true", "mostly-false", "false")
WORDS = [
    "the",
    "minister",
    "said",
    "exports",
    "of",
    "grain",
    "rose",
    "by",
    "a",
    "third",
    "last",
    "year",
    "while",
    "imports",
    "fell",
    "sharply",
]


def _claim(i: int) -> Claim:
    words = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(8 + i % 9))
    text = f"Claim {i}: {words}"
    speaker = Speaker(f"Speaker {i % 97}", role="minister" if i % 3 else None)
    status = STATUSES[i % len(STATUSES)]
    evidence = tuple(
        Evidence(
            f"https://example.org/source/{i}/{k}",
            ("supports", "refutes", "context")[(i + k) % 3],
            publisher=f"Publisher {k}",
            excerpt=f"Evidence {k} on claim {i}: " + " ".join(WORDS[k : k + 6]),
            date=dt.date(2024, 1 + k, 1 + i % 28),
        )
        for k in range(i % 3)
    )
    history = (
        (StatusChange(dt.date(2024, 6, 1), status, "unverified", by="bench"),)
        if status != "unverified"
        else ()
    )
    return Claim(
        id=claim_id(speaker.name, text),
        text=text,
        spans=[(0, len(text))],
        article=f"a-{i % 50:010x}",
        speaker=speaker,
        outlet=Outlet(f"Outlet {i % 13}"),
        said_on=dt.date(2024, 1 + i % 12, 1 + i % 28),
        status=status,
        evidence=evidence,
        history=history,
    )


def own_build_store(path: Path, n: int) -> None:
    """A store of `n` claim files written directly (no articles: the report does not need them)."""
    Store.init(path)
    claims_dir = path / "claims"
    for i in range(n):
        claim = _claim(i)
        (claims_dir / f"{claim.id}.yaml").write_text(dump(claim_to_dict(claim)), encoding="utf-8")


def _builder() -> Callable[[Path, int], object]:
    try:
        from bench_store import build_store  # type: ignore[import-not-found]
    except ImportError:
        return own_build_store
    return build_store  # type: ignore[no-any-return]


def best(run: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "store"
        _builder()(root, n)

        def cold() -> list[Claim]:
            shutil.rmtree(root / CACHE_DIR, ignore_errors=True)
            return Store.open(root).claims()

        def warm() -> list[Claim]:
            return Store.open(root).claims()

        open_cold = best(cold)
        warm()
        open_warm = best(warm)
        store = Store.open(root)
        claims = store.claims()
        render = best(lambda: claim_table(claims, "simple", 100, store.vocabulary))
        render_csv = best(lambda: claim_table(claims, "csv", None, store.vocabulary))
        out = Path(tmp) / "report.txt"
        command = best(
            lambda: claimtrack_main(["report", "--store", str(root), "--width", "100", "--output", str(out)])
        )
        print(
            f"{len(claims):>7} claims  open cold {open_cold:6.3f}s  warm {open_warm:6.3f}s  "
            f"render simple/100 {render:6.3f}s "
            f"({render / open_cold:4.2f}x cold, {render / open_warm:4.2f}x warm)"
            f"  csv {render_csv:6.3f}s  whole command {command:6.3f}s"
        )


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [10_000]
    for n in sizes:
        measure(n)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main(sys.argv[1:]))
