"""Scores the running API on every labelled article set: ../shared/eval/conflicts-dev and fixtures/eval/*.

usage: .venv/bin/factcheck with-search-node .venv/bin/python bench/eval_sets.py

For each set: a gunicorn server on a free loopback port under a fresh index prefix, the shared scorer
(../shared/eval/score.py) against it, then the server is stopped and its indices deleted. Prints one
markdown table row per set. fixtures/eval/* are stories written for this project, labelled by hand
before the code was run on them; the shared dev set is the one the rules were first tuned on.
"""
import os
import pathlib
import socket
import subprocess
import sys
import time
import urllib.request
import uuid

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))

from factcheck import create_app  # noqa: E402
from factcheck.index import get_store, mappings  # noqa: E402


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_ready(base_url, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base_url}/readyz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the API at {base_url} did not become ready")


def score(set_dir):
    prefix = f"fceval-{uuid.uuid4().hex[:8]}"
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    environ = dict(os.environ, FACTCHECK_INDEX_PREFIX=prefix, FACTCHECK_BIND=f"127.0.0.1:{port}",
                   FACTCHECK_LOG_LEVEL="warning")
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wsgi:app"], cwd=ROOT,
                              env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_ready(base_url)
        result = subprocess.run([sys.executable, str(SHARED_EVAL / "score.py"), "--set", str(set_dir),
                                 "--base-url", base_url], capture_output=True, text=True, timeout=600)
        lines = result.stdout.strip().splitlines()
        problems = [line for line in lines if line.startswith("problem:")]
        return (lines[-1] if lines else f"scorer failed: {result.stderr[-300:]}"), problems
    finally:
        server.terminate()
        server.wait(timeout=30)
        store = get_store(create_app({"FACTCHECK_INDEX_PREFIX": prefix}))
        mappings.uninstall(store.engine, prefix)
        store.engine.close()


COLUMNS = (("figure_recall", "figures"), ("figure_unit_accuracy", "units"), ("quote_recall", "quotes"),
           ("quote_speaker_accuracy", "speakers"), ("attribution_recall", "attributions"),
           ("conflict_recall", "conflict recall"), ("conflict_precision", "conflict precision"),
           ("compatible_flagged", "compatible flagged"), ("temporal_flagged", "updates flagged"))


def main():
    sets = [SHARED_EVAL / "conflicts-dev", *sorted((ROOT / "fixtures" / "eval").iterdir())]
    print("| set | " + " | ".join(title for _, title in COLUMNS) + " |")
    print("| --- |" + " --- |" * len(COLUMNS))
    notes = []
    for set_dir in sets:
        if not (set_dir / "labels.json").exists():
            continue
        summary, problems = score(set_dir)
        metrics = dict(pair.split("=", 1) for pair in summary.removeprefix("summary: ").split() if "=" in pair)
        print(f"| {set_dir.name} | " + " | ".join(metrics.get(key, "?") for key, _ in COLUMNS) + " |")
        notes.extend(f"{set_dir.name}: {problem}" for problem in problems)
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
