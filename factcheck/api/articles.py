"""``/v1/articles``: store an article (or many) with its claims, read it back, delete it."""
from concurrent.futures import ThreadPoolExecutor

from flask import Blueprint, current_app, url_for

from factcheck.api.edge import endpoint, parse_json_object
from factcheck.api.schemas import ArticleRequestSchema, ArticleSubmissionSchema, BulkResultSchema
from factcheck.conflicts import get_detector
from factcheck.errors import Problem
from factcheck.extract import context_of, extract_claims
from factcheck.index import get_store

# Threads storing the lines of one bulk request.
BULK_WORKERS = 4

# Prefix /v1, not /v1/articles: the bulk route is /v1/articles:bulk, which a prefix would turn into
# /v1/articles/:bulk.
blueprint = Blueprint("articles", __name__, url_prefix="/v1")


@blueprint.post("/articles")
@endpoint(
    body=ArticleRequestSchema,
    responses={201: (ArticleSubmissionSchema, "Stored; the article with its claims and conflicts."),
               200: (ArticleSubmissionSchema, "Already stored (same source and body, or same url): the "
                                              "stored article; a new body under a stored url updates it "
                                              "in place (same id, claims extracted again).")},
    problems=(409, 503),
)
def create_article(fields):
    """Store an article and the claims extracted from it.

    Resubmitting the same article (the same ``url``, or the same ``source`` and ``body``) answers 200
    with the stored article; nothing is duplicated. A new body under a stored ``url`` is an updated
    page: the article keeps its id, its claims are extracted again and its conflicts detected again
    (200, ``updated_at`` set). 409 means another request is storing an article with the same url at
    this moment: retry after the ``Retry-After`` seconds.
    """
    store = get_store()
    submission = store.submit_article(fields, _extractor(fields))
    if submission.created or submission.replaced:
        # The next article's conflict check searches these claims: they must be visible to search.
        store.refresh("claims")
    # Detection also runs for a resubmission: it stores nothing twice, and it completes the work of
    # a first submission whose detection failed after the article was stored.
    conflicts = get_detector().detect(submission.claims)
    location = url_for("articles.get_article", article_id=submission.article["id"])
    status = 201 if submission.created else 200
    body = {"article": submission.article, "claims": submission.claims, "conflicts": conflicts}
    return body, status, {"Location": location}


@blueprint.get("/articles/<article_id>")
@endpoint(responses={200: (ArticleSubmissionSchema, "The article with its claims and conflicts.")},
          problems=(404, 503))
def get_article(article_id):
    """One stored article with its claims, in the order they appear in the body, and the conflicts
    its figures are part of (including those raised by articles stored later)."""
    store = get_store()
    stored = store.get_article(article_id)
    if stored is None:
        raise Problem(404, f"No article with id {article_id!r}.")
    article, claims = stored
    return {"article": article, "claims": claims, "conflicts": store.conflicts_of(article_id=article_id)}, 200


@blueprint.delete("/articles/<article_id>")
@endpoint(responses={204: (None, "Deleted.")}, problems=(404, 503))
def delete_article(article_id):
    """Delete an article with its claims and every conflict resting on them."""
    if not get_store().delete_article(article_id):
        raise Problem(404, f"No article with id {article_id!r}.")
    return None, 204


@blueprint.post("/articles:bulk")
@endpoint(ndjson=ArticleRequestSchema,
          responses={200: (BulkResultSchema, "Per-line results; a failed line does not stop the others.")},
          problems=(503,))
def bulk_articles(lines):
    """Store many articles from an NDJSON body, one article object per line (imports and backfills).

    Each line is handled like ``POST /v1/articles``; its result carries the status that request would
    have had and, for a failed line, the problem document. Conflicts are detected once every line is
    stored, so articles of the same batch are compared with each other too.
    """
    store, schema, detector = get_store(), ArticleRequestSchema(), get_detector()

    def store_line(numbered_line):
        number, text = numbered_line
        try:
            fields = schema.load(parse_json_object(text, f"Line {number}"))
            return store.submit_article(fields, _extractor(fields))
        except Exception as error:  # mapped to a problem below, in the request's own context
            return error

    # Lines are independent: store them concurrently, so the engine round trips overlap.
    with ThreadPoolExecutor(max_workers=BULK_WORKERS) as pool:
        outcomes = list(pool.map(store_line, lines))
    results, stored = [], []
    for (number, _), outcome in zip(lines, outcomes):
        if isinstance(outcome, Exception):  # one mapping of errors to problems: the app's own handlers
            response = current_app.handle_user_exception(outcome)
            results.append({"line": number, "status": response.status_code, "article_id": None,
                            "claim_count": None, "conflict_count": None, "problem": response.get_json(force=True)})
            continue
        result = {"line": number, "status": 201 if outcome.created else 200, "article_id": outcome.article["id"],
                  "claim_count": len(outcome.claims), "conflict_count": None, "problem": None}
        results.append(result)
        stored.append((result, outcome))
    if any(submission.created or submission.replaced for _, submission in stored):
        store.refresh("claims")
    # Detection in parallel too: two articles finding the same pair store it once (create-only ids).
    with ThreadPoolExecutor(max_workers=BULK_WORKERS) as pool:
        found = pool.map(lambda submission: detector.detect(submission.claims), [item[1] for item in stored])
        for (result, _), conflicts in zip(stored, found):
            result["conflict_count"] = len(conflicts)
    failed = sum(1 for result in results if result["problem"] is not None)
    return {"items": results, "created": sum(1 for result in results if result["status"] == 201),
            "existing": sum(1 for result in results if result["status"] == 200), "failed": failed}, 200


def _extractor(fields):
    """Extraction of the article's body that reads its title and outlet for what the body leaves unsaid."""
    context = context_of(fields)
    return lambda body: extract_claims(body, context)
