"""Correct solution, style r5: one small class per model holding its output and loss; the perceptron in plain loops."""

import numpy as np


def perceptron_predict(X, w, b):
    return np.where(np.dot(X, w) + b >= 0, 1.0, 0.0)[()]


def perceptron_step(w, b, x, y, eta=1.0):
    err = float(y - perceptron_predict(x, w, b))
    if err == 0.0:
        return np.array(w, dtype=np.float64), float(b)
    return np.asarray(w, dtype=np.float64) + eta * err * np.asarray(x, dtype=np.float64), float(b + eta * err)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b, mistakes = np.zeros(np.shape(X)[1]), 0.0, []
    while len(mistakes) < max_epochs:
        wrong = 0
        for x_i, y_i in zip(X, y):
            if perceptron_predict(x_i, w, b) != y_i:
                wrong += 1
                w, b = perceptron_step(w, b, x_i, y_i, eta)
        mistakes.append(wrong)
        if wrong == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes,
            "converged": bool(mistakes and mistakes[-1] == 0)}


class _Linear:
    @staticmethod
    def output(z):
        return z

    @staticmethod
    def loss(z, y):
        return 0.5 * np.mean((z - y) ** 2)


class _Logistic:
    @staticmethod
    def output(z):
        return np.exp(-np.logaddexp(0.0, -z))

    @staticmethod
    def loss(z, y):
        # -[y log s(z) + (1 - y) log(1 - s(z))] = log(1 + e^z) - y z
        return np.mean(np.logaddexp(0.0, z) - y * z)


_MODELS = {"linear": _Linear, "logistic": _Logistic}


def _z(X, w, b):
    return np.asarray(X, dtype=np.float64) @ w + b


def neuron_forward(X, w, b, model):
    return _MODELS[model].output(_z(X, w, b))


def neuron_loss(X, y, w, b, model):
    return float(_MODELS[model].loss(_z(X, w, b), y))


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    dz = (neuron_forward(X, w, b, model) - y) / X.shape[0]
    return dz @ X, float(np.sum(dz))


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return w - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b, losses = np.zeros(np.shape(X)[1]), 0.0, []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
