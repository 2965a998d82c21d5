"""``/v1/claims``: search stored claims; one claim with the conflicts it is part of; its ClaimReview."""
from flask import Blueprint

from factcheck.api.edge import endpoint
from factcheck.api.schemas import (ClaimReviewRequestSchema, ClaimReviewSchema, ClaimSearchArgumentsSchema,
                                   ClaimSearchSchema, ClaimWithConflictsSchema)
from factcheck.claimreview import build_claim_review
from factcheck.errors import Problem
from factcheck.index import get_store

blueprint = Blueprint("claims", __name__, url_prefix="/v1/claims")


@blueprint.get("")
@endpoint(query=ClaimSearchArgumentsSchema,
          responses={200: (ClaimSearchSchema, "A page of matching claims with highlights and facets.")},
          problems=(503,))
def search_claims(arguments):
    """Search claims by words, type, speaker, source, unit, value range, publication dates or article.

    ``q`` is matched as plain words in the claim text, figure subject, speaker, quote and sentence;
    query syntax is not interpreted. Results are sorted by relevance with ``q``, newest first without.
    Page with ``next``: pass it back as ``cursor`` (with the same filters).
    """
    return get_store().search_claims(arguments), 200


@blueprint.get("/<claim_id>")
@endpoint(responses={200: (ClaimWithConflictsSchema, "The claim and the conflicts it is part of.")},
          problems=(404, 503))
def get_claim(claim_id):
    """One claim, with every conflict (contradiction or update) it is part of."""
    store = get_store()
    claim = store.get_claim(claim_id)
    if claim is None:
        raise Problem(404, f"No claim with id {claim_id!r}.")
    return {"claim": claim, "conflicts": store.conflicts_of(claim_id=claim_id)}, 200


@blueprint.post("/<claim_id>/claimreview")
@endpoint(body=ClaimReviewRequestSchema,
          responses={200: (ClaimReviewSchema, "The schema.org ClaimReview (JSON-LD) to embed in the review page.")},
          problems=(404, 503))
def claim_review(review, claim_id):
    """The schema.org ClaimReview markup for a fact-checker's verdict on one claim.

    Nothing is stored: the newsroom publishes the returned JSON-LD on its review page, where search
    engines and fact-check aggregators read it.
    """
    store = get_store()
    claim = store.get_claim(claim_id)
    stored = store.get_article(claim["article_id"]) if claim is not None else None
    if stored is None:
        raise Problem(404, f"No claim with id {claim_id!r}.")
    return build_claim_review(claim, stored[0], review), 200
