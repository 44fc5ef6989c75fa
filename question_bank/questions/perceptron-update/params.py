"""Perceptron rule on one example: w <- w + eta (y - y_hat) x, b <- b + eta (y - y_hat); nothing moves when
the example is already classified right."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded
from mlptutor.reference.perceptron import perceptron_predict, perceptron_step


def generate(rng):
    """An example misclassified three times in four (the weights move) and classified right otherwise (they
    stay); the score w.x + b away from 0 (no step tie), no new entry near 0."""
    misclassified = rng.random() < 0.75
    while True:
        params = {"w": rounded(rng, -1, 1, 1, size=2, min_abs=0.1), "b": rounded(rng, -1, 1, 1),
                  "x": rounded(rng, -2, 2, 1, size=2, min_abs=0.2), "y": int(rng.integers(2)),
                  "eta": float(rng.choice([0.1, 0.5, 1.0]))}
        score = float(np.dot(params["w"], params["x"]) + params["b"])
        if abs(score) >= 0.05 and (_prediction(params) != params["y"]) == misclassified:
            new = _step(params, params["y"])
            if min(abs(v) for v in new["w"] + [new["b"]]) >= 0.05:
                return params


def _prediction(p):
    return int(perceptron_predict(np.asarray(p["x"], dtype=float), np.asarray(p["w"], dtype=float), p["b"]))


def _step(p, y):
    w, b = perceptron_step(np.asarray(p["w"], dtype=float), p["b"], p["x"], y, p["eta"])
    return {"w": w.tolist(), "b": float(b)}


def solve(params):
    return {"answers": _step(params, params["y"]),
            "steps": {"score": float(np.dot(params["w"], params["x"]) + params["b"]),
                      "y_hat": _prediction(params), "error": params["y"] - _prediction(params)}}


MISTAKES = [
    AnswerMistake("perceptron-sign", "the update with the sign of the error flipped",
            "The error is y - y_hat: move w towards x when the target is 1 and the prediction 0.",
            lambda p: _step(p, 2 * _prediction(p) - p["y"])),
]
