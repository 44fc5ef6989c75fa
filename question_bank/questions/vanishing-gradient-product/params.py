"""a_l = sigmoid(w_l a_{l-1}) for l = 1..n from a_0 = x: d a_n / d x = prod_l w_l sigmoid'(z_l)."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.question_bank.drawing import rounded, told_apart
from mlptutor.reference.activations import sigmoid_grad
from mlptutor.reference import graph


def generate(rng):
    """3 or 4 units, weights 0.5 to 2 in size; the gradient stays above 1e-5 so 7 decimals show it; the weights'
    product not within 2 % of 1 (the derivatives alone, weights forgotten, got full marks)."""
    while True:
        params = {"x": rounded(rng, -1, 1, 1, min_abs=0.2),
                  "w": rounded(rng, -2, 2, 1, size=int(rng.integers(3, 5)), min_abs=0.5)}
        key = solve(params)["answers"]
        if abs(key["grad"]) >= 1e-5 and told_apart(params, key, MISTAKES, __file__):
            return params


def _chain(params):
    """The chain as reference graph nodes after backward: (x node, [z_l nodes], [a_l nodes])."""
    x = graph.Node(params["x"], name="x")
    zs, activations = [], [x]
    for w in params["w"]:
        zs.append(w * activations[-1])
        activations.append(graph.sigmoid(zs[-1]))
    graph.backward(activations[-1])
    return x, zs, activations[1:]


def solve(params):
    x, zs, activations = _chain(params)
    z = np.asarray([node.value for node in zs])
    return {
        "answers": {"derivative_product": float(np.prod(sigmoid_grad(z))), "grad": x.grad},
        "steps": {"z": z.tolist(), "a": [node.value for node in activations], "local": sigmoid_grad(z).tolist(),
                  "bound": 0.25 ** len(zs)},
    }


MISTAKES = [
    AnswerMistake("vanishing-weights-forgotten", "the sigmoid derivatives without the weights",
            "Each link z_l = w_l a_(l-1) contributes its weight w_l to the chain rule as well.",
            lambda p: {"grad": solve(p)["answers"]["derivative_product"]}),
]
