"""Claim search and cross-source conflicts through the HTTP API, on the real engine.

Three reports of one wildfire (fixtures/conflicts/ridge_fire.jsonl, written for this project) go in;
the contradictions, the update and the agreeing figures come out.
"""
import json
from pathlib import Path

import pytest

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "conflicts" / "ridge_fire.jsonl"


@pytest.fixture(scope="module")
def fire(make_module_app):
    """An app of its own holding the three wildfire reports; returns (client, article ids by source)."""
    client = make_module_app().test_client()
    ids = {}
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        response = client.post("/v1/articles", json=article)
        assert response.status_code == 201, response.get_data(as_text=True)
        ids[article["source"]] = response.get_json()["article"]["id"]
    return client, ids


def pairs(conflicts):
    """Each conflict as an unordered pair of "source:text" (same-day reports have no earlier side)."""
    return {frozenset(f"{c['source']}:{c['text']}" for c in conflict["claims"]) for conflict in conflicts}


def pair_set(*pairs_of_surfaces):
    return {frozenset(pair) for pair in pairs_of_surfaces}


def test_contradictions_across_sources(fire):
    client, _ = fire
    page = client.get("/v1/conflicts").get_json()
    assert pairs(page["items"]) == pair_set(
        ("Valley Courier:12,000", "Daily Ember:9,000"),
        ("Valley Courier:$4.5 million", "Mountain Post:$45 million"),
        ("Mountain Post:19,500", "Daily Ember:9,000"),
        ("Daily Ember:$4.5 million", "Mountain Post:$45 million"),
    )
    assert page["total"] == 4
    for conflict in page["items"]:
        assert conflict["kind"] == "contradiction"
        assert conflict["status"] == "open"
        assert conflict["explanation"]
        assert conflict["reason"] in ("scale", "different_date", "unexplained")
        first, second = conflict["claims"]
        assert first["source"] != second["source"]
        for claim in conflict["claims"]:
            assert set(claim) >= {"id", "article_id", "source", "text", "start", "end", "figure"}
    money = [c for c in page["items"] if c["claims"][0]["figure"]["unit"] == "USD"]
    assert {c["reason"] for c in money} == {"scale"}


def test_a_growing_count_is_an_update_listed_apart(fire):
    client, _ = fire
    updates = client.get("/v1/conflicts?kind=update").get_json()
    assert pairs(updates["items"]) == pair_set(("Valley Courier:12,000", "Mountain Post:19,500"))
    assert [c["source"] for c in updates["items"][0]["claims"]] == ["Valley Courier", "Mountain Post"]
    assert updates["items"][0]["reason"] == "different_date"


def test_agreeing_figures_are_not_flagged(fire):
    client, _ = fire
    every = client.get("/v1/conflicts?size=100").get_json()["items"] + \
        client.get("/v1/conflicts?kind=update&size=100").get_json()["items"]
    for conflict in every:
        assert conflict["claims"][0]["figure"]["unit"] != "firefighter"


def test_conflicts_by_article_and_source(fire):
    client, ids = fire
    courier = client.get(f"/v1/conflicts?article_id={ids['Valley Courier']}").get_json()
    assert courier["total"] == 2
    ember = client.get("/v1/conflicts?source=daily%20ember").get_json()
    assert ember["total"] == 3
    scale = client.get("/v1/conflicts?q=decimal").get_json()
    assert scale["total"] == 2


def test_article_and_claim_show_their_conflicts(fire):
    client, ids = fire
    article = client.get(f"/v1/articles/{ids['Mountain Post']}").get_json()
    assert len(article["conflicts"]) == 4  # three contradictions and the update
    acres = next(c for c in article["claims"] if c["text"] == "19,500")
    claim = client.get(f"/v1/claims/{acres['id']}").get_json()
    assert claim["claim"]["id"] == acres["id"]
    assert {c["kind"] for c in claim["conflicts"]} == {"contradiction", "update"}


def test_review_a_conflict(fire, assert_problem):
    client, _ = fire
    conflict = client.get("/v1/conflicts?q=decimal&size=1").get_json()["items"][0]
    reviewed = client.patch(f"/v1/conflicts/{conflict['id']}", json={"status": "confirmed", "note": "Council minutes say $4.5m."})
    assert reviewed.status_code == 200
    assert reviewed.get_json()["status"] == "confirmed"
    assert client.get(f"/v1/conflicts/{conflict['id']}").get_json()["note"] == "Council minutes say $4.5m."
    assert client.get("/v1/conflicts?status=confirmed").get_json()["total"] == 1
    assert_problem(client.patch(f"/v1/conflicts/{conflict['id']}", json={"status": "maybe"}), 400)
    assert_problem(client.patch(f"/v1/conflicts/{conflict['id']}", json={"status": "open", "x": 1}), 400)
    assert_problem(client.patch("/v1/conflicts/nope", json={"status": "open"}), 404)
    assert_problem(client.get("/v1/conflicts/nope"), 404)
    assert_problem(client.patch(f"/v1/conflicts/{conflict['id']}", data="{", content_type="application/json"), 400)
    assert_problem(client.patch(f"/v1/conflicts/{conflict['id']}", data="status=open",
                                content_type="application/x-www-form-urlencoded"), 415)


def test_search_claims_by_words_with_highlights_and_facets(fire):
    client, _ = fire
    page = client.get("/v1/claims?q=firefighters").get_json()
    assert page["total"] >= 3
    assert all("firefighter" in json.dumps(item).lower() for item in page["items"])
    assert any("<em>" in fragment for item in page["items"] for fragments in item["highlights"].values()
               for fragment in fragments)
    assert {"type", "source", "speaker", "unit"} <= set(page["facets"])
    assert {facet["value"] for facet in page["facets"]["source"]} <= {"Valley Courier", "Mountain Post", "Daily Ember"}


def test_search_claims_by_filters(fire):
    client, ids = fire
    acres = client.get("/v1/claims?type=figure&unit=acre").get_json()
    assert sorted(item["figure"]["value"] for item in acres["items"]) == [9000, 12000, 19500]
    big = client.get("/v1/claims?unit=acre&min_value=10000&max_value=20000").get_json()
    assert sorted(item["figure"]["value"] for item in big["items"]) == [12000, 19500]
    later = client.get("/v1/claims?unit=acre&from=2026-08-03&to=2026-08-31").get_json()
    assert {item["source"] for item in later["items"]} == {"Mountain Post", "Daily Ember"}
    one = client.get(f"/v1/claims?article_id={ids['Daily Ember']}&source=DAILY%20EMBER").get_json()
    assert one["total"] > 0 and {item["article_id"] for item in one["items"]} == {ids["Daily Ember"]}


def test_cursor_paging_visits_every_claim_once(fire):
    client, _ = fire
    total = client.get("/v1/claims").get_json()["total"]
    seen, cursor = [], None
    while True:
        url = "/v1/claims?size=2" + (f"&cursor={cursor}" if cursor else "")
        page = client.get(url).get_json()
        seen.extend(item["id"] for item in page["items"])
        cursor = page["next"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == total


@pytest.mark.parametrize("query", ["title:fire AND (", "*", "\"unbalanced", "fire OR 1=1; --", "{\"match_all\":{}}",
                                   "acres~2 /regex/ [a TO z]"])
def test_query_syntax_is_plain_words(fire, query):
    client, _ = fire
    response = client.get("/v1/claims", query_string={"q": query})
    assert response.status_code == 200
    assert isinstance(response.get_json()["items"], list)


@pytest.mark.parametrize("path, field", [
    ("/v1/claims?size=0", "size"),
    ("/v1/claims?size=501", "size"),
    ("/v1/claims?size=10000", "size"),
    ("/v1/claims?size=ten", "size"),
    ("/v1/claims?min_value=abc", "min_value"),
    ("/v1/claims?min_value=nan", "min_value"),
    ("/v1/claims?min_value=10&max_value=1", "min_value"),
    ("/v1/claims?from=2026-09-01&to=2026-08-01", "from"),
    ("/v1/claims?from=yesterday", "from"),
    ("/v1/claims?type=rumour", "type"),
    ("/v1/claims?cursor=not-a-cursor", "cursor"),
    ("/v1/claims?sort=desc", "sort"),
    ("/v1/claims?q=" + "x" * 501, "q"),
    ("/v1/claims?type=figure&type=quote", "type"),
    ("/v1/conflicts?status=pending", "status"),
    ("/v1/conflicts?kind=rumour", "kind"),
    ("/v1/conflicts?size=-1", "size"),
    ("/v1/conflicts?cursor=%FF", "cursor"),
])
def test_bad_search_arguments_are_400_with_field_errors(fire, assert_problem, path, field):
    client, _ = fire
    problem = assert_problem(client.get(path), 400)
    assert field in problem["errors"]


def test_unknown_claim_is_404(fire, assert_problem):
    client, _ = fire
    assert_problem(client.get("/v1/claims/nope"), 404)


def test_deleting_an_article_removes_its_claims_and_conflicts(make_app, assert_problem):
    client = make_app().test_client()
    articles = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    ids = [client.post("/v1/articles", json=article).get_json()["article"]["id"] for article in articles]
    assert client.get("/v1/conflicts").get_json()["total"] == 4
    assert client.delete(f"/v1/articles/{ids[2]}").status_code == 204
    assert_problem(client.get(f"/v1/articles/{ids[2]}"), 404)
    assert client.get(f"/v1/claims?article_id={ids[2]}").get_json()["total"] == 0
    remaining = client.get("/v1/conflicts").get_json()
    assert pairs(remaining["items"]) == pair_set(("Valley Courier:$4.5 million", "Mountain Post:$45 million"))
    assert_problem(client.delete(f"/v1/articles/{ids[2]}"), 404)
    # The same article can be stored again afterwards, and its conflicts come back.
    assert client.post("/v1/articles", json=articles[2]).status_code == 201
    assert client.get("/v1/conflicts").get_json()["total"] == 4


def test_an_updated_article_is_extracted_and_checked_again(make_app):
    client = make_app().test_client()
    articles = [dict(json.loads(line), url=f"https://news.example/ridge-fire/{number}")
                for number, line in enumerate(FIXTURE.read_text(encoding="utf-8").splitlines())]
    for article in articles:
        assert client.post("/v1/articles", json=article).status_code == 201
    assert client.get("/v1/conflicts").get_json()["total"] == 4
    # Daily Ember corrects its acreage and its funding figure: both of its contradictions go away...
    corrected = dict(articles[2], body=articles[2]["body"].replace("9,000 acres", "19,500 acres")
                     .replace("$4.5 million", "$45 million"))
    response = client.post("/v1/articles", json=corrected)
    assert response.status_code == 200
    assert any(c["text"] == "19,500" for c in response.get_json()["claims"])
    remaining = client.get("/v1/conflicts").get_json()
    # ...and agreeing with Mountain Post now means contradicting Valley Courier's funding figure.
    assert pairs(remaining["items"]) == pair_set(
        ("Valley Courier:$4.5 million", "Mountain Post:$45 million"),
        ("Valley Courier:$4.5 million", "Daily Ember:$45 million"),
    )
    updates = client.get("/v1/conflicts?kind=update").get_json()
    assert pairs(updates["items"]) == pair_set(("Valley Courier:12,000", "Mountain Post:19,500"),
                                               ("Valley Courier:12,000", "Daily Ember:19,500"))


def test_a_unit_filter_finds_both_metric_spellings_and_the_symbol(make_module_app):
    # units keep the article's spelling; a newsroom searching "meter" means the metres too, and "km" the
    # kilometres. An app of its own: in the session's shared index another test's article may hold a length too
    client = make_module_app().test_client()
    for source, body in (("Harbour Gazette", "The 317-metre vessel ran aground, 4.2 km off the port on Monday."),
                         ("Coast Wire", "The 320-meter ship struck a sandbar 4.5 kilometers out, the coast guard "
                                        "said.")):
        response = client.post("/v1/articles", json={"source": source, "body": body, "published_at": "2026-05-04"})
        assert response.status_code == 201, response.get_data(as_text=True)
    for unit in ("meter", "metre"):
        found = client.get(f"/v1/claims?type=figure&unit={unit}").get_json()
        assert sorted(item["figure"]["unit"] for item in found["items"]) == ["meter", "metre"]
    for unit in ("km", "kilometre"):
        found = client.get(f"/v1/claims?type=figure&unit={unit}").get_json()
        assert sorted(item["figure"]["unit"] for item in found["items"]) == ["kilometer", "km"]
