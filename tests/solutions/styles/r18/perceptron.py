"""Single-neuron models, written the 'backprop ninja' way (Karpathy, Zero to Hero).

Every forward line gets a d-prefixed backward line that mirrors it; the
logistic loss is computed from the logits with the max trick (log-sum-exp
of [0, -z] and [0, z]) so that no exp ever overflows.
"""

import numpy as np


def perceptron_predict(X, w, b):
    """Step output 1 where X w + b >= 0, else 0: X (N, d) -> (N,) of 0.0/1.0 (a single x (d,) gives a scalar)."""
    logits = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    return (logits >= 0).astype(np.float64)


def perceptron_step(w, b, x, y, eta=1.0):
    """Perceptron rule on one example x (d,), label y in {0, 1}; returns the new (w, b)."""
    x = np.asarray(x, dtype=float)
    ypred = perceptron_predict(x, w, b)
    err = y - ypred  # 0 when right, +-1 when wrong
    w_new = np.asarray(w, dtype=float) + eta * err * x
    b_new = float(b + eta * err)
    return w_new, b_new


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    """Perceptron rule over X (N, d), y (N,) from w = 0, b = 0, examples in order, until an epoch has no mistake."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes = []
    converged = False
    for epoch in range(max_epochs):
        nerr = 0
        for i in range(X.shape[0]):
            if perceptron_predict(X[i], w, b) != y[i]:
                nerr += 1
            w, b = perceptron_step(w, b, X[i], y[i], eta)
        mistakes.append(nerr)
        if nerr == 0:
            converged = True
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}


def _logits(X, w, b):
    return np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b


def _sigmoid(logits):
    # exp of -|z| only: never overflows
    e = np.exp(-np.abs(logits))
    return np.where(logits >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def neuron_forward(X, w, b, model):
    """Output of one neuron: X (N, d) -> (N,), z = X w + b then identity ("linear") or sigmoid ("logistic")."""
    logits = _logits(X, w, b)
    if model == "linear":
        return logits
    return _sigmoid(logits)


def neuron_loss(X, y, w, b, model):
    """Half mean squared error ("linear") or mean binary cross-entropy ("logistic", stable, from z)."""
    logits = _logits(X, w, b)
    y = np.asarray(y, dtype=float)
    n = logits.shape[0]
    if model == "linear":
        diff = logits - y
        return float(0.5 / n * (diff ** 2).sum())
    # -[y log s(z) + (1-y) log(1-s(z))] = log(1 + e^z) - y z = softplus(z) - y z
    softplus = np.maximum(logits, 0) + np.log1p(np.exp(-np.abs(logits)))
    return float((softplus - y * logits).sum() / n)


def neuron_gradient(X, y, w, b, model):
    """(dL/dw (d,), dL/db float) of neuron_loss: dL/dz = (y_hat - y) / N."""
    X = np.asarray(X, dtype=float)
    ypred = neuron_forward(X, w, b, model)
    n = X.shape[0]
    dlogits = (ypred - np.asarray(y, dtype=float)) / n
    dw = X.T @ dlogits
    db = dlogits.sum()
    return dw, float(db)


def neuron_gd_step(X, y, w, b, eta, model):
    """One full-batch gradient step: w <- w - eta dL/dw, b <- b - eta dL/db. Returns (w, b)."""
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=float) - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    """Gradient descent from w = 0, b = 0 for `steps` steps. Returns (w, b, losses) with losses[t] before step t."""
    X = np.asarray(X, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    lossi = []
    for _ in range(steps):
        lossi.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, lossi
