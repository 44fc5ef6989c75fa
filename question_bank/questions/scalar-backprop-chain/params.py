"""h = w1 x, y_hat = w2 h, L = (y_hat - y)^2 / 2: forward, then dL/dw2 and dL/dw1 by the chain rule."""

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded
from mlptutor.reference.graph import chain_example


def generate(rng):
    """Nonzero inputs and weights, and a prediction at least 0.2 away from the target (nonzero gradients); w2 is not
    1 (dL/dw1 without its factor w2 would be right)."""
    while True:
        params = {"x": rounded(rng, -3, 3, 1, min_abs=0.5), "w1": rounded(rng, -2, 2, 1, min_abs=0.2),
                  "w2": rounded(rng, -2, 2, 1, min_abs=0.2), "y": rounded(rng, -3, 3, 1)}
        if abs(params["w2"] * params["w1"] * params["x"] - params["y"]) >= 0.2 and params["w2"] != 1.0:
            return params


def solve(params):
    nodes = chain_example(params["x"], params["w1"], params["w2"], params["y"])
    return {
        "answers": {"y_hat": nodes["y_hat"].value, "dw2": nodes["w2"].grad, "dw1": nodes["w1"].grad},
        "steps": {"h": nodes["h"].value, "loss": nodes["L"].value, "error": nodes["y_hat"].grad, "dh": nodes["h"].grad},
    }


def _error_sign_flipped(p):
    nodes = chain_example(p["x"], p["w1"], p["w2"], p["y"])
    return {"dw2": -nodes["w2"].grad, "dw1": -nodes["w1"].grad}


MISTAKES = [
    AnswerMistake("chain-sign", "the error taken as y - y_hat",
            "dL/dy_hat = y_hat - y for L = (y_hat - y)^2 / 2: prediction minus target.", _error_sign_flipped),
    AnswerMistake("chain-missing-w2", "dL/dw1 without the factor w2",
            "The path from w1 to L goes through y_hat = w2 h: multiply by dy_hat/dh = w2.",
            lambda p: {"dw1": solve(p)["steps"]["error"] * p["x"]}),
]
