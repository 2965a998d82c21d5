"""The HTTP edge: reading JSON bodies strictly and declaring what a view takes and returns.

``@endpoint(body=..., responses=..., problems=...)`` plays the part of flask-smorest's
``@blp.arguments``/``@blp.response``: the view receives the validated body as its first argument,
returns ``(data, status)`` or ``(data, status, headers)`` and the data is serialised with the schema
declared for that status. The same declaration feeds the OpenAPI document (``factcheck.api.openapi``).
"""
from __future__ import annotations

import functools
import json

from flask import current_app, request
from werkzeug.exceptions import RequestEntityTooLarge

from factcheck.errors import Problem

# Problem statuses every endpoint with a JSON body can answer.
BODY_PROBLEMS = (400, 413, 415)


def _reject_constant(name):
    raise ValueError(f"{name} is not valid JSON")


def _find_lone_surrogate(value, path="body"):
    """The location of a string with an unpaired UTF-16 surrogate (``"\\ud800"``), or None.

    Such strings decode from JSON but cannot be encoded as UTF-8 again, so they must stop here.
    """
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _find_lone_surrogate(key, path) or _find_lone_surrogate(item, f"{path}.{key}")
            if found:
                return found
    if isinstance(value, list):
        for position, item in enumerate(value):
            found = _find_lone_surrogate(item, f"{path}[{position}]")
            if found:
                return found
    return None


def _is_json_type(mimetype):
    return mimetype == "application/json" or (mimetype.startswith("application/") and mimetype.endswith("+json"))


def _read_utf8_body(accepts, expected):
    """The request body as text: 415 unless ``accepts(mimetype)`` and UTF-8, 413 over the size limit,
    400 when empty or not UTF-8. ``expected`` names what the body must be, for the messages."""
    mimetype = request.mimetype or ""
    if not accepts(mimetype):
        shown = mimetype or "none"
        raise Problem(415, f"Content-Type must be {expected}, not {shown}.", name="unsupported-media-type")
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise Problem(415, f"Request bodies must be UTF-8, not {charset}.", name="unsupported-media-type")
    raw = request.get_data(cache=True)  # raises 413 past MAX_CONTENT_LENGTH when Content-Length says so
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if request.content_length is None and limit is not None and len(raw) >= limit:
        # A chunked body is cut at the limit silently; one that reaches it counts as too large.
        raise RequestEntityTooLarge()
    if not raw.strip():
        raise Problem(400, f"The request body is empty; {expected} is required.", name="invalid-body")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Problem(400, f"The request body is not valid UTF-8 (byte {error.start}).", name="invalid-body") from None
    return text[1:] if text.startswith("\ufeff") else text


def parse_json_object(text, what="The request body"):
    """One JSON object from text, or a 400 problem: malformed JSON, NaN/Infinity, nesting too deep,
    unpaired surrogates, or a top level that is not an object."""
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise Problem(400, f"{what} is not valid JSON: {error.msg} (line {error.lineno}, "
                           f"column {error.colno}).", name="invalid-body") from None
    except (ValueError, RecursionError) as error:
        detail = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise Problem(400, f"{what} is not valid JSON: {detail}.", name="invalid-body") from None
    if not isinstance(data, dict):
        raise Problem(400, f"{what} must be a JSON object, not {_json_kind(data)}.", name="invalid-body")
    try:
        bad = _find_lone_surrogate(data)
    except RecursionError:
        raise Problem(400, f"{what} is not valid JSON: nested too deeply.", name="invalid-body") from None
    if bad:
        raise Problem(400, f"{bad} contains an unpaired UTF-16 surrogate escape.", name="invalid-body")
    return data


def read_json_object():
    """The request body as a JSON object, or a 4xx problem saying precisely what is wrong with it.

    415 unless the content type is ``application/json`` (or ``+json``) in UTF-8; 413 over the size
    limit; 400 for an empty body, invalid UTF-8, malformed JSON, unpaired surrogates or a top level
    that is not an object.
    """
    return parse_json_object(_read_utf8_body(_is_json_type, "application/json"))


NDJSON_TYPES = ("application/x-ndjson", "application/ndjson", "application/jsonlines")


def read_ndjson_lines(max_lines):
    """The non-blank lines of an NDJSON body as ``(line number, text)`` pairs; the same 415/413/400
    rules as a JSON body, and 413 past ``max_lines`` lines."""
    text = _read_utf8_body(lambda mimetype: mimetype in NDJSON_TYPES, "application/x-ndjson")
    lines = [(number, line) for number, line in enumerate(text.split("\n"), start=1) if line.strip()]
    if len(lines) > max_lines:
        raise Problem(413, f"At most {max_lines} articles per bulk request; this one has {len(lines)}.")
    return lines


def _json_kind(value):
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    return "a number"


def read_query_arguments():
    """The query string as a flat dict; a parameter given twice is a 400 problem, not a silent pick."""
    repeated = sorted(name for name, values in request.args.lists() if len(values) > 1)
    if repeated:
        raise Problem(400, f"Query parameters may be given once: {', '.join(repeated)}.", name="validation-error",
                      errors={name: ["Given more than once."] for name in repeated})
    return request.args.to_dict(flat=True)


def endpoint(body=None, query=None, ndjson=None, responses=None, problems=()):
    """Declare a view's request body schema, query-argument schema, response schemas by status and
    problem statuses.

    ``responses`` maps a status to ``(schema class, description)``. The view gets the loaded body as
    its first positional argument when ``body`` is given, then the loaded query arguments when
    ``query`` is given. ``ndjson`` (the schema of one line) makes the view take an NDJSON body as
    ``(line number, text)`` pairs instead, validated line by line by the view itself, because one bad
    line is a result for that line, not a failure of the request.
    """
    responses = responses or {}
    all_problems = tuple(sorted(set(problems) | (set(BODY_PROBLEMS) if body or ndjson else set())
                                | ({400} if query else set()) | {500}))

    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            if query is not None:
                args = (query().load(read_query_arguments()), *args)
            if body is not None:
                args = (body().load(read_json_object()), *args)
            if ndjson is not None:
                args = (read_ndjson_lines(current_app.config["FACTCHECK_BULK_MAX_LINES"]), *args)
            result = view(*args, **kwargs)
            data, status, headers = (tuple(result) + (None,))[:3] if isinstance(result, tuple) else (result, 200, None)
            schema_class = responses[status][0]
            if schema_class is None:  # no content (204)
                response = current_app.response_class(status=status)
            else:
                response = current_app.json.response(schema_class().dump(data))
                response.status_code = status
            for key, value in (headers or {}).items():
                response.headers[key] = value
            return response

        wrapper.openapi = {"body": body, "query": query, "ndjson": ndjson, "responses": responses,
                           "problems": all_problems}
        return wrapper

    return decorator
