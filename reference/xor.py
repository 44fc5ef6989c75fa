"""XOR with a 2-2-1 sigmoid network: the problem no single perceptron can solve.

    x1 x2 | y
     0  0 | 0
     0  1 | 1
     1  0 | 1
     1  1 | 0

The network A1 = sigmoid(X W1 + b1) (4, 2), p = sigmoid(A1 W2 + b2) (4, 1) is
trained by full-batch gradient descent on binary cross-entropy from Xavier
normal weights. A few starts land in a flat region or local minimum where one
pattern stays wrong; training then restarts from fresh weights drawn from the
same rng, so the whole run is still a pure function of the seed.

Each hidden unit carves one line through the input square, and the output
combines the two half-planes: the course's reading is h1 = OR, h2 = NAND,
output = h1 AND h2. Gradient descent finds several equivalent pairs
(e.g. "x1 AND NOT x2" with "NOT x1 AND x2", output OR); `hidden_logic` names
whichever the network learned.
"""

import numpy as np

from mlptutor.reference.backprop import mlp_loss_and_grads
from mlptutor.reference.init import init_params
from mlptutor.reference.mlp import predict
from mlptutor.reference.optim import sgd_step

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])
ACTIVATIONS = ["sigmoid", "sigmoid"]

# truth table on (0,0), (0,1), (1,0), (1,1) -> name, for every two-input boolean function
BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    """Train the 2-2-1 sigmoid network on XOR from numpy.random.default_rng(seed).

    Each start draws init_params([2, 2, 1], rng, "xavier") and takes up to
    max_epochs gradient steps W <- W - eta dL/dW on the mean binary cross-entropy
    L, stopping at the first params with L < tol; a start that does not get there
    is replaced by a fresh draw from the same rng (one rng for the whole run, made
    once), at most max_restarts times. Every draw and step is fixed, so a run is a
    pure function of its arguments; compute in float64 throughout.

    Returns {"epochs": int (gradient steps of the final start, 0 to max_epochs),
    "restarts": int (fresh draws after the first), "loss": float (L of the returned
    params), "predictions": (4,) float64 probabilities of the returned params for
    XOR_INPUTS, "correct": int (patterns with (p > 0.5) == y), "params": the final
    start's params, as float64 arrays}.
    """
    rng = np.random.default_rng(seed)
    for restart in range(max_restarts + 1):
        params = init_params([2, 2, 1], rng, scheme="xavier")
        for epoch in range(max_epochs + 1):
            loss, grads = mlp_loss_and_grads(XOR_INPUTS, XOR_TARGETS, params, ACTIVATIONS, loss="bce")
            if loss < tol or epoch == max_epochs:
                break
            params = sgd_step(params, grads, eta)
        if loss < tol:
            break
    p = predict(XOR_INPUTS, params, ACTIVATIONS)[:, 0]
    return {"epochs": epoch, "restarts": restart, "loss": float(loss), "predictions": p,
            "correct": int(np.sum((p > 0.5) == XOR_TARGETS[:, 0].astype(bool))), "params": params}


def _truth_table(values):
    return tuple(int(v > 0.5) for v in values)


def hidden_logic(params):
    """Name the boolean function each unit of a 2-2-1 sigmoid network computes.

    params: any such network {"W1" (2, 2), "b1" (2,), "W2" (2, 1), "b2" (1,)},
    trained or not (a unit may compute any of the 16 functions). Hidden unit j
    on the four XOR_INPUTS, its sigmoid output thresholded at 0.5, gives a truth
    table; the output unit is read on the four binary hidden patterns (h1, h2) in
    (0,0), (0,1), (1,0), (1,1) order. Names come from BOOLEAN_FUNCTIONS; the
    "network" is the whole forward pass, with the real (not rounded) hidden values.
    Returns {"hidden": [name of h1, name of h2], "output": name of the output as a
    function of (h1, h2), e.g. "AND" or "NOT h1 OR h2", "network": name of the
    whole network on XOR_INPUTS, "XOR" once trained}.
    """
    hidden = predict(XOR_INPUTS, {"W1": params["W1"], "b1": params["b1"]}, ACTIVATIONS[:1])
    # XOR_INPUTS are also the four binary hidden patterns (h1, h2), in table order
    on_binary_hidden = predict(XOR_INPUTS, {"W1": params["W2"], "b1": params["b2"]}, ACTIVATIONS[1:])
    return {
        "hidden": [BOOLEAN_FUNCTIONS[_truth_table(hidden[:, j])] for j in range(hidden.shape[1])],
        "output": BOOLEAN_FUNCTIONS[_truth_table(on_binary_hidden[:, 0])].replace("x", "h"),
        "network": BOOLEAN_FUNCTIONS[_truth_table(predict(XOR_INPUTS, params, ACTIVATIONS)[:, 0])],
    }
