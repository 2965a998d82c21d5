"""Figures: money, counts, percentages, number words, ranges, changes, qualifiers, non-quantities."""
import pytest

from factcheck.extract import extract_claims
from factcheck.extract.figures import counted_head, find_figures, find_numbers_in_text, unit_spellings
from factcheck.extract.numbers import parse_number_words, token_pieces


def figures(sentence):
    return [f.figure for f in find_figures(sentence)]


def first_value_and_unit(text):
    """(value, unit) of the first figure the whole pipeline finds in ``text`` (conventions applied)."""
    figure = next(claim.figure for claim in extract_claims(text) if claim.type == "figure")
    return figure.value, figure.unit


def one(sentence):
    found = figures(sentence)
    assert len(found) == 1, [(f.raw, f.value) for f in found]
    return found[0]


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("It will cost $175 billion.", 175e9, "USD"),
        ("It will cost $175bn.", 175e9, "USD"),
        ("It will cost 175 billion dollars.", 175e9, "USD"),
        ("The club paid €3.2m for him.", 3.2e6, "EUR"),
        ("The fund holds USD 900 million.", 9e8, "USD"),
        ("Fares rise by 25 cents.", 0.25, "USD"),
        ("He bought it for £2,000.", 2000, "GBP"),
        ("The plan will cost R340 million.", 340e6, "ZAR"),  # the rand sign, with a scale
        ("Fines reached R1,200 a hectare.", 1200, "ZAR"),  # ... or digit groups
        ("The fee is ZAR 500 per visitor.", 500, "ZAR"),  # the code needs neither
        ("The bid values it at 13.8 billion zlotys.", 13.8e9, "PLN"),
        ("It made a 96-zloty offer.", 96, "PLN"),
        ("The utility needs 41.2 mln zł for repairs.", 41.2e6, "PLN"),  # as Polish papers write it
        ("We have 11 million złotych in reserve.", 11e6, "PLN"),
        ("The contract is worth UF 2.55 million.", 2.55e6, "CLF"),  # Chile's unidad de fomento
        ("The company was fined P25 million.", 25e6, "PHP"),  # the Philippine peso's sign, with a scale
        ("Each family got P150,000.", 150000, "PHP"),  # ... or digit groups
        # a currency named with its country's adjective
        ("The bank lent about 1.1 billion Swiss francs.", 1.1e9, "CHF"),
        ("It cost 5,000 Egyptian pounds.", 5000, "EGP"),
        ("They paid 40 Canadian dollars.", 40, "CAD"),
        ("It sold for 2 million New Zealand dollars.", 2e6, "NZD"),
        ("It cost 3 million Norwegian kroner.", 3e6, "NOK"),
        ("Spending is put at roughly 190 billion Namibian dollars.", 190e9, "NAD"),
        ("The court froze 4 million Malawian kwacha.", 4e6, "MWK"),  # the kwacha's word is Zambia's too
        ("Drivers will pay 26 crowns per passage.", 26, "NOK"),  # the crown, its country left to the article
        # currencies in their own plurals, and their codes
        ("The bill reached 6.8 billion forints.", 6.8e9, "HUF"),
        ("Repairs cost 3.2 billion kronur.", 3.2e9, "ISK"),
        ("Herders got 500,000 tugriks each.", 500000, "MNT"),
        ("Herders got 300,000 togrogs each.", 300000, "MNT"),
        ("Collectors paid about 12,000 ariary a kilogram.", 12000, "MGA"),
        ("Anglers fear for about 400 wild salmon.", 400, "wild salmon"),  # a plural that is its singular
        ("The tank holds 2 million bbl of crude.", 2e6, "barrel"),
        ("The fine was raised to 50,000 gourdes.", 50000, "HTG"),
        ("The festival cost 2.1 billion drams.", 2.1e9, "AMD"),
        ("The grant is MNT 12 billion.", 12e9, "MNT"),
        ("It was valued at 2.4 million sol.", 2.4e6, "PEN"),
        # an amount joined by hyphens to its scale and currency
        ("The 450-billion-yen safety overhaul took years.", 450e9, "JPY"),
        ("It set up a 5-million-euro fund.", 5e6, "EUR"),
        ("A 40m-euro credit line opens in June.", 40e6, "EUR"),  # the scale abbreviated
        # energy and capacity as the power pages write them
        ("It will add a 400-megawatt-hour battery.", 400, "megawatt-hour"),
        ("The plant makes 300 GWh a year.", 300, "GWh"),
        ("It is a 1,180 MWe reactor.", 1180, "MWe"),
        ("Its DC capacity is 2.6GWp.", 2.6, "GWp"),
        # people in a state, named by it
        ("The landslide left 11 missing.", 11, "person"),
        ("The blast left 12 injured.", 12, "person"),
        ("Police found 3 missing children.", 3, "child"),
        # what a verb puts at the figure
        ("The report put weekday boardings at 24,000 once the line opens.", 24000, "weekday boarding"),
        ("The project cost ₹310 crore.", 3.1e9, "INR"),  # the Indian numbering
        ("The group processed over 1.5 lakh images.", 1.5e5, "image"),
        ("Futures have lost nearly half their value.", 50, "%"),
        ("The rate rose to 27%.", 27, "%"),
        ("The rate rose to 27 percent.", 27, "%"),
        ("The rate rose to 27 per cent.", 27, "%"),
        ("Three people died.", 3, "person"),
        ("They walked six and a half miles.", 6.5, "mile"),
        # digits and a fraction in words; a number and its fraction joined by hyphens, with its unit too
        ("The outage lasted 11 and a half hours.", 11.5, "hour"),
        ("He was jailed for seven-and-a-half years.", 7.5, "year"),
        ("He signed a four-and-a-half-year contract.", 4.5, "year"),
        ("The line will open at least another year and a half late.", 1.5, "year"),
        ("A dozen homes burned.", 12, "home"),
        ("The fire burned 12,500 acres.", 12500, "acre"),
        ("The road is 40 km long.", 40, "km"),
        ("It emitted 2.5 million tonnes of carbon.", 2.5e6, "tonne"),
        ("The trial lasted three weeks.", 3, "week"),
        ("Twenty-five riders were hurt.", 25, "rider"),
    ],
)
def test_value_and_unit(sentence, value, unit):
    figure = one(sentence)
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit


@pytest.mark.parametrize(
    "sentence, qualifier, low, high",
    [
        ("about 40 homes burned", "approximate", None, None),
        ("roughly 40 homes burned", "approximate", None, None),
        ("nearly 40 homes burned", "at_most", None, 40),
        ("more than 40 homes burned", "more_than", 40, None),
        ("over 40 homes burned", "more_than", 40, None),
        ("at least 40 homes burned", "at_least", 40, None),
        ("up to 40 homes burned", "at_most", None, 40),
        ("only 40 homes burned", "at_most", None, 40),
        ("fewer than 40 homes burned", "less_than", None, 40),
        ("40 homes burned", "exact", 40, 40),
    ],
)
def test_qualifiers(sentence, qualifier, low, high):
    figure = one(sentence)
    assert (figure.qualifier, figure.low, figure.high) == (qualifier, low, high)
    assert figure.raw.endswith("40")


def test_a_number_with_plus_after_it_is_a_lower_bound():
    figure = one("The chain runs 800-plus shops.")
    assert (figure.raw, figure.unit, figure.qualifier) == ("800-plus", "shop", "more_than")
    assert (figure.low, figure.high) == (800, None)


@pytest.mark.parametrize("sentence, raw, value, unit", [
    ("The plant employs 40-odd people.", "40-odd", 40, "person"),
    ("The stadium will cost forty-odd million euros.", "forty-odd million euros", 40e6, "EUR"),
    ("It owes 40-odd million euros.", "40-odd million euros", 40e6, "EUR"),
])
def test_a_number_with_odd_after_it_is_a_lower_bound(sentence, raw, value, unit):
    figure = one(sentence)
    assert (figure.raw, figure.value, figure.unit, figure.qualifier) == (raw, value, unit, "more_than")


def test_a_spaced_dash_before_odd_is_no_bound():
    assert one("He scored 3 - odd numbers win.").qualifier == "exact"


def test_pc_tight_after_a_number_is_a_percentage():
    assert [(f.raw, f.unit) for f in figures("Inflation held at 3pc, above the 2 pc target for 40 PCs.")][:1] == \
        [("3pc", "%")]


def ends(sentence):
    return [(f.raw, f.value, f.unit, f.qualifier, f.low, f.high) for f in figures(sentence)]


@pytest.mark.parametrize("sentence, found", [
    # each end of a range is a figure of its own, with the range's bounds and its unit
    ("Between 40 and 45 homes burned.", [("40", 40, "home", "range", 40, 45), ("45", 45, "home", "range", 40, 45)]),
    ("Prices rose 3-5% last year.", [("3", 3, "%", "range", 3, 5), ("5%", 5, "%", "range", 3, 5)]),
    ("Between 3 and 4 million people fled.", [("3", 3e6, "person", "range", 3e6, 4e6),
                                             ("4 million", 4e6, "person", "range", 3e6, 4e6)]),
    ("The bill is $40-45 million.", [("$40", 40e6, "USD", "range", 40e6, 45e6),
                                     ("45 million", 45e6, "USD", "range", 40e6, 45e6)]),
    ("Such reviews typically take 90 to 120 days.", [("90", 90, "day", "range", 90, 120),
                                                     ("120", 120, "day", "range", 90, 120)]),
    ("It was 1,200 to 1,500 feet deep.", [("1,200", 1200, "foot", "range", 1200, 1500),
                                          ("1,500", 1500, "foot", "range", 1200, 1500)]),
    # in words too, and in years
    ("Recovery could take two to five years.", [("two", 2, "year", "range", 2, 5), ("five", 5, "year", "range", 2, 5)]),
    ("Vietnam could gain 5 to 8 percentage points of market share.",
     [("5", 5, "percentage point", "range", 5, 8), ("8 percentage points", 8, "percentage point", "range", 5, 8)]),
])
def test_ranges(sentence, found):
    assert ends(sentence) == found


@pytest.mark.parametrize("sentence, found", [
    ("The number of people out of work climbed by 68,000 to 1.72 million.", [(68_000, "exact"), (1.72e6, "exact")]),
    # a change "from ... to" is two figures, not a range; its first takes the second's scale where plausible
    ("It grew from 900 to 1.3 million users.", [(900, "exact"), (1.3e6, "exact")]),
    ("It grew from 12 to 40 million users.", [(12e6, "exact"), (40e6, "exact")]),
    ("It fell from 3.2 to 2.9 million barrels.", [(3.2e6, "exact"), (2.9e6, "exact")]),
])
def test_a_scale_after_to_is_shared_only_by_a_range_or_a_plausible_change(sentence, found):
    assert [(figure.value, figure.qualifier) for figure in figures(sentence)] == found


def test_part_of_planned_total_gives_two_figures_with_roles():
    part, total = figures("Kuiper has put only 78 of a planned 3,000 satellites into low Earth orbit.")
    assert (part.value, part.unit, part.role, part.qualifier) == (78, "satellite", "part", "at_most")
    assert (total.value, total.unit, total.role) == (3000, "satellite", "target")
    assert part.linked == total.raw and total.linked == part.raw
    assert "planned" in total.subject and "planned" not in part.subject
    assert "Kuiper" in part.subject


def test_change_from_to_links_two_figures():
    before, after = figures("Congress raised the budget from $900 million to $13 billion.")
    assert (before.value, before.role, after.value, after.role) == (9e8, "from", 13e9, "to")
    assert before.linked == after.raw


def test_change_up_from():
    after, before = figures("Funding rose to $13 billion, up from $900 million.")
    assert (after.role, before.role) == ("to", "from")


@pytest.mark.parametrize("sentence, found", [
    # a measure joined to its noun is the level only in its own unit, or at its count's order of magnitude
    ("The bridge was under a 7.5-tonne limit, well down from the 44 tonnes it was designed to carry.",
     [("7.5-tonne", "to", "tonne"), ("44", "from", "tonne")]),
    ("The ministry cut its forecast to 38.2 million 90-kilogram bags, down from 44 million bags last year.",
     [("38.2 million", "to", "bag"), ("90-kilogram", None, "kilogram"), ("44 million", "from", "bag")]),
    ("Roughly 1,900 residents would fall inside the new 65-decibel noise contour, up from about 1,150 today.",
     [("Roughly 1,900", None, "resident"), ("65-decibel", None, "decibel"), ("about 1,150", None, "resident")]),
])
def test_a_change_from_a_level_written_with_a_measure(sentence, found):
    assert [(f.raw, f.role, f.unit) for f in figures(sentence)] == found


@pytest.mark.parametrize(
    "sentence",
    [
        "The court ruled 7-2 on Thursday.",
        "The board voted 11 to 4 on Thursday to buy battery trains.",
        "The bill passed by a vote of 52 to 48.",
        "It happened on June 23, 2025.",
        "It happened in 2019.",
        "In 2019 tonnes of fish died.",  # a year, whatever measure follows it
        "Take Route 66 to the coast.",
        "Call 555-0134 for details.",
        "Call (202) 555-0143 for details.",
        "She was the No. 1 pick.",
        "It launched on a Falcon 9 rocket.",
        "The meeting starts at 10:30 a.m.",
        "It was the 5th time.",
        "Prices peaked in the 1990s.",
        "The F-35 program grew.",
    ],
)
def test_not_quantities(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, raw, unit", [
    ("The race is run over 2000 metres.", "over 2000", "metre"),
    ("The pipeline runs 1900 km to the coast.", "1900", "km"),
])
def test_a_number_like_a_year_before_a_measure_is_the_measure(sentence, raw, unit):
    assert [(f.raw, f.unit) for f in figures(sentence)] == [(raw, unit)]


def test_subject_names_what_is_measured():
    figure = one("SpaceX has launched more than 9,000 Starlink satellites.")
    assert figure.subject == "SpaceX launched Starlink satellites"


@pytest.mark.parametrize(
    "words, value",
    [("three", 3), ("twenty-five", 25), ("one hundred and twenty", 120), ("six and a half", 6.5),
     ("a dozen", 12), ("two dozen", 24), ("half a million", 500000), ("three million", 3_000_000)],
)
def test_number_words(words, value):
    tokens = token_pieces(words + " homes")[1::2]
    parsed = parse_number_words(tokens, 0)
    assert parsed is not None and parsed[0] == pytest.approx(value)


@pytest.mark.parametrize(
    "words, value",
    [("two thirds", 2 / 3), ("two-thirds", 2 / 3), ("three quarters", 0.75), ("fifty two", 52),
     ("one hundred and six", 106), ("half a dozen", 6)],
)
def test_fractions_and_compound_number_words(words, value):
    parsed = parse_number_words(token_pieces(words + " voters")[1::2], 0)
    assert parsed is not None and parsed[0] == pytest.approx(value)


def test_one_hundred_and_six_is_a_figure():
    assert one("It cost one hundred and six dollars.").value == 106


def test_thousands_suffix():
    assert one("The race drew 10k runners.").value == 10000


@pytest.mark.parametrize(
    "sentence, value, unit, subject_word",
    [
        ("A magnitude 6.4 earthquake struck the region on Saturday.", 6.4, "magnitude", "earthquake"),
        ("The quake measured magnitude 5.8, officials said.", 5.8, "magnitude", "quake"),
        ("A 6.4-magnitude earthquake hit the coast.", 6.4, "magnitude", "earthquake"),
        ("A 6.4 magnitude quake hit the coast.", 6.4, "magnitude", "quake"),
        ("The quake measured 6.4 on the Richter scale.", 6.4, "magnitude", "quake"),
        ("Lena strengthened into a Category 4 hurricane on Tuesday.", 4, "category", "hurricane"),
        ("The storm was downgraded to Category 2.", 2, "category", "storm"),
        ("Officials raised the alert to level 3 after the eruption.", 3, "level", "alert"),
    ],
)
def test_scale_named_before_or_after_the_number(sentence, value, unit, subject_word):
    figure = one(sentence)
    assert (figure.value, figure.unit) == (value, unit)
    assert subject_word in figure.subject.split()


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("He was ranked No. 1 in the world for 300 weeks.", 300, "week"),
        ("Route 66 crosses 8 states.", 8, "state"),
        ("Sea level rose 20 centimeters.", 20, "centimeter"),
        ("The level rose 20 percent.", 20, "%"),
    ],
)
def test_scale_words_leave_identifiers_and_real_units_alone(sentence, value, unit):
    figure = one(sentence)
    assert (figure.value, figure.unit) == (value, unit)


def test_a_scale_word_does_not_take_a_measured_unit():
    assert one("The water level 2 feet above normal worried residents.").unit == "foot"
    assert not figures("She lives on Level 3 of the building.")  # "Level 3 of": an identifier


@pytest.mark.parametrize(
    "sentence, raw, must_have",
    [
        ("Norvell Motors posted revenue of $4.2 billion for the first quarter, a 21% increase on last year.",
         "21%", {"revenue", "quarter"}),
        ("The company sold 58,000 cars in the quarter, up 12% from a year earlier.", "12%", {"cars"}),
        ("Sales reached $3 billion in May, a rise of 3% on the year.", "3%", {"Sales"}),
        ("He won 52% of the vote, a 3 percentage point drop from 2020.", "3 percentage point", {"vote"}),
    ],
)
def test_appositive_change_measures_the_figure_before_it(sentence, raw, must_have):
    figure = next(f for f in figures(sentence) if f.raw == raw)
    assert figure.role == "change"
    assert must_have <= set(figure.subject.split()), figure.subject


def test_a_new_clause_is_not_an_appositive():
    figure = next(f for f in figures("Revenue was $4 billion as profit jumped, up 12%.") if f.raw == "12%")
    assert "profit" in figure.subject.split()


def test_what_changes_follows_the_change_noun():
    figure = one("The plan includes a 3.5% increase in the property tax rate.")
    assert figure.role == "change"
    assert {"property", "tax", "rate"} <= set(figure.subject.split())


def test_a_change_noun_may_come_after_the_words_that_describe_it():
    assert one("Ratepayers are bracing for a 17.9 percent average rates increase.").role == "change"
    assert one("It holds a 4 percent share of the market.").role is None


@pytest.mark.parametrize(
    "sentence, role",
    [
        ("The event was staffed by 850 volunteers.", None),
        ("The meeting was attended by about 300 members.", None),
        ("The bid is backed by four water-bombing helicopters.", None),
        ("The stake is held by 40 investors.", None),
        ("Prices have fallen by 9% since March.", "change"),
        ("The gap has widened by 40 metres.", "change"),
        ("Members were overpaid by $1,200 each.", "change"),
        ("The launch was delayed by three days.", "change"),
        ("Sosa led by 812 votes.", "change"),
        ("Those reserved blocks made up 30 per cent of the spectrum.", None),
        ("Revenue was up 12% on the year.", "change"),
        ("The shares closed down 6.5% on Friday.", "change"),
    ],
)
def test_a_change_is_not_told_by_a_word_that_belongs_to_a_verb(sentence, role):
    assert figures(sentence)[0].role == role


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("The increase is expected to bring in $18 million a year, transit officials said.", "year"),
        ("Officials estimated the change would raise $8 million a year.", "year"),
        ("The tax raises $8 million annually.", "year"),
        ("The bridge carries 92,000 vehicles a day.", "day"),
        ("He will earn £180,000 a week.", "week"),
        ("The plant pumps 900,000 barrels per day.", "day"),
    ],
)
def test_rate_keeps_its_period(sentence, period):
    assert period in one(sentence).subject.split()


def test_a_year_earlier_is_no_rate():
    assert "year" not in (one("Revenue was $3.75 billion a year earlier.").subject or "").split()
    assert "year" not in (one("Profit was $40 million a year ago.").subject or "").split()


@pytest.mark.parametrize("text, surface, value", [
    ("The levy rose .25 percent this year.", ".25 percent", 0.25),
    ("Tickets were cut to $.50 each.", "$.50", 0.5),
    ("Output reached 2019.08 tonnes.", "2019.08", 2019.08),
])
def test_a_leading_decimal_point_belongs_to_its_number(text, surface, value):
    figures = [claim for claim in extract_claims(text) if claim.type == "figure"]
    assert [(claim.text, claim.figure.value) for claim in figures] == [(surface, value)]


@pytest.mark.parametrize("sentence, raw, value, unit, subject_word", [
    ("It ran a 12-week trial.", "12-week", 12, "week", "trial"),
    ("It will lay off its 460-person workforce.", "460-person", 460, "person", "workforce"),
    ("The 850,000-square-foot plant will close.", "850,000-square-foot", 850000, "square foot", "plant"),
    ("A 3-mile stretch was closed.", "3-mile", 3, "mile", "stretch"),
    ("The state gave a $5-million grant.", "$5-million", 5e6, "USD", None),
    ("It promised a 30-percent rise.", "30-percent", 30, "%", None),
    # a group's size counts its members
    ("The plant's 1,150-strong workforce walked out.", "1,150-strong", 1150, "person", "workforce"),
    ("A 28-strong emergency crew was sent.", "28-strong", 28, "person", "crew"),
    ("Its 40-strong fleet stayed in port.", "40-strong", 40, "fleet", "fleet"),
    # a scale that leads the compound
    ("The 40-million-cubic-foot balloon landed.", "40-million-cubic-foot", 40e6, "cubic foot", "balloon"),
    ("A 48-million-baht fund was set up.", "48-million-baht", 48e6, "THB", None),
])
def test_a_unit_joined_to_its_number_by_a_hyphen(sentence, raw, value, unit, subject_word):
    figure = one(sentence)
    assert (figure.raw, figure.value, figure.unit) == (raw, value, unit)
    if subject_word:
        assert subject_word in figure.subject.split()


@pytest.mark.parametrize("sentence, unit", [
    ("Users will be refunded within 14 working days.", "working day"),  # not 14 days
    ("It took three business days.", "business day"),
    ("The bank will take 30 days.", "day"),
])
def test_working_days_are_a_unit_of_their_own(sentence, unit):
    assert one(sentence).unit == unit


def test_parts_of_a_duration_are_joined_only_when_nothing_else_stands_between_them():
    assert [(f.value, f.unit) for f in figures("The 1.5-hour delay, 20 minutes later.")] == \
        [(1.5, "hour"), (20, "minute")]
    assert [f.unit for f in figures("It took 2 hours, and 300 people waited 40 minutes.")] == \
        ["hour", "person", "minute"]


def test_megatonnes_are_millions_of_tonnes_and_metric_tonnes_are_tonnes():
    assert [(f.value, f.unit) for f in figures("It is a 3.2Mt/yr operation that emits 1.2 Mt of CO2.")] == \
        [(3.2e6, "tonne"), (1.2e6, "tonne")]
    assert [(f.value, f.unit) for f in figures("The port handled 45 MT of grain.")] == [(45, "tonne")]


def test_an_age_is_not_a_figure():
    assert figures("A 10-year-old boy was rescued.") == []
    # set off after a name
    assert figures('"We have kids here," said Kayla Moostoos, 34, a second-year nursing student.') == []
    assert [f.value for f in figures("Hartigan, 64, said 340 homes flooded.")] == [340]
    # at the end of its sentence, which a count after a comma seldom is
    assert figures('"I carried her to the road," said tricycle driver Ronaldo Bernales, 39.') == []
    assert [f.value for f in figures("Sales in Ontario rose to 39.")] == [39]


@pytest.mark.parametrize("sentence, unit", [
    ("The factory covers 580,000 square feet.", "square foot"),
    ("The data centre covers 1.1 million sq ft.", "square foot"),
    ("The national park covers 2,140 sq km.", "sq km"),  # a symbol, kept as written
    ("The hall has 28,000 sq m of floor space.", "square meter"),
    ("The zone covers 2.3 sq mi.", "square mile"),
    ("The tower adds 450 sq metres.", "square metre"),
    ("It will build a 6.2m-high wall.", "meter"),  # a length, with what it measures
    ("A 3km-long tunnel opened.", "km"),
    ("The reservoir holds about 61,000 acre-ft of water.", "acre-foot"),
    ("The survey found 38 registered cooling towers.", "cooling tower"),  # a noun in -ing that names a kind
    ("About 140 letting agents replied.", "letting agent"),
    ("I've got two kids in high school.", "child"),
    ("Seepage reached 35 gal/min on Monday.", "gallon per minute"),
    ("The terminal handles 1.1 million TEU a year.", "teu"),
    ("The pond holds 3,400 m3 of water.", "m3"),  # one figure: the "3" is the unit's
    ("The burn scar covers 12 km2.", "km2"),
    ("The substation's 25-kVA transformer failed.", "kVA"),
])
def test_units_given_by_their_abbreviations(sentence, unit):
    assert one(sentence).unit == unit


@pytest.mark.parametrize("sentence, words", [
    ("The number of people in the hospital with the flu reached 1,420 this week.", {"hospital", "flu"}),
    ("The restructuring comes even as quarterly profit fell to $213 million.", {"profit"}),
])
def test_a_subject_keeps_the_words_right_before_a_long_opening_phrase_ends(sentence, words):
    assert words <= set(one(sentence).subject.split())


@pytest.mark.parametrize("sentence, words, not_words", [
    ("The council approved a $5-million grant for the library.", {"grant"}, set()),
    ("The $5.6 billion project was built in 26 months.", {"project"}, {"was", "built"}),
    ("Setoden says the ¥450 billion safety overhaul is done.", {"safety", "overhaul"}, {"is"}),
    ("The firm paid $5 million in fines.", set(), {"in"}),  # no determiner: the amount describes nothing
    ("They won a $5 million long-term loan.", {"long-term", "loan"}, set()),
    # a share, as an amount is
    ("The club also kept a 20 per cent sell-on clause, its director said.", {"sell-on", "clause"}, {"its"}),
    ("The fund bought a 10% stake in the airline.", {"stake"}, set()),
])
def test_an_amount_before_a_noun_is_what_that_noun_costs(sentence, words, not_words):
    subject = set((figures(sentence)[0].subject or "").split())
    assert words <= subject and not subject & not_words


def test_figures_carry_the_kind_of_quantity_their_words_name():
    found = figures("The project will cost $1.4 billion, and taxpayers will cover $450 million of it.")
    assert [f.measure for f in found] == ["cost", "funding"]
    assert one("The quake killed 48 people.").measure == "deaths"
    assert one("The stadium will seat 42,000 fans.").measure is None


@pytest.mark.parametrize("sentence, unit", [
    ("The union speaks for about 5,400 Northwind cabin crew members.", "cabin crew member"),
    ("Tests found 52 parts per billion of the chemical.", "part per billion"),
    ("Salinity rose to 38 parts per thousand.", "part per thousand"),
    ("Volunteers counted more than 3,000 dead fish.", "fish"),
    ("It launched 78 tracking satellites.", "satellite"),
    ("It will install 46 automatic number-plate recognition cameras.", "number-plate recognition camera"),
        ("The airline flies six return flights a day.", "return flight"),  # "return" may be a verb, not here
    ("The fund paid grants to 312 arts organizations.", "arts organization"),  # a plural as a modifier
    ("About 40 sports clubs signed the letter.", "sports club"),
    ("The draw has 16 men's teams.", "team"),  # a possessive says whose, then the noun
    ("The island recorded 1.42 million overnight stays.", "overnight stay"),  # "stays" may be a verb, not here
])
def test_the_counted_noun_is_the_head_of_its_phrase(sentence, unit):
    assert one(sentence).unit == unit


@pytest.mark.parametrize("sentence, unit", [
    ("The outbreak sickened 19 crew members.", "crew member"),
    ("Nine tank cars left the tracks.", "tank car"),
    ("It will hire about 18,000 seasonal workers.", "seasonal worker"),
    ("The city assigned 60 police officers to the event.", "police officer"),
    ("The terminal handled 412 ship visits last year.", "ship visit"),
    ("Refunds arrive within 14 business days.", "business day"),
    ("It will cost the state more over the next two fiscal years.", "fiscal year"),
    ("It posted 120 security staff at the gates.", "security staff member"),  # a group's members
    ("The ship carried 14 crew.", "crew member"),
    ("The boat sank about 40 nautical miles offshore.", "nautical mile"),
    ("The unit makes roughly 270,000 metric tons a year.", "metric ton"),
    ("The ferry measured 312 gross tons.", "gross ton"),  # a ship's volume, not its weight
    ("Turbidity at the intake topped 14,200 NTU on Monday.", "NTU"),
    ("The blast destroyed 24 broadband spacecraft.", "broadband spacecraft"),
    # nouns in -ing that name a kind
    ("Surveyors heard 64 calling males.", "calling male"),
    ("The plant shut two of its generating units.", "generating unit"),
    ("The farm keeps 40,000 laying hens.", "laying hen"),
    # initials that name a kind, not a place's nor a numeral
    ("Agents used 120 POS machines.", "POS machine"),
    ("The yard ordered four LNG carriers.", "LNG carrier"),
    ("The chain closed 40 UK stores.", "store"),
    # a plural in -oes of a noun in -o
    ("The terminal loaded 12 cargoes.", "cargo"),
])
def test_a_counted_noun_keeps_the_nouns_that_say_what_kind_of_thing_it_is(sentence, unit):
    assert one(sentence).unit == unit


@pytest.mark.parametrize("sentence, unit", [
    ("The city approved 3,000 new homes.", "home"),
    ("The bank will shut 45 overlapping branches.", "branch"),
    ("The strike idled roughly 1,200 independent truck drivers.", "truck driver"),
    ("It recalled 410,000 portable space heaters.", "space heater"),
    ("The detour adds 20 extra miles.", "mile"),
    ("He saw 2,300 registered nurses.", "nurse"),
    ("Two of the seven incumbents lost their seats.", "incumbent"),
    ("The number of workers killed in the blast rose to nine overnight.", "worker"),  # when, not what
])
def test_describing_words_names_and_numbers_stay_out_of_a_unit(sentence, unit):
    assert figures(sentence)[0].unit == unit


@pytest.mark.parametrize("sentence", [
    "Cleanway scored 68.9 points to Verdana's 71.4 despite being cheaper.",
    "The union puts the number closer to 400 once contract drivers are counted.",
    "Tests of 2,430 wells found 612 above the WHO guideline.",
    "Dale Huebner loaded 22 Holsteins onto a livestock trailer.",
    "Water tests showed a pH of 12 near the refinery fence line.",
])
def test_a_word_that_opens_a_phrase_of_its_own_is_no_counted_noun(sentence):
    assert figures(sentence)[-1].unit is None


@pytest.mark.parametrize("sentence, unit", [
    ("The failure ends a run of 10 consecutive successful Tern-2 launches.", "launch"),
    ("The supplier will deliver 18 VA-220 jets this year.", "jet"),
    ("The county has 250,000 N95 masks to hand out.", "mask"),
    ("It is recalling 120,000 Glide 3 and Glide 3 Pro scooters.", "scooter"),
    ("The airline ordered 12 Boeing 737 jets.", "jet"),
    ("The port handled 2.3m TEUs last year.", "teu"),
    ("Velkor is recalling 118,400 of its Aura electric SUVs.", "electric suv"),  # an acronym's plural ends it
    ("It settled with 39 state and district attorneys general.", "attorney general"),
    ("The dealer said 430 new and used vehicles were hit.", "vehicle"),
])
def test_the_counted_noun_is_found_past_model_names_acronyms_and_coordinated_words(sentence, unit):
    assert one(sentence).unit == unit


@pytest.mark.parametrize("sentence, unit", [
    ("The club sold 2,900 season-ticket holders on the plan.", "season-ticket holder"),
    ("Samples held 37,000 colony-forming units.", "colony-forming unit"),
    ("The hospital employs roughly 900 full-time nurses.", "full-time nurse"),
    ("The heatwave caused 48 heat-related deaths.", "heat-related death"),
    ("It found about 3,100 failing or at-risk septic systems.", "septic system"),  # coordinated: left out
    ("The rules cover roughly 400 public and semi-public water systems.", "water system"),
    ("The council named 12 so-called ghost ships.", "ghost ship"),  # describes, names no kind
    ("The firm opened 14 newly-built stores.", "store"),
])
def test_hyphenated_words_that_name_a_kind_stay_in_a_unit(sentence, unit):
    assert one(sentence).unit == unit


def test_a_model_name_without_a_plural_noun_after_it_counts_nothing():
    assert [f.unit for f in figures("Its phase 3 CADENCE-3 trial met its goal.")] == [None]


@pytest.mark.parametrize("unit, head", [
    ("crew member", "member"), ("tank car", "car"), ("attorney general", "attorney"), ("home", "home"),
    ("square foot", "square foot"), ("nautical mile", "nautical mile"), ("sq km", "sq km"),
    ("person per square meter", "person per square meter"), ("percentage point", "percentage point"),
    ("USD", "USD"), (None, None),
])
def test_the_head_of_a_counted_unit(unit, head):
    assert counted_head(unit) == head


def test_a_figure_in_a_subordinate_clause_takes_that_clause_as_its_subject():
    found = figures("Gov. Teresa Alvarado declared a state of emergency on Monday as the Cedar Hollow Fire grew to "
                    "nearly 12,500 acres in central Oregon, burning 73 houses.")
    assert found[0].subject.startswith("Cedar Hollow Fire")
    assert "Teresa" not in found[0].subject.split()[:3]


@pytest.mark.parametrize("sentence, raw, unit", [
    ("They called a two-day strike.", "two-day", "day"),
    ("He signed a five-year contract.", "five-year", "year"),
    ("Gusts reached 115-mile-per-hour speeds.", "115-mile-per-hour", "mph"),
    ("It hit 84 degrees Fahrenheit.", "84", "degree fahrenheit"),
    ("Samples showed 12 micrograms per liter.", "12", "microgram per liter"),
    ("Hair samples averaged 4.6 micrograms per gram.", "4.6", "microgram per gram"),  # a concentration, no mass
    ("The limit is 1 µg/g of hair.", "1", "µg/g"),
    ("New cars emit 120 grams per kilometre.", "120", "gram per kilometre"),  # as written
    ("Yields fell to 142 bushels an acre.", "142", "bushel per acre"),
    ("Sales fell for three straight years.", "three", "year"),
    ("The ferry ran 35 kilometres.", "35", "kilometre"),
    ("Three of the children were hospitalized.", "Three", "child"),
    ("Coast guard crews rescued 14 fishermen.", "14", "fisherman"),  # a plural in -men
    ("The lab kept 40 specimens.", "40", "specimen"),
    ("The ban covers 23 campuses.", "23", "campus"),  # a noun in -us
    ("Jets flew 37 sorties.", "37", "sortie"),  # a noun in -ie
    ("The boilers make 240 gigacalories per hour.", "240", "gigacalorie per hour"),
    ("The league signed 38 overseas players.", "38", "overseas player"),  # "overseas" is no plural
    ("The library charged a twelve-dollar fine.", "twelve-dollar", "USD"),  # money joined to its number word
    ("Children in this town of about 31,000 had high lead levels.", "about 31,000", "person"),  # a group's size
    ("The cuts come out of a workforce of roughly 14,000.", "roughly 14,000", "employee"),
    ("The ferry had a crew of 28.", "28", "crew member"),  # as "28 crew" counts
    ("The school has a staff of 38.", "38", "staff member"),
    ("The dam released up to 410 acre-feet of water.", "up to 410", "acre-foot"),
    ("The council says it raised 3.2 million pounds in February.", "3.2 million pounds", "GBP"),
    ("The food bank handed out 4.2 million pounds of food.", "4.2 million", "pound"),  # a weight
    ("Authorities kept a 120-nautical-mile exclusion zone.", "120-nautical-mile", "nautical mile"),
    ("The tornadoes tore through the county, injuring 85.", "85", "person"),  # people harmed
    ("The tornadoes tore through the county, killing nine.", "nine", "person"),  # a small count of the dead
    ("The death toll rose to six on Tuesday.", "six", "death"),
    ("The death toll from Monday's collapse of the Calder Ridge Dam rose to six.", "six", "death"),
    ("Roughly 1,200 Americans have the condition.", "Roughly 1,200", "person"),  # people named by place
    ("It hit 44.7C shortly after 3 p.m.", "44.7", "degree celsius"),
    ("It reached 102°F on Wednesday.", "102", "degree fahrenheit"),
    ("The brine comes up at about 190 C.", "about 190", "degree celsius"),  # the scale's letter after a space
    ("The storm damaged 23 houses.", "23", "house"),
    ("The union represents about 520 of the plant's hourly employees.", "about 520", "employee"),
    ("Hackers took around 400GB of files.", "around 400", "GB"),
    ("The plan promises at least 100 Mbps.", "at least 100", "Mbps"),
    ("The plan promises at least 50 megabits per second.", "at least 50", "Mbps"),
    ("There have been 14 such clusters since 2019.", "14", "cluster"),
    ("The cable carries 320Tbps.", "320", "Tbps"),
    ("The order is for 174,000 cu m LNG carriers.", "174,000", "cubic meter"),
    ("The tank holds 5,000 cu ft of gas.", "5,000", "cubic foot"),
    ("Four consortia bid for the lease.", "Four", "consortium"),  # a Latin plural
    ("The city opened 12 warming centres.", "12", "warming centre"),  # a noun in -ing that names a kind
    ("The agency runs 14 monitoring stations.", "14", "monitoring station"),
    ("The repair will cost Rs 3.2 crore.", "Rs 3.2 crore", "INR"),  # a sign written in letters
    ("It proposed a final dividend of 8.4p a share.", "8.4p", "GBP"),  # pence
    ("The repair will cost Rs. 4.5 crore.", "Rs. 4.5 crore", "INR"),
    ("Water costs RM2.50 per cubic metre.", "RM2.50", "MYR"),
    ("The county spent Sh84 million on the boreholes.", "Sh84 million", "KES"),  # Kenyan shillings
    ("Residents pay Sh50 for a jerrican.", "Sh50", "KES"),
    ("The cooperative owes Bt320m to the bank.", "Bt320m", "THB"),  # the baht as Bangkok papers write it
    ("Losses reached TL 94 million.", "TL 94 million", "TRY"),  # the Turkish lira
    ("The dam will cost Nu 42.8 billion.", "Nu 42.8 billion", "BTN"),  # Bhutan's ngultrum
    ("A MK500 million relief fund was approved.", "MK500 million", "MWK"),  # the Malawian kwacha
    ("The cable car cost Bs 420 million.", "Bs 420 million", "BOB"),  # the boliviano
    ("Revenue was LE85m in 2023.", "LE85m", "EGP"),  # the Egyptian pound
    ("Entry costs a 1,890-crown fee.", "1,890-crown", "NOK"),  # the crown joined to its amount
    ("It was a 1.5-percentage-point rise.", "1.5-percentage-point", "percentage point"),
    ("Doctors there are offered a W420m salary.", "W420m", "KRW"),  # the won, as Seoul papers write it
    ("Mokoena offered R48.50 in cash.", "R48.50", "ZAR"),  # rand and cents: no road is numbered so
    ("Mokoena raised its offer to R52 a share.", "R52", "ZAR"),  # a price per share
    ("Fluoride reached 8.6 milligrams per litre.", "8.6", "milligram per litre"),  # the rate as spelled
    ("The firm will build 150 electric double-deckers.", "150", "electric double-decker"),  # a hyphenated noun
    ("The centre will create up to 140 highly skilled jobs.", "up to 140", "job"),  # an adverb is no noun
    ("Some 40 newly hired workers quit.", "Some 40", "worker"),  # ... however short
    ("That is fewer than the 24 initially planned.", "24", None),  # nor is a verb after one
    ("Police said 40 attended Monday's meeting.", "40", None),  # a verb, then whose object
    ("It employs 40 skilled women's tailors.", "40", "tailor"),  # a possessive in lower case describes
    ("It signed deals with two diagnostics firms.", "two", "diagnostics firm"),  # a field in -ics before its noun
    ("The plant has three assembly lines.", "three", "assembly line"),  # a noun in -ly names a kind
    ("The family controls the firm through two holding companies.", "two", "holding company"),  # a kind in -ing
    ("Prices hit GH¢18,000 a crate.", "GH¢18,000", "GHS"),  # the cedi's sign
    ("The state will release a S/150 million support fund.", "S/150 million", "PEN"),  # Peru's sol, with a scale
    ("Grade S/5 paper was used.", "5", "paper"),  # not without one
    ("The regional government approved S/ 4.5 million.", "S/ 4.5 million", "PEN"),  # the sign set apart
    ("The ministry offered a N$50,000 reward.", "N$50,000", "NAD"),  # the Namibian dollar
    ("The J$6.2 billion pier opened in Trelawny.", "J$6.2 billion", "JMD"),  # the Jamaican dollar
    ("The council signed an 18.4 billion-peso contract.", "18.4 billion-peso", "MXN"),  # a scale and its money joined
    ("They paid $1.2 billion-dollar fees.", "$1.2 billion-dollar", "USD"),  # the currency said twice
    ("Port of Spain paid TT$90 million.", "TT$90 million", "TTD"),
    ("The ferry cost EC$4 million.", "EC$4 million", "XCD"),  # the Eastern Caribbean dollar
    ("The council pays 1.6 billion korun a year.", "1.6 billion korun", "CZK"),  # the Czech plural
    ("The ring lent VND 1.2 trillion.", "VND 1.2 trillion", "VND"),  # ISO codes beyond the commonest
    ("The fine was ₺13 million.", "₺13 million", "TRY"),
    ("Losses reached NIS 40m a day.", "NIS 40m", "ILS"),
    ("Loans ran to 42 billion dong.", "42 billion dong", "VND"),
    ("The council set aside N14.2 billion.", "N14.2 billion", "NGN"),  # the naira's letter, with a scale
    ("PM2.5 reached 286 micrograms per cubic metre.", "286", "microgram per cubic metre"),
])
def test_units_written_around_the_number(sentence, raw, unit):
    figure = one(sentence)
    assert (figure.raw, figure.unit) == (raw, unit)


def test_a_scale_joined_to_its_money_after_a_space_scales_the_number():
    assert one("The council signed an 18.4 billion-peso contract.").value == 18.4e9
    assert one("They paid $1.2 billion-dollar fees.").value == 1.2e9


def test_a_number_taken_from_a_group_with_a_number_gets_its_unit_from_that_figure():
    assert [f.unit for f in figures("It covers 41 of the state's 93 counties.")] == ["county", "county"]
    assert [f.unit for f in figures("The district said 14 of its 38 buildings were shut.")] == ["building"] * 2
    assert [f.unit for f in figures("A ferry carrying 212 passengers and 14 crew struck rocks.")] == \
        ["passenger", "crew member"]
    assert [f.unit for f in figures("Six of the nine closed beaches had reopened.")] == ["beach", "beach"]


@pytest.mark.parametrize("sentence, units", [
    ("Tri-County has about 2,300 employees, roughly 650 of them at its headquarters.", ["employee"] * 2),
    ("Two miners were killed and seven others remained trapped.", ["miner"] * 2),
    ("Four infants have been sickened, and three of them were hospitalized.", ["infant"] * 2),
    # past a measure written with its number ("1,240-metre"), in either spelling
    ("Tests covered all 38 piers of the 1,240-metre viaduct after cracks were found in four of them.",
     ["pier", "metre", "pier"]),
    ("The chain shut 23 restaurants on Monday, including 15 in central Ohio.", ["restaurant"] * 2),
    ("Of the 42 workers underground at the time, 33 reached the surface.", ["worker"] * 2),
    ("About 24,750 runners started the race out of 28,400 who registered.", ["runner"] * 2),
    ("It will cut 2,100 jobs over the next two years, including about 400 in Iowa.", ["job", "year", "job"]),
])
def test_a_count_that_leaves_out_its_noun_takes_the_unit_of_the_count_it_refers_to(sentence, units):
    assert [f.unit for f in figures(sentence)] == units


def test_a_count_opening_its_sentence_with_of_them_counts_what_the_sentence_before_counted():
    units = [c.figure.unit for c in extract_claims(
        "Officials said all 12 patients had been near the square. Eleven of them were hospitalized.")
        if c.type == "figure"]
    assert units == ["patient", "patient"]
    assert [c.figure.unit for c in extract_claims("It rained. Eleven of them were hospitalized.")
            if c.type == "figure"] == [None]


@pytest.mark.parametrize("body, units", [
    ("Prosecutors plan to call 43 witnesses. Prosecutors say they will call 41 more.", ["witness", "witness"]),
    ("The outbreak reached 56 confirmed cases on Thursday, 31 more than on Monday.", ["case", "case"]),
    # a count of another order of magnitude is no count of more of it
    ("The scheme has 54,000 signatures. Its backers promised to spend 120 million more.", ["signature", None]),
])
def test_a_count_of_more_with_no_noun_counts_what_the_count_before_it_did(body, units):
    assert [c.figure.unit for c in extract_claims(body) if c.type == "figure"] == units


@pytest.mark.parametrize("sentence, unit", [
    ("South Africa recorded an estimated 270,000 TB cases in 2024.", "TB case"),  # tuberculosis, no terabytes
    ("The array stores 5 TB of data.", "TB"),
    ("TB kills about 150 South Africans every day.", "person"),  # a demonym in two words
    ("Two smaller listed retailers fell.", "retailer"),  # a comparative is no noun
])
def test_counted_nouns_that_read_like_something_else(sentence, unit):
    assert one(sentence).unit == unit


@pytest.mark.parametrize("sentence, units", [
    ("The arena will have about 18,500 seats, roughly 1,200 fewer than the old one.", ["seat"] * 2),
    ("It lowered HbA1c by 1.9 percentage points, versus 0.4 for placebo.", ["percentage point"] * 2),
    # a count before the size of what it counts
    ("The ministry cut its forecast to 38.2 million 90-kilogram bags.", ["bag", "kilogram"]),
    ("It ordered 12 40-foot containers.", ["container", "foot"]),
    # a whole number that names no noun counts what the count before it counts
    ("The penitentiary was built for 640 inmates but held 1,180 on Sunday night.", ["inmate"] * 2),
    ("Police recaptured six inmates by Monday afternoon, leaving 17 at large.", ["inmate"] * 2),
    ("Four miners were killed and 11 remained unaccounted for.", ["miner"] * 2),  # not "unaccounted"
    ("Of the 94 workers on the level when the magnitude 2.9 event struck, 83 were brought out.",
     ["worker", "magnitude", "worker"]),  # a magnitude counts nothing
    ("PM2.5 reached 286 micrograms per cubic meter, more than eight times the standard of 35.",
     ["microgram per cubic meter", "time", None]),  # nor "times"
    # with an earlier period's own figure, of the same order: not the percentage between them
    ("Admissions rose to 168,000, up 12 percent from last year's 150,000.", ["admission", "%", "admission"]),
    ("Admissions rose to nearly 170,000, against 142,000 last year.", ["admission"] * 2),
    ("The club sold 9,000 season tickets, more than the previous season's 8,100.", ["season ticket"] * 2),
    ("His service took 1,900 calls in the first six months, compared with about 1,300 last year.",
     ["call", "month", "call"]),
    # a change set off by a comma, from or to a level of the same quantity
    ("More than 2,600 students had signed by Thursday night, up from about 1,000 on Monday.", ["student"] * 2),
    ("Demand is forecast at 13,000 trips per weekday in the first year, rising to 21,000 by 2035.", ["trip"] * 2),
])
def test_a_comparison_takes_the_unit_of_what_it_is_compared_with(sentence, units):
    assert [f.unit for f in figures(sentence)] == units


def test_a_range_in_hundredths_is_in_hundredths_at_both_ends():
    assert [(f.value, f.low, f.high) for f in figures("Milk fetched between 71 and 74 centimes a litre.")] \
        == [(0.71, 0.71, 0.74), (0.74, 0.71, 0.74)]
    assert [(f.value, f.low, f.high) for f in figures("Rates rose between 8 and 16 per cent.")] \
        == [(8, 8, 16), (16, 8, 16)]


@pytest.mark.parametrize("sentence, units", [
    ("The restoration, budgeted at 31 million koruna, ended at 48 million, an overrun of 17 million.", ["CZK"] * 3),
    ("Tienda Celeste was fined 94 million pesos; Mercado Oriental 61 million.", ["MXN"] * 2),
    ("Analysts expect charges of CHF 25 million to 30 million this year.", ["CHF"] * 2),
    # a count in millions is of another order than the money, or names its noun
    ("The $3 billion plan will reach 1.2 million by 2030.", ["USD", None]),
    ("The $3 million plan will reach 1.2 million residents by 2030.", ["USD", "resident"]),
])
def test_a_bare_amount_in_millions_is_money_of_the_same_order_before_it(sentence, units):
    assert [f.unit for f in figures(sentence)] == units


@pytest.mark.parametrize("sentence, units", [
    ("The number of people hurt in the blast has risen to 27, officials said.", ["person"]),
    ("The number of measles cases has risen to 19, up from 14 on Monday.", ["measles case"] * 2),
    ("The count of storm-related crashes has climbed to 132 since Saturday.", ["storm-related crash"]),
    ("The farm will include 48 turbines, down from the 62 that Northwind proposed.", ["turbine"] * 2),
    # the size of a group the clause names
    ("Carrow Bay's population grew to 612,480 as of July 1.", ["person"]),
    ("Officials estimated the crowd at about 25,000.", ["person"]),
    # a venue's capacity, or its verb, counts seats
    ("The rebuild would lift capacity from 31,200 to 36,000.", ["seat", "seat"]),
    ("The new arena will seat 18,500 for basketball.", ["seat"]),
    ("Audiences peaked at 12.6 million in the closing minutes.", ["viewer"]),
    ("CBRT projects average weekday ridership of 28,000 by 2030.", ["rider"]),
    ("It faces a $14.4 million gap after fall headcount fell to 18,240.", ["USD", "person"]),  # not the money's
    # the level a count named in the figure's own clause got to
    ("Inspectors said self-harm incidents at HMP Hollins Moor had risen 31 per cent to 1,126.", ["%", "incident"]),
    ("Self-harm incidents fell, while assaults on staff rose to 212.", ["assault"]),
    ("Confirmed cases now stand at about 1,200.", ["case"]),
    ("Signups for the food bank's holiday meal boxes have reached 9,900.", ["signup"]),
    ("The discoveries raise the number of known near-Earth asteroids to about 38,600.", ["near-earth asteroid"]),
    # the group a partitive takes its figure from
    ("Of the confirmed patients, 212 have been hospitalized.", ["patient"]),
    ("Of around 21,000 young people offered the vaccine, only about 3,600 had a dose.", ["person"] * 2),
    ("The pipelines flagged 1,412 new asteroids, of which 87 exceed the threshold.", ["asteroid"] * 2),
    ("Of the confirmed cases, 52 reported eating from the same stall.", ["case"]),  # a verb, not a noun
    ("Of the stolen patient records, approximately 27,000 include mental health notes.", ["record"]),
    ("There are 63 patients on the list, and seven died during the year.", ["patient", "person"]),  # who died
    ("Oil has reached about 17 miles of coastline, up from 11 early in the week.", ["mile"] * 2),
    ("The number of people confirmed dead rose to 21 yesterday.", ["person"]),  # a day is no counted noun
    # a sample of a larger count, opening a clause with its verb
    ("Poulin tested 50 barrels at random and found that 38 contained water.", ["barrel"] * 2),
    ("Power is back for most of the 212,000 customers who lost it, but about 48,000 remained without it.",
     ["customer"] * 2),
    ("Police arrested 12 people after 300 gathered.", ["person", None]),  # no sample of the 12
])
def test_the_number_of_things_named_before_a_count_is_its_unit(sentence, units):
    assert [f.unit for f in figures(sentence)] == units


@pytest.mark.parametrize("sentence, units", [
    ("Most were taken to hospitals, four of them in critical condition.", [None]),
    ("Six others who had been listed as critical have been released.", [None]),
    ("She said an infected person can pass the virus to as many as 18 others.", [None]),
    ("A number of people came, and 30 left.", [None]),
    ("Registrations for meal boxes opened Nov. 1 and have already reached 8,400.", [None]),  # another clause
    ("Prices at the pump rose to 4.50 on Monday.", [None]),  # an amount that moves, no count
    ("The firm cut jobs to 400.", [None]),  # the object of the verb
    ("The bypass is signposted from the R40 road.", []),  # no rand without a scale or digit groups
    ("Workers wore N95 masks.", []),  # nor naira
    ("The car has a W12 engine.", []),  # nor won
])
def test_a_count_whose_noun_is_not_in_reach_keeps_no_unit(sentence, units):
    assert [f.unit for f in figures(sentence)] == units


@pytest.mark.parametrize("sentence, subject", [
    ("PORT ELLERY — A ransomware attack knocked out computer systems at three hospitals.",
     "ransomware attack knocked computer systems hospitals"),
    ("MILLBROOK (Northern Wire) — The weekend storm left 22 inches of snow.", "weekend storm left inches snow"),
    ("PORTLAND, Ore. — Crews cut 40 trees.", "Crews cut trees"),
])
def test_a_dateline_is_not_part_of_a_subject(sentence, subject):
    assert one(sentence).subject == subject


@pytest.mark.parametrize("sentence, raw, qualifier", [
    ("The storm buried Millbrook under 22 inches of snow.", "22", "exact"),
    ("Miners were trapped under 40 feet of rock.", "40", "exact"),
    ("Prices fell under 3%.", "under 3%", "less_than"),
    # a span of time too, unless the number describes a noun ("under 15-year contracts": by their terms)
    ("The trip will take under 45 minutes.", "under 45", "less_than"),
    ("Plants supply power under 15-year contracts.", "15-year", "exact"),
])
def test_under_after_a_verb_of_placing_is_a_place_not_a_bound(sentence, raw, qualifier):
    figure = one(sentence)
    assert (figure.raw, figure.qualifier) == (raw, qualifier)


@pytest.mark.parametrize("sentence, raw, unit", [
    ("The club breached the salary cap over three seasons.", "three", "season"),
    ("Payments were spread over four years.", "four", "year"),
])
def test_over_a_span_of_time_is_across_it_not_a_bound(sentence, raw, unit):
    figure = one(sentence)
    assert (figure.raw, figure.unit, figure.qualifier) == (raw, unit, "exact")


@pytest.mark.parametrize("sentence, unit", [
    ("The 317-metre vessel ran aground.", "metre"),
    ("A gash of around 3 metres opened in the hull.", "metre"),
    ("It released roughly 30,000 litres of ammonia.", "litre"),
    ("Runners started the 42.2-kilometre race.", "kilometre"),
    ("The area received about 90 centimetres of snow.", "centimetre"),
    ("The plant pumps 20 cubic metres of water.", "cubic metre"),
    ("The plant pumps 20 cubic meters of water.", "cubic meter"),
])
def test_units_of_measure_keep_the_articles_spelling(sentence, unit):
    assert one(sentence).unit == unit


def test_a_unit_has_both_metric_spellings_and_its_symbols():
    assert unit_spellings("cubic metre") == {"cubic metre", "cubic meter", "m3", "m³"}
    assert unit_spellings("m3") == unit_spellings("cubic meter")
    assert {"milligram per cubic metre", "mg per cubic meter"} <= unit_spellings("milligram per cubic meter")
    assert unit_spellings("liter") == {"liter", "litre"}
    assert unit_spellings("MW") == {"MW", "MWe", "MWp", "megawatt"}
    assert unit_spellings("mg/L") == unit_spellings("milligram per litre")
    assert {"km", "kilometre", "kilometer"} <= unit_spellings("kilometre")
    assert unit_spellings("satellite") == {"satellite"}
    assert unit_spellings("meteor") == {"meteor"}


@pytest.mark.parametrize("sentence, unit", [
    ("Trains reach a top speed of 89 km/h.", "km/h"),
    ("Gusts reached about 113 kilometres per hour.", "km/h"),
    ("PM2.5 reached 286 µg/m³ downtown.", "µg/m³"),
    ("PM2.5 reached 286 micrograms per cubic meter downtown.", "microgram per cubic meter"),
    ("Tests found 5 mg/l of nitrate.", "mg/L"),
    ("Her test came back at 6 micrograms per deciliter.", "microgram per deciliter"),
    ("Inflows reached about 34,000 cubic feet per second.", "cubic foot per second"),
    ("The line carried gas at about 720 pounds per square inch.", "psi"),
    ("Densities reached about six people per square meter.", "person per square meter"),
    ("Patients took a 15 mg dose.", "mg"),
    # barrels a day, as oil news abbreviates them, read as "barrels per day" reads
    ("The field was producing roughly 85,000 b/d before the shutdown.", "barrel"),
    ("The refinery runs 120,000 bbl/d of crude.", "barrel"),
    ("Output fell to 60,000 bpd.", "barrel"),
])
def test_a_rate_names_what_it_is_per(sentence, unit):
    assert [f.unit for f in figures(sentence) if f.value not in (2.5,)] == [unit]


def test_frequencies_keep_their_symbols():
    assert [(f.value, f.unit) for f in figures("Each operator won blocks of 200 MHz; the grid fell to 49.2 Hz.")] \
        == [(200, "MHz"), (49.2, "Hz")]
    assert unit_spellings("MHz") == unit_spellings("megahertz")


@pytest.mark.parametrize("sentence, raw, value, qualifier", [
    ("She estimated that roughly a third of the stores sit in malls.", "roughly a third", 100 / 3, "approximate"),
    ("Halvern cut the price by about two-thirds last year.", "about two-thirds", 200 / 3, "approximate"),
    ("More than half of voters agreed.", "More than half", 50, "more_than"),
    ("About 1/4 of cases involve adults.", "About 1/4", 25, "approximate"),
    ("Three quarters of the money went to schools.", "Three quarters", 75, "exact"),
])
def test_a_fraction_of_a_whole_is_a_percentage(sentence, raw, value, qualifier):
    figure = one(sentence)
    assert (figure.raw, figure.unit, figure.qualifier) == (raw, "%", qualifier)
    assert figure.value == pytest.approx(value)


def test_number_suites_keep_a_fraction_a_number():
    assert [f.value for f in find_numbers_in_text("three quarters", bare_numbers=True)] == [0.75]


@pytest.mark.parametrize("sentence, raw, value", [
    ("One in five adults smoke.", "One in five", 20),
    ("On nearly four in ten shifts, wards were short.", "nearly four in ten", 40),
    ("Nine out of 10 dentists agree.", "Nine out of 10", 90),
])
def test_a_part_in_a_whole_is_a_percentage(sentence, raw, value):
    figure = one(sentence)
    assert (figure.raw, figure.value, figure.unit) == (raw, pytest.approx(value), "%")


def test_a_number_before_in_and_a_duration_is_no_share():
    assert [(f.value, f.unit) for f in figures("He scored 3 in 10 minutes.")] == [(3, None), (10, "minute")]


@pytest.mark.parametrize("sentence, raw, value, unit", [
    ("The intake closed for a day and a half.", "a day and a half", 1.5, "day"),
    ("The valves were shut an hour and a half after the blast.", "an hour and a half", 1.5, "hour"),
    ("The trial ran for about a month and a half.", "about a month and a half", 1.5, "month"),
    ("Movement fell below half an inch a day.", "below half an inch", 0.5, "inch"),
    ("A half-mile evacuation zone was set.", "half-mile", 0.5, "mile"),
    ("They built a one-mile loop.", "one-mile", 1, "mile"),
    ("He signed a one-year deal.", "one-year", 1, "year"),
    ("The board should pause for one year.", "one", 1, "year"),
    ("Talks broke down after more than a year of bargaining.", "more than a year", 1, "year"),
    ("She lives about a mile from the plant.", "about a mile", 1, "mile"),
    ("Crews arrived within an hour.", "within an hour", 1, "hour"),
    ("Parents waited well over an hour.", "well over an hour", 1, "hour"),
    ("The site has been closed for more than a decade.", "more than a decade", 10, "year"),
    ("Repairs should end within a fortnight.", "within a fortnight", 2, "week"),
    ("Raw sugar futures rose to 19.8 US cents a pound.", "19.8 US cents", 0.198, "USD"),
    ("A stamp now costs 40 euro cents.", "40 euro cents", 0.4, "EUR"),
    # the hundredths of other money
    ("Growers are paid 25 groszy a kilogram.", "25 groszy", 0.25, "PLN"),
    ("A sachet of water costs 50 pesewas.", "50 pesewas", 0.5, "GHS"),
    ("The toll rises by 50 sen.", "50 sen", 0.5, "MYR"),
    ("Milk fetched 58 centimes a litre.", "58 centimes", 0.58, "CHF"),
    ("The delay could last at least two quarters.", "at least two", 2, "quarter"),
    # shares and parts of a point, a scale glued to money, one person harmed
    ("About a fifth of trips are by bike.", "About a fifth", 20, "%"),
    ("A tenth of the budget went to roads.", "A tenth", 10, "%"),
    ("The rate fell by a quarter of a percentage point.", "a quarter of a percentage point", 0.25, "percentage point"),
    ("It rose half a percentage point.", "half a percentage point", 0.5, "percentage point"),
    ("It creates a $4.2bn-revenue system.", "$4.2bn-revenue", 4.2e9, "USD"),
    ("The toll stands at one death.", "one", 1, "death"),
    ("The collapse killed one miner.", "one", 1, "miner"),
    # a duration told in parts is one figure
    ("She finished in 14 hours 52 minutes.", "14 hours 52 minutes", 892, "minute"),
    ("She finished in 14 hours, 52 minutes and 7 seconds.", "14 hours, 52 minutes and 7 seconds", 892.12, "minute"),
    ("The lockdown lasted two hours and 40 minutes.", "two hours and 40 minutes", 160, "minute"),
    ("He held his breath for 3 minutes 40 seconds.", "3 minutes 40 seconds", 220, "second"),
    # a sentence in years and months: in years when the months are a whole quarter of one, else in months
    ("He was sentenced to two years and six months in prison.", "two years and six months", 2.5, "year"),
    ("He was jailed for three years and eight months.", "three years and eight months", 44, "month"),
])
def test_measures_written_in_words(sentence, raw, value, unit):
    figure = one(sentence)
    assert (figure.raw, figure.value, figure.unit) == (raw, value, unit)


@pytest.mark.parametrize("sentence", [
    "It happened a year ago.",
    "It was over a year ago.",
    "One day she left.",
    "One minute it was sprinkles, the next it was hail.",
    "They made a one-time payment.",
    "Sales rose in the second half of the year.",
    # ordinals read like fractions, and a lone "one" that counts no one harmed
    "He won a fifth term.",
    "On the fifth day, it rained.",
    "One vendor said no.",
    "Police arrested one man.",
])
def test_words_that_name_no_quantity(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize("sentence, value, unit", [
    ("The walkout would cost Northwind 70 million euros in lost revenue.", 70e6, "EUR"),
    ("The failure cost Lumenary Networks 42 satellites.", 42, "satellite"),
    ("The annuity would have paid Finch 30 annual installments.", 30, "installment"),
])
def test_a_number_after_a_name_a_verb_gives_to_is_a_quantity(sentence, value, unit):
    figure = one(sentence)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize("sentence, value", [
    ("The death toll from the hurricane has risen to nine, the coroner said.", 9),
    ("The toll stood at three on Monday.", 3),
    ("It died on Sunday, raising the death toll to four.", 4),
    ("The number of people killed rose to about six.", 6),
])
def test_a_small_number_word_a_count_rose_to_is_a_figure(sentence, value):
    assert [f.value for f in figures(sentence)] == [value]


def test_a_small_number_word_after_to_alone_is_no_figure():
    assert figures("He went to three.") == []


@pytest.mark.parametrize("sentence, units", [
    ("Three people were killed and at least 47 injured when a crowd surged.", ["person", "person"]),
    ("The shooting killed seven people and wounded 14.", ["person", "person"]),
    ("It sold 300 cars and leased 40.", ["car", "car"]),  # a bare whole number of the same order: cars too
    # a clause joined by "and" that opens with a bare count and goes on with its verb
    ("Sixty-two runners were taken to hospitals and more than 1,100 were treated in tents.", ["runner", "runner"]),
    ("More than 400 runners were treated, fire officials said, and 38 were taken to hospitals.",
     ["runner", "runner"]),
    ("It raised $4 million and 300 were hired.", ["USD", None]),  # money counts nothing
])
def test_a_casualty_count_in_a_parallel_clause_counts_the_same_people(sentence, units):
    assert [f.unit for f in figures(sentence)] == units


@pytest.mark.parametrize("sentence, unit", [
    ("The rupture has now claimed three lives.", "life"),
    ("The seven stolen works include a landscape.", "work"),
])
def test_plural_nouns_spelled_like_verbs(sentence, unit):
    assert one(sentence).unit == unit


@pytest.mark.parametrize("sentence, units", [
    ("RIDGEPORT (Metro Desk) — Homicides in Ridgeport fell 22% last year, to 61 from 78 in 2024.",
     ["%", "homicide", "homicide"]),
    ("Average weekday crossings fell to 109,500 from about 118,000.", ["weekday crossing"] * 2),
    ("Measles cases rise to 212 in northern county", ["measles case"]),
])
def test_what_a_plural_subject_moved_to_counts_that_subject(sentence, units):
    assert [f.unit for f in figures(sentence)] == units


@pytest.mark.parametrize("sentence", [
    "Prices fell to 4.50 on Monday.",
    "Temperatures climbed to 88 by noon.",
    "Ridgeport fell to 61.",
    "The company said on Monday that it rose to 5.",
])
def test_amounts_and_names_that_moved_give_no_unit(sentence):
    assert [f.unit for f in figures(sentence)] == [None]


@pytest.mark.parametrize("sentence, units", [
    ("Corn will average 124 bushels an acre this year, a steep fall from last year's 178 bushels.",
     ["bushel per acre"] * 2),
    ("HbA1c fell by 1.9 percentage points, compared with 0.4 points on placebo.", ["percentage point"] * 2),
    ("The farm yields 40 bushels an acre on 300 acres, 12,000 bushels in all.",
     ["bushel per acre", "acre", "bushel"]),  # a total, not compared with the rate
])
def test_a_figure_compared_with_an_earlier_one_takes_the_unit_it_said_in_full(sentence, units):
    assert [f.unit for f in figures(sentence)] == units


@pytest.mark.parametrize("sentence, units", [
    ("Fourteen of the injured were taken to hospitals, four of them in critical condition.", ["person"] * 2),
    ("Three of the dead were children.", ["person"]),
    ("Three of the dead fish were tested.", ["fish"]),
])
def test_the_injured_and_the_dead_are_people(sentence, units):
    assert [f.unit for f in figures(sentence)] == units


@pytest.mark.parametrize("text, value, unit", [
    ("The stadium cost NT$23.6 billion to build.", 23.6e9, "TWD"),  # the New Taiwan dollar
    ("Growers will receive 2.5 million soums a hectare.", 2.5e6, "UZS"),  # the Uzbek som
    ("Repairs will cost about 180 million vatu.", 180e6, "VUV"),  # Vanuatu's vatu, and its sign
    ("Repairs will cost VT250 million.", 250e6, "VUV"),
    ("Damage is put at RO38 million.", 38e6, "OMR"),  # the Omani rial
    ("The port will cost QR 2.5 billion.", 2.5e9, "QAR"),  # the Qatari riyal
    ("Growers now sell at Q1,650 a quintal.", 1650, "GTQ"),  # the quetzal's sign before digit groups
    ("Growers were paid S/ 780 per quintal.", 780, "PEN"),  # the sol's sign set apart, with no scale
    ("The price of heat rises to zł 98.40 per gigajoule.", 98.4, "PLN"),  # the złoty's sign before its number
    ("Farmers were paid 350,000 pula.", 350000, "BWP"),  # Botswana's money
    ("Fines run up to 2,500 Danish crowns.", 2500, "DKK"),  # the crown named with its country
    ("Operators face fines of up to 1.5 million lek.", 1.5e6, "ALL"),  # Albania's money, in the singular
    ("Growers lost F$95 million.", 95e6, "FJD"),  # the Fiji dollar's one-letter sign
])
def test_currencies_of_more_countries(text, value, unit):
    assert first_value_and_unit(text) == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("Organisers say 58 000 fans attended the two-day tournament.", 58000, "fan"),  # thousands set apart by spaces
    ("Offenders face spot fines of up to R5 000.", 5000, "ZAR"),
    ("The fund paid R1 200 000 to the families.", 1200000, "ZAR"),
])
def test_thousands_grouped_by_spaces_are_one_number(text, value, unit):
    assert first_value_and_unit(text) == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("The R1,2-billion makeover will turn the old ground into an arena.", 1.2e9, "ZAR"),
    ("Revenue rose to €1,5 million.", 1.5e6, "EUR"),
    ("He stood 1,85 m tall.", 1.85, "metre"),
    # and in a price, after its sign or before its money's word
    ("The fare rose to R$ 4,50 on Monday.", 4.5, "BRL"),
    ("A coffee now costs 3,20 euros.", 3.2, "EUR"),
])
def test_a_comma_no_thousands_take_before_a_scale_is_a_decimal_comma(text, value, unit):
    assert first_value_and_unit(text) == (value, unit)


@pytest.mark.parametrize("sentence, value, unit", [
    ("Regulators set a 2.5 million-tonne quota.", 2.5e6, "tonne"),
    ("It plans a 1.2 million-square-metre plant.", 1.2e6, "square metre"),
    ("The agency ordered a 5 million-dose batch.", 5e6, "dose"),
])
def test_a_scale_joined_to_the_unit_after_it_scales_the_number(sentence, value, unit):
    found = one(sentence)
    assert (found.value, found.unit) == (value, unit)


def test_a_comma_no_thousands_take_elsewhere_is_no_decimal_comma():
    assert [f.value for f in figures("Scores were 4,5 and 6.")] == [6]


@pytest.mark.parametrize("text, value, unit", [
    ("The metro is putting money in, about R450 for every resident.", 450, "ZAR"),  # hedged, and for every one
    ("Tickets cost R80 each.", 80, "ZAR"),
    ("The by-election cost K111 per vote.", 111, "ZMW"),
    ("Pensioners and school pupils in uniform will pay R15.", 15, "ZAR"),  # paid: no road is
    ("Commuters now face a fare of R12 on the route.", 12, "ZAR"),
    ("Foreign adults pay S/152.", 152, "PEN"),
    ("Retail rice rose to P52 a kilo.", 52, "PHP"),  # a price of one of what is sold
    ("Drivers say the cut costs them R400 a day.", 400, "ZAR"),
    ("The leaked paper was sold for R300 on WhatsApp.", 300, "ZAR"),  # sold for it
    ("Rice was selling at P38 in the market.", 38, "PHP"),
    ("Taxi fares rose from R18 to R23.", 18, "ZAR"),  # a change from one amount to another by the same sign
    ("A day's catch earns them P300 to P500.", 300, "PHP"),
])
def test_a_one_letter_sign_before_a_price_of_each_or_after_a_hedge_or_a_payment_is_money(text, value, unit):
    assert first_value_and_unit(text) == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("The dam can store 48m cubic metres of water.", 48e6, "cubic metre"),
    ("Farmers received about 1.4m kronor in compensation.", 1.4e6, "SEK"),
    ("The plant covers 2.5m square feet.", 2.5e6, "square foot"),
    ("Workers dug a 3m square pit.", 3, "metre"),  # a length: what follows is no unit
    ("The library circulated 2.4m digital items in 2025.", 2.4e6, "digital item"),
    ("The nation has 11.4m private dwellings.", 11.4e6, "private dwelling"),
    ("Crews built 3m high walls.", 3, "metre"),  # a dimension: a length
    ("The 2.4m wall fell.", 2.4, "metre"),
    ("Output will be 2m to 3m tonnes.", 2e6, "tonne"),  # a range's low end, at its high end's scale
    ("The walls are 2m to 3m high.", 2, "metre"),
    ("About 2.4m people live in the basin.", 2.4e6, "person"),  # plurals not in -s
    ("The farm holds about 2.4m salmon in its pens.", 2.4e6, "salmon"),
    ("Anglers landed a 1.4m salmon.", 1.4, "metre"),  # one fish, by its length
])
def test_an_m_before_what_is_counted_is_millions(text, value, unit):
    assert first_value_and_unit(text) == (value, unit)


@pytest.mark.parametrize("text, raw, unit, qualifier", [
    ("Firms with 20 or more employees must consult the union.", "20 or more", "employee", "at_least"),
    ("The mill has 300 or so workers.", "300 or so", "worker", "approximate"),
    ("It needs 5,000 or fewer signatures.", "5,000 or fewer", "signature", "at_most"),
])
def test_a_bound_or_a_hedge_told_after_the_number(text, raw, unit, qualifier):
    figure = figures(text)[0]
    assert (figure.raw, figure.unit, figure.qualifier) == (raw, unit, qualifier)


def test_a_quarter_is_no_quetzal():
    assert [c.text for c in extract_claims("Revenue rose in Q1 and Q3.") if c.type == "figure"] == []


def test_an_ordinal_before_a_hyphen_is_no_quantity():
    assert [c.text for c in extract_claims("The 19th-century opera house will reopen.") if c.type == "figure"] == []


def test_former_workers_of_a_named_employer_are_workers():
    assert [f.unit for f in figures("About 600 former Abay workers protested on Monday.")] == ["worker"]


def test_a_number_before_a_verb_and_its_object_counts_the_group_named_before():
    assert [(f.raw, f.unit) for f in figures("Of the 86 boats entered, 71 started Sunday's race.")] == \
        [("86", "boat"), ("71", "boat")]


@pytest.mark.parametrize("text, unit", [
    ("Crews fought 16 blazes overnight.", "blaze"),
    ("The show gave away 30 prizes.", "prize"),
    ("The bakery sells loaves in 4 sizes.", "size"),
    ("The band played 4 waltzes.", "waltz"),
])
def test_a_plural_in_zes_keeps_the_e_of_its_singular(text, unit):
    assert first_value_and_unit(text)[1] == unit


@pytest.mark.parametrize("text, unit", [
    ("It runs a 620,000-sq-ft plant.", "square foot"),
    ("Fire swept a 40-sq-km area.", "sq km"),  # as "40 sq km" reads
    ("Officials closed a 12-sq-mile zone.", "square mile"),
])
def test_a_square_measure_abbreviated_and_hyphenated_is_an_area(text, unit):
    assert first_value_and_unit(text)[1] == unit


@pytest.mark.parametrize("text", [
    "The R21 and R24 highways were closed.",  # two roads, not a range
    "Take the R40 to Nelspruit.",
    "Staff wore N95 masks.",
])
def test_a_one_letter_sign_with_nothing_to_say_money_is_no_amount(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, low, high, unit", [
    ("A typical store reaches break-even within nine to 12 months.", 9, 12, "month"),  # spelled out below ten
    ("Loans ran for terms of seven to 14 days.", 7, 14, "day"),
])
def test_a_range_from_a_spelled_out_number_to_digits(text, low, high, unit):
    figure = figures(text)[0]
    assert (figure.value, figure.low, figure.high, figure.unit, figure.qualifier) == (low, low, high, unit, "range")
