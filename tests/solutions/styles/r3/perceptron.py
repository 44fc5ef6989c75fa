"""Correct solution of exercises/perceptron.py, functional style: np.heaviside, softplus (logaddexp) for the logistic loss, a fold per epoch."""

from functools import reduce

import numpy as np


def perceptron_predict(X, w, b):
    return np.heaviside(np.asarray(X, dtype=np.float64) @ w + b, 1.0)


def perceptron_step(w, b, x, y, eta=1.0):
    error = float(y - perceptron_predict(x, w, b))
    return np.asarray(w, dtype=np.float64) + eta * error * np.asarray(x, dtype=np.float64), float(b + eta * error)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    def visit(state, example):
        w, b, mistakes = state
        x, target = example
        wrong = int(perceptron_predict(x, w, b) != target)
        w, b = perceptron_step(w, b, x, target, eta)
        return w, b, mistakes + wrong

    X = np.asarray(X, dtype=np.float64)
    w, b, history = np.zeros(X.shape[1]), 0.0, []
    while len(history) < max_epochs and (not history or history[-1] > 0):
        w, b, count = reduce(visit, zip(X, y), (w, b, 0))
        history.append(count)
    return {"w": w, "b": float(b), "epochs": len(history), "mistakes": history, "converged": bool(history) and history[-1] == 0}


def _z(X, w, b):
    return np.asarray(X, dtype=np.float64) @ w + b


def neuron_forward(X, w, b, model):
    z = _z(X, w, b)
    return z if model == "linear" else np.exp(-np.logaddexp(0.0, -z))


def neuron_loss(X, y, w, b, model):
    z = _z(X, w, b)
    if model == "linear":
        return float(np.mean((z - y) ** 2) / 2)
    return float(np.mean(np.logaddexp(0.0, z) - y * z))  # -log sigmoid terms: softplus(z) - y z


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    dz = (neuron_forward(X, w, b, model) - y) / X.shape[0]
    return X.T @ dz, float(np.sum(dz))


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return w - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b, losses = np.zeros(np.shape(X)[1]), 0.0, []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
