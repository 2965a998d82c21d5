"""The explanation a fact-checker reads: who gave which number, when, in which sentence, how far
apart, and where to look first."""
from __future__ import annotations

from factcheck.conflicts.measure import base_value, period_slip, rate_period
from factcheck.extract.figures import ABBREVIATED_RATES, SCALE_BEFORE, UNIT_SYMBOLS

_REASON_ADVICE = {
    "scale": "The values differ by a power of ten: look for a misplaced decimal point or a million/billion slip.",
    "different_date": "The reports are from different days: check which count is current and whether the "
                      "later one corrects the earlier.",
    "total_vs_part": "One figure may be a total and the other a part of it: check what each counts.",
    "target_vs_actual": "One figure is a forecast or estimate and the other a reported amount: check which "
                        "is which.",
    "rounding": "The values are close: check whether one source rounded or used an older figure.",
    "unit": "The units differ: check the conversion.",
    "unexplained": "No obvious cause: check both against the primary source.",
}


def explain(earlier, later, kind, reason, difference, evidence=None):
    """One paragraph a fact-checker can act on: who said what, when, in which sentence, how far apart,
    why the two were taken for one quantity (``evidence``, when given), and where to look first."""
    unit = earlier["figure"].get("unit")
    subject = earlier["figure"].get("subject") or later["figure"].get("subject")
    about = f" about {subject}" if subject else ""
    # (a scale's gap is a number alone: "rose by 0.3", not "by magnitude 0.3")
    gap = f"{format_quantity(difference['absolute'], None if unit in _SCALES_BEFORE else unit)} " \
          f"({difference['relative']:.0%})"
    advice = _REASON_ADVICE[reason]
    if kind == "update":
        moved = "fell" if base_value(later["figure"]) < base_value(earlier["figure"]) else "rose"
        head = f"Update{about}: {_cite(earlier)} Later, {_cite(later)} The count {moved} by {gap}."
    elif reason == "unit" and period_slip(earlier, later):
        # "$9 million a week" and "$9 million a day": the amount kept, its period slipped
        head = (f"Contradiction{about}: {_cite(earlier)} But {_cite(later)} They give the amount per different "
                f"periods (a {rate_period(earlier)} and a {rate_period(later)}).")
        advice = _SLIPPED_PERIOD_ADVICE
    elif reason == "unit" and not difference["absolute"]:
        # "46 million pesos" and "46 million dollars": the number kept, its unit slipped
        head = (f"Contradiction{about}: {_cite(earlier)} But {_cite(later)} They give the same number in "
                f"different units ({unit} and {later['figure'].get('unit')}).")
        advice = _SLIPPED_UNIT_ADVICE
    else:
        head = f"Contradiction{about}: {_cite(earlier)} But {_cite(later)} They differ by {gap}."
    if evidence:
        head = f"{head} {evidence}"
    return f"{head} {advice}"


_SLIPPED_PERIOD_ADVICE = "One source may have written the wrong period: check which one the primary source uses."
_SLIPPED_UNIT_ADVICE = ("One source may have written the wrong unit or currency: check which one the primary source "
                        "uses.")


# What the pair model's features say, in a fact-checker's words (those that argue for one quantity).
_EVIDENCE = {
    "same_measure_kind": "both name the same kind of quantity",
    "mutual_best": "each is the other's closest figure in its article",
    "unaccounted_alternatives": "they are what is left of this unit once the figures that agree are paired",
    "few_alternatives": "their articles give few figures of this unit",
    "sentence_similarity": "their sentences share their telling words",
    "generic_sentence_similarity": "their sentences share their telling words",
    "near_similarity": "the words next to the numbers match",
    "local_similarity": "the words of their clauses match",
    "subject_overlap": "their subjects match",
    "word_before_same": "the word before the numbers is the same",
    "word_after_same": "the word after the numbers is the same",
    "transposed_digits": "the numbers have the same digits in another order, a common misprint",
    "scale_slip": "the numbers have the same digits at another scale, a common slip",
    "leading_digit_dropped": "one number is the other without its first digit, a common slip",
    "near_the_top": "both stand near the top of their articles, where a story's main figures go",
    "first_of_their_unit": "each is its article's first figure of this unit",
    "nearest_in_value": "no other figure of this unit in the other article comes nearer in value",
}
_EVIDENCE_SHOWN = 3


def evidence(probability, contributions):
    """Why two figures were taken for one quantity, from the pair model's strongest positive
    contributions (``PairModel.contributions``): "Taken for one quantity (87% confident): ..."."""
    reasons = list(dict.fromkeys(_EVIDENCE[name] for name, share in contributions if share > 0 and name in _EVIDENCE))
    if not reasons:
        return f"Taken for one quantity ({probability:.0%} confident)."
    return f"Taken for one quantity ({probability:.0%} confident): {'; '.join(reasons[:_EVIDENCE_SHOWN])}."


_SENTENCE_SHOWN = 240


def _cite(claim):
    figure = claim["figure"]
    when = f" ({str(claim['published_at'])[:10]})" if claim.get("published_at") else ""
    sentence = " ".join((claim.get("sentence") or "").split())
    if len(sentence) > _SENTENCE_SHOWN:
        sentence = sentence[:_SENTENCE_SHOWN - 1].rstrip() + "…"
    source = claim.get("source") or "an unnamed source"
    said = f"{source}{when} gives {format_quantity(figure['value'], figure.get('unit'))}"
    if not sentence:
        return f"{said}."
    # The quoted sentence closes the clause; add a full stop only where it has none of its own.
    stop = "" if sentence[-1] in ".!?…\"”'’" else "."
    return f"{said}: \"{sentence}{stop}\""


def format_quantity(value, unit):
    """A number with its unit as a reader says it: "USD 4,500,000", "27%", "12,000 acres", "magnitude 3.1",
    "46.2 degrees Celsius", "4.6 micrograms per gram", "80 km/h"."""
    money = bool(unit) and len(unit) == 3 and unit.isupper()
    number = _format_number(value, cents=money)
    if not unit:
        return number
    if unit == "%":
        return f"{number}%"
    if money or unit in _SCALES_BEFORE:
        return f"{unit} {number}"
    if unit.startswith("degree "):
        return f"{number} degrees {unit.split(' ', 1)[1].capitalize()}"
    if "/" in unit or unit in _ABBREVIATIONS:
        return f"{number} {unit}"
    counted, per, rest = unit.partition(" per ")
    return f"{number} {counted if float(value) == 1 else _plural(counted)}{per}{rest}"


# Scales read before the number ("magnitude 6.4"), and units written as abbreviations ("35 mph").
_SCALES_BEFORE = frozenset(SCALE_BEFORE.values())
_ABBREVIATIONS = frozenset(ABBREVIATED_RATES.values())


def _plural(noun):
    if noun in UNIT_SYMBOLS:
        return noun  # "120 MW"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun == "person":
        return "people"
    return noun + "s"


_SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _format_number(value, cents=False):
    """A number as written: "4.5 million", "12,000", "3.1"; an amount of money to the cent ("4.50")."""
    value = float(value)
    for scale, word in _SCALE_WORDS:
        if abs(value) >= scale:
            return f"{value / scale:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}" if cents else f"{value:,.3f}".rstrip("0")
