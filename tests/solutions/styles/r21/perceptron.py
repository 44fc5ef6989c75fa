"""Single neuron, Aggarwal's way: the bias is a weight on a constant input 1 (the extended input).

Pre-activation v = W . X over the extended X = (x, 1), post-activation Phi(v);
the perceptron learns by W <- W + alpha (y - y_hat) X.
"""

import numpy as np


def _extend(X):
    """X (N, d) or x (d,) with a constant 1 appended as the last input (it carries the bias)."""
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        return np.append(X, 1.0)
    return np.column_stack([X, np.ones(X.shape[0])])


def _phi(v, model):
    """Post-activation of the pre-activation v: identity or a sigmoid that never exponentiates a large positive."""
    if model == "linear":
        return v
    e = np.exp(-np.abs(v))
    return np.where(v >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def perceptron_predict(X, w, b):
    """Step output 1 where X w + b >= 0, else 0: X (N, d) -> (N,) of 0.0/1.0 (a single x (d,) gives a scalar)."""
    W = np.append(np.asarray(w, dtype=float), b)
    v = _extend(X) @ W
    out = np.where(v >= 0, 1.0, 0.0)  # ifelse(v >= 0, 1, 0)
    return float(out) if out.ndim == 0 else out


def perceptron_step(w, b, x, y, eta=1.0):
    """Perceptron rule on one example x (d,), label y in {0, 1}: returns the new (w, b)."""
    X = _extend(x)
    W = np.append(np.asarray(w, dtype=float), b)
    y_hat = perceptron_predict(x, w, b)
    W = W + eta * (y - y_hat) * X
    return W[:-1], float(W[-1])


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    """Perceptron rule over X (N, d), y (N,) from zero weights, examples in order, until an epoch has no mistake."""
    X = np.asarray(X, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    for _ in range(max_epochs):
        wrong = 0
        for x_i, y_i in zip(X, y):
            if perceptron_predict(x_i, w, b) != y_i:
                wrong += 1
                w, b = perceptron_step(w, b, x_i, y_i, eta)
        mistakes.append(wrong)
        if wrong == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes,
            "converged": bool(mistakes) and mistakes[-1] == 0}


def neuron_forward(X, w, b, model):
    """Post-activation Phi(v) of the pre-activation v = X w + b: (N,)."""
    return _phi(_extend(X) @ np.append(np.asarray(w, dtype=float), b), model)


def neuron_loss(X, y, w, b, model):
    """Half mean squared error or mean binary cross-entropy computed from v (log(1 + e^v) - y v)."""
    v = _extend(X) @ np.append(np.asarray(w, dtype=float), b)
    y = np.asarray(y, dtype=float)
    if model == "linear":
        return float(np.mean((v - y) ** 2) / 2)
    return float(np.mean(np.logaddexp(0.0, v) - y * v))


def neuron_gradient(X, y, w, b, model):
    """(dL/dw (d,), dL/db float): the delta (y_hat - y) / N of the output node times each input (crossprod)."""
    Xe = _extend(X)
    delta = (neuron_forward(X, w, b, model) - np.asarray(y, dtype=float)) / Xe.shape[0]
    g = Xe.T @ delta  # crossprod(Xe, delta); the last entry is the bias's (its input is always 1)
    return g[:-1], float(g[-1])


def neuron_gd_step(X, y, w, b, eta, model):
    """One full-batch gradient step: returns (w, b)."""
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=float) - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    """Gradient descent from zero weights for `steps` steps: (w, b, losses) with losses[t] before step t."""
    w, b = np.zeros(np.asarray(X).shape[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
