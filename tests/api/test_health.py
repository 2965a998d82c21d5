"""GET /healthz and GET /readyz."""
from factcheck.index import get_store, mappings


def test_healthz_is_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_healthz_does_not_need_the_engine(unreachable_app):
    assert unreachable_app.test_client().get("/healthz").status_code == 200


def test_readyz_reports_the_engine_and_every_index(client, index_prefix):
    response = client.get("/readyz")
    assert response.status_code == 200
    report = response.get_json()
    assert report["status"] == "ready"
    assert report["engine"]["status"] in ("green", "yellow")
    assert report["indices"] == {f"{index_prefix}-{name}": True for name in mappings.INDEX_NAMES}


def test_readyz_is_503_when_the_engine_is_unreachable(unreachable_app, assert_problem):
    response = unreachable_app.test_client().get("/readyz")
    problem = assert_problem(response, 503)
    assert problem["type"] == "/problems/not-ready"
    assert "engine" in problem["checks"]


def test_readyz_is_503_when_indices_are_missing_and_auto_create_is_off(make_app, assert_problem):
    app = make_app(FACTCHECK_INDEX_AUTO_CREATE=False)
    problem = assert_problem(app.test_client().get("/readyz"), 503)
    assert problem["detail"].startswith("missing indices")
    assert not any(problem["checks"]["indices"].values())


def test_readyz_reinstalls_deleted_indices_when_auto_create_is_on(make_app):
    app = make_app()
    client = app.test_client()
    assert client.get("/readyz").status_code == 200
    store = get_store(app)
    mappings.uninstall(store.engine, store.prefix)
    assert client.get("/readyz").status_code == 200
    assert mappings.missing_aliases(store.engine, store.specs) == []


def test_writes_fail_with_503_not_a_guessed_index_when_indices_vanish(make_app, assert_problem, api_fixture):
    app = make_app()
    client = app.test_client()
    assert client.get("/readyz").status_code == 200
    store = get_store(app)
    mappings.uninstall(store.engine, store.prefix)
    assert_problem(client.post("/v1/articles", json=api_fixture("article_stadium")), 503)
    # Nothing was auto-created under the alias names.
    assert store.engine.index_names(f"{store.prefix}-*") == []
