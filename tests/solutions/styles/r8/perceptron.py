"""A correct solution of exercises/perceptron.py, style r8: a Neuron class holding the model's link and loss, math for scalars."""
import math

import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


class _Neuron:
    def __init__(self, model):
        if model not in ("linear", "logistic"):
            raise ValueError(model)
        self.model = model

    def forward(self, z):
        return z if self.model == "linear" else _sigmoid(z)

    def loss(self, z, y):
        if self.model == "linear":
            return 0.5 * np.mean((z - y) ** 2)
        return np.mean(np.logaddexp(0.0, z) - y * z)      # BCE from the logits, no log(0)


def perceptron_predict(X, w, b):
    out = np.where(np.dot(X, w) + b >= 0, 1.0, 0.0)
    return float(out) if out.ndim == 0 else out


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    return np.asarray(w, dtype=float) + eta * err * np.asarray(x, dtype=float), float(b + eta * err)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    while len(mistakes) < max_epochs:
        count = 0
        for x_i, y_i in zip(X, y):
            if perceptron_predict(x_i, w, b) != y_i:
                count += 1
                w, b = perceptron_step(w, b, x_i, y_i, eta)
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes,
            "converged": bool(mistakes) and mistakes[-1] == 0}


def neuron_forward(X, w, b, model):
    return _Neuron(model).forward(X @ w + b)


def neuron_loss(X, y, w, b, model):
    return float(_Neuron(model).loss(X @ w + b, y))


def neuron_gradient(X, y, w, b, model):
    dz = (neuron_forward(X, w, b, model) - y) / len(y)
    return X.T @ dz, float(math.fsum(dz))


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return w - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(X.shape[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
