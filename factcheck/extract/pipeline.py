"""The extraction pipeline: sentences, then figures, quotes and attributions, then scores.

Built once per process on first use (``get_pipeline``) and reused; each component is a module of
its own with a plain function or class interface, so each can be tested alone.
"""
from __future__ import annotations

import threading

from factcheck.extract.claims import Claim
from factcheck.extract.sentences import get_splitter

_LOCK = threading.Lock()
_PIPELINE = None


class Pipeline:
    """Text in, claims out."""

    def __init__(self):
        self.splitter = get_splitter()

    def __call__(self, body: str) -> list[Claim]:
        if not isinstance(body, str) or not body.strip():
            return []
        claims: list[Claim] = []
        claims.sort(key=lambda c: (c.start, c.end, c.type))
        return claims


def get_pipeline() -> Pipeline:
    """The process-wide pipeline, built lazily (gunicorn workers build their own after fork)."""
    global _PIPELINE
    if _PIPELINE is None:
        with _LOCK:
            if _PIPELINE is None:
                _PIPELINE = Pipeline()
    return _PIPELINE


def extract_claims(body: str) -> list[Claim]:
    """The claims of an article body, ordered by ``start``; never raises on odd input."""
    return get_pipeline()(body)
