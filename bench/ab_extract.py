"""Same-process A/B of the extraction pipeline: this checkout against another one (e.g. a git worktree).

usage: .venv/bin/python bench/ab_extract.py --base /tmp/fc-base [--rounds 7] [--min-seconds 0.5]

The machine's speed drifts between runs, so two separate benchmark runs cannot be compared. Here both
versions of ``factcheck`` are imported into one process (the base under its own copies of the modules)
and timed in alternation, pass after pass, on the same inputs as ``bench_extract.py`` (fixtures, unseen
test articles, the dev set). Prints MB/s of CPU time (``time.process_time``, best round) per version
and the speed-up, and checks that both give the same claims.
"""
import argparse
import importlib
import json
import pathlib
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent


def load_extract(root: pathlib.Path):
    """``extract_claims`` of the ``factcheck`` package under ``root``, imported apart from any other."""
    for name in [n for n in sys.modules if n == "factcheck" or n.startswith("factcheck.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        module = importlib.import_module("factcheck.extract")
        assert pathlib.Path(module.__file__).resolve().is_relative_to(root.resolve()), module.__file__
        extract = module.extract_claims
        extract("Warm-up: 3 people said 5% of $2 million.")
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n == "factcheck" or n.startswith("factcheck.")]:
            del sys.modules[name]  # the functions keep their own module globals
    return extract


def inputs():
    sys.path.insert(0, str(HERE))
    import bench_extract as bench  # noqa: E402  (only its loaders; they import from this checkout)

    sys.path.remove(str(HERE))
    return [("fixtures", bench.load_articles()),
            ("unseen", bench.load_articles(ROOT / "tests" / "extract" / "unseen")),
            ("dev set", bench.load_dev_set())]


def cpu_per_pass(function, texts, min_seconds):
    passes = 0
    started = time.process_time()
    while True:
        for text in texts:
            function(text)
        passes += 1
        elapsed = time.process_time() - started
        if elapsed >= min_seconds:
            return elapsed / passes


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", required=True, type=pathlib.Path)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--min-seconds", type=float, default=0.5)
    args = parser.parse_args()
    sets = inputs()
    new = load_extract(ROOT)
    old = load_extract(args.base)
    for name, texts in sets:
        same = all(json.dumps([c.to_dict() for c in old(t)]) == json.dumps([c.to_dict() for c in new(t)])
                   for t in texts)
        size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        best_old = best_new = float("inf")
        for round_ in range(args.rounds):  # alternate which goes first: no edge to either position
            first, second = (old, new) if round_ % 2 == 0 else (new, old)
            timings = {first: cpu_per_pass(first, texts, args.min_seconds),
                       second: cpu_per_pass(second, texts, args.min_seconds)}
            best_old, best_new = min(best_old, timings[old]), min(best_new, timings[new])
        print(f"{name:9} {len(texts):3} articles {size * 1e3:6.1f} kB: old {size / best_old:5.2f} MB/s, "
              f"new {size / best_new:5.2f} MB/s cpu, x{best_old / best_new:.2f}, same claims: {same}")


if __name__ == "__main__":
    main()
