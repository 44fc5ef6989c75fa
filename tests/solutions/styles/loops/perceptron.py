"""Single neurons with explicit loops over examples (loops style)."""

import math

import numpy as np


def _dot(x, w):
    total = 0.0
    for xi, wi in zip(x, w):
        total += float(xi) * float(wi)
    return total


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _softplus(z):
    return max(z, 0.0) + math.log1p(math.exp(-abs(z)))


def perceptron_predict(X, w, b):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim == 1:
        return 1.0 if _dot(X, w) + b >= 0 else 0.0
    out = np.zeros(X.shape[0])
    for n in range(X.shape[0]):
        out[n] = 1.0 if _dot(X[n], w) + b >= 0 else 0.0
    return out


def perceptron_step(w, b, x, y, eta=1.0):
    err = y - perceptron_predict(x, w, b)
    new_w = np.array(w, dtype=np.float64)
    for i in range(new_w.size):
        new_w[i] += eta * err * float(x[i])
    return new_w, float(b) + eta * err


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes = []
    converged = False
    epochs = 0
    while epochs < max_epochs and not converged:
        wrong = 0
        for n in range(X.shape[0]):
            if perceptron_predict(X[n], w, b) != y[n]:
                wrong += 1
                w, b = perceptron_step(w, b, X[n], y[n], eta)
        mistakes.append(wrong)
        epochs += 1
        converged = wrong == 0
    return {"w": w, "b": float(b), "epochs": epochs, "mistakes": mistakes, "converged": converged}


def neuron_forward(X, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    out = np.zeros(X.shape[0])
    for n in range(X.shape[0]):
        z = _dot(X[n], w) + b
        out[n] = z if model == "linear" else _sigmoid(z)
    return out


def neuron_loss(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    N = X.shape[0]
    total = 0.0
    for n in range(N):
        z = _dot(X[n], w) + b
        yn = float(y[n])
        if model == "linear":
            total += 0.5 * (z - yn) ** 2
        else:
            total += _softplus(z) - yn * z
    return total / N


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=np.float64)
    y_hat = neuron_forward(X, w, b, model)
    N, d = X.shape
    dw = np.zeros(d)
    db = 0.0
    for n in range(N):
        dz = (y_hat[n] - float(y[n])) / N
        for i in range(d):
            dw[i] += X[n, i] * dz
        db += dz
    return dw, db


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    new_w = np.array(w, dtype=np.float64)
    for i in range(new_w.size):
        new_w[i] -= eta * dw[i]
    return new_w, float(b) - eta * db


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w = np.zeros(np.asarray(X).shape[1])
    b = 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
