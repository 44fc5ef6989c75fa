"""Categorical cross-entropy L = -sum_k y_k log p_k = -log p_label of one prediction."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded, separated
from mlptutor.reference.data import one_hot
from mlptutor.reference.losses import cross_entropy


def generate(rng):
    """3 or 4 probabilities of 3 decimals summing to 1, each at least 0.02 and no two within 0.01 (the neighbour's
    -ln p would be right for classes counted from 1); a random true class. All of 3 decimals: of 2, 150 students
    shared 75 losses, and a neighbour's copied loss was right on 14 of 447 pairs of a term's quizzes."""
    size = int(rng.integers(3, 5))
    while True:
        head = rounded(rng, 0.02, 0.7, 3, size=size - 1)
        last = round(1 - sum(head), 3)
        if last >= 0.02 and separated(head + [last], 0.01):
            return {"p": head + [last], "label": int(rng.integers(size))}


def _loss(p, label):
    probs = np.asarray([p], dtype=float)
    return float(cross_entropy(probs, one_hot([label], probs.shape[1])))


def solve(params):
    return {"answers": {"loss": _loss(params["p"], params["label"])},
            "steps": {"p_true": params["p"][params["label"]]}}


def _log10(p):
    return {"loss": _loss(p["p"], p["label"]) / np.log(10)}


MISTAKES = [
    AnswerMistake("ce-log10", "the base-10 logarithm", "Cross-entropy uses the natural logarithm ln.", _log10),
    AnswerMistake("ce-first-class", "the probability of the first class instead of the true one",
            "Take -ln of the probability of the TRUE class.", lambda p: {"loss": _loss(p["p"], 0)}),
    AnswerMistake("ce-classes-from-one", "the classes counted from 1 (the probability just before the true class)",
            "Classes are numbered from 0: class k is entry k of the probabilities, the (k + 1)-th.",
            lambda p: {"loss": _loss(p["p"], p["label"] - 1)} if p["label"] > 0 else {}),
]
