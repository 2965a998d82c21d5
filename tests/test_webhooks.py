"""Webhooks against a real HTTP receiver on loopback: new conflicts are announced once, signed, retried."""
import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from factcheck.conflicts import get_detector
from factcheck.webhooks import WebhookNotifier, signature

FIRE = Path(__file__).resolve().parents[1] / "fixtures" / "conflicts" / "ridge_fire.jsonl"


class Receiver:
    """An HTTP server that records every POST and answers with the next status of ``statuses``."""

    def __init__(self, statuses=()):
        self.requests = []
        self.statuses = list(statuses)
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                status = receiver.statuses.pop(0) if receiver.statuses else 204
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks/factcheck"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    running = Receiver()
    yield running
    running.close()


def test_new_conflicts_are_posted_once_and_signed(make_app, receiver):
    app = make_app(FACTCHECK_WEBHOOK_URLS=receiver.url, FACTCHECK_WEBHOOK_SECRET="s3cret")
    client = app.test_client()
    articles = FIRE.read_text(encoding="utf-8").splitlines()
    for line in articles:
        assert client.post("/v1/articles", json=json.loads(line)).status_code == 201
    for line in articles:  # resubmissions detect the same pairs again: nothing new to announce
        assert client.post("/v1/articles", json=json.loads(line)).status_code == 200
    get_detector(app).notifier.close()

    announced = []
    for headers, body in receiver.requests:
        assert headers["Content-Type"] == "application/json"
        assert headers["X-Factcheck-Event"] == "conflicts.detected"
        assert headers["X-Factcheck-Signature"] == signature("s3cret", body)
        event = json.loads(body)
        assert event["event"] == "conflicts.detected" and event["delivery_id"] == headers["X-Factcheck-Delivery"]
        announced.extend(event["conflicts"])
    stored = client.get("/v1/conflicts").get_json()["items"] + client.get("/v1/conflicts?kind=update").get_json()["items"]
    assert sorted(c["id"] for c in announced) == sorted(c["id"] for c in stored)
    assert len(stored) == 5


def test_a_failing_receiver_is_retried_until_it_accepts():
    receiver = Receiver(statuses=[500, 503])
    try:
        notifier = WebhookNotifier([receiver.url], attempts=3, retry_pause=0.01)
        [delivery] = notifier.conflicts_detected([{"id": "c1"}])
        assert delivery.result(timeout=10) is True
        assert len(receiver.requests) == 3
        assert len({headers["X-Factcheck-Delivery"] for headers, _ in receiver.requests}) == 1
        notifier.close()
    finally:
        receiver.close()


def test_an_unreachable_receiver_is_logged_not_raised(caplog, unused_port):
    notifier = WebhookNotifier([f"http://127.0.0.1:{unused_port}/"], attempts=2, retry_pause=0.01, timeout=1)
    with caplog.at_level(logging.ERROR, logger="factcheck.webhooks"):
        [delivery] = notifier.conflicts_detected([{"id": "c1"}])
        assert delivery.result(timeout=10) is False
    notifier.close()
    assert "failed after 2 attempts" in caplog.text


def test_without_urls_nothing_is_sent():
    assert WebhookNotifier([]).conflicts_detected([{"id": "c1"}]) == []


def test_conflicts_since_a_time(make_app, assert_problem):
    client = make_app().test_client()
    for line in FIRE.read_text(encoding="utf-8").splitlines():
        client.post("/v1/articles", json=json.loads(line))
    assert client.get("/v1/conflicts?since=2000-01-01T00:00:00Z").get_json()["total"] == 4
    assert client.get("/v1/conflicts?since=2999-01-01T00:00:00%2B02:00").get_json()["total"] == 0
    problem = assert_problem(client.get("/v1/conflicts?since=2026-01-01T00:00:00"), 400)
    assert "since" in problem["errors"]
