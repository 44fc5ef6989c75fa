"""Sizes of the three-way split: round(f_train N), round(f_val N) and the rest for the test set."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.reference.data import split_indices

FRACTIONS = [[0.6, 0.2, 0.2], [0.7, 0.15, 0.15], [0.8, 0.1, 0.1], [0.5, 0.25, 0.25]]


def generate(rng):
    """N whose train and validation shares are not halfway between two integers (no rounding ties)."""
    fractions = FRACTIONS[int(rng.integers(len(FRACTIONS)))]
    while True:
        n = int(rng.integers(50, 5000))
        shares = [f * n % 1 for f in fractions[:2]]
        if all(abs(s - 0.5) > 0.05 for s in shares):
            return {"n": n, "fractions": fractions, "percent": [round(100 * f) for f in fractions]}


def _sizes(n, fractions):
    # the sizes do not depend on the shuffle: any seed gives the same three lengths
    return [len(part) for part in split_indices(n, np.random.default_rng(0), fractions)]


def solve(params):
    n, fractions = params["n"], params["fractions"]
    return {"answers": {"sizes": _sizes(n, fractions)}, "steps": {"shares": [f * n for f in fractions]}}


def _test_rounded_too(p):
    n, f = p["n"], p["fractions"]
    return {"sizes": [round(share) for share in np.multiply(f, n)]}


MISTAKES = [
    AnswerMistake("split-rounded-separately", "each set rounded on its own",
            "Round the training and validation sizes; the test set takes all remaining examples, so none is lost.",
            _test_rounded_too),
]
