"""Single-neuron models: the perceptron, linear regression and logistic regression.

All three compute z = X w + b for X (N, d), w (d,), b a number, and differ in
the output function and the learning rule:

    perceptron:  y_hat = step(z) = 1 if z >= 0 else 0;  w <- w + eta (y - y_hat) x
    linear:      y_hat = z,           L = 1/(2N) sum (y_hat - y)^2   (reference.losses.mse)
    logistic:    y_hat = sigmoid(z),  L = -1/N sum [y log y_hat + (1 - y) log(1 - y_hat)]

With these losses both regressions have the same gradient, dL/dz = (y_hat - y) / N:
    dL/dw = X^T (y_hat - y) / N,   dL/db = mean(y_hat - y)
Labels are 0/1 for the perceptron and logistic regression.
"""

import numpy as np

from mlptutor.reference.activations import sigmoid, step
from mlptutor.reference.losses import bce_with_logits, bce_with_logits_grad, mse, mse_grad

# model -> (loss of the logits z, its gradient dL/dz)
MODELS = {"linear": (mse, mse_grad), "logistic": (bce_with_logits, bce_with_logits_grad)}


def perceptron_predict(X, w, b):
    """Step output 1 where X w + b >= 0, else 0: X (N, d) -> (N,) of 0.0/1.0 (a single x (d,) gives a scalar)."""
    return step(np.asarray(X) @ w + b)


def perceptron_step(w, b, x, y, eta=1.0):
    """Perceptron rule on one example x (d,), label y in {0, 1}.

    y_hat = perceptron_predict(x, w, b); w <- w + eta (y - y_hat) x; b <- b + eta (y - y_hat).
    Nothing changes when y_hat == y. Returns the new (w, b).
    """
    error = y - perceptron_predict(x, w, b)
    return w + eta * error * np.asarray(x, dtype=float), b + eta * error


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    """Perceptron rule over X (N, d), y (N,) from w = 0, b = 0, examples in order, until an epoch has no mistake.

    Returns {"w": (d,), "b": float, "epochs": epochs run, "mistakes": [mistakes of
    each epoch] (a list), "converged": bool}. On linearly separable data it converges (the
    perceptron convergence theorem); otherwise it stops after max_epochs.
    """
    w, b, mistakes = np.zeros(np.shape(X)[1]), 0.0, []
    for _ in range(max_epochs):
        count = 0
        for x, target in zip(X, y):
            count += int(perceptron_predict(x, w, b) != target)
            w, b = perceptron_step(w, b, x, target, eta)
        mistakes.append(count)
        if count == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}


def _logits(X, w, b, model):
    if model not in MODELS:
        raise ValueError(f"unknown neuron model {model!r}: use 'linear' or 'logistic'")
    return X @ w + b


def neuron_forward(X, w, b, model):
    """Output of one neuron: X (N, d) -> (N,), z = X w + b then identity ("linear") or sigmoid ("logistic")."""
    z = _logits(X, w, b, model)
    return z if model == "linear" else sigmoid(z)


def neuron_loss(X, y, w, b, model):
    """Half mean squared error ("linear") or mean binary cross-entropy ("logistic", stable, from z). Returns a float."""
    z = _logits(X, w, b, model)
    return MODELS[model][0](z, y)


def neuron_gradient(X, y, w, b, model):
    """(dL/dw (d,), dL/db float) of neuron_loss: dL/dz = (y_hat - y) / N, dL/dw = X^T dL/dz, dL/db = sum dL/dz."""
    z = _logits(X, w, b, model)
    dz = MODELS[model][1](z, y)
    return X.T @ dz, float(np.sum(dz))


def neuron_gd_step(X, y, w, b, eta, model):
    """One full-batch gradient step: w <- w - eta dL/dw, b <- b - eta dL/db. Returns (w, b)."""
    dw, db = neuron_gradient(X, y, w, b, model)
    return w - eta * dw, b - eta * db


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    """Gradient descent from w = 0, b = 0 for `steps` steps. Returns (w, b, losses) with losses[t] before step t."""
    w, b, losses = np.zeros(X.shape[1]), 0.0, []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
