"""Conflict detection scored offline, story by story: the pair model with no server.

usage: .venv/bin/python bench/eval_pair_model.py [--cv | --folds K] [--threshold 0.5 ...] [SET_DIR ...]

Every two articles of a labelled story are aligned and checked as the detector does, with every figure
of both articles (no retrieval step), and flagged contradictions are scored as ../shared/eval/score.py
scores them (``factcheck.conflicts.training.score_story``): recall over the labelled conflicts, precision
over the contradictions flagged (flags on ambiguous pairs dropped).

- Default: the shipped model on the given sets (default: fixtures/eval and the shared dev set).
- ``--cv``: leave one story out: each story is scored by a model trained on all the other stories of
  fixtures/eval, so no story is scored by a model that saw its labels. This is the estimate of how
  the model does on stories it has never seen.
- ``--folds K``: the same with K folds by story (story i held out in fold i mod K), K models instead of one
  per story: about K / (number of stories) of the time.
"""
import argparse
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.conflicts.features import FEATURE_NAMES  # noqa: E402
from factcheck.conflicts.model import PairModel, fit, shipped_model  # noqa: E402
from factcheck.conflicts.training import L2_PENALTY, score_story, story_dirs_under, training_rows  # noqa: E402

SHARED_DEV_SET = ROOT.parent / "shared" / "eval" / "conflicts-dev"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=pathlib.Path)
    parser.add_argument("--cv", action="store_true", help="leave one story of fixtures/eval out at a time")
    parser.add_argument("--folds", type=int, metavar="K",
                        help="K folds of fixtures/eval by story (story i in fold i mod K): quicker than --cv")
    parser.add_argument("--threshold", type=float, nargs="*", default=[0.3, 0.4, 0.5, 0.6, 0.7])
    parser.add_argument("--per-story", action="store_true", help="also print each story's counts")
    parser.add_argument("--model", type=pathlib.Path,
                        help="score with this model file instead of the shipped one (not with --cv or --folds)")
    args = parser.parse_args()
    thresholds = sorted(args.threshold)
    training = story_dirs_under(ROOT / "fixtures" / "eval")
    if args.cv or args.folds:
        folds = args.folds or len(training)
        rows_of = {story: training_rows([story]) for story in training}
        groups = []
        for fold in range(folds):
            held_out = training[fold::folds]
            rows, targets = [], []
            for other in training:
                if other not in held_out:
                    rows.extend(rows_of[other][0])
                    targets.extend(rows_of[other][1])
            groups.append((held_out, fit(rows, targets, FEATURE_NAMES, L2_PENALTY)))
        sets = training
    else:
        sets = args.sets or ([SHARED_DEV_SET] if SHARED_DEV_SET.exists() else []) + training
        model = PairModel.from_json(args.model.read_text(encoding="utf-8")) if args.model else shipped_model()
        groups = [(sets, model)]
    totals = {threshold: [0, 0, 0, 0, 0] for threshold in thresholds}
    for stories, model in groups:
        for story in stories:
            for threshold, counts in score_story(story, model, thresholds).items():
                totals[threshold] = [sum(pair) for pair in zip(totals[threshold], counts)]
                if args.per_story:
                    print(f"{story.name} {threshold:.2f} " + " ".join(map(str, counts)))
    mode = f"{args.folds} folds by story" if args.folds else "leave one story out" if args.cv \
        else f"model {args.model}" if args.model else "shipped model"
    print(f"conflict detection offline, {mode}, {len(sets)} stories")
    print("| min confidence | labelled | found | recall | flagged | precision | compatible flagged | updates flagged |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for threshold in thresholds:
        labelled, found, flagged, compatible, updates = totals[threshold]
        print(f"| {threshold:.2f} | {labelled} | {found} | {found / max(labelled, 1):.2f} | {flagged} | "
              f"{found / flagged if flagged else 0:.2f} | {compatible} | {updates} |")


if __name__ == "__main__":
    main()
