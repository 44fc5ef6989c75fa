"""One step of w <- (1 - eta * lambda) w - eta * dL_data/dw (L2 penalty (lambda / 2) w^2)."""

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded
from mlptutor.reference.optim import sgd_step
from mlptutor.reference.regularization import weight_decay_step


def generate(rng):
    """w away from 0, a data gradient in [-3, 3], lambda large enough that the decay shows in 4 decimals."""
    return {
        "w": rounded(rng, -5, 5, 1, min_abs=1.0),
        "eta": float(rng.choice([0.05, 0.1, 0.2])),
        "lam": float(rng.choice([0.01, 0.05, 0.1, 0.5])),
        "grad": rounded(rng, -3, 3, 1, min_abs=0.1),
    }


def _decayed(w, eta, lam, grad):
    # the key must name a weight ("W..."): biases are never decayed
    return float(weight_decay_step({"W": w}, {"W": grad}, eta, lam)["W"])


def solve(params):
    w, eta, lam, grad = params["w"], params["eta"], params["lam"], params["grad"]
    return {
        "answers": {"w_new": _decayed(w, eta, lam, grad)},
        "steps": {"factor": _decayed(1.0, eta, lam, 0.0), "shrunk": _decayed(w, eta, lam, 0.0), "data_step": -eta * grad},
    }


MISTAKES = [
    AnswerMistake("decay-wrong-sign", "the decay term with the wrong sign (1 + eta * lambda)",
            "The penalty's gradient lambda * w is added to the data gradient, so the weight shrinks towards 0.",
            lambda p: {"w_new": _decayed(p["w"], p["eta"], -p["lam"], p["grad"])}),
    AnswerMistake("decay-forgotten", "a plain gradient step without the decay",
            "The L2 penalty adds lambda * w to the gradient: include it in the step.",
            lambda p: {"w_new": float(sgd_step({"w": p["w"]}, {"w": p["grad"]}, p["eta"])["w"])}),
    AnswerMistake("decay-without-eta", "the decay applied without the learning rate (1 - lambda)",
            "The decay is part of the gradient, so it is scaled by eta too: (1 - eta * lambda) w.",
            lambda p: {"w_new": _decayed(p["w"], 1.0, p["lam"], 0.0) - p["eta"] * p["grad"]}),
]
