"""Webhooks: newly detected conflicts are POSTed to the URLs an operator configured.

Delivery runs on a small thread pool so that a slow receiver never slows the request that stored the
article. Each delivery is retried with a growing pause; one that still fails is logged at ERROR with
its delivery id. Webhooks are a notification, not the record: ``GET /v1/conflicts?since=...`` is.

A delivery is a JSON body ``{"event": "conflicts.detected", "delivery_id", "sent_at", "conflicts"}``
with the headers ``X-Factcheck-Event``, ``X-Factcheck-Delivery`` and, when a secret is configured,
``X-Factcheck-Signature: sha256=<hex HMAC-SHA256 of the body>``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

log = logging.getLogger(__name__)

EVENT_CONFLICTS_DETECTED = "conflicts.detected"
# Pauses between attempts, in seconds (the first attempt is immediate).
RETRY_PAUSE_SECONDS = 1.0


def signature(secret, body):
    """The value of X-Factcheck-Signature for ``body`` (bytes): ``sha256=`` and the hex HMAC."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


class WebhookNotifier:
    """Sends events to every configured URL, in the background, with retries."""

    def __init__(self, urls, secret=None, timeout=5.0, attempts=3, retry_pause=RETRY_PAUSE_SECONDS):
        self.urls = tuple(urls)
        self.secret = secret
        self.timeout = timeout
        self.attempts = attempts
        self.retry_pause = retry_pause
        self._pool = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings):
        """A notifier for the FACTCHECK_WEBHOOK_* settings (one that sends nothing when no URL is set)."""
        urls = [url.strip() for url in (settings["FACTCHECK_WEBHOOK_URLS"] or "").split(",") if url.strip()]
        return cls(urls, settings["FACTCHECK_WEBHOOK_SECRET"], settings["FACTCHECK_WEBHOOK_TIMEOUT"],
                   settings["FACTCHECK_WEBHOOK_ATTEMPTS"])

    @property
    def enabled(self):
        return bool(self.urls)

    def conflicts_detected(self, conflicts):
        """Announce new conflicts; returns the delivery futures (one per URL), or [] when disabled."""
        if not self.enabled or not conflicts:
            return []
        event = {
            "event": EVENT_CONFLICTS_DETECTED,
            "delivery_id": uuid.uuid4().hex,
            "sent_at": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            "conflicts": conflicts,
        }
        body = json.dumps(event, ensure_ascii=False).encode("utf-8")
        pool = self._executor()
        return [pool.submit(self._deliver, url, event["delivery_id"], body) for url in self.urls]

    def _executor(self):
        # Created at first use, in the process that sends (gunicorn forks after the app is built).
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="factcheck-webhook")
            return self._pool

    def _deliver(self, url, delivery_id, body):
        """POST one delivery, retrying; True when the receiver answered 2xx."""
        headers = {"Content-Type": "application/json", "User-Agent": "factcheck-webhooks/1",
                   "X-Factcheck-Event": EVENT_CONFLICTS_DETECTED, "X-Factcheck-Delivery": delivery_id}
        if self.secret:
            headers["X-Factcheck-Signature"] = signature(self.secret, body)
        problem = None
        for attempt in range(1, self.attempts + 1):
            request = urllib.request.Request(url, data=body, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    if 200 <= response.status < 300:
                        return True
                    problem = f"HTTP {response.status}"
            except urllib.error.HTTPError as error:
                problem = f"HTTP {error.code}"
            except (urllib.error.URLError, OSError) as error:
                problem = str(getattr(error, "reason", error))
            if attempt < self.attempts:
                time.sleep(self.retry_pause * attempt)
        log.error("webhook delivery %s to %s failed after %d attempts: %s", delivery_id, url, self.attempts,
                  problem)
        return False

    def close(self):
        """Wait for pending deliveries (tests, shutdown)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
