"""``/problems/<name>``: what each factcheck problem ``type`` means (its ``type`` reference resolves here)."""
from flask import Blueprint

from factcheck.api.edge import endpoint
from factcheck.api.schemas import ProblemTypeSchema
from factcheck.errors import PROBLEM_TYPES, Problem

blueprint = Blueprint("problems", __name__, url_prefix="/problems")


@blueprint.get("/<name>")
@endpoint(responses={200: (ProblemTypeSchema, "The problem type's documentation.")}, problems=(404,))
def problem_type(name):
    """Documentation of one problem type: its title and what a client should do about it."""
    if name not in PROBLEM_TYPES:
        raise Problem(404, f"No problem type {name!r}.")
    title, description = PROBLEM_TYPES[name]
    return {"type": f"/problems/{name}", "title": title, "description": description}, 200
