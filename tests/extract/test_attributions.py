"""Attributions: who a statement is credited to, however the sentence places the source."""
import pytest

from factcheck.extract import extract_claims
from factcheck.extract.attributions import find_attributions


def attributions(body):
    return [c for c in extract_claims(body) if c.type == "attribution"]


@pytest.mark.parametrize(
    "body, source, kind",
    [
        # a relative clause or an appositive between the source and its verb
        ("Tarn Shipping, which operates 40 vessels, said freight rates fell.", "Tarn Shipping", "organization"),
        ("Olbrich Seeds, a Dutch seed supplier, said exports slowed.", "Olbrich Seeds", "organization"),
        ("Mira Osei, a tenant organizer, said rents rose 9%.", "Mira Osei", "person"),
        # a determiner, a role or a modifier before a trailing source
        ("Water use fell 8% last month, the regional Water Authority said.", "Water Authority", "organization"),
        ("The stadium will close in May, club president Ana Ruiz told the local paper.", "Ana Ruiz", "person"),
        ("Attendance rose to 21,000, both teams said on Sunday.", "both teams", "organization"),
        # documents that show, indicate or find
        ("Crossings rose 12% in March, agency data show.", "agency data", "document"),
        ("Unemployment fell to 4.1%, government figures indicated on Friday.", "government figures", "document"),
        # the author of a document stays with it
        ("Turnout was 58%, according to preliminary results from the Elections Board.",
         "preliminary results from the Elections Board", "document"),
        ("Hotel stays rose 6%, according to figures compiled by the visitors bureau.",
         "figures compiled by the visitors bureau", "document"),
        # forecasts credited to analysts, estimates to officials
        ("Analysts surveyed by Lipper had expected a loss.", "Analysts surveyed by Lipper", "anonymous"),
        ("Officials estimated the repairs would cost $3 million.", "Officials", "anonymous"),
        # an adverbial before the source
        ("In a statement, Corven Mining said output fell.", "Corven Mining", "organization"),
        # a relative clause that credits a source mid-sentence
        ("Snow is expected Friday, which forecasters said could close roads.", "forecasters", "anonymous"),
    ],
)
def test_sources_are_credited(body, source, kind):
    found = attributions(body)
    assert any(a.speaker == source and a.speaker_kind == kind for a in found), \
        [(a.speaker, a.speaker_kind) for a in found]
    assert all(body[a.start:a.end] == a.text for a in found)


def test_it_said_takes_the_sentence_subject():
    found = attributions("The company shipped 9,000 units in the quarter, it said, and kept its outlook.")
    assert [(a.speaker, a.text) for a in found] == [("The company", "it said")]


def test_a_company_reporting_its_own_results_is_not_second_hand():
    own = attributions("Halden Motors reported revenue of $2 billion on Monday.")
    press = attributions("The Marlow Gazette reported that the mayor resigned.")
    assert own and own[0].speaker_kind == "organization"
    assert press and press[0].speaker_kind == "second_hand"


@pytest.mark.parametrize(
    "sentence",
    [
        "The film shows a family falling apart.",
        "Police found a body near the river.",
        "The company expected sales to fall.",
        "The forecast is expected to change.",
        "The plan, which passed, works.",
    ],
)
def test_no_source_where_none_is_credited(sentence):
    assert find_attributions(sentence) == []


def test_appositive_search_is_linear():
    import time

    def timed(n):
        body = "Aa Bb, a maker, " * n + "said it."
        started = time.perf_counter()
        extract_claims(body)
        return time.perf_counter() - started

    small, large = timed(2000), timed(8000)
    assert large < max(12 * small, 0.5)
