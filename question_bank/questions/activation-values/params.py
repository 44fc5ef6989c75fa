"""g(z) and g'(z) elementwise for one of sigmoid, tanh, ReLU, leaky ReLU (slope 0.1)."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded, told_apart
from mlptutor.reference.activations import get_activation, leaky_relu, leaky_relu_grad

ALPHA = 0.1
NAMES = {"sigmoid": r"\sigma(z) = \frac{1}{1 + e^{-z}}", "tanh": r"\tanh(z)", "relu": r"\mathrm{ReLU}(z) = \max(0, z)",
         "leaky_relu": r"\mathrm{LeakyReLU}(z) = \max(0.1 z, z)"}


def generate(rng):
    """3 pre-activations in [-3, 3], at least 0.1 from 0 (the ReLU kink), one of each sign; the values not the
    derivatives (ReLU of positive entries all 1.0 gave the value as the derivative full marks)."""
    activation = sorted(NAMES)[int(rng.integers(len(NAMES)))]
    while True:
        params = {"activation": activation, "definition": NAMES[activation], "z": rounded(rng, -3, 3, 1, size=3, min_abs=0.1)}
        if min(params["z"]) < 0 < max(params["z"]) and told_apart(params, solve(params)["answers"], MISTAKES, __file__):
            return params


def _functions(name):
    if name == "leaky_relu":  # the course's slope, not the registry's default 0.01
        return (lambda z: leaky_relu(z, ALPHA)), (lambda z: leaky_relu_grad(z, ALPHA))
    entry = get_activation(name)
    return entry.forward, entry.grad


def solve(params):
    forward, grad = _functions(params["activation"])
    z = np.asarray(params["z"], dtype=float)
    return {"answers": {"value": forward(z).tolist(), "derivative": grad(z).tolist()}, "steps": {}}


MISTAKES = [
    AnswerMistake("activation-value-as-derivative", "the activation's value given as its derivative",
            "Differentiate g: e.g. sigmoid'(z) = sigmoid(z)(1 - sigmoid(z)), tanh'(z) = 1 - tanh(z)^2.",
            lambda p: {"derivative": solve(p)["answers"]["value"]}),
]
