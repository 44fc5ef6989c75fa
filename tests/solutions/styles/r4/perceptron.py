"""Correct solution of exercises/perceptron.py, r4 style: a Neuron class per model (forward, loss, grad), np.logaddexp for the stable logistic loss."""

import numpy as np


def _f64(a):
    return np.asarray(a, dtype=np.float64)


def perceptron_predict(X, w, b):
    z = np.einsum("...d,d->...", _f64(X), _f64(w)) + b
    out = np.where(z >= 0, 1.0, 0.0)
    return float(out) if out.ndim == 0 else out


def perceptron_step(w, b, x, y, eta=1.0):
    error = y - perceptron_predict(x, w, b)
    return _f64(w) + eta * error * _f64(x), float(b + eta * error)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X, y = _f64(X), _f64(y)
    w, b, mistakes = np.zeros(X.shape[1]), 0.0, []
    while len(mistakes) < max_epochs:
        wrong = 0
        for x_i, y_i in zip(X, y):
            wrong += perceptron_predict(x_i, w, b) != y_i
            w, b = perceptron_step(w, b, x_i, y_i, eta)
        mistakes.append(int(wrong))
        if wrong == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes,
            "converged": bool(mistakes) and mistakes[-1] == 0}


class Neuron:
    def __init__(self, model):
        if model not in ("linear", "logistic"):
            raise ValueError(f"model must be 'linear' or 'logistic', not {model!r}")
        self.model = model

    @staticmethod
    def z(X, w, b):
        return _f64(X) @ _f64(w) + b

    def forward(self, X, w, b):
        z = self.z(X, w, b)
        if self.model == "linear":
            return z
        e = np.exp(-np.abs(z))
        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))

    def loss(self, X, y, w, b):
        z, y = self.z(X, w, b), _f64(y)
        if self.model == "linear":
            return float(0.5 * np.mean((z - y) ** 2))
        return float(np.mean(np.logaddexp(0.0, z) - y * z))

    def grad(self, X, y, w, b):
        dz = (self.forward(X, w, b) - _f64(y)) / len(X)
        return _f64(X).T @ dz, float(dz.sum())


def neuron_forward(X, w, b, model):
    return Neuron(model).forward(X, w, b)


def neuron_loss(X, y, w, b, model):
    return Neuron(model).loss(X, y, w, b)


def neuron_gradient(X, y, w, b, model):
    return Neuron(model).grad(X, y, w, b)


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return _f64(w) - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b, losses = np.zeros(np.shape(X)[1]), 0.0, []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
