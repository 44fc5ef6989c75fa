"""Batch norm in eval mode on one example: the running statistics, not the batch's, standardise it."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded
from mlptutor.reference.normalization import EPS, batchnorm_forward


def generate(rng):
    """One example of 3 features; running variances at least 0.5; no output near 0."""
    while True:
        params = {"x": rounded(rng, -3, 3, 1, size=3), "running_mean": rounded(rng, -1, 1, 1, size=3),
                  "running_var": rounded(rng, 0.5, 4, 1, size=3), "gamma": rounded(rng, 0.5, 2, 1, size=3),
                  "beta": rounded(rng, -1, 1, 1, size=3)}
        answers = solve(params)["answers"]
        wrong = [m.answers(params)["out"] for m in MISTAKES]
        if np.min(np.abs(answers["out"])) >= 0.05 and all(np.max(np.abs(np.subtract(w, answers["out"]))) > 0.05 for w in wrong):
            return params


def _eval(params, **change):
    p = {k: np.asarray(v, dtype=float) for k, v in {**params, **change}.items()}
    out, cache = batchnorm_forward(p["x"][None], p["gamma"], p["beta"], p["running_mean"], p["running_var"], mode="eval")
    return out[0].tolist(), cache["x_hat"][0].tolist()


def solve(params):
    out, x_hat = _eval(params)
    return {"answers": {"out": out},
            "steps": {"x_hat": x_hat, "std": np.sqrt(np.asarray(params["running_var"]) + EPS).tolist()}}


MISTAKES = [
    AnswerMistake("batchnorm-eval-variance-not-std", "the centred input divided by the running variance, not its square root",
            "Standardise with the standard deviation sqrt(running_var + eps).",
            lambda p: {"out": _eval(p, running_var=np.square(np.asarray(p["running_var"])) - EPS)[0]}),
    AnswerMistake("batchnorm-eval-no-scale-shift", "x_hat given without gamma and beta",
            "After standardising, the layer still scales by gamma and shifts by beta.",
            lambda p: {"out": _eval(p, gamma=np.ones(3), beta=np.zeros(3))[0]}),
]
