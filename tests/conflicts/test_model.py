"""The pair model: fitting, its file, and that the shipped file is what the shipped stories train (no
server needed)."""
import math
import random
from pathlib import Path

import pytest

from factcheck.config import defaults
from factcheck.conflicts.features import FEATURE_NAMES
from factcheck.conflicts.model import MODEL_PATH, PairModel, fit, shipped_model
from factcheck.conflicts.training import score_story, story_dirs_under, train, with_implied_pairs

EVAL_STORIES = Path(__file__).resolve().parents[2] / "fixtures" / "eval"


def test_fit_recovers_the_weights_of_a_logistic_relationship():
    generator = random.Random(7)
    true_bias, true_weights = -0.5, {"x": 2.0, "y": -1.0}
    rows, labels = [], []
    for _ in range(4000):
        row = {"x": generator.uniform(-2, 2), "y": generator.uniform(-2, 2)}
        score = true_bias + sum(true_weights[name] * row[name] for name in row)
        rows.append(row)
        labels.append(int(generator.random() < 1 / (1 + math.exp(-score))))
    model = fit(rows, labels, ("x", "y"), l2=0.01)
    assert model.bias == pytest.approx(true_bias, abs=0.15)
    assert model.weights["x"] == pytest.approx(2.0, abs=0.2)
    assert model.weights["y"] == pytest.approx(-1.0, abs=0.15)
    assert model.probability({"x": 0.0, "y": 0.0}) == pytest.approx(1 / (1 + math.exp(-model.bias)))


def test_the_penalty_shrinks_weights():
    rows = [{"x": float(i % 2)} for i in range(20)]
    labels = [i % 2 for i in range(20)]  # separable: without a penalty the weight would run away
    assert 0 < fit(rows, labels, ("x",), l2=10.0).weights["x"] < fit(rows, labels, ("x",), l2=1.0).weights["x"] < 50


def test_a_model_survives_its_file():
    model = PairModel(-0.25, {"a": 1.5, "b": -2.0}, 1.0, {"stories": 3})
    assert PairModel.from_json(model.to_json()) == model
    with pytest.raises(ValueError):
        PairModel.from_json('{"format": 99, "bias": 0, "weights": {}}')


def test_contributions_come_largest_first():
    model = PairModel(0.0, {"a": 1.0, "b": -3.0, "c": 0.5})
    assert model.contributions({"a": 1.0, "b": 1.0, "c": 0.0}) == [("b", -3.0), ("a", 1.0)]


def test_a_figure_stated_alike_elsewhere_conflicts_with_what_it_conflicts_with():
    labels = {
        "figures": [["a", "P289.5 million", 289.5e6, "PHP"], ["b", "P289.5-million", 289.5e6, "PHP"],
                    ["c", "P298.5 million", 298.5e6, "PHP"], ["b", "more than 4,000 families", 4000, "family"],
                    ["a", "about 4,300 families", 4300, "family"], ["c", "5,100 families", 5100, "family"],
                    ["d", "P289.5m", 289.5e6, "PHP"]],
        "conflicts": [[["a", "P289.5 million"], ["c", "P298.5 million"]],
                      [["a", "about 4,300 families"], ["c", "5,100 families"]]],
        "compatible": [[["a", "P289.5 million"], ["b", "P289.5-million"]],
                       [["b", "P289.5-million"], ["d", "P289.5m"]],
                       [["a", "about 4,300 families"], ["b", "more than 4,000 families"]]],
        "temporal": [],
        "ambiguous": [[["d", "P289.5m"], ["c", "P298.5 million"]]],
    }
    implied = with_implied_pairs(labels)
    pairs = [sorted(map(tuple, pair)) for pair in implied["conflicts"]]
    # one amount, three ways: "b" differs from "c" as "a" does ("d" too, but that pair is labelled ambiguous);
    # "more than 4,000" allows 5,100, so it is no conflict of its own
    assert pairs == [[("a", "P289.5 million"), ("c", "P298.5 million")],
                     [("a", "about 4,300 families"), ("c", "5,100 families")],
                     [("b", "P289.5-million"), ("c", "P298.5 million")]]
    assert implied["compatible"] == labels["compatible"] and implied["ambiguous"] == labels["ambiguous"]


def test_the_shipped_model_is_what_the_shipped_stories_train():
    shipped = shipped_model()
    trained = train(story_dirs_under(EVAL_STORIES))
    assert set(shipped.weights) == set(FEATURE_NAMES), "run `factcheck train-pair-model` after changing features"
    assert trained.trained_on == shipped.trained_on, f"run `factcheck train-pair-model`: {MODEL_PATH} is stale"
    assert trained.bias == pytest.approx(shipped.bias, abs=1e-9)
    for name, weight in trained.weights.items():
        assert weight == pytest.approx(shipped.weights[name], abs=1e-9), name


def test_the_shipped_model_finds_the_labelled_conflicts_of_the_shipped_stories():
    # A floor under what the model does on the stories it was trained on: it fails when a change to the
    # extractor, the features or the rules loses what detection could do (see bench/eval_pair_model.py
    # for the score on stories a model has not seen).
    threshold = defaults()["FACTCHECK_CONFLICT_MIN_CONFIDENCE"]
    totals = [0, 0, 0, 0, 0]
    for story in story_dirs_under(EVAL_STORIES):
        counts = score_story(story, shipped_model(), [threshold])[threshold]
        totals = [total + count for total, count in zip(totals, counts)]
    labelled, found, flagged, compatible, updates = totals
    assert found / labelled >= 0.6
    assert found / flagged >= 0.7
    # (2,486 stories, session 43: 9,669 of 12,914 found, 12,675 flagged, 857 compatible, 659 updates: 5.20%; session
    # 42 on 2,342 stories 5.08%, session 41 on 2,156 5.10%, session 40 on 1,970 4.89%; the bound on updates was 3% up
    # to 572 stories, 3.5% up to 842, 4% up to 1,352, 4.5% up to 1,592 and 5% up to 1,970, whose temporal labels were
    # fewer)
    assert compatible <= 0.12 * flagged and updates <= 0.055 * flagged
