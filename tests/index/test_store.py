"""The article store: keys, normalisation and the idempotency machinery on the real engine."""
from datetime import datetime, timedelta, timezone

import pytest

from factcheck.index import store as store_module
from factcheck.index.store import (
    ArticleInFlight, article_id_for, claim_id_for, fingerprint, normalize_url, url_key,
)


def test_fingerprint_ignores_whitespace_and_source_case_but_not_words():
    assert fingerprint("Post", "A  b\nc") == fingerprint(" post ", "A b c ")
    assert fingerprint("Post", "A b c") != fingerprint("Post", "A b d")
    assert fingerprint("Post", "A b") != fingerprint("Other", "A b")
    # NFC: a precomposed and a decomposed e-acute are the same text.
    assert fingerprint("Post", "caf\u00e9") == fingerprint("Post", "cafe\u0301")


def test_ids_are_deterministic():
    article_id = article_id_for(fingerprint("Post", "Body"))
    assert article_id == article_id_for(fingerprint("Post", "Body"))
    assert len(article_id) == 24
    assert claim_id_for(article_id, 3) == f"{article_id}-3"


@pytest.mark.parametrize("a, b", [
    ("https://News.example/a/", "https://news.example/a"),
    ("http://news.example:80/a", "http://news.example/a"),
    ("https://news.example/a#top", "https://news.example/a"),
    ("https://news.example/a?id=3&utm_source=x&fbclid=y", "https://news.example/a?id=3"),
])
def test_url_variants_normalise_to_one_key(a, b):
    assert normalize_url(a) == normalize_url(b)
    assert url_key(a) == url_key(b)


def test_different_pages_have_different_keys():
    assert url_key("https://news.example/a?id=3") != url_key("https://news.example/a?id=4")
    assert url_key("http://news.example/a") != url_key("https://news.example/a")


def claim_stub(text, start):
    return {"type": "figure", "text": text, "start": start, "end": start + len(text)}


def test_submit_fills_claim_ids_and_article_fields(store):
    fields = {"body": "Exactly 7 trains ran.", "source": "Rail Desk", "published_at": "2025-01-02",
              "url": None}
    submission = store.submit_article(fields, lambda body: [claim_stub("7", 8), claim_stub("trains", 10)])
    assert submission.created
    article = submission.article
    assert [claim["id"] for claim in submission.claims] == [f"{article['id']}-0", f"{article['id']}-1"]
    assert all(claim["published_at"] == "2025-01-02" and claim["source"] == "Rail Desk"
               for claim in submission.claims)
    assert store.get_article(article["id"]) == (article, submission.claims)
    again = store.submit_article(fields, lambda body: pytest.fail("extraction must not run again"))
    assert not again.created and again.article == article


def test_url_claimed_by_an_in_flight_request_answers_article_in_flight(store, monkeypatch):
    monkeypatch.setattr(store_module, "IN_FLIGHT_WAIT_SECONDS", 0.2)
    url = "https://inflight.example/story"
    now = datetime.now(timezone.utc).isoformat()
    store.engine.create(store.alias("urls"), url_key(url), {"url": url, "article_id": "f" * 24, "created_at": now})
    with pytest.raises(ArticleInFlight):
        store.submit_article({"body": "Another 5 boats.", "source": "Harbor", "url": url}, lambda body: [])


def test_stale_url_claim_is_removed_and_the_article_stored(store):
    url = "https://crashed.example/story"
    long_ago = (datetime.now(timezone.utc) - timedelta(hours=1)).isoformat()
    store.engine.create(store.alias("urls"), url_key(url), {"url": url, "article_id": "e" * 24,
                                                            "created_at": long_ago})
    submission = store.submit_article({"body": "Some 9 kites.", "source": "Sky", "url": url}, lambda body: [])
    assert submission.created
    assert store.find_by_url(url)["id"] == submission.article["id"]


def test_get_article_rejects_ids_that_cannot_be_article_ids(store):
    assert store.get_article("../_search") is None
    assert store.get_article("A" * 24) is None


def test_extractor_failure_leaves_nothing_behind(store):
    url = "https://failing.example/story"

    def broken_extractor(body):
        raise RuntimeError("extractor bug")

    with pytest.raises(RuntimeError):
        store.submit_article({"body": "About 3 cats.", "source": "Pets", "url": url}, broken_extractor)
    assert store.find_by_url(url) is None
    assert store.submit_article({"body": "About 3 cats.", "source": "Pets", "url": url}, lambda body: []).created


def test_isolated_store_fixture_starts_empty_under_its_own_prefix(isolated_store, store):
    assert isolated_store.prefix != store.prefix
    assert isolated_store.count_articles() == 0 and isolated_store.count_claims() == 0
