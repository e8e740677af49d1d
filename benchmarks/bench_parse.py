"""Parser speed: the full parse against sentence segmentation alone (pySBD, spaCy's sentencizer).

Run from the project root:

    .venv/bin/python benchmarks/bench_parse.py [TEXT_DIR] [--quick] [--repeat N] [--help]

TEXT_DIR defaults to ../shared/corpus/polnear/dev/text beside the repository; without it, a text is
generated from a few sentence templates. All three contenders read the same text (the files joined by
blank lines) in the same run; the peers are given it paragraph by paragraph, which is how they run
fastest. Reported:

1. words per second of `parse_article` (everything: layout, sentences, quotes, attributions, speakers,
   outlets, dates, unattributed claims) and of pySBD and spaCy (blank English + sentencizer) segmenting,
   and how many times faster the full parse is, against the targets (>= 10x pySBD, > 1x spaCy);
2. time at 1x, 10x and 100x a tenth of the text, to show linear growth;
3. seconds per MB for hostile inputs next to ordinary text (the corpus repeated to the same size).

Fairness on a shared machine: every contender is called once to warm up (imports, compiled patterns,
spaCy's pipeline), then the contenders take turns, round after round, so a burst of load hits all of
them alike; the best round of each counts. Both clocks are shown: CPU time of this process
(`time.process_time`, what the ratios use: it ignores time other processes take from us) and wall time
(`time.perf_counter`). A peer that is not installed is skipped with a note.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from claimtrack.parse import parse_article
from claimtrack.parse.segment import paragraphs

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "polnear" / "dev" / "text"
TARGETS = {"pySBD segmentation": 10.0, "spaCy sentencizer": 1.0}  # the full parse this many times faster

_TEMPLATES = (
    "“We will not accept these conditions,” Deputy Foreign Minister Igor Morgulov told RIA Novosti.",
    "Prices rose 4 percent in March, the statistics office said on Tuesday.",
    "According to officials, the talks will resume in mid-April in Tokyo.",
    "The company sold 2 million cars last year, up from 1.5 million in 2014.",
    "Senator Jane Doe, who chairs the committee, said the bill would pass next week.",
)

Timing = tuple[float, float]  # (CPU seconds, wall seconds), each the best of the rounds


def load_text(argv: list[str]) -> tuple[str, str]:
    folder = Path(argv[0]) if argv else DEFAULT_DIR
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if files:
        return "\n\n".join(f.read_text(encoding="utf-8") for f in files), f"{len(files)} files in {folder}"
    paragraphs_ = [" ".join(_TEMPLATES[(i + j) % 5] for j in range(3)) for i in range(3000)]
    return "\n\n".join(paragraphs_), "generated text (no corpus found)"


def race(runs: dict[str, Callable[[], object]], rounds: int) -> dict[str, Timing]:
    """Warm every run up once, then time them in turns for `rounds` rounds; the best of each."""
    for run in runs.values():
        run()
    best = {name: (float("inf"), float("inf")) for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            cpu, wall = time.process_time(), time.perf_counter()
            run()
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            best[name] = (min(best[name][0], cpu), min(best[name][1], wall))
    return best


def once(run: Callable[[], object], rounds: int = 1) -> Timing:
    return race({"": run}, rounds)[""]


def parser(text: str) -> Callable[[], object]:
    """A run that parses `text`."""
    return lambda: parse_article(text)


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
        "one sentence, clauses with cues": (
            "Smith said it was fine" + ", and the dog said so" * (size // 21 + 1)
        )[:size],
        "a quoted claim every 35 characters": ("“Fine.” Name said. He added, “No.” " * (size // 33 + 1))[
            :size
        ],
        # single quotation marks read as double ones (`single_quotes.py`): one pass, the same length
        "single-quoted claims and apostrophes": (
            "'Fine,' he said. 'We're not,' Jo added. " * (size // 40 + 1)
        )[:size],
        # many paragraphs with no full stop, each of which may be a deck under the title: a step that read
        # every paragraph before each one would take time growing with the square of their number
        "paragraphs with no full stop": (
            "Rates will go on rising through the year in every region\n\n" * (size // 59 + 1)
        )[:size],
        # every paragraph opening with a new place in capitals and a colon ("KUCHING: ..."): a search for the
        # place's next turn ("TAPPER:" after "JAKE TAPPER:") through the rest of the text would be quadratic
        "a new place and a colon every paragraph": _new_places(size),
        # every sentence a new speaker's one-word name: a step that searched the whole text once per name
        # would take time growing with the text times its names (as a firm's short name once did)
        "a new name speaking every 20 characters": _new_names(size),
        # judgement words among runs of unclosed quotation marks, no sentence ending (the commentary test
        # and the quotation reader both read them)
        "judgement words and runs of marks": (("it is " + "“" * 50 + " clearly if very ") * (size // 73 + 1))[
            :size
        ],
        # one word of capitals as long as the input, then a body's noun standing for a body named before:
        # the names searched for the noun were once tried from every letter of the word to its end
        "a word of capitals, then a body's noun": "A" * (size - 60) + " Harbour Commission. The commission "
        "said fees rose.",
        # quotes opening in lower case after "he said.", so no sentence ends: a step that read each quote's
        # sentence to its end (for a cue after it, for the reported speech before it) was quadratic
        "lower-case quotes, no sentence ending": ("“a,” he said. " * (size // 14 + 1))[:size],
        "lower-case single quotes, no sentence ending": ("'a,' he said. " * (size // 14 + 1))[:size],
        # a quotation then a dash, over and over on one line: each dash was read as a signature to the
        # line's end
        "quotes and dashes on one line": ("“a” — " * (size // 6 + 1))[:size],
        # a "Source:" line per paragraph, each a new story: sections were once looked up in a list
        "a new source every paragraph": "Title\n\n" + _new_sources(size),
    }


def _new_sources(size: int) -> str:
    """ "Source: Qaaa", "Source: Qaab", ...: a new outlet's story every paragraph."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out: list[str] = []
    length, i = 0, 0
    while length < size:
        out.append(f"Source: Q{letters[i // 676 % 26]}{letters[i // 26 % 26]}{letters[i % 26]}\n\n")
        length += len(out[-1])
        i += 1
    return "".join(out)[:size]


def _new_places(size: int) -> str:
    """ "QABCD: rates will go on rising ...", a paragraph each, every place a new one."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out: list[str] = []
    length, i = 0, 0
    while length < size:
        place = "Q" + "".join(letters[i // 26**k % 26] for k in (3, 2, 1, 0))
        out.append(f"{place}: rates will go on rising through the year in every region of the state\n\n")
        length += len(out[-1])
        i += 1
    return "".join(out)[:size]


def _new_names(size: int) -> str:
    """ "Qab said it. Qac said it. ...": sentences each naming a different one-word speaker."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out: list[str] = []
    length, i = 0, 0
    while length < size:
        name = "Q" + letters[i // 676 % 26] + letters[i // 26 % 26] + letters[i % 26]
        out.append(f"{name} said it rose. ")
        length += len(out[-1])
        i += 1
    return "".join(out)[:size]


def main(argv: list[str]) -> int:
    if "-h" in argv or "--help" in argv:  # otherwise read as TEXT_DIR, and the generated text is timed
        print(__doc__)
        return 0
    quick = "--quick" in argv
    rounds = 1 if quick else 5
    if "--repeat" in argv:
        rounds = int(argv[argv.index("--repeat") + 1])
        argv = argv[: argv.index("--repeat")] + argv[argv.index("--repeat") + 2 :]
    argv = [a for a in argv if a != "--quick"]
    text, source = load_text(argv)
    words = len(text.split())
    print(f"text: {source}; {len(text):,} characters, {words:,} words; best of {rounds} rounds\n")

    runs: dict[str, Callable[[], object]] = {"claimtrack full parse": parser(text)}
    for name, run in peers(text).items():
        if isinstance(run, str):
            print(f"{name}: {run}")
        else:
            runs[name] = run
    timings = race(runs, rounds)
    ours_cpu, ours_wall = timings["claimtrack full parse"]
    header = f"{'CPU s':>8}{'wall s':>8}{'words/s (CPU)':>15}{'words/s (wall)':>16}{'parse x faster':>16}"
    print(f"{'':24}{header}")
    for name, (cpu, wall) in timings.items():
        ratios = f"{cpu / ours_cpu:.1f} ({wall / ours_wall:.1f})"
        print(f"{name:24}{cpu:8.3f}{wall:8.3f}{words / cpu:15,.0f}{words / wall:16,.0f}{ratios:>16}")
    print("  (parse x faster: by CPU time, by wall time in brackets)")
    for name, target in TARGETS.items():
        if name in timings:
            ratio = timings[name][0] / ours_cpu
            verdict = "met" if ratio >= target else "NOT met"
            print(f"  target: full parse >= {target:g}x {name}: {ratio:.1f}x, {verdict}")

    print("\nlinear growth (a tenth of the text, repeated; CPU seconds):")
    base = text[: len(text) // 10]
    base = base[: base.rfind("\n\n")] if "\n\n" in base else base
    factors = (1, 10) if quick else (1, 10, 100)
    first = 0.0
    for factor in factors:
        sample = "\n\n".join([base] * factor)
        seconds = once(parser(sample), rounds if factor < 100 else 1)[0]  # 100x: one run is long enough
        first = first or seconds
        unit = seconds / first / factor
        print(f"  {factor:>4}x  {len(sample):>12,} chars  {seconds:8.3f} s  {unit:6.2f} per unit")

    size = 200_000 if quick else 1_000_000
    ordinary = (text * (size // len(text) + 1))[:size] if text else ""
    inputs = {"ordinary news text": ordinary, **hostile(size)}
    per_mb = race({name: parser(sample) for name, sample in inputs.items()}, max(1, rounds // 2))
    # The same inputs at a fifth of the size: a cost per MB that grows with the size is a quadratic step.
    small = size // 5
    fifth = race({name: parser(sample[:small]) for name, sample in inputs.items()}, max(1, rounds // 2))
    print(f"\nCPU seconds per MB (inputs of {size:,} characters; growth = per MB against {small:,}):")
    ordinary_mb = per_mb["ordinary news text"][0] / size * 1e6
    for name, (cpu, _) in per_mb.items():
        mb = cpu / size * 1e6
        growth = mb / (fifth[name][0] / small * 1e6)
        relative = "" if name.startswith("ordinary") else f"  ({mb / ordinary_mb:.2f}x ordinary)"
        print(f"  {name:46}{mb:8.2f}  growth {growth:4.2f}{relative}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
