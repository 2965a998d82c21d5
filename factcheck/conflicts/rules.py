"""Value rules: do two figures of the same quantity disagree, and is that a contradiction or an update?

Pure functions over claim dicts in the public shape (DESIGN.md); no search engine here. Whether two
figures are the same quantity is the pair model's call (``factcheck.conflicts.align``); these rules
take it from there.

A figure becomes an interval of values its words allow ("more than 9,000" is 9,000 and up, "about 7,000"
is 7,000 give or take, "1,800" may be a rounded 1,795). Two figures of the same quantity conflict when
their intervals do not overlap; time then decides between a contradiction and an update.
"""
from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from factcheck.conflicts.explain import explain
from factcheck.conflicts.measure import (LocalContext, SubjectTerms, base_value, from_base_unit,
                                        interval_to_base_units, is_count, is_reading, marker_reach, period_slip,
                                        same_scale, starts_in_a_past_period, to_base_unit, unit_family)
from factcheck.extract.conventions import WRITTEN_ALIKE
from factcheck.extract.figures import DURATIONS, MEASURE_UNITS, find_figures
from factcheck.extract.measures import CLAUSE_BREAK, TOLL_WORDS, is_money, names_a_road_toll
from factcheck.extract.numbers import TENS, UNITS, parse_number_words
from factcheck.extract.patterns import WEEKDAYS

# How far a qualifier stretches a number. "About N" is N rounded: within a twentieth, or half a step of
# its last significant digit for a round number ("about 7,000" is 6,500 to 7,500), never more than a
# tenth. "More than N" rarely means more than a sixth above N ("more than 320" allows 368, "over 41"
# does not reach 48), or the next half step for a number of one significant digit ("more than 2 billion"
# may be 2.4 billion); "only N" and "up to N" reach further down than "nearly N".
APPROXIMATE_SPREAD = 0.05
APPROXIMATE_MAX_SPREAD = 0.10
OPEN_BOUND_SPREAD = 0.15
SMALL_COUNT_OPEN_SPREAD = 3.0
# A share told as a fraction in words is rounded to the nearest fraction a reader knows: "more than a
# quarter" may be 38%, short of "more than a third" only because 38% is not much more than a third.
FRACTION_OPEN_SPREAD = 0.6
UPPER_BOUND_SPREAD = 0.25
NEARLY_SPREAD = 0.10
# An open bound on a temperature reaches this many degrees beyond it.
TEMPERATURE_OPEN_SPREAD = 10.0
# A whole number may be a decimal rounded ("32" metres for 31.8); a decimal is as precise as its last digit
# ("12.47" is no "12.49").
EXACT_RELATIVE_TOLERANCE = 0.005
ROUNDING_MAX_RELATIVE = 0.02
CONVERTED_MAX_RELATIVE = 0.03
WHOLE_PERCENT_TOLERANCE = 0.49
# A final count moves an early one by no more than this share.
RECOUNT_MAX_RELATIVE = 0.1
_PERCENT_UNITS = ("%", "percentage point")
# The qualifiers of a figure that is a floor: "at least 11", "more than 600".
_FLOORS = ("at_least", "more_than")

# Words of a forecast: comparable with an actual figure, and the likely cause when they differ.
_FORECAST_WORDS = frozenset("expected projected estimated forecast predicted anticipated could would will".split())
# Counts that only grow as a story unfolds: a later, higher figure is an update, not a contradiction.
_CUMULATIVE_FORMS = frozenset("launched placed burned burnt burning scorched destroyed damaged killed dead deaths "
                              "died injured wounded evacuated displaced missing arrested detained "
                              "confirmed cases infected vaccinated recovered rescued sold delivered "
                              "shipped tally toll far date cumulative collected "
                              "donated signed signatures cancelled canceled cancellations gathered "
                              "sickened ill treated hospitalized hospitalised diverted stranded disrupted "
                              "postponed joined cancellation scrapped grossed".split())


@dataclass(frozen=True)
class Verdict:
    """Why two figures disagree: kind, likely cause, size of the gap, and a sentence for a fact-checker."""

    kind: str
    reason: str
    difference: dict
    explanation: str


def figure_interval(figure, floor_rounded=True):
    """The (low, high) values a figure's words allow, after its qualifier and the rounding of its digits.
    ``floor_rounded``: a floor of one significant digit may be rounded down from anything to the next half step
    (``_one_significant_digit``); not when it is set against another floor, where "over 2,000" means less than
    "over 2,400" does."""
    value = float(figure["value"])
    qualifier = figure.get("qualifier") or "exact"
    magnitude = abs(value)
    if qualifier == "range":
        low = figure.get("low")
        high = figure.get("high")
        return (float(low) if low is not None else value, float(high) if high is not None else value)
    if qualifier == "approximate":
        spread = max(APPROXIMATE_SPREAD * magnitude,
                     min(_half_step(magnitude, by_fives=True), APPROXIMATE_MAX_SPREAD * magnitude))
        return (value - spread, value + spread)
    if qualifier in _FLOORS:
        # a small count's floor leaves room for a few more: "more than a dozen rooms" may be 14
        spread = FRACTION_OPEN_SPREAD if _a_fraction_in_words(figure) else OPEN_BOUND_SPREAD
        return (value, value + max(spread * magnitude, SMALL_COUNT_OPEN_SPREAD, _open_degrees(figure),
                                   _half_step(magnitude) if floor_rounded and _one_significant_digit(magnitude)
                                   else 0.0))
    if qualifier in ("less_than", "at_most") and not _says_only(figure):
        if _says_nearly(figure):
            # "nearly 45,000" is short of 45,000 by less than a step of its last significant digit (41,870 would
            # be "nearly 42,000"); "nearly 30 per cent" and "almost a quarter" by less than a tenth
            step = math.inf if _a_fraction_in_words(figure) else 2 * _last_digit_half(value)
            return (value - min(NEARLY_SPREAD * magnitude, step), value)
        return (value - max(UPPER_BOUND_SPREAD * magnitude, _open_degrees(figure)), value)
    precision = EXACT_RELATIVE_TOLERANCE * magnitude if float(value).is_integer() else _last_digit_half(value)
    tolerance = max(precision, rounding_tolerance(figure))
    return (value - tolerance, value + tolerance)


def _one_significant_digit(value):
    """Whether a number is written with one significant digit ("2 billion", "300"): a floor so rounded was rounded
    down from anything up to the next half step ("more than 2 billion tenge" for 2.4 billion)."""
    return float(value).is_integer() and value > 0 and len(str(int(value)).rstrip("0")) == 1


def _open_degrees(figure):
    """How far a temperature's open bound reaches, in degrees: its zero is arbitrary, so the reach is no
    share of the value ("below minus 30" allows minus 38, "more than 2C" allows 5C)."""
    return TEMPERATURE_OPEN_SPREAD if (figure.get("unit") or "").startswith("degree") else 0.0


def _a_fraction_in_words(figure):
    """Whether a percentage is written as a fraction in words ("more than a quarter", "over half")."""
    return figure.get("unit") == "%" and not any(character.isdigit() for character in figure.get("raw") or "")


def _says_nearly(figure):
    raw = (figure.get("raw") or "").lower()
    return raw.startswith(("nearly", "almost", "just under", "close to"))


def _says_only(figure):
    """"only 58 per cent", "just 142mm": the number itself, said to be small (the claim's qualifier is
    ``at_most`` by the contract, but no writer means a lower value by it)."""
    raw = (figure.get("raw") or "").lower()
    return raw.startswith(("only ", "just ")) and not raw.startswith(("just under ", "just below "))


def rounding_tolerance(figure):
    """Half a step of the last significant digit a writer chose: "1,800" may stand for 1,795.

    Capped at a small share of the value, so "7,000" does not swallow "7,400". A whole percentage is
    the exception: outlets round rates to whole points ("18 per cent" for 18.4%), so it stands for
    anything within just under half a point, and two whole percentages a point apart never meet.
    """
    value = abs(float(figure["value"]))
    if figure.get("unit") in _PERCENT_UNITS and value.is_integer():
        return WHOLE_PERCENT_TOLERANCE
    return min(_half_step(value), ROUNDING_MAX_RELATIVE * value)


def _half_step(value, by_fives=False):
    """Half a step of the last significant digit of a whole number with trailing zeros (500 for 7,000),
    else 0. ``by_fives``: a last digit 5 of a rounded number is a step of five ("about 15" minutes may be 14)."""
    if value == 0 or not float(value).is_integer():
        return 0.0
    digits = str(int(value))
    trailing_zeros = len(digits) - len(digits.rstrip("0"))
    if by_fives and digits.rstrip("0").endswith("5"):
        return 2.5 * 10 ** trailing_zeros
    return 0.5 * 10 ** trailing_zeros if trailing_zeros else 0.0


def intervals_overlap(first, second):
    """True when two (low, high) intervals share a value."""
    return first[0] <= second[1] and second[0] <= first[1]


def verdict(claim_a, claim_b, evidence=None):
    """A ``Verdict`` on two figure claims of the same quantity from different sources when their values
    disagree; None when they agree (or come from one source, which does not contradict itself).
    ``evidence`` says why they were taken for one quantity, for the explanation."""
    if _norm(claim_a.get("source")) == _norm(claim_b.get("source")):
        return None
    fig_a, fig_b = claim_a["figure"], claim_b["figure"]
    if intervals_overlap(*intervals_of_a_pair(fig_a, fig_b)) and not one_number_slipped(claim_a, claim_b) \
            or _within_a_most_possible(claim_a, claim_b):
        return None
    earlier, later = in_time_order(claim_a, claim_b)
    # A later, higher figure is an update when the quantity keeps growing (``_keeps_growing``), a later, lower
    # one when the later report says it fell to it ("her lead has narrowed to 131 votes"); neither when the
    # two values look like one misprinted (``_misprinted``).
    kind = "contradiction"
    earlier_day, later_day = publication_day(earlier), publication_day(later)
    if earlier_day and later_day and earlier_day < later_day and not _only_the_unit_differs(fig_a, fig_b) \
            and (not _misprinted(earlier, later) or _names_the_earlier_value(earlier, later)):
        later_value, earlier_value = base_value(later["figure"]), base_value(earlier["figure"])
        if later_value > earlier_value and (_keeps_growing(earlier, later) or _floor_then_count(earlier)) \
                and not _set_against_another_figure(later) and not _told_of_the_same_days(earlier, later) \
                or later_value < earlier_value and _fell_since(later) \
                or _changed_from(earlier, later) or _a_level_on_other_days(earlier, later) \
                or _REVISES_AN_EARLIER_FIGURE.search(later.get("sentence") or "") or _a_rate_now(earlier, later) \
                or _revises_the_earlier_figure(earlier, later) \
                or _preliminary_then_official(earlier, later) or _an_offer_then_the_deal(earlier, later) \
                or _lasted_the_days_between(earlier, later, (later_day - earlier_day).days):
            kind = "update"
    difference = _difference(fig_a, fig_b)
    reason = _reason(claim_a, claim_b, kind, difference)
    return Verdict(kind, reason, difference, explain(earlier, later, kind, reason, difference, evidence))


def one_number_slipped(claim_a, claim_b):
    """Whether two figures whose values may overlap are one number written wrong: its digits swapped, its currency
    or its period slipped ("$9 million a week" and "$9 million a day")."""
    fig_a, fig_b = claim_a["figure"], claim_b["figure"]
    return exact_digits_swapped(fig_a, fig_b) or currency_slip_of(fig_a, fig_b) or period_slip(claim_a, claim_b)


def _only_the_unit_differs(figure_a, figure_b):
    """Whether two figures give one number in two units of a kind ("widened the exclusion zone to 7
    kilometres", "Tuesday's widening of the exclusion zone to 7 miles"): a unit written wrong, not a count
    that moved."""
    return math.isclose(figure_a["value"], figure_b["value"]) and not same_scale(figure_a.get("unit"),
                                                                                figure_b.get("unit"))


def interval_in_base_units(figure, converted=False, floor_rounded=True):
    """The figure's interval in its family's base unit ("about 370 acres" in square metres), so that
    converted units compare; qualifiers and rounding are read on the digits as written. A figure set
    against one in another unit (``converted``) may itself be a conversion, rounded to the digits written:
    "the 27-kilometre road" is the "17-mile bypass"."""
    low, high = figure_interval(figure, floor_rounded)
    if converted and (figure.get("qualifier") or "exact") == "exact":
        value = float(figure["value"])
        spread = min(_last_digit_half(value), CONVERTED_MAX_RELATIVE * abs(value))
        low, high = min(low, value - spread), max(high, value + spread)
    return interval_to_base_units(low, high, figure.get("unit"))


def intervals_of_a_pair(figure_a, figure_b):
    """The two figures' intervals in base units, each read as a possible conversion when their units differ
    in scale."""
    converted = not same_scale(figure_a.get("unit"), figure_b.get("unit"))
    if is_ceiling(figure_a) and is_ceiling(figure_b):
        # two ceilings of one quantity ("up to 350 jobs", "as many as 450") disagree unless they are one bound
        figure_a, figure_b = dict(figure_a, qualifier="exact"), dict(figure_b, qualifier="exact")
    floor_rounded = not (is_floor(figure_a) and is_floor(figure_b))
    return (interval_in_base_units(figure_a, converted, floor_rounded),
            interval_in_base_units(figure_b, converted, floor_rounded))


def _within_a_most_possible(claim_a, claim_b):
    """Whether one figure is the most that may be ("faces a fine of up to 5 million lira", "could be jailed for up
    to 10 years") and the other does not pass it ("fined 2.4 million lira"): a legal or possible maximum allows
    anything below it, where "up to 350 jobs" tells of about 350."""
    for ceiling, other in ((claim_a, claim_b), (claim_b, claim_a)):
        if (ceiling["figure"].get("raw") or "").lower().startswith(_UP_TO) and not is_ceiling(other["figure"]) \
                and base_value(other["figure"]) <= base_value(ceiling["figure"]) \
                and _told_as_possible(ceiling) and not _told_as_possible(other):
            return True
    return False


def _told_as_possible(claim):
    """Whether the clause before a figure tells of what may come to be ("could lead to a fine of", "face fines
    of") or of a maximum."""
    return _MOST_POSSIBLE.search(_clause_before(claim)) is not None


_UP_TO = ("up to ", "as much as ", "as many as ")
_MOST_POSSIBLE = re.compile(r"\b(?:faces?|facing|could|may|might|risks?|risking|punishable|liable|carries|"
                            r"carry|maximum)\b", re.IGNORECASE)


def is_floor(figure):
    """Whether a figure gives a floor ("at least 11", "more than 600")."""
    return (figure.get("qualifier") or "exact") in _FLOORS


def is_ceiling(figure):
    """Whether a figure gives a ceiling ("up to 350", "as many as 450"; not "nearly 350" or "only 350")."""
    return (figure.get("qualifier") or "exact") in ("at_most", "less_than") and not _says_nearly(figure) \
        and not _says_only(figure)


def _last_digit_half(value):
    """Half a step of the last digit written: 0.5 for "17", 0.05 for "1.5", 50 for "400"."""
    if float(value).is_integer():
        return _half_step(value) or 0.5
    decimals = len(repr(float(value)).split(".")[1])
    return 0.5 * 10 ** -decimals


def _norm(text):
    return " ".join((text or "").lower().split())


def publication_day(claim):
    """The day a claim was published (from its ISO date or date-time), or None."""
    published = claim.get("published_at")
    if not published:
        return None
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def in_time_order(claim_a, claim_b):
    """The two claims, earlier report first (argument order when a date is missing or equal)."""
    day_a, day_b = publication_day(claim_a), publication_day(claim_b)
    if day_a and day_b and day_b < day_a:
        return claim_b, claim_a
    return claim_a, claim_b


def _set_against_another_figure(claim):
    """Whether the claim's sentence sets its figure against another source's ("put the number of displaced
    residents at 2,100, well above the figure issued by national civil defence"): a dispute, not a count that
    has grown since (a final figure above a preliminary one is left to ``_preliminary_then_official``, and one
    above the source's own first estimate revises it)."""
    sentence = claim.get("sentence") or ""
    match = _AGAINST_A_FIGURE.search(sentence) if " figure" in sentence or " estimate" in sentence \
        or " count" in sentence or " tally" in sentence or "disput" in sentence else None
    return match is not None and _PRELIMINARY.search(match.group(0)) is None \
        and _ITS_OWN_EARLIER.search(sentence, match.start(), match.end() + _EARLIER_FIGURE_REACH) is None


# A source's own earlier figure, which a later one above it revises: "well above its initial estimate",
# "considerably more than the ministry's first estimate", "higher than the figure announced on Monday".
_ITS_OWN_EARLIER = re.compile(r"\b(?:its|their|our|the|\w+['’]s) (?:own )?(?:initial|earlier|previous|first|"
                              r"original)\b|\b(?:figures?|estimates?) (?:announced|given|released|published|issued) "
                              r"(?:on|last|earlier)\b", re.IGNORECASE)
_EARLIER_FIGURE_REACH = 40

_AGAINST_A_FIGURE = re.compile(r"\b(?:(?:well |far |slightly |much |considerably )?"
                               r"(?:above|below|(?:more|higher|fewer|lower|greater) than)|short of|at odds with|"
                               r"contradict\w*|disput\w*)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}"
                               r"(?:figures?|estimates?|counts?|tally|tallies)\b", re.IGNORECASE)


# Verbs by which someone raises a rate or a limit: "raised its offer to", "extended power cuts to".
_RAISED = frozenset("raised raising raises lifted lifting boosted hiked upped extended extends lengthened".split())


def _keeps_growing(earlier, later):
    """Whether the quantity of two reports grows as the story unfolds: a cumulative count (acres burned), one
    the later report says rose ("hospitalizations rose to 1,610") or one either report gives as a running
    total ("has now sent notices to 415 workers", "112 schools had already expressed interest"); not a rate,
    a count of a period already over or a final tally."""
    local_earlier, local_later = LocalContext.of(earlier), LocalContext.of(later)
    # a promise is no count that grows by itself ("only 540 of the 1,200 jobs it promised", later "had promised
    # 1,500 jobs by the end of 2025": a deadline, not a running count), unless a report says it was raised
    promised = bool((local_earlier.words | local_later.words) & _PROMISED)
    running = local_later.moved_up or not promised and not is_reading(earlier["figure"].get("unit")) \
        and (_is_cumulative(earlier) or _is_cumulative(later) or local_later.so_far or local_earlier.so_far
             # a count the earlier report said was on its way up ("brought the number of rescue workers to 430")
             or local_earlier.moved_up and is_count(earlier["figure"].get("unit")))
    # (a thing's size grows when the later report says it was moved: "a 12-kilometre stretch", then "extended the
    # closed stretch to 20 kilometres")
    # (a rate grows only when the later report says someone raised it, or that it has risen since: "raised its offer
    # to 11.25 dinars per tonne", "extended load-shedding to three hours a day"; not "AISC climbed to US$1,480 an
    # ounce", which tells the quarter against the one before)
    rate_raised = local_later.moved_up and (local_later.moved_up_since_last_report or local_later.words & _RAISED)
    # (a count of a period already over grows only when the later report says it moved up: "Heavy rains in January
    # and February submerged about 6,200 hectares", then "Further rain this week has raised the flooded area to some
    # 7,100 ha"; "About 160 workers were laid off when the site closed in March", then "a further 45 ..., bringing job
    # losses at the site to 205")
    return running and not ((local_earlier.per or local_later.per) and not rate_raised
                            or _of_a_closed_period(earlier) and not local_later.moved_up
                            or _of_a_closed_period(later) or (local_earlier.words | local_later.words) & _HABITUAL
                            or _FINAL_COUNT.search(earlier.get("sentence") or "")
                            or _one_change_told_twice(earlier, later) or _for_each_one(earlier)
                            or _for_each_one(later) or not local_later.moved_up
                            and (_describes_one_thing(earlier) or _describes_one_thing(later)
                                 or _a_known_set(earlier) and _a_known_set(later)))


def _in_its_sentence(claim):
    """``(sentence, offset of the figure's text in it)``; the offset is -1 when it cannot be found."""
    sentence, text = claim.get("sentence") or "", claim.get("text") or ""
    return sentence, sentence.find(text) if text else -1


def _clause_before(claim):
    """The words of a figure's clause before it."""
    sentence, at = _in_its_sentence(claim)
    return CLAUSE_BREAK.split(sentence[:at])[-1] if at >= 0 else ""


def _for_each_one(claim):
    """Whether a figure is told for each one of a group: "Each displaced household will receive 3 million
    dong", "pay each infected patient compensation of EGP 50,000". An amount per head grows with no count."""
    return _EACH.search(_clause_before(claim)) is not None


_EACH = re.compile(r"\b(?:each|every)\b", re.IGNORECASE)


def _describes_one_thing(claim):
    """Whether a measure describes the one thing it is told of: "destroyed a 60MVA power transformer", "the
    11.2-kilometre line". The thing may be destroyed or burned; its size is no count that grows."""
    unit = claim["figure"].get("unit")
    if not unit or unit in DURATIONS or is_money(unit) or unit in _PERCENT_UNITS \
            or is_count(unit) and unit not in _MEASURE_UNITS:
        return False  # (a "five-day recount" may be the whole of one that was "three days" in)
    words = _clause_before(claim).split()
    return bool(words) and words[-1].lower() in _ONE_THING_DETERMINERS


def _a_known_set(claim):
    """Whether a count is told as the whole of a set the reader is taken to know: "None of its 19 crew was hurt",
    "the seven suspects charged on Monday", "the remaining 11 concerts". Two reports that both tell a count so
    give two sizes of one set, not a count still being made."""
    words = _clause_before(claim).lower().split()
    if words[-1:] and words[-1] in _SET_QUALIFIERS:
        words.pop()
    return bool(words) and words[-1] in _SET_DETERMINERS


_SET_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our"})
_SET_QUALIFIERS = frozenset({"remaining", "other", "entire", "full"})
# (not the plurals of animals the aliases spell too: "the 14 mice" is a count, not a thing's size)
_MEASURE_UNITS = MEASURE_UNITS - {"tooth", "mouse", "goose"}
_ONE_THING_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this"})


def _floor_then_count(earlier):
    """Whether the earlier report gave only a floor ("At least 290 passengers were trapped", "more than 600
    flights"): a later, higher count fills it in; an early floor is how a count still being made is told. A
    rate is no count being made ("speeds of at least 50 megabits per second")."""
    return is_floor(earlier["figure"]) and not _a_rate(earlier["figure"].get("unit"))


def _a_rate(unit):
    """Whether a unit is a rate: so much per so much ("megabit per second", "km/h", "Mbps")."""
    return bool(unit) and (" per " in unit or "/" in unit or unit_family(unit) in ("speed", "data rate"))


def _changed_from(earlier, later):
    """Whether the later report tells its value as a change from the earlier one: "Eighteen children remain in
    hospital, down from 21 on Thursday" after "Twenty-one children are being treated"; "22 of the district's
    31 storm-closed roads are still shut, down from 24" after "24 remain shut" or "23 remain shut"."""
    starting, value = _value_changed_from(later), earlier["figure"]["value"]
    if starting is None:
        return False
    if later["figure"].get("role") == "to" and later["figure"].get("linked"):
        return math.isclose(starting, value, rel_tol=0.005)
    # the earlier value is where the count started, or on its way ("23 remain shut" on Wednesday, "22 ...,
    # down from 24 at the start of the week" on Friday)
    ends = sorted((starting, later["figure"]["value"]))
    return ends[0] * (1 - 0.005) <= value <= ends[1] * (1 + 0.005)


def _names_the_earlier_value(earlier, later):
    """Whether the later report gives the earlier value itself as where its own moved from ("NIS 35,000, up
    from the NIS 25,000 management first offered" after "25,000 shekels"): no misprint, however alike the
    digits."""
    starting = _value_changed_from(later)
    return starting is not None and _is_the_value_of(earlier, starting)


def _is_the_value_of(claim, value):
    """Whether ``value``, as a later report writes it, is the figure of ``claim`` (to half a per cent)."""
    return math.isclose(value, claim["figure"]["value"], rel_tol=0.005)


def _value_changed_from(later):
    """The value a figure's claim says it moved from ("from $900 million to $13 billion", ", down from 24"), or
    None."""
    figure = later["figure"]
    if figure.get("role") == "to" and figure.get("linked"):
        starting = find_figures(figure["linked"])
    elif figure.get("role") == "total":
        return None  # "13 of the array's 64 dishes ..., up from nine": the part moved, not the whole
    else:
        sentence, at = _in_its_sentence(later)
        told = _DOWN_OR_UP_FROM.match(sentence, at + len(later["text"])) if at >= 0 else None
        # (a value of last year is none the story's count moved from)
        if told is None or starts_in_a_past_period(sentence[told.end():]):
            return None
        if told.group(2):
            return parse_number_words([told.group(2)], 0)[0]  # "up from nine"
        starting = find_figures(told.group(1))
    return starting[0].figure.value if len(starting) == 1 else None


# The value a later report says its figure changed from, in the same sentence after it: ", down from 24", ", up
# from the NIS 25,000 management first offered", ", up from £11.5 million", ", down from a peak of 310", "higher
# than the $96.4 million disclosed in records earlier this month", "fell to CHF 19.5bn at the end of January, from CHF
# 21bn"; further on where no other number comes between
# ("Nearly 2,900 farmers ... have now lost their seaweed, the association said on Thursday, up from the 2,400 it
# reported").
_DOWN_OR_UP_FROM = re.compile(r"(?:[^.;]{0,80}?|[^.;\d]{81,200}?)"
                              r"(?:\b(?:(?:down|up) from|instead of|(?:higher|lower) than)|, from) (?:the |an? )?"
                              r"(?:(?:planned|expected|promised|original|earlier|initial) )?"
                              r"(?:(?:peak|high|low|record) of )?"
                              r"(?:[A-Z]{3} ?|[$€£¥₹₦]|R\$)?"
                              r"(?:((?:about |around |some )?[\d][\d,.]*(?: ?(?:million|billion|trillion|bn|m)\b)?)|"
                              # or in words: "13 of the array's 64 dishes had now been found to have damage, up
                              # from nine in the first inspection"
                              rf"((?:{'|'.join(TENS)})(?:-(?:{'|'.join(UNITS)}))?|{'|'.join(UNITS)})\b(?! of\b))")


def _revises_the_earlier_figure(earlier, later):
    """Whether the later report says its source revised the earlier figure, and names it: "Growers now expect
    to pick just 7,500 tonnes, ..., revising down its forecast of 9,000 tonnes" after "about 9,000 tonnes"."""
    sentence = later.get("sentence") or ""
    revised = _REVISED_ITS.search(sentence) if "its " in sentence or "their " in sentence else None
    return revised is not None and any(_is_the_value_of(earlier, found.figure.value)
                                       for found in find_figures(sentence[revised.end():]))


_REVISED_ITS = re.compile(r"\b(?:revis(?:ed|ing|es)|cut|cutting|lower(?:ed|ing|s)|rais(?:ed|ing|es)|trimm(?:ed|ing)|"
                          r"slash(?:ed|ing|es)) (?:(?:down|up)(?:wards?)? )?(?:its|their) (?:own )?(?:\w+ )?"
                          r"(?:estimate|forecast|projection|outlook|tally)s?\b", re.IGNORECASE)


# A later report that says its figure revises an earlier one without giving it: "about 160 jobs could be lost,
# up from its earlier estimate", "some 14,000 hectares, more than initially estimated", "5,100 hectares, well above
# the first estimate", "raises of 9 per cent ..., up from its previous offer", "bigger than the company first
# disclosed", "19 containers had now been rejected, up from the figure given when the ban was announced".
_REVISES_AN_EARLIER_FIGURE = re.compile(r"\b(?:(?:up|down) from|(?:well |far )?(?:above|below)|"
                                        r"(?:slightly |much |far )?(?:higher|lower|more|fewer) than) "
                                        r"(?:its|their|the|an?) "
                                        r"(?:own )?(?:earlier|initial|previous|first|original|preliminary) "
                                        r"(?:estimate|figure|forecast|count|projection|tally|offer|bid|proposal)s?\b|"
                                        r"\b(?:up|down) from (?:the|its|their) "
                                        r"(?:figure|estimate|number|count|tally|total) (?:\w+ )?"
                                        r"(?:given|announced|released|published|issued|reported|disclosed)\b|"
                                        r"\b(?:more|higher|fewer|less|lower|bigger|larger|smaller|worse) than "
                                        r"(?:(?:the|its) \w+ |it |they )?(?:first|initially|originally|previously) "
                                        r"(?:estimated|reported|thought|feared|forecast|disclosed|said|stated|"
                                        r"announced)\b",
                                        re.IGNORECASE)


def _a_rate_now(earlier, later):
    """Whether the later report gives the rate of the earlier one as it is now ("moving up to 30 centimetres a day",
    later "now moving as much as 80 centimetres a day"): a rate that changed, up or down, since."""
    local_earlier, local_later = LocalContext.of(earlier), LocalContext.of(later)
    if not local_later.per or local_later.per != local_earlier.per:
        return False
    sentence, at = _in_its_sentence(later)
    return at > 0 and "now" in sentence[:at].lower().split()[-6:]  # (not "£2 a month more than now")


def _fell_since(later):
    """Whether a later, lower figure is told as fallen since the earlier report ("her lead has narrowed to 131
    votes", "cutting the capacity awarded in the tender to 2,790 MW") or as what is still left (``_still_left``); a
    figure that names where it fell from is judged by that instead (``_changed_from``: "cut the rate from Rs 35 to Rs
    30" after "Rs 32")."""
    return _value_changed_from(later) is None and (LocalContext.of(later).moved_down or _still_left(later))


def _still_left(later):
    """Whether a later, lower count is of those still left in a state ("23 patients remain in the hospital",
    two days later "Twenty-two people are still hospitalized"; "The withdrawal leaves 39 projects"): people
    and things leave it as days pass. A higher one is no such update ("2,240 buyers still waiting", "2,600
    buyers are still waiting": two counts)."""
    if is_money(later["figure"].get("unit")) or later["figure"].get("unit") == "%":
        return False
    # (the verb may come after the counted noun's own words: "About 1,100 homes in Hraunvík were still without
    # hot water", "9,870 candidates from 29 schools whose results are still withheld"), not in a clause of a place
    # or a time ("an 80 km stretch where a brown film still coats the banks")
    clause = _CLAUSE_OF_PLACE_OR_TIME.split(CLAUSE_BREAK.split(_after_the_figure(later), 1)[0], 1)[0]
    return bool(LocalContext.of(later).words & _STILL or _STILL.intersection(clause.lower().split()[:_PREDICATE_REACH]))


# How many words after a figure its clause's verb is read in.
_PREDICATE_REACH = 8
_CLAUSE_OF_PLACE_OR_TIME = re.compile(r"\b(?:where|when|while|as)\b", re.IGNORECASE)


_STILL = frozenset({"remain", "remains", "remained", "remaining", "still", "leaves", "keeps"})


def _lasted_the_days_between(earlier, later, days_between):
    """Whether a later, longer duration is the earlier one, told as still going on, grown by the days between the
    two reports: "a strike that has lasted 48 days" on the 18th, "a strike that lasted 51 days" on the 21st;
    "The lockout has now lasted four days", five days later "a nine-day lockout". (Not hours: a day between two
    reports says too little of the hours between them.)"""
    unit = earlier["figure"].get("unit")
    days = _DAYS_OF_A_DURATION.get(unit)
    if days is None or later["figure"].get("unit") != unit or days_between < 1 \
            or not _STILL_GOING_ON.search(earlier.get("sentence") or ""):
        return False
    grown = (later["figure"]["value"] - earlier["figure"]["value"]) * days
    return abs(grown - days_between) <= max(1.0, days / 2)


_DAYS_OF_A_DURATION = {"day": 1.0, "week": 7.0, "month": 30.4}
# What tells a duration of something still going on: "has lasted", "has now been", "now in its", "so far".
_STILL_GOING_ON = re.compile(r"\b(?:ha(?:s|ve) (?:now )?(?:lasted|been|gone on|run|stretched)|now in its|entered its|"
                             r"(?:days?|weeks?|months?) into|"  # "Three days into the recount"
                             r"so far|still|ongoing|continu(?:es|ing))\b", re.IGNORECASE)


def _preliminary_then_official(earlier, later):
    """Whether an early count is followed by the official one: "71.3%, according to a quick count", then
    "Official turnout was 68.8%"; a provisional tally is meant to be replaced. A count told as partial ("turnout
    at 61% as of 4pm", "leading by 3,870 votes, with 48 of the 52 polling streams counted", "early returns showed
    59.92 percent") is replaced by any later report; any count by a final one within a recount's reach ("publishing
    final figures that put turnout at 26.6 per cent" after 26.4)."""
    sentence, later_sentence = earlier.get("sentence") or "", later.get("sentence") or ""
    return bool(_PARTIAL_COUNT.search(sentence)
                or _PRELIMINARY.search(sentence) and _OFFICIAL.search(later_sentence)
                or _FINAL_COUNT.search(later_sentence) and not _OFFICIAL.search(sentence)
                and _within_a_recount(earlier["figure"], later["figure"]))


def _within_a_recount(earlier, later):
    """Whether a final figure is near enough an earlier one to be its recount: counting late ballots or
    checking a tally moves it by a few per cent; a "final tally" of 47 houses after "about 60" is another count."""
    first, second = abs(base_value(earlier)), abs(base_value(later))
    return abs(first - second) <= RECOUNT_MAX_RELATIVE * max(first, second)


_PRELIMINARY = re.compile(r"\b(?:preliminary|provisional|quick count|partial (?:count|results?|tally)|early results|"
                          r"unofficial)\b", re.IGNORECASE)
_OFFICIAL = re.compile(r"\b(?:official|final|certified|declared)\b", re.IGNORECASE)
_PARTIAL_COUNT = re.compile(r"\bas of \d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b|p\.?m\b)|"
                            r"\bearly (?:returns|count(?:ing)?)\b|\bstill to (?:report|be counted)\b|"
                            r"\b(?:ballots|votes) counted\b|"
                            r"\bwith \d+ of (?:the |all )?\d+ [\w ]{0,30}?(?:counted|reporting|declared)\b",
                            re.IGNORECASE)


def _an_offer_then_the_deal(earlier, later):
    """Whether an earlier figure is an offer a negotiation started from or turned down ("rejected an opening offer of
    €10 million", "rejected an offer of wage increases totalling 14.5 per cent") and a later, higher one is no such
    offer but what was agreed ("a fixed fee of €12 million", "the deal includes wage increases of 17 per cent"): a
    negotiation moved, no outlet erred. What one outlet says was offered and another says was offered still
    disagree ("has offered 6%", "its offer of 8 percent")."""
    return base_value(later["figure"]) > base_value(earlier["figure"]) and _told_as_an_offer(earlier) \
        and not _told_as_an_offer(later)


def _told_as_an_offer(claim):
    return _OFFER.search(_clause_before(claim)) is not None


# an offer told as one a negotiation starts from or turned down: "rejected an opening offer of"
_OFFER = re.compile(r"\b(?:rejected|rebuffed|turned down|opening|initial|first|original)\b[\w' ]{0,30}?\b"
                    r"(?:offer|bid)\b", re.IGNORECASE)


def _a_level_on_other_days(earlier, later):
    """Whether two reports give a level that moves by the hour (a share price, vessels waiting, homes without
    power, a fire's containment) on days they name and that differ: "63 tows waiting ... on Thursday
    morning", the next day "More than 80 tows were waiting to pass on Friday morning"."""
    if not (_a_level(earlier) and _a_level(later)):
        return False
    if _SHARE_PRICE.search(earlier.get("sentence") or "") and _SHARE_PRICE.search(later.get("sentence") or ""):
        return True  # "jumped 27% to 1,108 pesos in early trading", days later "closed on Wednesday at 1,131 pesos"
    days_earlier, days_later = _days_named(earlier), _days_named(later)
    if _SHARE_MOVE.search(_clause_before(earlier)) and _SHARE_MOVE.search(_clause_before(later)):
        # "shares closed up 3.2 per cent", days later "shares have risen 5.8% since the deal was announced": a
        # day's move and one since an event are moves over different spans; two days' moves are one move only
        # on a day both name (a move dated to no day is of the day it is reported)
        since_earlier, since_later = (_SINCE.search(claim.get("sentence") or "") is not None
                                      for claim in (earlier, later))
        if since_earlier != since_later:
            return True
        if (_INTRADAY.search(earlier.get("sentence") or "") is None) != \
                (_INTRADAY.search(later.get("sentence") or "") is None):
            return True  # "down 38% at midday", then "closed down 41%": two moments of one day's trading
        return not since_earlier and not ((days_earlier or {publication_day(earlier)})
                                          & (days_later or {publication_day(later)}))
    return bool(days_earlier and days_later) and not days_earlier & days_later


def _a_level(claim):
    """Whether a figure's sentence tells of a level (``_LEVEL``), or the figure is what a quantity moved to
    ("The lake fell to 65 centimetres on Friday")."""
    return _LEVEL.search(claim.get("sentence") or "") is not None \
        or _MOVED_TO.search(_clause_before(claim)) is not None


_MOVED_TO = re.compile(r"\b(?:fell|fallen|dropped|dipped|sank|slipped|eased|rose|risen|climbed) to\s*$")


def _told_of_the_same_days(earlier, later):
    """Whether two reports date their counts to the same days ("1,100 people were evacuated on Monday", the
    next day "2,400 people were evacuated ... on Monday"): counts of one moment, which cannot have grown
    between the reports, unless the later one says so ("has risen to 17" since "Thursday night's leak", "261 cases
    have been recorded so far")."""
    days_earlier = _days_named(earlier)
    if not days_earlier or days_earlier != _days_named(later):
        return False
    local_later = LocalContext.of(later)
    return not (local_later.moved_up or local_later.so_far)


def _days_named(claim):
    """The dates of the weekdays a claim's sentence names, each the latest such day up to its publication, and
    of the dates it writes ("in the week to June 1", "on 14 September"), in the year before it if later."""
    published = publication_day(claim)
    if published is None:
        return frozenset()
    sentence = claim.get("sentence") or ""
    days = {published - timedelta(days=(published.weekday() - WEEKDAYS.index(match.group(1).lower())) % 7)
            for match in _WEEKDAY.finditer(sentence) if not _AN_EVENT_BEGAN.search(sentence, 0, match.start())}
    for match in _DATE.finditer(sentence):
        month = _MONTHS.index(match.group("month") or match.group("month_after")) + 1
        day_of_month = int(match.group("day") or match.group("day_before"))
        year = int(match.group("year") or published.year)
        try:
            day = date(year, month, day_of_month)
            if not match.group("year") and day > published + timedelta(days=1):
                day = date(year - 1, month, day_of_month)
        except ValueError:
            continue  # no such day ("February 30")
        days.add(day)
    return frozenset(days)


_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
# The day an event began, which dates the event and no count of it: "the wildfire that broke out on Monday has been
# blamed for four deaths".
_AN_EVENT_BEGAN = re.compile(r"\b(?:broke out|began|started|erupted) (?:on |early |late )?$", re.IGNORECASE)
# Levels read at a moment, which a story's days move up and down.
# A share's price at some moment of trading: "Shares in Fiordo Austral jumped 27% to 1,108 pesos in early trading",
# "Shares in the company closed on Wednesday at 1,131 pesos".
_SHARE_PRICE = re.compile(r"\b(?:[Ss]hares|[Ss]tock)\b(?:[^.;]|\.(?=\d)){0,90}"
                          r"\b(?:closed|closing|opened|opening|trading|traded|ended)\b|"
                          # "closed its first day ... at 509.60 crowns a share"
                          r"\b(?:closed|opened|ended)\b(?:[^.;]|\.(?=\d)){0,80}\b(?:a|per) share\b")
# A share's move, in the words before the figure: "Vantrell shares closed up", "Haneul Soft's shares have lost".
_SHARE_MOVE = re.compile(r"\b(?:[Ss]hares|[Ss]tock)\b(?: \w+){0,3} (?:rose|risen|fell|fallen|lost|gained|jumped|slid|"
                         r"dropped|climbed|surged|tumbled|plunged|sank|sunk|shed|added|closed (?:up|down)|"
                         r"(?:were|was|are|is|traded|trading) (?:up|down))\b")
# A moment inside a day's trading: "down 38% at midday", "up 27% in early trading", "was last up 58 per cent".
_INTRADAY = re.compile(r"\b(?:at midday|at noon|in (?:early|morning|afternoon|late|midday|intraday) (?:trading|trade|"
                       r"deals)|intraday|at one point|(?:was|were) last)\b", re.IGNORECASE)
_LEVEL = re.compile(r"\b(?:waiting|without power|contained|shares?|stocks?|prices?|priced|closed at|closing at|traded|"
                    r"(?:is|was|were|are|now) at|"
                    r"trading|market value|market capitali[sz]ation|queued?|queues|in (?:the )?hospital|"
                    r"hospitali[sz]ed|capacity|stood at|levels?|"
                    # what is running again while repairs go on: "Ten of the farm's 28 turbines were back in operation
                    # by Tuesday evening", "Nineteen of the 28 turbines were turning again on Thursday"
                    r"back in (?:operation|service)|back online|out of service|(?:turning|running) again)\b",
                    re.IGNORECASE)


def _one_change_told_twice(earlier, later):
    """Whether two figures are the ends of changes from one starting value: "from $44,500 to $46,000" and
    "rises to $48,000 from $44,500", "to 180 soles from 152 soles" and "190 soles, up from 152" tell one
    change two ways, not a change that grew."""
    fig_a, fig_b = earlier["figure"], later["figure"]
    if fig_a.get("role") != "to" or fig_b.get("role") != "to" or not fig_a.get("linked") or not fig_b.get("linked"):
        return False
    return _number_as_written(fig_a["linked"]) == _number_as_written(fig_b["linked"])


def _number_as_written(text):
    """The digits and scale of a figure's text, its currency and unit set aside: "$44,500" and "44,500
    dollars" are ("44500", ""); "$1.2 million" ("1.2", "million") stays apart from "$1.2bn"."""
    match = _DIGITS_AND_SCALE.search(text)
    if match is None:
        return text.lower(), ""
    scale = (match.group(2) or "").lower()
    return match.group(1).replace(",", ""), _SCALE_SPELLED.get(scale, scale)


_DIGITS_AND_SCALE = re.compile(r"(\d[\d,.]*)\s*(million|billion|trillion|thousand|crore|lakh|bn|mn|m|k)?\b",
                               re.IGNORECASE)
_SCALE_SPELLED = {"bn": "billion", "mn": "million", "m": "million", "k": "thousand"}


# Not every word of a plan: "planned operations" are scheduled ones, and "needs 11,500 signatures" may be met.
_PROMISED = frozenset({"promised", "pledged", "promise", "promises", "pledge", "pledges"})


def _of_a_closed_period(claim):
    """Whether a figure is told of a period already over: "last year", "in the last financial year", "in
    2021" (a year before the report's own); not "the most since 1998"."""
    sentence, at = _in_its_sentence(claim)
    if at < 0:
        return False
    text = claim["text"]
    day = publication_day(claim)
    for reach in marker_reach(sentence[:at], sentence[at + len(text):], claim["figure"].get("linked")):
        if _CLOSED_PERIOD.search(reach):
            return True
        if day is not None and any(int(match.group(1)) < day.year and _of_the_count(reach, match)
                                   for match in _YEAR_IN.finditer(reach)):
            return True  # "in 2021"; not "the most since it began keeping count in 1998"
        if day is not None and any(_MONTHS.index(match.group(1)) + 1 < day.month and _of_the_count(reach, match)
                                   for match in _MONTH_IN.finditer(reach)):
            return True  # "served 18,400 people in October", told in November; not "since the season opened in July"
    return False


def _of_the_count(reach, match):
    """Whether a year or month near a figure dates what it counts, not when counting began ("since ... in 1998")
    or when the figure was told ("the NZ$298 million figure given to councillors in May")."""
    return "since" not in reach[:match.start()] and not _TOLD_BEFORE.search(reach, 0, match.start())


_TOLD_BEFORE = re.compile(r"\b(?:figure|estimate|forecast|number|count) (?:\w+ )?(?:given|announced|released|published|"
                          r"presented|issued|reported|disclosed)\b", re.IGNORECASE)


# A period already over that a count was told of. Narrower than measure's markers of an earlier period:
# "last week" and "last month" may still be the story's own time, and "last year's record" names no period
# the count covers.
_CLOSED_PERIOD = re.compile(r"(?<!since )\b(?:the )?(?:last|previous|prior|preceding) (?:financial |fiscal |calendar )?"
                            r"(?:year|season|quarter)\b(?!['’])", re.IGNORECASE)
# A count told as final: "the final tally stood at 612,400".
_FINAL_COUNT = re.compile(r"\bfinal (?:tally|count|total|figures?|results?|turnout)\b|"
                          r"\bcertified (?:final |official )?(?:figures|results?|count|tally)\b", re.IGNORECASE)
_YEAR_IN = re.compile(r"\b(?:in|during) ((?:19|20)\d\d)\b")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
# A date written out: "June 1", "14 September", "June 1, 2024", "14 September 2024".
_DATE = re.compile(r"\b(?:(?P<month>" + "|".join(_MONTHS) + r") (?P<day>[1-9]|[12]\d|3[01])\b|"
                   r"(?P<day_before>[1-9]|[12]\d|3[01]) (?P<month_after>" + "|".join(_MONTHS) + r")\b)"
                   r"(?:,? (?P<year>(?:19|20)\d\d)\b)?")
_MONTH_IN = re.compile(r"\b(?:in|during|for|throughout) (" + "|".join(_MONTHS) + r")\b(?! \d)")
# A move over the span since an event: "since the ruling", "since Monday"; not "their steepest fall since March
# 2020", nor "has recovered only slightly since."
_SINCE = re.compile(r"\bsince (?!(?:" + "|".join(_MONTHS) + r")\b|\d)\w")


def _is_cumulative(claim):
    # Read in the clause around the number, by word form: a subject gathers words from the whole sentence
    # ("passes, which sold for $329, will receive $175 back"), and a stem takes a noun for the verb ("The
    # 1,040-foot ship" is not "shipped", bridge tolls are no death toll).
    # A part of a group ("Six of the injured were in critical condition") counts a state within it, which
    # does not only grow as the group does; the group a part is out of ("cases reported in six of the LGA's 13
    # wards") does not grow as the part does.
    local, unit = LocalContext.of(claim), claim["figure"].get("unit")
    if local.is_part or local.is_whole or unit in DURATIONS:
        return False  # (how long a fire burned is no count of what burned; ``_lasted_the_days_between``)
    if unit == "%":  # only a share that work has reached grows: "38% complete", "harvested 52% of its sown area"
        return bool(local.words & _PROGRESS)
    if unit_family(unit) == "length" and _A_DISTANCE_AWAY.match(_after_the_figure(claim)):
        return False  # where something is ("just 12 kilometres from the border") does not grow with what was found
    forms = local.words & _CUMULATIVE_FORMS
    if forms & TOLL_WORDS and names_a_road_toll(claim.get("sentence") or ""):
        forms -= TOLL_WORDS  # "17 toll stations": no death toll
    if is_money(unit):
        forms -= _MONEY_TOTALS  # "sold $412 million of bonds" is one sale, not a running total
    if "signed" in forms and _SIGNED_A_DEAL.search(claim.get("sentence") or ""):
        forms -= {"signed"}  # "signed a protocol with seven lenders": one deal, no petition filling up
    if "sold" in forms and not _SOLD_AS_A_COUNT.search(claim.get("sentence") or ""):
        forms -= {"sold"}  # "recall 182,000 battery packs sold in South Korea": what was sold, not sales running on
    return bool(forms) or local.measure in _GROWING \
        or unit_family(unit) == "person" and _TAKEN_TO_HOSPITAL.search(claim.get("sentence") or "") is not None


# People taken to hospital are counted as they arrive: "Twelve people have been taken to hospital", "sent 17 people
# to the hospital".
_TAKEN_TO_HOSPITAL = re.compile(r"\b(?:taken|sent|send|sending|rushed|admitted|brought|flown|airlifted)\b[^.;]{0,40}?"
                                r"\bto (?:the |a |local |nearby )?hospitals?\b")


# A length that tells where something is: "12 kilometres from the border", "3 miles away", "40 km north of".
_A_DISTANCE_AWAY = re.compile(r"\W*(?:[\w-]+\s+)?(?:from|away|off|outside|inland|offshore|upstream|downstream|"
                              r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?\s+of)\b", re.IGNORECASE)


def _after_the_figure(claim):
    sentence, at = _in_its_sentence(claim)
    return sentence[at + len(claim.get("text") or ""):] if at >= 0 else ""


# Sales told as a count: "has sold 1.2 million tickets", "sold about 500", "were sold last week".
_SOLD_AS_A_COUNT = re.compile(r"\b(?:has|have|had|was|were|been|be|is|are)\s+(?:\w+\s+)?sold\b|"
                              r"\bsold\s+(?:(?:about|around|some|nearly|almost|over|more than|an estimated)\s+)?\d",
                              re.IGNORECASE)


# A share that grows as work goes on ("power had been restored to 60% of consumers", "contained", "with 80% of
# votes counted"); any other share of a group ("70 per cent of the dead animals were adult females", "cut dengue
# cases by 71 per cent") is no running count.
_PROGRESS = frozenset({"restored", "contained", "containment", "vaccinated", "counted", "completed", "complete",
                       "reporting", "reconnected", "repaired", "built", "harvested", "sown", "planted"})
# Words of what happens as a rule, which does not grow as a story unfolds: "a festival that usually draws about
# 8,000 visitors".
_HABITUAL = frozenset({"usually", "typically", "normally", "ordinarily", "generally", "regularly", "traditionally"})
# Money sold, collected or signed for is one sale, deal or a period's total ("collected a record $412.6
# million in taxes in the fiscal year", "signed ... covering €127 million"); a running sum says so ("has
# collected $2 million so far").
_MONEY_TOTALS = frozenset({"sold", "collected", "signed"})
_SIGNED_A_DEAL = re.compile(r"\bsigned (?:a|an)\b")
# Kinds of count that only grow as a story unfolds (a death toll, homes destroyed, arrests).
_GROWING = frozenset({"deaths", "injuries", "arrests", "damaged", "destroyed", "breached"})


def _difference(fig_a, fig_b):
    """The gap, in the first figure's unit."""
    value_a = float(fig_a["value"])
    value_b = from_base_unit(to_base_unit(fig_b["value"], fig_b.get("unit")), fig_a.get("unit"))
    absolute = abs(value_a - value_b)
    largest = max(abs(value_a), abs(value_b))
    relative = absolute / largest if largest else 0.0
    return {"absolute": _plain_number(absolute), "relative": round(relative, 4)}


def _plain_number(value):
    return int(value) if float(value).is_integer() else round(value, 6)


def _reason(claim_a, claim_b, kind, difference):
    fig_a, fig_b = claim_a["figure"], claim_b["figure"]
    if kind == "update":
        return "different_date"
    unit_a, unit_b = fig_a.get("unit"), fig_b.get("unit")
    if not same_scale(unit_a, unit_b) and not written_alike(unit_a, unit_b) or currency_slip_of(fig_a, fig_b) \
            or period_slip(claim_a, claim_b):
        return "unit"  # "1,200 feet" against "366 meters": check the conversion first; "46 million pesos"
        # against "46 million dollars": the currency; "$9 million a week" against "$9 million a day": the period
    value_a, value_b = abs(float(fig_a["value"])), abs(float(fig_b["value"]))
    if value_a and value_b:
        ratio = math.log10(max(value_a, value_b) / min(value_a, value_b))
        if abs(ratio - round(ratio)) < 1e-6 and round(ratio) >= 1:
            return "scale"
    roles = {fig_a.get("role"), fig_b.get("role")}
    if "part" in roles and "total" in roles:
        return "total_vs_part"
    forecast_a = bool(SubjectTerms.of(claim_a).words & _FORECAST_WORDS)
    forecast_b = bool(SubjectTerms.of(claim_b).words & _FORECAST_WORDS)
    if forecast_a != forecast_b:
        return "target_vs_actual"
    if difference["relative"] <= 0.05 and not is_reading(unit_a):  # (46.2 and 48 degrees: 1.8 degrees apart)
        return "rounding"
    day_a, day_b = publication_day(claim_a), publication_day(claim_b)
    if day_a and day_b and day_a != day_b and (_is_cumulative(claim_a) or _is_cumulative(claim_b)):
        return "different_date"
    return "unexplained"


def scale_slip_of(value_a, value_b):
    """True when two values have the same significant digits, at least two of them, at different
    powers of ten ("$13 billion" and "$1.3 billion", "$18m" and "$1.8 million"), as a slipped decimal
    point or a million read as a billion gives; round numbers ("10" and "100") are not slips. The more
    precise value counts rounded to the other's digits ("€3.4bn" and "342 million euros")."""
    digits_a, digits_b = significant_digits(value_a), significant_digits(value_b)
    fewer, more = sorted((digits_a, digits_b), key=len)
    if len(fewer) < 2 or not float(value_a) or not float(value_b) \
            or round(float("0." + more) * 10 ** len(fewer)) != int(fewer):
        return False
    return abs(math.log10(abs(float(value_a)) / abs(float(value_b)))) > 0.5


def round_scale_slip_of(value_a, value_b):
    """True when two values of one significant digit differ by a power of ten up to a thousand ("£4 million"
    and "£400,000", "0.6" and "6")."""
    digits_a, digits_b = significant_digits(value_a), significant_digits(value_b)
    if len(digits_a) != 1 or digits_a != digits_b or not value_a or not value_b:
        return False
    ratio = abs(math.log10(abs(float(value_a)) / abs(float(value_b))))
    return 0.5 < ratio < 3.5


def currency_slip_of(figure_a, figure_b):
    """True for one amount written in two currencies ("46 million pesos" and "46 million dollars", "SAR5.6bn"
    and "$5.6 billion"): outlets converting an amount do not land on the same number; a slip of the
    currency does. Not for two currencies written alike ("$186,000" read as US dollars in one article and
    Canadian in another)."""
    unit_a, unit_b = figure_a.get("unit"), figure_b.get("unit")
    return unit_a != unit_b and is_money(unit_a) and is_money(unit_b) and figure_a["value"] == figure_b["value"] \
        and (not written_alike(unit_a, unit_b) or _names_its_dollar(figure_a) and _names_its_dollar(figure_b))


def _names_its_dollar(figure):
    """Whether an amount says which of the currencies written alike it is in ("S$4.6 billion", "US$4.6 billion",
    "SGD 4.6 billion"), where a bare "$" leaves it to the article."""
    return _NAMED_DOLLAR.search(figure.get("raw") or "") is not None


_NAMED_DOLLAR = re.compile(r"\b[A-Z]{1,3}\$|\b[A-Z]{3}\b")


def written_alike(unit_a, unit_b):
    """True for two currencies an article may write alike ("pesos" read as Argentine in one article and
    Mexican in another, "$" as US and Canadian): one unit as far as the figures' words go."""
    return unit_a is not None and unit_b in WRITTEN_ALIKE.get(unit_a, ())


def exact_digits_swapped(figure_a, figure_b):
    """True when two figures differ by two digits swapped ("18,420" and "18,240"; "up to 8.6" and "6.8", a
    bound and the reading it was given by; "about 264,000" and "some 246,000"): however close, one of them
    is a misprint, not the same number rounded (no rounding swaps digits), nor a value within the other's
    bound. Not for a range, whose value is one of its ends."""
    return "range" not in (figure_a.get("qualifier"), figure_b.get("qualifier")) \
        and transposed_digits(figure_a["value"], figure_b["value"])


def transposed_digits(value_a, value_b):
    """True when two values differ by two digits swapped ("527.4" and "572.4", "241" and "214", a zero too:
    "301,000" and "310,000"), not by any reordering ("274,100" and "217,400" are two prices)."""
    if _magnitude(value_a) != _magnitude(value_b):
        return False
    digits_a, digits_b = significant_digits(value_a), significant_digits(value_b)
    width = max(len(digits_a), len(digits_b))
    digits_a, digits_b = digits_a.ljust(width, "0"), digits_b.ljust(width, "0")
    return sum(1 for digit_a, digit_b in zip(digits_a, digits_b) if digit_a != digit_b) == 2 \
        and sorted(digits_a) == sorted(digits_b)


def _misprinted(earlier, later):
    """Whether a later report's value looks like the earlier one misprinted (``misprint_of``). A rough
    earlier figure, or a count, that the later report says has risen since ("about 1,200", then "has risen to
    2,100"; "12 people were injured", then "has risen to 21") or brought up to a running total ("23 people were
    arrested", then "bringing the number arrested since Monday to 32"), or a floor it says was raised, was no
    figure to copy."""
    if not misprint_of(earlier["figure"]["value"], later["figure"]["value"]) \
            and not _unit_slipped_a_power_of_ten(earlier["figure"], later["figure"]):
        return False
    later_context = LocalContext.of(later)
    # (a sum "has risen to" may be against a first budget, not the last report: "Costs have risen to £587m, up
    # from the £412m set at final business case", after "£578 million")
    return not ((earlier["figure"].get("qualifier") == "approximate" or is_count(later["figure"].get("unit")))
                and (later_context.moved_up_since_last_report or later_context.moved_up and later_context.so_far)
                # a floor the later report says was raised ("killing at least 11", "raised the death toll to 41")
                or is_floor(earlier["figure"]) and later_context.moved_up)


def _unit_slipped_a_power_of_ten(figure_a, figure_b):
    """True for one amount in two units of a kind whose digits agree at another power of ten ("around 400
    gigabytes" and "four terabytes"): a unit written wrong, not an amount that grew tenfold."""
    if figure_a.get("unit") == figure_b.get("unit"):
        return False
    value_a, value_b = base_value(figure_a), base_value(figure_b)
    return value_a != value_b and (scale_slip_of(value_a, value_b) or round_scale_slip_of(value_a, value_b))


def misprint_of(value_a, value_b):
    """True when two values look like one misprinted: two digits swapped ("£578 million" and "£587m"), the
    same digits at another power of ten ("£41m" and "410 million pounds"), another first digit ("48%"
    and "58 per cent", where a count that grew would have moved its last digits), or a leading digit lost
    from a number of several digits ("412" and "1,412"; not "5" and "15")."""
    return transposed_digits(value_a, value_b) or scale_slip_of(value_a, value_b) or (
        one_digit_off(value_a, value_b) and significant_digits(value_a)[0] != significant_digits(value_b)[0]) or (
        leading_digit_dropped(value_a, value_b)
        and len(significant_digits(min(abs(float(value_a)), abs(float(value_b))))) >= 2)


def leading_digit_dropped(value_a, value_b):
    """True when one value is the other without its leading digit ("160" and "60", "14.5 million" and "4.5
    million", "195" and "95"): a digit lost at the keyboard or in the layout."""
    low, high = sorted((abs(float(value_a)), abs(float(value_b))))
    if not low:
        return False
    lead = 10 ** math.floor(math.log10(high))
    return math.isclose(high - (high // lead) * lead, low, rel_tol=1e-9) and high / low < 20


def one_digit_off(value_a, value_b):
    """True when two values of two or more significant digits differ in one digit only ("3.8%" and "2.8%",
    "1,450" and "1,950"): a slip of a key or of the eye."""
    return _digits_differing(value_a, value_b) == 1


def _digits_differing(value_a, value_b):
    """In how many places the significant digits of two values of one magnitude and length differ (0 when
    they are not comparable that way)."""
    digits_a, digits_b = significant_digits(value_a), significant_digits(value_b)
    if len(digits_a) < 2 or len(digits_a) != len(digits_b) or _magnitude(value_a) != _magnitude(value_b):
        return 0
    return sum(1 for digit_a, digit_b in zip(digits_a, digits_b) if digit_a != digit_b)


def _magnitude(value):
    return f"{abs(float(value)):.6e}".split("e")[1]


@functools.lru_cache(maxsize=4096)
def significant_digits(value):
    return f"{abs(float(value)):.6e}".split("e")[0].replace(".", "").rstrip("0")
