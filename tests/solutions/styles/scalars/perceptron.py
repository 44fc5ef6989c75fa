"""Single neurons with Python-float biases and numpy scalar arithmetic (scalars style)."""

import math

import numpy as np


def perceptron_predict(X, w, b):
    z = np.dot(np.asarray(X, dtype=np.float64), np.asarray(w, dtype=np.float64)) + np.float64(b)
    if np.ndim(z) == 0:
        return np.float64(1) if z >= 0 else np.float64(0)
    return (z >= 0).astype(np.float64)


def perceptron_step(w, b, x, y, eta=1.0):
    y_hat = perceptron_predict(x, w, b)
    if y_hat == y:
        return np.array(w, dtype=np.float64), float(b)
    err = np.float64(y) - y_hat
    return np.asarray(w, dtype=np.float64) + np.float64(eta) * err * np.asarray(x, dtype=np.float64), \
        float(b + eta * err)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes = []
    epochs = 0
    for epochs in range(1, max_epochs + 1):
        n_wrong = 0
        for i in range(len(X)):
            if perceptron_predict(X[i], w, b) != y[i]:
                n_wrong += 1
                w, b = perceptron_step(w, b, X[i], y[i], eta)
        mistakes.append(n_wrong)
        if n_wrong == 0:
            break
    return {"w": w, "b": b, "epochs": epochs, "mistakes": mistakes, "converged": bool(mistakes) and mistakes[-1] == 0}


def _z(X, w, b):
    return np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + np.float64(b)


def neuron_forward(X, w, b, model):
    z = _z(X, w, b)
    if model == "linear":
        return z
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, np.float64(1), e) / (np.float64(1) + e)


def neuron_loss(X, y, w, b, model):
    z = _z(X, w, b)
    y = np.asarray(y, dtype=np.float64)
    n = np.float64(z.shape[0])
    if model == "linear":
        return float(np.sum((z - y) ** 2) / (np.float64(2) * n))
    per_example = np.maximum(z, np.float64(0)) - y * z + np.log1p(np.exp(-np.abs(z)))
    return float(np.sum(per_example) / n)


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    dz = (neuron_forward(X, w, b, model) - np.asarray(y, dtype=np.float64)) / np.float64(X.shape[0])
    return X.T @ dz, float(dz.sum())


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    eta = np.float64(eta)
    return np.asarray(w, dtype=np.float64) - eta * dw, float(np.float64(b) - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w = np.zeros(np.asarray(X).shape[1])
    b = 0.0
    losses = []
    for _ in range(int(steps)):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses


assert math.isclose(float(perceptron_predict(np.zeros(2), np.zeros(2), 0.0)), 1.0)
