"""Extraction throughput on the fixtures, beside peers run in the same process.

usage: .venv/bin/python bench/bench_extract.py [--repeat N]

Prints one table: sentences/s for our splitter vs pysbd, figures for our figure extractor vs
quantulum3, and MB/s and articles/s per core of the whole pipeline. Single process, single thread,
so the numbers are per core. Peers that are not installed are reported as such.
"""
import argparse
import os
import pathlib
import sys
import time
import warnings

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from factcheck.extract import extract_claims  # noqa: E402
from factcheck.extract.figures import find_figures  # noqa: E402
from factcheck.extract.sentences import get_splitter  # noqa: E402


def load_articles():
    paths = sorted((HERE.parent / "fixtures" / "articles").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def _mbps(size_mb, seconds):
    rate = size_mb / seconds
    return f"{rate:.2f} MB/s" if rate >= 0.1 else f"{rate * 1000:.1f} kB/s"


def timed(function, inputs, repeat, min_seconds=1.0):
    """Seconds per pass over ``inputs`` (best of ``repeat`` runs, each at least ``min_seconds``)."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        passes = 0
        started = time.perf_counter()
        while True:
            result = [function(text) for text in inputs]
            passes += 1
            elapsed = time.perf_counter() - started
            if elapsed >= min_seconds:
                break
        best = min(best, elapsed / passes)
    return best, result


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = load_articles()
    size_mb = sum(len(a.encode("utf-8")) for a in articles) / 1e6
    splitter = get_splitter()
    rows = []

    seconds, result = timed(splitter.split, articles, args.repeat)
    sentences = sum(len(r) for r in result)
    rows.append(("sentences", "factcheck (Punkt + rules)", f"{sentences / seconds:,.0f} sentences/s",
                 _mbps(size_mb, seconds)))
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        paragraphs = [[p for p in a.split("\n") if p.strip()] for a in articles]
        seconds, result = timed(lambda ps: [s for p in ps for s in segmenter.segment(p)], paragraphs,
                                args.repeat)
        count = sum(len(r) for r in result)
        rows.append(("sentences", "pysbd", f"{count / seconds:,.0f} sentences/s", _mbps(size_mb, seconds)))
    except ImportError:
        rows.append(("sentences", "pysbd", "not installed", ""))

    sentence_lists = [splitter.split(a) for a in articles]
    flat = [s for sl in sentence_lists for s in sl]
    seconds, result = timed(find_figures, flat, args.repeat)
    figures = sum(len(r) for r in result)
    rows.append(("figures", "factcheck figures", f"{figures} figures, {len(flat) / seconds:,.0f} sentences/s",
                 _mbps(size_mb, seconds)))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as quantulum

            seconds, result = timed(quantulum.parse, flat, 1, min_seconds=0.5)
        count = sum(len(r) for r in result)
        rows.append(("figures", "quantulum3", f"{count} quantities, {len(flat) / seconds:,.0f} sentences/s",
                     _mbps(size_mb, seconds)))
    except Exception as error:  # quantulum3 needs data files of its own; report rather than fail
        rows.append(("figures", "quantulum3", f"unavailable ({type(error).__name__})", ""))

    seconds, result = timed(extract_claims, articles, args.repeat)
    claims = sum(len(r) for r in result)
    rows.append(("pipeline", "factcheck extract_claims",
                 f"{len(articles) / seconds:,.0f} articles/s ({claims} claims)", _mbps(size_mb, seconds)))

    print(f"fixtures: {len(articles)} articles, {size_mb * 1e3:.1f} kB, {len(flat)} sentences; "
          f"1 process, 1 thread (per core); python {sys.version.split()[0]}, pid {os.getpid()}")
    widths = [max(len(r[i]) for r in rows + [("stage", "system", "rate", "throughput")]) for i in range(4)]
    header = ("stage", "system", "rate", "throughput")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")


if __name__ == "__main__":
    main()
