"""XOR 2-2-1 sigmoid network, products by einsum (einsum style)."""

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
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _forward(params, X=XOR_INPUTS):
    A1 = _sigmoid(np.einsum("ni,ij->nj", X, params["W1"]) + params["b1"])
    p = _sigmoid(np.einsum("nj,jk->nk", A1, params["W2"]) + params["b2"])
    return A1, p


def _loss(p):
    p = np.clip(p, 1e-12, 1 - 1e-12)
    return float(-np.mean(XOR_TARGETS * np.log(p) + (1 - XOR_TARGETS) * np.log(1 - p)))


def _backward(params, A1, p):
    d2 = (p - XOR_TARGETS) / 4
    d1 = np.einsum("nk,jk->nj", d2, params["W2"]) * A1 * (1 - A1)
    return {"W2": np.einsum("nj,nk->jk", A1, d2), "b2": np.einsum("nk->k", d2),
            "W1": np.einsum("ni,nj->ij", XOR_INPUTS, d1), "b1": np.einsum("nj->j", d1)}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    restarts = 0
    while True:
        params = {"W1": np.sqrt(2 / 4) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
                  "W2": np.sqrt(2 / 3) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}
        epochs = 0
        A1, p = _forward(params)
        loss = _loss(p)
        while epochs < max_epochs and loss >= tol:
            g = _backward(params, A1, p)
            params = {k: params[k] - eta * g[k] for k in params}
            epochs += 1
            A1, p = _forward(params)
            loss = _loss(p)
        if loss < tol or restarts >= max_restarts:
            break
        restarts += 1
    pred = p[:, 0]
    correct = int(np.sum((pred > 0.5) == (XOR_TARGETS[:, 0] == 1)))
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": pred,
            "correct": correct, "params": params}


def _table(values):
    return tuple(int(v > 0.5) for v in values)


def hidden_logic(params):
    W1, b1 = np.asarray(params["W1"], float), np.asarray(params["b1"], float)
    W2, b2 = np.asarray(params["W2"], float), np.asarray(params["b2"], float)
    H = _sigmoid(np.einsum("ni,ij->nj", XOR_INPUTS, W1) + b1)
    hidden = [BOOLEAN_FUNCTIONS[_table(H[:, j])] for j in range(H.shape[1])]
    out = _sigmoid(np.einsum("nj,jk->nk", XOR_INPUTS, W2) + b2)[:, 0]
    output = BOOLEAN_FUNCTIONS[_table(out)].replace("x1", "h1").replace("x2", "h2")
    _, p = _forward({"W1": W1, "b1": b1, "W2": W2, "b2": b2})
    return {"hidden": hidden, "output": output, "network": BOOLEAN_FUNCTIONS[_table(p[:, 0])]}
