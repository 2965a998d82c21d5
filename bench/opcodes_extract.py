"""Where the extraction pipeline spends its work, counted rather than timed.

usage: .venv/bin/python bench/opcodes_extract.py [--top 40] [--lines figures.py:figure_subject]
       valgrind --tool=callgrind --toggle-collect='*functools_reduce*' --callgrind-out-file=/dev/null \\
           .venv/bin/python bench/opcodes_extract.py --plain [--passes 3]

On a shared machine two timings of the same code differ by several percent, more than most single
changes gain. Counts do not drift. By default this runs ``extract_claims`` once over the inputs of
``bench_extract.py`` (after a warm-up pass that builds the tables a process builds once; each article
meets empty text memos, as in the benchmark: see ``fresh.py``) under
a tracer that counts the bytecodes each function executes, and prints the functions that execute
most (``--lines FILE:FUNCTION`` also prints that function's busiest lines). Bytecodes ignore the work
done in C (regex searches, ``str`` methods, allocation); for all of it, run ``--plain`` under
callgrind as above: the measured passes run inside ``functools.reduce``, which the toggle selects, so
the reported ``I refs`` are the instructions of those passes alone (divide by ``--passes``).
"""
import argparse
import collections
import functools
import linecache
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_extract as bench  # noqa: E402  (puts this checkout first on sys.path)

from fresh import extract_fresh  # noqa: E402  (each article meets empty text memos, as in bench_extract)


def inputs():
    return bench.load_articles() + bench.load_articles(HERE.parent / "tests" / "extract" / "unseen") \
        + bench.load_dev_set()


def count_bytecodes(texts):
    """``(per function, per line)`` counts of the bytecodes one pass over ``texts`` executes."""
    functions = collections.Counter()
    lines = collections.Counter()

    def tracer(frame, event, arg):
        frame.f_trace_opcodes = True
        if event == "opcode":
            code = frame.f_code
            key = f"{pathlib.Path(code.co_filename).name}:{code.co_name}"
            functions[key] += 1
            lines[key, code.co_filename, frame.f_lineno or 0] += 1  # None on some opcodes
        return tracer

    sys.settrace(tracer)
    try:
        for text in texts:
            extract_fresh(text)
    finally:
        sys.settrace(None)
    return functions, lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--lines", action="append", default=[], metavar="FILE:FUNCTION")
    parser.add_argument("--plain", action="store_true", help="no tracer: passes inside functools.reduce")
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    texts = inputs()
    for text in texts:
        extract_fresh(text)  # warm-up: tables built once per process are built
    if args.plain:
        functools.reduce(lambda _, text: extract_fresh(text), texts * args.passes, None)
        return
    functions, lines = count_bytecodes(texts)
    total = sum(functions.values())
    print(f"{total} bytecodes in one pass over {len(texts)} articles")
    for key, count in functions.most_common(args.top):
        print(f"{count:9} {count / total:6.1%}  {key}")
    for wanted in args.lines:
        print(f"\n{wanted}:")
        rows = [(count, path, line) for (key, path, line), count in lines.items() if key == wanted]
        for count, path, line in sorted(rows, reverse=True)[:args.top]:
            print(f"{count:9}  {line:5} {linecache.getline(path, line).rstrip()}")


if __name__ == "__main__":
    main()
