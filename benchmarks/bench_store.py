"""Open-and-list timings of the claim store against the floor of PyYAML's C safe loader.

Builds stores of 1,000, 10,000 and 100,000 claims (``--sizes`` to choose) and reports, for each:

* floor:    reading every claim file and loading it with ``yaml.CSafeLoader`` alone;
* cold:     ``Store.open(root).claims()`` with no cache (the cache folder removed first);
* repeated: the same again, with the cache the cold run left;

with the ratios to the floor (targets: cold <= 1.5, repeated <= 0.2), the same ratios in CPU time (less
disturbed by other work on the machine) and the time per claim (flat when growth is linear). Each timing
is the best of ``--repeat`` rounds, the three runs interleaved in every round. From the project root:

    .venv/bin/python benchmarks/bench_store.py --sizes 1000 10000 100000

`build_store(path, n)` is importable for other benchmarks (a realistic store of `n` claims, ten to an
article, with texts the claims' spans slice exactly).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from claimtrack import Store
from claimtrack.ids import article_id, claim_id, text_hash
from claimtrack.model import (
    Appearance,
    Article,
    Claim,
    Cue,
    Evidence,
    Outlet,
    Speaker,
    StatusChange,
)
from claimtrack.serialize import article_to_dict, claim_to_dict
from claimtrack.store.cache import CACHE_DIR, RACY_NS
from claimtrack.store.emit import mapping_lines

SPEAKERS = [
    ("Igor Morgulov", "Deputy Foreign Minister"),
    ("Sergei Lavrov", "Foreign Minister"),
    ("Fumio Kishida", "Foreign Minister"),
    ("Maria Zakharova", "spokeswoman"),
    ("Hassan Rouhani", "President"),
]
OUTLETS = ["Sputnik", "TASS", "RIA Novosti", "The Japan Times", "Kyodo"]
STATUSES = ["unverified", "researching", "true", "mostly-true", "half-true", "false", "unproven"]
CLAIMS_PER_ARTICLE = 10


def _render(data: dict[str, object]) -> bytes:
    return ("\n".join(mapping_lines(data, 0)) + "\n").encode("utf-8")


def build_store(path: str | Path, n: int) -> Store:
    """A store at `path` with `n` claims in ``n / 10`` articles, written directly (no per-file fsync)."""
    store = Store.init(path)
    for first in range(0, n, CLAIMS_PER_ARTICLE):
        count = min(CLAIMS_PER_ARTICLE, n - first)
        sentences, claims_meta = [], []
        offset = 0
        for k in range(first, first + count):
            name, role = SPEAKERS[k % len(SPEAKERS)]
            content = (
                f"the talks on item {k} will resume in April after the {k % 7 + 2} rounds held so far "
                f"and prices rose by {k % 40} percent"
            )
            sentence = f"{name} told {OUTLETS[k % len(OUTLETS)]} that {content}."
            start = offset + sentence.index(content)
            claims_meta.append((k, name, role, content, start, offset))
            sentences.append(sentence)
            offset += len(sentence) + 1
        text = " ".join(sentences) + "\n"
        published = dt.date(2016, 1, 1) + dt.timedelta(days=first // CLAIMS_PER_ARTICLE % 365)
        outlet = OUTLETS[first // CLAIMS_PER_ARTICLE % len(OUTLETS)]
        aid = article_id(text, title=f"Story {first}", outlet=outlet, published=published)
        article = Article(aid, text_hash(text), title=f"Story {first}", outlet=outlet, published=published)
        (store.articles_dir / f"{aid}.txt").write_bytes(text.encode("utf-8"))
        (store.articles_dir / f"{aid}.yaml").write_bytes(_render(article_to_dict(article)))
        for k, name, role, content, start, sentence_start in claims_meta:
            status = STATUSES[k % len(STATUSES)]
            history = []
            if status != "unverified":
                history.append(StatusChange(date=published, from_="unverified", to=status, by="desk"))
            claim = Claim(
                id=claim_id(name, content),
                text=content,
                spans=[(start, start + len(content))],
                article=aid,
                speaker=Speaker(name, role=role, span=(sentence_start, sentence_start + len(name))),
                cue=Cue("told", "tell", (sentence_start + len(name) + 1, sentence_start + len(name) + 5)),
                outlet=Outlet(OUTLETS[k % len(OUTLETS)]),
                quote="indirect",
                said_on=published,
                rule="told-outlet-that",
                status=status,
                evidence=[Evidence(url=f"https://example.org/e/{k}", stance="refutes", title="Figures")]
                if k % 3 == 0
                else [],
                history=history,
                appearances=[Appearance(aid, outlet, None, published, first=True)],
            )
            (store.claims_dir / f"{claim.id}.yaml").write_bytes(_render(claim_to_dict(claim)))
    return store


def _best(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, tuple[float, float]]:
    """Best wall-clock and CPU seconds of each run, the runs interleaved so load on the machine hits all."""
    best = {name: (float("inf"), float("inf")) for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            gc.collect()
            wall, cpu = time.perf_counter(), time.process_time()
            run()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    return best


def floor(root: Path) -> int:
    """Read and load every claim file with PyYAML's C safe loader alone."""
    count = 0
    claims = root / "claims"
    for name in os.listdir(claims):
        if name.endswith(".yaml"):
            with open(claims / name, "rb") as f:
                yaml.load(f.read(), Loader=yaml.CSafeLoader)
            count += 1
    return count


def cold(root: Path) -> int:
    shutil.rmtree(root / CACHE_DIR, ignore_errors=True)
    return len(Store.open(root).claims())


def repeated(root: Path) -> int:
    return len(Store.open(root).claims())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    parser.add_argument("--keep", metavar="DIR", help="build the stores in DIR and keep them")
    args = parser.parse_args()
    base = Path(args.keep or tempfile.mkdtemp(prefix="claimtrack-bench-"))
    print(f"PyYAML {yaml.__version__}, libyaml {yaml.__with_libyaml__}, Python {sys.version.split()[0]}")
    print(f"{'claims':>8} {'floor s':>8} {'cold s':>8} {'repeat s':>8} {'cold/fl':>8} {'rep/fl':>7}"
          f" {'cpu c/f':>7} {'cpu r/f':>7} {'floor us':>8} {'cold us':>8} {'rep us':>7}")  # fmt: skip
    try:
        for n in args.sizes:
            root = base / f"store-{n}"
            if not (root / "claimtrack.yaml").exists():
                build_store(root, n)
                time.sleep(RACY_NS / 1e9 + 0.1)  # files just written are not cached: wait out the window
            assert cold(root) == n
            t = _best(
                {
                    "floor": lambda r=root: floor(r),
                    "cold": lambda r=root: cold(r),
                    "rep": lambda r=root: repeated(r),
                },
                args.repeat,
            )
            (fl, fl_cpu), (co, co_cpu), (re, re_cpu) = t["floor"], t["cold"], t["rep"]
            print(
                f"{n:>8} {fl:>8.3f} {co:>8.3f} {re:>8.3f} {co / fl:>8.2f} {re / fl:>7.3f}"
                f" {co_cpu / fl_cpu:>7.2f} {re_cpu / fl_cpu:>7.3f}"
                f" {fl / n * 1e6:>8.1f} {co / n * 1e6:>8.1f} {re / n * 1e6:>7.1f}",
                flush=True,
            )
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
