"""``/v1/articles``: store an article with its claims, read it back."""
from flask import Blueprint, url_for

from factcheck.api.edge import endpoint
from factcheck.api.schemas import ArticleRequestSchema, ArticleSubmissionSchema
from factcheck.conflicts import get_detector
from factcheck.errors import Problem
from factcheck.extract import extract_claims
from factcheck.index import get_store

blueprint = Blueprint("articles", __name__, url_prefix="/v1/articles")


@blueprint.post("")
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
    submission = store.submit_article(fields, extract_claims)
    if submission.created or submission.replaced:
        # The next article's conflict check searches these claims: they must be visible to search.
        store.refresh("claims")
    # Detection also runs for a resubmission: it stores nothing twice, and it completes the work of
    # a first submission whose detection failed after the article was stored.
    get_detector().detect(submission.claims)
    article_id = submission.article["id"]
    location = url_for("articles.get_article", article_id=article_id)
    status = 201 if submission.created else 200
    body = {"article": submission.article, "claims": submission.claims,
            "conflicts": store.conflicts_of(article_id=article_id)}
    return body, status, {"Location": location}


@blueprint.get("/<article_id>")
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


@blueprint.delete("/<article_id>")
@endpoint(responses={204: (None, "Deleted.")}, problems=(404, 503))
def delete_article(article_id):
    """Delete an article with its claims and every conflict resting on them."""
    if not get_store().delete_article(article_id):
        raise Problem(404, f"No article with id {article_id!r}.")
    return None, 204
