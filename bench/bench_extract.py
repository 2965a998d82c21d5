"""Extraction throughput on the fixtures, beside peers run in the same process.

usage: .venv/bin/python bench/bench_extract.py [--repeat N] [--no-peers]

Prints one table: sentences/s for our splitter vs pysbd, figures for our figure extractor vs
quantulum3, and MB/s and articles/s per core of the whole pipeline, on the fixtures and, when they
are present, on the unseen test articles (tests/extract/unseen) and the conflicts dev set
(/work/shared/eval/conflicts-dev/articles.jsonl, or $FACTCHECK_DEV_SET). Single process, single
thread, so the numbers are per core. Peers that are not installed are reported as such.

Each rate is given twice: by wall clock and by CPU time of this process (``time.process_time``),
each the best of ``--repeat`` runs. On a shared machine the wall clock also counts the time other
processes held the core; the CPU time is the fairer per-core figure. Every article (every sentence,
for the figures row) starts with the extractor's text memos empty (``fresh.py``), so passes over the
same inputs cost what new articles would.
"""
import argparse
import json
import os
import pathlib
import sys
import time
import warnings

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from factcheck.extract.figures import find_figures  # noqa: E402
from factcheck.extract.sentences import get_splitter  # noqa: E402

sys.path.insert(0, str(HERE))
from fresh import extract_fresh, fresh  # noqa: E402  (each article meets empty text memos)


DEV_SET = pathlib.Path(os.environ.get("FACTCHECK_DEV_SET", "/work/shared/eval/conflicts-dev/articles.jsonl"))


def load_articles(folder=HERE.parent / "fixtures" / "articles"):
    return [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(folder).glob("*.txt"))]


def load_dev_set(path=DEV_SET):
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["body"] for line in handle if line.strip()]


def _mbps(size_mb, seconds):
    rate = size_mb / seconds
    return f"{rate:.2f} MB/s" if rate >= 0.1 else f"{rate * 1000:.1f} kB/s"


class Timing:
    """Seconds per pass over the inputs, by wall clock and by CPU time (each the best run)."""

    def __init__(self, wall, cpu):
        self.wall = wall
        self.cpu = cpu


def timed(function, inputs, repeat, min_seconds=1.0):
    """``(Timing, result)`` of passes over ``inputs``: best of ``repeat`` runs, each at least ``min_seconds``."""
    best_wall = best_cpu = float("inf")
    result = None
    for _ in range(repeat):
        passes = 0
        started = time.perf_counter()
        started_cpu = time.process_time()
        while True:
            result = [function(text) for text in inputs]
            passes += 1
            elapsed = time.perf_counter() - started
            if elapsed >= min_seconds:
                break
        cpu = time.process_time() - started_cpu
        best_wall = min(best_wall, elapsed / passes)
        best_cpu = min(best_cpu, cpu / passes)
    return Timing(best_wall, best_cpu), result


def _rates(count, timing, unit):
    """``"wall / cpu"`` rates of ``count`` items per pass."""
    return f"{count / timing.wall:,.0f} / {count / timing.cpu:,.0f} {unit}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-peers", action="store_true", help="skip pysbd and quantulum3 (slow)")
    args = parser.parse_args()
    articles = load_articles()
    size_mb = sum(len(a.encode("utf-8")) for a in articles) / 1e6
    splitter = get_splitter()
    rows = []

    def row(stage, system, rate, timing, size=size_mb):
        rows.append((stage, system, rate, _mbps(size, timing.wall), _mbps(size, timing.cpu)))

    timing, result = timed(splitter.split, articles, args.repeat)
    sentences = sum(len(r) for r in result)
    row("sentences", "factcheck (Punkt + rules)", _rates(sentences, timing, "sentences/s"), timing)
    if args.no_peers:
        pass
    else:
        try:
            import pysbd

            segmenter = pysbd.Segmenter(language="en", clean=False)
            paragraphs = [[p for p in a.split("\n") if p.strip()] for a in articles]
            timing, result = timed(lambda ps: [s for p in ps for s in segmenter.segment(p)], paragraphs,
                                   args.repeat)
            count = sum(len(r) for r in result)
            row("sentences", "pysbd", _rates(count, timing, "sentences/s"), timing)
        except ImportError:
            rows.append(("sentences", "pysbd", "not installed", "", ""))

    sentence_lists = [splitter.split(a) for a in articles]
    flat = [s for sl in sentence_lists for s in sl]
    timing, result = timed(fresh(find_figures), flat, args.repeat)
    figures = sum(len(r) for r in result)
    row("figures", "factcheck figures", f"{figures} figures, " + _rates(len(flat), timing, "sentences/s"), timing)
    if not args.no_peers:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from quantulum3 import parser as quantulum

                timing, result = timed(quantulum.parse, flat, 1, min_seconds=0.5)
            count = sum(len(r) for r in result)
            row("figures", "quantulum3", f"{count} quantities, " + _rates(len(flat), timing, "sentences/s"), timing)
        except Exception as error:  # quantulum3 needs data files of its own; report rather than fail
            rows.append(("figures", "quantulum3", f"unavailable ({type(error).__name__})", "", ""))

    inputs = [("fixtures", articles), ("unseen", load_articles(HERE.parent / "tests" / "extract" / "unseen")),
              ("dev set", load_dev_set())]
    described = []
    for name, texts in inputs:
        if not texts:
            rows.append(("pipeline", f"extract_claims, {name}", "not present", "", ""))
            continue
        size = sum(len(a.encode("utf-8")) for a in texts) / 1e6
        timing, result = timed(extract_fresh, texts, args.repeat)
        claims = sum(len(r) for r in result)
        row("pipeline", f"extract_claims, {name}",
            f"{claims} claims, " + _rates(len(texts), timing, "articles/s"), timing, size)
        described.append(f"{name} {len(texts)} articles, {size * 1e3:.1f} kB")

    print(f"fixtures: {len(articles)} articles, {size_mb * 1e3:.1f} kB, {len(flat)} sentences; "
          f"pipeline inputs: {'; '.join(described)}")
    print(f"1 process, 1 thread (per core); best of {args.repeat} runs, each >= 1 s; rates are wall / CPU; "
          f"python {sys.version.split()[0]}, pid {os.getpid()}")
    header = ("stage", "system", "rate (wall / cpu)", "MB/s wall", "MB/s cpu")
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for item in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(item, widths)) + " |")


if __name__ == "__main__":
    main()
