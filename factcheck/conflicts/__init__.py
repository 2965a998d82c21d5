"""Cross-source conflict detection. Pure: what a figure measures (``measure``), the evidence two figures
of two articles give (``features``), the pair model (``model``, trained by ``training``), the one-to-one
alignment of two articles' figures (``align``) and the value rules (``rules``, ``explain``). Service:
related articles from the index and conflicts stored once (``detect``). ``init_app(app)`` attaches a
detector built from the app's settings."""
from flask import current_app

from factcheck.conflicts.detect import ConflictDetector
from factcheck.index import get_store
from factcheck.webhooks import WebhookNotifier

EXTENSION_KEY = "factcheck.conflicts"


def init_app(app):
    """Attach the conflict detector for this app's store and settings (after ``index.init_app``)."""
    app.extensions[EXTENSION_KEY] = ConflictDetector(
        get_store(app),
        window_days=app.config["FACTCHECK_CONFLICT_WINDOW_DAYS"],
        candidates_per_figure=app.config["FACTCHECK_CONFLICT_CANDIDATES"],
        related_articles=app.config["FACTCHECK_CONFLICT_ARTICLES"],
        min_confidence=app.config["FACTCHECK_CONFLICT_MIN_CONFIDENCE"],
        notifier=WebhookNotifier.from_settings(app.config),
    )


def get_detector(app=None):
    """The conflict detector of ``app`` (the current app by default)."""
    return (app or current_app).extensions[EXTENSION_KEY]
