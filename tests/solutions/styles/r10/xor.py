"""xor with a parameter store as a flat dict, gradients from a closed-form two-layer chain, restarts as a state machine."""

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])

BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}


def _sigma(z):
    t = np.exp(-np.abs(z))  # t <= 1, so nothing overflows at any z
    return np.where(z < 0, t, 1.0) / (1.0 + t)


def _draw(rng):
    W1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2))
    W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
    return dict(W1=W1, b1=np.zeros(2), W2=W2, b2=np.zeros(1))


def _bce(p):
    q = np.clip(p, 1e-12, 1 - 1e-12)
    return float(-np.mean(np.where(XOR_TARGETS == 1, np.log(q), np.log(1 - q))))


def _step(store, eta):
    h = _sigma(XOR_INPUTS @ store["W1"] + store["b1"])
    p = _sigma(h @ store["W2"] + store["b2"])
    e2 = (p - XOR_TARGETS) / 4
    e1 = (e2 @ store["W2"].T) * h * (1 - h)
    grads = dict(W1=XOR_INPUTS.T @ e1, b1=e1.sum(0), W2=h.T @ e2, b2=e2.sum(0))
    return {k: store[k] - eta * grads[k] for k in store}


def _output(store):
    return _sigma(_sigma(XOR_INPUTS @ store["W1"] + store["b1"]) @ store["W2"] + store["b2"])


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    state, store, steps, draws = "draw", None, 0, -1
    while True:
        if state == "draw":
            store, steps, draws, state = _draw(rng), 0, draws + 1, "measure"
        elif state == "measure":
            loss = _bce(_output(store))
            if loss < tol or (steps == max_epochs and draws == max_restarts):
                break
            state = "draw" if steps == max_epochs else "step"
        else:
            store, steps, state = _step(store, eta), steps + 1, "measure"
    p = _output(store)[:, 0]
    hits = int(np.count_nonzero((p > 0.5) == (XOR_TARGETS[:, 0] > 0.5)))
    return {"epochs": steps, "restarts": draws, "loss": loss, "predictions": p, "correct": hits, "params": store}


def _name(column):
    return BOOLEAN_FUNCTIONS[tuple(int(v) for v in (np.asarray(column) > 0.5))]


def hidden_logic(params):
    h = _sigma(XOR_INPUTS @ params["W1"] + params["b1"])
    corners = _sigma(XOR_INPUTS @ params["W2"] + params["b2"])
    return {"hidden": [_name(h[:, 0]), _name(h[:, 1])],
            "output": _name(corners[:, 0]).replace("x1", "h1").replace("x2", "h2"),
            "network": _name(_output(params)[:, 0])}
