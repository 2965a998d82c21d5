"""The shared dev set (../shared/eval/conflicts-dev) with the shipped model at the default confidence, offline:
every labelled conflict found, no compatible pair or update flagged. Skipped where the dev set is not beside
the repository. Through the API the same set is scored by ../shared/eval/score.py."""
import pathlib

import pytest

from factcheck.config import defaults
from factcheck.conflicts.model import shipped_model
from factcheck.conflicts.training import score_story

DEV_SET = pathlib.Path(__file__).resolve().parents[3] / "shared" / "eval" / "conflicts-dev"


def test_the_dev_set_is_found_in_full_and_nothing_else_is_flagged():
    if not (DEV_SET / "labels.json").is_file():
        pytest.skip("shared eval data not beside the repository")
    threshold = defaults()["FACTCHECK_CONFLICT_MIN_CONFIDENCE"]
    labelled, found, flagged, compatible, updates = score_story(DEV_SET, shipped_model(), [threshold])[threshold]
    assert (found, flagged, compatible, updates) == (labelled, labelled, 0, 0)
