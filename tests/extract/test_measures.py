"""The kind of quantity a figure reports, from the words around its number."""
import pytest

from factcheck.extract.measures import measure_kind


def kind_of(sentence, number, money=True):
    at = sentence.index(number)
    return measure_kind(sentence[:at], sentence[at + len(number):], money)


@pytest.mark.parametrize("sentence, number, kind", [
    ("The project will cost $1.4 billion, and taxpayers will cover $450 million of it.", "$1.4 billion", "cost"),
    ("The project will cost $1.4 billion, and taxpayers will cover $450 million of it.", "$450 million", "funding"),
    ("The council voted to approve a $1.2 billion stadium for the Rapids.", "$1.2 billion", "cost"),
    ("Riverside will put $540 million toward the Rapids' stadium.", "$540 million", "funding"),
    ("The city is contributing $450 million in bonds.", "$450 million", "funding"),
    ("The city's share should have been capped at $300 million.", "$300 million", "limit"),
    ("The increase is expected to bring in $18 million a year.", "$18 million", "revenue"),
    ("Officials estimated the change would raise $8 million a year.", "$8 million", "revenue"),
    ("The carrier lost $2.1 billion last year.", "$2.1 billion", "loss"),
    ("Regulators imposed a $5 million fine on the bank.", "$5 million", "penalty"),
    ("The mayor said $18 million a year was enough.", "$18 million", None),
    ("The base fare will climb to $2.50 in July.", "$2.50", None),
    ("The firm paid $5 million Tuesday.", "$5 million", None),
])
def test_money_kinds(sentence, number, kind):
    assert kind_of(sentence, number) == kind


@pytest.mark.parametrize("sentence, number, kind", [
    ("The quake killed at least 48 people and injured more than 300.", "48", "deaths"),
    ("The quake killed at least 48 people and injured more than 300.", "300", "injuries"),
    ("The insurer, which has 11 million customers, said data was stolen.", "11 million", "holdings"),
    ("Crews planted 3,000 trees.", "3,000", None),
    ("The death toll rose to 48.", "48", "deaths"),
    # a toll paid on a road counts no deaths
    ("There will be 17 toll stations on the main approaches.", "17", None),
    ("Traffic is forecast to fall 18 per cent in the toll zone.", "18 per cent", None),
])
def test_count_kinds(sentence, number, kind):
    assert kind_of(sentence, number, money=False) == kind


def test_a_kind_is_read_within_its_clause():
    # "cost" belongs to the first clause; the second amount is the city's share.
    sentence = "The arena cost $900 million, while the city paid $200 million."
    assert kind_of(sentence, "$200 million") is None


@pytest.mark.parametrize("sentence, number, kind", [
    ("Ohio awarded Halvorsen a $21 million state tax-credit package in 2019.", "$21 million", "funding"),
    ("The state awarded Halvorsen $12 million in tax credits in 2019.", "$12 million", "funding"),
    ("Riverside will put $540 million toward the Rapids' $1.2 billion stadium.", "$1.2 billion", "cost"),
    ("Halvorsen has said the closure will save it about $55 million annually.", "about $55 million", "savings"),
    ("Net income rose to $312 million, or $1.14 a share.", "$312 million", "profit"),
    ("The company raised its full-year revenue forecast to $19.5 billion.", "$19.5 billion", "revenue"),
])
def test_the_words_that_name_an_amount_win_over_the_noun_it_stands_before(sentence, number, kind):
    assert kind_of(sentence, number) == kind
