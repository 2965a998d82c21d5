"""The kind of quantity a figure reports, read from the words around the number.

Outlets name the same quantity in different words: "the project will cost $1.4 billion" and "a $1.2
billion stadium" both give a price; "would raise $8 million a year" and "is expected to bring in $18
million a year" both give revenue; "killing 48" and "a death toll of 48" both give deaths. A figure's
``measure`` folds those words to one kind, so conflict detection can pair figures whose subjects share
no word, and keep apart figures whose subjects do ("the city's $450 million contribution" is not the
stadium's price). None when the words around the number do not say.

Pure functions over the text before and after the number in its sentence.
"""
from __future__ import annotations

import functools
import re

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# Where a clause ends: punctuation, and the words that start another clause.
CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\b(?:and|but|while|whereas|which|who|after|before)\b(?!-)")
# How far from the number a word that names its measure may stand, in words.
REACH_RIGHT = 4
REACH_LEFT = 12
MONEY_REACH_LEFT = 6

# What a count of people or things measures, named by the verb or noun next to the number: "killing at
# least 48 people and injuring more than 300" gives a death count and an injury count.
_COUNT_KINDS = {
    "deaths": "killed killing kill kills dead death deaths died die dies dying fatalities fatality toll tolls "
              "lives",
    "injuries": "injured injuring injure injures injuries injury wounded wounding wound wounds hurt",
    "missing": "missing unaccounted",
    "displaced": "evacuated evacuating evacuate evacuation evacuations evacuee evacuees displaced displacing "
                 "homeless sheltered shelter shelters",
    "arrests": "arrested arresting arrest arrests detained detaining detain detention detentions charged",
    "rescued": "rescued rescuing rescue rescues rescuer rescuers survivor survivors pulled saved",
    "damaged": "damaged damaging damage damages",
    "destroyed": "destroyed destroying destroy destroys razed leveled levelled flattened",
    "breached": "stole stolen steal exposed exposing compromised leaked leaking hacked breached breach "
                "affected",
    "job cuts": "layoff layoffs laid lay furloughed furlough furloughs redundancies redundant",
}
# What an amount of money measures: its price, what it brings in or earns, a share someone puts toward
# it, an award, a cap on it, a saving, a loss, a penalty.
_MONEY_KINDS = {
    "cost": "cost costs costing price priced prices spend spends spent spending",
    "revenue": "revenue revenues sales turnover raise raises raised raising generate generates generated "
               "generating collect collects collected collecting earn earns earned earning proceeds",
    "profit": "profit profits income earnings",
    "funding": "contribute contributes contributed contributing contribution contributions toward towards "
               "cover covers covering subsidy subsidies subsidize subsidise grant grants granted share "
               "award awards awarded awarding credit credits incentive incentives aid",
    "investment": "invest invests invested investing investment investments round",
    "value": "worth valued values valuing valuation value",
    "budget": "budget budgets budgeted allocate allocates allocated",
    "savings": "save saves saved saving savings",
    "limit": "cap capped caps ceiling limit limited",
    "loss": "loss losses lost lose loses losing deficit shortfall",
    "penalty": "fine fined fines penalty penalties settlement",
}
# "bring in", "take in": revenue only with their particle.
_PARTICLE_REVENUE = frozenset({"bring", "brings", "brought", "bringing", "take", "takes", "took", "taking"})
_WORKFORCE = frozenset("workforce staff headcount payroll".split())
_HOLDING_VERBS = frozenset("has have had owns own serves serve employs employ operates operate holds hold "
                           "counts count".split())


# Word forms, not stems: "fired" and "Fire" share a stem, "Cedar Hollow Fire" counts no dismissals.
_COUNT_KIND_OF_WORD = {word: kind for kind, words in _COUNT_KINDS.items() for word in words.split()}
# The words that say what a count of people or things measures ("killed", "injured", "evacuated").
COUNT_KIND_WORDS = frozenset(_COUNT_KIND_OF_WORD)
_MONEY_KIND_OF_WORD = {word: kind for kind, words in _MONEY_KINDS.items() for word in words.split()}
# Words after an amount that are not the thing it prices ("$18 million a year", "$450 million in bonds").
_NOT_PRICED = frozenset("""a an the of in on at to for from by with and or but as per each every is are was
    were be been will would could can may might should has have had that which who this it its their his
    her than more less over under up down about into through during until since last next this that
    previous earlier later ago so far apiece each""".split())
# The lowercase words right after an amount (a name or a date is not what is priced).
_FOLLOWING_WORDS = re.compile(r"((?: [a-z][a-z\-]*){1,3})")
# A funding round named after the amount a company raised.
_FUNDING_ROUND = re.compile(r"\b(?:round|series [a-z]|funding|from investors|venture)\b", re.IGNORECASE)
# Words after another number in the clause belong to that number: in "put $540 million toward the
# Rapids' $1.2 billion stadium", "toward" says what the first amount is, not the second.
_NUMBER = re.compile(r"\d[\d,.]*(?:\s*(?:million|billion|trillion|thousand|hundred|[mb]n)\b)?")


def is_money(unit) -> bool:
    """True for a currency code (``USD``): an amount of money, whose unit does not say what it measures."""
    return bool(unit) and len(unit) == 3 and unit.isupper()


def measure_kind(before: str, after: str, money: bool) -> str | None:
    """The kind of quantity of the number between ``before`` and ``after`` (the rest of its sentence):
    one of the money kinds for an amount of money (``money``), else a kind of count, or None."""
    return _money_kind(before, after) if money else _count_kind(before, after)


@functools.lru_cache(maxsize=8192)
def _count_kind(before, after):
    right_words = _WORD.findall(CLAUSE_BREAK.split(after, 1)[0])[:REACH_RIGHT]
    left_words = _WORD.findall(CLAUSE_BREAK.split(before)[-1])[-REACH_LEFT:]
    # A possession verb right before the number makes it a stock: "which has 11 million customers" is
    # not a count of affected customers. Only right before it: "has launched 9,000" is not possession.
    if left_words and left_words[-1].lower() in _HOLDING_VERBS or right_words[:1] and \
            right_words[0].lower() in _WORKFORCE:
        return "holdings"  # "its 460-person workforce" is a stock too, whatever verb stands before it
    for word in [*right_words, *reversed(left_words)]:
        kind = _COUNT_KIND_OF_WORD.get(word.lower())
        if kind and not (word.lower() in TOLL_WORDS and names_a_road_toll(before[-60:] + " " + after[:60])):
            return kind
    return None


TOLL_WORDS = frozenset({"toll", "tolls"})
# A toll paid on a road, not a death toll: "17 toll stations", "the toll zone", "the tolls will hit commuters".
_ROAD_TOLL = re.compile(r"\b(?:road|bridge|motorway|highway|expressway|tunnel|congestion|electronic|urban|city|"
                        r"proposed|planned|new)\s+tolls?\b|\btolls?\s+(?:station|stations|zone|zones|ring|road|roads|"
                        r"booth|booths|plaza|plazas|gate|gates|lane|lanes|charge|charges|point|points|revenue|"
                        r"income|passage|passages)\b|\btolls\s+(?:will|would|are|were)\b|\b(?:pay|paying|paid|"
                        r"charge|charging|collect|collecting|introduce|introducing|scrap|scrapping)\s+"
                        r"(?:a\s+|the\s+)?tolls?\b", re.IGNORECASE)


def names_a_road_toll(text: str) -> bool:
    """Whether ``text`` names a toll paid on a road ("passing a toll station", "the toll ring")."""
    return _ROAD_TOLL.search(text) is not None


@functools.lru_cache(maxsize=8192)
def _money_kind(before, after):
    right_clause = CLAUSE_BREAK.split(after, 1)[0]
    following = _FOLLOWING_WORDS.match(right_clause)
    priced = []  # the noun words the amount stands before: "a $1.2 billion stadium"
    for word in following.group(1).split() if following else ():
        if word in _NOT_PRICED or word.endswith(("ly", "ed", "ing")):
            break
        kind = _money_kind_of_word(word)
        if kind:
            return kind  # "$540 million toward the stadium", "a $21 million state tax-credit package"
        priced.append(word)
    left_parts = _NUMBER.split(CLAUSE_BREAK.split(before)[-1])
    left_words = [] if len(left_parts) > 1 else \
        [word.lower() for word in _WORD.findall(left_parts[0])[-MONEY_REACH_LEFT:]]
    for position in range(len(left_words) - 1, -1, -1):
        word = left_words[position]
        kind = _money_kind_of_word(word)
        if kind == "revenue" and _FUNDING_ROUND.search(right_clause):
            return "investment"  # "raised $85 million in a Series B round": money put in, not earned
        if kind:
            return kind
        if word in _PARTICLE_REVENUE and left_words[position + 1:position + 2] == ["in"]:
            return "revenue"
    # An amount before a noun no verb explains is its price: "approve a $1.2 billion stadium".
    return "cost" if priced else None


def _money_kind_of_word(word):
    kind = _MONEY_KIND_OF_WORD.get(word)
    if kind is None and "-" in word:  # "tax-credit", "cost-sharing"
        kind = next(filter(None, map(_MONEY_KIND_OF_WORD.get, word.split("-"))), None)
    return kind
