"""perceptron and one-neuron models with np.heaviside, logaddexp and generator-driven training loops."""

from itertools import islice

import numpy as np


def perceptron_predict(X, w, b):
    return np.heaviside(np.dot(X, w) + b, 1.0)


def perceptron_step(w, b, x, y, eta=1.0):
    signal = eta * (y - perceptron_predict(x, w, b))
    return np.add(w, signal * np.asarray(x, dtype=float)), float(np.add(b, signal))


def _epochs(X, y, eta):
    """Endless epochs of the rule; yields (w, b, mistakes of that epoch)."""
    w, b = np.zeros(np.shape(X)[1]), 0.0
    while True:
        wrong = 0
        for x, target in zip(X, y):
            wrong += bool(perceptron_predict(x, w, b) != target)
            w, b = perceptron_step(w, b, x, target, eta)
        yield w, b, wrong


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    mistakes = []
    for w, b, wrong in islice(_epochs(X, y, eta), max_epochs):
        mistakes.append(wrong)
        if not wrong:
            break
    return dict(w=w, b=float(b), epochs=len(mistakes), mistakes=mistakes, converged=mistakes[-1] == 0)


def neuron_forward(X, w, b, model):
    z = np.dot(X, w) + b
    if model == "linear":
        return z
    return np.exp(-np.logaddexp(0.0, -z))  # sigmoid = 1 / (1 + e^-z) in log space: no overflow


def neuron_loss(X, y, w, b, model):
    z = np.dot(X, w) + b
    per_example = 0.5 * np.square(z - y) if model == "linear" else np.logaddexp(0.0, z) - y * z
    return float(np.mean(per_example))


def neuron_gradient(X, y, w, b, model):
    dz = np.subtract(neuron_forward(X, w, b, model), y) / np.shape(X)[0]
    return np.dot(dz, X), float(np.sum(dz))


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return w - eta * dw, b - eta * db


def _descent(X, y, model, eta):
    w, b = np.zeros(np.shape(X)[1]), 0.0
    while True:
        yield w, b
        w, b = neuron_gd_step(X, y, w, b, eta, model)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b, losses = np.zeros(np.shape(X)[1]), 0.0, []
    for w, b in islice(_descent(X, y, model, eta), steps + 1):
        if len(losses) == steps:
            break
        losses.append(neuron_loss(X, y, w, b, model))
    return w, b, losses
