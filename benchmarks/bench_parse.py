"""Parser speed: the full parse against sentence segmentation alone (pySBD, spaCy's sentencizer).

Run from the project root:

    .venv/bin/python benchmarks/bench_parse.py [TEXT_DIR] [--quick]

TEXT_DIR defaults to ../shared/corpus/polnear/dev/text beside the repository; without it, a text is
generated from a few sentence templates. All three contenders read the same text (the files joined by
blank lines); the peers are given it paragraph by paragraph, which is how they run fastest. Reported:

1. words per second of `parse_article` (everything: layout, sentences, quotes, attributions, speakers,
   outlets, dates, unattributed claims) and of pySBD and spaCy (blank English + sentencizer) segmenting;
2. time at 1x, 10x and 100x a tenth of the text, to show linear growth;
3. seconds per MB for hostile inputs next to ordinary text.

The best of several runs counts (the machine may be shared). A peer that is not installed is skipped
with a note.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from claimtrack.parse import parse_article
from claimtrack.parse.segment import paragraphs

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "polnear" / "dev" / "text"

_TEMPLATES = (
    "“We will not accept these conditions,” Deputy Foreign Minister Igor Morgulov told RIA Novosti.",
    "Prices rose 4 percent in March, the statistics office said on Tuesday.",
    "According to officials, the talks will resume in mid-April in Tokyo.",
    "The company sold 2 million cars last year, up from 1.5 million in 2014.",
    "Senator Jane Doe, who chairs the committee, said the bill would pass next week.",
)


def load_text(argv: list[str]) -> tuple[str, str]:
    folder = Path(argv[0]) if argv else DEFAULT_DIR
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if files:
        return "\n\n".join(f.read_text(encoding="utf-8") for f in files), f"{len(files)} files in {folder}"
    paragraphs_ = [" ".join(_TEMPLATES[(i + j) % 5] for j in range(3)) for i in range(3000)]
    return "\n\n".join(paragraphs_), "generated text (no corpus found)"


def best(run: Callable[[], object], repeat: int) -> float:
    fastest = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        fastest = min(fastest, time.perf_counter() - start)
    return fastest


def peers(text: str) -> dict[str, Callable[[], object] | str]:
    pieces = [text[s:e] for s, e in paragraphs(text)]
    out: dict[str, Callable[[], object] | str] = {}
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        out["pySBD segmentation"] = lambda: [segmenter.segment(p) for p in pieces]
    except ImportError:
        out["pySBD segmentation"] = "pysbd is not installed: skipped"
    try:
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        out["spaCy sentencizer"] = lambda: [list(d.sents) for d in nlp.pipe(pieces)]
    except ImportError:
        out["spaCy sentencizer"] = "spacy is not installed (pip install spacy): skipped"
    return out


def hostile(size: int) -> dict[str, str]:
    return {
        "no spaces": "x" * size,
        "periods, no spaces": "a." * (size // 2),
        "quotation marks": "“" * size,
        "alternating quotes": "“”" * (size // 2),
        "unclosed quotes": ("“He said it. " * (size // 13 + 1))[:size],
        "one long line": ("Officials said the plan would work, and he said so " * (size // 51 + 1))[:size],
    }


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    argv = [a for a in argv if a != "--quick"]
    repeat = 1 if quick else 3
    text, source = load_text(argv)
    words = len(text.split())
    print(f"text: {source}; {len(text):,} characters, {words:,} words\n")

    ours = best(lambda: parse_article(text), repeat)
    rows = [("claimtrack full parse", ours)]
    for name, run in peers(text).items():
        if isinstance(run, str):
            print(f"{name}: {run}")
            continue
        rows.append((name, best(run, repeat)))
    print(f"{'':28}{'seconds':>10}{'words/s':>14}{'parse is x faster':>20}")
    for name, seconds in rows:
        print(f"{name:28}{seconds:10.3f}{words / seconds:14,.0f}{seconds / ours:20.1f}")

    print("\nlinear growth (a tenth of the text, repeated):")
    base = text[: len(text) // 10]
    base = base[: base.rfind("\n\n")] if "\n\n" in base else base
    factors = (1, 10) if quick else (1, 10, 100)
    first = 0.0
    for factor in factors:
        sample = "\n\n".join([base] * factor)
        seconds = best(lambda sample=sample: parse_article(sample), 1 if factor > 1 else repeat)
        first = first or seconds
        unit = seconds / first / factor
        print(f"  {factor:>4}x  {len(sample):>12,} chars  {seconds:8.3f} s  {unit:6.2f} per unit")

    size = 200_000 if quick else 1_000_000
    ordinary = text[:size]
    per_mb = best(lambda: parse_article(ordinary), repeat) / len(ordinary) * 1e6
    print(f"\nseconds per MB (inputs of {size:,} characters):")
    print(f"  {'ordinary news text':24}{per_mb:8.2f}")
    for name, sample in hostile(size).items():
        seconds = best(lambda sample=sample: parse_article(sample), 1)
        print(f"  {name:24}{seconds / len(sample) * 1e6:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
