"""Single-neuron models, statistics-course style.

The logistic loss is the GLM negative log-likelihood written with logaddexp
(softplus(z) - y z), the linear loss is RSS / (2N); the perceptron works with
Python scalars for b and keeps a mistake log as it goes.
"""

import numpy as np


def _z(X, w, b):
    return np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + float(b)


def _sigmoid(z):
    # tanh form: never overflows
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def perceptron_predict(X, w, b):
    z = _z(X, w, b)
    out = np.where(z >= 0, 1.0, 0.0)
    return float(out) if out.ndim == 0 else out


def perceptron_step(w, b, x, y, eta=1.0):
    error = y - perceptron_predict(x, w, b)
    if error == 0:
        return np.array(w, dtype=float), float(b)
    return np.asarray(w, dtype=float) + eta * error * np.asarray(x, dtype=float), float(b + eta * error)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    log = []
    while len(log) < max_epochs:
        wrong = 0
        for x_i, y_i in zip(X, y):
            if perceptron_predict(x_i, w, b) != y_i:
                wrong += 1
            w, b = perceptron_step(w, b, x_i, y_i, eta)
        log.append(wrong)
        if wrong == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(log), "mistakes": log, "converged": bool(log) and log[-1] == 0}


def neuron_forward(X, w, b, model):
    z = _z(X, w, b)
    if model == "linear":
        return z
    if model == "logistic":
        return _sigmoid(z)
    raise ValueError(f"unknown model {model!r}")


def neuron_loss(X, y, w, b, model):
    z = _z(X, w, b)
    y = np.asarray(y, dtype=float)
    if model == "linear":
        r = z - y
        return float(r @ r / (2 * len(y)))
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=float)
    delta = (neuron_forward(X, w, b, model) - np.asarray(y, dtype=float)) / len(X)
    return X.T @ delta, float(delta.sum())


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=float) - eta * dw, float(b) - eta * db


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(np.shape(X)[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
