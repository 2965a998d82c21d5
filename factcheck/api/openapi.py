"""The OpenAPI 3 document, generated from the views' ``@endpoint`` declarations and their schemas.

``schemas/openapi.json`` is this document as committed (``factcheck openapi > schemas/openapi.json``);
a test fails when the two differ.
"""
from __future__ import annotations

import re

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin

from factcheck.api import schemas
from factcheck.errors import PROBLEM_MIMETYPE

OPENAPI_VERSION = "3.0.3"
API_VERSION = "1"

_CONVERTER = re.compile(r"<(?:[a-z_]+:)?([a-z_]+)>")


def _schema_name(schema):
    schema_class = schema if isinstance(schema, type) else type(schema)
    return schema_class.__name__.removesuffix("Schema")


def build_openapi(app=None):
    """The OpenAPI document of ``app`` (a fresh ``create_app()`` by default) as a dict."""
    if app is None:
        from factcheck import create_app

        app = create_app()
    plugin = MarshmallowPlugin(schema_name_resolver=_schema_name)
    spec = APISpec(
        title="factcheck",
        version=API_VERSION,
        openapi_version=OPENAPI_VERSION,
        plugins=[plugin],
        info={"description": "Claim extraction and cross-source fact-checking for newsrooms. Errors are "
                             "RFC 9457 problem details (application/problem+json)."},
    )
    plugin.converter.field_mapping[schemas.DateOrDateTime] = ("string", None)
    plugin.converter.field_mapping[schemas.JSONNumber] = ("number", None)
    plugin.converter.field_mapping[schemas.NonBlankString] = ("string", None)
    spec.components.schema("Problem", schema=schemas.ProblemSchema)

    for rule in sorted(app.url_map.iter_rules(), key=lambda rule: rule.rule):
        declaration = getattr(app.view_functions[rule.endpoint], "openapi", None)
        if declaration is None:
            continue
        path = _CONVERTER.sub(r"{\1}", rule.rule)
        view = app.view_functions[rule.endpoint]
        operations = {}
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            operations[method.lower()] = _operation(rule, view, declaration)
        spec.path(path=path, operations=operations)
    return spec.to_dict()


def _operation(rule, view, declaration):
    summary, _, description = (view.__doc__ or "").strip().partition("\n")
    operation = {
        "operationId": rule.endpoint.replace(".", "_"),
        "summary": summary.strip(),
        "tags": [rule.endpoint.split(".")[0]],
        "responses": {},
    }
    if description.strip():
        operation["description"] = _dedent(description)
    if rule.arguments:
        operation["parameters"] = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
                                   for name in sorted(rule.arguments)]
    if declaration.get("query") is not None:
        operation.setdefault("parameters", []).append({"in": "query", "schema": declaration["query"]})
    if declaration["body"] is not None:
        operation["requestBody"] = {"required": True,
                                    "content": {"application/json": {"schema": declaration["body"]}}}
    if declaration.get("ndjson") is not None:
        operation["requestBody"] = {"required": True, "description": "One JSON object per line.",
                                    "content": {"application/x-ndjson": {"schema": declaration["ndjson"]}}}
    for status, (schema_class, text) in sorted(declaration["responses"].items()):
        operation["responses"][str(status)] = {"description": text}
        if schema_class is not None:
            operation["responses"][str(status)]["content"] = {"application/json": {"schema": schema_class}}
    for status in declaration["problems"]:
        operation["responses"][str(status)] = {"description": _PROBLEM_DESCRIPTIONS.get(status, "Error."),
                                               "content": {PROBLEM_MIMETYPE: {"schema": "Problem"}}}
    return operation


def _dedent(text):
    lines = text.splitlines()
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(line[cut:] for line in lines).strip()


_PROBLEM_DESCRIPTIONS = {
    400: "Invalid body: malformed JSON, invalid UTF-8, or invalid fields (see `errors`).",
    404: "Not found.",
    409: "Another request is storing an article with the same url; retry.",
    413: "The body is larger than FACTCHECK_MAX_CONTENT_LENGTH (or has more lines than FACTCHECK_BULK_MAX_LINES).",
    415: "The body is not application/json in UTF-8.",
    500: "Unexpected server error (logged; no details given).",
    503: "The search engine is unreachable or its indices are missing.",
}
