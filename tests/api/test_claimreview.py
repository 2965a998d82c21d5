"""POST /v1/claims/{id}/claimreview: schema.org markup that validates against schemas/claimreview.json."""
import json
from pathlib import Path

import jsonschema
import pytest

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "schemas" / "claimreview.json").read_text())
REVIEW = {"rating": "False", "rating_value": 1, "reviewer": {"name": "Valley Fact Desk", "url": "https://facts.example"},
          "url": "https://facts.example/ridge-fire-acreage", "date_published": "2026-08-05"}


@pytest.fixture
def stored(client):
    article = {"source": "Daily Ember", "title": "Rain slows Ridge Fire", "url": "https://ember.example/ridge",
               "published_at": "2026-08-04",
               "body": "The fire has burned 9,000 acres, the state forestry agency said. \"We are holding the line,\" "
                       "said fire chief Dana Cole."}
    return client.post("/v1/articles", json=article).get_json()


def test_a_figure_review_is_valid_claimreview(client, stored):
    figure = next(c for c in stored["claims"] if c["type"] == "figure")
    response = client.post(f"/v1/claims/{figure['id']}/claimreview", json=REVIEW)
    assert response.status_code == 200
    document = response.get_json()
    jsonschema.validate(document, SCHEMA)
    assert document["claimReviewed"] == figure["text"]
    assert document["reviewRating"] == {"@type": "Rating", "alternateName": "False", "ratingValue": 1,
                                        "bestRating": 5, "worstRating": 1}
    appearance = document["itemReviewed"]["appearance"][0]
    assert appearance["url"] == "https://ember.example/ridge"
    assert appearance["publisher"]["name"] == "Daily Ember"
    assert document["author"] == {"@type": "Organization", "name": "Valley Fact Desk", "url": "https://facts.example"}
    assert document["datePublished"] == "2026-08-05"


def test_a_quote_review_names_the_speaker(client, stored):
    quote = next(c for c in stored["claims"] if c["type"] == "quote")
    document = client.post(f"/v1/claims/{quote['id']}/claimreview",
                           json={"rating": "Correct", "reviewer": {"name": "Valley Fact Desk"}}).get_json()
    jsonschema.validate(document, SCHEMA)
    assert document["claimReviewed"] == quote["quote"]["content"]
    assert document["itemReviewed"]["author"]["name"] == quote["speaker"]


@pytest.mark.parametrize("body, field", [
    ({"reviewer": {"name": "Desk"}}, "rating"),
    ({"rating": "False"}, "reviewer"),
    ({"rating": "False", "reviewer": {"name": "Desk"}, "rating_value": 9}, "rating_value"),
    ({"rating": "False", "reviewer": {"name": ""}}, "reviewer"),
    ({"rating": "False", "reviewer": {"name": "Desk"}, "url": "javascript:alert(1)"}, "url"),
    ({"rating": "False", "reviewer": {"name": "Desk"}, "stars": 3}, "stars"),
])
def test_bad_reviews_are_400(client, stored, assert_problem, body, field):
    claim_id = stored["claims"][0]["id"]
    assert field in assert_problem(client.post(f"/v1/claims/{claim_id}/claimreview", json=body), 400)["errors"]


def test_unknown_claim_is_404(client, assert_problem):
    assert_problem(client.post("/v1/claims/nope/claimreview", json=REVIEW), 404)
