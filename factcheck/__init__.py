"""factcheck: claim extraction and cross-source fact-checking API."""
from flask import Flask


def create_app(config=None):
    """Build the Flask app: settings from the environment, overridden by ``config`` (a dict).

    Nothing connects to the search engine here; the client is created at first use in each process.
    """
    from factcheck import api, conflicts, errors, index
    from factcheck.config import from_environ

    app = Flask(__name__)
    app.config.from_mapping(from_environ())
    if config:
        app.config.from_mapping(config)
    app.config["MAX_CONTENT_LENGTH"] = app.config["FACTCHECK_MAX_CONTENT_LENGTH"]
    # Responses keep the key order of the schemas; JSON stays UTF-8, not \u escapes.
    app.json.sort_keys = False
    app.json.ensure_ascii = False

    errors.init_app(app)
    index.init_app(app)
    conflicts.init_app(app)
    api.init_app(app)
    return app
