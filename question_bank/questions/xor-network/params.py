"""A 2-2-1 sigmoid network solving XOR: h1 = OR, h2 = NAND, output = h1 AND h2, weights scaled by k."""

import numpy as np

from question_bank.answers import Mistake
from reference.mlp import mlp_forward, predict_labels
from reference.xor import ACTIVATIONS, XOR_INPUTS, hidden_logic


def network(k):
    """Weights of the course's XOR network (W (n_in, n_out)); k sets how sharp each sigmoid is."""
    return {"W1": k * np.array([[1.0, -1.0], [1.0, -1.0]]), "b1": k * np.array([-0.5, 1.5]),
            "W2": k * np.array([[1.0], [1.0]]), "b2": k * np.array([-1.5])}


def generate(rng):
    """One of the four XOR patterns and a sharpness k from 4 to 10 (every printed value stays above 0.001)."""
    pattern = XOR_INPUTS[int(rng.integers(4))]
    return {"k": float(rng.choice([4.0, 6.0, 8.0, 10.0])), "x": pattern.tolist()}


def solve(params):
    weights = network(params["k"])
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
    weights = network(p["k"])
    z_hidden = np.asarray(p["x"]) @ weights["W1"] + weights["b1"]
    return {"h": z_hidden.tolist(), "z_out": float(z_hidden @ weights["W2"][:, 0] + weights["b2"][0])}


MISTAKES = [
    Mistake("xor-no-hidden-activation", "the hidden pre-activations passed on without the sigmoid",
            "Apply the sigmoid to each hidden unit before the output layer: h = sigmoid(x W1 + b1).",
            _no_hidden_activation),
]
