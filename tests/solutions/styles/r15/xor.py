"""XOR network written with column vectors (examples in columns, as in Ng's course)
and transposed back at the edges; the training run is a generator of starts."""

import math

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])

BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}


def _sig(z):
    return np.exp(-np.logaddexp(0.0, -z))


def _forward_cols(p, Xc):
    """Xc (2, m) -> hidden (2, m), output (1, m)."""
    H = _sig(p["W1"].T @ Xc + p["b1"][:, None])
    return H, _sig(p["W2"].T @ H + p["b2"][:, None])


def _loss(pc, yc):
    pc = np.clip(pc, 1e-12, 1 - 1e-12)
    return float(-np.mean(yc * np.log(pc) + (1 - yc) * np.log(1 - pc)))


def _grads(p, Xc, yc):
    H, P = _forward_cols(p, Xc)
    m = Xc.shape[1]
    d2 = (P - yc) / m                          # (1, m)
    d1 = (p["W2"] @ d2) * H * (1 - H)          # (2, m)
    return {"W1": (d1 @ Xc.T).T, "b1": d1.sum(1), "W2": (d2 @ H.T).T, "b2": d2.sum(1)}


def _starts(rng, max_restarts):
    for _ in range(max_restarts + 1):
        yield {"W1": math.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
               "W2": math.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    Xc, yc = XOR_INPUTS.T, XOR_TARGETS.T
    rng = np.random.default_rng(seed)
    for restarts, p in enumerate(_starts(rng, max_restarts)):
        epochs = 0
        loss = _loss(_forward_cols(p, Xc)[1], yc)
        while loss >= tol and epochs < max_epochs:
            g = _grads(p, Xc, yc)
            p = {k: p[k] - eta * g[k] for k in p}
            epochs += 1
            loss = _loss(_forward_cols(p, Xc)[1], yc)
        if loss < tol:
            break
    preds = _forward_cols(p, Xc)[1].ravel()
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": preds,
            "correct": int(np.sum((preds > 0.5) == (XOR_TARGETS.ravel() == 1))), "params": p}


def _name(outputs, rename=False):
    name = BOOLEAN_FUNCTIONS[tuple(int(o > 0.5) for o in outputs)]
    return name.replace("x1", "h1").replace("x2", "h2") if rename else name


def hidden_logic(params):
    p = {k: np.asarray(v, dtype=np.float64) for k, v in params.items()}
    H, P = _forward_cols(p, XOR_INPUTS.T)
    # the output unit read on the four binary (h1, h2) patterns, same order as the inputs
    O = _sig(p["W2"].T @ XOR_INPUTS.T + p["b2"][:, None])
    return {"hidden": [_name(H[0]), _name(H[1])], "output": _name(O[0], rename=True),
            "network": _name(P[0])}
