"""Training the pair model on labelled stories.

A labelled story is a folder with ``articles.jsonl`` (one article a line: ``id``, ``source``,
``published_at``, ``body``) and ``labels.json`` (the format of ../shared/eval: ``conflicts``,
``temporal``, ``compatible`` and ``ambiguous`` list pairs of figures as ``[[article_id, surface],
[article_id, surface]]``). The stories in ``fixtures/eval/`` were written and labelled for this project.

The training pairs are what detection sees: for every two articles of a story from different sources,
every pair of their figures in one unit family whose values disagree. A pair labelled as a conflict or
as an update (``temporal``) is the same quantity, and so is a pair the labels imply (``with_implied_pairs``);
every other pair is not, whether labelled compatible or left unlabelled (a careful labeller names every
conflict of a story); ambiguous pairs are left out.

``factcheck conflicts train`` writes the model file that ships in the package; a test checks that the
shipped file is what training on ``fixtures/eval`` gives.
"""
from __future__ import annotations

import json
import pathlib
from itertools import combinations

from factcheck.conflicts.align import conflicts_between
from factcheck.conflicts.features import FEATURE_NAMES, ArticlePair, values_agree
from factcheck.conflicts.model import fit
from factcheck.extract import context_of, extract_claims

SAME_QUANTITY_LABELS = ("conflicts", "temporal")
LEFT_OUT_LABELS = ("ambiguous",)
# Every label key that lists pairs of figures.
PAIR_LABELS = (*SAME_QUANTITY_LABELS, "compatible", *LEFT_OUT_LABELS)
# The penalty on the weights: the stories number in dozens, so weights are kept modest.
L2_PENALTY = 1.0


def read_story(story_dir):
    """The articles and labels of a labelled story folder."""
    story_dir = pathlib.Path(story_dir)
    with open(story_dir / "articles.jsonl", encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle if line.strip()]
    with open(story_dir / "labels.json", encoding="utf-8") as handle:
        labels = json.load(handle)
    return articles, with_implied_pairs(labels)


def with_implied_pairs(labels):
    """The labels with the conflicts and updates they imply without naming them. A figure labelled
    compatible with another of the same value and unit states the same quantity the same way ("₱289.5
    million" and "P289.5-million"), so it conflicts with whatever that figure conflicts with ("P298.5
    million" in a third article) and is updated by whatever updates it. Labellers name such pairs in the
    dev set and often leave them out elsewhere; left out, a true conflict would count as a wrong flag
    and train the model against itself. A pair labelled otherwise keeps its label."""
    facts = {(article_id, surface): (value, _unit_key(unit)) for article_id, surface, value, unit in
             labels.get("figures", [])}
    stated_alike = {}  # figure -> the figures that state its quantity with the same value and unit
    for first, second in labels.get("compatible", []):
        first, second = tuple(first), tuple(second)
        if first in facts and facts[first] == facts.get(second):
            group = stated_alike.get(first, {first}) | stated_alike.get(second, {second})
            for figure in group:
                stated_alike[figure] = group
    named = {frozenset(map(tuple, pair)) for key in PAIR_LABELS for pair in labels.get(key, [])}
    implied = {key: list(labels.get(key, [])) for key in SAME_QUANTITY_LABELS}
    for key in SAME_QUANTITY_LABELS:
        for first, second in labels.get(key, []):
            first, second = tuple(first), tuple(second)
            for one in stated_alike.get(first, {first}):
                for other in stated_alike.get(second, {second}):
                    pair = frozenset((one, other))
                    if one[0] != other[0] and pair not in named:
                        named.add(pair)
                        implied[key].append([list(one), list(other)])
    return {**labels, **implied}


def _unit_key(unit):
    return str(unit or "").strip().lower()


def story_figures(articles, extract=extract_claims):
    """Each article's figure claims in the public shape, with ids, article id, source and date filled in
    as storage would (extracted as the API extracts them, with the article's title and outlet)."""
    figures = {}
    for article in articles:
        claims = [claim.to_dict() for claim in extract(article["body"], context_of(article))]
        for position, claim in enumerate(claims):
            claim.update(id=f"{article['id']}-{position}", article_id=article["id"], source=article["source"],
                         published_at=article.get("published_at"))
        figures[article["id"]] = [claim for claim in claims if claim["type"] == "figure"]
    return figures


def labelled_pairs(articles, labels, figures):
    """{frozenset of two claim ids: label key} for the labelled pairs whose figures were extracted. A
    surface is found as the scorer finds it: its first occurrence in the body, and the first figure
    claim overlapping it."""
    bodies = {article["id"]: article["body"] for article in articles}

    def claim_at(article_id, surface):
        start = bodies[article_id].find(surface)
        end = start + len(surface)
        return next((claim for claim in figures[article_id] if claim["start"] < end and claim["end"] > start),
                    None)

    pairs = {}
    for key in PAIR_LABELS:
        for (first_id, first_surface), (second_id, second_surface) in labels.get(key, []):
            first, second = claim_at(first_id, first_surface), claim_at(second_id, second_surface)
            if first is not None and second is not None:
                pairs[frozenset((first["id"], second["id"]))] = key
    return pairs


def training_rows(story_dirs, extract=extract_claims):
    """(feature rows, 0/1 targets, counts) over every labelled story in ``story_dirs``."""
    rows, targets = [], []
    stories = 0
    for story_dir in story_dirs:
        articles, labels = read_story(story_dir)
        figures = story_figures(articles, extract)
        labelled = labelled_pairs(articles, labels, figures)
        stories += 1
        for first, second in combinations(articles, 2):
            if first["source"] == second["source"]:
                continue
            pair = ArticlePair(figures[first["id"]], figures[second["id"]])
            for a, b in pair.comparable_pairs():
                if values_agree(a, b):
                    continue
                label = labelled.get(frozenset((a.claim["id"], b.claim["id"])))
                if label in LEFT_OUT_LABELS:
                    continue
                rows.append(pair.features(a, b))
                targets.append(int(label in SAME_QUANTITY_LABELS))
    return rows, targets, {"stories": stories, "pairs": len(rows), "same_quantity": sum(targets)}


def train(story_dirs, extract=extract_claims, l2=L2_PENALTY):
    """The pair model fitted on the labelled stories in ``story_dirs``."""
    story_dirs = sorted(pathlib.Path(path) for path in story_dirs)
    rows, targets, counts = training_rows(story_dirs, extract)
    return fit(rows, targets, FEATURE_NAMES, l2, trained_on=counts)


def score_story(story_dir, model, thresholds, extract=extract_claims):
    """How detection does on one labelled story, scored as ../shared/eval/score.py scores the API: every
    two articles checked as the detector checks them, with every figure of both (no retrieval step).
    {threshold: (labelled conflicts, found, contradictions flagged, compatible pairs flagged, updates
    flagged)}; flags on ambiguous pairs are dropped."""
    articles, labels = read_story(story_dir)
    figures = story_figures(articles, extract)
    labelled = labelled_pairs(articles, labels, figures)
    flagged = {threshold: [] for threshold in thresholds}
    for first, second in combinations(articles, 2):
        if first["source"] == second["source"]:
            continue
        for *_, result, match in conflicts_between(figures[first["id"]], figures[second["id"]], min(thresholds),
                                                   model):
            label = labelled.get(frozenset((match.first["id"], match.second["id"])))
            if result.kind != "contradiction" or label in LEFT_OUT_LABELS:
                continue
            for threshold in thresholds:
                if match.probability >= threshold:
                    flagged[threshold].append(label)
    total = len(labels["conflicts"])
    return {threshold: (total, labels_flagged.count("conflicts"), len(labels_flagged),
                        labels_flagged.count("compatible"), labels_flagged.count("temporal"))
            for threshold, labels_flagged in flagged.items()}


def story_dirs_under(root):
    """The labelled story folders directly under ``root``, in name order."""
    return sorted(path for path in pathlib.Path(root).iterdir() if (path / "labels.json").is_file())
