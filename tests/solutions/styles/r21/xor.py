"""XOR, Rojas's chapter 7: the extended network (a constant 1 carries each bias) and a B-diagram forward step
that stores each unit's derivative o(1 - o), reused by the backward step as D = diag(o(1 - o))."""

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


def _sigmoid(z):
    """Logistic function that never exponentiates a large positive number."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _forward(params, X):
    """B-diagram forward step: (hidden outputs o1 (4, 2), output p (4, 1), o1 (1 - o1), p (1 - p))."""
    o1 = _sigmoid(X @ params["W1"] + params["b1"])
    p = _sigmoid(o1 @ params["W2"] + params["b2"])
    return o1, p, o1 * (1 - o1), p * (1 - p)


def _loss(p):
    p = np.clip(p, 1e-12, 1 - 1e-12)
    y = XOR_TARGETS
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _backward(params, X):
    """Gradients of the mean cross-entropy: at the output the derivative D2 cancels, delta2 = (p - y) / 4;
    delta1 = D1 W2 delta2 with D1 = diag(o1 (1 - o1)), the stored derivatives."""
    o1, p, d1, _ = _forward(params, X)
    delta2 = (p - XOR_TARGETS) / X.shape[0]
    delta1 = (delta2 @ params["W2"].T) * d1
    return {"W1": X.T @ delta1, "b1": delta1.sum(0), "W2": o1.T @ delta2, "b2": delta2.sum(0)}


def _init(rng):
    return {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
            "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    """Train the 2-2-1 sigmoid network on XOR; restarts draw from the same rng."""
    rng = np.random.default_rng(seed)
    X = XOR_INPUTS
    for restart in range(max_restarts + 1):
        params = _init(rng)
        loss = _loss(_forward(params, X)[1])
        epoch = 0
        while loss >= tol and epoch < max_epochs:
            grads = _backward(params, X)
            params = {k: params[k] - eta * grads[k] for k in params}
            epoch += 1
            loss = _loss(_forward(params, X)[1])
        if loss < tol:
            break
    p = _forward(params, X)[1][:, 0]
    return {"epochs": epoch, "restarts": restart, "loss": loss, "predictions": p,
            "correct": int(((p > 0.5) == (XOR_TARGETS[:, 0] > 0.5)).sum()), "params": params}


def _name(outputs):
    """The BOOLEAN_FUNCTIONS name of a column of four outputs thresholded at 0.5."""
    return BOOLEAN_FUNCTIONS[tuple(int(o > 0.5) for o in outputs)]


def hidden_logic(params):
    """{"hidden": [h1, h2], "output": in terms of h1, h2, "network": on XOR_INPUTS}."""
    params = {k: np.asarray(v, dtype=float) for k, v in params.items()}
    o1, p, _, _ = _forward(params, XOR_INPUTS)
    hidden = [_name(column) for column in o1.T]
    out = _sigmoid(XOR_INPUTS @ params["W2"] + params["b2"])[:, 0]  # the binary patterns (h1, h2)
    output = _name(out).replace("x1", "h1").replace("x2", "h2")
    return {"hidden": hidden, "output": output, "network": _name(p[:, 0])}
