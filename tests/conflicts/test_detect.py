"""Conflict detection against the real engine: related articles come from the index, their figures are
aligned with the new article's, each conflict is stored once."""
import uuid

import pytest

from factcheck.conflicts.detect import ConflictDetector
from factcheck.extract import extract_claims
from factcheck.index import queries


def unique_name(prefix):
    """A capitalised name no other test uses, in letters only (digits in it would be read as figures)."""
    return prefix + "".join(chr(ord("a") + int(digit, 16)) for digit in uuid.uuid4().hex[:6])


def submit(store, source, day, body):
    """Store an article (its claims extracted from ``body``); return its stored figure claims."""
    submission = store.submit_article({"body": body, "source": source, "published_at": day}, extract_claims)
    store.refresh("claims")
    return [claim for claim in submission.claims if claim["type"] == "figure"]


@pytest.fixture
def store(isolated_store):
    """A store of its own: candidate queries must not see other tests' articles."""
    return isolated_store


@pytest.fixture
def detector(store):
    return ConflictDetector(store, window_days=90, candidates_per_figure=20, related_articles=10,
                            min_confidence=0.45)


def count_conflicts(store, claim_id):
    store.refresh("conflicts")
    return store.engine.count(store.alias("conflicts"), {"term": {"claim_ids": claim_id}})


def test_a_conflicting_figure_from_another_source_is_found_and_stored_once(store, detector):
    name = unique_name("Kestrel")
    first = submit(store, "Plains Wire", "2025-05-06",
                   f"Regulators approved the {name} wind farm, which will have a capacity of about 200 megawatts.")
    second = submit(store, "Energy Markets Daily", "2025-05-07",
                    f"The {name} wind farm has a capacity of 320 MW, the company said.")
    conflicts = detector.detect(second)
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert conflict["kind"] == "contradiction"
    assert {c["source"] for c in conflict["claims"]} == {"Plains Wire", "Energy Markets Daily"}
    assert {c["id"] for c in conflict["claims"]} == {first[0]["id"], second[0]["id"]}
    assert "about 200 megawatts" in conflict["explanation"] and "320 MW" in conflict["explanation"]
    assert conflict["status"] == "open"
    assert 0.5 <= conflict["confidence"] <= 1
    # Detecting again (or from the other side) stores nothing new.
    detector.detect(second)
    detector.detect(first)
    assert count_conflicts(store, second[0]["id"]) == 1


def test_dollars_read_differently_by_two_articles_are_still_compared(store, detector):
    name = unique_name("Kellerton")
    first = submit(store, "Kellerton Free Press", "2026-03-03",
                   f"{name} collected $41.7 million in parking fines last year, the auditor general says.")
    second = submit(store, "Northern Press Service", "2026-03-03",
                    f"PORTAGE, Ont. (NPS) — {name} took in $47.1-million from parking fines last year, the "
                    "auditor general found.")
    assert (first[0]["figure"]["unit"], second[0]["figure"]["unit"]) == ("USD", "CAD")
    conflicts = detector.detect(second)
    assert [{c["id"] for c in conflict["claims"]} for conflict in conflicts] == [{first[0]["id"], second[0]["id"]}]


def test_agreeing_figures_are_not_conflicts(store, detector):
    name = unique_name("Dome")
    submit(store, "Orbital Ledger", "2025-06-24", f"The administration has put the cost of {name} at $175bn.")
    agreeing = submit(store, "Launch Report", "2025-06-25",
                      f"{name}, modeled loosely on another shield, carries a price tag of roughly $175 billion.")
    assert detector.detect(agreeing) == []


def test_a_figure_matched_with_an_agreeing_one_is_not_held_against_another(store, detector):
    name = unique_name("Gray")
    submit(store, "Plains Wire", "2025-05-06",
           f"Building the {name} farm is expected to create 250 construction jobs and 12 permanent jobs.")
    later = submit(store, "KHLN Public Radio", "2025-05-09",
                   f"Construction of the {name} farm would employ about 250 workers at its peak, Northwind said.")
    assert detector.detect(later) == []


def test_the_same_source_never_conflicts_with_itself(store, detector):
    name = unique_name("Fleet")
    submit(store, "Daily Orbit", "2025-06-24", f"The {name} storm sank 12 ships off the coast.")
    again = submit(store, "daily orbit", "2025-06-25", f"The {name} storm sank 19 ships off the coast.")
    assert detector.detect(again) == []


def test_articles_outside_the_time_window_are_not_compared(store, detector):
    name = unique_name("Town")
    submit(store, "Daily Orbit", "2020-01-01", f"The {name} fire destroyed 40 homes.")
    late = submit(store, "Space Ledger", "2025-06-24", f"The {name} fire destroyed 90 homes.")
    assert detector.related(late) == []
    assert detector.detect(late) == []
    body = queries.figure_candidates(late[0], late[0]["figure"]["subject"], {"home"}, published_between=None,
                                     size=5)
    assert "range" not in str(body["query"]["bool"]["filter"])


def test_related_articles_are_found_through_synonymous_units_and_ranked(store, detector):
    name = unique_name("Norvell")
    cars = submit(store, "Daily Orbit", "2026-04-28", f"{name} delivered 58,000 cars in the quarter.")
    submit(store, "Other Desk", "2026-04-28", "A ferry carried 58,000 passengers last summer.")
    vehicles = submit(store, "Space Ledger", "2026-04-28",
                      f"{name} delivered 85,000 vehicles in the quarter, the company said.")
    related = detector.related(vehicles)
    assert related[0] == cars[0]["article_id"]
    assert [conflict["kind"] for conflict in detector.detect(vehicles)] == ["contradiction"]


def test_the_figures_of_related_articles_come_in_body_order(store, detector):
    name = unique_name("Harbor")
    claims = submit(store, "Daily Orbit", "2026-04-28",
                    f"The {name} bridge will cost $340 million. Repairs will take 18 months and close 4 lanes.")
    article_id = claims[0]["article_id"]
    figures = detector.figures_of([article_id])[article_id]
    assert [claim["text"] for claim in figures] == ["$340 million", "18", "4"]
    assert all(claim["type"] == "figure" for claim in figures)


def test_an_article_with_no_figures_is_not_searched(store, detector):
    submission = store.submit_article({"body": "The mayor said the plan was sound.", "source": "Daily Orbit",
                                       "published_at": "2026-04-28"}, extract_claims)
    assert submission.claims and detector.detect(submission.claims) == []


@pytest.mark.parametrize("first_body, second_body, reason", [
    # the same number in another currency is a candidate, though no unit of the first counts it
    ("The state will spend 46 million pesos repairing the {name} cable car line, the governor said.",
     "The state will spend 46 million dollars repairing the {name} cable car line, officials said.", "unit"),
    # "pesos" read as Argentine in one article and Mexican in the other
    ("In Córdoba, Argentina, the municipality spent 240 million pesos printing the {name} ballots, officials said.",
     "The {name} ballots cost the municipality 24 million pesos to print.", "scale"),
])
def test_an_amount_in_another_currency_is_a_candidate(store, detector, first_body, second_body, reason):
    name = unique_name("Tlal")
    submit(store, "Valle Wire", "2025-05-06", first_body.format(name=name))
    second = submit(store, "Metro Alerta", "2025-05-07", second_body.format(name=name))
    conflicts = detector.detect(second)
    assert [(conflict["kind"], conflict["reason"]) for conflict in conflicts] == [("contradiction", reason)]
