"""POST /v1/articles:bulk: NDJSON imports, one result per line, bad lines reported, good lines stored."""
import json
from pathlib import Path

import pytest

FIRE = Path(__file__).resolve().parents[2] / "fixtures" / "conflicts" / "ridge_fire.jsonl"
NDJSON = "application/x-ndjson"


@pytest.fixture
def client(make_app):
    """A client of an app with indices of its own (bulk counts must not see other tests' articles)."""
    return make_app(FACTCHECK_BULK_MAX_LINES=5).test_client()


def test_bulk_stores_every_line_and_detects_conflicts_within_the_batch(client):
    body = FIRE.read_text(encoding="utf-8")
    response = client.post("/v1/articles:bulk", data=body, content_type=NDJSON)
    assert response.status_code == 200
    result = response.get_json()
    assert (result["created"], result["existing"], result["failed"]) == (3, 0, 0)
    assert [item["line"] for item in result["items"]] == [1, 2, 3]
    assert all(item["status"] == 201 and item["claim_count"] > 0 for item in result["items"])
    assert [item["conflict_count"] for item in result["items"]] == [3, 4, 3]
    assert client.get("/v1/conflicts").get_json()["total"] == 4
    for item in result["items"]:
        assert client.get(f"/v1/articles/{item['article_id']}").status_code == 200
    again = client.post("/v1/articles:bulk", data=body, content_type=NDJSON).get_json()
    assert (again["created"], again["existing"], again["failed"]) == (0, 3, 0)
    assert client.get("/v1/conflicts").get_json()["total"] == 4


def test_bad_lines_are_reported_and_good_lines_stored(client):
    good = {"body": "The museum said 12,000 people visited on Sunday.", "source": "City Desk"}
    lines = [json.dumps(good), "{not json", json.dumps({"body": "x"}), "[1, 2]",
             json.dumps(dict(good, extra=True)), ""]
    result = client.post("/v1/articles:bulk", data="\n".join(lines) + "\n", content_type=NDJSON).get_json()
    assert (result["created"], result["existing"], result["failed"]) == (1, 0, 4)
    by_line = {item["line"]: item for item in result["items"]}
    assert by_line[1]["status"] == 201 and by_line[1]["problem"] is None
    for line in (2, 3, 4, 5):
        item = by_line[line]
        assert item["status"] == 400 and item["article_id"] is None
        assert {"type", "title", "status", "detail"} <= set(item["problem"])
    assert "source" in by_line[3]["problem"]["errors"]
    assert "extra" in by_line[5]["problem"]["errors"]
    assert "Line 2" in by_line[2]["problem"]["detail"]


@pytest.mark.parametrize("data, content_type, status", [
    ("", NDJSON, 400),
    ("\n\n  \n", NDJSON, 400),
    (b"\xff\xfe\x00junk", NDJSON, 400),
    ('{"body": "a", "source": "b"}', "application/json", 415),
    ('{"body": "a", "source": "b"}', "text/plain", 415),
    ("\n".join(['{"body": "a", "source": "b"}'] * 6), NDJSON, 413),
])
def test_bad_bulk_requests(client, assert_problem, data, content_type, status):
    assert_problem(client.post("/v1/articles:bulk", data=data, content_type=content_type), status)


def test_bulk_body_over_the_byte_limit_is_413(make_app, assert_problem):
    client = make_app(FACTCHECK_MAX_CONTENT_LENGTH=1024).test_client()
    line = json.dumps({"body": "word " * 300, "source": "Wire"})
    assert_problem(client.post("/v1/articles:bulk", data=line, content_type=NDJSON), 413)


def test_engine_down_is_reported_per_line(unreachable_app):
    client = unreachable_app.test_client()
    line = json.dumps({"body": "Officials said 40 homes burned.", "source": "Wire"})
    response = client.post("/v1/articles:bulk", data=line, content_type=NDJSON)
    assert response.status_code == 200
    item = response.get_json()["items"][0]
    assert item["status"] == 503 and item["problem"]["status"] == 503
