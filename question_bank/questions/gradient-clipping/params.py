"""Clip two gradients (dW, db) by their global norm: g <- g * min(1, max_norm / norm)."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded, told_apart
from mlptutor.reference.clipping import clip_by_global_norm


def generate(rng):
    """dW of 3 entries and db of 1, the threshold tau (5 as in the course, or 1 or 2) at least 0.5 below their global
    norm, so the clipping acts and the solution's "it exceeds tau" holds; leaving db out told apart."""
    while True:
        params = {"dW": rounded(rng, -6, 6, 1, size=3, min_abs=0.5), "db": rounded(rng, -6, 6, 1, size=1, min_abs=0.5),
                  "max_norm": float(rng.choice([1.0, 2.0, 5.0]))}
        key = solve(params)["answers"]
        if key["norm"] >= params["max_norm"] + 0.5 and told_apart(params, key, MISTAKES, __file__):
            return params


def _clipped(params, grads):
    """(the clipped gradients, their global norm before clipping) of `grads` at the variant's threshold."""
    return clip_by_global_norm({k: np.array(v) for k, v in grads.items()}, params["max_norm"])


def solve(params):
    clipped, norm = _clipped(params, {"dW": params["dW"], "db": params["db"]})
    return {"answers": {"norm": norm, "dW": clipped["dW"].tolist()},
            "steps": {"squares": float(np.sum(np.square(params["dW"])) + np.sum(np.square(params["db"]))),
                      "scale": params["max_norm"] / norm}}


MISTAKES = [
    AnswerMistake("clip-dw-alone", "dW clipped by its own norm, leaving db out of the global norm",
                  "The global norm is taken over every entry of every gradient, db too.",
                  lambda p: (lambda clipped, norm: {"norm": norm, "dW": clipped["dW"].tolist()})(
                      *_clipped(p, {"dW": p["dW"]}))),
]
