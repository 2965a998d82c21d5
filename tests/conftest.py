"""Shared fixtures. Integration tests run against the real Elasticsearch node at FACTCHECK_ES_URL
(default http://127.0.0.1:9200) under an index prefix unique to the test session; everything created
under it is deleted at the end. A missing engine fails the tests that need it; it never skips them."""
import json
import uuid
from pathlib import Path

import pytest

from factcheck import create_app
from factcheck.index import get_store, mappings

REPO_ROOT = Path(__file__).resolve().parents[1]
API_FIXTURES = REPO_ROOT / "fixtures" / "api"

# A port nothing listens on: a real, unreachable engine.
UNREACHABLE_ES_URL = "http://127.0.0.1:9"


def unique_prefix(label="fctest"):
    """An index prefix no other test run uses."""
    return f"{label}-{uuid.uuid4().hex[:8]}"


def load_api_fixture(name):
    """A request body from ``fixtures/api/<name>.json``."""
    with open(API_FIXTURES / f"{name}.json", encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="session")
def index_prefix():
    """The index prefix of this test session."""
    return unique_prefix()


@pytest.fixture(scope="session")
def app(index_prefix):
    """The app against the real engine, its indices installed; removed again after the session."""
    app = create_app({"TESTING": True, "FACTCHECK_INDEX_PREFIX": index_prefix})
    store = get_store(app)
    try:
        ready, report = store.readiness()
    except Exception as error:  # report which engine was missing, then fail
        pytest.fail(f"no usable Elasticsearch at {app.config['FACTCHECK_ES_URL']}: {error}")
    assert ready, report
    yield app
    mappings.uninstall(store.engine, index_prefix)
    store.engine.close()


@pytest.fixture
def client(app):
    """A test client of the session app."""
    return app.test_client()


@pytest.fixture
def store(app):
    """The session app's store (articles and claims in the engine)."""
    return get_store(app)


def _app_builder():
    """``(build, apps)``: ``build(**settings)`` makes an app under a fresh prefix; ``_remove(apps)``
    deletes their indices."""
    made = []

    def build(**settings):
        settings.setdefault("TESTING", True)
        settings.setdefault("FACTCHECK_INDEX_PREFIX", unique_prefix())
        extra = create_app(settings)
        made.append(extra)
        return extra

    return build, made


def _remove(apps):
    for extra in apps:
        store = get_store(extra)
        if extra.config["FACTCHECK_ES_URL"] != UNREACHABLE_ES_URL:
            mappings.uninstall(store.engine, store.prefix)
        store.engine.close()


@pytest.fixture
def make_app():
    """Build extra apps with settings overrides; their indices are removed afterwards."""
    build, made = _app_builder()
    yield build
    _remove(made)


@pytest.fixture(scope="module")
def make_module_app():
    """Like ``make_app``, for apps shared by the tests of one module."""
    build, made = _app_builder()
    yield build
    _remove(made)


@pytest.fixture
def unreachable_app(make_app):
    """An app whose engine URL is a closed port (connections are refused)."""
    return make_app(FACTCHECK_ES_URL=UNREACHABLE_ES_URL, FACTCHECK_ES_MAX_RETRIES=0, FACTCHECK_ES_TIMEOUT=2.0)


def _assert_problem(response, status):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/problem+json"
    problem = response.get_json(force=True)
    assert set(problem) >= {"type", "title", "status", "detail"}
    assert problem["status"] == status
    assert isinstance(problem["title"], str) and problem["title"]
    assert isinstance(problem["detail"], str) and problem["detail"]
    assert "Traceback" not in response.get_data(as_text=True)
    return problem


@pytest.fixture
def assert_problem():
    """``assert_problem(response, status)``: check an RFC 9457 problem+json answer, return its document."""
    return _assert_problem


@pytest.fixture
def api_fixture():
    """``api_fixture(name)``: a request body from ``fixtures/api/<name>.json``."""
    return load_api_fixture


@pytest.fixture
def isolated_store(make_app):
    """A store under its own index prefix, installed, empty, removed after the test: for tests whose
    queries must not see documents other tests stored in the session indices."""
    store = get_store(make_app())
    store.ensure_indices()
    return store


@pytest.fixture
def unused_port():
    """A loopback port nothing listens on."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
