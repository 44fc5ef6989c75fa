"""Iterates of w <- w - eta * c * w on the loss L = (c / 2) w^2."""

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded, told_apart
from mlptutor.reference.optim import descend

STEPS = 3


def generate(rng):
    """w0 in [-5, 5] away from 0; eta * c <= 0.6 so the bowl is descended without overshooting; every known mistake
    told apart (w0 = 1.1 with eta c = 0.025: the stale gradient's w3 is 0.002 off, within rounding each step)."""
    while True:
        params = {
            "w0": rounded(rng, -5, 5, 1, min_abs=1.0),
            "eta": float(rng.choice([0.05, 0.1, 0.2, 0.3])),
            "c": float(rng.choice([0.5, 1.0, 2.0])),
        }
        if told_apart(params, solve(params)["answers"], MISTAKES, __file__):
            return params


def _iterates(w0, eta, c):
    return descend(lambda w: c * w, w0, eta, STEPS).tolist()


def solve(params):
    w0, eta, c = params["w0"], params["eta"], params["c"]
    ws = _iterates(w0, eta, c)
    # each step moved w by -eta * gradient: read the gradients back off the reference's iterates
    gradients = [(before - after) / eta for before, after in zip(ws, ws[1:])]
    return {"answers": {"iterates": ws[1:]}, "steps": {"factor": ws[1] / w0, "gradients": gradients}}


def _constant_gradient(p):
    # the gradient computed once at w0 and reused, as if the slope never changed
    return {"iterates": descend(lambda w: p["c"] * p["w0"], p["w0"], p["eta"], STEPS).tolist()[1:]}


MISTAKES = [
    AnswerMistake("gd-wrong-sign", "steps up the gradient (w + eta * grad)",
            "Subtract eta times the gradient: the weight should move towards the minimum at 0.",
            lambda p: {"iterates": _iterates(p["w0"], -p["eta"], p["c"])[1:]}),
    AnswerMistake("gd-stale-gradient", "the first gradient reused at every step",
            "Recompute the gradient c * w at the current weight before each step.", _constant_gradient),
]
