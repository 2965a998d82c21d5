"""``/v1/extract``: claims from a text, nothing stored."""
from flask import Blueprint

from factcheck.api.edge import endpoint
from factcheck.api.schemas import ClaimListSchema, ExtractRequestSchema
from factcheck.extract import context_of, extract_claims

blueprint = Blueprint("extract", __name__, url_prefix="/v1/extract")


@blueprint.post("")
@endpoint(body=ExtractRequestSchema, responses={200: (ClaimListSchema, "The claims found in the body.")})
def extract(fields):
    """Extract the claims of a text without storing anything.

    Claims have ``id``, ``article_id``, ``source`` and ``published_at`` set to null: they belong to no
    stored article. Offsets index into the submitted ``body``.
    """
    return {"claims": [claim.to_dict() for claim in extract_claims(fields["body"], context_of(fields))]}, 200
