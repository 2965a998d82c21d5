"""Extraction scored offline over labelled story sets, pooled: figures, units, quotes, speakers, attributions.

usage: .venv/bin/python bench/eval_extraction.py [--misses] [SET_DIR ...]

Each set is a folder with ``articles.jsonl`` and ``labels.json`` (the format of ../shared/eval; default:
every story of fixtures/eval and the shared dev set). The extractor runs in this process on each article's
body with its title and outlet (``context_of``), as the API reads an article posted to it; each label
is counted as ../shared/eval/score.py counts it, with that file's own matching functions (where a label
lands in the body, overlap, unit and name comparison); the counts are pooled over all sets rather than
averaged per set. ``--misses`` lists every label that was not met, for whoever improves the rules.
"""
import argparse
import collections
import importlib.util
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))

from factcheck.conflicts.training import read_story, story_dirs_under  # noqa: E402
from factcheck.extract import context_of, extract_claims  # noqa: E402


def load_scorer(path=SHARED_EVAL / "score.py"):
    """The shared scorer as a module, for its matching functions."""
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_set(story_dir, scorer, counts, misses):
    articles, labels = read_story(story_dir)
    bodies = {article["id"]: article["body"] for article in articles}
    claims = {article["id"]: [claim.to_dict() for claim in extract_claims(article["body"], context_of(article))]
              for article in articles}

    def of_type(article_id, kind):
        return [claim for claim in claims[article_id] if claim["type"] == kind]

    for article_id, surface, value, unit in labels["figures"]:
        start, end = scorer.span(bodies[article_id], surface)
        counts["figures"] += 1
        found = next((claim for claim in of_type(article_id, "figure") if scorer.overlaps(claim, start, end, surface)
                      and abs(claim["figure"]["value"] - value) <= 0.005 * abs(value) + 1e-9), None)
        if found is None:
            misses.append(f"figure  {story_dir.name}: {surface!r} = {value}")
            continue
        counts["right value"] += 1
        if scorer.unit_ok(found["figure"]["unit"], unit):
            counts["right unit"] += 1
        else:
            misses.append(f"unit    {story_dir.name}: {surface!r} wants {unit!r}, got {found['figure']['unit']!r}")
    for article_id, fragment, speaker in labels["quotes"]:
        start, end = scorer.span(bodies[article_id], fragment)
        counts["quotes"] += 1
        found = [claim for claim in of_type(article_id, "quote") if scorer.overlaps(claim, start, end, fragment)]
        if not found:
            misses.append(f"quote   {story_dir.name}: {fragment!r} ({speaker})")
            continue
        counts["quotes found"] += 1
        if any(scorer.same_name(claim["speaker"], speaker) for claim in found):
            counts["right speaker"] += 1
        else:
            misses.append(f"speaker {story_dir.name}: {fragment!r} wants {speaker!r}, "
                          f"got {[claim['speaker'] for claim in found]}")
    for article_id, source in labels["attributions"]:
        wanted = source.lower()
        counts["attributions"] += 1
        if any(wanted in (claim["speaker"] or "").lower() or wanted in claim["text"].lower()
               or (len(claim["speaker"] or "") >= 4 and claim["speaker"].lower() in wanted)
               for claim in of_type(article_id, "attribution")):
            counts["attributions found"] += 1
        else:
            misses.append(f"source  {story_dir.name}: {source!r}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=pathlib.Path)
    parser.add_argument("--misses", action="store_true", help="list every label that was not met")
    args = parser.parse_args()
    if not (SHARED_EVAL / "score.py").is_file():
        sys.exit(f"needs {SHARED_EVAL / 'score.py'} beside the repository")
    sets = args.sets or [SHARED_EVAL / "conflicts-dev", *story_dirs_under(ROOT / "fixtures" / "eval")]
    scorer, counts, misses = load_scorer(), collections.Counter(), []
    for story_dir in sets:
        score_set(pathlib.Path(story_dir), scorer, counts, misses)
    if args.misses:
        print("\n".join(misses))

    def share(part, whole):
        return f"{counts[part]:,}/{counts[whole]:,} ({counts[part] / max(counts[whole], 1):.2f})"

    print(f"extraction over {len(sets)} labelled sets: figures with the right value {share('right value', 'figures')}, "
          f"right unit {share('right unit', 'right value')}, quotes found {share('quotes found', 'quotes')}, "
          f"right speaker {share('right speaker', 'quotes')}, attributions found "
          f"{share('attributions found', 'attributions')}")


if __name__ == "__main__":
    main()
