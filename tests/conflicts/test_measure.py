"""What a figure measures, read from its subject and the clause around the number (no server)."""
import pytest

from factcheck.conflicts.measure import LocalContext, SubjectTerms, same_measure, units_like


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
])
def test_changes_are_told_from_levels(text, sentence, is_change):
    assert LocalContext.of(claim(text, sentence)).is_change is is_change


def test_a_change_is_not_compared_with_a_level():
    change = claim("25 cents", "The board voted to raise the base fare by 25 cents, to $2.75.",
                   "board raise base fare", unit="USD", role="change")
    level = claim("$2.75", "The base fare rises to $2.75.", "base fare rises", unit="USD", source="Outlet B")
    assert not same_measure(change, level)


def test_an_unmarked_change_compares_with_a_marked_one():
    marked = claim("12%", "Norvell Motors reported quarterly revenue of $4.2 billion, up 12% from a year earlier.",
                   "Norvell Motors reported quarterly revenue", role="change")
    unmarked = claim("21%", "Norvell Motors posted revenue for the first quarter, a 21% increase on last year.",
                     "Norvell Motors posted first quarter", source="Outlet B")
    assert same_measure(marked, unmarked)


def test_quarter_and_year_figures_are_different_measures():
    quarter = claim("58,000", "The company delivered 58,000 vehicles in the quarter.", "company delivered vehicles",
                    unit="vehicle")
    year = claim("220,000", "Norvell now expects to deliver 220,000 vehicles this year.",
                 "Norvell expects deliver vehicles", unit="vehicle", source="Outlet B")
    assert not same_measure(quarter, year)


def test_units_that_count_the_same_things():
    assert units_like("car") == units_like("vehicle") >= {"car", "truck", "vehicle"}
    assert units_like("acre") >= {"acre", "hectare", "square mile"}
    assert units_like("satellite") == {"satellite"}
    assert units_like(None) == frozenset()


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
    assert not same_measure(affected, total)


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
    assert same_measure(cost, spend)
