"""Inverted dropout in training: keep a unit when its uniform draw u >= p, scale survivors by 1/(1 - p)."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded
from mlptutor.reference.regularization import dropout_forward


class _Draws:
    """Stands in for the Generator: hands the reference the uniform draws shown to the student."""

    def __init__(self, draws):
        self.draws = np.asarray(draws, dtype=float)

    def random(self, shape):
        return self.draws.reshape(shape)


def generate(rng):
    """5 positive activations; draws at least 0.03 from p, with at least one unit kept and one dropped."""
    p = float(rng.choice([0.2, 0.25, 0.4, 0.5]))
    while True:
        draws = rounded(rng, 0.0, 0.99, 2, size=5)
        keep = np.asarray(draws) >= p
        if keep.any() and not keep.all() and np.min(np.abs(np.asarray(draws) - p)) >= 0.03:
            break
    return {"a": rounded(rng, 0.1, 3.0, 1, size=5), "p": p, "u": draws}


def _dropout(a, p, u):
    out, cache = dropout_forward(np.asarray(a, dtype=float), p, _Draws(u))
    return out.tolist(), cache["mask"].tolist()


def solve(params):
    out, mask = _dropout(params["a"], params["p"], params["u"])
    keep = [int(m > 0) for m in mask]
    return {"answers": {"out": out}, "steps": {"keep": keep, "mask": mask, "scale": 1 / (1 - params["p"])}}


def _unscaled(p):
    out, mask = _dropout(p["a"], p["p"], p["u"])
    return {"out": [o * (1 - p["p"]) for o in out]}


def _times_keep_probability(p):
    out, mask = _dropout(p["a"], p["p"], p["u"])
    return {"out": [o * (1 - p["p"]) ** 2 for o in out]}


def _kept_below_p(p):
    # keeping the units whose draw is below p is dropping with probability 1 - p
    return {"out": _dropout(p["a"], 1 - p["p"], [1 - u for u in p["u"]])[0]}


MISTAKES = [
    AnswerMistake("dropout-not-scaled", "the survivors left unscaled",
            "Inverted dropout divides the kept activations by 1 - p so their expected value is unchanged.", _unscaled),
    AnswerMistake("dropout-scaled-down", "the survivors multiplied by 1 - p instead of divided",
            "In training the survivors are scaled up, by 1 / (1 - p), not down.", _times_keep_probability),
    AnswerMistake("dropout-mask-flipped", "the units with u < p kept",
            "p is the probability of dropping: a unit survives when its draw is at least p.", _kept_below_p),
]
