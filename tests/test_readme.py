"""The README stays true to the code it describes."""
from pathlib import Path

from factcheck.config import SETTINGS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented():
    missing = [setting.name for setting in SETTINGS if f"`{setting.name}`" not in README]
    assert missing == []


def test_the_two_commands_are_the_ones_ci_runs():
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert "make run" in README and "make test" in README
    assert "make test" in ci
