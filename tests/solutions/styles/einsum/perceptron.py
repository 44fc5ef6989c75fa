"""Single neurons with einsum for X w and X^T g (einsum style)."""

import numpy as np


def _z(X, w, b):
    X = np.asarray(X, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    return np.einsum("...d,d->...", X, w) + float(b)


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def perceptron_predict(X, w, b):
    z = _z(X, w, b)
    if np.ndim(z) == 0:
        return 1.0 if z >= 0 else 0.0
    return np.where(z >= 0, 1.0, 0.0)


def perceptron_step(w, b, x, y, eta=1.0):
    x = np.asarray(x, dtype=np.float64)
    err = y - perceptron_predict(x, w, b)
    return np.asarray(w, dtype=np.float64) + eta * err * x, float(b + eta * err)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    for _ in range(max_epochs):
        count = 0
        for x_i, y_i in zip(X, y):
            if perceptron_predict(x_i, w, b) != y_i:
                count += 1
            w, b = perceptron_step(w, b, x_i, y_i, eta)
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes,
            "converged": bool(mistakes and mistakes[-1] == 0)}


def neuron_forward(X, w, b, model):
    z = _z(X, w, b)
    return z if model == "linear" else _sigmoid(z)


def neuron_loss(X, y, w, b, model):
    z = _z(X, w, b)
    y = np.asarray(y, dtype=np.float64)
    N = z.shape[0]
    if model == "linear":
        r = z - y
        return float(np.einsum("n,n->", r, r) / (2 * N))
    return float(np.einsum("n->", np.logaddexp(0.0, z) - y * z) / N)


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    dz = (neuron_forward(X, w, b, model) - np.asarray(y, dtype=np.float64)) / X.shape[0]
    return np.einsum("nd,n->d", X, dz), float(np.einsum("n->", dz))


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=np.float64) - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(np.shape(X)[1]), 0.0
    losses = np.empty(steps)
    for t in range(steps):
        losses[t] = neuron_loss(X, y, w, b, model)
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
