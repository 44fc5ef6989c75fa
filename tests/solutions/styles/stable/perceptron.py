"""Single neurons; sigmoid and cross-entropy through logaddexp (stable style)."""

import numpy as np


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def perceptron_predict(X, w, b):
    z = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    return np.greater_equal(z, 0.0).astype(np.float64)


def perceptron_step(w, b, x, y, eta=1.0):
    w = np.asarray(w, dtype=np.float64)
    y_hat = perceptron_predict(x, w, b)
    if y_hat == y:
        return w.copy(), float(b)
    delta = eta * (y - y_hat)
    return w + delta * np.asarray(x, dtype=np.float64), float(b + delta)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    for epoch in range(max_epochs):
        before = len(mistakes)
        mistakes.append(0)
        for x_n, y_n in zip(X, y):
            new_w, new_b = perceptron_step(w, b, x_n, y_n, eta)
            if new_b != b or not np.array_equal(new_w, w):
                mistakes[before] += 1
            w, b = new_w, new_b
        if mistakes[-1] == 0:
            return {"w": w, "b": float(b), "epochs": epoch + 1, "mistakes": mistakes, "converged": True}
    return {"w": w, "b": float(b), "epochs": max_epochs, "mistakes": mistakes, "converged": False}


def neuron_forward(X, w, b, model):
    z = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    return z if model == "linear" else _sigmoid(z)


def neuron_loss(X, y, w, b, model):
    z = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b
    y = np.asarray(y, dtype=np.float64)
    if model == "linear":
        return float(0.5 * np.mean((z - y) ** 2))
    # -[y log s(z) + (1 - y) log(1 - s(z))] = y softplus(-z) + (1 - y) softplus(z)
    return float(np.mean(y * np.logaddexp(0.0, -z) + (1.0 - y) * np.logaddexp(0.0, z)))


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    dz = (neuron_forward(X, w, b, model) - np.asarray(y, dtype=np.float64)) / len(X)
    return X.T @ dz, float(np.sum(dz))


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=np.float64) - eta * dw, float(b) - eta * db


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(np.asarray(X).shape[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
