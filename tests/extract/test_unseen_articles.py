"""Articles the extractor was not tuned on (tests/extract/unseen/), labelled by hand in labels.json as
a careful reader would label them. Each measure has a floor set at its goal: figures found >= 0.95 with
the right unit >= 0.9; quotes found >= 0.95 with the right speaker >= 0.9; attributions found >= 0.9;
named speakers graded with the right kind (person, organization) >= 0.85. Add articles on new topics
(labelled before the extractor is run on them) rather than tuning to these. A labelled unit is matched
by the noun a compound counts ("owner" by "property owner"); a fraction of a whole is a percentage
("About a quarter" is 25 %)."""
import json
import pathlib

import pytest

from factcheck.extract import extract_claims
from factcheck.extract.figures import counted_head  # "property owners" count owners

HERE = pathlib.Path(__file__).parent / "unseen"
LABELS = {name: label for name, label in json.loads((HERE / "labels.json").read_text()).items()
          if not name.startswith("_")}


def _claims(name):
    body = (HERE / f"{name}.txt").read_text(encoding="utf-8")
    return body, [claim.to_dict() for claim in extract_claims(body)]


def _span(body, surface):
    start = body.find(surface)
    assert start >= 0, surface
    return start, start + len(surface)


def _overlapping(claims, kind, start, end):
    return [c for c in claims if c["type"] == kind and c["start"] < end and c["end"] > start]


def _measures():
    counts = dict(figures=0, values=0, units=0, quotes=0, found=0, speakers=0, sources=0, credited=0, named=0,
                  kinds=0)
    for name, label in LABELS.items():
        body, claims = _claims(name)
        for surface, value, unit in label["figures"]:
            counts["figures"] += 1
            hits = [c for c in _overlapping(claims, "figure", *_span(body, surface))
                    if abs(c["figure"]["value"] - value) <= 0.005 * abs(value) + 1e-9]
            if hits:
                counts["values"] += 1
                counts["units"] += unit is None or counted_head(hits[0]["figure"]["unit"]) in (unit, counted_head(unit))
        for words, speaker in label["quotes"]:
            counts["quotes"] += 1
            hits = _overlapping(claims, "quote", *_span(body, words))
            counts["found"] += bool(hits)
            counts["speakers"] += any((c["speaker"] or "").lower() == speaker.lower() for c in hits)
        for source in label["attributions"]:
            counts["sources"] += 1
            counts["credited"] += any(source.lower() in (c["speaker"] or "").lower() or source.lower() in c["text"].lower()
                                      for c in claims if c["type"] == "attribution")
        for name_, kind in label.get("kinds", {}).items():
            counts["named"] += 1
            graded = {c["speaker_kind"] for c in claims if (c["speaker"] or "").lower() == name_.lower()}
            counts["kinds"] += graded == {kind}
    return counts


def test_figures_are_found_with_their_value_and_unit():
    counts = _measures()
    assert counts["values"] / counts["figures"] >= 0.95
    assert counts["units"] / counts["values"] >= 0.9


def test_quotes_are_found_with_their_speaker():
    counts = _measures()
    assert counts["found"] / counts["quotes"] >= 0.95
    assert counts["speakers"] / counts["quotes"] >= 0.9


def test_attributions_are_found():
    counts = _measures()
    assert counts["credited"] / counts["sources"] >= 0.9


def test_named_speakers_are_graded_person_or_organization():
    counts = _measures()
    assert counts["kinds"] / counts["named"] >= 0.85


@pytest.mark.parametrize("name", sorted(LABELS))
def test_counts_are_not_verbs_and_decades_are_not_quantities(name):
    body, claims = _claims(name)
    for surface, value in LABELS[name]["bare_counts"]:
        verb = surface.split()[-1]
        for claim in _overlapping(claims, "figure", *_span(body, surface)):
            assert claim["figure"]["unit"] != verb, surface
    for surface in LABELS[name]["not_figures"]:
        assert not _overlapping(claims, "figure", *_span(body, surface)), surface


@pytest.mark.parametrize("sentence, value, unit", [
    ("Temperatures will drop to minus 3 degrees Celsius.", -3, "degree celsius"),
    ("Shares fell -3% on Monday.", -3, "%"),
    ("Temperatures fell to –50C at the dome.", -50, "degree celsius"),  # an en dash set as a minus
    ("Gold sold at ₹1,24,500 per 10 grams.", 124500, "INR"),  # thousands grouped as India groups them
    ("About 1/4 of cases involve adults.", 25, "%"),
    ("Debt fell by a third.", 100 / 3, "%"),
    ("About a quarter of voters skipped it.", 25, "%"),
    ("It will reinvest roughly half of the money.", 50, "%"),
    ("Officials confirmed 37 new measles cases.", 37, "measles case"),
    ("The other 23 keep working.", 23, None),
])
def test_negative_numbers_fractions_and_counted_nouns(sentence, value, unit):
    from factcheck.extract.figures import find_figures

    figures = [item.figure for item in find_figures(sentence)]
    assert figures and abs(figures[0].value - value) < 1e-9 and figures[0].unit == unit


@pytest.mark.parametrize("sentence", ["She won a third term.", "On 1/4/2025 they met.", "The F-35 flew in the 1960s."])
def test_ordinals_dates_and_decades_are_not_fractions(sentence):
    from factcheck.extract.figures import find_figures

    assert all(0 >= item.figure.value or item.figure.value >= 1 for item in find_figures(sentence))
