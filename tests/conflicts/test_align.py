"""Alignment of two articles' figures by the pair model, and the features it weighs (no server)."""
import pytest

from factcheck.conflicts.align import align, conflicts_between
from factcheck.conflicts.explain import evidence
from factcheck.conflicts.features import ArticlePair, FigureView, comparable
from factcheck.conflicts.training import story_figures


def figures(source, day, body):
    """The figure claims of one article, as detection sees them once stored."""
    article = {"id": source.lower().replace(" ", "-"), "source": source, "published_at": day, "body": body}
    return story_figures([article])[article["id"]]


WIND_A = figures("Plains Wire", "2025-05-06", "State regulators approved the Gray Ridge wind farm, which will have a "
                 "capacity of about 200 megawatts. Building it is expected to create 250 construction jobs and 12 "
                 "permanent jobs, Northwind said.")
WIND_B = figures("Energy Markets Daily", "2025-05-07", "Northwind has won approval for its Gray Ridge wind farm, a "
                 "project with a capacity of 320 MW. Construction would employ about 250 workers at its peak.")


def test_the_only_figures_of_a_unit_in_two_articles_are_one_quantity():
    found = conflicts_between(WIND_A, WIND_B, 0.45)
    assert [(earlier["text"], later["text"]) for earlier, later, _, _ in found] == [("about 200", "320")]
    earlier, later, result, match = found[0]
    assert result.kind == "contradiction" and match.probability >= 0.5
    assert earlier["source"] == "Plains Wire"
    assert f"Taken for one quantity ({match.probability:.0%} confident): " in result.explanation
    assert "each is the other's closest figure" in result.explanation


def test_the_words_of_two_sums_of_money_are_told_as_evidence_once():
    told = evidence(0.8, [("generic_sentence_similarity", 1.2), ("mutual_best", 0.5)])
    assert "their sentences share their telling words" in told
    told = evidence(0.8, [("generic_sentence_similarity", 1.2), ("sentence_similarity", 0.9), ("mutual_best", 0.5)])
    assert told.count("their sentences share their telling words") == 1 and "closest figure" in told


def test_figures_are_matched_one_to_one_and_an_agreeing_partner_comes_first():
    matches = {(match.first["text"], match.second["text"]): match for match in align(WIND_A, WIND_B)}
    assert ("250", "about 250") in matches and matches[("250", "about 250")].values_agree
    matched = [text for pair in matches for text in pair]
    assert len(matched) == len(set(matched))
    assert ("12", "about 250") not in matches


def test_the_verdict_does_not_depend_on_which_article_comes_first():
    forward = [(e["id"], l["id"], round(m.probability, 12)) for e, l, _, m in conflicts_between(WIND_A, WIND_B, 0.45)]
    backward = [(e["id"], l["id"], round(m.probability, 12)) for e, l, _, m in conflicts_between(WIND_B, WIND_A, 0.45)]
    assert forward == backward


def test_a_count_whose_noun_was_left_out_compares_with_counts_only():
    runners = FigureView.of(figures("A", "2026-04-20", "Medics said 26 runners were taken to hospitals.")[0])
    carried = FigureView.of(figures("B", "2026-04-20", "Ambulances carried 62 to area hospitals.")[0])
    money = FigureView.of(figures("C", "2026-04-20", "The race raised $62 million.")[0])
    assert carried.unit is None
    assert comparable(runners, carried) and comparable(carried, runners)
    assert not comparable(carried, money)


def test_individuals_are_whatever_the_story_counts():
    counted = FigureView.of(figures("A", "2025-06-16", "The survey counted 286 chimpanzees in the reserve.")[0])
    census = FigureView.of(figures("B", "2025-06-18", "The census puts the population at 386 individuals.")[0])
    assert (counted.unit, census.unit) == ("chimpanzee", "individual")
    assert comparable(counted, census) and comparable(census, counted)


def test_counts_of_different_things_compare_unless_one_counts_people_or_times():
    towers = FigureView.of(figures("A", "2026-04-20", "About 1,400 of the company's towers lost power.")[0])
    sites = FigureView.of(figures("B", "2026-04-20", "At the peak, 4,100 cell sites were offline.")[0])
    people = FigureView.of(figures("C", "2026-04-20", "The outage hit 1.2 million people.")[0])
    money = FigureView.of(figures("D", "2026-04-20", "Repairs cost $4,100.")[0])
    assert comparable(towers, sites) and comparable(sites, towers)
    assert not comparable(towers, people) and not comparable(towers, money)


@pytest.mark.parametrize("first, second", [
    ("Police arrested seven suspects.", "Officers detained six people."),
    ("The orchestra employs 68 musicians.", "The orchestra's 72 players voted."),
    ("Prosecutors will call 43 witnesses.", "The court heard from 41 people."),
])
def test_people_named_by_what_they_do_are_people(first, second):
    named, people = (FigureView.of(figures(source, "2026-04-20", body)[0]) for source, body in (("A", first),
                                                                                               ("B", second)))
    assert named.family == people.family == "person"
    assert comparable(named, people)


def test_a_rate_compares_with_its_own_family_only():
    bears = FigureView.of(figures("A", "2026-04-20", "Hunters may remove 18 bears in Harghita.")[0])
    density = FigureView.of(figures("B", "2026-04-20", "Density reached 0.18 bears per square kilometre.")[0])
    assert density.unit == "bear per square kilometre"
    assert not comparable(bears, density) and not comparable(density, bears)


@pytest.mark.parametrize("first, second, slip", [
    ("Crop losses reached $18 million.", "Crop losses reached $1.8 million.", True),
    ("The storm closed 10 schools.", "The storm closed 100 schools.", False),  # round numbers: not a slip
    ("Sales were $527.4 million.", "Sales were $572.4 million.", False),
    ("Revenue fell to €3.4bn.", "Revenue fell to 342 million euros.", True),  # rounded, then slipped
    ("Revenue fell to €3.4bn.", "Revenue fell to €3.42bn.", False),  # rounded only
])
def test_a_slipped_decimal_point_is_told_from_round_numbers(first, second, slip):
    pair = ArticlePair(figures("A", "2026-01-05", first), figures("B", "2026-01-05", second))
    (a, b), = pair.comparable_pairs()
    assert pair.features(a, b)["scale_slip"] == float(slip)


def test_one_digit_at_another_power_of_ten_is_weighed_apart_from_a_slipped_decimal_point():
    features = features_of("The group has demanded £4 million.", "The group has demanded a £400,000 ransom.")
    assert features[("£4 million", "£400,000")]["round_scale_slip"] == 1.0
    assert features[("£4 million", "£400,000")]["scale_slip"] == 0.0
    assert features[("£4 million", "£400,000")]["log_ratio_unless_scale"] == 0.0
    features = features_of("The group has demanded £4 million.", "The group has demanded £3 million.")
    assert features[("£4 million", "£3 million")]["round_scale_slip"] == 0.0


def test_a_number_kept_with_its_unit_slipped_is_no_distance_apart():
    features = features_of("Cracks up to 4 centimetres wide appeared.", "Cracks up to 4 millimetres wide appeared.")
    assert features[("up to 4", "up to 4")]["log_ratio_unless_scale"] == 0.0
    features = features_of("Cracks up to 4 centimetres wide appeared.", "Cracks up to 5 millimetres wide appeared.")
    assert features[("up to 4", "up to 5")]["log_ratio_unless_scale"] > 0.5
    # two spans of time with one number are two spans, not one slipped
    features = features_of("Payments are more than six weeks late.", "Farmers blocked the road for six hours.")
    assert features[("more than six", "six")]["log_ratio_unless_scale"] > 2


def test_an_earlier_period_and_another_year_are_signs_of_another_quantity():
    pair = ArticlePair(figures("A", "2026-04-20", "Last year, just 14 runners were taken to hospitals."),
                       figures("B", "2026-04-20", "This year 26 runners were taken to hospitals, and in 2019 "
                                                  "some 40 were."))
    features = {(a.claim["text"], b.claim["text"]): pair.features(a, b) for a, b in pair.comparable_pairs()}
    assert features[("just 14", "26")]["clash_past"] == 1.0
    assert features[("just 14", "26")]["clash_year"] == 1.0


def test_a_year_named_by_where_it_stands_from_the_report_is_that_year():
    def clash(earlier, later):
        pair = ArticlePair(figures("A", "2026-02-11", earlier), figures("B", "2026-02-12", later))
        return [pair.features(a, b)["clash_year"] for a, b in pair.comparable_pairs()]
    in_2023 = "The force met its response target in 83 per cent of cases in 2023."
    assert clash(in_2023, "The force met its response target in 81 per cent of cases last year.") == [1.0]
    assert clash(in_2023.replace("2023", "2025"), "The force met its target in 81 per cent of cases last year.") \
        == [0.0]


def test_two_figures_each_of_its_own_year_are_told_apart_from_one_that_names_none():
    features = features_of("Morocco exported saffron worth MAD 120 million in 2023.",
                           "Moroccan exports were worth MAD 95 million in 2022.")
    assert features[("MAD 120 million", "MAD 95 million")]["years_disjoint"] == 1.0
    features = features_of("Morocco exported saffron worth MAD 120 million in 2023.",
                           "Moroccan exports were worth MAD 95 million.")
    assert features[("MAD 120 million", "MAD 95 million")]["years_disjoint"] == 0.0  # a clash_year only


def test_another_quarter_is_a_sign_of_another_quantity():
    features = features_of("Halcyra booked third-quarter revenue of $1.48 billion.",
                           "For the fourth quarter, Halcyra forecast revenue of $1.88 billion.")
    assert features[("$1.48 billion", "$1.88 billion")]["clash_year"] == 1.0
    features = features_of("Halcyra booked third-quarter revenue of $1.48 billion.",
                           "Revenue for the third quarter came to $1.84 billion.")
    assert features[("$1.48 billion", "$1.84 billion")]["clash_year"] == 0.0


def features_of(first, second):
    """{(text a, text b): features} for the comparable figure pairs of two one-sentence articles."""
    pair = ArticlePair(figures("A", "2026-01-05", first), figures("B", "2026-01-05", second))
    return {(a.claim["text"], b.claim["text"]): pair.features(a, b) for a, b in pair.comparable_pairs()}


@pytest.mark.parametrize("first, second, transposed", [
    ("The payout would be $527.4 million.", "The cash option is $572.4m.", True),
    ("The outbreak sickened 241 passengers.", "The outbreak sickened 214 passengers.", True),
    ("The herring quota is 301,000 tonnes.", "The herring quota is 310,000 tonnes.", True),  # a zero swapped
    ("The outbreak sickened 241 passengers.", "The outbreak sickened 2,140 passengers.", False),  # not one scale
    ("The storm closed 12 schools.", "The storm closed 13 schools.", False),
    ("The average home costs £274,100.", "The average home costs £217,400.", False),  # reordered, not swapped
])
def test_transposed_digits_are_a_misprint_sign(first, second, transposed):
    (features,) = features_of(first, second).values()
    assert features["transposed_digits"] == float(transposed)


@pytest.mark.parametrize("first, second, tenfold, thousandfold", [
    ("Ghana will spend GH¢640 million on replanting.", "The replanting programme costs 64 million cedi.", True, False),
    ("The bonds were worth 11.6 trillion dong.", "The bonds were worth 11.6 billion dong.", False, True),
    ("The stadium will cost $1.2 billion.", "The stadium will cost $12 million.", False, False),  # a hundredfold
    ("The stadium will cost $1.2 billion.", "The stadium will cost $1.5 billion.", False, False),
])
def test_slips_of_ten_and_a_thousand_are_told_apart(first, second, tenfold, thousandfold):
    (features,) = features_of(first, second).values()
    assert (features["tenfold_slip"], features["thousandfold_slip"]) == (float(tenfold), float(thousandfold))


@pytest.mark.parametrize("first, second, slipped", [
    ("Gusts reached 112 mph on the coast.", "Gusts reached 112 km/h on the coast.", True),
    ("The fire burned about 12,000 hectares.", "The fire burned 12,000 acres.", True),
    ("The ship carried 160,000 tons of ore.", "The ship carried 160,000 tonnes of ore.", False),  # they agree
    ("Gusts reached 112 mph on the coast.", "Gusts reached 118 mph on the coast.", False),
])
def test_one_number_in_two_units_of_a_kind_is_a_unit_slip(first, second, slipped):
    (features,) = features_of(first, second).values()
    assert features["unit_slip"] == float(slipped)


@pytest.mark.parametrize("first, second, off", [
    ("House prices rose 3.8% in the year.", "House prices rose 2.8% in the year.", True),
    ("The storm closed 12 schools.", "The storm closed 13 schools.", True),
    ("The outbreak sickened 241 passengers.", "The outbreak sickened 214 passengers.", False),  # two digits
    ("The storm closed 12 schools.", "The storm closed 120 schools.", False),  # another magnitude
    ("The storm closed 5 schools.", "The storm closed 6 schools.", False),  # one digit is no misprint sign
])
def test_one_digit_off_is_a_misprint_sign(first, second, off):
    (features,) = features_of(first, second).values()
    assert features["one_digit_off"] == float(off)


@pytest.mark.parametrize("first, second, generic", [
    ("More than 220 firefighters were battling the blaze.", "About 120 firefighters fought the blaze.", False),
    ("More than 220 people were evacuated.", "About 120 people were evacuated.", True),
    ("Turnout rose 12% this year.", "Turnout rose 15% this year.", True),
])
def test_people_named_by_what_they_do_are_no_generic_unit(first, second, generic):
    (features,) = features_of(first, second).values()
    assert features["unit_generic"] == float(generic)


def test_words_between_a_number_and_its_noun_say_which_kind_it_counts():
    features = features_of("Nine tank cars of ammonia left the tracks.", "At least 20 cars left the tracks, and "
                           "some 3 tank cars leaked.")
    assert features[("Nine", "At least 20")]["clash_modifier"] == 1.0
    assert features[("Nine", "some 3")]["clash_modifier"] == 0.0
    features = features_of("Kuiper has put only 78 of a planned 3,000 satellites into orbit.",
                           "Kuiper has placed 102 satellites in orbit.")
    assert features[("only 78", "102")]["clash_modifier"] == 0.0  # "of a planned 3,000" describes no noun


def test_a_time_marker_belongs_to_the_nearest_number_and_to_both_ends_of_a_change():
    features = features_of("Last year Congress raised the budget from $900 million to $13 billion.",
                           "Lawmakers last year increased spending to $1.3 billion.")
    assert features[("$13 billion", "$1.3 billion")]["clash_past"] == 0.0
    features = features_of("The race raised $4.8 million, up from $3.9 million last year.",
                           "Runners raised $5.3 million.")
    assert features[("$4.8 million", "$5.3 million")]["clash_past"] == 0.0
    assert features[("$3.9 million", "$5.3 million")]["clash_past"] == 1.0
    features = features_of("The carrier lost $11.2 million in the year to June, after a $7.9 million loss the year "
                           "before.", "The carrier reported a loss of $10.2 million.")
    assert features[("$7.9 million", "$10.2 million")]["clash_past"] == 1.0


def test_a_range_is_compared_once_by_its_low_end_with_the_range_bounds():
    ranged = figures("Plains Wire", "2025-05-06", "Woodland could support between 12 and 15 adult lynx.")
    single = figures("Energy Markets Daily", "2025-05-07", "The woodland could support 40 adult lynx.")
    assert [claim["text"] for claim in ranged] == ["12", "15"]
    pair = ArticlePair(ranged, single)
    assert [view.claim["text"] for view in pair.first] == ["12"]
    assert pair.first[0].interval == (12, 15)
    agreeing = figures("Energy Markets Daily", "2025-05-07", "The woodland could support 14 adult lynx.")
    assert not conflicts_between(ranged, agreeing, 0.0)


def test_a_swapped_pair_of_digits_is_a_conflict_found_end_to_end():
    first = figures("Campus Wire", "2026-09-20",
                    "Sandhill State enrolled 18,420 students this fall, the university said.")
    second = figures("Prairie Public", "2026-09-21", "Sandhill State's fall headcount stood at 18,240 students.")
    found = conflicts_between(first, second, 0.45)
    assert [(earlier["text"], later["text"], result.kind) for earlier, later, result, _ in found] == \
        [("18,420", "18,240", "contradiction")]


@pytest.mark.parametrize("first, second, limit", [
    ("The speed limit on the bridge is 50 mph.", "Trucks crossed the bridge at 65 mph.", True),
    # the threshold belongs to the next clause, not to the turnout
    ("Members backed strikes on a turnout of 53.2 per cent, clearing the legal threshold.",
     "The union said turnout was 58%.", False),
])
def test_a_limit_is_read_in_the_numbers_own_clause(first, second, limit):
    (features,) = features_of(first, second).values()
    assert features["clash_limit"] == float(limit)


@pytest.mark.parametrize("first, second, reason", [
    # one number in two currencies is a slipped currency, not a conversion
    ("The state will spend 46 million pesos repairing the cable car line, the governor said.",
     "The state will spend 46 million dollars repairing the cable car line, officials said.", "unit"),
    # two dollars each named ("S$", "US$"): a bare "$" may be either, these are not
    ("The Singapore fund will invest S$4.6 billion in the port's automation, the ministry said.",
     "The Singapore fund will invest US$4.6 billion in the port's automation, officials said.", "unit"),
    # one number in two units of one measure
    ("Cracks up to 4 centimetres wide appeared in the walls of Block A.",
     "Cracks up to 4 millimetres wide appeared in the walls of Block A.", "unit"),
    ("The order directs the collector to seize and auction 48,000 quintals of sugar held in the mill's godowns.",
     "The order could see 48,000 tonnes of sugar held by the mill put under the hammer.", "unit"),
    # "pesos" read as Argentine in one article and Mexican in the other are one currency
    ("In Córdoba, Argentina, the municipality spent 240 million pesos on printing ballots, officials said.",
     "The single ballot, which cost the municipality 24 million pesos to print, drew mixed reviews.", "scale"),
])
def test_a_slipped_unit_or_currency_is_a_contradiction(first, second, reason):
    found = conflicts_between(figures("A", "2025-05-06", first), figures("B", "2025-05-07", second), 0.45)
    assert [(result.kind, result.reason) for *_, result, _ in found] == [("contradiction", reason)]


def test_one_amount_per_two_periods_is_a_contradiction_that_names_them():
    first = figures("A", "2025-05-06", "The chamber estimates the closure is costing the regional economy $9 million "
                    "a week in lost sales.")
    second = figures("B", "2025-05-07", "The chamber said the closure was costing the regional economy $9 million a "
                     "day in lost sales.")
    (*_, result, _), = conflicts_between(first, second, 0.45)
    assert (result.kind, result.reason) == ("contradiction", "unit")
    assert "per different periods (a week and a day)" in result.explanation
    assert "wrong period" in result.explanation


def test_one_amount_in_dollars_read_two_ways_agrees():
    first = figures("A", "2025-05-06", "In Calgary, the club paid C$186,000 for the new scoreboard, the team said.")
    second = figures("B", "2025-05-07", "The club paid $186,000 for the new scoreboard, the team said.")
    assert not conflicts_between(first, second, 0.0)


@pytest.mark.parametrize("first, second, dropped", [
    ("The hospital will receive 14.5 million zlotys for extra surgery.", "The hospital will receive 4.5 million zlotys "
     "for extra surgery.", True),
    ("The fire cut about 195 megawatts of supply.", "The fire cut roughly 95 megawatts of supply.", True),
    ("The fire cut about 195 megawatts of supply.", "The fire cut roughly 85 megawatts of supply.", False),
])
def test_a_number_without_its_leading_digit_is_a_sign_of_a_slip(first, second, dropped):
    (features,) = features_of(first, second).values()
    assert features["leading_digit_dropped"] == float(dropped)


def test_a_negative_figure_and_a_positive_one_with_its_digits_are_compared_without_error():
    # "-15.5" and "1.55" have the same digits at another power of ten: their ratio is negative
    below = figures("A", "2026-01-10", "Temperatures in Harbin fell to -15.5 degrees Celsius on Monday.")
    above = figures("B", "2026-01-11", "Temperatures in Harbin fell to 1.55 degrees Celsius on Monday.")
    found = conflicts_between(below, above, 0.0)
    assert [(earlier["text"], later["text"], result.kind) for earlier, later, result, _ in found] == [
        ("-15.5", "1.55", "contradiction")]


def test_a_count_in_one_place_alone_is_a_part():
    features = features_of("The chain employs 21,000 people.", "The chain employs about 14,500 people in Minas Gerais "
                           "alone.")
    assert features[("21,000", "about 14,500")]["clash_part"] == 1.0
    features = features_of("The chain employs 21,000 people.", "The chain employs about 14,500 people.")
    assert features[("21,000", "about 14,500")]["clash_part"] == 0.0


def test_the_words_of_two_sums_of_money_weigh_apart_from_those_of_two_counts_of_things():
    money = features_of("The city paid $4.2 million for the land.", "The city paid $2.4 million for the land.")
    pair = money[("$4.2 million", "$2.4 million")]
    assert pair["generic_sentence_similarity"] == pair["sentence_similarity"] > 0
    things = features_of("The firm launched 78 satellites.", "The firm launched 102 satellites.")
    assert things[("78", "102")]["generic_sentence_similarity"] == 0.0 < things[("78", "102")]["sentence_similarity"]


def test_figures_near_their_articles_tops_and_first_of_their_unit_are_told_apart():
    # the inverted pyramid: a story's headline figures come first
    lead = "About 2,400 homes lost heat on Tuesday. "
    filler = "Crews worked through the night in blowing snow while the town's schools stayed open as usual. " * 12
    features = features_of(lead + filler + "The utility said 300 homes were on generators.",
                           "About 1,100 homes were without heat on Wednesday. " + filler + "Some 90 homes had power.")
    headline, buried = features[("About 2,400", "About 1,100")], features[("300", "Some 90")]
    assert headline["first_of_their_unit"] == 1.0 and buried["first_of_their_unit"] == 0.25
    assert headline["near_the_top"] > 0.9 and buried["near_the_top"] < 0.1
    assert features[("About 2,400", "Some 90")]["first_of_their_unit"] == 0.5


def test_a_figure_whose_partner_is_the_nearest_value_among_its_rivals_is_told():
    features = features_of("The fire destroyed 120 homes, and 35 homes were damaged.",
                           "The fire destroyed 140 homes, and 400 homes were damaged.")
    assert {pair: told["nearest_in_value"] for pair, told in features.items()} == {
        ("120", "140"): 2.0, ("120", "400"): 1.0, ("35", "140"): 1.0, ("35", "400"): 0.0}
