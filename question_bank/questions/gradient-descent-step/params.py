"""One step w <- w - eta * dL/dw on a single weight."""

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded
from mlptutor.reference.optim import sgd_step


def generate(rng):
    """w in [-5, 5], eta in {0.01, ..., 0.5}, gradient in [-10, 10], none of them zero, nor the new weight (w = 0.5,
    eta = 0.1, grad = 5.0 gave a key of 0 any guess hits)."""
    while True:
        params = {"w": rounded(rng, -5, 5, 1, min_abs=0.5), "eta": float(rng.choice([0.01, 0.02, 0.05, 0.1, 0.2, 0.5])),
                  "grad": rounded(rng, -10, 10, 1, min_abs=0.5)}
        if abs(_step(params["w"], params["eta"], params["grad"])) >= 0.05:
            return params


def _step(w, eta, grad):
    return float(sgd_step({"w": w}, {"w": grad}, eta)["w"])


def solve(params):
    w, eta, grad = params["w"], params["eta"], params["grad"]
    new = _step(w, eta, grad)
    return {"answers": {"w_new": new}, "steps": {"change": new - w}}


MISTAKES = [
    AnswerMistake("gd-wrong-sign", "a step up the gradient (w + eta * grad)",
            "The gradient points uphill; gradient descent subtracts eta times the gradient.",
            lambda p: {"w_new": _step(p["w"], -p["eta"], p["grad"])}),
    AnswerMistake("gd-no-learning-rate", "the learning rate left out (w - grad)",
            "Scale the gradient by the learning rate eta before subtracting it.",
            lambda p: {"w_new": _step(p["w"], 1.0, p["grad"])}),
]
