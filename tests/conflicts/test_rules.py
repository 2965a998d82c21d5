"""Value rules on figures taken for the same quantity: intervals, contradiction or update, reason and
explanation (no server needed)."""
import re

import pytest

from factcheck.conflicts.explain import format_quantity
from factcheck.conflicts.rules import figure_interval, rounding_tolerance, verdict


def figure_claim(text, value, unit, sentence=None, *, source="Outlet A", day="2025-06-24", qualifier="exact",
                 role=None, low=None, high=None):
    return {
        "id": f"{source}-{text}", "article_id": source, "type": "figure", "text": text, "start": 0,
        "end": len(text), "sentence": sentence or text, "source": source, "published_at": day, "speaker": None,
        "speaker_kind": None, "confidence": 0.9, "checkworthiness": 0.5, "quote": None,
        "figure": {"value": value, "unit": unit, "qualifier": qualifier, "low": low, "high": high,
                   "subject": None, "raw": text, "role": role, "linked": None},
    }


def dated_pair(earlier, later):
    """Two figure claims from two outlets, each given as (text, value, unit, sentence, day)."""
    *figure, day = earlier
    *later_figure, later_day = later
    return figure_claim(*figure, day=day), figure_claim(*later_figure, source="Outlet B", day=later_day)


KUIPER_ONLY_78 = figure_claim("only 78", 78, "satellite", qualifier="at_most", high=78)
KUIPER_102 = figure_claim("102 satellites", 102, "satellite", source="Outlet B")
KUIPER_78_LATER = figure_claim("78 Kuiper satellites", 78, "satellite", "Amazon has launched 78 Kuiper satellites.",
                               source="Outlet C", day="2025-06-25")
STARLINK_9000 = figure_claim("more than 9,000", 9000, "satellite", qualifier="more_than")
STARLINK_9100 = figure_claim("9,100", 9100, "satellite", source="Outlet B")
STARLINK_ABOUT_7000 = figure_claim("about 7,000", 7000, "satellite", source="Outlet C", qualifier="approximate")
BUDGET_13BN = figure_claim("$13 billion", 13e9, "USD", role="to")
BUDGET_1_3BN = figure_claim("$1.3 billion", 1.3e9, "USD", source="Outlet C", role="to")
ACRES_EARLY = figure_claim("12,000 acres", 12000, "acre", "The Creek Fire has burned 12,000 acres.",
                           day="2025-08-01")
EGP_120_BILLION = figure_claim("EGP 120 billion", 120e9, "EGP", "The state had allocated EGP 120 billion to subsidies.",
                               day="2025-07-22")
ACRES_LATER = figure_claim("19,500 acres", 19500, "acre", "The Creek Fire has burned 19,500 acres.",
                           source="Outlet B", day="2025-08-03")


@pytest.mark.parametrize("first, second, reason", [
    (KUIPER_ONLY_78, KUIPER_102, None),
    (BUDGET_13BN, BUDGET_1_3BN, "scale"),
    (STARLINK_9000, STARLINK_ABOUT_7000, None),
    (KUIPER_78_LATER, KUIPER_102, "different_date"),
])
def test_contradictions(first, second, reason):
    found = verdict(first, second)
    assert found is not None
    assert found.kind == "contradiction"
    if reason:
        assert found.reason == reason
    assert first["source"] in found.explanation and second["source"] in found.explanation
    assert found.difference["absolute"] > 0 and 0 < found.difference["relative"] <= 1


@pytest.mark.parametrize("first, second", [
    (STARLINK_9000, STARLINK_9100),  # "more than 9,000" allows 9,100
    (KUIPER_ONLY_78, KUIPER_78_LATER),  # same count, different words
    (KUIPER_102, dict(KUIPER_ONLY_78, source="Outlet B")),  # one source does not contradict itself
    # a share told as a fraction in words is rounded coarsely: 38% is "more than a quarter"
    (figure_claim("38%", 38, "%"), figure_claim("more than a quarter", 25, "%", source="Outlet B",
                                                qualifier="more_than", low=25)),
])
def test_agreeing_values_are_no_conflict(first, second):
    assert verdict(first, second) is None
    assert verdict(second, first) is None


def test_a_growing_cumulative_count_is_an_update():
    found = verdict(ACRES_LATER, ACRES_EARLY)
    assert found.kind == "update"
    assert found.reason == "different_date"
    assert found.explanation.startswith("Update: Outlet A (2025-08-01) gives 12,000 acres: "
                                        "\"The Creek Fire has burned 12,000 acres.\" Later, Outlet B (2025-08-03)")
    assert "The count rose by 7,500 acres (38%)." in found.explanation


def test_what_happens_as_a_rule_does_not_grow_with_the_story():
    earlier, later = dated_pair(
        ("about 8,000", 8000, "visitor", "The town cancelled a festival that usually draws about 8,000 visitors.",
         "2025-10-21"),
        ("some 18,000", 18000, "visitor", "The town cancelled its festival, which usually draws some 18,000 "
         "visitors.", "2025-10-22"))
    assert verdict(earlier, later).kind == "contradiction"


def test_a_later_count_set_against_another_source_s_figure_is_a_contradiction():
    earlier, later = dated_pair(
        ("1,240 people", 1240, "person", "At least 86 homes were destroyed and 1,240 people displaced, the "
         "institute said.", "2025-02-16"),
        ("2,100", 2100, "resident", "The regional government put the number of displaced residents at 2,100, well "
         "above the figure issued by national civil defence.", "2025-02-17"))
    assert verdict(earlier, later).kind == "contradiction"
    grown = dict(later, sentence="The number of displaced residents has risen to 2,100.")
    assert verdict(earlier, grown).kind == "update"  # the same count, risen, without a dispute
    revised = dict(later, sentence="A survey found 2,100 displaced residents, well above its initial estimate.")
    assert verdict(earlier, revised).kind == "update"  # a source revising its own figure
    revised = dict(later, sentence="Drones found 2,100 displaced residents, considerably more than the ministry's "
                   "first estimate.")
    assert verdict(earlier, revised).kind == "update"
    revised = dict(later, sentence="The auditors said 2,100 residents were displaced, higher than the figure "
                   "announced on Monday.")
    assert verdict(earlier, revised).kind == "update"
    disputed = dict(later, sentence="A coalition says about 2,100 residents have been displaced, far more than "
                    "official figures suggest.")
    assert verdict(earlier, disputed).kind == "contradiction"


@pytest.mark.parametrize("earlier_value, later_value, kind", [
    (412, 1412, "contradiction"),  # a leading digit lost: no count grows by exactly 1,000 between reports
    (5, 15, "update"),  # too few digits to tell a lost one from a count that grew
])
def test_a_leading_digit_lost_is_a_misprint_not_growth(earlier_value, later_value, kind):
    earlier, later = dated_pair(
        (f"{earlier_value:,}", earlier_value, "runner", f"Medical tents treated {earlier_value:,} runners.",
         "2025-10-12"),
        (f"{later_value:,}", later_value, "runner", f"Medical teams have treated {later_value:,} runners so far.",
         "2025-10-14"))
    assert verdict(earlier, later).kind == kind


def test_since_a_decade_dates_no_growth():
    earlier, later = dated_pair(
        ("22", 22, "turboprop", "The carrier currently flies 22 turboprops, some of which have been in service since "
         "the late 1990s.", "2026-03-09"),
        ("27", 27, "turboprop", "The airline, which flies a fleet of 27 turboprops, chose the H-88.", "2026-03-11"))
    assert verdict(earlier, later).kind == "contradiction"


def test_what_two_outlets_say_was_offered_still_disagrees():
    earlier, later = dated_pair(
        ("6%", 6, "%", "The district has offered 6%, according to a bargaining summary.", "2026-02-09"),
        ("8 percent", 8, "%", "The district has stuck to its offer of 8 percent over two years.", "2026-02-11"))
    assert verdict(earlier, later).kind == "contradiction"


def test_a_most_that_may_be_allows_anything_below_it():
    faces = figure_claim("up to 5 million lira", 5e6, "TRY", "The club now faces a fine of up to 5 million lira.",
                         qualifier="at_most", high=5e6)
    fined = figure_claim("2.4 million lira", 2.4e6, "TRY", "The board fined the club 2.4 million lira.",
                         source="Outlet B")
    assert verdict(faces, fined) is None
    # not a number above it, nor beside a ceiling told as no possibility ("up to 350 jobs"), nor one told as possible
    assert verdict(faces, dict(fined, figure=dict(fined["figure"], value=6e6))).kind == "contradiction"
    jobs = figure_claim("up to 350", 350, "job", "The plant will create up to 350 jobs.", qualifier="at_most",
                        high=350)
    assert verdict(jobs, figure_claim("200", 200, "job", "The plant will create 200 jobs.",
                                      source="Outlet B")).kind == "contradiction"
    measly = figure_claim("2,000 baht", 2000, "THB", "Drunk drivers face a measly 2,000 baht fine.", source="Outlet B")
    assert verdict(figure_claim("up to 20,000 baht", 20000, "THB", "Drivers face fines of up to 20,000 baht.",
                                qualifier="at_most", high=20000), measly).kind == "contradiction"


def test_only_a_share_is_that_share_not_anything_below_it():
    only_58 = figure_claim("Only 58 per cent", 58, "%", qualifier="at_most", high=58)
    assert verdict(only_58, figure_claim("only 47 per cent", 47, "%", source="Outlet B")).kind == "contradiction"
    assert verdict(only_58, figure_claim("58%", 58, "%", source="Outlet B")) is None


def test_two_ceilings_of_one_quantity_disagree_unless_they_are_one():
    up_to_350 = figure_claim("up to 350", 350, "job", qualifier="at_most", high=350)
    as_many_as_450 = figure_claim("As many as 450", 450, "job", source="Outlet B", qualifier="at_most", high=450)
    assert verdict(up_to_350, as_many_as_450).kind == "contradiction"
    assert verdict(up_to_350, dict(as_many_as_450, figure=dict(as_many_as_450["figure"], value=350))) is None
    # a ceiling still allows a count below it
    assert verdict(as_many_as_450, figure_claim("420", 420, "job")) is None


@pytest.mark.parametrize("earlier, later", [
    # a count told as partial, then any later report
    (("61%", 61, "%", "Polls have closed, with the Election Commission putting turnout at 61% as of 4pm.",
      "2025-09-13"),
     ("68.4%", 68.4, "%", "Turnout was 68.4% of the 41,870 registered voters, the commission said.", "2025-09-14")),
    (("3,870", 3870, "vote", "Unofficial results show Norazlina Hashim leading by 3,870 votes, with 48 of the 52 "
      "polling streams counted.", "2025-09-13"),
     ("4,126", 4126, "vote", "Norazlina Hashim won a majority of 4,126 votes.", "2025-09-14")),
    # a share's price on two days of trading
    (("1,108 pesos", 1108, "CLP", "Shares in Fiordo Austral jumped 27% to 1,108 pesos in early trading.",
      "2024-03-11"),
     ("1,131 pesos", 1131, "CLP", "Shares in the company closed on Wednesday at 1,131 pesos.", "2024-03-14")),
    (("NT$73.90", 73.9, "TWD", "Its shares closed down 7.2 per cent at NT$73.90.", "2024-11-08"),
     ("NT$75.20", 75.2, "TWD", "The shares recovered some ground, closing at NT$75.20.", "2024-11-12")),
    # a part of a whole said to have grown since ("have now")
    (("Thirty-nine", 39, "lot", "Thirty-nine of the 42 lots on offer were sold to 31 companies.", "2025-03-11"),
     ("Forty-one", 41, "lot", "Forty-one of the 42 lots have now found buyers.", "2025-03-14")),
    # an offer turned down, then what was agreed
    (("€10 million", 10e6, "EUR", "The club rejected an opening offer of €10 million for the striker.", "2024-07-08"),
     ("€12 million", 12e6, "EUR", "The club agreed to sell the striker for a fixed fee of €12 million.", "2024-07-10")),
    # a count said to have risen since, however alike its digits
    (("12", 12, "person", "Police said 12 people were injured on Sunday when protesters blocked the highway.",
      "2024-03-11"),
     ("21", 21, "person", "The number of people hurt in Sunday's clashes has risen to 21.", "2024-03-14")),
    # a count brought up to a running total, however alike its digits
    (("23", 23, "person", "Police said 23 people were arrested after protesters blocked the highway.", "2024-09-16"),
     ("32", 32, "person", "Nine more people were arrested overnight, bringing the number arrested since Monday to 32.",
      "2024-09-17")),
    # a sum said to have gone past a value since
    (("18.4 million zlotys", 18.4e6, "PLN", "The city has imposed penalties of 18.4 million zlotys on the tram maker.",
      "2024-06-03"),
     ("19.1 million zlotys", 19.1e6, "PLN", "Penalties owed by the tram maker have passed 19.1 million zlotys.",
      "2024-06-07")),
])
def test_counts_and_levels_that_later_reports_replace_are_updates(earlier, later):
    assert verdict(*dated_pair(earlier, later)).kind == "update"


def test_a_share_in_figures_beyond_a_fraction_in_words_is_a_contradiction():
    assert verdict(figure_claim("38%", 38, "%"), figure_claim("more than 25%", 25, "%", source="Outlet B",
                                                              qualifier="more_than", low=25)).kind == "contradiction"
    assert verdict(figure_claim("55%", 55, "%"), figure_claim("more than a quarter", 25, "%", source="Outlet B",
                                                              qualifier="more_than", low=25)).kind == "contradiction"


def test_a_falling_cumulative_count_is_a_contradiction():
    falling = dict(ACRES_EARLY, published_at="2025-08-05")
    assert verdict(falling, ACRES_LATER).kind == "contradiction"


def test_a_fixed_quantity_differing_on_different_days_is_a_contradiction():
    later = dict(BUDGET_1_3BN, published_at="2025-09-01")
    assert verdict(BUDGET_13BN, later).kind == "contradiction"


@pytest.mark.parametrize("value, tolerance", [(1795, 0), (1800, 36), (7000, 140), (78, 0), (13e9, 2.6e8)])
def test_rounding_tolerance(value, tolerance):
    assert rounding_tolerance({"value": value}) == pytest.approx(tolerance)


@pytest.mark.parametrize("value, qualifier, raw, interval", [
    (7000, "approximate", "about 7,000", (6500, 7500)),  # half a step of a round number
    (24750, "approximate", "about 24,750", (23512.5, 25987.5)),  # a twentieth
    (20, "approximate", "about 20", (18, 22)),  # never more than a tenth
    (15, "approximate", "about 15", (13.5, 16.5)),  # a last five rounds to fives: "about 15" minutes may be 14
    (2500, "approximate", "about 2,500", (2250, 2750)),
    (300, "more_than", "more than 300", (300, 350)),  # one significant digit: rounded down from up to 350
    (320, "more_than", "more than 320", (320, 368)),  # else a sixth above
    (1800, "at_most", "nearly 1,800", (1700, 1800)),  # short by less than a step of its last significant digit
    (45000, "at_most", "nearly 45,000", (44000, 45000)),
    (30, "at_most", "nearly 30", (27, 30)),  # or by less than a tenth
    (78, "at_most", "only 78", (77.61, 78.39)),  # the number itself, said to be small
    (78, "at_most", "at most 78", (58.5, 78)),
    (12.47, "exact", "12.47", (12.465, 12.475)),  # decimals say how precise: half a step of the last one
    (32, "exact", "32", (31.84, 32.16)),  # a whole number may stand for a decimal rounded ("31.8" metres)
])
def test_qualifiers_stretch_a_number_as_reporters_use_them(value, qualifier, raw, interval):
    figure = {"value": value, "qualifier": qualifier, "raw": raw}
    assert figure_interval(figure) == pytest.approx(interval)


def test_a_fraction_in_words_nearly_reached_is_short_by_a_tenth():
    assert figure_interval({"value": 25, "qualifier": "at_most", "raw": "almost a quarter", "unit": "%"}) \
        == pytest.approx((22.5, 25))


@pytest.mark.parametrize("value, qualifier, raw, interval", [
    (-30, "less_than", "below minus 30", (-40, -30)),  # a temperature's zero is arbitrary: degrees, not a share
    (40, "more_than", "more than 40", (40, 50)),
    (2, "more_than", "more than 2", (2, 12)),
])
def test_an_open_bound_on_a_temperature_reaches_degrees_beyond_it(value, qualifier, raw, interval):
    figure = {"value": value, "qualifier": qualifier, "raw": raw, "unit": "degree celsius"}
    assert figure_interval(figure) == pytest.approx(interval)


@pytest.mark.parametrize("first, second, conflict", [
    (("over 41", 41, "more_than"), ("over 48", 48, "more_than"), True),
    (("Some 27,400", 27400, "approximate"), ("About 24,750", 24750, "approximate"), True),
    (("more than 300", 300, "more_than"), ("340", 340, "exact"), False),
    (("about 2,300", 2300, "approximate"), ("2,287", 2287, "exact"), False),
    (("nearly 1,800", 1800, "at_most"), ("1,795", 1795, "exact"), False),
    # a floor of one significant digit is rounded down from up to the next half step, unless set against a floor
    (("more than 2 billion", 2e9, "more_than"), ("2.4 billion", 2.4e9, "exact"), False),
    (("more than 2 billion", 2e9, "more_than"), ("2.6 billion", 2.6e9, "exact"), True),
    (("over 2,000", 2000, "more_than"), ("over 2,400", 2400, "more_than"), True),
])
def test_qualified_values_agree_or_not(first, second, conflict):
    (text_a, value_a, qualifier_a), (text_b, value_b, qualifier_b) = first, second
    claim_a = figure_claim(text_a, value_a, "home", qualifier=qualifier_a)
    claim_b = figure_claim(text_b, value_b, "home", source="Outlet B", qualifier=qualifier_b)
    assert (verdict(claim_a, claim_b) is not None) is conflict


@pytest.mark.parametrize("whole, precise, conflict", [
    (18, 18.4, False),  # "18 per cent" is 18.4% rounded
    (54, 53.8, False),
    (7, 7.6, True),  # 7.6% rounds to 8%
    (18, 19, True),  # two whole percentages a point apart never meet
])
def test_a_whole_percentage_is_a_rounded_rate(whole, precise, conflict):
    claim_a = figure_claim(f"{whole} per cent", whole, "%")
    claim_b = figure_claim(f"{precise}%", precise, "%", source="Outlet B")
    assert (verdict(claim_a, claim_b) is not None) is conflict
    assert (verdict(claim_b, claim_a) is not None) is conflict


def test_number_words_and_digits_agree():
    three = figure_claim("three missions", 3, "mission")
    digits = figure_claim("3 missions", 3, "mission", source="Outlet B")
    assert verdict(three, digits) is None


@pytest.mark.parametrize("value, unit, said", [
    (13e9, "USD", "USD 13 billion"), (4.5e6, "EUR", "EUR 4.5 million"), (27, "%", "27%"),
    (12000, "acre", "12,000 acres"), (1, "home", "1 home"), (3, "inch", "3 inches"), (40, "person", "40 people"),
    (2.5, None, "2.5"), (4.5, "USD", "USD 4.50"), (3.1, "magnitude", "magnitude 3.1"),
    (46.2, "degree celsius", "46.2 degrees Celsius"), (4.6, "microgram per gram", "4.6 micrograms per gram"),
    (80, "km/h", "80 km/h"), (35, "mph", "35 mph"), (120, "MW", "120 MW"), (40, "kg per hectare", "40 kg per hectare"),
])
def test_quantities_are_written_as_a_reader_says_them(value, unit, said):
    assert format_quantity(value, unit) == said


def test_a_later_report_that_says_the_count_rose_is_an_update():
    earlier = figure_claim("1,240", 1240, None, "Flu hospitalizations in the state rose to 1,240 this week.",
                           day="2027-01-08")
    later = figure_claim("1,610", 1610, None, "Flu hospitalizations rose to 1,610 this week, the health department "
                         "said on Friday.", source="Outlet B", day="2027-01-15")
    assert verdict(earlier, later).kind == "update"
    falling = dict(later, published_at="2027-01-01")
    assert verdict(earlier, falling).kind == "contradiction"
    # told of the same day as the earlier count, a rise still says the count moved since
    treated = figure_claim("Twelve", 12, "person", "Twelve people were taken to hospital after a leak on Thursday "
                           "night.", day="2026-01-09")
    risen = figure_claim("17", 17, "person", "The number treated after Thursday night's leak has risen to 17.",
                         source="Outlet B", day="2026-01-10")
    assert verdict(treated, risen).kind == "update"


def test_a_later_value_with_digits_swapped_at_another_power_of_ten_or_another_first_digit_is_a_misprint():
    earlier = figure_claim("£578 million", 578e6, "GBP", "The bill now stands at £578 million.", day="2026-03-03")
    later = figure_claim("£587m", 587e6, "GBP", "Costs have risen to £587m.", source="Outlet B", day="2026-03-05")
    assert verdict(earlier, later).kind == "contradiction"
    grown = figure_claim("£596m", 596e6, "GBP", "Costs have risen to £596m.", source="Outlet B", day="2026-03-05")
    assert verdict(earlier, grown).kind == "update"
    slipped = figure_claim("410 million pounds", 410e6, "GBP", "Its cocoa costs have risen to 410 million pounds.",
                           source="Outlet B", day="2026-03-05")
    bill = figure_claim("£41m", 41e6, "GBP", "Its annual cocoa bill had risen to £41m.", day="2026-03-03")
    assert verdict(bill, slipped).kind == "contradiction"  # the same digits at another power of ten
    first_digit = figure_claim("£678m", 678e6, "GBP", "Costs have risen to £678m.", source="Outlet B",
                               day="2026-03-05")
    assert verdict(earlier, first_digit).kind == "contradiction"  # another first digit, the rest as before


def test_a_rough_count_said_to_have_risen_since_is_no_misprint():
    earlier = figure_claim("about 1,200", 1200, "person", "The flood forced about 1,200 people from their homes.",
                           day="2026-02-10", qualifier="approximate")
    later = figure_claim("2,100", 2100, "person", "The number of people forced from their homes has risen to 2,100.",
                         source="Outlet B", day="2026-02-11")
    assert verdict(earlier, later).kind == "update"
    climbed = dict(later, sentence="The number of people forced from their homes climbed to 2,100.")
    assert verdict(earlier, climbed).kind == "contradiction"  # not said to be since the last report


@pytest.mark.parametrize("period", ["in the last financial year", "last year", "in 2024"])
def test_a_count_of_a_period_already_over_does_not_grow(period):
    def spent(text, value, source, day, when):
        return figure_claim(text, value, "GBP", f"The trust has now spent {text} on agency staff{when}.",
                            source=source, day=day)
    earlier = spent("£8m", 8e6, "Outlet A", "2026-02-10", "")
    later = spent("£18m", 18e6, "Outlet B", "2026-02-12", "")
    assert verdict(earlier, later).kind == "update"  # a running total ("has now spent")
    earlier, later = (spent("£8m", 8e6, "Outlet A", "2026-02-10", f" {period}"),
                      spent("£18m", 18e6, "Outlet B", "2026-02-12", f" {period}"))
    assert verdict(earlier, later).kind == "contradiction"


@pytest.mark.parametrize("earlier_sentence, later_sentence, kind", [
    # a rate, and the same amounts told as running totals
    ("Hauliers now pay €7.40 each way for a lorry.", "Its members now pay €7.90 each time a lorry passes.",
     "contradiction"),
    ("Hauliers now pay €7.40.", "Its members now pay €7.90.", "update"),
    # a final tally, and the same count still running
    ("The final tally stood at 612,400 visitors so far.", "The show has now drawn 712,000 visitors.", "contradiction"),
    ("The tally stood at 612,400 visitors so far.", "The show has now drawn 712,000 visitors.", "update"),
    # a year a count is compared with is no period it was told of
    ("The number of ships waiting offshore grew to 23.",
     "Some 41 ships were waiting, the most since it began keeping count in 1998.", "update"),
])
def test_a_rate_or_a_final_tally_does_not_grow(earlier_sentence, later_sentence, kind):
    def told(sentence, source, day):
        text = re.search(r"[€£$]?\d[\d,.]*\d|\d", sentence).group(0)
        return figure_claim(text, float(text.lstrip("€£$").replace(",", "")), "unit", sentence, source=source,
                            day=day)
    earlier, later = told(earlier_sentence, "Outlet A", "2026-02-18"), told(later_sentence, "Outlet B", "2026-02-20")
    assert verdict(earlier, later).kind == kind


def test_figures_with_two_digits_swapped_disagree_however_close():
    enrolled = figure_claim("18,420", 18420, "student", "The university enrolled 18,420 students this fall.")
    headcount = figure_claim("18,240", 18240, "student", "Total headcount stood at 18,240.", source="Outlet B")
    assert verdict(enrolled, headcount).kind == "contradiction"
    near = figure_claim("18,410", 18410, "student", "Total headcount stood at 18,410.", source="Outlet B")
    assert verdict(enrolled, near) is None  # within the half per cent an exact figure may be off by
    # no rounding swaps two digits: "about 264,000" and "some 246,000" disagree too
    about = figure_claim("about 18,240", 18240, "student", qualifier="approximate", source="Outlet B")
    assert verdict(enrolled, about).kind == "contradiction"


@pytest.mark.parametrize("earlier_sentence, later_sentence", [
    # a running total that the later report says grew
    ("The company has so far issued layoff notices to 180 workers.",
     "Halvorsen has now sent layoff notices to 415 workers."),
    # a running count in the earlier report: a later, higher one is where it got to
    ("Officials said 112 schools had already expressed interest, and more applications are now arriving.",
     "The application window has drawn interest from 131 schools."),
    ("A strike entered its second week, with 31 cargo ships now waiting offshore.",
     "Some 40 cargo ships were anchored off the port."),
    # told in the present tense, and things postponed while a strike lasts
    ("The company is recalling the drug in 11 countries.", "The recall widens to 14 countries."),
    ("The trust said 640 planned operations had been postponed.",
     "By the trust's count, 910 planned operations were postponed."),
])
def test_a_running_count_is_updated_by_a_later_higher_one(earlier_sentence, later_sentence):
    def number(sentence):
        return next(word for word in sentence.split() if word[0].isdigit())
    earlier = figure_claim(number(earlier_sentence), float(number(earlier_sentence)), "unit", earlier_sentence,
                           day="2026-02-02")
    later = figure_claim(number(later_sentence), float(number(later_sentence)), "unit", later_sentence,
                         source="Outlet B", day="2026-02-04")
    assert verdict(earlier, later).kind == "update"


def test_counts_that_grow_while_an_event_lasts_and_the_latest_filing_are_updates():
    earlier = figure_claim("112", 112, "flight", "By Tuesday evening, 112 flights had been diverted.", day="2026-02-03")
    later = figure_claim("127", 127, "flight", "In all, 127 inbound flights were diverted during the shutdown.",
                         source="Outlet B", day="2026-02-05")
    assert verdict(earlier, later).kind == "update"
    raised = figure_claim("$2.3 million", 2.3e6, "USD", "The campaign had raised $2.3 million as of July 31.",
                          day="2026-08-02")
    filed = figure_claim("$2.6 million", 2.6e6, "USD", "The campaign reported $2.6 million raised in its latest "
                         "filing.", source="Outlet B", day="2026-09-01")
    assert verdict(raised, filed).kind == "update"
    auction = figure_claim("$1.86 billion", 1.86e9, "USD", "Northwind will pay $1.86 billion after winning "
                           "Ottawa's latest spectrum auction.", source="Outlet B", day="2026-09-01")
    assert verdict(figure_claim("$1.68 billion", 1.68e9, "USD", day="2026-08-30"), auction).kind == "contradiction"


def test_a_reading_a_later_report_says_rose_is_an_update_and_its_gap_is_no_rounding():
    earlier = figure_claim("46.2", 46.2, "degree celsius", "Temperatures reached 46.2 degrees Celsius on Saturday.",
                           day="2025-05-19")
    later = figure_claim("48", 48, "degree celsius", "The temperature climbed to 48 degrees on Sunday.",
                         source="Outlet B", day="2025-05-20")
    assert verdict(earlier, later).kind == "update"
    peak = figure_claim("48", 48, "degree celsius", "The thermometer reached 48 degrees.", source="Outlet B",
                        day="2025-05-19")
    assert verdict(earlier, peak).reason != "rounding"


def test_a_later_report_that_says_it_widened_to_a_value_is_an_update():
    earlier = figure_claim("roughly 12", 12, "meter", "A sinkhole roughly 12 meters across opened on Monday.",
                           day="2026-03-02")
    later = figure_claim("about 15", 15, "meter", "The sinkhole widened overnight to about 15 meters, officials said.",
                         source="Outlet B", day="2026-03-03")
    assert verdict(earlier, later).kind == "update"
    # the object of the verb between it and the value
    closed = figure_claim("4,200", 4200, "acre", "Regulators on Friday closed 4,200 acres of shellfish beds.",
                          day="2026-09-12")
    widened = figure_claim("5,600", 5600, "acre", "Regulators widened the Merrin Bay shellfish closure to 5,600 acres.",
                           source="Outlet B", day="2026-09-16")
    assert verdict(closed, widened).kind == "update"
    offer = figure_claim("$2.35 billion", 2.35e9, "USD", "Hoshikawa offered to buy Andina Yodo for $2.35 billion.",
                         day="2025-06-02")
    raised = figure_claim("about 2.5 billion dollars", 2.5e9, "USD", "Hoshikawa has raised its offer for Chilean "
                          "iodine producer Andina Yodo to about 2.5 billion dollars.", source="Outlet B",
                          day="2025-06-05")
    assert verdict(offer, raised).kind == "update"  # nine words between


def test_two_ends_of_one_change_from_the_same_start_contradict_each_other():
    earlier = figure_claim("$46,000", 46000, "USD", "It would raise the starting salary from $44,500 to $46,000.",
                           day="2025-08-19")
    earlier["figure"].update(role="to", linked="$44,500")
    later = figure_claim("$48,000", 48000, "USD", "Starting pay rises to $48,000 from $44,500.", source="Outlet B",
                         day="2025-08-20")
    later["figure"].update(role="to", linked="$44,500")
    assert verdict(earlier, later).kind == "contradiction"
    # the same digits at another scale are another start: the later, higher end may be an update
    grown = figure_claim("$3 billion", 3e9, "USD", "Losses have now grown to $3 billion from $1.2 billion.",
                         source="Outlet B", day="2025-08-20")
    grown["figure"].update(role="to", linked="$1.2 billion")
    start = figure_claim("$2 billion", 2e9, "USD", "Losses grew from $1.2 million to $2 billion.", day="2025-08-19")
    start["figure"].update(role="to", linked="$1.2 million")
    assert verdict(start, grown).kind == "update"
    # one start written with and without its currency
    fee = figure_claim("180 soles", 180, "PEN", "It will raise the fee to 180 soles from 152 soles.", day="2024-04-22")
    fee["figure"].update(role="to", linked="152 soles")
    told = figure_claim("190 soles", 190, "PEN", "Foreigners will pay 190 soles for a ticket from June, up from 152.",
                        source="Outlet B", day="2024-05-02")
    told["figure"].update(role="to", linked="152")
    assert verdict(fee, told).kind == "contradiction"


def test_a_count_of_a_month_already_over_does_not_grow():
    earlier = figure_claim("18,400", 18400, "person", "The food bank served 18,400 people in October, a record.",
                           day="2025-11-10")
    later = figure_claim("more than 21,000", 21000, "person", "The number of people served climbed to more than "
                         "21,000 in October.", source="Outlet B", day="2025-11-12")
    assert verdict(earlier, later).kind == "contradiction"
    # told in the month itself, the month is not over
    earlier["published_at"], later["published_at"] = "2025-10-10", "2025-10-12"
    assert verdict(earlier, later).kind == "update"


def test_a_month_told_of_another_number_in_a_clause_before_dates_no_running_count():
    earlier = figure_claim("36", 36, "dredge", "Surveillance had identified 87 dredges operating in January and "
                           "February, and that troops had destroyed 36 of them since December.", day="2025-03-12")
    later = figure_claim("51", 51, "dredge", "The army said it had now destroyed 51 dredges since December.",
                         source="Outlet B", day="2025-03-17")
    assert verdict(earlier, later).kind == "update"


@pytest.mark.parametrize("earlier, later", [
    # two promises of different sizes; a promise's deadline is no sign of growth
    (figure_claim("1,200", 1200, "job", "Corvantis has created only 540 of the 1,200 jobs it promised.",
                  day="2026-04-14"),
     figure_claim("1,500", 1500, "job", "Corvantis had promised 1,500 jobs at its riverfront campus by the end of "
                  "2025.", source="Outlet B", day="2026-04-15")),
    # growth told of another number in the sentence is not this figure's
    (figure_claim("22 miles", 22, "mile", "Volunteers marked 4,812 nests along the island's 22 miles of beach.",
                  day="2026-07-01"),
     figure_claim("27 miles", 27, "mile", "Monitors patrolling the island's 27 miles of shoreline had documented "
                  "4,870 nests by Monday.", source="Outlet B", day="2026-07-02")),
    # the injured grow as a story unfolds; how many of them are in critical condition need not
    (figure_claim("Six", 6, "person", "Six of the injured were in critical condition.", day="2025-06-01"),
     figure_claim("Eight", 8, "person", "Eight of the injured were listed in critical condition.",
                  source="Outlet B", day="2025-06-02")),
    # a toll paid on a road is no death toll
    (figure_claim("11", 11, "station", "Drivers will pay 26 crowns at 11 toll stations.", day="2025-10-21"),
     figure_claim("17", 17, "toll station", "There will be 17 toll stations on the main approaches.",
                  source="Outlet B", day="2025-10-22")),
    # a deal signed is one deal, in its count of parties and in its money; a petition signed fills up
    (figure_claim("six", 6, "lender", "The club has agreed to restructure its bank debt with six lenders.",
                  day="2025-11-03"),
     figure_claim("seven", 7, "lender", "The club said it had signed a restructuring protocol with seven lenders.",
                  source="Outlet B", day="2025-11-05")),
    (figure_claim("€118 million", 118e6, "EUR", "The club will restructure €118 million of bank debt.",
                  day="2025-11-03"),
     figure_claim("€127 million", 127e6, "EUR", "The club signed a protocol covering €127 million of bank loans.",
                  source="Outlet B", day="2025-11-05")),
    # a reading on a scale gathers nothing: a quake that damaged homes, the day's peak temperature
    (figure_claim("3.1", 3.1, "magnitude", "An earthquake of magnitude 3.1 struck near the village late on Sunday.",
                  day="2025-09-15"),
     figure_claim("3.4", 3.4, "magnitude", "Two days after the magnitude 3.4 earthquake that damaged homes.",
                  source="Outlet B", day="2025-09-17")),
    (figure_claim("46.2", 46.2, "degree celsius", "Temperatures reached 46.2 degrees Celsius on Saturday.",
                  day="2025-05-19"),
     figure_claim("48", 48, "degree celsius", "On the hottest day the thermometer at the station reached 48 degrees.",
                  source="Outlet B", day="2025-05-26")),
    # a count of the same day in both reports: one moment, no growth between them
    (figure_claim("1,130", 1130, "runner", "Medical volunteers treated 1,130 runners, figures released on Sunday "
                  "evening show.", day="2026-06-01"),
     figure_claim("about 1,700", 1700, "runner", "Temperatures hit 98 degrees during Sunday's race, and medical "
                  "volunteers treated about 1,700 runners.", source="Outlet B", day="2026-06-04")),
    # the whole a part is out of does not grow with the part
    (figure_claim("280,000", 280000, "tonne", "The government is releasing 280,000 tonnes of its reserves.",
                  day="2025-06-02"),
     figure_claim("320,000", 320000, "tonne", "The ministry said 5,400 tonnes had now been delivered to retailers, out "
                  "of a total release of 320,000 tonnes.", source="Outlet B", day="2025-06-06")),
    # how long a finished event lasted is no count of what it burned; a floor on a rate is no count being made
    (figure_claim("nine", 9, "hour", "The fire burned for nine hours before crews brought it under control.",
                  day="2026-03-10"),
     figure_claim("about 19", 19, "hour", "The fire at the plant burned for about 19 hours, officials said.",
                  source="Outlet B", day="2026-03-12", qualifier="approximate")),
    (figure_claim("at least 50", 50, "megabit per second", "The state pays for download speeds of at least 50 "
                  "megabits per second.", day="2026-05-12", qualifier="at_least", low=50),
     figure_claim("at least 100", 100, "megabit per second", "The satellites would deliver download speeds of at "
                  "least 100 megabits per second.", source="Outlet B", day="2026-05-14", qualifier="at_least",
                  low=100)),
    # "now" of the number right after it, not of this one
    (figure_claim("six-panel", 6, "panel", "A pair of six-panel folding screens by Kanda Shoun fetched 1.15 "
                  "billion yen at auction on Saturday.", day="2025-11-22"),
     figure_claim("eight-panel", 8, "panel", "The foundation that paid a record price for a pair of eight-panel "
                  "screens says donations have now passed 1.02 billion yen.", source="Outlet B", day="2025-12-02")),
    # one amount in two units whose digits agree at another power of ten: a unit slipped, not ten times the data
    (figure_claim("400", 400, "gigabyte", "The group said it had stolen 400 gigabytes of data.", day="2024-03-11"),
     figure_claim("four", 4, "terabyte", "The trust believes the attackers stole four terabytes of data.",
                  source="Outlet B", day="2024-03-13")),
    # the voltage of the packs recalled is no count of them
    (figure_claim("36-volt", 36, "volt", "Hoshida is recalling about 209,000 of its 36-volt battery packs.",
                  day="2025-03-04"),
     figure_claim("48-volt", 48, "volt", "The recalled 48-volt packs were sold with Sorakaze bikes.",
                  source="Outlet B", day="2025-03-06")),
    # one number in two units of a kind: the unit written wrong, not a zone widened again
    (figure_claim("7", 7, "kilometre", "By Tuesday afternoon the agency had widened the exclusion zone to 7 "
                  "kilometres.", day="2025-11-04"),
     figure_claim("7", 7, "mile", "Tuesday's widening of the exclusion zone to 7 miles forced more families out.",
                  source="Outlet B", day="2025-11-06")),
    # the value a count moved up from is no running count
    (figure_claim("about GHS 1,400", 1400, "GHS", "A crate of tomatoes sold for GHS 3,200 on Monday, up from about "
                  "GHS 1,400 in early January, traders said.", day="2025-02-10"),
     figure_claim("GHS 1,700", 1700, "GHS", "A crate now sells for GHS 3,500, compared with GHS 1,700 in early "
                  "January.", source="Outlet B", day="2025-02-14")),
    # nor a count up from a past year's
    (figure_claim("64", 64, "cruise ship call", "The island received 64 cruise ship calls this year, up from 41 in "
                  "2023, Mr. Perković said.", day="2024-10-03"),
     figure_claim("more than 90", 90, "cruise ship call", "The island handled more than 90 cruise ship calls this "
                  "season, the port authority said.", source="Outlet B", day="2024-10-04")),
    # a "since" of the sentence's own verb, after an aside about its subject, dates no count in the aside
    (figure_claim("roughly 2,900", 2900, "resident", "The order covers all of the town's roughly 2,900 residents.",
                  day="2025-07-22"),
     figure_claim("4,200", 4200, "resident", "Tallis Lake, home to 4,200 residents, has been a ghost town since the "
                  "weekend.", source="Outlet B", day="2025-07-24")),
])
def test_a_later_higher_figure_of_what_does_not_grow_is_a_contradiction(earlier, later):
    assert verdict(earlier, later).kind == "contradiction"


@pytest.mark.parametrize("later_sentence", [
    "Median rent has climbed 32% since 2020, census estimates show.",  # a change since a past year
    "The district has stuck to its offer of 32 percent, unchanged since December.",
    "Veltrail said fares will go up an average 32 percent on March 1.",  # the size of a rise, not a count
])
def test_growth_told_of_something_else_does_not_make_an_update(later_sentence):
    earlier = figure_claim("23 percent", 23, "%", "The figure was 23 percent.", day="2026-03-12")
    text = "32 percent" if "32 percent" in later_sentence else "32%"
    later = figure_claim(text, 32, "%", later_sentence, source="Outlet B", day="2026-03-13")
    assert verdict(earlier, later).kind == "contradiction"


@pytest.mark.parametrize("earlier, later, kind", [
    # something still going on lasts a day longer each day
    (figure_claim("48", 48, "day", "A strike that has lasted 48 days continued to hold up work.", day="2025-07-18"),
     figure_claim("51", 51, "day", "Workers agreed on Monday to end a strike that lasted 51 days.",
                  source="Outlet B", day="2025-07-21"), "update"),
    (figure_claim("four", 4, "day", "The lockout has now lasted four days.", day="2025-06-10"),
     figure_claim("nine-day", 9, "day", "An agreement ended a nine-day lockout.", source="Outlet B",
                  day="2025-06-15"), "update"),
    (figure_claim("Three", 3, "day", "Three days into the recount, her lead has narrowed to 131 votes.",
                  day="2025-12-04"),
     figure_claim("five-day", 5, "day", "She will be mayor after a five-day hand recount.", source="Outlet B",
                  day="2025-12-06"), "update"),
    # not what was over when told, nor a duration that grew more than the days between
    (figure_claim("three", 3, "day", "The jury deliberated for three days after a six-week trial.", day="2025-03-04"),
     figure_claim("four", 4, "day", "It took the jury four days to reach a verdict.", source="Outlet B",
                  day="2025-03-05"), "contradiction"),
    (figure_claim("48", 48, "day", "A strike that has lasted 48 days continued.", day="2025-07-18"),
     figure_claim("60", 60, "day", "Workers ended a strike that lasted 60 days.", source="Outlet B",
                  day="2025-07-21"), "contradiction"),
])
def test_a_duration_still_going_on_grows_by_the_days_between_reports(earlier, later, kind):
    assert verdict(earlier, later).kind == kind


@pytest.mark.parametrize("earlier, later, kind", [
    # a rate someone raised since
    (figure_claim("JD10.5", 10.5, "JOD", "The government's offer of JD10.5 a tonne remains on the table.",
                  day="2024-10-10"),
     figure_claim("11.25 dinars", 11.25, "JOD", "Drivers suspended their strike after the government raised its offer "
                  "to 11.25 dinars per tonne.", source="Outlet B", day="2024-10-11"), "update"),
    (figure_claim("two", 2, "hour", "Egypt will reintroduce rolling power cuts of two hours a day from Monday.",
                  day="2025-07-21"),
     figure_claim("three", 3, "hour", "Egypt extended scheduled load-shedding to three hours a day from Thursday.",
                  source="Outlet B", day="2025-07-25"), "update"),
    # ... or that has risen since
    (figure_claim("62,000", 62000, "passenger", "The line carried an average of 62,000 passengers a day on weekdays "
                  "in its first month.", day="2025-11-03"),
     figure_claim("about 71,000", 71000, "passenger", "Weekday patronage has since risen to about 71,000 passengers a "
                  "day in the sixth week.", source="Outlet B", day="2025-11-06"), "update"),
    # not a rate told against the period before
    (figure_claim("US$1,412", 1412, "USD", "All-in sustaining costs came in at US$1,412 per ounce, the miner said.",
                  day="2025-10-29"),
     figure_claim("US$1,480", 1480, "USD", "All-in sustaining costs climbed to US$1,480 an ounce, above the top of "
                  "the company's band.", source="Outlet B", day="2025-10-30"), "contradiction"),
])
def test_a_rate_grows_when_someone_raised_it(earlier, later, kind):
    assert verdict(earlier, later).kind == kind


@pytest.mark.parametrize("earlier_sentence, later_sentence, kind", [
    # what was sold is no sales count running on
    ("Hanbit said it would recall 182,000 battery packs sold in South Korea, Japan and Australia.",
     "Hanbit's recall of 218,000 battery packs has been traced to a thin separator film.", "contradiction"),
    # sales told as a count are
    ("The festival has sold 182,000 tickets so far.", "Organisers have sold 218,000 tickets.", "update"),
])
def test_sold_is_a_running_count_only_when_sales_are_counted(earlier_sentence, later_sentence, kind):
    earlier = figure_claim("182,000", 182000, "pack" if "pack" in earlier_sentence else "ticket", earlier_sentence,
                           day="2025-03-04")
    later = figure_claim("218,000", 218000, "pack" if "pack" in later_sentence else "ticket", later_sentence,
                         source="Outlet B", day="2025-03-06")
    assert verdict(earlier, later).kind == kind


@pytest.mark.parametrize("earlier, later, kind", [
    # a later report that says the figure went up from the earlier one, named with its currency
    (figure_claim("25,000 shekels", 25000, "ILS", "Management offered a one-off payment of 25,000 shekels.",
                  day="2025-03-03"),
     figure_claim("NIS 35,000", 35000, "ILS", "Each worker will receive NIS 35,000, up from the NIS 25,000 management "
                  "first offered.", source="Outlet B", day="2025-03-11"), "update"),
    # ... however much of the sentence comes between, where no other number does
    (figure_claim("about 2,400", 2400, "farmer", "A marine heatwave has killed most of the seaweed, leaving about "
                  "2,400 farmers in four villages with almost nothing to harvest, a growers' group said.",
                  day="2024-03-11"),
     figure_claim("Nearly 2,900", 2900, "farmer", "Nearly 2,900 farmers across six villages have now lost most or all "
                  "of their seaweed, the Kizingo Seaweed Growers' Association said on Thursday, up from the 2,400 it "
                  "reported at the start of the week.", source="Outlet B", day="2024-03-15"), "update"),
    # what pushed or brought a count to its number
    (figure_claim("About 160", 160, "worker", "About 160 workers have been laid off, the union said.",
                  day="2025-04-22"),
     figure_claim("205", 205, "worker", "A further 45 workers were dismissed this week, bringing job losses at the site "
                  "to 205.", source="Outlet B", day="2025-04-26"), "update"),
    # the value a later figure moved from is read with its scale: not 11.5 but £11.5 million
    (figure_claim("£8m", 8e6, "GBP", "Managers spent £8m on agency staff in the last financial year.",
                  day="2026-02-10"),
     figure_claim("£18 million", 18e6, "GBP", "The trust spent £18 million on agency nursing in the last financial "
                  "year, up from £11.5 million in 2022-23.", source="Outlet B", day="2026-02-13"), "contradiction"),
    # a misprint stays one when the later report moved from another value (last year's)
    (figure_claim("71.4 per cent", 71.4, "%", "Pupils celebrated, with 71.4 per cent achieving a standard pass.",
                  day="2025-08-21"),
     figure_claim("74.1 per cent", 74.1, "%", "The trust posted strong results, with 74.1 per cent of pupils securing "
                  "grade 4, up from 64.2 per cent in 2024.", source="Outlet B", day="2025-08-22"), "contradiction"),
    # a change over a year is no count running on since the earlier report
    (EGP_120_BILLION, figure_claim("EGP 150 billion", 150e9, "EGP", "The subsidy allocation for the current fiscal "
                                   "year is EGP 150 billion, up from EGP 95 billion last year.", source="Outlet B",
                                   day="2025-07-23"), "contradiction"),
    (EGP_120_BILLION, figure_claim("EGP 150 billion", 150e9, "EGP", "The subsidy allocation is EGP 150 billion, up "
                                   "from EGP 95 billion a year earlier.", source="Outlet B", day="2025-07-23"),
     "contradiction"),
    # up from a value the story passed through: a running count
    (EGP_120_BILLION, figure_claim("EGP 150 billion", 150e9, "EGP", "Claims filed with the fund reached EGP 150 "
                                   "billion, up from EGP 90 billion on Monday.", source="Outlet B", day="2025-07-23"),
     "update"),
    (figure_claim("23", 23, "investigation", "The agency has opened 23 investigations this year.", day="2025-05-06"),
     figure_claim("29", 29, "investigation", "The agency said it had opened 29 investigations this year, up from 23 "
                  "reported last week.", source="Outlet B", day="2025-05-12"), "update"),  # a week ago: the story's
])
def test_a_later_report_that_says_where_its_value_moved_from(earlier, later, kind):
    assert verdict(earlier, later).kind == kind


def test_units_of_measure_convert_before_comparing():
    hectares = figure_claim("150-hectare", 150, "hectare", "Construction began on the 150-hectare site.")
    acres = figure_claim("about 370 acres", 370, "acre", source="Outlet B", qualifier="approximate")
    more = figure_claim("210 hectares", 210, "hectare", source="Outlet C")
    assert verdict(hectares, acres) is None
    found = verdict(acres, more)
    assert found.kind == "contradiction" and found.reason == "unit"
    assert 145 < found.difference["absolute"] < 155  # 210 hectares are 519 acres: the gap in acres


@pytest.mark.parametrize("first, second", [
    (("1.12 billion", 1.12e9, "litre"), ("1,120", 1120, "megalitre")),
    (("about 38,000", 38000, "mph"), ("10.6", 10.6, "mile per second")),
    (("17", 17, "kilometre per second"), ("61,200", 61200, "km/h")),
    (("6", 6, "terabyte"), ("6,000", 6000, "gigabyte")),
    (("1,900", 1900, "acre-foot"), ("about 619 million", 619e6, "gallon")),
    (("about 620 million", 620e6, "cubic metre"), ("0.62", 0.62, "cubic kilometre")),
    (("48 million", 48e6, "litre"), ("480,000", 480000, "hectolitre")),
    (("610", 610, "litre per second"), ("0.61", 0.61, "cubic metre per second")),
    (("12", 12, "microgram per decilitre"), ("120", 120, "microgram per litre")),  # lead in blood
    (("1,512", 1512, "part per million"), ("1,512", 1512, "milligram per kilogram")),
    (("400", 400, "kilovolt"), ("400,000", 400000, "volt")),
    (("2.5", 2.5, "milligram"), ("2,500", 2500, "microgram")),
    (("1.2", 1.2, "GHz"), ("1,200", 1200, "megahertz")),
])
def test_more_units_of_measure_convert(first, second):
    assert verdict(figure_claim(*first), figure_claim(*second, source="Outlet B")) is None
    assert verdict(figure_claim(*first), figure_claim(second[0], second[1] * 3, second[2], source="Outlet B"))


def test_a_conversion_is_rounded_to_the_digits_written():
    road = figure_claim("27-kilometre", 27, "kilometre", "The operator of the 27-kilometre road raised tolls.")
    assert verdict(road, figure_claim("17-mile", 17, "mile", source="Outlet B")) is None  # 16.8 miles
    assert verdict(road, figure_claim("19-mile", 19, "mile", source="Outlet B")).reason == "unit"
    ship = figure_claim("400-meter", 400, "meter", "The 400-meter vessel ran aground.")
    assert verdict(ship, figure_claim("1,312-foot", 1312, "foot", source="Outlet B")) is None
    assert verdict(ship, figure_claim("1,200ft", 1200, "foot", source="Outlet B")) is not None  # 1,312 feet


def test_durations_convert():
    hours = figure_claim("about six hours", 6, "hour", qualifier="approximate")
    minutes = figure_claim("40 minutes", 40, "minute", source="Outlet B")
    assert verdict(hours, minutes).reason == "unit"
    assert verdict(figure_claim("18 months", 18, "month"), figure_claim("a year and a half", 1.5, "year",
                                                                       source="Outlet B")) is None


def test_temperatures_convert_and_bare_degrees_are_fahrenheit():
    celsius = figure_claim("31 degrees Celsius", 31, "degree celsius")
    assert verdict(celsius, figure_claim("88 degrees", 88, "degree", source="Outlet B")) is None
    found = verdict(celsius, figure_claim("98 degrees", 98, "degree", source="Outlet B"))
    assert found.reason == "unit" and found.difference["absolute"] == pytest.approx(5.67, abs=0.01)


def test_volumes_convert():
    cubic_metres = figure_claim("about 30,000 cubic meters", 30000, "cubic meter", qualifier="approximate")
    assert verdict(cubic_metres, figure_claim("39,000 cubic yards", 39000, "cubic yard", source="Outlet B")) is None
    assert verdict(cubic_metres, figure_claim("400,000 cubic yards", 400000, "cubic yard",
                                              source="Outlet B")).reason == "unit"


def test_a_small_floor_leaves_room_for_a_few_more():
    dozen = figure_claim("more than a dozen", 12, "room", qualifier="more_than", low=12)
    fourteen = figure_claim("at least 14", 14, "room", source="Outlet B", qualifier="at_least", low=14)
    assert verdict(dozen, fourteen) is None
    twenty = figure_claim("20", 20, "room", source="Outlet C")
    assert verdict(dozen, twenty).kind == "contradiction"


def test_a_ton_may_be_a_tonne():
    tons = figure_claim("160,000", 160000, "ton", "Output will rise to 160,000 tons.")
    tonnes = figure_claim("160,000", 160000, "tonne", "Output will rise to 160,000 tonnes.", source="Outlet B")
    assert verdict(tons, tonnes) is None
    assert verdict(tons, figure_claim("95,000", 95000, "tonne", source="Outlet C")).kind == "contradiction"


def test_a_later_report_that_it_has_fallen_is_an_update():
    lead = figure_claim("143", 143, "vote", "Ortega leads Pryce by 143 votes.", day="2026-11-09")
    narrowed = figure_claim("131", 131, "vote", "Three days into the recount, Ortega's lead has narrowed to 131 "
                            "votes.", source="Outlet B", day="2026-11-12")
    found = verdict(lead, narrowed)
    assert found.kind == "update"
    assert "The count fell by 12 votes (8%)." in found.explanation
    profit = figure_claim("$312 million", 312e6, "USD", "Net income rose to $312 million.", day="2026-11-09")
    fell = figure_claim("$213 million", 213e6, "USD", "Quarterly profit fell to $213 million.", source="Outlet B",
                        day="2026-11-10")
    assert verdict(profit, fell).kind == "contradiction"  # a fall since last year, told in the past tense


@pytest.mark.parametrize("earlier, later", [
    (("C$140 million", 140e6, "CAD", "Northdale said it expected annual cost savings of C$140 million.", "2025-06-09"),
     ("C$170 million", 170e6, "CAD", "Northdale also raised its estimate of annual cost savings to C$170 million.",
      "2025-06-13")),
    (("SEK 148 million", 148e6, "SEK", "The university expects the deficit to reach SEK 148 million.", "2025-09-23"),
     ("SEK 131 million", 131e6, "SEK", "The university also lowered its deficit forecast for this year to SEK 131 "
      "million.", "2025-10-02")),
    (("2,846", 2846, "megawatt", "Spain awarded 2,846 megawatts of new solar capacity.", "2025-10-14"),
     ("2,790", 2790, "megawatt", "The developer withdrew two projects, cutting the capacity awarded in the tender "
      "to 2,790 MW.", "2025-10-20")),
    # a state that people leave as days pass
    (("Twenty-three", 23, "patient", "Twenty-three patients remain in the hospital.", "2025-08-06"),
     ("Twenty-two", 22, "person", "Twenty-two people are still hospitalized.", "2025-08-08")),
    (("Forty-one", 41, "project", "Forty-one projects won contracts.", "2025-10-14"),
     ("39", 39, "project", "The withdrawal leaves 39 projects in the auction.", "2025-10-20")),
    (("¥600 million", 600e6, "JPY", "A Hong Kong-based fund has offered ¥600 million for the bankrupt ski resort.",
      "2025-01-16"),
     ("¥650 million", 650e6, "JPY", "Harbour Peak Capital has raised its offer for the bankrupt Hakuzan Kogen ski "
      "resort to ¥650 million.", "2025-01-19")),
    (("Around 2,400", 2400, "home", "Around 2,400 homes were without hot water on Tuesday.", "2025-01-14"),
     ("About 1,100", 1100, "home", "About 1,100 homes in Hraunvik were still without hot water on Wednesday "
      "morning.", "2025-01-15")),
    # a figure said to revise the source's earlier one, or the plan it replaces
    (("Up to 120", 120, "job", "Up to 120 jobs at the airport could be lost after SkyVista closes its base on "
      "January 12, the airport's management warned on Tuesday.", "2025-10-07"),
     ("about 160", 160, "job", "The airport now says about 160 jobs could be lost when SkyVista leaves in January, "
      "up from its earlier estimate.", "2025-10-10")),
    (("some 2,500", 2500, "member", "The school is due to parade on Feb. 13 with some 2,500 members.", "2026-01-08"),
     ("2,200", 2200, "member", "The parade would now feature 2,200 members instead of the planned 2,500.",
      "2026-01-15")),
    # (both told of one night's frost, which says nothing of a count made since)
    (("at least 9,000", 9000, "hectare", "A frost on Tuesday damaged trees on at least 9,000 hectares, the "
      "cooperative said.", "2024-07-30"),
     ("some 14,000", 14000, "hectare", "Futures rose after a frost on Tuesday damaged coffee trees across some "
      "14,000 hectares, more than initially estimated.", "2024-07-31")),
    (("about 4,200", 4200, "hectare", "A late frost has damaged about 4,200 hectares of apricot orchards.",
      "2025-03-30"),
     ("5,100", 5100, "hectare", "Inspectors found frost damage on 5,100 hectares, well above the first estimate.",
      "2025-03-31")),
    (("12", 12, "container", "The minister said 12 containers of avocados had been rejected at European ports in "
      "July.", "2025-08-04"),
     ("19", 19, "container", "The board said 19 containers had now been rejected since July, up from the figure "
      "given when the ban was announced.", "2025-08-07")),
    # a count of people that grows: "the 14 people" is no one thing's size
    (("Eleven", 11, "person", "Eleven people are now confirmed dead in the collapse.", "2024-07-22"),
     ("14", 14, "person", "Families of the 14 people crushed to death say they begged the council for help.",
      "2024-07-24")),
    # a share's price in the first hour, then at the close
    (("494 crowns", 494, "CZK", "Shares in Kovarna rose 8.6 per cent to 494 crowns in the first hour of trading in "
      "Prague on Wednesday.", "2025-05-28"),
     ("509.60 crowns", 509.6, "CZK", "Kovarna closed its first day on the Prague Stock Exchange at 509.60 crowns a "
      "share.", "2025-05-29")),
    # a thing's size the later report says was extended
    (("12-kilometre", 12, "kilometre", "Rangers counted carcasses along a 12-kilometre stretch of coast that has been "
      "closed to the public.", "2024-09-03"),
     ("20", 20, "kilometre", "Authorities extended the closed stretch of coast at Punta Quiroga to 20 kilometres on "
      "Wednesday.", "2024-09-05")),
    # a rate the later report gives as it is now
    (("up to 30", 30, "centimetre", "Parts of the flank are moving up to 30 centimetres a day.", "2025-09-08"),
     ("as much as 80", 80, "centimetre", "Parts of the flank are now moving as much as 80 centimetres a day.",
      "2025-09-12")),
    # a level read on two days
    (("21.9%", 21.9, "%", "The Mogodi Dam stood at 21.9% on Tuesday.", "2024-10-09"),
     ("20.1%", 20.1, "%", "The Mogodi Dam was at 20.1% on Monday morning.", "2024-10-14")),
    # a quick count, then the official one
    (("71.3%", 71.3, "%", "The quick count put turnout at 71.3%.", "2024-11-28"),
     ("68.8%", 68.8, "%", "Official turnout was 68.8%, the commission said.", "2024-12-06")),
    # a level told as fallen from the earlier one, the start after its date
    (("about CHF 21 billion", 21e9, "CHF", "The bank manages about CHF 21 billion in client assets.", "2025-02-11"),
     ("CHF 19.5bn", 19.5e9, "CHF", "The bank's client assets fell to CHF 19.5bn at the end of January, from CHF 21bn "
      "at the end of 2024.", "2025-02-12")),
    # a toll told on the day an event began, then told of the event since ("broke out on Monday" dates the fire)
    (("two", 2, "person", "A wildfire burned through 1,200 hectares on Monday, killing two people.", "2025-02-03"),
     ("four", 4, "death", "The wildfire that broke out on Monday has so far burned 3,400 hectares and has been blamed "
      "for four deaths.", "2025-02-04")),
    # a cost that climbed since the figure told in an earlier month ("given ... in May" dates the telling)
    (("NZ$298 million", 298e6, "NZD", "A council report is expected to push the forecast cost of the arena above the "
      "NZ$298 million figure given to councillors in May.", "2025-08-11"),
     ("NZ$312 million", 312e6, "NZD", "The forecast cost of the arena has climbed to NZ$312 million, a council report "
      "shows.", "2025-08-13")),
    # early returns, then a later count
    (("59.92 percent", 59.92, "%", "Early returns posted at 8:15 p.m. showed the measure with 59.92 percent yes "
      "votes.", "2025-02-12"),
     ("60.03 percent", 60.03, "%", "The measure stood at 60.03 percent yes, clearing the threshold.", "2025-02-15")),
    # a share then told as the final figure, a recount's few tenths away
    (("26.4 per cent", 26.4, "%", "Turnout in Sunday's vote was 26.4 per cent, according to the commission.",
      "2025-06-16"),
     ("26.6 per cent", 26.6, "%", "The commission published final figures that put turnout at 26.6 per cent.",
      "2025-06-19")),
    # a source that raised its own count, however long what it counts
    (("About 48,000", 48000, "dose", "About 48,000 doses of childhood vaccines were spoiled, the provincial health "
      "office said on Monday.", "2025-06-03"),
     ("52,300", 52300, "dose", "The Department of Health on Tuesday raised its count of vaccine doses lost in last "
      "weekend's cold chain failure in Dalupan to 52,300.", "2025-06-04")),
    # what was widened to take in more
    (("about 2,300", 2300, "resident", "An evacuation order covering about 2,300 residents was issued Sunday night.",
      "2025-07-21"),
     ("3,900", 3900, "person", "The evacuation order has been expanded to cover 3,900 people.", "2025-07-22")),
    # a running total told after its number, whatever day the sentence names for something else
    (("212", 212, "case", "At least 14 people have died and 212 suspected cases of cholera have been recorded since "
      "late July, state health officials said on Monday.", "2025-08-11"),
     ("261", 261, "case", "According to the commissioner, 261 suspected cases have been recorded so far, and 38 "
      "patients were admitted at the isolation centre on Monday alone.", "2025-08-12")),
    # an offer raised, a leak found bigger than first disclosed
    (("7.5 per cent", 7.5, "%", "The university has offered 7.5 per cent over the same period.", "2025-01-27"),
     ("9 per cent", 9, "%", "The university is now offering raises of 9 per cent over three years, up from its "
      "previous offer.", "2025-01-30")),
    (("about 4,300", 4300, "cubic metre", "Minera Cordón Alto said about 4,300 cubic metres of tailings water "
      "seeped from a storage dam.", "2024-03-11"),
     ("nearly 6,000", 6000, "cubic metre", "The regulator said the leak was bigger than the company first disclosed, "
      "with nearly 6,000 cubic metres of tailings water escaping.", "2024-03-15")),
])
def test_a_later_report_of_a_revised_or_remaining_figure_is_an_update(earlier, later):
    assert verdict(*dated_pair(earlier, later)).kind == "update"


def test_a_final_figure_far_from_an_earlier_one_is_no_recount():
    earlier, later = dated_pair(
        ("about 60", 60, "house", "The barangay captain said about 60 houses were destroyed.", "2025-01-10"),
        ("47", 47, "house", "The landslide buried 47 houses, according to a final tally by the bureau.", "2025-01-12"))
    assert verdict(earlier, later).kind == "contradiction"


def test_two_decimals_a_step_of_their_last_digit_apart_are_a_contradiction():
    first, second = dated_pair(("12.47 tenge", 12.47, "KZT", "It won with a bid of 12.47 tenge.", "2024-05-21"),
                               ("12.49 tenge", 12.49, "KZT", "Its winning bid of 12.49 tenge.", "2024-05-22"))
    assert verdict(first, second).kind == "contradiction"
    assert verdict(first, dict(second, figure=dict(second["figure"], value=12.5, raw="12.5 tenge"))) is None


def test_a_later_report_told_as_a_change_from_the_earlier_value_is_an_update():
    treated = figure_claim("Twenty-one", 21, "child", "Twenty-one children are being treated in hospitals.",
                           day="2025-10-09")
    remaining = figure_claim("Eighteen", 18, "child", "Eighteen children remain in hospital, down from 21 on "
                             "Thursday.", source="Outlet B", day="2025-10-10", role="to")
    remaining["figure"]["linked"] = "21"
    assert verdict(treated, remaining).kind == "update"
    remaining["figure"]["linked"] = "25"  # a change from another value says nothing of the earlier report
    remaining["sentence"] = "Eighteen children were in hospital, down from 25 on Thursday."
    assert verdict(treated, remaining).kind == "contradiction"


def test_a_change_from_a_value_in_words_is_read_and_belongs_to_the_part_not_the_whole():
    damaged, now = dated_pair(
        ("nine", 9, "dish", "A hailstorm has damaged nine of the 48 dishes at the array.", "2024-11-18"),
        ("13", 13, "dish", "Technicians said 13 of the array's 64 dishes had now been found to have damage, up from "
         "nine in the first inspection.", "2024-11-20"))
    assert verdict(damaged, now).kind == "update"
    whole, whole_now = dated_pair(
        ("48", 48, "dish", "A hailstorm has damaged nine of the 48 dishes at the array.", "2024-11-18"),
        ("64", 64, "dish", "Technicians said 13 of the array's 64 dishes had now been found to have damage, up from "
         "nine in the first inspection.", "2024-11-20"))
    whole_now["figure"]["role"] = "total"
    assert verdict(whole, whole_now).kind == "contradiction"


def test_a_level_read_on_two_named_days_is_an_update_and_on_one_day_a_contradiction():
    waiting = figure_claim("63", 63, "tow", "The Coast Guard had 63 tows waiting to transit the river on Thursday "
                           "morning.", day="2025-09-18")
    next_day = figure_claim("More than 80", 80, "tow", "More than 80 tows were waiting to pass on Friday morning.",
                            source="Outlet B", day="2025-09-19", qualifier="more_than")
    assert verdict(waiting, next_day).kind == "update"
    same_day = dict(next_day, sentence="More than 80 tows were waiting to pass on Thursday morning.")
    assert verdict(waiting, same_day).kind == "contradiction"  # published on the 19th, told of the 18th


def test_what_is_running_again_on_another_named_day_is_an_update():
    back, again = dated_pair(
        ("Ten", 10, "turbine", "Ten of the farm's 28 turbines were back in operation by Tuesday evening.",
         "2025-03-05"),
        ("Nineteen", 19, "turbine", "Nineteen of the 28 turbines were turning again on Thursday.", "2025-03-07"))
    assert verdict(back, again).kind == "update"
    assert verdict(back, dict(again, sentence="Nineteen of the 28 turbines were turning again on Tuesday.")).kind \
        == "contradiction"


def test_a_level_a_later_report_says_moved_to_on_another_named_day_is_an_update():
    stood, fell = dated_pair(("66", 66, "centimetre", "The lake stood at 66 centimetres on Monday.", "2025-08-05"),
                             ("65", 65, "centimetre", "The lake fell to 65 centimetres on Friday.", "2025-08-08"))
    assert verdict(stood, fell).kind == "update"
    assert verdict(stood, dict(fell, sentence="The lake fell to 65 centimetres on Monday.")).kind == "contradiction"
    # a move of another quantity in the sentence says nothing of this one
    rooms = figure_claim("230-room", 230, "room", "The death toll rose to three on Friday, and the 230-room hotel "
                         "was closed.", source="Outlet B", day="2025-08-08")
    assert verdict(dict(stood, text="310-room", sentence="Cases have risen to 19, and the 310-room hotel was "
                        "closed on Tuesday.", figure=dict(stood["figure"], value=310, unit="room")),
                   rooms).kind == "contradiction"


@pytest.mark.parametrize("later_sentence, kind", [
    ("Vantrell shares have risen 5.8% since the deal was announced on Monday.", "update"),  # a span, not a day
    ("Vantrell shares rose 5.8% on Thursday.", "update"),  # another day's move
    ("Vantrell shares rose 5.8% on Monday.", "contradiction"),  # the same day's move
    ("Vantrell shares rose 5.8%, their biggest gain since March 2024, on Monday.", "contradiction"),
    ("Vantrell shares were up 5.8% at midday on Monday.", "update"),  # a moment of the day, against its close
])
def test_share_moves_over_other_spans_of_trading_are_updates(later_sentence, kind):
    earlier = figure_claim("3.2 per cent", 3.2, "%", "Vantrell shares closed up 3.2 per cent in New York.",
                           day="2024-05-13")  # a Monday: a move dated to no day is of the day it is reported
    later = figure_claim("5.8%", 5.8, "%", later_sentence, source="Outlet B", day="2024-05-16")
    assert verdict(earlier, later).kind == kind


@pytest.mark.parametrize("later_dates, kind", [
    ("in the week to June 1", "update"),
    ("in the week to 1 June 2025", "update"),
    ("in the week to May 25", "contradiction"),  # the same week, told two ways
])
def test_a_level_read_on_two_written_dates_is_an_update(later_dates, kind):
    earlier = figure_claim("4,268 yen", 4268, "JPY", "The average price of a 5-kg bag was 4,268 yen in the week to "
                           "May 25, the ministry said.", day="2025-06-02")
    later = figure_claim("4,190 yen", 4190, "JPY", f"The average price of rice fell to 4,190 yen per bag "
                         f"{later_dates}.", source="Outlet B", day="2025-06-06")
    assert verdict(earlier, later).kind == kind


def test_a_bound_and_a_reading_with_two_digits_swapped_disagree():
    bound = figure_claim("up to 8.6", 8.6, "milligram per litre", qualifier="at_most", high=8.6)
    reading = figure_claim("6.8", 6.8, "milligram per litre", "The highest reading, 6.8 milligrams per litre, was "
                           "recorded at the market borehole.", source="Outlet B")
    assert verdict(bound, reading).kind == "contradiction"
    assert verdict(bound, dict(reading, figure=dict(reading["figure"], value=7.9))) is None  # within the bound


@pytest.mark.parametrize("earlier, later", [
    # a count since a month, not one of a month gone by
    (("14", 14, "person", "Police said they had arrested 14 people since the season opened in July.", "2025-10-22"),
     ("21", 21, "person", "Police have now arrested 21 people since the season opened in July.", "2025-10-25")),
    # "four after a young man" is no rate per young man
    (("three", 3, "death", "A woman died overnight, raising the death toll to three.", "2025-01-20"),
     ("four", 4, "death", "The death toll has risen to four after a young man died on Wednesday.", "2025-01-23")),
    (("₩85bn", 85e9, "KRW", "Dasol has raised ₩85bn in a Series B round.", "2025-04-08"),
     ("97 billion won", 97e9, "KRW", "Dasol has enlarged its Series B round to 97 billion won.", "2025-04-14")),
])
def test_counts_a_later_report_says_grew_are_updates(earlier, later):
    assert verdict(*dated_pair(earlier, later)).kind == "update"


def test_a_floor_the_later_report_says_was_raised_is_an_update_though_its_first_digit_differs():
    floor = figure_claim("at least 11", 11, "death", "The landslide killed at least 11 people.", day="2025-02-07",
                         qualifier="at_least", low=11)
    raised = figure_claim("41", 41, "death", "Provincial officials on Saturday raised the death toll to 41 people.",
                          source="Outlet B", day="2025-02-09")
    assert verdict(floor, raised).kind == "update"


def test_a_floor_filled_in_by_a_later_higher_count_is_an_update():
    floor = figure_claim("At least 290", 290, "passenger", "At least 290 passengers were trapped when the line "
                         "stopped.", day="2023-03-08", qualifier="at_least")
    count = figure_claim("348", 348, "passenger", "The last of 348 passengers trapped on the line reached the ground.",
                         source="Outlet B", day="2023-03-09")
    assert verdict(floor, count).kind == "update"
    assert verdict(dict(floor, published_at="2023-03-09"), count).kind == "contradiction"  # the same day
    exact = dict(floor, figure=dict(floor["figure"], qualifier="exact"), sentence="290 passengers were trapped.")
    assert verdict(exact, count).kind == "contradiction"  # a count, not a floor
    # a later floor under the earlier one says less, not more
    assert verdict(dict(count, published_at="2023-03-07"), dict(floor, source="Outlet C")).kind == "contradiction"


def test_more_people_still_in_a_state_on_a_later_day_is_a_contradiction():
    covered = figure_claim("2,240", 2240, "buyer", "The settlement covers 2,240 buyers still waiting for their homes.",
                           day="2025-05-12")
    waiting = figure_claim("2,600", 2600, "buyer", "The owners' association says 2,600 buyers are still waiting.",
                           source="Outlet B", day="2025-05-13")
    assert verdict(covered, waiting).kind == "contradiction"


def test_a_cut_told_from_another_value_than_the_earlier_reports_is_a_contradiction():
    paid = figure_claim("Rs 32", 32, "INR", "The dairy pays farmers Rs 32 a litre for cow milk.", day="2025-06-02")
    cut = figure_claim("Rs 30", 30, "INR", "The dairy on Monday cut the rate it pays farmers for cow milk from Rs 35 to "
                       "Rs 30 a litre.", source="Outlet B", day="2025-06-03", role="to")
    cut["figure"]["linked"] = "Rs 35"
    assert verdict(paid, cut).kind == "contradiction"
    cut["figure"]["linked"] = "Rs 32"
    assert verdict(paid, cut).kind == "update"


@pytest.mark.parametrize("earlier, later", [
    (("$2.4 billion", 2.4e9, "USD", "Regulators approved a $2.4 billion expansion.", "2026-03-10"),
     ("2.9 billion dollar", 2.9e9, "USD", "Shares have gained 6.8 percent since Tuesday, when regulators approved "
      "the company's 2.9 billion dollar expansion.", "2026-03-13")),
    # in another clause; "half" is a number between the telling and the figure
    (("R48 million", 48e6, "ZAR", "The province set aside R48 million for the control campaign.", "2025-11-17"),
     ("R84 million", 84e6, "ZAR", "Teams had sprayed 52,000 ha by Wednesday, the department said, but growers "
      "warn that the R84 million control budget will not stretch.", "2025-11-20")),
    (("$12.40", 12.4, "USD", "Class III milk futures have sunk to $12.40 per hundredweight.", "2025-10-07"),
     ("$14.20", 14.2, "USD", "Class III futures were at $14.20 per hundredweight this week, having lost nearly "
      "half their value since the spring.", "2025-10-10")),
])
def test_a_date_after_another_number_dates_that_number(earlier, later):
    assert verdict(*dated_pair(earlier, later)).kind == "contradiction"


def test_a_sum_that_reached_a_value_and_one_sale_are_no_running_totals():
    sales = figure_claim("$14.6 million", 14.6e6, "USD", "Ticket sales brought in $14.6 million.", day="2026-05-01")
    reached = figure_claim("$16.4m", 16.4e6, "USD", "Ticket revenue reached $16.4m.", source="Outlet B",
                           day="2026-05-02")
    assert verdict(sales, reached).kind == "contradiction"
    sold = figure_claim("$412 million", 412e6, "USD", "The city sold $412 million of sewer bonds.", day="2025-09-16")
    raised = figure_claim("$421 million", 421e6, "USD", "The city raised $421 million.", source="Outlet B",
                          day="2025-09-17")
    assert verdict(sold, raised).kind == "contradiction"
    collected = figure_claim("$412.6 million", 412.6e6, "USD", "Iowa collected a record $412.6 million in taxes "
                             "from casinos in the fiscal year.", day="2025-08-12")
    totaled = figure_claim("$421.6 million", 421.6e6, "USD", "Statewide, gaming taxes totaled $421.6 million.",
                           source="Outlet B", day="2025-08-13")
    assert verdict(collected, totaled).kind == "contradiction"
    signatures = figure_claim("12,000", 12000, "signature", "Organizers collected 12,000 signatures.",
                              day="2025-08-12")
    more = figure_claim("15,500", 15500, "signature", "Organizers have 15,500 signatures.", source="Outlet B",
                        day="2025-08-14")
    assert verdict(signatures, more).kind == "update"
    filed = figure_claim("236", 236, "buyer", "A group of 236 buyers filed a lawsuit against the developer.",
                         day="2025-04-24")
    joined = figure_claim("More than 250", 250, "buyer", "More than 250 buyers joined a lawsuit against the developer.",
                          source="Outlet B", day="2025-04-26")
    assert verdict(filed, joined).kind == "update"  # those who joined something that fills up


@pytest.mark.parametrize("earlier, later, kind", [
    # an amount for each one of a group is no running total, though the group was displaced
    (("3 million dong", 3e6, "VND", "Each displaced household will receive 3 million dong in support.", "2025-09-15"),
     ("5 million dong", 5e6, "VND", "Each displaced household will receive 5 million dong.", "2025-09-17"),
     "contradiction"),
    # the size of the one thing destroyed is no count of what was destroyed
    (("60", 60, "megavolt-ampere", "A fire destroyed a 60MVA power transformer.", "2025-07-14"),
     ("100", 100, "megavolt-ampere", "A fire destroyed the 100MVA power transformer.", "2025-07-18"),
     "contradiction"),
    (("40", 40, "hectare", "The fire destroyed 40 hectares of forest.", "2025-07-14"),
     ("65", 65, "hectare", "The fire destroyed 65 hectares of forest.", "2025-07-18"),
     "update"),
    # a date "now expected" tells nothing of the count beside it
    (("nine", 9, "station", "The line, with nine stations, is now expected to open in 2029.", "2025-03-11"),
     ("11", 11, "station", "The line is to open in 2029 with 11 stations.", "2025-03-19"), "contradiction"),
    (("nine", 9, "station", "The line now has nine stations.", "2025-03-11"),
     ("11", 11, "station", "The line has 11 stations.", "2025-03-19"), "update"),
    # a later count told with where it came down from, the earlier count on the way
    (("23", 23, "road", "Of the storm-closed roads, 23 remain shut.", "2025-06-25"),
     ("22", 22, "road", "22 of the 31 roads are still shut, down from 24 at the start of the week.", "2025-06-27"),
     "update"),
    (("30", 30, "road", "Of the storm-closed roads, 30 remain shut.", "2025-06-25"),
     ("22", 22, "road", "22 of the 31 roads are still shut, down from 24 at the start of the week.", "2025-06-27"),
     "contradiction"),
    # "still" in a clause of a place leaves no count behind
    (("180", 180, "kilometre", "Monitors reported contamination along 180 kilometres of the river.", "2024-02-21"),
     ("80", 80, "kilometre", "The crew travelled along an 80 km stretch where a brown film still coats the "
      "riverbanks.", "2024-02-22"), "contradiction"),
    # two reports that each tell a count as the whole of a known set give two sizes of it; one that does not may
    # count on
    (("19", 19, "crew member", "None of its 19 crew was hurt.", "2024-11-18"),
     ("22", 22, "crew member", "The vessel, with its 22 crew members, reached port.", "2024-11-19"), "contradiction"),
    (("seven", 7, "suspect", "The seven suspects charged on Monday were freed on bail.", "2025-04-08"),
     ("nine", 9, "suspect", "The nine suspects could lose their property.", "2025-04-10"), "contradiction"),
    (("seven", 7, "person", "At least seven people were killed when the building collapsed.", "2025-07-21"),
     ("14", 14, "person", "Families of the 14 people killed in the collapse want answers.", "2025-07-23"), "update"),
])
def test_what_a_figure_is_told_of_decides_whether_it_grows(earlier, later, kind):
    assert verdict(*dated_pair(earlier, later)).kind == kind


def test_a_later_report_that_its_source_revised_the_earlier_figure_it_names_is_an_update():
    expected = figure_claim("about 9,000", 9000, "tonne", "Growers expect to pick about 9,000 tonnes of blossoms this "
                            "season, the growers' association said.", day="2025-06-09", qualifier="approximate")
    revised = figure_claim("just 7,500", 7500, "tonne", "Growers now expect to pick just 7,500 tonnes of petals, the "
                           "growers' association said, revising down its forecast of 9,000 tonnes from earlier this "
                           "week.", source="Outlet B", day="2025-06-12", qualifier="at_most", high=7500)
    assert verdict(expected, revised).kind == "update"
    # a revision from another value is no revision of this one
    other = dict(revised, sentence=revised["sentence"].replace("9,000 tonnes", "9,400 tonnes"))
    assert verdict(expected, other).kind == "contradiction"


@pytest.mark.parametrize("later_sentence", [
    "Crop insurance claims in Valmesa have climbed past 4,800, the fund said.",  # past the value, on the way up
    "The final count puts the number of claims at 4,800, slightly higher than the preliminary figure.",
])
def test_a_count_said_to_have_grown_past_a_value_or_beyond_a_preliminary_figure_is_an_update(later_sentence):
    earlier = figure_claim("3,100", 3100, "claim", "Claims for crop insurance have reached 3,100, the fund said.",
                           day="2025-08-22")
    later = figure_claim("4,800", 4800, "claim", later_sentence, source="Outlet B", day="2025-08-25")
    assert verdict(earlier, later).kind == "update"


def test_a_count_the_earlier_report_said_was_rising_is_updated_by_a_later_higher_one():
    rising = figure_claim("430", 430, "rescue worker", "Reinforcements brought the number of rescue workers on the "
                          "ground to 430.", day="2025-11-04")
    later = figure_claim("More than 500", 500, "rescue worker", "More than 500 rescue workers remain on the ground.",
                         source="Outlet B", day="2025-11-05", qualifier="more_than", low=500)
    assert verdict(rising, later).kind == "update"
    # an amount of money said to have risen is no running count ("revenue rose to $430 million")
    revenue = figure_claim("$430 million", 430e6, "USD", "Quarterly revenue rose to $430 million.", day="2025-11-04")
    assert verdict(revenue, figure_claim("$500 million", 500e6, "USD", "Quarterly revenue was $500 million.",
                                         source="Outlet B", day="2025-11-05")).kind == "contradiction"


@pytest.mark.parametrize("earlier, later, kind", [
    # "since" dates another predicate of the sentence, not the count
    (("about 340", 340, "worker", "Its plant employs about 340 workers and has been idle since mid-February.",
      "2025-03-05"),
     ("about 560", 560, "worker", "The plant employs about 560 workers, according to the union, and most have "
      "not been paid since January.", "2025-03-07"), "contradiction"),
    # the count's own "since": a running total
    (("about 140", 140, "borrower", "About 140 borrowers had opted out.", "2025-02-19"),
     ("At least 212", 212, "borrower", "At least 212 borrowers have opted out of the settlement between the bank "
      "and a group of mortgage holders in the week since it was approved.", "2025-02-24"), "update"),
    # the whole a part is out of does not grow as the part does
    (("11", 11, "ward", "Six of Agbaduma's 11 wards have now recorded suspected cholera cases.", "2025-07-15"),
     ("13", 13, "ward", "Cases have been reported in six of the LGA's 13 wards, the report says.", "2025-07-17"),
     "contradiction"),
    (("137", 137, "branch", "Pannonhold Bank will close 48 of its 137 branches by the end of June.", "2025-05-12"),
     ("143", 143, "branch", "The decision to close 48 of its 143 branches will save the bank 6.5 billion forints.",
      "2025-05-16"), "contradiction"),
    # a date after another predicate joined to the figure's dates that predicate
    (("Rp1 million", 1e6, "IDR", "Visitors who cannot show proof of payment may be fined Rp1 million.", "2025-05-28"),
     ("Rp2 million", 2e6, "IDR", "Those caught face a fine of Rp2 million, officials say, but no fines had been "
      "issued by Friday.", "2025-06-04"), "contradiction"),
    # so does one in a clause of its own before the figure ...
    (("4,000", 4000, "vial", "Dr. Grace Mutua said facilities had received no antivenom since October, when a "
      "shipment of 4,000 vials was held up.", "2024-12-09"),
     ("6,000-vial", 6000, "vial", "The regulator released the 6,000-vial shipment held in Mombasa.", "2024-12-16"),
     "contradiction"),
    # ... unless it opens the sentence
    (("4,000", 4000, "resident", "Officials said 4,000 residents had left.", "2024-12-09"),
     ("6,000", 6000, "resident", "Since Monday, when the river rose, 6,000 residents have left their homes.",
      "2024-12-11"), "update"),
    # "has now" is of the first number after it
    (("200", 200, "employee", "The company employs 200 people at the plant.", "2025-03-03"),
     ("260", 260, "employee", "The company has now laid off 60 of its staff at a plant with 260 employees.",
      "2025-03-05"), "contradiction"),
    # where something is does not grow with what was found there
    (("40 kilometres", 40, "kilometre", "The wreck lies 40 kilometres off the coast.", "2025-03-03"),
     ("46 kilometres", 46, "kilometre", "Divers recovered debris 46 kilometres from the coast.", "2025-03-05"),
     "contradiction"),
    # a share of a group is no running count ...
    (("about 70 per cent", 70, "%", "An official said about 70 per cent of the dead animals were adult females.",
      "2025-05-22"),
     ("nearly 90 per cent", 90, "%", "The minister said nearly 90 per cent of the dead were adult females, many of "
      "which died shortly after giving birth.", "2025-05-26"), "contradiction"),
    (("71 per cent", 71, "%", "Releasing mosquitoes cut dengue cases by 71 per cent over two years.", "2024-07-08"),
     ("83 per cent", 83, "%", "The program has cut dengue cases by 83 per cent in the city.", "2024-07-12"),
     "contradiction"),
    # ... unless work on it goes on
    (("60%", 60, "%", "Power had been restored to 60% of affected consumers.", "2024-10-26"),
     ("more than 90%", 90, "%", "Power had been restored to more than 90% of households.", "2024-10-29"), "update"),
    (("38%", 38, "%", "Harvesting was 38% complete as of Monday, the ministry said.", "2025-08-26"),
     ("52%", 52, "%", "By Wednesday, the region had harvested 52% of its sown area.", "2025-08-28"), "update"),
    # flights scrapped on a strike's first day, then the strike's cancellations; a film's takings as they run on
    (("Nearly 900", 900, "departure", "Nearly 900 departures were scrapped on Monday as the walkout began.",
      "2025-03-10"),
     ("1,310", 1310, "flight", "The 48-hour strike forced the cancellation of 1,310 flights.", "2025-03-12"), "update"),
    (("₦212 million", 212e6, "NGN", "The drama took ₦212 million at Nigerian cinemas over its opening weekend.",
      "2024-12-16"),
     ("₦305 million", 305e6, "NGN", "The drama has grossed ₦305 million after its first seven days in cinemas.",
      "2024-12-19"), "update"),
    # a count of months gone grows when the later report says it moved up, not when it is told of the months again
    (("about 6,200", 6200, "hectare", "Heavy rains in January and February submerged about 6,200 hectares of cane.",
      "2025-03-03"),
     ("some 7,100", 7100, "hectare", "Further rain this week has raised the flooded area to some 7,100 hectares.",
      "2025-03-07"), "update"),
    (("about 6,200", 6200, "hectare", "Heavy rains in January and February submerged about 6,200 hectares of cane.",
      "2025-03-03"),
     ("some 7,100", 7100, "hectare", "Rains in January and February flooded some 7,100 hectares of cane.",
      "2025-03-07"), "contradiction"),
    (("About 160", 160, "worker", "About 160 workers were laid off when the site closed in March.", "2025-04-22"),
     ("205", 205, "worker", "A further 45 workers were dismissed this week, bringing job losses at the site to 205.",
      "2025-04-26"), "update"),
    # a count told as reached already runs on
    (("112", 112, "school", "Officials said 112 schools had already expressed interest.", "2026-02-17"),
     ("131", 131, "school", "The application window has drawn interest from 131 schools.", "2026-02-19"), "update"),
    # people taken to hospital are counted as they arrive
    (("Twelve", 12, "person", "Twelve people have been taken to hospital after the leak.", "2026-01-09"),
     ("17", 17, "person", "The leak that sent 17 people to the hospital has renewed calls for detectors.",
      "2026-01-12"), "update"),
])
def test_what_grows_as_a_running_count_and_what_does_not(earlier, later, kind):
    assert verdict(*dated_pair(earlier, later)).kind == kind
