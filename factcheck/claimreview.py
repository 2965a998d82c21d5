"""schema.org ClaimReview documents for reviewed claims, in the shape of schemas/claimreview.json.

Pure: a stored claim, its article and a reviewer's verdict in, a JSON-LD dict out. Search engines and
fact-check aggregators read this markup from the page where the newsroom publishes its review.
"""
from __future__ import annotations

from datetime import date


def _organization(name, url=None):
    document = {"@type": "Organization", "name": name}
    if url:
        document["url"] = url
    return document


def build_claim_review(claim, article, review):
    """The ClaimReview of ``claim`` (public claim dict) found in ``article`` (public article dict).

    ``review`` holds ``rating`` (the verdict in words), optional ``rating_value`` (1 to 5), ``reviewer``
    (``name``, optional ``url``), optional ``url`` of the review page and ``date_published``.
    """
    quote = claim.get("quote") or {}
    appearance = {"@type": "NewsArticle", "publisher": _organization(article["source"])}
    for key, value in (("url", article.get("url")), ("headline", article.get("title")),
                       ("datePublished", article.get("published_at"))):
        if value:
            appearance[key] = value
    item = {"@type": "Claim", "appearance": [appearance]}
    if claim.get("speaker"):
        kind = "Person" if claim.get("speaker_kind") == "person" else "Organization"
        item["author"] = {"@type": kind, "name": claim["speaker"]}
    if claim.get("published_at"):
        item["datePublished"] = claim["published_at"]
    rating = {"@type": "Rating", "alternateName": review["rating"]}
    if review.get("rating_value") is not None:
        rating.update(ratingValue=review["rating_value"], bestRating=5, worstRating=1)
    published = review.get("date_published") or date.today()
    document = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "datePublished": published.isoformat(),
        "claimReviewed": quote.get("content") or claim["text"],
        "itemReviewed": item,
        "reviewRating": rating,
        "author": _organization(review["reviewer"]["name"], review["reviewer"].get("url")),
    }
    if review.get("url"):
        document["url"] = review["url"]
    return document
