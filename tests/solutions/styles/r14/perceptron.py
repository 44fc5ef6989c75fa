"""perceptron with np.heaviside, the label-selected softplus loss, and a small model table."""

import numpy as np


def perceptron_predict(X, w, b):
    return np.heaviside(np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b, 1.0)


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    return np.asarray(w, dtype=np.float64) + (eta * err) * np.asarray(x, dtype=np.float64), float(b + eta * err)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    for _ in range(max_epochs):
        count = 0
        for xi, yi in zip(X, y):
            new_w, new_b = perceptron_step(w, b, xi, yi, eta)
            if perceptron_predict(xi, w, b) != yi:
                count += 1
            w, b = new_w, new_b
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes,
            "converged": bool(mistakes) and mistakes[-1] == 0}


def _z(X, w, b):
    return np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def neuron_forward(X, w, b, model):
    z = _z(X, w, b)
    return z if model == "linear" else _sigmoid(z)


def neuron_loss(X, y, w, b, model):
    z = _z(X, w, b)
    y = np.asarray(y, dtype=np.float64)
    if model == "linear":
        return float(0.5 * np.mean((z - y) ** 2))
    # labels are 0/1: -log sigma(z) = softplus(-z) for y = 1, -log(1 - sigma(z)) = softplus(z) for y = 0
    return float(np.mean(np.where(y == 1, np.logaddexp(0.0, -z), np.logaddexp(0.0, z))))


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    dz = (neuron_forward(X, w, b, model) - np.asarray(y, dtype=np.float64)) / X.shape[0]
    return np.einsum("n,nd->d", dz, X), float(dz.sum())


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=np.float64) - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(np.shape(X)[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
