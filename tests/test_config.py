"""Settings from the environment."""
import pytest

from factcheck import create_app
from factcheck.config import SETTINGS, defaults, from_environ


def test_defaults():
    settings = from_environ({})
    assert settings == defaults()
    assert settings["FACTCHECK_ES_URL"] == "http://127.0.0.1:9200"
    assert settings["FACTCHECK_INDEX_PREFIX"] == "factcheck"
    assert settings["FACTCHECK_MAX_CONTENT_LENGTH"] == 2 * 1024 * 1024
    assert settings["FACTCHECK_ES_VERIFY_CERTS"] is True


def test_every_setting_is_documented():
    names = [setting.name for setting in SETTINGS]
    assert len(names) == len(set(names))
    for setting in SETTINGS:
        assert setting.name.startswith("FACTCHECK_") and setting.help


@pytest.mark.parametrize("name, raw, expected", [
    ("FACTCHECK_ES_VERIFY_CERTS", "false", False),
    ("FACTCHECK_ES_VERIFY_CERTS", "On", True),
    ("FACTCHECK_ES_TIMEOUT", "2.5", 2.5),
    ("FACTCHECK_MAX_CONTENT_LENGTH", "512KiB", 512 * 1024),
    ("FACTCHECK_MAX_CONTENT_LENGTH", "1000", 1000),
    ("FACTCHECK_INDEX_PREFIX", "staging-2", "staging-2"),
    ("FACTCHECK_ES_API_KEY", "", None),
])
def test_values_are_parsed(name, raw, expected):
    assert from_environ({name: raw})[name] == expected


@pytest.mark.parametrize("name, raw", [
    ("FACTCHECK_ES_VERIFY_CERTS", "maybe"), ("FACTCHECK_ES_TIMEOUT", "0"), ("FACTCHECK_ES_TIMEOUT", "soon"),
    ("FACTCHECK_MAX_CONTENT_LENGTH", "2GB"), ("FACTCHECK_INDEX_PREFIX", "Upper"),
    ("FACTCHECK_INDEX_PREFIX", "-dash"), ("FACTCHECK_INDEX_PREFIX", "a*b"),
])
def test_bad_values_name_the_variable(name, raw):
    with pytest.raises(ValueError, match=name):
        from_environ({name: raw})


def test_create_app_reads_the_environment_and_config_overrides_it(monkeypatch):
    monkeypatch.setenv("FACTCHECK_INDEX_PREFIX", "from-env")
    monkeypatch.setenv("FACTCHECK_MAX_CONTENT_LENGTH", "1KiB")
    app = create_app({"FACTCHECK_INDEX_PREFIX": "from-config"})
    assert app.config["FACTCHECK_INDEX_PREFIX"] == "from-config"
    assert app.config["MAX_CONTENT_LENGTH"] == 1024
