"""XOR after Fausett's backpropagation algorithm box, in batch form.

Step 0: initialise the weights (here the Xavier normal draws of the course, not
Nguyen-Widrow). Step 1: while the stopping condition is false do Steps 2-9:
feedforward (z_in_j = v_0j + sum_i x_i v_ij, z_j = f(z_in_j); y_in = w_0 + sum_j z_j w_j,
y = f(y_in)), backpropagation of error with Fausett's sign convention
(delta_k = t_k - y_k for the cross-entropy output, delta_in_j = sum_k delta_k w_jk,
delta_j = delta_in_j f'(z_in_j) with f' = f (1 - f)), and the update
w <- w + alpha delta z, which is gradient descent on L.
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


def _f(x):
    """Binary sigmoid 1 / (1 + exp(-x)), with no positive exponent."""
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _feedforward(p, X):
    z = _f(X @ p["W1"] + p["b1"])
    y = _f(z @ p["W2"] + p["b2"])
    return z, y


def _error(y, t):
    y = np.clip(y, 1e-12, 1 - 1e-12)
    return float(-np.mean(t * np.log(y) + (1 - t) * np.log(1 - y)))


def _step0(rng):
    """Step 0: Xavier normal weights, layer 1 first, zero biases."""
    v = np.sqrt(2.0 / 4.0) * rng.standard_normal((2, 2))
    w = np.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1))
    return {"W1": v, "b1": np.zeros(2), "W2": w, "b2": np.zeros(1)}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    """Train the 2-2-1 sigmoid network on XOR from numpy.random.default_rng(seed).

    Returns {"epochs", "restarts", "loss", "predictions" (4,), "correct", "params"}.
    """
    alpha = eta
    x, t = XOR_INPUTS, XOR_TARGETS
    n = x.shape[0]
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        p = _step0(rng)
        epoch = 0
        # Step 1: while the stopping condition (L < tol, or max_epochs steps) is false
        while True:
            z, y = _feedforward(p, x)
            if _error(y, t) < tol or epoch == max_epochs:
                break
            # Step 6: delta_k = (t_k - y_k) / n for the mean cross-entropy of a sigmoid unit
            delta_k = (t - y) / n
            # Step 7: delta_j = delta_in_j f'(z_in_j)
            delta_j = (delta_k @ p["W2"].T) * z * (1.0 - z)
            # Step 8: w <- w + alpha delta z
            p = {"W1": p["W1"] + alpha * x.T @ delta_j, "b1": p["b1"] + alpha * delta_j.sum(axis=0),
                 "W2": p["W2"] + alpha * z.T @ delta_k, "b2": p["b2"] + alpha * delta_k.sum(axis=0)}
            epoch += 1
        loss = _error(y, t)
        if loss < tol or restarts == max_restarts:
            break
        restarts += 1
    pred = y[:, 0]
    return {"epochs": epoch, "restarts": restarts, "loss": loss, "predictions": pred,
            "correct": int(np.sum((pred > 0.5) == (t[:, 0] > 0.5))), "params": p}


def _table(column):
    return tuple(int(v) for v in (column > 0.5))


def hidden_logic(params):
    """Name the boolean function each unit of a 2-2-1 sigmoid network computes.

    Returns {"hidden": [name of h1, name of h2], "output": name in h1, h2, "network": name on XOR_INPUTS}.
    """
    p = {k: np.asarray(v, dtype=float) for k, v in params.items()}
    z, y = _feedforward(p, XOR_INPUTS)
    hidden = [BOOLEAN_FUNCTIONS[_table(z[:, j])] for j in range(2)]
    # the output unit read on binary hidden patterns, in the same (0,0), (0,1), (1,0), (1,1) order
    y_binary = _f(XOR_INPUTS @ p["W2"] + p["b2"])
    output = BOOLEAN_FUNCTIONS[_table(y_binary[:, 0])].replace("x1", "h1").replace("x2", "h2")
    return {"hidden": hidden, "output": output, "network": BOOLEAN_FUNCTIONS[_table(y[:, 0])]}
