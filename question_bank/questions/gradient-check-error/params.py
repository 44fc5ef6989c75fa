"""Central differences of f(w) = a w1^2 + b w1 w2 at a point, against a claimed gradient: the relative error."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded
from mlptutor.reference.gradcheck import numerical_gradient, relative_error

H = 0.01


def f_of(params):
    a, b = params["a"], params["b"]
    return lambda w: a * w[0] ** 2 + b * w[0] * w[1]


def generate(rng):
    """A claimed gradient with one entry wrong (a slip a student makes), a relative error that prints."""
    while True:
        params = {"a": float(rng.choice([1, 2, 3])), "b": float(rng.choice([-2, -1, 1, 2])),
                  "w": rounded(rng, -2, 2, 1, size=2, min_abs=0.2)}
        exact = _exact(params)
        claimed = list(exact)
        claimed[int(rng.integers(2))] *= float(rng.choice([-1.0, 2.0]))
        params["claimed"] = [round(v, 1) for v in claimed]
        answers = solve(params)["answers"]
        if answers["error"] >= 0.05 and np.min(np.abs(answers["numeric"])) >= 0.1:
            return params


def _exact(params):
    a, b, (w1, w2) = params["a"], params["b"], params["w"]
    return [2 * a * w1 + b * w2, b * w1]


def _numeric(params, h=H):
    return numerical_gradient(f_of(params), np.asarray(params["w"], dtype=float), h)


def solve(params):
    numeric = _numeric(params)
    w = np.asarray(params["w"], dtype=float)
    f = f_of(params)
    return {"answers": {"numeric": numeric.tolist(), "error": relative_error(params["claimed"], numeric)},
            "steps": {"h": H, "values": [[f(w + H * e), f(w - H * e)] for e in np.eye(2)],
                      "diff_norm": float(np.linalg.norm(np.subtract(params["claimed"], numeric))),
                      "norms": [float(np.linalg.norm(params["claimed"])), float(np.linalg.norm(numeric))]}}


MISTAKES = [
    AnswerMistake("gradcheck-no-2h", "the central difference divided by h instead of 2h",
            "From w - h to w + h is a step of 2h: divide the difference of the two values by 2h.",
            lambda p: {"numeric": (2 * _numeric(p)).tolist()}),
    AnswerMistake("gradcheck-one-sided-error", "the error divided by ||g|| only",
            "The course's relative error divides by ||g|| + ||n||, so it stays between 0 and 1.",
            lambda p: {"error": float(np.linalg.norm(np.subtract(p["claimed"], _numeric(p))) / np.linalg.norm(p["claimed"]))}),
]
