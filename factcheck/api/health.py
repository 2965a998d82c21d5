"""``/healthz`` and ``/readyz``: liveness and readiness probes."""
from flask import Blueprint

from factcheck.api.edge import endpoint
from factcheck.api.schemas import HealthSchema, ReadinessSchema
from factcheck.errors import Problem
from factcheck.index import get_store
from factcheck.index.client import EngineError

blueprint = Blueprint("health", __name__)


@blueprint.get("/healthz")
@endpoint(responses={200: (HealthSchema, "The process is up.")})
def healthz():
    """Liveness: answers 200 as long as the process can serve requests; never touches the engine."""
    return {"status": "ok"}, 200


@blueprint.get("/readyz")
@endpoint(responses={200: (ReadinessSchema, "Ready to serve.")}, problems=(503,))
def readyz():
    """Readiness: the search engine answers, its health is not red and every index alias exists.

    Missing indices are installed here when ``FACTCHECK_INDEX_AUTO_CREATE`` is on. Otherwise, or when
    the engine is unreachable, the answer is a 503 problem whose ``checks`` member says what failed.
    """
    store = get_store()
    try:
        ready, report = store.readiness()
    except EngineError as error:
        raise Problem(503, "The search engine cannot be reached.", name="not-ready",
                      headers={"Retry-After": "5"}, checks={"engine": {"error": type(error).__name__}}) from None
    if not ready:
        raise Problem(503, report.pop("problem", "Not ready."), name="not-ready",
                      headers={"Retry-After": "5"}, checks=report)
    return {"status": "ready", **report}, 200
