"""Runs the public suites in ../shared/eval/public against the extractor and prints pass counts.

usage: .venv/bin/python bench/eval_public.py [--eval-dir ../shared/eval] [--verbose] [--peers]
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))


def load(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def sentence_suite(cases, split, verbose, name):
    passed = 0
    for case in cases:
        got = split(case["text"])
        if [s.strip() for s in got] == case["sentences"]:
            passed += 1
        elif verbose:
            print(f"  {name} FAIL {case['id']}: {got!r}")
    return passed


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", default=os.path.join(os.path.dirname(HERE), "..", "shared", "eval"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--peers", action="store_true", help="also run pysbd and quantulum3")
    args = parser.parse_args()
    public = os.path.join(args.eval_dir, "public")

    from factcheck.extract.sentences import split_sentences
    from factcheck.extract import figures as figure_module
    from factcheck.extract.quotes import find_quotes_in_text

    rows = []
    for suite in ("sbd_golden_en", "sbd_pysbd_regression_en"):
        cases = load(os.path.join(public, suite + ".jsonl"))
        rows.append((suite, "factcheck", sentence_suite(cases, split_sentences, args.verbose, "factcheck"), len(cases)))
        if args.peers:
            import pysbd
            seg = pysbd.Segmenter(language="en", clean=False)
            rows.append((suite, "pysbd", sentence_suite(cases, seg.segment, args.verbose and False, "pysbd"), len(cases)))

    # quantities: a case passes when every expected quantity is found with the same value
    cases = load(os.path.join(public, "quant_quantulum3_en.jsonl"))
    by_set = {}
    for case in cases:
        found = figure_module.find_numbers_in_text(case["text"])
        values = [f.value for f in found]
        ok = all(any(abs(v - e["value"]) <= 1e-6 * max(1, abs(e["value"])) for v in values) for e in case["expected"])
        ok = ok and len(found) >= len(case["expected"])
        key = case.get("set", "all")
        got, total = by_set.get(key, (0, 0))
        by_set[key] = (got + ok, total + 1)
        if not ok and args.verbose:
            print(f"  quant FAIL {case['id']}: {case['text']!r} want {[(e['surface'], e['value']) for e in case['expected']]} got {[(f.raw, f.value, f.unit) for f in found]}")
    for key, (got, total) in sorted(by_set.items()):
        rows.append((f"quant_quantulum3_en[{key}]", "factcheck", got, total))

    for model in ("NumberModel", "PercentModel"):
        cases = load(os.path.join(public, f"quant_msrt_en_{model}.jsonl"))
        passed = 0
        for case in cases:
            found = figure_module.find_numbers_in_text(case["text"], bare_numbers=True)
            want = []
            for e in case["expected"]:
                raw = str(e.get("value", "")).rstrip("%")
                try:
                    want.append(float(raw))
                except ValueError:
                    want.append(None)
            got = [f.value for f in found]
            ok = len(got) == len(want) and all(
                w is not None and abs(g - w) <= 1e-6 * max(1, abs(w)) for g, w in zip(got, want))
            passed += ok
            if not ok and args.verbose:
                print(f"  msrt {model} FAIL {case['id']}: {case['text']!r} want {want} got {[(f.raw, f.value) for f in found]}")
        rows.append((f"quant_msrt_en_{model}", "factcheck", passed, len(cases)))

    cases = load(os.path.join(public, "quotes_textacy_tests.jsonl"))
    passed = 0
    for case in cases:
        found = find_quotes_in_text(case["text"])
        want = [(q["quote"].strip("\"'“”‘’ ,."), (q["speaker"] or "").lower()) for q in case["quotes"]]
        got = [(q.content.strip("\"'“”‘’ ,."), (q.speaker_raw or "").lower()) for q in found]
        ok = len(got) == len(want) and all(
            gq[0] == wq[0] and (wq[1] in gq[1] or gq[1] in wq[1]) for gq, wq in zip(got, want))
        passed += ok
        if not ok and args.verbose:
            print(f"  quotes FAIL {case['id']}: {case['text']!r} want {want} got {got}")
    rows.append(("quotes_textacy_tests", "factcheck", passed, len(cases)))

    print(f"{'suite':40} {'system':10} {'passed':>8}")
    for suite, system, got, total in rows:
        print(f"{suite:40} {system:10} {got:>4}/{total:<4}")


if __name__ == "__main__":
    main()
