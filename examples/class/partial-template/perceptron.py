"""Exercise: single-neuron models, the perceptron, linear regression and logistic regression.

All three compute z = X w + b for X (N, d), w (d,) and a number b. The
perceptron outputs step(z) (1 if z >= 0 else 0) and learns by its rule;
linear regression outputs z and logistic regression sigmoid(z), both trained
by gradient descent on their losses:

    linear:    L = 1/(2N) sum (y_hat - y)^2
    logistic:  L = -1/N sum [y log y_hat + (1 - y) log(1 - y_hat)]   (compute it stably from z)

With these losses both have the same gradient, dL/dz = (y_hat - y) / N.
Labels are 0/1 for the perceptron and logistic regression. Return b as a
float, and never change the arrays you are given in place.
"""

import numpy as np


def perceptron_predict(X, w, b):
    """Step output 1 where X w + b >= 0, else 0: X (N, d) -> (N,) of 0.0/1.0 (a single x (d,) gives a scalar)."""
    raise NotImplementedError


def perceptron_step(w, b, x, y, eta=1.0):
    """Perceptron rule on one example x (d,), label y in {0, 1}.

    y_hat = perceptron_predict(x, w, b); w <- w + eta (y - y_hat) x; b <- b + eta (y - y_hat).
    Nothing changes when y_hat == y. Returns the new (w, b).
    """
    raise NotImplementedError


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    """Perceptron rule over X (N, d), y (N,) from w = 0, b = 0, examples in order, until an epoch has no mistake.

    Returns {"w": (d,), "b": float, "epochs": epochs run, "mistakes": [mistakes of
    each epoch] (a list), "converged": bool}. On linearly separable data it converges (the
    perceptron convergence theorem); otherwise it stops after max_epochs.
    """
    raise NotImplementedError


def neuron_forward(X, w, b, model):
    """Output of one neuron: X (N, d) -> (N,), z = X w + b then identity ("linear") or sigmoid ("logistic")."""
    raise NotImplementedError


def neuron_loss(X, y, w, b, model):
    """Half mean squared error ("linear") or mean binary cross-entropy ("logistic", stable, from z). Returns a float."""
    raise NotImplementedError


def neuron_gradient(X, y, w, b, model):
    """(dL/dw (d,), dL/db float) of neuron_loss: dL/dz = (y_hat - y) / N, dL/dw = X^T dL/dz, dL/db = sum dL/dz."""
    raise NotImplementedError


def neuron_gd_step(X, y, w, b, eta, model):
    """One full-batch gradient step: w <- w - eta dL/dw, b <- b - eta dL/db. Returns (w, b)."""
    raise NotImplementedError


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    """Gradient descent from w = 0, b = 0 for `steps` steps. Returns (w, b, losses) with losses[t] before step t."""
    raise NotImplementedError
