"""dL/dz = softmax(z) - y for L = cross-entropy(softmax(z), one-hot y) of one example."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded, separated
from mlptutor.reference.data import one_hot
from mlptutor.reference.softmax import softmax, softmax_cross_entropy_grad


def generate(rng):
    """3 logits at least 0.2 apart, every probability at least 0.005; a random true class."""
    while True:
        z = rounded(rng, -2, 3, 1, size=3)
        if separated(z, 0.2) and softmax(np.asarray(z)).min() >= 0.005:
            return {"z": z, "label": int(rng.integers(3))}


def solve(params):
    z = np.asarray([params["z"]], dtype=float)
    y = one_hot([params["label"]], 3)
    return {"answers": {"grad": softmax_cross_entropy_grad(z, y)[0].tolist()},
            "steps": {"p": softmax(z)[0].tolist(), "y": y[0].tolist()}}


MISTAKES = [
    AnswerMistake("softmax-ce-sign", "y - softmax(z), the negative of the gradient",
            "The gradient is the prediction minus the target: softmax(z) - y.",
            lambda p: {"grad": [-g for g in solve(p)["answers"]["grad"]]}),
    AnswerMistake("softmax-ce-probabilities", "the probabilities without subtracting the target",
            "Subtract the one-hot target: the true class's entry is p - 1.",
            lambda p: {"grad": solve(p)["steps"]["p"]}),
]
