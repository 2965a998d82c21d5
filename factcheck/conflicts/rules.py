"""Comparison rules: do two figure claims from different sources disagree about the same quantity?

Pure functions over claim dicts in the public shape (DESIGN.md); no search engine here. The service in
``factcheck.conflicts.detect`` fetches candidates from the index and asks ``compare`` about each pair.

A figure becomes an interval of values its words allow ("more than 9,000" is 9,000 and up, "about 7,000"
is 7,000 give or take, "1,800" may be a rounded 1,795). Two figures that measure the same thing conflict
when their intervals do not overlap; time then decides between a contradiction and an update.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from nltk.stem.porter import PorterStemmer

# How far a qualifier stretches a number. Reporters round: "about" means within roughly a tenth,
# "more than N" rarely means more than a quarter above N.
APPROXIMATE_SPREAD = 0.10
OPEN_BOUND_SPREAD = 0.25
NEARLY_SPREAD = 0.05
EXACT_RELATIVE_TOLERANCE = 0.005
ROUNDING_MAX_RELATIVE = 0.02

SUBJECT_OVERLAP_THRESHOLD = 0.34

_STEMMER = PorterStemmer()
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'\-]*")
_STOPWORDS = frozenset(
    """a an the of to in on at by for from with and or but as is are was were be been being has have had
    it its this that these those which who whom whose than then so such into over under about around
    nearly roughly approximately almost some more less least most only just up down out per each their
    there they them his her he she we our us you your i my me not no nor very also s""".split()
)
# Words that make a figure a plan or an authorisation rather than a count of what happened:
# "a planned 3,000 satellites" does not measure the same thing as "102 satellites in orbit".
_PLAN_WORDS = frozenset(
                        "planned plan plans target targeted goal aim aims authorized authorised proposed "
                        "intended pledged promised allowed permitted licensed".split())
# Words of a forecast: comparable with an actual figure, and the likely cause when they differ.
_FORECAST_WORDS = frozenset(
                            "expected projected estimated forecast predicted anticipated "
                            "could would will".split())
# Counts that only grow as a story unfolds: a later, higher figure is an update, not a contradiction.
_CUMULATIVE_WORDS = frozenset(_STEMMER.stem(w) for w in
                              "launched placed burned burnt scorched destroyed damaged killed dead deaths "
                              "died injured wounded evacuated displaced missing arrested detained "
                              "confirmed cases infected vaccinated recovered rescued sold delivered "
                              "shipped tally toll far date cumulative reached collected "
                              "donated signed registered".split())
_UNNAMED_MEASURE_UNITS = frozenset({"%", "percentage point", "point"})

# What a count of people or things measures, named by the verb or noun next to the number: "killing at
# least 48 people and injuring more than 300" gives a death count and an injury count, which a shared
# subject ("earthquake", "people") must not make comparable.
_MEASURE_FAMILIES = {
    family: frozenset(_STEMMER.stem(word) for word in words.split())
    for family, words in {
        "deaths": "killed killing kill dead death deaths died die fatalities fatality toll lives",
        "injuries": "injured injuring injuries injury wounded wounding hurt",
        "missing": "missing unaccounted",
        "displaced": "evacuated evacuating evacuees displaced homeless sheltered shelters",
        "arrests": "arrested arrests detained detentions charged",
        "rescued": "rescued rescuers survivors pulled saved",
        "damaged": "damaged damaging",
        "destroyed": "destroyed destroying razed leveled levelled flattened",
    }.items()
}
_FAMILY_OF_STEM = {stem: family for family, stems in _MEASURE_FAMILIES.items() for stem in stems}
# How far from the number the word that names its measure may stand, in words.
_MEASURE_WORD_REACH_LEFT = 12
_MEASURE_WORD_REACH_RIGHT = 4
_CLAUSE_BREAK = re.compile(r"[;:()]|\bbut\b|\bwhile\b|\bwhereas\b")


def _roles_comparable(role_a, role_b):
    """The starting value of a change ("from $900 million") and a change itself ("up 12%") only compare
    with their own kind; every other role ("to", "part", none) compares with the rest."""
    for special in ("from", "change"):
        if (role_a == special) != (role_b == special):
            return False
    return True


@dataclass(frozen=True)
class Verdict:
    """Why two figures disagree: kind, likely cause, size of the gap, and a sentence for a fact-checker."""

    kind: str
    reason: str
    difference: dict
    explanation: str


@dataclass(frozen=True)
class SubjectTerms:
    """The comparable words of a figure: stems of its subject, its lowercased words (for the plan and
    forecast markers, which stemming would confuse with names: "projected" and "Project Kuiper"), the
    entities (capitalised words) in it and the stems of its ordinary, lowercase words."""

    stems: frozenset
    words: frozenset
    entities: frozenset
    common: frozenset
    lead_name: str | None

    @classmethod
    def of(cls, claim):
        figure = claim.get("figure") or {}
        subject = figure.get("subject") or ""
        words = [word[:-2] if word.endswith("'s") else word for word in _WORD.findall(subject) if len(word) > 1]
        unit = (figure.get("unit") or "").lower()
        stems = frozenset(
            _STEMMER.stem(word.lower()) for word in words
            if word.lower() not in _STOPWORDS and word.lower() != unit
        )
        names = [_STEMMER.stem(word.lower()) for position, word in enumerate(words)
                 if word[0].isupper() and word.lower() not in _STOPWORDS
                 and (position > 0 or _first_word_is_a_name(word))]
        lowered = frozenset(word.lower() for word in words if not word[0].isupper())
        stems = stems - {_STEMMER.stem(unit)} if unit else stems
        common = frozenset(_STEMMER.stem(word) for word in lowered if word not in _STOPWORDS) & stems
        return cls(stems, lowered, frozenset(names), common, names[0] if names else None)


# Capitalised words that start a subject as ordinary words do a sentence ("Officials", "Daily
# ridership"); any other capitalised first word is taken for a name ("Kuiper satellites").
_COMMON_LEADING_WORDS = frozenset("""
    officials official lawmakers legislators authorities police officers residents critics analysts experts
    economists investors voters workers employees staff rescuers firefighters crews doctors nurses
    patients students teachers parents people families researchers scientists regulators prosecutors
    investigators witnesses survivors victims riders passengers customers consumers shoppers farmers
    companies company government administration ministry agency department council board committee
    congress parliament court city county state country region daily weekly monthly annual yearly total
    overall average new last first second third next more most less fewer some many several about nearly
    roughly almost only over under up down sales revenue profit costs cost prices price spending budget
    funding shares stocks rates rate fares fare ridership turnout support demand output exports imports
    """.split())


def _first_word_is_a_name(word):
    if any(letter.isupper() for letter in word[1:]):
        return True  # written like a name: SpaceX, McDonald, NASA
    return word.lower() not in _COMMON_LEADING_WORDS and word.lower() not in _STOPWORDS


def figure_interval(figure):
    """The (low, high) values a figure's words allow, after its qualifier and the rounding of its digits."""
    value = float(figure["value"])
    qualifier = figure.get("qualifier") or "exact"
    magnitude = abs(value)
    if qualifier == "range":
        low = figure.get("low")
        high = figure.get("high")
        return (float(low) if low is not None else value, float(high) if high is not None else value)
    if qualifier == "approximate":
        return (value - APPROXIMATE_SPREAD * magnitude, value + APPROXIMATE_SPREAD * magnitude)
    if qualifier in ("more_than", "at_least"):
        return (value, value + OPEN_BOUND_SPREAD * magnitude)
    if qualifier in ("less_than", "at_most"):
        if _says_nearly(figure):
            return (value - NEARLY_SPREAD * magnitude, value)
        return (value - OPEN_BOUND_SPREAD * magnitude, value)
    tolerance = max(EXACT_RELATIVE_TOLERANCE * magnitude, rounding_tolerance(figure))
    return (value - tolerance, value + tolerance)


def _says_nearly(figure):
    raw = (figure.get("raw") or "").lower()
    return raw.startswith(("nearly", "almost", "just under", "close to"))


def rounding_tolerance(figure):
    """Half a step of the last significant digit a writer chose: "1,800" may stand for 1,795.

    Capped at a small share of the value, so "7,000" does not swallow "7,400".
    """
    value = abs(float(figure["value"]))
    if value == 0 or not float(value).is_integer():
        return 0.0
    digits = str(int(value))
    trailing_zeros = len(digits) - len(digits.rstrip("0"))
    if trailing_zeros == 0:
        return 0.0
    return min(0.5 * 10 ** trailing_zeros, ROUNDING_MAX_RELATIVE * value)


def intervals_overlap(first, second):
    """True when two (low, high) intervals share a value."""
    return first[0] <= second[1] and second[0] <= first[1]


def same_measure(claim_a, claim_b):
    """True when two figure claims measure the same quantity: unit, role, plan/actual and subject agree."""
    fig_a, fig_b = claim_a.get("figure") or {}, claim_b.get("figure") or {}
    if (fig_a.get("unit") or None) != (fig_b.get("unit") or None):
        return False
    if not _roles_comparable(fig_a.get("role"), fig_b.get("role")):
        return False
    terms_a, terms_b = SubjectTerms.of(claim_a), SubjectTerms.of(claim_b)
    if bool(terms_a.words & _PLAN_WORDS) != bool(terms_b.words & _PLAN_WORDS):
        return False
    # Both name something and share no name: "Starlink satellites" are not "Kuiper satellites".
    if terms_a.entities and terms_b.entities and not (
        terms_a.entities & terms_b.stems or terms_b.entities & terms_a.stems
    ):
        return False
    # The first names differ and neither is mentioned by the other: a shared place or a shared phrase
    # ("low Earth orbit") does not make "Kuiper satellites" comparable with "Starlink satellites".
    if terms_a.lead_name and terms_b.lead_name and terms_a.lead_name != terms_b.lead_name \
            and terms_a.lead_name not in terms_b.stems and terms_b.lead_name not in terms_a.stems:
        return False
    family_a, family_b = measure_family(claim_a), measure_family(claim_b)
    if family_a and family_b and family_a != family_b:
        return False
    # Where the unit does not name what is counted (money, percentages), a shared name is not enough:
    # "Golden Dome cost" and "Golden Dome interceptor grant" differ in what the ordinary words say.
    if fig_a.get("unit") in _UNNAMED_MEASURE_UNITS or fig_a.get("unit") is None or len(fig_a["unit"]) == 3 \
            and fig_a["unit"].isupper():
        if terms_a.common and terms_b.common and not terms_a.common & terms_b.common:
            return False
    return subject_overlap(terms_a, terms_b) >= SUBJECT_OVERLAP_THRESHOLD


def measure_family(claim):
    """The kind of count a figure is ("deaths", "injuries", "damaged", ...) from the nearest measure
    word around the number in its sentence (after it first, within a few words and before any comma:
    "84 people died"; then before it, within the clause: "injuring more than 300"), or None."""
    sentence, text = claim.get("sentence") or "", claim.get("text") or ""
    at = sentence.find(text) if text else -1
    if at < 0:
        return None
    after = _WORD.findall(re.split(r"[,;:()]", sentence[at + len(text):])[0])[:_MEASURE_WORD_REACH_RIGHT]
    before_text = _CLAUSE_BREAK.split(sentence[:at])[-1]
    before = _WORD.findall(before_text)[-_MEASURE_WORD_REACH_LEFT:]
    for word in [*after, *reversed(before)]:
        family = _FAMILY_OF_STEM.get(_STEMMER.stem(word.lower()))
        if family:
            return family
    return None


def subject_overlap(terms_a, terms_b):
    """Share of the smaller subject's words found in the other (0..1); entities count double."""
    if not terms_a.stems or not terms_b.stems:
        return 0.0
    names = terms_a.entities | terms_b.entities
    shared = terms_a.stems & terms_b.stems
    smaller = min(terms_a.stems, terms_b.stems, key=len)
    return min(1.0, (len(shared) + len(shared & names)) / (len(smaller) + len(smaller & names)))


def compare(claim_a, claim_b):
    """A ``Verdict`` when the two figure claims disagree, else None (not comparable, or compatible)."""
    if claim_a.get("type") != "figure" or claim_b.get("type") != "figure":
        return None
    if _norm(claim_a.get("source")) == _norm(claim_b.get("source")):
        return None
    if not same_measure(claim_a, claim_b):
        return None
    fig_a, fig_b = claim_a["figure"], claim_b["figure"]
    if intervals_overlap(figure_interval(fig_a), figure_interval(fig_b)):
        return None
    earlier, later = in_time_order(claim_a, claim_b)
    cumulative = _is_cumulative(claim_a) or _is_cumulative(claim_b)
    kind = "contradiction"
    earlier_day, later_day = publication_day(earlier), publication_day(later)
    if cumulative and earlier_day and later_day and earlier_day < later_day \
            and float(later["figure"]["value"]) > float(earlier["figure"]["value"]):
        kind = "update"
    difference = _difference(fig_a, fig_b)
    reason = _reason(claim_a, claim_b, kind, difference)
    return Verdict(kind, reason, difference, explain(earlier, later, kind, reason, difference))


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


def _is_cumulative(claim):
    return bool(SubjectTerms.of(claim).stems & _CUMULATIVE_WORDS)


def _difference(fig_a, fig_b):
    value_a, value_b = float(fig_a["value"]), float(fig_b["value"])
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
    if difference["relative"] <= 0.05:
        return "rounding"
    day_a, day_b = publication_day(claim_a), publication_day(claim_b)
    if day_a and day_b and day_a != day_b and (_is_cumulative(claim_a) or _is_cumulative(claim_b)):
        return "different_date"
    return "unexplained"


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


def explain(earlier, later, kind, reason, difference):
    """One paragraph a fact-checker can act on: who said what, when, in which sentence, how far apart,
    and where to look first."""
    unit = earlier["figure"].get("unit")
    subject = earlier["figure"].get("subject") or later["figure"].get("subject")
    about = f" about {subject}" if subject else ""
    gap = f"{format_quantity(difference['absolute'], unit)} ({difference['relative']:.0%})"
    if kind == "update":
        head = f"Update{about}: {_cite(earlier)} Later, {_cite(later)} The count rose by {gap}."
    else:
        head = f"Contradiction{about}: {_cite(earlier)} But {_cite(later)} They differ by {gap}."
    return f"{head} {_REASON_ADVICE[reason]}"


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
    """A number with its unit as a reader says it: "USD 4,500,000", "27%", "12,000 acres"."""
    number = _format_number(value)
    if not unit:
        return number
    if unit == "%":
        return f"{number}%"
    if len(unit) == 3 and unit.isupper():
        return f"{unit} {number}"
    return f"{number} {unit if float(value) == 1 else _plural(unit)}"


def _plural(noun):
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun == "person":
        return "people"
    return noun + "s"


_SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _format_number(value):
    value = float(value)
    for scale, word in _SCALE_WORDS:
        if abs(value) >= scale:
            return f"{value / scale:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{int(value):,}" if value.is_integer() else f"{value:,.2f}"
