"""perceptron with a small dataclass for the neuron's models and lists for the training history."""

from dataclasses import dataclass

import numpy as np


def _log1p_exp(z):
    # log(1 + e^z) without overflow
    return np.maximum(z, 0.0) + np.log1p(np.exp(-np.abs(z)))


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


@dataclass(frozen=True)
class _Neuron:
    model: str

    def output(self, z):
        return z if self.model == "linear" else _sigmoid(z)

    def loss(self, z, y):
        if self.model == "linear":
            return 0.5 * np.mean((z - y) ** 2)
        # -[y log s(z) + (1-y) log(1-s(z))] = log(1+e^z) - y z
        return np.mean(_log1p_exp(z) - y * z)


def _z(X, w, b):
    return np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64) + b


def perceptron_predict(X, w, b):
    z = _z(X, w, b)
    out = (z >= 0).astype(np.float64)
    return float(out) if out.ndim == 0 else out


def perceptron_step(w, b, x, y, eta=1.0):
    miss = y - perceptron_predict(x, w, b)
    return np.asarray(w, dtype=np.float64) + eta * miss * np.asarray(x, dtype=np.float64), float(b + eta * miss)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    history = []
    converged = False
    while len(history) < max_epochs and not converged:
        mistakes = 0
        for x_i, y_i in zip(X, y):
            if perceptron_predict(x_i, w, b) != y_i:
                mistakes += 1
            w, b = perceptron_step(w, b, x_i, y_i, eta)
        history.append(mistakes)
        converged = mistakes == 0
    return {"w": w, "b": float(b), "epochs": len(history), "mistakes": history, "converged": converged}


def neuron_forward(X, w, b, model):
    return _Neuron(model).output(_z(X, w, b))


def neuron_loss(X, y, w, b, model):
    return float(_Neuron(model).loss(_z(X, w, b), np.asarray(y, dtype=np.float64)))


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    dz = (neuron_forward(X, w, b, model) - np.asarray(y, dtype=np.float64)) / X.shape[0]
    return X.T @ dz, float(dz.sum())


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=np.float64) - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(np.asarray(X).shape[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
