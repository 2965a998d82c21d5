"""``/v1/conflicts``: figures that disagree across sources; list them, read one, review one."""
from flask import Blueprint

from factcheck.api.edge import endpoint
from factcheck.api.schemas import (ConflictListSchema, ConflictReviewRequestSchema, ConflictSchema,
                                   ConflictSearchArgumentsSchema)
from factcheck.errors import Problem
from factcheck.index import get_store

blueprint = Blueprint("conflicts", __name__, url_prefix="/v1/conflicts")


@blueprint.get("")
@endpoint(query=ConflictSearchArgumentsSchema,
          responses={200: (ConflictListSchema, "A page of conflicts, newest first.")}, problems=(503,))
def list_conflicts(arguments):
    """List conflicts by article, source, words, review status; contradictions unless ``kind=update``.

    Page with ``next``: pass it back as ``cursor`` (with the same filters).
    """
    return get_store().search_conflicts(arguments), 200


@blueprint.get("/<conflict_id>")
@endpoint(responses={200: (ConflictSchema, "The conflict.")}, problems=(404, 503))
def get_conflict(conflict_id):
    """One conflict with both claims, the difference, the likely reason and the explanation."""
    conflict = get_store().get_conflict(conflict_id)
    if conflict is None:
        raise Problem(404, f"No conflict with id {conflict_id!r}.")
    return conflict, 200


@blueprint.patch("/<conflict_id>")
@endpoint(body=ConflictReviewRequestSchema, responses={200: (ConflictSchema, "The reviewed conflict.")},
          problems=(404, 503))
def review_conflict(review, conflict_id):
    """Confirm or dismiss a conflict (or reopen it), with an optional note."""
    conflict = get_store().review_conflict(conflict_id, review["status"], review.get("note"))
    if conflict is None:
        raise Problem(404, f"No conflict with id {conflict_id!r}.")
    return conflict, 200
