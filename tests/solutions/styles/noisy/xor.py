"""XOR 2-2-1 network (noisy style): prints restarts and losses, errstate around exp and log."""

import warnings

import numpy as np

XOR_INPUTS = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
XOR_TARGETS = np.array([[0.0], [1.0], [1.0], [0.0]])

BOOLEAN_FUNCTIONS = {
    (0, 0, 0, 0): "FALSE", (0, 0, 0, 1): "AND", (0, 0, 1, 0): "x1 AND NOT x2", (0, 0, 1, 1): "x1",
    (0, 1, 0, 0): "NOT x1 AND x2", (0, 1, 0, 1): "x2", (0, 1, 1, 0): "XOR", (0, 1, 1, 1): "OR",
    (1, 0, 0, 0): "NOR", (1, 0, 0, 1): "XNOR", (1, 0, 1, 0): "NOT x2", (1, 0, 1, 1): "x1 OR NOT x2",
    (1, 1, 0, 0): "NOT x1", (1, 1, 0, 1): "NOT x1 OR x2", (1, 1, 1, 0): "NAND", (1, 1, 1, 1): "TRUE",
}
print("xor.py loaded")


def _sigmoid(z):
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    rng = np.random.default_rng(seed)
    X, Y = XOR_INPUTS, XOR_TARGETS
    for restarts in range(max_restarts + 1):
        W1 = np.sqrt(2 / 4) * rng.standard_normal((2, 2))
        W2 = np.sqrt(2 / 3) * rng.standard_normal((2, 1))
        b1, b2 = np.zeros(2), np.zeros(1)
        epochs = 0
        while True:
            A1 = _sigmoid(X @ W1 + b1)
            p = _sigmoid(A1 @ W2 + b2)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                q = np.clip(p, 1e-12, 1 - 1e-12)
                loss = float(-np.mean(Y * np.log(q) + (1 - Y) * np.log(1 - q)))
            if loss < tol or epochs == max_epochs:
                break
            dZ2 = (p - Y) / 4
            dZ1 = dZ2 @ W2.T * A1 * (1 - A1)
            W2, b2, W1, b1 = W2 - eta * A1.T @ dZ2, b2 - eta * dZ2.sum(0), W1 - eta * X.T @ dZ1, b1 - eta * dZ1.sum(0)
            epochs += 1
        print(f"start {restarts}: {epochs} epochs, loss {loss:.4f}")
        if loss < tol:
            break
    pred = p.reshape(4)
    return {"epochs": epochs, "restarts": restarts, "loss": loss, "predictions": pred,
            "correct": int(((pred > 0.5) == (Y.reshape(4) == 1)).sum()),
            "params": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}}


def hidden_logic(params):
    W1, b1 = np.asarray(params["W1"], dtype=float), np.asarray(params["b1"], dtype=float)
    W2, b2 = np.asarray(params["W2"], dtype=float), np.asarray(params["b2"], dtype=float)
    H = _sigmoid(XOR_INPUTS @ W1 + b1)
    names = [BOOLEAN_FUNCTIONS[tuple((H[:, j] > 0.5).astype(int).tolist())] for j in range(2)]
    out_table = tuple((_sigmoid(XOR_INPUTS @ W2 + b2)[:, 0] > 0.5).astype(int).tolist())
    output = BOOLEAN_FUNCTIONS[out_table].replace("x1", "h1").replace("x2", "h2")
    net = tuple((_sigmoid(H @ W2 + b2)[:, 0] > 0.5).astype(int).tolist())
    print("hidden units:", names, "output:", output)
    return {"hidden": names, "output": output, "network": BOOLEAN_FUNCTIONS[net]}
