"""Articles and their claims in the search engine: save once, find again, read back.

Idempotency without locks. An article's id is derived from its *fingerprint* (normalised source +
body), so the same source+body always lands on the same document and ``create`` (which fails when the
id is taken) decides races. An article's URL can be resubmitted with a different body (an updated
page), so URLs get their own small index, ``<prefix>-urls``: one document per normalised URL whose id
is derived from the URL and which records the owning article id. Whoever creates that document first
owns the URL. Lookups are realtime GETs by id, never searches, so no refresh is needed to see a write
that was just made.

Write order for a new article: URL document, then claims (bulk), then the article. The article comes
last so that whenever an article is visible its claims are too.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
import time
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from factcheck.index import mappings, queries
from factcheck.index.client import DocumentConflict

log = logging.getLogger(__name__)

# How long a submission waits for another in-flight submission of the same URL to store its article.
IN_FLIGHT_WAIT_SECONDS = 5.0
# A URL document whose article still does not exist after this long was left by a crashed writer.
STALE_URL_CLAIM_SECONDS = 120.0

ARTICLE_ID_LENGTH = 24
ARTICLE_ID_PATTERN = re.compile(rf"[0-9a-f]{{{ARTICLE_ID_LENGTH}}}")

# Query parameters that identify a campaign, not a page.
_TRACKING_PARAMETER = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$", re.IGNORECASE)


class ArticleInFlight(Exception):
    """Another request is storing an article under the same URL right now; retry shortly."""


def _collapse_whitespace(text):
    return " ".join(text.split())


def fingerprint(source, body):
    """What makes two submissions "the same article" without a URL: source and body, normalised.

    Unicode NFC, whitespace runs collapsed, source compared without case. Hex SHA-256.
    """
    normalized_source = _collapse_whitespace(unicodedata.normalize("NFC", source)).casefold()
    normalized_body = _collapse_whitespace(unicodedata.normalize("NFC", body))
    digest = hashlib.sha256()
    digest.update(b"factcheck-article-v1\0")
    digest.update(normalized_source.encode("utf-8"))
    digest.update(b"\0")
    digest.update(normalized_body.encode("utf-8"))
    return digest.hexdigest()


def article_id_for(article_fingerprint):
    """The article id: the start of its fingerprint (96 bits)."""
    return article_fingerprint[:ARTICLE_ID_LENGTH]


def claim_id_for(article_id, position, revision=None):
    """A claim's id: its article's id, the claim revision (after an update in place) and its position
    in the article's claim list."""
    return f"{article_id}-{revision}-{position}" if revision else f"{article_id}-{position}"


def claim_ids_of(document):
    """The ids of a stored article's claims, in body order."""
    return [claim_id_for(document["id"], position, document.get("claim_revision"))
            for position in range(document.get("claim_count") or 0)]


def normalize_url(url):
    """The URL as a key: scheme and host lowercased, default port, fragment and tracking
    parameters dropped, trailing slash of the path ignored."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = parts.path.rstrip("/") or "/"
    query = urlencode([(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING_PARAMETER.match(key)])
    return urlunsplit((scheme, host, path, query, ""))


def url_key(url):
    """Id of the URL document: hex SHA-256 of the normalised URL."""
    return hashlib.sha256(normalize_url(url).encode("utf-8")).hexdigest()


def _now():
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _age_seconds(timestamp):
    try:
        return (datetime.now(timezone.utc) - datetime.fromisoformat(timestamp)).total_seconds()
    except (TypeError, ValueError):
        return float("inf")


# Fields of the stored article document that are not part of the public article.
_INTERNAL_ARTICLE_FIELDS = ("fingerprint", "url_key", "claim_revision", "_seq_no", "_primary_term")


def public_article(document):
    """The article as the API shows it (internal bookkeeping fields removed)."""
    return {key: value for key, value in document.items() if key not in _INTERNAL_ARTICLE_FIELDS}


@dataclass
class Submission:
    """The result of ``Store.submit_article``: the stored article, its claims and whether this call
    created them (False: an identical article was already stored)."""

    article: dict
    claims: list
    created: bool
    replaced: bool = False


class Store:
    """Articles and claims under one index prefix."""

    def __init__(self, engine, prefix, auto_create=True):
        self.engine = engine
        self.prefix = prefix
        self.auto_create = auto_create
        self.specs = mappings.index_specs(prefix)
        self._installed_pid = None
        self._install_lock = threading.Lock()

    def alias(self, name):
        """The alias of one of factcheck's indices (``articles``, ``claims``, ...)."""
        return self.specs[name].alias

    # -- set-up --------------------------------------------------------------------------------

    def ensure_indices(self):
        """Install missing templates, indices and aliases once per process (when auto-create is on).

        Failures are not remembered, so the next request tries again.
        """
        if not self.auto_create or self._installed_pid == os.getpid():
            return
        with self._install_lock:
            if self._installed_pid != os.getpid():
                mappings.install(self.engine, self.specs)
                self._installed_pid = os.getpid()

    def readiness(self):
        """``(ready, report)``: the engine's health and whether every alias exists.

        Red cluster health or a missing alias means not ready; yellow is ready (single node).
        Engine connection errors propagate (they mean not ready too).
        """
        health = self.engine.health()
        report = {"engine": {"status": health.get("status"), "cluster_name": health.get("cluster_name"),
                             "number_of_nodes": health.get("number_of_nodes")}}
        if health.get("status") == "red":
            report["problem"] = "search engine cluster health is red"
            return False, report
        missing = mappings.missing_aliases(self.engine, self.specs)
        if missing and self.auto_create:
            # Readiness is what brings a fresh deployment up (or back after the indices were deleted):
            # install here rather than wait for a write that would never be routed to us.
            self._installed_pid = None
            self.ensure_indices()
            missing = mappings.missing_aliases(self.engine, self.specs)
        report["indices"] = {spec.alias: spec.alias not in missing for spec in self.specs.values()}
        if missing:
            report["problem"] = "missing indices: " + ", ".join(missing)
            return False, report
        return True, report

    # -- reads ---------------------------------------------------------------------------------

    def get_article(self, article_id):
        """``(article, claims)`` for an article id, or None (realtime: sees writes immediately)."""
        document = self._article_document(article_id)
        if document is None:
            return None
        claims = self.engine.get_many(self.alias("claims"), claim_ids_of(document))
        return public_article(document), [public_claim(claim) for claim in claims]

    def _article_document(self, article_id):
        """The stored article document (with its bookkeeping fields), or None; ids that cannot be
        article ids never reach the engine."""
        if not ARTICLE_ID_PATTERN.fullmatch(article_id or ""):
            return None
        self.ensure_indices()
        return self.engine.get(self.alias("articles"), article_id)

    def find_by_fingerprint(self, article_fingerprint):
        """The stored article document with this fingerprint, or None."""
        self.ensure_indices()
        return self.engine.get(self.alias("articles"), article_id_for(article_fingerprint))

    def find_by_url(self, url):
        """The stored article document that owns this URL, or None.

        Waits briefly when another request has claimed the URL but not yet stored its article;
        raises ``ArticleInFlight`` if it is still not there. A claim older than
        ``STALE_URL_CLAIM_SECONDS`` without its article is removed (its writer crashed).
        """
        self.ensure_indices()
        key = url_key(url)
        url_document = self.engine.get(self.alias("urls"), key)
        if url_document is None:
            return None
        deadline = time.monotonic() + IN_FLIGHT_WAIT_SECONDS
        delay = 0.02
        while True:
            document = self.engine.get(self.alias("articles"), url_document["article_id"])
            if document is not None:
                return document
            if _age_seconds(url_document.get("created_at")) > STALE_URL_CLAIM_SECONDS:
                log.warning("removing stale URL claim %s for article %s", key, url_document["article_id"])
                try:
                    self.engine.delete(self.alias("urls"), key, if_seq_no=url_document["_seq_no"],
                                       if_primary_term=url_document["_primary_term"])
                except DocumentConflict:
                    pass  # someone else replaced it meanwhile; the caller retries the create
                return None
            if time.monotonic() >= deadline:
                raise ArticleInFlight(url)
            time.sleep(delay)
            delay = min(delay * 2, 0.5)

    # -- writes --------------------------------------------------------------------------------

    def submit_article(self, fields, extract):
        """Store an article (``body``, ``source`` and optional ``title``, ``url``, ``published_at``,
        ``language``) with the claims ``extract(body)`` returns, unless it is already stored.

        Already stored means: the same source and body, or the same URL with the same body. Then
        nothing is written and the stored article comes back with ``created=False``. The same URL
        with a new body is an updated page: the stored article is replaced in place (same id, new
        claims, ``replaced=True``). ``extract`` is only called for new or updated articles. Safe under
        concurrent submissions: exactly one of them creates, and concurrent updates never mix claims.
        """
        self.ensure_indices()
        article_fingerprint = fingerprint(fields["source"], fields["body"])
        article_id = article_id_for(article_fingerprint)
        url = fields.get("url")

        existing = self.find_by_fingerprint(article_fingerprint)
        if existing is None and url:
            existing = self.find_by_url(url)
            if existing is not None and existing.get("fingerprint") != article_fingerprint:
                return self._replace_article(existing, fields, article_fingerprint, extract)
        if existing is None:
            existing = self._find_updated_to(article_fingerprint)
        if existing is not None:
            return self._stored(existing)

        created_at = _now()
        article = {
            "id": article_id,
            "url": url,
            "source": fields["source"],
            "title": fields.get("title"),
            "body": fields["body"],
            "published_at": fields.get("published_at"),
            "language": fields.get("language"),
            "created_at": created_at,
            "updated_at": None,
        }
        # Extract before claiming the URL: the claim is then held only for the writes, and an
        # extractor failure leaves nothing behind.
        claims = [self._claim_document(article, position, claim, created_at)
                  for position, claim in enumerate(extract(fields["body"]))]
        article["claim_count"] = len(claims)

        if url:
            try:
                self.engine.create(self.alias("urls"), url_key(url),
                                   {"url": normalize_url(url), "article_id": article_id, "created_at": created_at})
            except DocumentConflict:
                # Lost the race for this URL (or a stale claim was just removed and re-taken).
                existing = self.find_by_url(url)
                if existing is None:
                    raise ArticleInFlight(url) from None
                return self._stored(existing)
        try:
            return self._write_new_article(article, article_fingerprint, claims)
        except Exception:
            if url:
                # Release the URL so a retry is not kept waiting for an article that will not come.
                self._release_url(url)
            raise

    def _write_new_article(self, article, article_fingerprint, claims):
        # Claims first, article last: a visible article always has its claims.
        self.engine.bulk_create(self.alias("claims"), ((claim["id"], claim) for claim in claims))
        url = article["url"]
        document = dict(article, fingerprint=article_fingerprint, url_key=url_key(url) if url else None)
        try:
            self.engine.create(self.alias("articles"), article["id"], document)
        except DocumentConflict:
            # An identical submission (same source+body) finished first; its claims are the ones kept.
            existing = self.engine.get(self.alias("articles"), article["id"])
            if existing is not None:
                return self._stored(existing)
            raise
        return Submission(article=public_article(article), claims=[public_claim(c) for c in claims],
                          created=True)

    def _find_updated_to(self, article_fingerprint):
        """An article whose body was updated in place to this fingerprint (its id comes from the
        first edition, so the realtime get by id cannot find it)."""
        hits = self.engine.search(self.alias("articles"), query={"term": {"fingerprint": article_fingerprint}},
                                  size=1)["hits"]["hits"]
        if not hits:
            return None
        return self.engine.get(self.alias("articles"), hits[0]["_id"])

    def _replace_article(self, existing, fields, article_fingerprint, extract):
        """Replace a stored article's body and claims in place (an updated page under the same URL).

        New claims are written under a fresh revision first; the article is then switched to them
        with an optimistic-concurrency write, so readers see the old or the new edition, never a mix.
        The old claims and the conflicts resting on them are removed afterwards.
        """
        now = _now()
        revision = uuid.uuid4().hex[:8]
        article = {
            "id": existing["id"],
            "url": existing.get("url") or fields.get("url"),
            "source": fields["source"],
            "title": fields.get("title"),
            "body": fields["body"],
            "published_at": fields.get("published_at"),
            "language": fields.get("language"),
            "created_at": existing.get("created_at"),
            "updated_at": now,
        }
        claims = [self._claim_document(article, position, claim, now, revision)
                  for position, claim in enumerate(extract(fields["body"]))]
        article["claim_count"] = len(claims)
        self.engine.bulk_create(self.alias("claims"), ((claim["id"], claim) for claim in claims))
        document = dict(article, fingerprint=article_fingerprint, url_key=existing.get("url_key"),
                        claim_revision=revision)
        try:
            self.engine.put(self.alias("articles"), article["id"], document,
                            if_seq_no=existing["_seq_no"], if_primary_term=existing["_primary_term"])
        except DocumentConflict:
            # Another update won; drop our claims and answer with the article as it now is.
            self.engine.bulk_delete(self.alias("claims"), [claim["id"] for claim in claims])
            return self._stored(self.engine.get(self.alias("articles"), article["id"]) or existing)
        self._remove_claims_and_conflicts(existing)
        # Later submissions of this body find the article by its fingerprint through search.
        self.refresh("articles")
        return Submission(article=public_article(article), claims=[public_claim(c) for c in claims],
                          created=False, replaced=True)

    def _remove_claims_and_conflicts(self, document):
        """Delete an article edition's claims and every conflict resting on them."""
        claim_ids = claim_ids_of(document)
        # The conflicts index is searched for the ids to delete: it must see the latest writes.
        self.engine.refresh(self.alias("conflicts"))
        conflict_ids = self._ids(self.alias("conflicts"), {"terms": {"claim_ids": claim_ids}}) if claim_ids else []
        self.engine.bulk_delete(self.alias("conflicts"), conflict_ids)
        self.engine.bulk_delete(self.alias("claims"), claim_ids)
        # Deleted claims must stop being conflict candidates for the next article.
        self.refresh("claims", "conflicts")

    def _release_url(self, url):
        try:
            self.engine.delete(self.alias("urls"), url_key(url))
        except Exception:  # best effort; a stale claim expires after STALE_URL_CLAIM_SECONDS anyway
            log.warning("could not release URL claim for %s", url, exc_info=True)

    def _stored(self, document):
        stored = self.get_article(document["id"])
        if stored is None:  # deleted between the two reads; report what was found
            return Submission(article=public_article(document), claims=[], created=False)
        article, claims = stored
        return Submission(article=article, claims=claims, created=False)

    @staticmethod
    def _claim_document(article, position, claim, indexed_at, revision=None):
        document = claim.to_dict() if hasattr(claim, "to_dict") else dict(claim)
        document["id"] = claim_id_for(article["id"], position, revision)
        document["article_id"] = article["id"]
        document["source"] = article["source"]
        document["published_at"] = article["published_at"]
        document["indexed_at"] = indexed_at
        return document

    def refresh(self, *names):
        """Make recent writes searchable (tests, and reads that must see a write through search)."""
        for name in names or tuple(self.specs):
            self.engine.refresh(self.alias(name))

    def count_claims(self, article_id=None):
        """Number of searchable claims (of one article when ``article_id`` is given)."""
        query = {"term": {"article_id": article_id}} if article_id else None
        return self.engine.count(self.alias("claims"), query)

    def count_articles(self, **terms):
        """Number of searchable articles matching exact field values (all when none given)."""
        query = {"bool": {"filter": [{"term": {key: value}} for key, value in terms.items()]}} if terms else None
        return self.engine.count(self.alias("articles"), query)

    # -- claim search and conflicts -----------------------------------------------------------------

    def search_claims(self, params):
        """``{items, total, next, facets}`` for validated ``GET /v1/claims`` parameters."""
        self.ensure_indices()
        body = queries.claim_search(params)
        response = self.engine.search(self.alias("claims"), user_query=True, **body)
        hits = response["hits"]["hits"]
        items = [dict(public_claim(hit["_source"]), highlights=hit.get("highlight", {})) for hit in hits]
        facets = {name: [{"value": bucket["key"], "count": bucket["doc_count"]}
                         for bucket in response["aggregations"][name]["buckets"]]
                  for name in queries.CLAIM_FACETS}
        return {"items": items, "total": response["hits"]["total"]["value"],
                "next": _next_cursor(hits, params["size"]), "facets": facets}

    def get_claim(self, claim_id):
        """One stored claim, or None (realtime)."""
        self.ensure_indices()
        document = self.engine.get(self.alias("claims"), claim_id)
        if document is None:
            return None
        return public_claim({key: value for key, value in document.items()
                             if key not in ("_seq_no", "_primary_term")})

    def search_conflicts(self, params):
        """``{items, total, next}`` for validated ``GET /v1/conflicts`` parameters (newest first).

        Conflicts are written without a refresh; listing them refreshes first, since a fact-checker
        expects to see a conflict the moment the article that raised it was acknowledged.
        """
        self.ensure_indices()
        self.engine.refresh(self.alias("conflicts"))
        return self._conflict_page(params)

    def _conflict_page(self, params):
        response = self.engine.search(self.alias("conflicts"), user_query=True, **queries.conflict_search(params))
        hits = response["hits"]["hits"]
        return {"items": [public_conflict(hit["_source"]) for hit in hits],
                "total": response["hits"]["total"]["value"], "next": _next_cursor(hits, params["size"])}

    def conflicts_of(self, limit=100, **scope):
        """Every conflict (contradictions, then updates) of one ``article_id`` or ``claim_id``, up to
        ``limit`` of each kind."""
        self.ensure_indices()
        self.engine.refresh(self.alias("conflicts"))  # once for both kinds
        conflicts = []
        for kind in ("contradiction", "update"):
            conflicts.extend(self._conflict_page(dict(scope, kind=kind, size=limit))["items"])
        return conflicts

    def get_conflict(self, conflict_id):
        """One stored conflict (public shape), or None."""
        self.ensure_indices()
        document = self.engine.get(self.alias("conflicts"), conflict_id)
        return public_conflict(document) if document is not None else None

    def review_conflict(self, conflict_id, status, note=None):
        """Set a conflict's review status (open, confirmed, dismissed); the updated conflict or None."""
        self.ensure_indices()
        fields = {"status": status, "updated_at": _now()}
        if note is not None:
            fields["note"] = note
        if not self.engine.update(self.alias("conflicts"), conflict_id, fields):
            return None
        return self.get_conflict(conflict_id)

    def delete_article(self, article_id):
        """Remove an article, its claims, its URL and the conflicts resting on its claims.

        Returns False when there is no such article.
        """
        document = self._article_document(article_id)
        if document is None:
            return False
        self.engine.delete(self.alias("articles"), article_id)
        if document.get("url_key"):
            self.engine.delete(self.alias("urls"), document["url_key"])
        self._remove_claims_and_conflicts(document)
        return True

    def _ids(self, index, query, page=500):
        ids, search_after = [], None
        while True:
            body = {"query": query, "size": page, "sort": [{"id": "asc"}], "_source": False,
                    "track_total_hits": False}
            if search_after:
                body["search_after"] = search_after
            hits = self.engine.search(index, **body)["hits"]["hits"]
            ids.extend(hit["_id"] for hit in hits)
            if len(hits) < page:
                return ids
            search_after = hits[-1]["sort"]


def _next_cursor(hits, size):
    """The cursor of the page after ``hits``, or None when this was the last page."""
    if len(hits) < size or not hits:
        return None
    return queries.encode_cursor(hits[-1]["sort"])


# Fields of a stored conflict that exist for filtering, not for the public shape.
INTERNAL_CONFLICT_FIELDS = ("claim_ids", "article_ids", "sources", "unit", "_seq_no", "_primary_term")


def public_conflict(document):
    """The conflict as the API shows it."""
    return {key: value for key, value in document.items() if key not in INTERNAL_CONFLICT_FIELDS}


# Fields of a stored claim that exist for the index, not for the public shape.
INTERNAL_CLAIM_FIELDS = ("indexed_at",)


def public_claim(document):
    """The claim as the API shows it (index-only fields removed); use it on search hits too."""
    return {key: value for key, value in document.items() if key not in INTERNAL_CLAIM_FIELDS}

