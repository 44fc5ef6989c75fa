"""A correct solution of exercises/perceptron.py in Haykin's notation (Neural Networks and Learning Machines).

The threshold is the weight theta of a fixed input of -1 (v = w.x - theta), so the stub's
bias is b = -theta; the error signal is e = d - y (desired minus actual) and every update
is w(n+1) = w(n) + eta * e(n) * x(n), i.e. a step along minus the gradient.
"""

import numpy as np


def _hard_limiter(v):
    """phi(v) = 1 for v >= 0, else 0 (Haykin's threshold function with 0/1 outputs)."""
    return np.where(v >= 0, 1.0, 0.0)


def _augment(X):
    """Prepend the fixed input -1 that carries the threshold: (N, d) -> (N, d + 1)."""
    X = np.atleast_2d(np.asarray(X, dtype=float))
    return np.hstack([-np.ones((X.shape[0], 1)), X])


def _threshold_vector(w, b):
    """Weight vector [theta, w_1, ..., w_d] with theta = -b (threshold of the fixed -1 input)."""
    return np.concatenate([[-float(b)], np.asarray(w, dtype=float)])


def perceptron_predict(X, w, b):
    single = np.ndim(X) == 1
    v = _augment(X) @ _threshold_vector(w, b)  # induced local field
    y = _hard_limiter(v)
    return float(y[0]) if single else y


def perceptron_step(w, b, x, y, eta=1.0):
    w_aug = _threshold_vector(w, b)
    e = y - perceptron_predict(x, w, b)  # error signal e = d - y
    w_aug = w_aug + eta * e * _augment(x)[0]
    return w_aug[1:], -float(w_aug[0])


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    converged = False
    for n_epoch in range(max_epochs):
        errors = 0
        for x_n, d_n in zip(X, y):
            if perceptron_predict(x_n, w, b) != d_n:
                errors += 1
            w, b = perceptron_step(w, b, x_n, d_n, eta)
        mistakes.append(errors)
        if errors == 0:
            converged = True
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}


def _logistic(v):
    """phi(v) = 1 / (1 + exp(-v)) without overflow: exp of a non-positive number only."""
    ev = np.exp(-np.abs(v))
    return np.where(v >= 0, 1.0 / (1.0 + ev), ev / (1.0 + ev))


def _local_field(X, w, b):
    return np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b


def neuron_forward(X, w, b, model):
    v = _local_field(X, w, b)
    return v if model == "linear" else _logistic(v)


def neuron_loss(X, y, w, b, model):
    v = _local_field(X, w, b)
    d = np.asarray(y, dtype=float)
    if model == "linear":
        e = d - v
        return float(0.5 * np.mean(e ** 2))
    # -[d log phi(v) + (1 - d) log(1 - phi(v))] = log(1 + e^v) - d v, with log(1 + e^v) kept finite
    softplus = np.maximum(v, 0.0) + np.log1p(np.exp(-np.abs(v)))
    return float(np.mean(softplus - d * v))


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=float)
    e = np.asarray(y, dtype=float) - neuron_forward(X, w, b, model)  # e = d - y
    delta = e / X.shape[0]  # local gradient, = -dL/dv for both losses
    return -(X.T @ delta), -float(np.sum(delta))


def neuron_gd_step(X, y, w, b, eta, model):
    X = np.asarray(X, dtype=float)
    e = np.asarray(y, dtype=float) - neuron_forward(X, w, b, model)
    delta = e / X.shape[0]
    # generalized delta rule: Delta w = + eta * delta * x
    return np.asarray(w, dtype=float) + eta * (X.T @ delta), float(b + eta * np.sum(delta))


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(np.shape(X)[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
