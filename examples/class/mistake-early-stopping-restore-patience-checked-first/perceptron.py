"""A correct student solution of exercises/perceptron.py."""

import numpy as np


def perceptron_predict(X, w, b):
    return (np.asarray(X) @ w + b >= 0).astype(np.float64)


def perceptron_step(w, b, x, y, eta=1.0):
    error = y - perceptron_predict(x, w, b)
    return w + eta * error * np.asarray(x, dtype=float), float(b + eta * error)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    for _ in range(max_epochs):
        count = 0
        for x, target in zip(X, y):
            count += int(perceptron_predict(x, w, b) != target)
            w, b = perceptron_step(w, b, x, target, eta)
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def neuron_forward(X, w, b, model):
    z = X @ w + b
    return z if model == "linear" else _sigmoid(z)


def neuron_loss(X, y, w, b, model):
    z = X @ w + b
    if model == "linear":
        return float(0.5 * np.mean((z - y) ** 2))
    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))


def neuron_gradient(X, y, w, b, model):
    dz = (neuron_forward(X, w, b, model) - y) / len(X)
    return X.T @ dz, float(dz.sum())


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return w - eta * dw, b - eta * db


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b, losses = np.zeros(X.shape[1]), 0.0, []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
