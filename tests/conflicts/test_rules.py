"""Comparison rules on hand-written figure claims (no server needed)."""
import pytest

from factcheck.conflicts.measure import LocalContext, measure_of
from factcheck.conflicts.rules import compare, figure_interval, rounding_tolerance


def figure_claim(text, value, unit, subject, *, source="Outlet A", day="2025-06-24", qualifier="exact",
                 role=None, low=None, high=None):
    return {
        "id": f"{source}-{text}", "article_id": source, "type": "figure", "text": text, "start": 0,
        "end": len(text), "sentence": text, "source": source, "published_at": day, "speaker": None,
        "speaker_kind": None, "confidence": 0.9, "checkworthiness": 0.5, "quote": None,
        "figure": {"value": value, "unit": unit, "qualifier": qualifier, "low": low, "high": high,
                   "subject": subject, "raw": text, "role": role, "linked": None},
    }


KUIPER_ONLY_78 = figure_claim("only 78", 78, "satellite", "Kuiper satellites put into low Earth orbit",
                              qualifier="at_most", high=78)
KUIPER_102 = figure_claim("102 satellites", 102, "satellite", "Amazon Project Kuiper satellites placed in orbit",
                          source="Outlet B")
KUIPER_78_LATER = figure_claim("78 Kuiper satellites", 78, "satellite", "Amazon launched Kuiper satellites",
                               source="Outlet C", day="2025-06-25")
STARLINK_9000 = figure_claim("more than 9,000", 9000, "satellite", "SpaceX launched Starlink satellites",
                             qualifier="more_than")
STARLINK_9100 = figure_claim("9,100", 9100, "satellite", "SpaceX launched Starlink satellites", source="Outlet B")
STARLINK_ABOUT_7000 = figure_claim("about 7,000", 7000, "satellite", "SpaceX launched Starlink satellites",
                                   source="Outlet C", qualifier="approximate")
BUDGET_13BN = figure_claim("$13 billion", 13e9, "USD", "Congress budget satellite communications space defense",
                           role="to")
BUDGET_1_3BN = figure_claim("$1.3 billion", 1.3e9, "USD",
                            "Lawmakers spending commercial satellite communications space defense",
                            source="Outlet C", role="to")
BUDGET_FROM_900M = figure_claim("$900 million", 9e8, "USD",
                                "Congress budget satellite communications space defense", source="Outlet C",
                                role="from")
PLANNED_3000 = figure_claim("3,000", 3000, "satellite", "Kuiper planned satellites", role="total")
ACRES_EARLY = figure_claim("12,000 acres", 12000, "acre", "Creek Fire burned acres", source="Outlet A",
                           day="2025-08-01")
ACRES_LATER = figure_claim("19,500 acres", 19500, "acre", "Creek Fire burned acres", source="Outlet B",
                           day="2025-08-03")


@pytest.mark.parametrize("first, second, reason", [
    (KUIPER_ONLY_78, KUIPER_102, None),
    (BUDGET_13BN, BUDGET_1_3BN, "scale"),
    (STARLINK_9000, STARLINK_ABOUT_7000, None),
    (KUIPER_78_LATER, KUIPER_102, "different_date"),
])
def test_contradictions(first, second, reason):
    verdict = compare(first, second)
    assert verdict is not None
    assert verdict.kind == "contradiction"
    if reason:
        assert verdict.reason == reason
    assert first["source"] in verdict.explanation and second["source"] in verdict.explanation
    assert verdict.difference["absolute"] > 0 and 0 < verdict.difference["relative"] <= 1


@pytest.mark.parametrize("first, second", [
    (STARLINK_9000, STARLINK_9100),  # "more than 9,000" allows 9,100
    (KUIPER_ONLY_78, KUIPER_78_LATER),  # same count, different words
    (BUDGET_13BN, BUDGET_FROM_900M),  # the start and the end of a change measure different things
    (PLANNED_3000, KUIPER_102),  # a plan is not a count of what was launched
    (STARLINK_9000, KUIPER_102),  # different entities
    (KUIPER_102, dict(KUIPER_ONLY_78, source="Outlet B")),  # one source does not contradict itself
])
def test_not_conflicts(first, second):
    assert compare(first, second) is None
    assert compare(second, first) is None


def test_a_growing_cumulative_count_is_an_update():
    verdict = compare(ACRES_LATER, ACRES_EARLY)
    assert verdict.kind == "update"
    assert verdict.reason == "different_date"
    assert verdict.explanation.startswith("Update about Creek Fire burned acres: Outlet A (2025-08-01) gives "
                                          "12,000 acres: \"12,000 acres.\" Later, Outlet B (2025-08-03)")
    assert "The count rose by 7,500 acres (38%)." in verdict.explanation


def test_a_falling_cumulative_count_is_a_contradiction():
    falling = dict(ACRES_EARLY, published_at="2025-08-05")
    assert compare(falling, ACRES_LATER).kind == "contradiction"


def test_a_fixed_quantity_differing_on_different_days_is_a_contradiction():
    later = dict(BUDGET_1_3BN, published_at="2025-09-01")
    assert compare(BUDGET_13BN, later).kind == "contradiction"


@pytest.mark.parametrize("value, tolerance", [(1795, 0), (1800, 36), (7000, 140), (78, 0), (13e9, 2.6e8)])
def test_rounding_tolerance(value, tolerance):
    assert rounding_tolerance({"value": value}) == pytest.approx(tolerance)


def test_nearly_agrees_with_a_slightly_smaller_exact_figure():
    nearly = figure_claim("nearly 1,800", 1800, "home", "homes destroyed", qualifier="at_most")
    nearly["figure"]["raw"] = "nearly 1,800"
    exact = figure_claim("1,795", 1795, "home", "homes destroyed", source="Outlet B")
    low, high = figure_interval(nearly["figure"])
    assert low <= 1795 <= high
    assert compare(nearly, exact) is None


def test_number_words_and_digits_agree():
    three = figure_claim("three missions", 3, "mission", "Kuiper launch missions")
    digits = figure_claim("3 missions", 3, "mission", "Kuiper launch missions", source="Outlet B")
    assert compare(three, digits) is None


def test_a_shared_name_alone_is_not_the_same_measure():
    cost = figure_claim("$175 billion", 175e9, "USD", "the Golden Dome shield cost")
    grant = figure_claim("$2 billion", 2e9, "USD", "the Golden Dome interceptor research grant", source="Outlet B")
    assert compare(cost, grant) is None


@pytest.mark.parametrize("value, unit, said", [
    (13e9, "USD", "USD 13 billion"), (4.5e6, "EUR", "EUR 4.5 million"), (27, "%", "27%"),
    (12000, "acre", "12,000 acres"), (1, "home", "1 home"), (3, "inch", "3 inches"), (40, "person", "40 people"),
    (2.5, None, "2.50"),
])
def test_quantities_are_written_as_a_reader_says_them(value, unit, said):
    from factcheck.conflicts.explain import format_quantity
    assert format_quantity(value, unit) == said


def _casualty(text, value, sentence, source, day="2026-05-09", qualifier="exact"):
    claim = figure_claim(text, value, None, "earthquake Vesna region people", source=source, day=day,
                         qualifier=qualifier)
    claim["sentence"] = sentence
    return claim


def test_deaths_and_injuries_in_one_story_are_different_measures():
    injured = _casualty("more than 300", 300, "The quake struck on Saturday, killing at least 48 people and "
                        "injuring more than 300, the ministry said.", "Outlet A", qualifier="more_than")
    killed = _casualty("112", 112, "The number of people killed in the earthquake rose to 112 on Sunday.",
                       "Outlet B", day="2026-05-10")
    assert measure_of(injured) == "injuries"
    assert measure_of(killed) == "deaths"
    assert compare(injured, killed) is None


def test_death_counts_from_two_sources_still_compare():
    first = _casualty("84", 84, "The quake killed 84 people, a hospital official said.", "Outlet A")
    second = _casualty("61", 61, "At least 61 people died in the quake.", "Outlet B")
    assert measure_of(second) == "deaths"
    assert compare(first, second).kind == "contradiction"


@pytest.mark.parametrize("subject_a, subject_b", [
    ("Kuiper satellites in low Earth orbit", "Starlink satellites in low Earth orbit"),
    ("Fenori project cost", "Bantek project cost"),
])
def test_a_different_leading_name_is_a_different_measure(subject_a, subject_b):
    first = figure_claim("78", 78, "satellite", subject_a)
    second = figure_claim("7,000", 7000, "satellite", subject_b, source="Outlet B")
    assert compare(first, second) is None


def test_a_common_word_starting_the_subject_is_not_a_name():
    congress = figure_claim("$13 billion", 13e9, "USD", "Congress raised budget satellite communications")
    lawmakers = figure_claim("$1.3 billion", 1.3e9, "USD", "Lawmakers increased spending satellite communications",
                             source="Outlet B")
    assert compare(congress, lawmakers).reason == "scale"


def test_a_later_report_that_says_the_count_rose_is_an_update():
    earlier = figure_claim("1,240", 1240, None, "Flu hospitalizations state rose", day="2027-01-08")
    earlier["sentence"] = "Flu hospitalizations in the state rose to 1,240 this week, the health department said."
    later = figure_claim("1,610", 1610, None, "Flu hospitalizations rose", source="Outlet B", day="2027-01-15")
    later["sentence"] = "Flu hospitalizations rose to 1,610 this week, the health department said on Friday."
    verdict = compare(earlier, later)
    assert verdict.kind == "update"
    falling = dict(later, published_at="2027-01-01")
    assert compare(earlier, falling).kind == "contradiction"


def _money(text, value, sentence, subject, source, day="2026-05-20"):
    claim = figure_claim(text, value, "USD", subject, source=source, day=day)
    claim["sentence"] = sentence
    return claim


STADIUM_PRICE = _money("$1.2 billion", 1.2e9, "The city council voted 9-4 on Tuesday to approve a $1.2 billion "
                       "stadium for the Riverside Rapids.", "city council voted Tuesday approve", "Outlet A")
PROJECT_COST = _money("$1.4 billion", 1.4e9, "The project will cost $1.4 billion, and taxpayers will cover "
                      "$450 million of it.", "project cost", "Outlet B")
TAXPAYERS_SHARE = _money("$450 million", 4.5e8, PROJECT_COST["sentence"], "project cost taxpayers cover",
                         "Outlet B")
CITY_PUTS = _money("$540 million", 5.4e8, "Riverside will put $540 million toward the Rapids' stadium.",
                   "Riverside put", "Outlet C")
SHARE_CAP = _money("$300 million", 3e8, "Critics said the city's share should have been capped at "
                   "$300 million.", "Critics city share", "Outlet D")


@pytest.mark.parametrize("first, second", [(STADIUM_PRICE, PROJECT_COST), (TAXPAYERS_SHARE, CITY_PUTS)])
def test_money_of_the_same_kind_compares_across_paraphrases(first, second):
    verdict = compare(first, second)
    assert verdict is not None and verdict.kind == "contradiction"


@pytest.mark.parametrize("first, second", [(STADIUM_PRICE, CITY_PUTS), (TAXPAYERS_SHARE, SHARE_CAP),
                                           (PROJECT_COST, TAXPAYERS_SHARE)])
def test_money_of_different_kinds_is_not_compared(first, second):
    first = dict(first, source="Outlet X")
    assert compare(first, second) is None


def _said(text, value, unit, sentence, subject, source, day="2025-06-02"):
    claim = figure_claim(text, value, unit, subject, source=source, day=day)
    claim["sentence"] = sentence
    return claim


def test_a_price_per_share_is_not_an_amount():
    per_share = _said("$1.14", 1.14, "USD", "Earnings came to $1.14 per share.", "Earnings came share", "Outlet A")
    profit = _said("$213 million", 2.13e8, "USD", "Quarterly profit fell to $213 million.", "quarterly profit",
                   "Outlet B")
    assert compare(per_share, profit) is None


def test_a_qualified_measure_is_not_the_plain_one():
    growth = _said("4.6%", 4.6, "%", "Revenue rose 4.6% from a year earlier.", "Brightwater Foods revenue",
                   "Outlet A")
    organic = _said("3.5 percent", 3.5, "%", "Brightwater posted sales with organic growth of 3.5 percent.",
                    "Brightwater Foods sales organic growth", "Outlet B")
    assert compare(growth, organic) is None


def test_people_counted_in_other_words_are_compared():
    patients = _said("1,840 patients", 1840, "patient", "The Kestrel Biosciences trial enrolled 1,840 patients.",
                     "Kestrel Biosciences trial enrolled patients", "Outlet A")
    adults = _said("1,480 adults", 1480, "adult", "Kestrel Biosciences said its pill worked in a study of 1,480 "
                   "adults.", "Kestrel Biosciences pill worked study adults", "Outlet B")
    assert compare(patients, adults).kind == "contradiction"


def test_jobs_cut_and_positions_eliminated_are_one_measure():
    cut = _said("1,200 jobs", 1200, "job", "Brightwater Foods will cut 1,200 jobs.", "Brightwater Foods cut jobs",
                "Outlet A")
    eliminated = _said("2,100 positions", 2100, "position", "Brightwater Foods will eliminate 2,100 positions.",
                       "Brightwater Foods eliminate positions", "Outlet B")
    assert compare(cut, eliminated).kind == "contradiction"


def test_the_size_of_a_workforce_is_not_the_count_of_layoffs():
    employs = _said("roughly 640", 640, "person", "The Halvorsen factory employs roughly 640 people.",
                    "Halvorsen factory employs people", "Outlet A")
    notices = _said("415", 415, "worker", "Halvorsen has sent layoff notices to 415 workers at the factory.",
                    "Halvorsen sent layoff notices workers factory", "Outlet B")
    assert compare(employs, notices) is None


def test_a_running_total_that_grows_later_is_an_update():
    early = _said("180", 180, "worker", "The company has so far issued layoff notices to 180 workers.",
                  "company issued layoff notices workers", "Outlet A")
    later = _said("415", 415, "worker", "Halvorsen has now sent layoff notices to 415 workers.",
                  "Halvorsen sent layoff notices workers", "Outlet B", day="2025-06-09")
    assert compare(early, later).kind == "update"


def test_shares_of_people_are_compared_by_what_they_did():
    halved = _said("Roughly 52 percent", 52, "%", "Roughly 52 percent of patients on rivoserant had their migraine "
                   "days at least halved.", "patients rivoserant", "Outlet A")
    stopped = _said("6.8%", 6.8, "%", "Some 6.8% of patients on rivoserant stopped treatment because of them.",
                    "patients rivoserant stopped", "Outlet B")
    assert compare(halved, stopped) is None


def test_a_part_named_as_included_is_not_the_total():
    total = _said("nearly 12,500 acres", 12500, "acre", "The Cedar Hollow Fire grew to nearly 12,500 acres.",
                  "Cedar Hollow Fire grew acres", "Outlet A", day="2025-08-04")
    part = _said("about 1,200 acres", 1200, "acre", "The Cedar Hollow Fire had grown to 21,750 acres by Wednesday, "
                 "including about 1,200 acres of private timberland.", "Cedar Hollow Fire grown acres timberland",
                 "Outlet B", day="2025-08-06")
    assert compare(total, part) is None


def test_a_place_after_in_is_where_not_whose():
    destroyed = _said("37 homes", 37, "home", "The Cedar Hollow Fire has destroyed 37 homes.",
                      "Cedar Hollow Fire destroyed homes", "Outlet A")
    burned = _said("73 houses", 73, "house", "The Cedar Hollow Fire grew to 12,500 acres in central Oregon, burning "
                   "73 houses.", "Cedar Hollow Fire grew acres central Oregon burning houses", "Outlet B")
    assert compare(destroyed, burned).kind == "contradiction"


def test_amounts_at_different_places_are_different_measures():
    port = _said("14 inches", 14, "inch", "The storm dumped 14 inches of rain on Port Alder.",
                 "storm dumped inches rain Port Alder", "Outlet A")
    town = _said("9 inches", 9, "inch", "The storm dumped 9 inches of rain in Millbrook.",
                 "storm dumped inches rain Millbrook", "Outlet B")
    assert compare(port, town) is None


def test_a_span_of_another_figure_is_not_compared():
    union = _said("three years", 3, "year", "The union is seeking raises of 20% over three years.",
                  "union seeking raises years", "Outlet A")
    hospital = _said("four years", 4, "year", "The hospital has offered 11% over four years.",
                     "hospital offered years", "Outlet B")
    assert compare(union, hospital) is None


def test_a_death_toll_that_rises_in_a_later_report_is_an_update():
    early = _said("more than 3,000", 3000, "fish", "Volunteers had counted more than 3,000 dead fish by nightfall.",
                  "Volunteers counted dead fish", "Outlet A", day="2025-07-21")
    late = _said("nearly 11,000", 11000, "fish", "The department counted nearly 11,000 dead fish along the river.",
                 "department counted dead fish river", "Outlet B", day="2025-07-24")
    early["figure"]["qualifier"], late["figure"]["qualifier"] = "more_than", "at_most"
    assert compare(early, late).kind == "update"


def test_units_of_measure_convert_before_comparing():
    hectares = _said("150-hectare", 150, "hectare", "Construction began on the 150-hectare site.",
                     "Construction site Valdemora plant", "Outlet A")
    acres = _said("about 370 acres", 370, "acre", "The Valdemora plant will cover about 370 acres of farmland.",
                  "Valdemora plant cover acres farmland", "Outlet B")
    acres["figure"]["qualifier"] = "approximate"
    more = _said("210 hectares", 210, "hectare", "The Valdemora plant will occupy 210 hectares.",
                 "Valdemora plant occupy hectares", "Outlet C")
    assert compare(hectares, acres) is None
    verdict = compare(acres, more)
    assert verdict.kind == "contradiction" and verdict.reason == "unit"
    assert 145 < verdict.difference["absolute"] < 155  # 210 hectares are 519 acres: the gap in acres


def test_a_rate_per_day_is_not_an_amount():
    daily = _said("340,000 barrels", 340000, "barrel", "The Crestline pipeline moves 340,000 barrels per day.",
                  "Crestline pipeline moves barrels day", "Outlet A")
    spilled = _said("2,100 barrels", 2100, "barrel", "The Crestline pipeline spilled 2,100 barrels of oil.",
                    "Crestline pipeline spilled barrels oil", "Outlet B")
    assert compare(daily, spilled) is None


def test_durations_convert():
    hours = _said("about six hours", 6, "hour", "Pipeline alarms went unanswered for about six hours.",
                  "Pipeline alarms unanswered hours", "Outlet A")
    hours["figure"]["qualifier"] = "approximate"
    minutes = _said("40 minutes", 40, "minute", "Operators closed the pipeline within 40 minutes of the alarms.",
                    "Operators closed pipeline minutes alarms", "Outlet B")
    assert compare(hours, minutes).reason == "unit"


def test_the_speaker_of_a_figure_is_not_its_owner():
    city = _money("$3.4 million", 3.4e6, "The weekend storm cost Millbrook $3.4 million.",
                  "weekend storm cost Millbrook", "Outlet A")
    mayor = _money("4.3 million dollars", 4.3e6, "Ortega said Wednesday the storm response cost 4.3 million "
                   "dollars.", "storm response cost", "Outlet B")
    assert LocalContext.of(mayor).owner == frozenset()
    assert compare(city, mayor).kind == "contradiction"


def test_money_raised_in_a_funding_round_is_an_investment_and_a_valuation_a_value():
    raised = _money("$85 million", 8.5e7, "Lumora raised $85 million in a Series B round.",
                    "Lumora raised Series B round", "Outlet A")
    valued = _money("$1.2 billion", 1.2e9, "The round values Lumora at $1.2 billion.", "round values Lumora",
                    "Outlet B")
    assert measure_of(raised) == "investment" and measure_of(valued) == "value"
    assert compare(raised, valued) is None


def test_restaurants_and_locations_are_counted_alike():
    closed = _said("23 restaurants", 23, "restaurant", "The Casa Verde chain closed 23 restaurants on Monday.",
                   "Casa Verde chain closed restaurants Monday", "Outlet A")
    shut = _said("32 locations", 32, "location", "The Casa Verde chain shut 32 locations on Monday.",
                 "Casa Verde chain shut locations Monday", "Outlet B")
    assert compare(closed, shut).kind == "contradiction"
