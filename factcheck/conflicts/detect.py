"""Conflict detection for stored claims: candidates from the index, verdicts from the rules, conflicts
stored once per pair.

This is the service half of ``factcheck.conflicts``; ``rules`` is the pure half.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

from factcheck.conflicts.measure import units_like, with_synonyms
from factcheck.conflicts.rules import compare, in_time_order, publication_day
from factcheck.index import queries
from factcheck.index.store import public_claim, public_conflict

def conflict_id(claim_a, claim_b):
    """One id per unordered pair of claims, so a pair is stored once whichever side arrived last."""
    first, second = sorted((claim_a["id"], claim_b["id"]))
    return hashlib.sha256(f"{first}|{second}".encode()).hexdigest()[:24]


def conflict_document(earlier, later, verdict, detected_at):
    """The stored form of a verdict on two claims (earlier report first)."""
    subject = (earlier["figure"].get("subject") or later["figure"].get("subject") or "")
    return {
        "id": conflict_id(earlier, later),
        "kind": verdict.kind,
        "subject": subject,
        "claims": [earlier, later],
        "difference": verdict.difference,
        "reason": verdict.reason,
        "explanation": verdict.explanation,
        "status": "open",
        "detected_at": detected_at,
        "updated_at": detected_at,
        "claim_ids": [earlier["id"], later["id"]],
        "article_ids": sorted({earlier["article_id"], later["article_id"]}),
        "sources": sorted({(earlier.get("source") or "").lower(), (later.get("source") or "").lower()}),
        "unit": earlier["figure"].get("unit"),
    }


class ConflictDetector:
    """Finds and stores the conflicts of newly stored figure claims."""

    def __init__(self, store, window_days, candidates_per_figure, notifier=None):
        self.store = store
        self.window_days = window_days
        self.candidates_per_figure = candidates_per_figure
        self.notifier = notifier

    def candidates(self, claim):
        """Stored figures from other sources that may measure what ``claim`` measures."""
        published = publication_day(claim)
        window = None
        if published and self.window_days:
            reach = timedelta(days=self.window_days)
            window = (published - reach, published + reach)
        units = units_like(claim["figure"].get("unit"))
        subject = with_synonyms(claim["figure"].get("subject") or "")
        body = queries.figure_candidates(claim, subject, units, window, self.candidates_per_figure)
        response = self.store.engine.search(self.store.alias("claims"), **body)
        return [public_claim(hit["_source"]) for hit in response["hits"]["hits"]]

    def detect(self, claims):
        """Compare every figure among ``claims`` with its candidates; store the conflicts found and
        return them, as stored, in listing order. A pair already stored keeps its document (and its
        review status); only pairs stored by this call are announced to the webhooks.
        """
        detected_at = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
        found = {}
        for claim in claims:
            figure = claim.get("figure") or {}
            if claim.get("type") != "figure" or not (figure.get("subject") or figure.get("measure")):
                continue
            for candidate in self.candidates(claim):
                verdict = compare(candidate, claim)
                if verdict is None:
                    continue
                earlier, later = in_time_order(candidate, claim)
                document = conflict_document(earlier, later, verdict, detected_at)
                found.setdefault(document["id"], document)
        if not found:
            return []
        conflicts_index = self.store.alias("conflicts")
        already_stored = self.store.engine.bulk_create(conflicts_index, found.items())
        new = [public_conflict(document) for key, document in found.items() if key not in already_stored]
        if new and self.notifier is not None:
            self.notifier.conflicts_detected(new)
        # A pair stored before keeps its first detection time and its review: report it as stored.
        stored = {document["id"]: document for document in
                  self.store.engine.get_many(conflicts_index, sorted(already_stored))} if already_stored else {}
        return listing_order([public_conflict(stored.get(key, document)) for key, document in found.items()])


def listing_order(conflicts):
    """Conflicts in the order the API lists them: contradictions, then updates; newest first; by id."""
    by_id = sorted(conflicts, key=lambda conflict: conflict["id"])
    newest_first = sorted(by_id, key=lambda conflict: conflict["detected_at"], reverse=True)
    return sorted(newest_first, key=lambda conflict: conflict["kind"] != "contradiction")
