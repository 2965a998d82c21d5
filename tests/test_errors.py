"""The problem+json error family: unexpected failures answer a generic 500 and are logged."""
import logging

from factcheck.errors import Problem


def test_unexpected_error_is_a_generic_500_and_logged(make_app, assert_problem, caplog):
    app = make_app()

    @app.get("/boom")
    def boom():
        """Fails on purpose."""
        raise RuntimeError("secret internal detail")

    with caplog.at_level(logging.ERROR, logger="factcheck.errors"):
        response = app.test_client().get("/boom")
    problem = assert_problem(response, 500)
    assert "secret" not in response.get_data(as_text=True)
    assert problem["type"] == "about:blank"
    assert any("secret internal detail" in str(record.exc_info[1]) for record in caplog.records if record.exc_info)


def test_problem_extensions_and_headers(make_app, assert_problem):
    app = make_app()

    @app.get("/teapot")
    def teapot():
        """Answers with a custom problem."""
        raise Problem(418, "short and stout", headers={"X-Kettle": "on"}, spout=1)

    response = app.test_client().get("/teapot")
    problem = assert_problem(response, 418)
    assert problem["spout"] == 1 and problem["instance"] == "/teapot"
    assert response.headers["X-Kettle"] == "on"


def _bad_query_app(make_app, user_query):
    from factcheck.index import get_store

    app = make_app()

    @app.get("/bad-query")
    def bad_query():
        """Sends the engine a query it cannot parse."""
        store = get_store()
        store.ensure_indices()
        store.engine.search(store.alias("claims"), user_query=user_query,
                            query={"query_string": {"query": "text:(unbalanced"}})

    return app


def test_engine_rejecting_a_user_query_is_400(make_app, assert_problem):
    response = _bad_query_app(make_app, user_query=True).test_client().get("/bad-query")
    assert assert_problem(response, 400)["type"] == "/problems/invalid-query"


def test_engine_rejecting_our_own_query_is_500(make_app, assert_problem):
    response = _bad_query_app(make_app, user_query=False).test_client().get("/bad-query")
    assert_problem(response, 500)


def test_every_problem_type_is_documented_at_its_type_reference(client, assert_problem):
    from factcheck.errors import PROBLEM_TYPES

    for name, (title, description) in PROBLEM_TYPES.items():
        response = client.get(f"/problems/{name}")
        assert response.status_code == 200
        assert response.get_json() == {"type": f"/problems/{name}", "title": title, "description": description}
    assert_problem(client.get("/problems/no-such-problem"), 404)
