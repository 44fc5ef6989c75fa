"""Layer norm of one example x (D,): mean, biased variance and (x - mu) / sqrt(var + eps)."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded, told_apart
from mlptutor.reference.normalization import EPS, batchnorm_forward, layernorm_forward


def generate(rng):
    """4 or 5 features, mean not near 0, no feature within 0.05 standard deviations of the mean (nothing prints as 0),
    every known mistake told apart (a variance near 1 gave dividing by it full marks)."""
    size = int(rng.integers(4, 6))
    while True:
        x = rounded(rng, -3, 5, 1, size=size)
        key = solve({"x": x})["answers"]
        if (np.std(x) > 0.3 and abs(np.mean(x)) >= 0.05 and np.min(np.abs(key["out"])) >= 0.05
                and told_apart({"x": x}, key, MISTAKES, __file__)):
            return {"x": x}


def statistics(rows):
    """Per-row mean and biased variance, read off batch norm's running statistics with momentum 0."""
    X = np.asarray(rows, dtype=float).T  # batch norm averages over axis 0: put the features there
    zeros = np.zeros(X.shape[1])
    _, cache = batchnorm_forward(X, 1.0, 0.0, zeros, zeros, momentum=0.0)
    return cache["running_mean"].tolist(), cache["running_var"].tolist()


def _normalised(x, eps=EPS):
    out, _ = layernorm_forward(np.asarray([x], dtype=float), 1.0, 0.0, eps=eps)
    return out[0].tolist()


def solve(params):
    x = params["x"]
    (mean,), (var,) = statistics([x])
    return {
        "answers": {"mean": mean, "var": var, "out": _normalised(x)},
        "steps": {"centred": [v - mean for v in x], "std": float(np.sqrt(var + EPS))},
    }


def _sample_variance(p):
    key = solve(p)["answers"]
    n = len(p["x"])
    sample = key["var"] * n / (n - 1)
    return {"var": sample, "out": [(v - key["mean"]) / np.sqrt(sample + EPS) for v in p["x"]]}


def _divided_by_variance(p):
    key = solve(p)["answers"]
    return {"out": [(v - key["mean"]) / (key["var"] + EPS) for v in p["x"]]}


MISTAKES = [
    AnswerMistake("norm-sample-variance", "the sample variance (divided by n - 1)",
            "Normalisation uses the biased variance: divide the squared deviations by n, not n - 1.", _sample_variance),
    AnswerMistake("norm-divided-by-variance", "the centred features divided by the variance, not its square root",
            "Divide by the standard deviation sqrt(var + eps).", _divided_by_variance),
]
