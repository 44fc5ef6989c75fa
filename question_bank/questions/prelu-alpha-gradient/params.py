"""PReLU with one shared slope alpha: g(z), dg/dz, and dL/dalpha = sum of dL/dg * dg/dalpha (z where z <= 0)."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded, told_apart
from mlptutor.reference.activations import prelu, prelu_alpha_grad, prelu_grad


def generate(rng):
    """4 pre-activations at least 0.1 from the kink, two of each sign; upstream gradients; dL/dalpha not near 0 and
    told apart from the known mistakes' (1 or alpha for z in place of dg/dalpha could land on it)."""
    while True:
        params = {"z": rounded(rng, -3, 3, 1, size=4, min_abs=0.1), "alpha": float(rng.choice([0.1, 0.2, 0.3])),
                  "upstream": rounded(rng, -2, 2, 1, size=4, min_abs=0.1)}
        z = np.asarray(params["z"])
        key = solve(params)["answers"]
        if (z < 0).sum() == 2 and abs(key["dalpha"]) >= 0.05 and told_apart(params, key, MISTAKES, __file__):
            return params


def solve(params):
    z, alpha, upstream = (np.asarray(params[k], dtype=float) for k in ("z", "alpha", "upstream"))
    local = prelu_alpha_grad(z)
    return {"answers": {"value": prelu(z, alpha).tolist(), "dz": prelu_grad(z, alpha).tolist(),
                        "dalpha": float(np.sum(upstream * local))},
            "steps": {"local": local.tolist(), "products": (upstream * local).tolist()}}


def _indicator(p):
    z, upstream = np.asarray(p["z"]), np.asarray(p["upstream"])
    return {"dalpha": float(np.sum(upstream * (z <= 0)))}


def _slope_as_derivative(p):
    return {"dalpha": float(np.sum(np.asarray(p["upstream"]) * prelu_grad(np.asarray(p["z"]), p["alpha"])))}


MISTAKES = [
    AnswerMistake("prelu-dalpha-indicator", "dg/dalpha taken as 1 on the negative side instead of z",
            "For z <= 0, g = alpha z, so dg/dalpha = z there (and 0 where z > 0).", _indicator),
    AnswerMistake("prelu-dalpha-as-dz", "dL/dalpha computed with dg/dz in place of dg/dalpha",
            "dg/dz is the slope (1 or alpha); the slope's own gradient is dg/dalpha, which is z on the negative side.",
            _slope_as_derivative),
]
