"""L = 1/(2N) sum (y_hat - y)^2 for a regression batch; L = -(1/N) sum [y ln p + (1 - y) ln(1 - p)] for a binary one."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded, told_apart
from mlptutor.reference.losses import bce, mse


def generate(rng):
    """3 regression predictions that all miss their targets; 3 probabilities in [0.05, 0.95] with both labels present,
    where -ln(1 - p) of the label-0 examples does not add up to their -ln p (p = 0.5, or 0.3 and 0.7, gave the
    y ln p term alone full marks)."""
    while True:
        params = {"y_hat": rounded(rng, -2, 3, 1, size=3), "y": rounded(rng, -2, 3, 1, size=3),
                  "p": rounded(rng, 0.05, 0.95, 2, size=3), "labels": [int(v) for v in rng.integers(0, 2, size=3)]}
        misses = np.abs(np.subtract(params["y_hat"], params["y"])).min() >= 0.1
        if misses and 0 < sum(params["labels"]) < 3 and told_apart(params, solve(params)["answers"], MISTAKES, __file__):
            return params


def solve(params):
    y_hat, y = np.asarray(params["y_hat"]), np.asarray(params["y"])
    p, labels = np.asarray(params["p"]), np.asarray(params["labels"], dtype=float)
    return {
        "answers": {"mse": mse(y_hat, y), "bce": bce(p, labels)},
        "steps": {"errors": (y_hat - y).tolist(),
                  # one example's squared error is twice its mse under the 1/2 convention
                  "squared": [2 * mse(np.asarray([a]), np.asarray([b])) for a, b in zip(y_hat, y)],
                  "terms": [bce(np.asarray([pi]), np.asarray([li])) for pi, li in zip(p, labels)]},
    }


MISTAKES = [
    AnswerMistake("mse-without-half", "the mean squared error without the factor 1/2",
            "The loss asked for is the halved MSE, 1/(2N) sum (y_hat - y)^2: half the mean of the squared errors.",
            lambda p: {"mse": 2 * solve(p)["answers"]["mse"]}),
    AnswerMistake("bce-positive-term-only", "only the y ln p term, also for the examples with y = 0",
            "For y = 0 the loss of an example is -ln(1 - p): each example uses the probability of its own label.",
            lambda p: {"bce": float(-np.mean(np.log(p["p"])))}),
    AnswerMistake("loss-sum-not-mean", "the sum over the examples instead of the mean",
            "Both losses average over the N examples: divide the sum by N.",
            lambda p: {name: value * len(p["y"] if name == "mse" else p["p"]) for name, value in solve(p)["answers"].items()}),
]
