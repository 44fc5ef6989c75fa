"""A correct solution of exercises/perceptron.py, style r7: softplus forms of the logistic pieces, a generator of GD states."""
from itertools import islice

import numpy as np


def _z(X, w, b):
    return np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + float(b)


def perceptron_predict(X, w, b):
    fired = (_z(X, w, b) >= 0).astype(np.float64)
    return float(fired) if fired.ndim == 0 else fired


def perceptron_step(w, b, x, y, eta=1.0):
    w = np.array(w, dtype=np.float64)
    err = y - perceptron_predict(x, w, b)
    if err == 0:
        return w, float(b)
    return w + eta * err * np.asarray(x, dtype=np.float64), float(b + eta * err)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    for _ in range(max_epochs):
        wrong = 0
        for xi, yi in zip(X, y):
            if perceptron_predict(xi, w, b) != yi:
                w, b = perceptron_step(w, b, xi, yi, eta)
                wrong += 1
        mistakes.append(wrong)
        if wrong == 0:
            return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": True}
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": False}


def neuron_forward(X, w, b, model):
    z = _z(X, w, b)
    if model == "linear":
        return z
    return np.exp(-np.logaddexp(0.0, -z))      # sigmoid(z) = exp(-softplus(-z)): no overflow either side


def neuron_loss(X, y, w, b, model):
    z = _z(X, w, b)
    y = np.asarray(y, dtype=np.float64)
    if model == "linear":
        return float(0.5 * np.mean((z - y) ** 2))
    return float(np.mean(np.logaddexp(0.0, z) - y * z))   # -y log s(z) - (1-y) log(1-s(z)) = softplus(z) - y z


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    dz = (neuron_forward(X, w, b, model) - np.asarray(y, dtype=np.float64)) / len(X)
    return dz @ X, float(dz.sum())


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=np.float64) - eta * dw, float(b - eta * db)


def _states(X, y, model, eta):
    w, b = np.zeros(np.shape(X)[1]), 0.0
    while True:
        yield w, b
        w, b = neuron_gd_step(X, y, w, b, eta, model)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    states = list(islice(_states(X, y, model, eta), steps + 1))
    losses = [neuron_loss(X, y, w, b, model) for w, b in states[:-1]]
    w, b = states[-1]
    return w, b, losses
