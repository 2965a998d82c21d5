"""Scores the running API on every labelled article set: ../shared/eval/conflicts-dev and fixtures/eval/*.

usage: .venv/bin/factcheck with-search-node .venv/bin/python bench/eval_sets.py [SET_DIR ...]

For each set: a gunicorn server on a free loopback port under a fresh index prefix, the shared scorer
(../shared/eval/score.py) against it, then the server is stopped and its indices deleted. Prints one
markdown table row per set. fixtures/eval/* are stories written for this project, labelled by hand
before the code was run on them; the shared dev set is the one the rules were first tuned on.
"""
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import uuid

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from server import start_server, stop_server  # noqa: E402
from factcheck import create_app  # noqa: E402
from factcheck.index import get_store, mappings  # noqa: E402


def score(set_dir):
    prefix = f"fceval-{uuid.uuid4().hex[:8]}"
    es_url = os.environ.get("FACTCHECK_ES_URL", "http://127.0.0.1:9200")
    with tempfile.TemporaryDirectory() as logs:
        server, base_url = start_server(prefix, es_url, os.path.join(logs, "gunicorn.log"))
        try:
            result = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), "--set", str(set_dir),
                                     "--base-url", base_url], capture_output=True, text=True, timeout=600)
        finally:
            stop_server(server)
            store = get_store(create_app({"FACTCHECK_INDEX_PREFIX": prefix, "FACTCHECK_ES_URL": es_url}))
            mappings.uninstall(store.engine, prefix)
            store.engine.close()
    lines = result.stdout.strip().splitlines()
    problems = [line for line in lines if line.startswith("problem:")]
    return (lines[-1] if lines else f"scorer failed: {result.stderr[-300:]}"), problems


COLUMNS = (("figure_recall", "figures"), ("figure_unit_accuracy", "units"), ("quote_recall", "quotes"),
           ("quote_speaker_accuracy", "speakers"), ("attribution_recall", "attributions"),
           ("conflict_recall", "conflict recall"), ("conflict_precision", "conflict precision"),
           ("compatible_flagged", "compatible flagged"), ("temporal_flagged", "updates flagged"))


def main():
    chosen = [pathlib.Path(arg) for arg in sys.argv[1:]]
    sets = chosen or [SHARED_EVAL / "conflicts-dev", *sorted((ROOT / "fixtures" / "eval").iterdir())]
    print("| set | " + " | ".join(title for _, title in COLUMNS) + " |")
    print("| --- |" + " --- |" * len(COLUMNS))
    notes = []
    totals = dict.fromkeys(("conflicts", "found", "returned", "compatible", "temporal"), 0)
    for set_dir in sets:
        if not (set_dir / "labels.json").exists():
            continue
        summary, problems = score(set_dir)
        metrics = dict(pair.split("=", 1) for pair in summary.removeprefix("summary: ").split() if "=" in pair)
        print(f"| {set_dir.name} | " + " | ".join(metrics.get(key, "?") for key, _ in COLUMNS) + " |")
        notes.extend(f"{set_dir.name}: {problem}" for problem in problems)
        labelled = len(json.loads((set_dir / "labels.json").read_text())["conflicts"])
        totals["conflicts"] += labelled
        totals["found"] += round(float(metrics.get("conflict_recall", 0)) * labelled)
        totals["returned"] += int(metrics.get("conflicts_returned", 0))
        totals["compatible"] += int(metrics.get("compatible_flagged", 0))
        totals["temporal"] += int(metrics.get("temporal_flagged", 0))
    found, returned = totals["found"], totals["returned"]
    print(f"all sets: {found} of {totals['conflicts']} labelled conflicts found "
          f"(recall {found / max(totals['conflicts'], 1):.2f}); {returned} contradictions flagged "
          f"(precision {found / returned if returned else 0:.2f}); {totals['compatible']} compatible pairs and "
          f"{totals['temporal']} updates flagged as contradictions")
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
