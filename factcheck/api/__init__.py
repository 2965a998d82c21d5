"""The HTTP API: one blueprint per resource, marshmallow schemas at the edge."""
from factcheck.api import articles, claims, conflicts, extract, health, problems

BLUEPRINTS = (health.blueprint, articles.blueprint, extract.blueprint, claims.blueprint, conflicts.blueprint,
              problems.blueprint)


def init_app(app):
    """Register every blueprint of the API."""
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
