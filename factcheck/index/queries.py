"""Query bodies for the search engine, built from validated values only.

Pure functions: no client here. User text only ever reaches the engine inside ``match``-family queries,
which analyse it as plain words: no query-string or Lucene syntax is parsed from what a user typed.
"""
from __future__ import annotations

import base64
import json

from factcheck.extract.figures import unit_spellings

# Claim fields searched by ``q``, with their weights.
CLAIM_TEXT_FIELDS = ("text^3", "figure.subject^2", "speaker^2", "quote.content", "sentence")
CLAIM_HIGHLIGHT_FIELDS = ("text", "sentence", "figure.subject", "quote.content")
CLAIM_FACETS = {"type": "type", "source": "source", "speaker": "speaker.keyword", "unit": "figure.unit"}
FACET_SIZE = 20


class InvalidCursor(ValueError):
    """A paging cursor that this service did not issue (or that was altered)."""


def encode_cursor(sort_values):
    """An opaque cursor for the page after the hit with these sort values."""
    return base64.urlsafe_b64encode(json.dumps(sort_values, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor):
    """The sort values inside a cursor; InvalidCursor when it is not one of ours."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, TypeError) as error:
        raise InvalidCursor("the cursor is not valid; use the `next` value of a previous page") from error
    if not isinstance(values, list) or not all(isinstance(v, (str, int, float)) for v in values):
        raise InvalidCursor("the cursor is not valid; use the `next` value of a previous page")
    return values


def _term(field, value):
    return {"term": {field: value}}


def claim_search(params):
    """The search body for ``GET /v1/claims`` from validated parameters.

    Sorted by relevance when ``q`` is given, newest first otherwise; the claim id breaks ties, so
    ``search_after`` paging is stable.
    """
    filters = []
    if params.get("type"):
        filters.append(_term("type", params["type"]))
    if params.get("speaker"):
        filters.append(_term("speaker.normalized", params["speaker"].lower()))
    if params.get("source"):
        filters.append(_term("source.normalized", params["source"].lower()))
    if params.get("unit"):
        filters.append({"terms": {"figure.unit": sorted(unit_spellings(params["unit"]))}})
    if params.get("article_id"):
        filters.append(_term("article_id", params["article_id"]))
    value_range = {key: params[name] for key, name in (("gte", "min_value"), ("lte", "max_value"))
                   if params.get(name) is not None}
    if value_range:
        filters.append({"range": {"figure.value": value_range}})
    date_range = {key: params[name].isoformat() for key, name in (("gte", "date_from"), ("lte", "date_to"))
                  if params.get(name) is not None}
    if date_range:
        filters.append({"range": {"published_at": date_range}})
    must = []
    if params.get("q"):
        must.append({"multi_match": {"query": params["q"], "fields": list(CLAIM_TEXT_FIELDS),
                                     "type": "cross_fields", "operator": "and"}})
    sort = ([{"_score": "desc"}] if params.get("q") else [{"published_at": {"order": "desc", "missing": "_last"}}])
    sort.append({"id": "asc"})
    body = {
        "query": {"bool": {"filter": filters, "must": must or [{"match_all": {}}]}},
        "sort": sort,
        "size": params["size"],
        "track_total_hits": True,
        "highlight": {"fields": {field: {} for field in CLAIM_HIGHLIGHT_FIELDS},
                      "pre_tags": ["<em>"], "post_tags": ["</em>"]},
        "aggs": {name: {"terms": {"field": field, "size": FACET_SIZE}} for name, field in CLAIM_FACETS.items()},
    }
    if params.get("cursor"):
        body["search_after"] = decode_cursor(params["cursor"])
    return body


def figure_candidates(claim, subject, units, published_between, size, or_same_value=False):
    """Figures from other sources that may measure what ``claim`` measures: one of ``units`` (the
    claim's unit and its synonyms; empty for figures without a unit), or with ``or_same_value`` the
    claim's value in any unit (an amount whose currency slipped), a word of ``subject`` (the claim's
    subject with synonyms) or the same measure, published within ``published_between`` (two dates, or
    None for any time). An index query, so the cost does not grow with the square of the corpus."""
    figure = claim["figure"]
    filters = [_term("type", "figure")]
    if units and or_same_value:
        filters.append({"bool": {"should": [{"terms": {"figure.unit": sorted(units)}},
                                            {"term": {"figure.value": figure["value"]}}],
                                 "minimum_should_match": 1}})
    elif units:
        filters.append({"terms": {"figure.unit": sorted(units)}})
    else:
        filters.append({"bool": {"must_not": {"exists": {"field": "figure.unit"}}}})
    if published_between:
        earliest, latest = published_between
        filters.append({"range": {"published_at": {"gte": earliest.isoformat(), "lte": latest.isoformat()}}})
    must_not = [_term("article_id", claim["article_id"])]
    if claim.get("source"):
        must_not.append(_term("source.normalized", claim["source"].lower()))
    # Shared subject words, or the same kind of quantity ("will cost" and "a $1.2 billion stadium" share
    # no word but both give a price).
    alike = []
    if subject:
        alike.append({"match": {"figure.subject": {"query": subject}}})
    if figure.get("measure"):
        alike.append(_term("figure.measure", figure["measure"]))
    return {
        "query": {"bool": {
            "filter": filters,
            "must_not": must_not,
            "should": alike,
            "minimum_should_match": 1,
        }},
        "size": size,
        "sort": [{"_score": "desc"}, {"id": "asc"}],
    }


def figures_of_articles(article_ids, per_article):
    """The figure claims of the given articles (at most ``per_article`` each), article by article in
    body order."""
    return {
        "query": {"bool": {"filter": [_term("type", "figure"), {"terms": {"article_id": sorted(article_ids)}}]}},
        "size": len(article_ids) * per_article,
        "sort": [{"article_id": "asc"}, {"start": "asc"}, {"id": "asc"}],
    }


def conflict_search(params):
    """The search body for ``GET /v1/conflicts`` from validated parameters (newest first)."""
    filters = [_term("kind", params.get("kind") or "contradiction")]
    if params.get("article_id"):
        filters.append(_term("article_ids", params["article_id"]))
    if params.get("claim_id"):
        filters.append(_term("claim_ids", params["claim_id"]))
    if params.get("source"):
        filters.append(_term("sources", params["source"].lower()))
    if params.get("status"):
        filters.append(_term("status", params["status"]))
    if params.get("since"):
        filters.append({"range": {"detected_at": {"gte": params["since"].isoformat()}}})
    must = []
    if params.get("q"):
        must.append({"multi_match": {"query": params["q"], "fields": ["subject^2", "explanation"],
                                     "operator": "and"}})
    body = {
        "query": {"bool": {"filter": filters, "must": must or [{"match_all": {}}]}},
        "sort": [{"detected_at": "desc"}, {"id": "asc"}],
        "size": params["size"],
        "track_total_hits": True,
    }
    if params.get("cursor"):
        body["search_after"] = decode_cursor(params["cursor"])
    return body

