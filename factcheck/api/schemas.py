"""Marshmallow schemas of the HTTP edge: request bodies (validated, unknown fields rejected) and
responses (serialised, and documented in the OpenAPI document).

Request schemas are named ``...RequestSchema``; everything else describes a response.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from marshmallow import EXCLUDE, RAISE, Schema, ValidationError, fields, validate, validates_schema

from factcheck.index.queries import InvalidCursor, decode_cursor

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
    source = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=300),
                           metadata={"description": "Who published it: claims come from the body only, but "
                                                    "the outlet and title may say whose dollars it counts."})
    title = fields.String(allow_none=True, load_default=None, validate=validate.Length(max=2000))


MAX_PAGE_SIZE = 500
CLAIM_TYPES = ("quote", "figure", "attribution")
CONFLICT_STATUSES = ("open", "confirmed", "dismissed")
CONFLICT_KINDS = ("contradiction", "update")


def _valid_cursor(value):
    try:
        decode_cursor(value)
    except InvalidCursor as error:
        raise ValidationError(str(error)) from None


class PagingArgumentsSchema(StrictSchema):
    """Paging shared by the list endpoints: a page size and the opaque ``next`` cursor of a page."""

    size = fields.Integer(load_default=20, validate=validate.Range(min=1, max=MAX_PAGE_SIZE),
                          metadata={"description": f"Items per page, 1 to {MAX_PAGE_SIZE}."})
    cursor = fields.String(load_default=None, validate=[validate.Length(max=2000), _valid_cursor],
                           metadata={"description": "The `next` value of the previous page."})


def _search_text(**kwargs):
    return fields.String(load_default=None, validate=[validate.Length(min=1, max=500)], **kwargs)


class ClaimSearchArgumentsSchema(PagingArgumentsSchema):
    """Query arguments of ``GET /v1/claims``. ``q`` is matched as plain words (no query syntax)."""

    q = _search_text(metadata={"description": "Words to find in the claim, its sentence, subject or speaker."})
    type = fields.String(load_default=None, validate=validate.OneOf(CLAIM_TYPES))
    speaker = _search_text(metadata={"description": "Exact speaker name (case-insensitive)."})
    source = _search_text(metadata={"description": "Exact source name (case-insensitive)."})
    unit = fields.String(load_default=None, validate=validate.Length(min=1, max=100),
                         metadata={"description": "Figure unit: ISO 4217 code, %, or a counted noun."})
    min_value = fields.Float(load_default=None, allow_nan=False)
    max_value = fields.Float(load_default=None, allow_nan=False)
    date_from = fields.Date(load_default=None, data_key="from",
                            metadata={"description": "Published on or after this date (YYYY-MM-DD)."})
    date_to = fields.Date(load_default=None, data_key="to",
                          metadata={"description": "Published on or before this date (YYYY-MM-DD)."})
    article_id = fields.String(load_default=None, validate=validate.Length(min=1, max=100))

    @validates_schema
    def _ranges_in_order(self, data, **kwargs):
        errors = {}
        if data.get("min_value") is not None and data.get("max_value") is not None \
                and data["min_value"] > data["max_value"]:
            errors["min_value"] = ["Must not be greater than max_value."]
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            errors["from"] = ["Must not be after `to`."]
        if errors:
            raise ValidationError(errors)


class ConflictSearchArgumentsSchema(PagingArgumentsSchema):
    """Query arguments of ``GET /v1/conflicts``: contradictions unless ``kind=update``."""

    article_id = fields.String(load_default=None, validate=validate.Length(min=1, max=100))
    claim_id = fields.String(load_default=None, validate=validate.Length(min=1, max=200))
    source = _search_text(metadata={"description": "Conflicts involving this source (case-insensitive)."})
    q = _search_text(metadata={"description": "Words to find in the subject or explanation."})
    status = fields.String(load_default=None, validate=validate.OneOf(CONFLICT_STATUSES))
    kind = fields.String(load_default="contradiction", validate=validate.OneOf(CONFLICT_KINDS))
    since = fields.AwareDateTime(load_default=None, format="iso", metadata={
        "description": "Only conflicts detected at or after this time (ISO 8601 with a time zone)."})


class ConflictReviewRequestSchema(StrictSchema):
    """A fact-checker's verdict on a conflict."""

    status = fields.String(required=True, validate=validate.OneOf(CONFLICT_STATUSES))
    note = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=5000),
                         metadata={"description": "Why it was confirmed or dismissed."})


class ReviewerRequestSchema(StrictSchema):
    """The newsroom publishing a review."""

    name = NonBlankString(required=True, validate=[validate.Length(max=300)])
    url = fields.Url(load_default=None, allow_none=True, schemes={"http", "https"})


class ClaimReviewRequestSchema(StrictSchema):
    """A fact-checker's verdict on one claim, to be published as schema.org ClaimReview."""

    rating = NonBlankString(required=True, validate=[validate.Length(max=100)],
                            metadata={"description": "The verdict in words: \"False\", \"Misleading\", \"Correct\"."})
    rating_value = fields.Integer(load_default=None, allow_none=True, validate=validate.Range(min=1, max=5),
                                  metadata={"description": "1 (false) to 5 (true), when the newsroom uses a scale."})
    reviewer = fields.Nested(ReviewerRequestSchema, required=True)
    url = fields.Url(load_default=None, allow_none=True, schemes={"http", "https"},
                     metadata={"description": "Where the review is published."})
    date_published = fields.Date(load_default=None, allow_none=True,
                                 metadata={"description": "Publication date of the review (default: today)."})


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
    measure = fields.String(allow_none=True,
                            metadata={"description": "Extension: the kind of quantity the words around the "
                                                     "number name (cost, revenue, funding, deaths, ...)."})


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
    updated_at = fields.String(allow_none=True, metadata={
        "description": "Extension: when a new body under the same url last replaced it (null if never)."})
    claim_count = fields.Integer()


class ArticleWithClaimsSchema(ResponseSchema):
    """An article and the claims extracted from it."""

    article = fields.Nested(ArticleSchema)
    claims = fields.List(fields.Nested(ClaimSchema))


class DifferenceSchema(ResponseSchema):
    """How far apart two figures are."""

    absolute = JSONNumber(metadata={"type": "number"})
    relative = fields.Float(metadata={"description": "absolute / the larger value, 0..1."})


class ConflictSchema(ResponseSchema):
    """Two figures from different sources that disagree about the same quantity."""

    id = fields.String()
    kind = fields.String(metadata={"enum": list(CONFLICT_KINDS)})
    subject = fields.String()
    claims = fields.List(fields.Nested(ClaimSchema), metadata={"description": "The two claims, earlier first."})
    difference = fields.Nested(DifferenceSchema)
    reason = fields.String(metadata={"enum": ["different_date", "target_vs_actual", "total_vs_part", "rounding",
                                              "unit", "scale", "unexplained"]})
    explanation = fields.String()
    confidence = fields.Float(allow_none=True, metadata={
        "description": "Extension: how likely (0..1) the pair model finds it that the two figures measure the "
                       "same quantity; null for conflicts stored before it was recorded."})
    status = fields.String(metadata={"enum": list(CONFLICT_STATUSES)})
    detected_at = fields.String()
    updated_at = fields.String(metadata={"description": "Extension: last change of status."})
    note = fields.String(allow_none=True, metadata={"description": "Extension: the reviewer's note."})


class ArticleSubmissionSchema(ArticleWithClaimsSchema):
    """A stored article, its claims and the conflicts its figures are part of."""

    conflicts = fields.List(fields.Nested(ConflictSchema),
                            metadata={"description": "Extension: conflicts found for this article's figures."})


class BulkLineResultSchema(ResponseSchema):
    """What happened to one line of a bulk request."""

    line = fields.Integer(metadata={"description": "1-based line number in the request body."})
    status = fields.Integer(metadata={"description": "201 stored, 200 already stored (or updated in place), "
                                                     "4xx/5xx failed (see problem)."})
    article_id = fields.String(allow_none=True)
    claim_count = fields.Integer(allow_none=True)
    conflict_count = fields.Integer(allow_none=True, metadata={"description": "Conflicts of this article."})
    problem = fields.Nested("ProblemSchema", allow_none=True)


class BulkResultSchema(ResponseSchema):
    """Per-line results of a bulk request, in line order, with counts."""

    items = fields.List(fields.Nested(BulkLineResultSchema))
    created = fields.Integer()
    existing = fields.Integer(metadata={"description": "Already stored, or updated in place."})
    failed = fields.Integer()


class FacetSchema(ResponseSchema):
    """One value of a facet and how many matching claims have it."""

    value = fields.String()
    count = fields.Integer()


class ClaimHitSchema(ClaimSchema):
    """A claim found by search, with highlighted fragments."""

    highlights = fields.Dict(keys=fields.String(), values=fields.List(fields.String()),
                             metadata={"description": "Field -> fragments with <em> around matches."})


class ClaimSearchSchema(ResponseSchema):
    """A page of claims."""

    items = fields.List(fields.Nested(ClaimHitSchema))
    total = fields.Integer()
    next = fields.String(allow_none=True, metadata={"description": "Cursor of the next page; null at the end."})
    facets = fields.Dict(keys=fields.String(), values=fields.List(fields.Nested(FacetSchema)),
                         metadata={"description": "type, source, speaker, unit -> values with counts."})


class ClaimWithConflictsSchema(ResponseSchema):
    """One claim and the conflicts it is part of."""

    claim = fields.Nested(ClaimSchema)
    conflicts = fields.List(fields.Nested(ConflictSchema))


class ClaimReviewSchema(ResponseSchema):
    """A schema.org ClaimReview (JSON-LD); its full shape is schemas/claimreview.json."""

    context = fields.String(attribute="@context", data_key="@context")
    type = fields.String(attribute="@type", data_key="@type")
    url = fields.String()
    datePublished = fields.String()
    claimReviewed = fields.String()
    itemReviewed = fields.Dict()
    reviewRating = fields.Dict()
    author = fields.Dict()


class ConflictListSchema(ResponseSchema):
    """A page of conflicts."""

    items = fields.List(fields.Nested(ConflictSchema))
    total = fields.Integer()
    next = fields.String(allow_none=True)


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
