"""The factcheck command as a user runs it: offline extraction, index management on the real engine."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.index import get_store, mappings

REPO_ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args, stdin=None, **environ):
    return subprocess.run([sys.executable, "-m", "factcheck.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=120, cwd=REPO_ROOT, env={**os.environ, **environ})


def test_extract_reads_stdin_and_prints_claims_with_exact_offsets():
    body = (REPO_ROOT / "fixtures" / "articles" / "wildfire.txt").read_text(encoding="utf-8")
    result = run_cli("extract", "-", stdin=body)
    assert result.returncode == 0, result.stderr
    claims = json.loads(result.stdout)["claims"]
    assert claims and {"figure", "quote", "attribution"} >= {claim["type"] for claim in claims}
    for claim in claims:
        assert body[claim["start"]:claim["end"]] == claim["text"]


def test_extract_of_binary_junk_prints_an_empty_or_valid_list(tmp_path):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 50)
    result = run_cli("extract", str(junk))
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(result.stdout)["claims"], list)


def test_index_install_status_and_migrate(make_app):
    app = make_app()  # registers the prefix for clean-up
    prefix = app.config["FACTCHECK_INDEX_PREFIX"]
    environ = {"FACTCHECK_INDEX_PREFIX": prefix, "FACTCHECK_ES_URL": app.config["FACTCHECK_ES_URL"]}
    status = run_cli("index", "status", **environ)
    assert status.returncode == 0 and status.stdout.count("(missing)") == len(mappings.INDEX_NAMES)
    assert run_cli("index", "install", **environ).returncode == 0
    status = run_cli("index", "status", **environ)
    assert status.stdout.count("(current)") == len(mappings.INDEX_NAMES), status.stdout
    migrated = run_cli("index", "migrate", "claims", **environ)
    assert migrated.returncode == 0 and "already current" in migrated.stdout
    assert get_store(app).readiness()[0]


def test_index_migrate_rejects_unknown_names():
    result = run_cli("index", "migrate", "nonsense")
    assert result.returncode == 2 and "unknown index nonsense" in result.stderr


@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"], ["search-node", "--help"]])
def test_help_exits_cleanly(args):
    assert run_cli(*args).returncode == 0
