"""Exercise: XOR with a 2-2-1 sigmoid network, the problem no single perceptron can solve.

    x1 x2 | y
     0  0 | 0
     0  1 | 1
     1  0 | 1
     1  1 | 0

A1 = sigmoid(X W1 + b1) (4, 2), p = sigmoid(A1 W2 + b2) (4, 1), trained by
full-batch gradient descent on the mean binary cross-entropy
L = -1/4 sum [y log p + (1 - y) log(1 - p)] (p clipped to [1e-12, 1 - 1e-12]).
Each start draws Xavier normal weights from the rng, layer 1 first:
W1 = sqrt(2 / 4) * rng.standard_normal((2, 2)), W2 = sqrt(2 / 3) * rng.standard_normal((2, 1)),
b1 = b2 = 0. Write the forward and backward passes here as helpers.

hidden_logic reads what each unit learned as a truth table over the four
patterns (thresholded at 0.5) and names it from BOOLEAN_FUNCTIONS below. It
takes any network, hand-built ones with large weights (e.g. 2000) included:
its sigmoid must then saturate without overflow or RuntimeWarnings.
"""

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])

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
    raise NotImplementedError


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
    raise NotImplementedError
