"""A correct solution of exercises/xor.py, style r7: sigmoid as 0.5 (1 + tanh(z / 2)), a generator of starts, table lookups by zip."""
import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])

BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))     # tanh saturates quietly: no exp of anything large


def _forward(p, X=XOR_INPUTS):
    a1 = _sigmoid(X @ p["W1"] + p["b1"])
    return a1, _sigmoid(a1 @ p["W2"] + p["b2"])


def _loss(prob):
    q = np.clip(prob, 1e-12, 1 - 1e-12)
    y = XOR_TARGETS
    return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))


def _step(p, eta):
    a1, prob = _forward(p)
    d2 = (prob - XOR_TARGETS) / len(XOR_TARGETS)
    d1 = (d2 @ p["W2"].T) * a1 * (1 - a1)
    grads = {"W2": a1.T @ d2, "b2": d2.sum(0), "W1": XOR_INPUTS.T @ d1, "b1": d1.sum(0)}
    return {k: p[k] - eta * grads[k] for k in p}


def _starts(rng):
    while True:
        W1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2))
        W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
        yield {"W1": W1, "b1": np.zeros(2), "W2": W2, "b2": np.zeros(1)}


def _descend(p, eta, max_epochs, tol):
    """(params, steps taken, reached tol) of one start."""
    for t in range(max_epochs + 1):
        if _loss(_forward(p)[1]) < tol:
            return p, t, True
        if t < max_epochs:
            p = _step(p, eta)
    return p, max_epochs, False


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    starts = _starts(np.random.default_rng(seed))
    for restarts in range(max_restarts + 1):
        p, epochs, done = _descend(next(starts), eta, max_epochs, tol)
        if done:
            break
    prob = _forward(p)[1]
    return {"epochs": epochs, "restarts": restarts, "loss": _loss(prob), "predictions": prob.ravel().astype(np.float64),
            "correct": int(((prob > 0.5) == (XOR_TARGETS > 0.5)).sum()), "params": p}


def _table(values):
    return tuple(int(v > 0.5) for v in np.ravel(values))


def hidden_logic(params):
    p = {k: np.asarray(v, dtype=np.float64) for k, v in params.items()}
    a1, prob = _forward(p)
    hidden = [BOOLEAN_FUNCTIONS[_table(a1[:, j])] for j in range(a1.shape[1])]
    out = _sigmoid(XOR_INPUTS @ p["W2"] + p["b2"])     # binary (h1, h2) patterns are XOR_INPUTS' rows
    output = BOOLEAN_FUNCTIONS[_table(out)].replace("x1", "h1").replace("x2", "h2")
    return {"hidden": hidden, "output": output, "network": BOOLEAN_FUNCTIONS[_table(prob)]}
