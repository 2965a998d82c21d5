"""What a figure measures, read from its subject and the clause around the number, and the signs that two
figures measure different things (no server)."""
import pytest

from factcheck.conflicts.measure import (
    LocalContext, SubjectTerms, content_stem, is_count, measure_clashes, measure_of, same_measure_kind, units_like,
    with_synonyms,
)


def claim(text, sentence, subject="", unit="%", role=None, source="Outlet A"):
    return {"type": "figure", "text": text, "sentence": sentence, "source": source,
            "figure": {"value": 1, "unit": unit, "subject": subject, "role": role}}


@pytest.mark.parametrize("text, sentence, owner", [
    ("48 percent", "Tom Reyes won 52 percent of the vote to Aisha Grant's 48 percent.", {"aisha", "grant"}),
    ("52 percent", "Tom Reyes won 52 percent of the vote to Aisha Grant's 48 percent.", {"tom", "rey"}),
    ("46%", "Mayor Tom Reyes won on Tuesday, defeating council member Aisha Grant, who took 46%.",
     {"aisha", "grant"}),
    ("54%", "Mayor Tom Reyes won re-election on Tuesday with 54% of the vote.", {"tom", "rey"}),
    ("78", "Amazon has launched 78 Kuiper satellites.", {"kuiper"}),
    ("$175 billion", "The space-based system is expected to cost $175 billion.", set()),
])
def test_the_owner_is_the_nearest_name(text, sentence, owner):
    assert LocalContext.of(claim(text, sentence)).owner == owner


@pytest.mark.parametrize("text, sentence, period", [
    ("58,000", "The company delivered 58,000 vehicles in the quarter, it said.", "quarter"),
    ("220,000", "It now expects to deliver 220,000 vehicles this year, down from 250,000.", "year"),
    ("$18 million", "The increase is expected to bring in $18 million a year.", "year"),
    ("$4.5 million", "The council approved $4.5 million in emergency funding.", None),
])
def test_the_period_comes_from_the_clause(text, sentence, period):
    assert LocalContext.of(claim(text, sentence)).period == period


@pytest.mark.parametrize("text, sentence, is_change", [
    ("21%", "Norvell posted revenue of $4.2 billion, a 21% increase on last year.", True),
    ("12%", "Revenue rose 12% to $4.2 billion.", True),
    ("10 percent", "Metro riders will pay 10 percent more starting in July.", True),
    ("25 cents", "The board voted to raise the base fare by 25 cents, to $2.75.", True),
    ("$2.75", "The board voted to raise the base fare by 25 cents, to $2.75.", False),
    ("54%", "Reyes won with 54% of the vote.", False),
    ("1,900", "Ground teams had treated a further 1,900 hectares.", True),  # added to a total
    ("45", "The union said another 45 workers had been dismissed.", True),
    ("1,900", "Ground teams had treated 1,900 hectares.", False),
    ("850", "The event was staffed by 850 volunteers.", False),  # the doer of a passive
    ("300", "The Red Cross set up 300 camp beds.", False),  # "up" belongs to the verb
    ("about 150", "The company had stood down about 150 crew.", False),
    ("3,000", "Employment was down 3,000 on the month.", True),
    ("$70", "It was offered at $520 a tonne, up $70 from a week earlier.", True),
])
def test_changes_are_told_from_levels(text, sentence, is_change):
    assert LocalContext.of(claim(text, sentence)).is_change is is_change


def test_things_counted_are_added_to_a_total_and_measures_deposited():
    added = claim("roughly 1,400", "The co-op added roughly 1,400 subscribers in the past 12 months.",
                  unit="subscriber")
    assert LocalContext.of(added).is_change is True
    snow = claim("nearly two feet", "The storm added nearly two feet of snow.", unit="foot")
    assert LocalContext.of(snow).is_change is False


def clashes(first, second):
    """The names of the clashes two claims show."""
    return {name for name, present in measure_clashes(first, second).items() if present}


def test_a_change_is_not_a_level():
    change = claim("25 cents", "The board voted to raise the base fare by 25 cents, to $2.75.",
                   "board raise base fare", unit="USD", role="change")
    level = claim("$2.75", "The base fare rises to $2.75.", "base fare rises", unit="USD", source="Outlet B")
    assert clashes(change, level) == {"role"}


def test_an_unmarked_change_is_a_change_too():
    marked = claim("12%", "Norvell Motors reported quarterly revenue of $4.2 billion, up 12% from a year earlier.",
                   "Norvell Motors reported quarterly revenue", role="change")
    unmarked = claim("21%", "Norvell Motors posted revenue for the first quarter, a 21% increase on last year.",
                     "Norvell Motors posted first quarter", source="Outlet B")
    assert "role" not in clashes(marked, unmarked)


def test_the_group_someone_is_among_is_no_part_named_as_included():
    among = claim("five", "Walter Quispe, who ran the department, is among five defendants.", "defendants",
                  unit="defendant")
    group = claim("Six", "Six defendants sat in the courtroom.", "defendants", unit="defendant", source="Outlet B")
    assert "role" not in clashes(among, group)


def test_quarter_and_year_figures_cover_different_periods():
    quarter = claim("58,000", "The company delivered 58,000 vehicles in the quarter.", "company delivered vehicles",
                    unit="vehicle")
    year = claim("220,000", "Norvell now expects to deliver 220,000 vehicles this year.",
                 "Norvell expects deliver vehicles", unit="vehicle", source="Outlet B")
    assert "period" in clashes(quarter, year)


def test_share_moves_in_different_trading_sessions_cover_different_periods():
    after_hours = claim("4%", "Halvorsen shares fell 4% in after-hours trading.", "Halvorsen shares fell", unit="%")
    close = claim("6.5%", "Its shares closed down 6.5% on Wednesday.", "shares closed", unit="%", source="Outlet B")
    assert "period" in clashes(after_hours, close)


@pytest.mark.parametrize("first, second, clash", [
    (("$1.14", "Earnings came to $1.14 per share.", "USD"),
     ("$213 million", "Quarterly profit fell to $213 million.", "USD"), "rate"),
    (("340,000", "The Crestline pipeline moves 340,000 barrels per day.", "barrel"),
     ("2,100", "The Crestline pipeline spilled 2,100 barrels of oil.", "barrel"), "rate"),
    (("US$1,412", "AISC rose to US$1,412/oz in the quarter.", "USD"),
     ("US$1.2 billion", "Revenue rose to US$1.2 billion in the quarter.", "USD"), "rate"),
    # a yearly sum and the sum over several years
    (("about $6.2m", "The tax abatement is worth about $6.2m a year over a decade.", "USD"),
     ("about $62 million", "The abatement is worth about $62 million over 10 years.", "USD"), "rate"),
    (("three", "The union is seeking raises of 20% over three years.", "year"),
     ("four", "The hospital has offered 11% over four years.", "year"), "span"),
    (("14", "The storm dumped 14 inches of rain on Port Alder.", "inch"),
     ("9", "The storm dumped 9 inches of rain in Millbrook.", "inch"), "place"),
    (("Roughly 52 percent", "Roughly 52 percent of patients on rivoserant had their migraine days at least halved.",
      "%"), ("6.8%", "Some 6.8% of patients on rivoserant stopped treatment because of them.", "%"), "predicate"),
    (("more than 300", "The quake struck, killing at least 48 people and injuring more than 300.", None),
     ("112", "The number of people killed in the earthquake rose to 112 on Sunday.", None), "measure"),
    (("about 1,200 acres", "The fire had grown to 21,750 acres, including about 1,200 acres of timberland.", "acre"),
     ("12,500", "The Cedar Hollow Fire grew to nearly 12,500 acres.", "acre"), "role"),
])
def test_signs_of_different_measures(first, second, clash):
    (text_a, sentence_a, unit_a), (text_b, sentence_b, unit_b) = first, second
    assert clash in clashes(claim(text_a, sentence_a, unit=unit_a), claim(text_b, sentence_b, unit=unit_b,
                                                                          source="Outlet B"))


def test_what_is_needed_is_no_count_of_what_there_is():
    needed = claim("roughly 7,500", "The co-op needs roughly 7,500 subscribers to cover its costs.",
                   subject="co-op needs subscribers cover costs", unit="subscriber")
    lost = claim("About 4,000", "About 4,000 subscribers lost service.", subject="subscribers lost service",
                 unit="subscriber", source="Outlet B")
    assert "plan" in clashes(needed, lost)

    forecast = claim("$1.88bn", "The company forecast revenue of $1.88bn for the current quarter.",
                     subject="company forecast revenue current quarter", unit="USD")
    booked = claim("$1.48 billion", "Halcyra booked revenue of $1.48 billion.", subject="Halcyra booked revenue",
                   unit="USD", source="Outlet B")
    assert "plan" in clashes(forecast, booked)

    # what is asked for is no count of what is given
    asked = claim("$2.5 million", "The food bank is asking Carver County for $2.5 million in emergency funding.",
                  subject="food bank asking Carver County emergency funding", unit="USD")
    given = claim("$1.5 million", "Commissioners voted to give the food bank $1.5 million in emergency aid.",
                  subject="Commissioners voted give food bank emergency aid", unit="USD", source="Outlet B")
    assert "plan" in clashes(asked, given)

    # what someone will ask for, too
    to_ask = claim("14", "Prosecutors will ask the court to remand 14 of the suspects in custody.",
                   subject="Prosecutors ask court remand suspects custody", unit="suspect")
    ordered = claim("11", "A court ordered 11 of the suspects held in custody.",
                    subject="court ordered suspects held custody", unit="suspect", source="Outlet B")
    assert "plan" in clashes(to_ask, ordered)


def test_what_was_promised_or_demanded_is_the_amount_reported():
    promised = claim("120,000 dinars", "The government has promised 120,000 dinars in emergency credit.",
                     subject="government promised emergency credit", unit="TND")
    announced = claim("120 million dinars", "The ministry announced an emergency credit line of 120 million dinars.",
                      subject="ministry announced emergency credit line", unit="TND", source="Outlet B")
    assert "plan" not in clashes(promised, announced)
    demanded = claim("3.8 billion pesos", "Farmers blocked the road, demanding the 3.8 billion pesos they are owed.",
                     subject="Farmers blocked road demanding owed", unit="COP")
    owed = claim("some 38 billion pesos", "The cooperative owes its members some 38 billion pesos.",
                 subject="cooperative owes members", unit="COP", source="Outlet B")
    assert "plan" not in clashes(demanded, owed)


@pytest.mark.parametrize("first, second", [
    (("$3.4 million", "The weekend storm cost Millbrook $3.4 million.", "USD"),
     ("4.3 million dollars", "Ortega said Wednesday the storm response cost 4.3 million dollars.", "USD")),
    (("37", "The Cedar Hollow Fire has destroyed 37 homes.", "home"),
     ("73", "The fire grew to 12,500 acres in central Oregon, burning 73 houses.", "house")),
    (("84", "The quake killed 84 people, a hospital official said.", None),
     ("61", "At least 61 people died in the quake.", None)),
    (("US$1,412", "All-in sustaining costs rose to US$1,412/oz.", "USD"),
     ("US$1,480", "All-in sustaining costs climbed to US$1,480 an ounce.", "USD")),
    # one rate per one unit in other words, after a word that describes it
    (("TSh 200,000", "The support announced is TSh 200,000 per bereaved household.", "TZS"),
     ("TSh 2m", "The government's condolence payment of TSh 2m per family began on Wednesday.", "TZS")),
])
def test_paraphrases_of_one_measure_show_no_clash(first, second):
    (text_a, sentence_a, unit_a), (text_b, sentence_b, unit_b) = first, second
    assert clashes(claim(text_a, sentence_a, unit=unit_a), claim(text_b, sentence_b, unit=unit_b,
                                                                 source="Outlet B")) == set()


@pytest.mark.parametrize("first, second, same", [
    (("$1.2 billion", "The council voted to approve a $1.2 billion stadium."),
     ("$1.4 billion", "The project will cost $1.4 billion."), True),
    (("$85 million", "Lumora raised $85 million in a Series B round."),
     ("$1.2 billion", "The round values Lumora at $1.2 billion."), False),
])
def test_kinds_of_money(first, second, same):
    assert same_measure_kind(claim(*first, unit="USD"), claim(*second, unit="USD", source="Outlet B")) is same


def test_a_funding_round_is_an_investment_and_a_valuation_a_value():
    assert measure_of(claim("$85 million", "Lumora raised $85 million in a Series B round.", unit="USD")) == \
        "investment"
    assert measure_of(claim("$1.2 billion", "The round values Lumora at $1.2 billion.", unit="USD")) == "value"


def test_units_that_count_the_same_things():
    assert units_like("car") == units_like("vehicle") >= {"car", "truck", "vehicle"}
    assert units_like("acre") >= {"acre", "hectare", "square mile"}
    assert units_like("teacher") >= {"educator", "person", "crew", "member"}
    assert units_like("skier") >= {"person", "rescuer"}
    assert units_like("injury") >= {"person", "death", "homicide"}  # "19 injuries", "nine people were hurt"
    assert units_like("fatality") >= {"person", "victim"}  # "nine fatalities", "nine people died"
    assert units_like("villager") >= {"pensioner", "welder", "person"}  # people by where they live or what they do
    assert units_like("boat") >= {"vessel", "ship"}
    assert units_like("grower member") >= {"grower", "member"}  # "62 grower members", "more than 80 growers"
    assert units_like("grower-member") >= {"grower", "member"}
    assert units_like("transplant") >= {"operation", "surgery"}  # "44 operations", "41 transplants"
    assert units_like("counterfeit item") >= {"product", "item"}
    assert units_like("boat launch") >= {"ramp"} and "ramp" not in units_like("launch")
    assert units_like("satellite") == {"satellite", "spacecraft", "probe"}
    assert units_like("boarding") >= {"trip", "ride"}  # ridership
    assert units_like("salmon") >= {"fish"} and units_like("plane") >= {"aircraft"}  # one thing in two words
    assert units_like("wildfire") >= {"fire"} and units_like("infection") >= {"case"}
    assert units_like("pilgrim") >= {"devotee", "person"} and units_like("punter") >= {"racegoer", "person"}
    assert units_like("merchant") >= {"business", "operator"}  # "64,000 merchants", "600,000 businesses"
    assert units_like("head") >= {"cattle"}  # "1,200 head of cattle"
    assert units_like("decare") >= {"hectare", "acre"}
    assert units_like("hl") >= {"hectolitre", "litre"} and units_like("kl") >= {"kilolitre", "litre"}  # by symbol
    assert units_like("suite") >= {"unit", "apartment"} and units_like("flat") >= {"household"}  # "412 suites"
    assert units_like("accomplice") >= {"defendant"} and units_like("palm") >= {"tree"}
    assert units_like("CAD") == units_like("USD") >= {"USD", "CAD", "AUD", "NZD"}  # a bare "$" read two ways
    assert units_like(None) == frozenset()


def test_a_compound_counted_noun_counts_what_its_head_counts():
    assert units_like("tank car") >= {"tank car", "car", "vehicle"}
    assert units_like("crew member") >= {"crew member", "crew", "member", "person"}
    assert units_like("nautical mile") >= {"nautical mile", "mile", "meter"}


@pytest.mark.parametrize("unit, counts", [("satellite", True), ("person", True), ("USD", False), ("%", False),
                                          ("acre", False), ("hour", False), (None, False)])
def test_counts_are_told_from_amounts_shares_and_measures(unit, counts):
    assert is_count(unit) is counts


def test_days_months_and_reporting_verbs_are_not_what_is_measured():
    terms = SubjectTerms.of(claim("x", "x", "Net profit rose Tuesday", unit="USD"))
    assert terms.stems == {"net", "profit"}
    assert SubjectTerms.of(claim("x", "x", "Mayor Tom Reyes won")).lead_name == "tom"


@pytest.mark.parametrize("text, sentence, owner", [
    ("4.2 million", "Hackers stole the personal data of 4.2 million customers from Lumora Bank.", set()),
    ("78", "Kuiper, by contrast, has put only 78 of a planned 3,000 satellites into orbit.", {"kuiper"}),
])
def test_a_plural_starting_the_sentence_is_not_a_name(text, sentence, owner):
    assert LocalContext.of(claim(text, sentence)).owner == owner


def test_a_stock_is_not_a_count_of_affected_things():
    affected = claim("4.2 million", "Hackers stole the personal data of 4.2 million customers from Lumora Bank.",
                     "Hackers stole personal data customers Lumora Bank", unit="customer")
    total = claim("11 million", "The bank, which has 11 million customers, said it found the intrusion.",
                  "bank customers", unit="customer", source="Outlet B")
    assert LocalContext.of(affected).measure == "breached"
    assert LocalContext.of(total).measure == "holdings"
    assert "measure" in clashes(affected, total)


@pytest.mark.parametrize("text, sentence, is_start", [
    ("$240 million", "The repair will cost $310 million, up from an earlier estimate of $240 million.", True),
    ("$900 million", "Congress lifted funding to $13 billion, up from $900 million.", True),
    ("$7", "Fares rose from $5 to $7.", False),
    ("$310 million", "The repair will cost $310 million, up from an earlier estimate of $240 million.", False),
])
def test_starting_values_of_a_change(text, sentence, is_start):
    assert LocalContext.of(claim(text, sentence)).is_start is is_start


def test_cost_and_spending_are_one_measure():
    cost = claim("$340 million", "Harbor Bridge repairs will cost $340 million, officials said.",
                 "Harbor Bridge repairs cost", unit="USD")
    spend = claim("$310 million", "The state will spend $310 million to rebuild the Harbor Bridge deck.",
                  "state spend rebuild Harbor Bridge", unit="USD", source="Outlet B")
    assert same_measure_kind(cost, spend)
    assert clashes(cost, spend) == set()


def test_words_news_uses_for_one_thing_compare_as_one():
    assert content_stem("eliminate") == content_stem("cut") == content_stem("shed")
    assert content_stem("positions") == content_stem("jobs") == content_stem("roles")
    assert "positions" in with_synonyms("cut jobs").split()  # the candidate query finds either wording
    assert content_stem("layoffs") == content_stem("cut")
    assert content_stem("attendants") == content_stem("crew")  # "4,100 flight attendants", "3,200 cabin crew"
    assert content_stem("staff") == content_stem("employees")
    assert content_stem("deficit") == content_stem("gap") == content_stem("shortfall")
    assert content_stem("killed") == content_stem("toll") == content_stem("deaths")  # "12 killed", "the death toll"
    assert content_stem("attended") == content_stem("crowd") == content_stem("attendance")
    assert content_stem("pupils") == content_stem("students")
    assert content_stem("residents") == content_stem("inhabitants")
    assert content_stem("evacuated") == content_stem("displaced") and content_stem("hurt") == content_stem("injured")


def test_an_amount_each_is_a_rate_per_one_of_whatever_is_counted():
    per_victim = claim("₹5 lakh", "The state's ex gratia of ₹5 lakh per victim will be paid within a week.", unit="INR")
    each = claim("₹50 lakh", "Families have been offered ₹50 lakh each in compensation by the state.", unit="INR",
                 source="Outlet B")
    total = claim("₹2 crore", "The state has set aside ₹2 crore in compensation.", unit="INR", source="Outlet C")
    assert "rate" not in clashes(per_victim, each)
    assert "rate" in clashes(each, total)


def test_rates_per_one_thing_named_in_two_words_are_one_rate():
    per_tram = claim("about 120 million koruna", "The price works out at about 120 million koruna per tram.",
                     unit="CZK")
    per_vehicle = claim("CZK 190m", "At roughly CZK 190m per vehicle, the city is paying well above others.",
                        unit="CZK", source="Outlet B")
    per_year = claim("CZK 190m", "The city pays CZK 190m per year for maintenance.", unit="CZK", source="Outlet C")
    assert "rate" not in clashes(per_tram, per_vehicle)
    assert "rate" in clashes(per_tram, per_year)
