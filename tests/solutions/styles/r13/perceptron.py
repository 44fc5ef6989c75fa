"""Single neurons with einsum, np.logaddexp and a small model table."""

import math

import numpy as np


def _z(X, w, b):
    return np.einsum("...d,d->...", np.asarray(X, dtype=float), np.asarray(w, dtype=float)) + b


def perceptron_predict(X, w, b):
    fired = np.where(_z(X, w, b) >= 0, 1.0, 0.0)
    return float(fired) if fired.ndim == 0 else fired


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    new_w = np.array(w, dtype=float)  # a fresh copy, never the caller's array
    if err:
        new_w += (eta * err) * np.asarray(x, dtype=float)
    return new_w, float(b + eta * err)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    converged = False
    while len(mistakes) < max_epochs and not converged:
        count = 0
        for xi, yi in zip(X, y):
            count += int(perceptron_predict(xi, w, b) != yi)
            w, b = perceptron_step(w, b, xi, yi, eta)
        mistakes.append(count)
        converged = count == 0
    return {"w": w, "b": b, "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


_OUTPUT = {"linear": lambda z: z, "logistic": _sigmoid}


def _output(model):
    if model not in _OUTPUT:
        raise ValueError(f"unknown model {model!r}")
    return _OUTPUT[model]


def neuron_forward(X, w, b, model):
    return _output(model)(_z(X, w, b))


def neuron_loss(X, y, w, b, model):
    _output(model)
    z = _z(X, w, b)
    y = np.asarray(y, dtype=float)
    if model == "linear":
        r = z - y
        return float(np.einsum("n,n->", r, r) / (2 * len(r)))
    # -[y log s(z) + (1-y) log(1-s(z))] = softplus(z) - y z
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=float)
    dz = (neuron_forward(X, w, b, model) - np.asarray(y, dtype=float)) / X.shape[0]
    return np.einsum("nd,n->d", X, dz), math.fsum(dz)


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=float) - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(np.shape(X)[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
