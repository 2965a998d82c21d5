"""Marshmallow schemas of the HTTP edge: request bodies (validated, unknown fields rejected) and
responses (serialised, and documented in the OpenAPI document).

Request schemas are named ``...RequestSchema``; everything else describes a response.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from marshmallow import EXCLUDE, RAISE, Schema, ValidationError, fields, validate

# Language tags as in BCP 47, loosely: "en", "en-GB", "pt-BR", "zh-Hant-TW".
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def _not_blank(value):
    if not value.strip():
        raise ValidationError("Must not be empty or only whitespace.")


class NonBlankString(fields.String):
    """A string with at least one non-whitespace character."""

    def __init__(self, **kwargs):
        validators = list(kwargs.pop("validate", None) or [])
        # For the OpenAPI document: at least one character that is not whitespace.
        metadata = {"minLength": 1, "pattern": r"\S", **kwargs.pop("metadata", {})}
        super().__init__(validate=[_not_blank, *validators], metadata=metadata, **kwargs)


class DateOrDateTime(fields.Field):
    """An ISO 8601 date (``2025-06-23``) or date-time (``2025-06-23T08:30:00Z``), kept as an ISO string.

    News often has only a day, so a date is not widened to a midnight time stamp.
    """

    default_error_messages = {"invalid": "Not a valid ISO 8601 date or date-time."}

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str) or not value.strip() or len(value) > 64:
            raise self.make_error("invalid")
        text = value.strip()
        try:
            if len(text) <= 10:
                return date.fromisoformat(text).isoformat()
            return datetime.fromisoformat(text).isoformat()
        except ValueError:
            raise self.make_error("invalid") from None

    def _serialize(self, value, attr, obj, **kwargs):
        return value


class JSONNumber(fields.Field):
    """A number written as stored: integers stay integers (``78``, not ``78.0``)."""

    def _serialize(self, value, attr, obj, **kwargs):
        return value


class StrictSchema(Schema):
    """Request bodies: unknown fields are an error, not silently dropped."""

    class Meta:
        unknown = RAISE


# -- requests ----------------------------------------------------------------------------------

class ArticleRequestSchema(StrictSchema):
    """An article to store and extract claims from."""

    body = NonBlankString(required=True, metadata={"description": "The article text (plain text)."})
    source = NonBlankString(required=True, validate=[validate.Length(max=300)],
                            metadata={"description": "Who published it, e.g. \"Korea Economic Daily\"."})
    title = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=2000))
    url = fields.Url(allow_none=True, load_default=None, schemes={"http", "https"},
                     validate=validate.Length(max=2048),
                     metadata={"description": "Canonical URL; resubmitting it returns the stored article."})
    published_at = DateOrDateTime(allow_none=True, load_default=None,
                                  metadata={"description": "ISO 8601 date or date-time of publication."})
    language = fields.String(allow_none=True, load_default=None,
                             validate=[validate.Length(max=35), validate.Regexp(_LANGUAGE_TAG)],
                             metadata={"description": "BCP 47 language tag, e.g. \"en\"."})


class ExtractRequestSchema(StrictSchema):
    """Text to extract claims from, without storing anything."""

    body = NonBlankString(required=True, metadata={"description": "The article text (plain text)."})


# -- responses ---------------------------------------------------------------------------------

class ResponseSchema(Schema):
    """Responses: clients should ignore members they do not know (the API may add some)."""

    class Meta:
        unknown = EXCLUDE


class QuoteSchema(ResponseSchema):
    """What a speaker said."""

    content = fields.String()
    direct = fields.Boolean(metadata={"description": "False for reported speech."})


class FigureSchema(ResponseSchema):
    """A number with its unit, scale, qualifier and what it counts."""

    value = JSONNumber(metadata={"type": "number", "description": "Fully scaled value."})
    unit = fields.String(allow_none=True,
                         metadata={"description": "ISO 4217 code, \"%\", or the counted noun in the singular."})
    qualifier = fields.String(metadata={"enum": ["exact", "approximate", "at_least", "more_than", "at_most",
                                                 "less_than", "range"]})
    low = JSONNumber(allow_none=True, metadata={"type": "number"})
    high = JSONNumber(allow_none=True, metadata={"type": "number"})
    subject = fields.String(allow_none=True, metadata={"description": "What the number measures."})
    raw = fields.String(metadata={"description": "The figure as written."})
    role = fields.String(allow_none=True,
                         metadata={"description": "Extension: total, part, from, to or change."})
    linked = fields.String(allow_none=True,
                           metadata={"description": "Extension: raw text of the other figure of a pair."})


class ClaimSchema(ResponseSchema):
    """One atomic claim; ``text == article.body[start:end]``."""

    id = fields.String(allow_none=True, metadata={"description": "Null from /v1/extract (nothing stored)."})
    article_id = fields.String(allow_none=True)
    type = fields.String(metadata={"enum": ["quote", "figure", "attribution"]})
    text = fields.String()
    start = fields.Integer()
    end = fields.Integer()
    sentence = fields.String()
    source = fields.String(allow_none=True)
    published_at = fields.String(allow_none=True)
    speaker = fields.String(allow_none=True)
    speaker_kind = fields.String(allow_none=True, metadata={
        "enum": ["person", "organization", "document", "anonymous", "second_hand", None]})
    confidence = fields.Float()
    checkworthiness = fields.Float()
    quote = fields.Nested(QuoteSchema, allow_none=True)
    figure = fields.Nested(FigureSchema, allow_none=True)


class ArticleSchema(ResponseSchema):
    """A stored article."""

    id = fields.String()
    url = fields.String(allow_none=True)
    source = fields.String()
    title = fields.String(allow_none=True)
    body = fields.String()
    published_at = fields.String(allow_none=True)
    language = fields.String(allow_none=True)
    created_at = fields.String(metadata={"description": "When factcheck stored it (UTC, ISO 8601)."})
    claim_count = fields.Integer()


class ArticleWithClaimsSchema(ResponseSchema):
    """An article and the claims extracted from it."""

    article = fields.Nested(ArticleSchema)
    claims = fields.List(fields.Nested(ClaimSchema))


class ClaimListSchema(ResponseSchema):
    """Claims extracted from a text."""

    claims = fields.List(fields.Nested(ClaimSchema))


class HealthSchema(ResponseSchema):
    """Liveness: the process answers."""

    status = fields.String(metadata={"enum": ["ok"]})


class ReadinessSchema(ResponseSchema):
    """Readiness: the search engine answers and every index exists."""

    status = fields.String(metadata={"enum": ["ready"]})
    engine = fields.Dict(metadata={"description": "Cluster status, name and node count."})
    indices = fields.Dict(keys=fields.String(), values=fields.Boolean(),
                          metadata={"description": "Alias -> whether it exists."})


class ProblemSchema(ResponseSchema):
    """An error (RFC 9457 problem details), served as application/problem+json."""

    type = fields.String(metadata={"description": "about:blank, or /problems/<name> for factcheck's own."})
    title = fields.String()
    status = fields.Integer()
    detail = fields.String()
    instance = fields.String(metadata={"description": "The request path."})
    errors = fields.Dict(metadata={"description": "Validation errors: field -> list of messages."})


class ProblemTypeSchema(ResponseSchema):
    """Documentation of a problem type."""

    type = fields.String()
    title = fields.String()
    description = fields.String()
