"""The committed OpenAPI document is the one the code generates, and it covers every view."""
import json
from pathlib import Path

from factcheck.api.openapi import build_openapi

COMMITTED = Path(__file__).resolve().parents[2] / "schemas" / "openapi.json"


def test_committed_openapi_document_is_current():
    with open(COMMITTED, encoding="utf-8") as handle:
        committed = json.load(handle)
    assert committed == build_openapi(), (
        "schemas/openapi.json is stale: run `factcheck openapi > schemas/openapi.json` and commit it")


def test_every_api_route_is_documented_with_a_summary(app):
    document = build_openapi(app)
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = rule.rule.replace("<", "{").replace(">", "}")
        assert path in document["paths"], rule.rule
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            operation = document["paths"][path][method.lower()]
            assert operation["summary"], (rule.rule, method)
            assert "500" in operation["responses"]


def test_request_bodies_forbid_unknown_fields():
    schemas = build_openapi()["components"]["schemas"]
    assert schemas["ArticleRequest"]["additionalProperties"] is False
    assert schemas["ExtractRequest"]["additionalProperties"] is False
    assert schemas["ArticleRequest"]["required"] == ["body", "source"]


def test_every_view_has_a_docstring(app):
    for endpoint, view in app.view_functions.items():
        if endpoint != "static":
            assert (view.__doc__ or "").strip(), endpoint
