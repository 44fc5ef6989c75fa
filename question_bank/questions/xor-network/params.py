"""A 2-2-1 sigmoid network solving XOR: one hidden unit OR, the other NAND, output = their AND, weights scaled by k."""

import numpy as np

from mlptutor.question_bank.answers import AnswerMistake
from mlptutor.reference.mlp import mlp_forward, predict_labels
from mlptutor.reference.xor import ACTIVATIONS, XOR_INPUTS, hidden_logic


def network(p):
    """Weights of the XOR network (W (n_in, n_out)): the unit weights w1, b1 of `p` scaled by its sharpness k."""
    k = p["k"]
    return {"W1": k * np.asarray(p["w1"], dtype=float), "b1": k * np.asarray(p["b1"], dtype=float),
            "W2": k * np.array([[1.0], [1.0]]), "b2": k * np.array([-1.5])}


def generate(rng):
    """An XOR pattern, a sharpness k from 4 to 10, OR and NAND thresholds around the course's 0.5 and 1.5,
    and the hidden units in either order; kept when every printed value stays above 0.001 and the
    output pre-activation is clearly away from 0."""
    while True:
        a, c = float(rng.choice([0.3, 0.4, 0.5, 0.6, 0.7])), float(rng.choice([1.3, 1.4, 1.5, 1.6, 1.7]))
        w1, b1 = [[1.0, -1.0], [1.0, -1.0]], [-a, c]
        if rng.integers(2):  # NAND first
            w1, b1 = [[-1.0, 1.0], [-1.0, 1.0]], [c, -a]
        params = {"k": float(rng.integers(4, 11)), "x": XOR_INPUTS[int(rng.integers(4))].tolist(), "w1": w1, "b1": b1}
        answers = solve(params)["answers"]
        xor = int(params["x"][0] != params["x"][1])
        if answers["label"] == xor and min(answers["h"]) >= 0.001 and abs(answers["z_out"]) >= 0.05:
            return params


def solve(params):
    weights = network(params)
    X = np.asarray([params["x"]], dtype=float)
    _, caches = mlp_forward(X, weights, ACTIVATIONS)
    logic = hidden_logic(weights)
    return {
        "answers": {"h": caches[1]["A_prev"][0].tolist(), "z_out": float(caches[1]["Z"][0, 0]),
                    "label": int(predict_labels(X, weights, ACTIVATIONS)[0])},
        "steps": {"z_hidden": caches[0]["Z"][0].tolist(), "hidden_logic": logic["hidden"], "output_logic": logic["output"],
                  "W2": weights["W2"][:, 0].tolist(), "b2": float(weights["b2"][0])},
    }


def _no_hidden_activation(p):
    weights = network(p)
    z_hidden = np.asarray(p["x"]) @ weights["W1"] + weights["b1"]
    return {"h": z_hidden.tolist(), "z_out": float(z_hidden @ weights["W2"][:, 0] + weights["b2"][0])}


MISTAKES = [
    AnswerMistake("xor-no-hidden-activation", "the hidden pre-activations passed on without the sigmoid",
            "Apply the sigmoid to each hidden unit before the output layer: h = sigmoid(x W1 + b1).",
            _no_hidden_activation),
]
