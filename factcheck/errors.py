"""One error shape for the whole API: RFC 9457 problem details, ``application/problem+json``.

Every error answer has ``type``, ``title``, ``status`` and ``detail``; validation errors add ``errors``
(field name -> list of messages, nested for nested fields). ``type`` is ``about:blank`` for plain HTTP
errors (the title is then the HTTP reason phrase) and a ``/problems/<name>`` reference for the
problems factcheck defines itself.

Mapping of failures: HTTP errors keep their status; marshmallow ``ValidationError`` and bad bodies are
400; an unreachable engine or missing indices 503; an engine rejecting a query the user wrote 400;
anything else is logged with its stack trace and answered with a generic 500 that reveals nothing.
"""
from __future__ import annotations

import logging

from flask import current_app, json, request
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.http import HTTP_STATUS_CODES

from factcheck.index.client import EngineBadRequest, EngineNotFound, EngineUnavailable
from factcheck.index.store import ArticleInFlight

log = logging.getLogger(__name__)

PROBLEM_MIMETYPE = "application/problem+json"

# The problem types factcheck defines: name -> (title, what it means and what to do). Each is also
# served as documentation at its ``type`` reference, ``GET /problems/<name>``.
PROBLEM_TYPES = {
    "invalid-body": ("The request body is not valid JSON for this endpoint",
                     "The body is empty, not UTF-8, not JSON, or not a JSON object. Send one UTF-8 JSON "
                     "object."),
    "validation-error": ("The request has invalid fields",
                         "`errors` maps each field to what is wrong with it: missing, wrong type, invalid "
                         "value, or unknown (unknown fields are rejected)."),
    "unsupported-media-type": ("The request body must be application/json",
                               "Send Content-Type: application/json (UTF-8)."),
    "engine-unavailable": ("The search engine is unavailable",
                           "Elasticsearch cannot be reached or refused the service's credentials. Retry "
                           "after Retry-After seconds; operators: check /readyz and FACTCHECK_ES_*."),
    "not-ready": ("The service is not ready",
                  "The search engine is down or its indices are missing; `checks` says which."),
    "invalid-query": ("The search engine rejected the query",
                      "The query text could not be parsed; simplify it."),
    "article-in-flight": ("The article is being stored by another request",
                          "Another request is storing an article with the same url right now. Retry "
                          "after Retry-After seconds to get it."),
}

class Problem(Exception):
    """An error answer raised from a view: ``raise Problem(404, detail=...)``.

    ``name`` selects one of ``PROBLEM_TYPES``; without it the type is ``about:blank``. Extra keyword
    arguments become extension members of the problem document.
    """

    def __init__(self, status, detail=None, name=None, errors=None, headers=None, **extensions):
        super().__init__(detail or HTTP_STATUS_CODES.get(status, ""))
        self.status = status
        self.detail = detail
        self.name = name
        self.errors = errors
        self.headers = headers or {}
        self.extensions = extensions


def problem_response(status, detail=None, name=None, errors=None, headers=None, **extensions):
    """A Flask response carrying one problem document."""
    if name is not None:
        document = {"type": f"/problems/{name}", "title": PROBLEM_TYPES[name][0]}
    else:
        document = {"type": "about:blank", "title": HTTP_STATUS_CODES.get(status, "Error")}
    document["status"] = status
    document["detail"] = detail if detail is not None else document["title"]
    if errors is not None:
        document["errors"] = errors
    document["instance"] = request.path if request else None
    document.update(extensions)
    response = current_app.response_class(json.dumps(document), status=status, mimetype=PROBLEM_MIMETYPE)
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def _handle_problem(error):
    return problem_response(error.status, error.detail, error.name, error.errors, error.headers,
                            **error.extensions)


def _handle_http_exception(error):
    if isinstance(error, InternalServerError):
        return _handle_unexpected(error.original_exception or error)
    headers = {}
    if error.code == 405 and getattr(error, "valid_methods", None):
        headers["Allow"] = ", ".join(error.valid_methods)
    if error.code == 413:
        limit = current_app.config.get("MAX_CONTENT_LENGTH")
        return problem_response(413, f"The request body is larger than the limit of {limit} bytes.")
    if error.code == 415:
        return problem_response(415, error.description, name="unsupported-media-type")
    return problem_response(error.code or 500, error.description, headers=headers)


def _handle_validation_error(error):
    messages = error.messages if isinstance(error.messages, dict) else {"_schema": error.messages}
    return problem_response(400, "The request has invalid fields; see errors.", name="validation-error",
                            errors=messages)


def _handle_engine_unavailable(error):
    log.warning("search engine unavailable: %s", error)
    return problem_response(503, "The search engine cannot be reached; try again later.",
                            name="engine-unavailable", headers={"Retry-After": "5"})


def _handle_engine_not_found(error):
    # A missing index or alias (documents not found never get here): the service is not ready.
    log.error("search engine index missing: %s", error)
    return problem_response(503, "The search indices are not installed.", name="not-ready",
                            headers={"Retry-After": "5"})


def _handle_engine_bad_request(error):
    # Only views that pass user-written query text set ``user_query``; otherwise it is our bug.
    if getattr(error, "user_query", False):
        return problem_response(400, "The search engine could not parse the query.", name="invalid-query")
    return _handle_unexpected(error)


def _handle_in_flight(error):
    return problem_response(409, "An article with this url is being stored by another request; retry.",
                            name="article-in-flight", headers={"Retry-After": "1"})


def _handle_unexpected(error):
    log.error("unhandled error on %s %s", request.method, request.path, exc_info=error)
    return problem_response(500, "The server failed to answer this request.")


def init_app(app):
    """Register the problem+json handlers for every error the app can meet."""
    app.register_error_handler(Problem, _handle_problem)
    app.register_error_handler(HTTPException, _handle_http_exception)
    app.register_error_handler(ValidationError, _handle_validation_error)
    app.register_error_handler(EngineUnavailable, _handle_engine_unavailable)
    app.register_error_handler(EngineNotFound, _handle_engine_not_found)
    app.register_error_handler(EngineBadRequest, _handle_engine_bad_request)
    app.register_error_handler(ArticleInFlight, _handle_in_flight)
    app.register_error_handler(Exception, _handle_unexpected)
