"""``/v1/articles``: store an article with its claims, read it back."""
from flask import Blueprint, url_for

from factcheck.api.edge import endpoint
from factcheck.api.schemas import ArticleRequestSchema, ArticleWithClaimsSchema
from factcheck.errors import Problem
from factcheck.extract import extract_claims
from factcheck.index import get_store

blueprint = Blueprint("articles", __name__, url_prefix="/v1/articles")


@blueprint.post("")
@endpoint(
    body=ArticleRequestSchema,
    responses={201: (ArticleWithClaimsSchema, "Stored; the article with its extracted claims."),
               200: (ArticleWithClaimsSchema, "Already stored (same url, or same source and body): "
                                              "the stored article, nothing written.")},
    problems=(409, 503),
)
def create_article(fields):
    """Store an article and the claims extracted from it.

    Resubmitting the same article (the same ``url``, or the same ``source`` and ``body``) answers 200
    with the article stored first; nothing is duplicated. 409 means another request is storing an
    article with the same url at this moment: retry after the ``Retry-After`` seconds.
    """
    submission = get_store().submit_article(fields, extract_claims)
    location = url_for("articles.get_article", article_id=submission.article["id"])
    status = 201 if submission.created else 200
    return {"article": submission.article, "claims": submission.claims}, status, {"Location": location}


@blueprint.get("/<article_id>")
@endpoint(responses={200: (ArticleWithClaimsSchema, "The article with its claims.")}, problems=(404, 503))
def get_article(article_id):
    """One stored article with its claims, in the order they appear in the body."""
    stored = get_store().get_article(article_id)
    if stored is None:
        raise Problem(404, f"No article with id {article_id!r}.")
    article, claims = stored
    return {"article": article, "claims": claims}, 200
