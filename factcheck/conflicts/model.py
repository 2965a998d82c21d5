"""The pair model: how likely two figures of two articles are to be the same quantity.

A logistic regression over the features of ``factcheck.conflicts.features``, trained on labelled stories
(``factcheck.conflicts.training``) and shipped as JSON beside this module, so nothing is downloaded and
every weight can be read. A linear model on a few dozen named features was chosen over anything larger
because the labelled stories number in the dozens: measured story by story (``bench/eval_pair_model.py``)
it generalised better than tree ensembles trained on the same pairs.

Fitting is Newton's method on the L2-penalised log-likelihood, in pure Python: a few thousand pairs and
a few dozen features take seconds, and the result is the same on every machine.
"""
from __future__ import annotations

import functools
import json
import math
import pathlib
from dataclasses import dataclass, field

MODEL_PATH = pathlib.Path(__file__).resolve().parent / "data" / "pair_model.json"
MODEL_FORMAT = 1
# Newton's method stops when no weight moves by more than this.
_CONVERGED = 1e-10
_MAX_ITERATIONS = 100


@dataclass(frozen=True)
class PairModel:
    """Weights by feature name, a bias, and what they were trained on."""

    bias: float
    weights: dict
    l2: float = 1.0
    trained_on: dict = field(default_factory=dict)

    def score(self, features) -> float:
        """The log-odds that a pair with these features is the same quantity."""
        return self.bias + sum(weight * features[name] for name, weight in self.weights.items())

    def probability(self, features) -> float:
        """The probability that a pair with these features is the same quantity."""
        return _sigmoid(self.score(features))

    def contributions(self, features):
        """Each feature's share of the score (weight times value), largest effect first."""
        shares = [(name, weight * features[name]) for name, weight in self.weights.items() if features[name]]
        return sorted(shares, key=lambda item: -abs(item[1]))

    def to_json(self) -> str:
        """The model file's text (stable key order, one weight a line, so a retrained model diffs well)."""
        document = {"format": MODEL_FORMAT, "bias": self.bias, "l2": self.l2, "weights": self.weights,
                    "trained_on": self.trained_on}
        return json.dumps(document, indent=1) + "\n"

    @classmethod
    def from_json(cls, text):
        """A model from its file's text; ValueError when it is not one."""
        document = json.loads(text)
        if document.get("format") != MODEL_FORMAT:
            raise ValueError(f"pair model format {document.get('format')!r}, expected {MODEL_FORMAT}")
        return cls(float(document["bias"]), {name: float(weight) for name, weight in document["weights"].items()},
                   float(document.get("l2", 1.0)), document.get("trained_on", {}))


@functools.lru_cache(maxsize=1)
def shipped_model() -> PairModel:
    """The model that ships in the package."""
    return PairModel.from_json(MODEL_PATH.read_text(encoding="utf-8"))


def fit(rows, labels, names, l2=1.0, trained_on=None) -> PairModel:
    """A logistic regression of ``labels`` (0/1) on ``rows`` (feature dicts), over the features ``names``,
    with an L2 penalty ``l2`` on the weights (not on the bias)."""
    if not rows or len(rows) != len(labels):
        raise ValueError("fit needs as many labels as rows, and at least one of each")
    matrix = [[1.0] + [float(row[name]) for name in names] for row in rows]
    size = len(names) + 1
    coefficients = [0.0] * size
    for _ in range(_MAX_ITERATIONS):
        gradient = [0.0] * size
        hessian = [[0.0] * size for _ in range(size)]
        for vector, label in zip(matrix, labels):
            probability = _sigmoid(sum(c * x for c, x in zip(coefficients, vector)))
            error = label - probability
            spread = probability * (1.0 - probability)
            for i in range(size):
                gradient[i] += error * vector[i]
                weighted = spread * vector[i]
                row = hessian[i]
                for j in range(i + 1):
                    row[j] += weighted * vector[j]
        for i in range(1, size):
            gradient[i] -= l2 * coefficients[i]
            hessian[i][i] += l2
        for i in range(size):
            for j in range(i + 1, size):
                hessian[i][j] = hessian[j][i]
        step = _solve(hessian, gradient)
        coefficients = [c + s for c, s in zip(coefficients, step)]
        if max(abs(s) for s in step) < _CONVERGED:
            break
    weights = {name: coefficients[position + 1] for position, name in enumerate(names)}
    return PairModel(coefficients[0], weights, l2, dict(trained_on or {}))


def _solve(matrix, vector):
    """x with matrix @ x == vector, for a symmetric positive definite matrix (Cholesky)."""
    size = len(vector)
    lower = [[0.0] * size for _ in range(size)]
    for i in range(size):
        for j in range(i + 1):
            total = matrix[i][j] - sum(lower[i][k] * lower[j][k] for k in range(j))
            if i == j:
                lower[i][i] = math.sqrt(max(total, 1e-300))
            else:
                lower[i][j] = total / lower[j][j]
    forward = [0.0] * size
    for i in range(size):
        forward[i] = (vector[i] - sum(lower[i][k] * forward[k] for k in range(i))) / lower[i][i]
    solution = [0.0] * size
    for i in reversed(range(size)):
        solution[i] = (forward[i] - sum(lower[k][i] * solution[k] for k in range(i + 1, size))) / lower[i][i]
    return solution


def _sigmoid(score):
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    odds = math.exp(score)
    return odds / (1.0 + odds)
