"""Which figure of one article is which figure of another: a one-to-one alignment by the pair model.

Two outlets covering one story each report a handful of quantities. Every pair of their figures in one
unit family gets the model's probability of being the same quantity; the most probable pairs are then
taken first, and each figure is matched at most once. A figure whose best partner agrees with it ("$310
million" and "$310m") is accounted for and is not held against a less alike figure of the other article
("250 construction jobs" is matched with "about 250 workers", not with "12 permanent jobs").

A matched pair whose values disagree, and that the model finds likely enough to be the same quantity,
is a conflict (``conflicts_between``); the value rules say whether it is a contradiction or an update.
Pure: claim dicts in, matches and verdicts out.
"""
from __future__ import annotations

from dataclasses import dataclass

from factcheck.conflicts.explain import evidence
from factcheck.conflicts.features import ArticlePair, values_agree
from factcheck.conflicts.model import shipped_model
from factcheck.conflicts.rules import in_time_order, verdict

# Pairs less likely than this to be the same quantity are never matched: a figure with no such partner
# stays unmatched rather than being paired with whatever is left.
MATCH_FLOOR = 0.2
# Two figures whose values agree are taken for one quantity on weaker evidence: agreeing by chance is rarer
# than disagreeing ("250 construction jobs" and "about 250 workers").
AGREE_FLOOR = 0.03


@dataclass(frozen=True)
class Match:
    """Two figure claims taken for the same quantity, how likely that is, and why."""

    first: dict
    second: dict
    probability: float
    values_agree: bool
    features: dict


def align(figures_a, figures_b, model=None):
    """The one-to-one matches between the figure claims of two articles (public claim shape), most
    probable first. ``model`` defaults to the shipped pair model."""
    model = model or shipped_model()
    pair = ArticlePair(figures_a, figures_b)
    scored = []
    for a, b in pair.comparable_pairs():
        features = pair.features(a, b)
        agree = values_agree(a, b)
        probability = model.probability(features)
        if probability >= (AGREE_FLOOR if agree else MATCH_FLOOR):
            scored.append((probability, a, b, features, agree))
    # Most probable first; ties in article order, so the alignment does not depend on set iteration.
    position = {id(view): index for index, view in enumerate(pair.first + pair.second)}
    scored.sort(key=lambda item: (-item[0], position[id(item[1])], position[id(item[2])]))
    taken = set()
    matches = []
    for probability, a, b, features, agree in scored:
        if id(a) in taken or id(b) in taken:
            continue
        taken.update((id(a), id(b)))
        matches.append(Match(a.claim, b.claim, probability, agree, features))
    return matches


def conflicts_between(figures_a, figures_b, min_confidence, model=None):
    """``(earlier, later, verdict, match)`` for every conflict between two articles' figure claims: a
    match whose values disagree and whose probability is at least ``min_confidence``."""
    # The earlier article first: the verdict on two articles does not depend on which one came last.
    model = model or shipped_model()
    first, second = sorted((figures_a, figures_b), key=_article_order)
    found = []
    for match in align(first, second, model):
        if match.values_agree or match.probability < min_confidence:
            continue
        result = verdict(match.first, match.second,
                         evidence(match.probability, model.contributions(match.features)))
        if result is not None:
            found.append((*in_time_order(match.first, match.second), result, match))
    return found


def _article_order(figures):
    """Sort key of an article by its figures: publication day, then article id."""
    claim = figures[0] if figures else {}
    return (str(claim.get("published_at") or ""), str(claim.get("article_id") or ""))
