"""``/v1/claims``: search stored claims; one claim with the conflicts it is part of."""
from flask import Blueprint

from factcheck.api.edge import endpoint
from factcheck.api.schemas import ClaimSearchArgumentsSchema, ClaimSearchSchema, ClaimWithConflictsSchema
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
