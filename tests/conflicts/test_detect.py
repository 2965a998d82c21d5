"""Conflict detection against the real engine: candidates come from the index, each pair is stored once."""
import uuid

import pytest

from factcheck.conflicts.detect import ConflictDetector
from factcheck.index import queries


def figure(text, value, unit, subject, qualifier="exact", role=None):
    """An extractor output for one figure (what ``Claim.to_dict()`` gives), offsets into ``text``."""
    return {"id": None, "article_id": None, "type": "figure", "text": text, "start": 0, "end": len(text),
            "sentence": text, "source": None, "published_at": None, "speaker": None, "speaker_kind": None,
            "confidence": 0.9, "checkworthiness": 0.6, "quote": None,
            "figure": {"value": value, "unit": unit, "qualifier": qualifier, "low": None, "high": None,
                       "subject": subject, "raw": text, "role": role, "linked": None}}


def submit(store, source, day, claims):
    """Store an article whose extractor yields ``claims``; return the stored claims."""
    body = f"{source} report {uuid.uuid4().hex}"
    fields = {"body": body, "source": source, "published_at": day}
    submission = store.submit_article(fields, lambda _body: claims)
    store.refresh("claims")
    return submission.claims


@pytest.fixture
def store(isolated_store):
    """A store of its own: candidate queries must not see other tests' articles."""
    return isolated_store


@pytest.fixture
def detector(store):
    return ConflictDetector(store, window_days=90, candidates_per_figure=20)


def count_conflicts(store, claim_id):
    store.refresh("conflicts")
    return store.engine.count(store.alias("conflicts"), {"term": {"claim_ids": claim_id}})


def test_conflicting_figure_from_another_source_is_found_and_stored_once(store, detector):
    topic = uuid.uuid4().hex[:8]
    first = submit(store, "Daily Orbit", "2025-06-24",
                   [figure("78 satellites", 78, "satellite", f"Kuiper{topic} satellites launched into orbit")])
    second = submit(store, "Space Ledger", "2025-06-24",
                    [figure("102 satellites", 102, "satellite", f"Kuiper{topic} satellites placed in orbit")])
    conflicts = detector.detect(second)
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert conflict["kind"] == "contradiction"
    assert {c["source"] for c in conflict["claims"]} == {"Daily Orbit", "Space Ledger"}
    assert {c["id"] for c in conflict["claims"]} == {first[0]["id"], second[0]["id"]}
    assert "78 satellites" in conflict["explanation"] and "102 satellites" in conflict["explanation"]
    assert conflict["status"] == "open"
    # Detecting again (or from the other side) stores nothing new.
    detector.detect(second)
    detector.detect(first)
    assert count_conflicts(store, second[0]["id"]) == 1


def test_agreeing_and_unrelated_figures_are_not_conflicts(store, detector):
    topic = uuid.uuid4().hex[:8]
    submit(store, "Daily Orbit", "2025-06-24",
           [figure("$175 billion", 175e9, "USD", f"Dome{topic} shield cost")])
    agreeing = submit(store, "Space Ledger", "2025-06-24",
                      [figure("roughly $175 billion", 175e9, "USD", f"Dome{topic} shield cost", "approximate"),
                       figure("$2 billion", 2e9, "USD", f"Dome{topic} interceptor research grant")])
    assert detector.detect(agreeing) == []


def test_the_same_source_never_conflicts_with_itself(store, detector):
    topic = uuid.uuid4().hex[:8]
    submit(store, "Daily Orbit", "2025-06-24", [figure("12 ships", 12, "ship", f"Fleet{topic} ships sunk")])
    again = submit(store, "daily orbit", "2025-06-24", [figure("19 ships", 19, "ship", f"Fleet{topic} ships sunk")])
    assert detector.detect(again) == []


def test_candidates_outside_the_time_window_are_not_fetched(store, detector):
    topic = uuid.uuid4().hex[:8]
    submit(store, "Daily Orbit", "2020-01-01", [figure("40 homes", 40, "home", f"Town{topic} homes destroyed")])
    late = submit(store, "Space Ledger", "2025-06-24",
                  [figure("90 homes", 90, "home", f"Town{topic} homes destroyed")])
    assert detector.candidates(late[0]) == []
    body = queries.figure_candidates(late[0], late[0]["figure"]["subject"], {"home"}, published_between=None,
                                     size=5)
    assert "range" not in str(body["query"]["bool"]["filter"])


def test_subjects_sharing_only_stop_words_are_not_candidates(store, detector):
    submit(store, "Daily Orbit", "2025-06-24", [figure("40 metres", 40, "metre", "the height of the new tower")])
    other = submit(store, "Space Ledger", "2025-06-24",
                   [figure("90 metres", 90, "metre", "the length of the old bridge")])
    assert detector.candidates(other[0]) == []


def test_candidates_include_synonymous_units(store, detector):
    topic = uuid.uuid4().hex[:8]
    submit(store, "Daily Orbit", "2026-04-28", [figure("58,000 cars", 58000, "car", f"Norvell{topic} delivered cars")])
    other = submit(store, "Space Ledger", "2026-04-28",
                   [figure("85,000 vehicles", 85000, "vehicle", f"Norvell{topic} delivered vehicles")])
    assert [c["text"] for c in detector.candidates(other[0])] == ["58,000 cars"]
    assert len(detector.detect(other)) == 1


def _priced(text, value, sentence, subject, measure):
    claim = figure(text, value, "USD", subject)
    claim["sentence"] = sentence
    claim["figure"]["measure"] = measure
    return claim


def test_money_of_the_same_measure_is_a_candidate_without_a_shared_word(store, detector):
    submit(store, "Daily Orbit", "2026-05-20", [_priced(
        "$1.2 billion", 1.2e9, "The council voted to approve a $1.2 billion stadium.", "council voted approve", "cost")])
    other = submit(store, "Space Ledger", "2026-05-20", [_priced(
        "$1.4 billion", 1.4e9, "The project will cost $1.4 billion.", "project cost", "cost")])
    assert [c["text"] for c in detector.candidates(other[0])] == ["$1.2 billion"]
    assert [c["kind"] for c in detector.detect(other)] == ["contradiction"]


def test_candidates_are_found_through_words_for_the_same_thing(store, detector):
    topic = uuid.uuid4().hex[:8]
    submit(store, "Daily Orbit", "2025-06-02", [figure("850,000 square feet", 850000, "square foot",
                                                       f"Halvorsen{topic} plant covers")])
    other = submit(store, "Space Ledger", "2025-06-09", [figure("580,000 square feet", 580000, "square foot",
                                                               "factory on the north edge")])
    assert [c["text"] for c in detector.candidates(other[0])] == ["850,000 square feet"]
