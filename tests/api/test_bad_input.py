"""Every kind of bad request answers 4xx problem+json, never 500, on every endpoint with a body."""
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ENDPOINTS = {
    "/v1/articles": {"body": "Some 40 buses were late, the operator said.", "source": "Metro Desk"},
    "/v1/extract": {"body": "Some 40 buses were late, the operator said."},
}
JSON = "application/json"


def post(client, path, data, content_type=JSON):
    return client.post(path, data=data, content_type=content_type)


@pytest.fixture(params=sorted(ENDPOINTS))
def endpoint(request):
    return request.param


@pytest.mark.parametrize("data", [
    b"{", b"{'body': 'x'}", b'{"body": "x",}', b"body=x", b'{"body": "x"} trailing', b"nul\x00l",
    b'{"body": NaN}', b'{"body": Infinity}', b"[" * 100_000 + b"]" * 100_000,
], ids=["unclosed", "single-quotes", "trailing-comma", "form", "trailing-data", "nul", "nan", "infinity",
        "deep-nesting"])
def test_malformed_json_is_400(client, endpoint, assert_problem, data):
    problem = assert_problem(post(client, endpoint, data), 400)
    assert problem["type"] == "/problems/invalid-body"


@pytest.mark.parametrize("data", [b"", b"   ", b"\n\r\n"], ids=["empty", "spaces", "newlines"])
def test_empty_body_is_400(client, endpoint, assert_problem, data):
    problem = assert_problem(post(client, endpoint, data), 400)
    assert "empty" in problem["detail"]


@pytest.mark.parametrize("content_type", [
    "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml",
    "application/json; charset=latin-1", "application/jsonx", None,
])
def test_wrong_content_type_is_415(client, endpoint, assert_problem, content_type):
    data = json.dumps(ENDPOINTS[endpoint]).encode()
    problem = assert_problem(client.post(endpoint, data=data, content_type=content_type), 415)
    assert problem["type"] == "/problems/unsupported-media-type"


@pytest.mark.parametrize("data", [
    b'{"body": "caf\xe9"}', b'{"body": "\xff\xfe"}', b'\xc3\x28', b'{"body": "\xed\xa0\x80"}',
], ids=["latin-1", "bom-bytes", "bad-continuation", "encoded-surrogate"])
def test_invalid_utf8_is_400(client, endpoint, assert_problem, data):
    problem = assert_problem(post(client, endpoint, data), 400)
    assert "UTF-8" in problem["detail"]


def test_binary_junk_is_400(client, endpoint, assert_problem):
    junk = bytes(range(256)) * 16
    assert_problem(post(client, endpoint, junk), 400)
    assert_problem(post(client, endpoint, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "application/json"), 400)


def test_unpaired_surrogate_escape_is_400(client, endpoint, assert_problem):
    data = dict(ENDPOINTS[endpoint], body="broken \\ud800 text")
    raw = json.dumps(data).replace("\\\\ud800", "\\ud800").encode()
    problem = assert_problem(post(client, endpoint, raw), 400)
    assert "surrogate" in problem["detail"]


@pytest.mark.parametrize("data", [[], ["body"], "body", 42, True, None],
                         ids=["array", "array-of-string", "string", "number", "boolean", "null"])
def test_top_level_not_an_object_is_400(client, endpoint, assert_problem, data):
    problem = assert_problem(post(client, endpoint, json.dumps(data)), 400)
    assert "JSON object" in problem["detail"]


def test_body_over_the_limit_is_413(client, app, endpoint, assert_problem):
    limit = app.config["FACTCHECK_MAX_CONTENT_LENGTH"]
    data = json.dumps(dict(ENDPOINTS[endpoint], body="x" * limit)).encode()
    problem = assert_problem(post(client, endpoint, data), 413)
    assert str(limit) in problem["detail"]


def test_limit_is_configurable(make_app, endpoint, assert_problem):
    app = make_app(FACTCHECK_MAX_CONTENT_LENGTH=64)
    data = json.dumps(dict(ENDPOINTS[endpoint], body="y" * 100)).encode()
    assert_problem(post(app.test_client(), endpoint, data), 413)


def validation_errors(response, assert_problem):
    problem = assert_problem(response, 400)
    assert problem["type"] == "/problems/validation-error"
    assert isinstance(problem["errors"], dict)
    return problem["errors"]


def test_missing_fields_are_named(client, endpoint, assert_problem):
    errors = validation_errors(client.post(endpoint, json={}), assert_problem)
    assert set(errors) == {field for field in ("body", "source") if field in ENDPOINTS[endpoint]}
    assert errors["body"] == ["Missing data for required field."]


def test_unknown_fields_are_rejected(client, endpoint, assert_problem):
    errors = validation_errors(client.post(endpoint, json=dict(ENDPOINTS[endpoint], author="X")), assert_problem)
    assert errors == {"author": ["Unknown field."]}


@pytest.mark.parametrize("value", ["", " ", "\n\t  \u00a0\u2003"], ids=["empty", "space", "mixed-whitespace"])
def test_blank_body_is_rejected(client, endpoint, assert_problem, value):
    errors = validation_errors(client.post(endpoint, json=dict(ENDPOINTS[endpoint], body=value)), assert_problem)
    assert set(errors) == {"body"}


@pytest.mark.parametrize("value", [None, 42, 4.2, True, ["text"], {"text": "x"}],
                         ids=["null", "int", "float", "bool", "list", "object"])
def test_wrong_body_type_is_rejected(client, endpoint, assert_problem, value):
    errors = validation_errors(client.post(endpoint, json=dict(ENDPOINTS[endpoint], body=value)), assert_problem)
    assert set(errors) == {"body"}


@pytest.mark.parametrize("field, value", [
    ("source", None), ("source", 7), ("source", "   "), ("source", "s" * 301),
    ("title", 3), ("title", ["a"]),
    ("url", "not a url"), ("url", "ftp://example.com/a"), ("url", 12), ("url", "https://" + "a" * 2100 + ".com"),
    ("published_at", "yesterday"), ("published_at", "2025-13-01"), ("published_at", 20250623),
    ("published_at", "2025-06-23T25:00:00"), ("published_at", ""),
    ("language", "english language"), ("language", "e"), ("language", 1),
])
def test_invalid_article_fields_are_rejected(client, assert_problem, field, value):
    data = dict(ENDPOINTS["/v1/articles"], **{field: value})
    errors = validation_errors(client.post("/v1/articles", json=data), assert_problem)
    assert set(errors) == {field}


@pytest.mark.parametrize("path, method", [
    ("/v1/articles", "get"), ("/v1/articles", "delete"), ("/v1/extract", "get"), ("/v1/articles/abc", "post"),
    ("/healthz", "post"), ("/readyz", "put"),
])
def test_wrong_method_is_405_with_allow(client, assert_problem, path, method):
    response = getattr(client, method)(path)
    assert_problem(response, 405)
    assert response.headers["Allow"]


@pytest.mark.parametrize("path", ["/", "/v1", "/v2/articles", "/v1/articles/a/b", "/v1/claimz"])
def test_unknown_path_is_404(client, assert_problem, path):
    assert_problem(client.get(path), 404)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300))
def test_random_bytes_never_answer_500(client, data):
    response = post(client, "/v1/extract", data)
    assert response.status_code < 500
    if response.status_code >= 400:
        assert response.mimetype == "application/problem+json"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=10,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=st.dictionaries(st.sampled_from(["body", "source", "title", "url", "published_at", "language",
                                                 "extra"]), json_values, max_size=6))
def test_random_documents_never_answer_500(client, document):
    document.pop("body", None)  # without a body nothing is stored and no extraction runs
    response = client.post("/v1/articles", json=document)
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"


def test_chunked_body_over_the_limit_is_413(make_app, endpoint, assert_problem):
    app = make_app(FACTCHECK_MAX_CONTENT_LENGTH=1000)
    data = json.dumps(dict(ENDPOINTS[endpoint], body="z " * 1000)).encode()
    response = app.test_client().post(endpoint, input_stream=io.BytesIO(data), content_type=JSON,
                                      headers={"Transfer-Encoding": "chunked"},
                                      environ_overrides={"wsgi.input_terminated": True})
    assert_problem(response, 413)
