"""The only code that talks to the search engine: client, mappings, store.

``init_app(app)`` attaches a ``Store`` to the Flask app; nothing connects until the first request that
needs the engine (the client is created lazily, once per process).
"""
from flask import current_app

from factcheck.index.client import Engine
from factcheck.index.store import Store

EXTENSION_KEY = "factcheck.store"


def init_app(app):
    """Attach the store for this app's settings (no connection is made here)."""
    engine = Engine(app.config)
    app.extensions[EXTENSION_KEY] = Store(engine, app.config["FACTCHECK_INDEX_PREFIX"],
                                          auto_create=app.config["FACTCHECK_INDEX_AUTO_CREATE"])


def get_store(app=None):
    """The store of ``app`` (the current app by default)."""
    return (app or current_app).extensions[EXTENSION_KEY]
