"""Where the extraction pipeline spends its time, stage by stage, over the labelled eval articles.

usage: .venv/bin/python bench/stage_times.py [--passes 2]

Every article of ``fixtures/eval/`` goes through ``extract_claims`` after a warm-up pass, each meeting
empty text memos (``fresh.py``), with the pipeline's stages (``factcheck.extract.pipeline``'s calls to
the sentence splitter, the figure, attribution and quote finders, speaker resolution, conventions and
scoring) wrapped in a timer. Prints the rate over the whole corpus and each stage's share of the time.
The corpus is larger and more varied than ``bench_extract.py``'s inputs, so its rate is the one closer
to news at large; the wrappers add a little time of their own.
"""
import argparse
import collections
import json
import pathlib
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import factcheck.extract.pipeline as pipeline  # noqa: E402
from factcheck.extract.speakers import SpeakerBook  # noqa: E402
from fresh import fresh  # noqa: E402

# The functions the pipeline calls by name, one per stage.
STAGES = ("speech_verbs", "find_attributions", "find_figures", "apply_conventions", "find_direct_quotes",
          "find_reported_speech", "resolve_speakers", "score_figure", "score_attribution", "score_quote",
          "speaker_kind")


def timed(function, name, spent):
    def run(*args, **kwargs):
        began = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - began
    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    bodies = [json.loads(line)["body"] for path in sorted((HERE.parent / "fixtures" / "eval").glob("*/articles.jsonl"))
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    spent = collections.Counter()
    for name in STAGES:
        setattr(pipeline, name, timed(getattr(pipeline, name), name, spent))
    extract = pipeline.Pipeline()
    splitter = type(extract.splitter)
    splitter.spans = timed(splitter.spans, "sentence spans", spent)
    SpeakerBook.learn_names = timed(SpeakerBook.learn_names, "learn_names", spent)
    for body in bodies:
        extract(body)
    extract_fresh = fresh(extract)
    spent.clear()
    began = time.perf_counter()
    for _ in range(args.passes):
        for body in bodies:
            extract_fresh(body)
    total = time.perf_counter() - began
    megabytes = args.passes * sum(len(body.encode("utf-8")) for body in bodies) / 1e6
    print(f"{len(bodies)} articles, {megabytes / args.passes:.2f} MB, {args.passes} passes: {total:.2f} s, "
          f"{megabytes / total:.2f} MB/s")
    for name, seconds in spent.most_common():
        print(f"{name:22s} {seconds:7.3f} s {seconds / total:5.0%}")


if __name__ == "__main__":
    main()
