"""Single-neuron models: the perceptron, linear regression and logistic regression.

All three compute z = X w + b for X (N, d), w (d,), b a number, and differ in
the output function and the learning rule:

    perceptron:  y_hat = 1 if z > 0 else 0; on a mistake w <- w + eta (y - y_hat) x
    linear:      y_hat = z,            L = mean((y_hat - y)^2)
    logistic:    y_hat = sigmoid(z),   L = -mean(y log y_hat + (1 - y) log(1 - y_hat))

The two regressions learn by gradient descent:
    linear:   dL/dw = 2/N X^T (y_hat - y),  dL/db = 2 mean(y_hat - y)
    logistic: dL/dw = 1/N X^T (y_hat - y),  dL/db = mean(y_hat - y)
Labels are 0/1 for the perceptron and logistic regression.
"""

import numpy as np

MODELS = ("linear", "logistic")


def perceptron_predict(X, w, b):
    """Step output 1 where X w + b > 0, else 0: X (N, d) -> (N,) of 0.0/1.0 (a single x (d,) gives a scalar)."""
    return (np.asarray(X) @ w + b > 0).astype(float)


def perceptron_step(w, b, x, y, eta=1.0):
    """Perceptron rule on one example x (d,), label y in {0, 1}.

    y_hat = perceptron_predict(x, w, b); w <- w + eta (y - y_hat) x; b <- b + eta (y - y_hat).
    Nothing changes when y_hat == y. Returns the new (w, b).
    """
    error = y - perceptron_predict(x, w, b)
    return w + eta * error * np.asarray(x, dtype=float), b + eta * error


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    """Perceptron rule over X (N, d), y (N,) from w = 0, b = 0, examples in order, until an epoch has no mistake.

    Returns {"w": (d,), "b": float, "epochs": epochs run, "mistakes": mistakes per
    epoch, "converged": bool}. On linearly separable data it converges (the
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


def _check_model(model):
    if model not in MODELS:
        raise ValueError(f"unknown neuron model {model!r}: use 'linear' or 'logistic'")


def neuron_forward(X, w, b, model):
    """Output of one neuron: X (N, d) -> (N,), z = X w + b then identity ("linear") or sigmoid ("logistic")."""
    _check_model(model)
    z = X @ w + b
    return z if model == "linear" else 0.5 * (1 + np.tanh(z / 2))  # tanh form of sigmoid: no overflow


def neuron_loss(X, y, w, b, model):
    """Mean squared error ("linear") or mean binary cross-entropy ("logistic", from the logits, stable). Returns a float."""
    _check_model(model)
    z = X @ w + b
    if model == "linear":
        return float(np.mean((z - y) ** 2))
    # -[y log s(z) + (1 - y) log(1 - s(z))] = log(1 + e^z) - y z
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def neuron_gradient(X, y, w, b, model):
    """(dL/dw (d,), dL/db float) of neuron_loss; see the module docstring for the formulas."""
    error = neuron_forward(X, w, b, model) - y
    if model == "linear":
        error = 2 * error
    return X.T @ error / len(y), float(np.mean(error))


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
