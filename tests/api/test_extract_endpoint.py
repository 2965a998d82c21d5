"""POST /v1/extract: claims from a text, nothing stored."""
from factcheck.extract import extract_claims
from factcheck.extract.claims import CLAIM_KEYS


def test_extract_answers_the_claims_of_the_body(client, api_fixture):
    body = api_fixture("extract_short")["body"]
    response = client.post("/v1/extract", json={"body": body})
    assert response.status_code == 200
    claims = response.get_json()["claims"]
    assert claims == [claim.to_dict() for claim in extract_claims(body)]
    for claim in claims:
        assert set(claim) == set(CLAIM_KEYS)
        assert claim["id"] is None and claim["article_id"] is None
        assert body[claim["start"]:claim["end"]] == claim["text"]


def test_extract_stores_nothing(client, store, api_fixture):
    store.refresh("articles", "claims")
    before = (store.count_articles(), store.count_claims())
    client.post("/v1/extract", json=api_fixture("extract_short"))
    store.refresh("articles", "claims")
    assert (store.count_articles(), store.count_claims()) == before


def test_extract_works_without_the_engine(unreachable_app, api_fixture):
    response = unreachable_app.test_client().post("/v1/extract", json=api_fixture("extract_short"))
    assert response.status_code == 200


def test_the_title_and_outlet_say_whose_dollars_a_local_story_counts(client):
    body = "A single adult ride will cost $3.75 from March, up from $3.25."
    bare = client.post("/v1/extract", json={"body": body}).get_json()["claims"]
    told = client.post("/v1/extract", json={"body": body, "title": "Amberlea fares rise",
                                            "source": "Canadian Transit Review"}).get_json()["claims"]
    assert [claim["figure"]["unit"] for claim in bare] == ["USD", "USD"]
    assert [claim["figure"]["unit"] for claim in told] == ["CAD", "CAD"]
    assert [claim["text"] for claim in told] == [claim["text"] for claim in bare]  # no claim from the title
