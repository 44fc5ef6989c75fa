"""A correct solution of exercises/perceptron.py, style r6: a Neuron class with __call__, logaddexp for the loss."""
import numpy as np


def _f(a):
    return np.asarray(a, dtype=np.float64)


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


class _Neuron:
    """z = X w + b, then the model's output function."""

    def __init__(self, w, b, model):
        self.w, self.b, self.model = _f(w), float(b), model

    def z(self, X):
        return np.einsum("...d,d->...", _f(X), self.w) + self.b

    def __call__(self, X):
        z = self.z(X)
        return z if self.model == "linear" else _sigmoid(z)

    def loss(self, X, y):
        z, y = self.z(X), _f(y)
        if self.model == "linear":
            return float(np.mean((z - y) ** 2) / 2.0)
        # -[y log s(z) + (1-y) log(1-s(z))] = log(1 + e^z) - y z
        return float(np.mean(np.logaddexp(0.0, z) - y * z))

    def gradient(self, X, y):
        X, y = _f(X), _f(y)
        dz = (self(X) - y) / X.shape[0]
        return np.einsum("nd,n->d", X, dz), float(dz.sum())


def perceptron_predict(X, w, b):
    out = (_Neuron(w, b, "linear").z(X) >= 0.0).astype(np.float64)
    return float(out) if out.ndim == 0 else out


def perceptron_step(w, b, x, y, eta=1.0):
    err = float(y) - float(perceptron_predict(x, w, b))
    return _f(w) + eta * err * _f(x), float(b) + eta * err


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X, y = _f(X), _f(y)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    for _ in range(max_epochs):
        count = 0
        for xi, yi in zip(X, y):
            if perceptron_predict(xi, w, b) != yi:
                count += 1
                w, b = perceptron_step(w, b, xi, yi, eta)
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes,
            "converged": bool(mistakes and mistakes[-1] == 0)}


def neuron_forward(X, w, b, model):
    return _Neuron(w, b, model)(X)


def neuron_loss(X, y, w, b, model):
    return _Neuron(w, b, model).loss(X, y)


def neuron_gradient(X, y, w, b, model):
    return _Neuron(w, b, model).gradient(X, y)


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return _f(w) - eta * dw, float(b) - eta * db


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(_f(X).shape[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
