"""Conflict detection's mistakes on labelled stories, one line each: what to read when a score moves.

usage: .venv/bin/python bench/conflict_misses.py [--threshold 0.45] [--context] SET_DIR ...

For every story: each labelled conflict the shipped model does not flag (with the probability of the pair
if the alignment matched it, or what the first figure was matched with instead), and each contradiction
flagged that is not a labelled conflict, with its label (compatible, temporal or none). Scored as
``bench/eval_pair_model.py`` scores (every two articles, every figure, no retrieval step).
"""
import argparse
import pathlib
import sys
from itertools import combinations

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.conflicts.align import align, conflicts_between  # noqa: E402
from factcheck.conflicts.model import shipped_model  # noqa: E402
from factcheck.conflicts.training import LEFT_OUT_LABELS, labelled_pairs, read_story, story_figures  # noqa: E402


def describe(claim):
    figure = claim["figure"]
    return f"{claim['article_id']} {claim['text']!r} ({figure['value']:g} {figure['unit']})"


def sentences(*claims):
    """The dated sentence of each claim, one indented line each."""
    return "".join(f"\n        {claim['published_at']} {claim['sentence'].strip()}" for claim in claims)


def story_mistakes(story_dir, model, threshold, context=False):
    """Lines for the missed conflicts and the wrong flags of one story."""
    articles, labels = read_story(story_dir)
    figures = story_figures(articles)
    labelled = labelled_pairs(articles, labels, figures)
    by_id = {claim["id"]: claim for claims in figures.values() for claim in claims}
    flagged, matched, verdicts = set(), {}, {}
    for first, second in combinations(articles, 2):
        if first["source"] == second["source"]:
            continue
        for match in align(figures[first["id"]], figures[second["id"]], model):
            matched[match.first["id"], second["id"]] = matched[match.second["id"], first["id"]] = match
        for *_, result, match in conflicts_between(figures[first["id"]], figures[second["id"]], 0.0, model):
            pair = frozenset((match.first["id"], match.second["id"]))
            verdicts[pair] = result.kind
            if result.kind == "contradiction" and match.probability >= threshold:
                flagged.add(pair)
    lines = []
    for pair, label in sorted(labelled.items(), key=lambda item: sorted(item[0])):
        if label == "conflicts" and pair not in flagged:
            a, b = (by_id[claim_id] for claim_id in sorted(pair))
            match = matched.get((a["id"], b["article_id"]))
            if match is None:
                why = "first figure unmatched"
            elif {match.first["id"], match.second["id"]} == set(pair):
                why = f"matched at p={match.probability:.2f}, " + (
                    "values agree" if match.values_agree else verdicts.get(pair, "no verdict"))
            else:
                other = match.second if match.first["id"] == a["id"] else match.first
                why = f"first figure matched with {describe(other)} at p={match.probability:.2f}"
            lines.append(f"  MISS  {describe(a)} ~ {describe(b)}: {why}" + (sentences(a, b) if context else ""))
    for pair in sorted(flagged, key=sorted):
        label = labelled.get(pair)
        if label != "conflicts" and label not in LEFT_OUT_LABELS:
            a, b = (by_id[claim_id] for claim_id in sorted(pair))
            lines.append(f"  FLAG  {label or 'unlabelled'}: {describe(a)} ~ {describe(b)}"
                         + (sentences(a, b) if context else ""))
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=pathlib.Path)
    parser.add_argument("--threshold", type=float, default=0.45)
    parser.add_argument("--context", action="store_true", help="print the sentences of each pair")
    args = parser.parse_args()
    model = shipped_model()
    for story_dir in args.sets:
        lines = story_mistakes(story_dir, model, args.threshold, args.context)
        print(f"{story_dir.name}: {len(lines)} mistakes")
        for line in lines:
            print(line)


if __name__ == "__main__":
    main()
