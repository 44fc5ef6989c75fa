"""Softmax s_i = exp(z_i) / sum_j exp(z_j) of 3 or 4 logits."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded, separated
from mlptutor.reference.softmax import softmax


def generate(rng):
    """Logits at least 0.2 apart (no ties for the largest) with every probability printing above 0.005."""
    size = int(rng.integers(3, 5))
    while True:
        z = rounded(rng, -2, 3, 1, size=size)
        if separated(z, 0.2) and softmax(np.asarray(z)).min() >= 0.005:
            return {"z": z}


def solve(params):
    z = np.asarray(params["z"], dtype=float)
    exps = np.exp(z)  # shown unshifted, as a student computes them; the answer uses the reference
    return {"answers": {"p": softmax(z).tolist()}, "steps": {"exps": exps.tolist(), "total": float(exps.sum())}}


def _normalised_logits(p):
    z = np.asarray(p["z"], dtype=float)
    return {"p": (z / z.sum()).tolist()}


MISTAKES = [
    AnswerMistake("softmax-no-exp", "the logits divided by their sum, without exponentiating",
            "Exponentiate every logit first: the probabilities are e^z_i / sum_j e^z_j.", _normalised_logits),
]
