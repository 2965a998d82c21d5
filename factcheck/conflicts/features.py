"""What two figures from two articles have in common: the evidence the pair model weighs.

Whether "about 200 megawatts" in one outlet and "320 MW" in another are the same quantity cannot be
read off the pair alone: it depends on what else each article reports. An article with a single figure
in megawatts and another with a single figure in megawatts are very likely giving the same capacity; two
articles that each give three amounts of money need their words compared. So features are computed for
two articles at once (``ArticlePair``): word weights come from both articles' figure sentences (a
word every sentence of the story uses, such as the name of the wind farm, says little about which
quantity a figure is), and each pair is seen beside the other figures of the same unit family.

Pure functions over claim dicts in the public shape (DESIGN.md); no search engine here.
"""
from __future__ import annotations

import functools
import heapq
import math
import re
from collections import Counter
from dataclasses import dataclass

from factcheck.conflicts.measure import (
    SubjectTerms, base_value, content_stem, is_content_word, is_count, is_part_of_group, measure_clashes,
    same_measure_kind, same_scale, subject_overlap, time_markers, unit_family,
)
from factcheck.conflicts.rules import (
    currency_slip_of, interval_in_base_units, intervals_of_a_pair, intervals_overlap, is_ceiling, is_floor,
    leading_digit_dropped, one_digit_off, one_number_slipped, publication_day, round_scale_slip_of, scale_slip_of,
    transposed_digits, written_alike,
)
from factcheck.extract.figures import DURATIONS, counted_head, singular, unit_spellings
from factcheck.extract.measures import CLAUSE_BREAK, is_money

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\-])*")  # letters of any script: "Yıldızspor" is one word
# How many words of the clause around a number describe it ("will create 3,000 direct jobs").
_LOCAL_LEFT = 6
_LOCAL_RIGHT = 4
# Families of units that many different quantities of one story share (money, shares, people, time):
# for them the unit says little about which quantity a figure is.
_GENERIC_FAMILIES = frozenset({"%", "percentage point", "person", "time", None})
# A word seen in no figure sentence of either article weighs like one seen in a tenth of them.
_UNSEEN_WORD_SHARE = 0.1
# Value ratios beyond a thousandfold are all just "far apart".
_MAX_LOG_RATIO = 3.0
# News puts its main figures first: how far into an article (in characters) a figure still counts as near its
# top falls off with this scale.
_TOP_OF_THE_ARTICLE = 1000.0

# Words near a number that make it a limit or a threshold rather than a count ("the 50 mph limit",
# "the maximum authorized speed is 50 mph", "when it exceeds 28 degrees").
_LIMIT_WORDS = frozenset("limit limits maximum minimum max min cap caps capped ceiling threshold exceed exceeds "
                         "exceeded capacity allowed permitted authorized authorised".split())
# Words either side of a number, across clauses, that describe it ("241 passengers and 19 crew members
# aboard the ship": the clause ends at "and", the description does not).
_NEAR = 5

FEATURE_NAMES = (
    "unit_same", "unit_family_differs", "unit_missing", "unit_generic", "sentence_similarity", "local_similarity",
    "near_similarity", "generic_sentence_similarity",
    "subject_overlap", "word_before_same", "word_after_same", "same_measure_kind",
    *(f"clash_{name}" for name in ("span", "role", "plan", "predicate", "qualified", "names", "owner",
                                   "place", "rate", "period", "measure", "part", "limit", "year", "past",
                                   "modifier")),
    "years_disjoint",
    "few_alternatives", "best_for_one", "mutual_best", "agrees_elsewhere", "unaccounted_alternatives",
    "log_ratio_unless_scale", "scale_slip", "tenfold_slip", "thousandfold_slip", "round_scale_slip", "unit_slip",
    "transposed_digits", "one_digit_off", "leading_digit_dropped", "article_similarity",
    "near_the_top", "first_of_their_unit", "nearest_in_value",
)


@dataclass(frozen=True)
class FigureView:
    """One figure claim with what the features read from it, computed once."""

    claim: dict
    unit: str | None
    family: str | None
    sentence_terms: frozenset
    local_terms: frozenset
    near_terms: frozenset
    word_before: str | None
    word_after: str | None
    interval: tuple
    base_value: float
    is_part: bool
    is_limit: bool
    years: frozenset
    in_the_past: bool
    modifiers: frozenset

    @classmethod
    def of(cls, claim):
        """The view of a figure claim (public claim shape)."""
        figure = claim["figure"]
        published = publication_day(claim)
        return cls(claim, *_figure_facts(claim.get("sentence") or "", claim.get("text") or "",
                                         tuple(sorted(figure.items())), published.year if published else None))


# A new article's figures meet each related article's in turn, and a stored article meets every new one
# that relates to it: what a figure's words say is read once (the claim itself is not part of the key).
@functools.lru_cache(maxsize=4096)
def _figure_facts(sentence, text, figure_items, published_year):
    figure = dict(figure_items)
    unit = counted_head(figure.get("unit")) or None  # "crew member" and "crew" are both people
    at = sentence.find(text) if text else -1
    before, after = (sentence[:at], sentence[at + len(text):]) if at >= 0 else ("", "")
    left_clause, right_clause = CLAUSE_BREAK.split(before)[-1], CLAUSE_BREAK.split(after, 1)[0]
    left, right = _content_words(left_clause, right_clause, unit)
    near_left, near_right = _content_words(before, after, unit)
    # a limit in the number's own clause ("the 50 mph limit"), not the next one's ("53.2 per cent, clearing
    # the legal threshold")
    clause_words = _WORD.findall(left_clause)[-_NEAR:] + _WORD.findall(right_clause)[:_NEAR]
    in_clause = {word.lower() for word in clause_words}
    return (unit, unit_family(unit), _terms(sentence),
            frozenset(left[-_LOCAL_LEFT:] + right[:_LOCAL_RIGHT]),
            frozenset(near_left[-_NEAR:] + near_right[:_NEAR]),
            left[-1] if left else None, right[0] if right else None,
            interval_in_base_units(figure), base_value(figure),
            is_part_of_group(after, unit),
            bool(in_clause & _LIMIT_WORDS),
            *time_markers(before, after, figure.get("linked"), published_year),
            _modifiers(after, unit))


def comparable(first: FigureView, second: FigureView) -> bool:
    """True when two figures may be the same quantity as far as units go: a rival (``is_rival``), or
    two counts of things in different words, as outlets name one thing ("1,400 of its towers" and "4,100
    cell sites", "19 farms" and "27 sites"). People and times are counted so often that a count of them
    meets only its own family."""
    return is_rival(first, second) or _counts_of_things(first, second)


def _counts_of_things(first: FigureView, second: FigureView) -> bool:
    """Two counts of things (not of people or times), whatever their nouns. A rate ("0.18 bears per square
    kilometre") counts no things: it meets its own family only."""
    return is_count(first.unit) and is_count(second.unit) and not _generic(first.family) \
        and not _generic(second.family) and " per " not in first.unit and " per " not in second.unit


def is_rival(first: FigureView, second: FigureView) -> bool:
    """True when two figures count in one unit family, or one is a count whose noun was left out
    ("ambulances carried 62 to hospitals", "about 240 of them") and the other a count of things or
    people: the figures a pair's alternatives are counted among."""
    if first.family == second.family or written_alike(first.unit, second.unit):
        return True
    return (first.unit in _ANY_COUNT and is_count(second.unit)) or (second.unit in _ANY_COUNT and is_count(first.unit))


# Counted nouns that say nothing of what is counted: none, or "individuals" (of a species, a crowd, a dataset).
_ANY_COUNT = frozenset({None, "individual"})


def currency_slip(first: FigureView, second: FigureView) -> bool:
    """True for one amount written in two currencies (``rules.currency_slip_of``)."""
    return currency_slip_of(first.claim["figure"], second.claim["figure"])


def values_agree(first: FigureView, second: FigureView) -> bool:
    """True when the values two figures' words allow overlap (after qualifiers, rounding and units)."""
    if one_number_slipped(first.claim, second.claim):
        return False
    if first.unit != second.unit and not same_scale(first.unit, second.unit) \
            or is_ceiling(first.claim["figure"]) and is_ceiling(second.claim["figure"]) \
            or is_floor(first.claim["figure"]) and is_floor(second.claim["figure"]):
        return intervals_overlap(*intervals_of_a_pair(first.claim["figure"], second.claim["figure"]))
    return intervals_overlap(first.interval, second.interval)


@functools.lru_cache(maxsize=8192)
def _terms(text):
    return frozenset(content_stem(word) for word in _WORD.findall(text) if is_content_word(word))


def _modifiers(after, unit):
    """The words between a number and its counted noun: "nine [tank] cars", "250 [construction] jobs"."""
    if not unit:
        return frozenset()
    match = _BEFORE_NOUN.match(after)
    if not match:
        return frozenset()
    words = match.group(1).split()
    for position, word in enumerate(words):
        if singular(word) == unit or word.lower() == unit:
            modifiers = words[:position]
            # only words that describe the noun ("tank", "construction"); "of a planned 3,000" is no modifier
            if all(is_content_word(other) for other in modifiers):
                return frozenset(content_stem(other) for other in modifiers)
            return frozenset()
    return frozenset()


# Up to four words right after a number, letters and hyphens only (another number ends the run).
_BEFORE_NOUN = re.compile(r"((?:\s+[A-Za-z][A-Za-z'\-]*){1,4})")


def _content_words(before, after, unit):
    """The content words (as stems) of the text before and after a number, the unit's own word left
    out: "will create [3,000] direct jobs" -> (["creat"], ["direct"])."""
    unit_word = (unit or "").lower()
    left = [content_stem(word) for word in _WORD.findall(before) if is_content_word(word)]
    right = [content_stem(word) for word in _WORD.findall(after)
             if is_content_word(word) and singular(word) != unit_word and word.lower() != unit_word]
    return left, right


class ArticlePair:
    """The figures of two articles side by side, with word weights from both."""

    def __init__(self, figures_a, figures_b):
        self.first = [FigureView.of(claim) for claim in figures_a if not _high_end_of_range(claim)]
        self.second = [FigureView.of(claim) for claim in figures_b if not _high_end_of_range(claim)]
        sentences = {view.claim.get("sentence") or "": view.sentence_terms for view in self.first + self.second}
        frequency = Counter(term for terms in sentences.values() for term in terms)
        count = max(len(sentences), 1)
        self._weights = {term: math.log(1 + count / seen) for term, seen in frequency.items()}
        self._unseen_weight = math.log(1 + 1 / _UNSEEN_WORD_SHARE)
        self._families = (Counter(view.family for view in self.first), Counter(view.family for view in self.second))
        self.article_similarity = self._jaccard(frozenset().union(*(v.sentence_terms for v in self.first)),
                                                frozenset().union(*(v.sentence_terms for v in self.second)))
        # Every pair's features look at all the rivals of both figures, so what depends on one figure is
        # read once, by id (an article meets up to 20 related articles of a few dozen figures): its rivals
        # (the figures of the other article in its family, in article order) and those whose values agree.
        # Counts of different things are compared too, but are no rivals: a story's many counts would
        # otherwise crowd every count's alternatives.
        self._rivals = {id(view): [] for view in self.first + self.second}
        self._pairs = []
        for a in self.first:
            for b in self.second:
                if is_rival(a, b):
                    self._rivals[id(a)].append(b)
                    self._rivals[id(b)].append(a)
                    self._pairs.append((a, b))
                elif _counts_of_things(a, b) or currency_slip(a, b):
                    self._pairs.append((a, b))
        self._agreeing = {id(view): [other for other in self._rivals[id(view)] if values_agree(view, other)]
                          for view in self.first + self.second}
        # Figures that agree with some figure of the other article are most likely accounted for; what is
        # left in a family is where the disagreements are.
        self._accounted = {key for key, agreeing in self._agreeing.items() if agreeing}
        self._open = {key: sum(1 for other in rivals if id(other) not in self._accounted)
                      for key, rivals in self._rivals.items()}
        self._similarities = {}
        self._best = {}
        self._two_nearest = {}
        # Where each figure stands among its article's figures of its family, in body order: the first one is
        # most often the story's own figure ("Around 2,400 homes ... were without hot water" in the lead).
        self._place_in_family = {}
        for views in (self.first, self.second):
            seen = Counter()
            for view in sorted(views, key=lambda view: _start(view.claim)):
                self._place_in_family[id(view)] = seen[view.family]
                seen[view.family] += 1

    def comparable_pairs(self):
        """Every (first, second) pair of figure views that may be the same quantity (``comparable``)."""
        return self._pairs

    def _best_partner(self, view, rivals, first_side):
        """The rival most alike in words (the first of equals, in article order)."""
        key = id(view)
        if key not in self._best:
            self._best[key] = self._most_alike(view, rivals, first_side)
        return self._best[key]

    def _most_alike(self, view, others, first_side):
        if first_side:
            return max(others, key=lambda other: self.similarity(view, other))
        return max(others, key=lambda other: self.similarity(other, view))

    # Sums over sets of words are exact (math.fsum): a plain sum depends on the order a set is walked in,
    # which changes from one process to the next, and a tie between two figures must not.
    def _weight(self, term):
        return self._weights.get(term, self._unseen_weight)

    def _jaccard(self, terms_a, terms_b):
        union = terms_a | terms_b
        if not union:
            return 0.0
        return math.fsum(map(self._weight, terms_a & terms_b)) / math.fsum(map(self._weight, union))

    def _overlap(self, terms_a, terms_b):
        if not terms_a or not terms_b:
            return 0.0
        smaller = min(math.fsum(map(self._weight, terms_a)), math.fsum(map(self._weight, terms_b)))
        return math.fsum(map(self._weight, terms_a & terms_b)) / smaller

    def similarity(self, a: FigureView, b: FigureView) -> float:
        """How alike the words around two figures are (their sentences, and above all their clauses)."""
        sentence, local = self._similarity_parts(a, b)
        return 0.5 * sentence + local

    def _similarity_parts(self, a, b):
        """(similarity of the sentences, overlap of the clauses) of two figures."""
        key = (id(a), id(b))
        if key not in self._similarities:
            self._similarities[key] = (self._jaccard(a.sentence_terms, b.sentence_terms),
                                       self._overlap(a.local_terms, b.local_terms))
        return self._similarities[key]

    def _nearest_in_value(self, view, partner, log_ratio):
        """Whether no rival of ``view`` but ``partner`` comes nearer its value (``log_ratio`` is the pair's)."""
        key = id(view)
        if key not in self._two_nearest:  # (read once per figure: a pair's features look at every rival)
            self._two_nearest[key] = heapq.nsmallest(
                2, ((_log_ratio(view.base_value, other.base_value), id(other)) for other in self._rivals[key]))
        nearest_other = next((ratio for ratio, other in self._two_nearest[key] if other != id(partner)), math.inf)
        return log_ratio <= nearest_other

    def features(self, a: FigureView, b: FigureView) -> dict:
        """The features of one comparable pair (``a`` from the first article, ``b`` from the second)."""
        claim_a, claim_b = a.claim, b.claim
        rivals_of_a, rivals_of_b = self._rivals[id(a)], self._rivals[id(b)]
        sentence_similarity, local_similarity = self._similarity_parts(a, b)
        similarity = 0.5 * sentence_similarity + local_similarity
        close = is_rival(a, b)
        if close:
            best_for_a = self._best_partner(a, rivals_of_a, first_side=True) is b
            best_for_b = self._best_partner(b, rivals_of_b, first_side=False) is a
        else:  # counts of different things: each is one more alternative for the other
            rivals_of_a, rivals_of_b = rivals_of_a + [b], rivals_of_b + [a]
            best_for_a = self._most_alike(a, rivals_of_a, first_side=True) is b
            best_for_b = self._most_alike(b, rivals_of_b, first_side=False) is a
        # A figure that agrees with another figure of the other article, at least as alike in words, is
        # most likely that figure's quantity, not this one's.
        agrees_elsewhere = any(view is not b and self.similarity(a, view) >= similarity
                               for view in self._agreeing[id(a)]) or \
            any(view is not a and self.similarity(view, b) >= similarity for view in self._agreeing[id(b)])
        unaccounted = 0.0
        if id(a) not in self._accounted and id(b) not in self._accounted:
            beyond = 0 if close else 1  # the partner of a pair beyond the family is one more open figure
            unaccounted = 1.0 / (self._open[id(a)] + beyond) + 1.0 / (self._open[id(b)] + beyond)
        log_ratio = _log_ratio(a.base_value, b.base_value)
        scale_slip = scale_slip_of(a.claim["figure"]["value"], b.claim["figure"]["value"])
        # (by how many powers of ten; the log ratio above stops at a thousand)
        slip_powers = round(abs(math.log10(abs(a.base_value / b.base_value)))) if scale_slip and a.base_value \
            and b.base_value else 0
        round_slip = round_scale_slip_of(a.claim["figure"]["value"], b.claim["figure"]["value"])  # one digit
        # "cracks up to 4 centimetres wide" and "up to 4 millimetres": the number kept, the unit slipped
        # ("six weeks" and "six hours" are two spans of time, not one slipped)
        unit_slip = a.claim["figure"]["value"] == b.claim["figure"]["value"] and a.base_value != b.base_value \
            and a.family != "time"
        # a currency slipped is read as the same unit written wrong
        same_unit = a.unit == b.unit or b.unit is not None and a.unit in unit_spellings(b.unit) \
            or written_alike(a.unit, b.unit) or currency_slip(a, b)
        features = {
            "unit_same": float(same_unit),
            "unit_family_differs": float(not same_unit and a.family != b.family and a.unit is not None
                                         and b.unit is not None),
            "unit_missing": float(a.unit is None or b.unit is None),
            "unit_generic": float(_generic_unit(a) or _generic_unit(b)),
            "sentence_similarity": sentence_similarity,
            "local_similarity": local_similarity,
            "near_similarity": self._overlap(a.near_terms, b.near_terms),
            # money, people, times and shares are counted in every story: their sentences must say more
            "generic_sentence_similarity": sentence_similarity if _generic_unit(a) or _generic_unit(b) else 0.0,
            "subject_overlap": subject_overlap(SubjectTerms.of(claim_a), SubjectTerms.of(claim_b)),
            "word_before_same": float(a.word_before is not None and a.word_before == b.word_before),
            "word_after_same": float(a.word_after is not None and a.word_after == b.word_after),
            "same_measure_kind": float(same_measure_kind(claim_a, claim_b)),
            "clash_part": float(a.is_part != b.is_part),
            "clash_limit": float(a.is_limit != b.is_limit),
            "clash_year": float(a.years != b.years),
            # each names its own year, and not the other's ("MAD 120 million in 2023", "MAD 95 million in 2022")
            "years_disjoint": float(bool(a.years) and bool(b.years) and a.years.isdisjoint(b.years)),
            "clash_past": float(a.in_the_past != b.in_the_past),
            # "nine tank cars" and "at least 20 cars"; "250 construction jobs" and "12 permanent jobs"
            "clash_modifier": float(a.modifiers != b.modifiers),
            # "$527.4 million" and "$572.4m", "241" and "214": a transposed digit is a classic misprint
            "transposed_digits": float(transposed_digits(a.claim["figure"]["value"], b.claim["figure"]["value"])),
            "one_digit_off": float(one_digit_off(a.claim["figure"]["value"], b.claim["figure"]["value"])),
            "leading_digit_dropped": float(leading_digit_dropped(a.claim["figure"]["value"],
                                                                 b.claim["figure"]["value"])),
            "few_alternatives": 1.0 / len(rivals_of_b) + 1.0 / len(rivals_of_a),
            "best_for_one": float(best_for_a != best_for_b),
            "mutual_best": float(best_for_a and best_for_b),
            "agrees_elsewhere": float(agrees_elsewhere),
            "unaccounted_alternatives": unaccounted,
            # "$13 billion" and "$1.3 billion" are as close as a slip of the decimal point makes them
            "log_ratio_unless_scale": 0.0 if scale_slip or round_slip or unit_slip else log_ratio,
            # "about 60,000 cubic metres" and "some 6,000": one digit at another power of ten, as often two
            # round numbers of two things as one slipped; the model weighs it apart from ``scale_slip``
            "round_scale_slip": float(round_slip),
            "scale_slip": float(scale_slip),
            # the common slips: a decimal point moved one place ("GH¢640 million" and "64 million cedi"), a
            # thousand read as a million or a million as a billion ("11.6 trillion dong" and "11.6 billion");
            # a hundredfold one is most often two amounts of one story
            "tenfold_slip": float(slip_powers == 1),
            # "112 mph" and "112 km/h", "about 12,000 hectares" and "12,000 acres": one number, its unit written
            # wrong (not "160,000 tons" and "160,000 tonnes", which agree)
            "unit_slip": float(unit_slip and not values_agree(a, b)),
            "thousandfold_slip": float(slip_powers == 3),
            "article_similarity": self.article_similarity,
            # the inverted pyramid: two figures near their articles' tops, each its article's first of its unit,
            # are the story's headline figures, which outlets most often give differently
            "near_the_top": math.exp(-(_start(claim_a) + _start(claim_b)) / _TOP_OF_THE_ARTICLE),
            "first_of_their_unit": 1.0 / (1 + self._place_in_family[id(a)]) / (1 + self._place_in_family[id(b)]),
            # two outlets' versions of one quantity differ, but each is most often the nearest the other article
            # comes to the other's value: for how many of the two is the other the closest value among its rivals
            "nearest_in_value": float(self._nearest_in_value(a, b, log_ratio))
            + float(self._nearest_in_value(b, a, log_ratio)),
        }
        features.update((f"clash_{name}", float(present))
                        for name, present in measure_clashes(claim_a, claim_b).items())
        return features


def _start(claim):
    """Where a figure stands in its article's body (0 when the claim does not say)."""
    return claim.get("start") or 0


def _high_end_of_range(claim):
    """The high end of a range ("120 days" of "90 to 120 days"): the low end's figure carries the range's
    bounds, so the range is compared once."""
    figure = claim["figure"]
    return figure.get("qualifier") == "range" and figure.get("low") != figure.get("high") \
        and figure.get("value") == figure.get("high")


def _generic_unit(view):
    """A unit that says little of what is counted: a share, a time, money, or people named only as people
    ("firefighter" is a person too, but says which)."""
    return _generic(view.family) and not (view.family == "person" and view.unit not in _PEOPLE_AS_SUCH)


_PEOPLE_AS_SUCH = frozenset({"person", "people"})


def _generic(family):
    return family in _GENERIC_FAMILIES or family in DURATIONS or is_money(family)


def _log_ratio(value_a, value_b):
    value_a, value_b = abs(value_a), abs(value_b)
    if not value_a or not value_b:
        return _MAX_LOG_RATIO
    return min(abs(math.log10(value_a / value_b)), _MAX_LOG_RATIO)
