"""Conflict detection for a stored article: related articles from the index, figures aligned article by
article, conflicts stored once per pair.

This is the service half of ``factcheck.conflicts``; ``align``, ``features``, ``model`` and ``rules``
are the pure half.

1. Related articles: one candidate query per figure (its unit family, a word of its subject or its
   measure, other sources, the time window), sent together in one multi-search; the articles those
   figures belong to are ranked by how well they matched, and the best ``related_articles`` are kept.
   Index queries, so the cost does not grow with the corpus.
2. The figures of those articles, in one search.
3. For each related article, the two articles' figures are aligned one to one (``align``); a matched
   pair whose values disagree, and that the model finds likely enough to be the same quantity, is a
   conflict. The verdict on two articles depends on those two articles only, whichever arrived last.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

from factcheck.conflicts.align import conflicts_between
from factcheck.conflicts.measure import units_like, with_synonyms
from factcheck.extract.conventions import WRITTEN_ALIKE
from factcheck.extract.measures import is_money
from factcheck.conflicts.model import shipped_model
from factcheck.conflicts.rules import publication_day
from factcheck.index import queries
from factcheck.index.store import public_claim, public_conflict

# Figures of one article compared at most: alignment weighs every pair of two articles' figures in a
# unit family, so a pathological article (a table of 10,000 numbers) must not make it quadratic.
MAX_FIGURES_PER_ARTICLE = 200


def conflict_id(claim_a, claim_b):
    """One id per unordered pair of claims, so a pair is stored once whichever side arrived last."""
    first, second = sorted((claim_a["id"], claim_b["id"]))
    return hashlib.sha256(f"{first}|{second}".encode()).hexdigest()[:24]


def conflict_document(earlier, later, found, match, detected_at):
    """The stored form of a verdict (``found``) on two claims (earlier report first)."""
    subject = (earlier["figure"].get("subject") or later["figure"].get("subject") or "")
    return {
        "id": conflict_id(earlier, later),
        "kind": found.kind,
        "subject": subject,
        "claims": [earlier, later],
        "difference": found.difference,
        "reason": found.reason,
        "explanation": found.explanation,
        "confidence": round(match.probability, 3),
        "status": "open",
        "detected_at": detected_at,
        "updated_at": detected_at,
        "claim_ids": [earlier["id"], later["id"]],
        "article_ids": sorted({earlier["article_id"], later["article_id"]}),
        "sources": sorted({(earlier.get("source") or "").lower(), (later.get("source") or "").lower()}),
        "unit": earlier["figure"].get("unit"),
    }


class ConflictDetector:
    """Finds and stores the conflicts of a newly stored article's figures."""

    def __init__(self, store, window_days, candidates_per_figure, related_articles, min_confidence,
                 notifier=None, model=None):
        self.store = store
        self.window_days = window_days
        self.candidates_per_figure = candidates_per_figure
        self.related_articles = related_articles
        self.min_confidence = min_confidence
        self.notifier = notifier
        self.model = model or shipped_model()

    def _window(self, claim):
        published = publication_day(claim)
        if not (published and self.window_days):
            return None
        reach = timedelta(days=self.window_days)
        return published - reach, published + reach

    def related(self, claims):
        """The ids of the stored articles from other sources whose figures best match the figures among
        ``claims``, best first (at most ``related_articles``)."""
        figures = [claim for claim in claims if claim.get("type") == "figure"][:MAX_FIGURES_PER_ARTICLE]
        bodies = [queries.figure_candidates(claim, with_synonyms(claim["figure"].get("subject") or ""),
                                            _candidate_units(claim["figure"].get("unit")), self._window(claim),
                                            self.candidates_per_figure,
                                            or_same_value=is_money(claim["figure"].get("unit")))
                  for claim in figures]
        scores = {}
        for response in self.store.engine.multi_search(self.store.alias("claims"), bodies):
            best = {}
            for hit in response["hits"]["hits"]:
                article_id = hit["_source"]["article_id"]
                best[article_id] = max(best.get(article_id, 0.0), hit["_score"] or 0.0)
            for article_id, score in best.items():
                scores[article_id] = scores.get(article_id, 0.0) + score
        ranked = sorted(scores, key=lambda article_id: (-scores[article_id], article_id))
        return ranked[:self.related_articles]

    def figures_of(self, article_ids):
        """{article id: its figure claims in body order} for stored articles."""
        if not article_ids:
            return {}
        body = queries.figures_of_articles(article_ids, MAX_FIGURES_PER_ARTICLE)
        hits = self.store.engine.search(self.store.alias("claims"), **body)["hits"]["hits"]
        figures = {article_id: [] for article_id in article_ids}
        for hit in hits:
            claim = public_claim(hit["_source"])
            if len(figures[claim["article_id"]]) < MAX_FIGURES_PER_ARTICLE:
                figures[claim["article_id"]].append(claim)
        return figures

    def detect(self, claims):
        """Compare the figures among ``claims`` (one article's) with related stored articles; store the
        conflicts found and return them, as stored, in listing order. A pair already stored keeps its
        document (and its review status); only pairs stored by this call are announced to the webhooks.
        """
        figures = [claim for claim in claims if claim.get("type") == "figure"][:MAX_FIGURES_PER_ARTICLE]
        if not figures:
            return []
        detected_at = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
        others = self.figures_of(self.related(figures))
        found = {}
        for article_id, other_figures in others.items():
            for earlier, later, result, match in conflicts_between(other_figures, figures, self.min_confidence,
                                                                   self.model):
                document = conflict_document(earlier, later, result, match, detected_at)
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


def _candidate_units(unit):
    """The units a figure's candidates may be in: its own and those that count the same things, and the
    currencies an article may write as it does ("pesos" read as Argentine elsewhere)."""
    return units_like(unit) | WRITTEN_ALIKE.get(unit, frozenset())
