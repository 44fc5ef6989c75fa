"""Batch norm in training on X (N, 2): per-feature batch statistics, output, running-mean update."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded
from mlptutor.reference.normalization import EPS, batchnorm_forward, layernorm_forward

MOMENTUM = 0.9


def generate(rng):
    """3 or 4 examples of 2 features with a clear spread; no mean, output or running mean near 0."""
    n = int(rng.integers(3, 5))
    while True:
        params = {
            "X": rounded(rng, -2, 4, 1, size=(n, 2)),
            "gamma": rounded(rng, 0.5, 2, 1, size=2),
            "beta": rounded(rng, -1, 1, 1, size=2),
            "running_mean": rounded(rng, -1, 1, 1, size=2),
        }
        key = solve(params)["answers"]
        printed = np.concatenate([np.ravel(key[name]) for name in ("mean", "out", "running_mean")])
        if np.asarray(params["X"]).std(axis=0).min() > 0.3 and np.abs(printed).min() >= 0.05:
            return params


def _forward(params, momentum):
    X = np.asarray(params["X"], dtype=float)
    gamma, beta = np.asarray(params["gamma"]), np.asarray(params["beta"])
    return batchnorm_forward(X, gamma, beta, np.asarray(params["running_mean"], dtype=float),
                             np.ones(X.shape[1]), momentum=momentum)


def solve(params):
    out, cache = _forward(params, MOMENTUM)
    # with momentum 0 the running statistics are exactly this batch's statistics
    batch = _forward(params, 0.0)[1]
    return {
        "answers": {"mean": batch["running_mean"].tolist(), "var": batch["running_var"].tolist(),
                    "out": out.tolist(), "running_mean": cache["running_mean"].tolist()},
        "steps": {"x_hat": cache["x_hat"].tolist(), "momentum": MOMENTUM, "new_weight": 1 - MOMENTUM},
    }


def _layer_norm(p):
    out, _ = layernorm_forward(np.asarray(p["X"], dtype=float), np.asarray(p["gamma"]), np.asarray(p["beta"]))
    return {"out": out.tolist()}


def _momentum_swapped(p):
    return {"running_mean": _forward(p, 1 - MOMENTUM)[1]["running_mean"].tolist()}


def _sample_variance(p):
    """The variance divided by N - 1 (numpy's ddof=1), and the output normalised with it."""
    X = np.asarray(p["X"], dtype=float)
    var = X.var(axis=0, ddof=1)
    # batchnorm_forward with momentum 0 takes its variance as given: feed the sample variance through gamma, beta
    x_hat = (X - X.mean(axis=0)) / np.sqrt(var + EPS)
    return {"var": var.tolist(), "out": (np.asarray(p["gamma"]) * x_hat + np.asarray(p["beta"])).tolist()}


MISTAKES = [
    AnswerMistake("batchnorm-sample-variance", "the sample variance (divided by N - 1)",
            "Batch norm uses the biased variance of the batch: divide the squared deviations by N, not N - 1.",
            _sample_variance),
    AnswerMistake("batchnorm-over-features", "each example normalised over its features (layer norm)",
            "Batch norm averages each feature (a column) over the examples of the batch.", _layer_norm),
    AnswerMistake("batchnorm-momentum-swapped", "the momentum weights swapped (0.1 old + 0.9 new)",
            "running = momentum * running + (1 - momentum) * batch mean, with momentum 0.9 on the old value.",
            _momentum_swapped),
]
