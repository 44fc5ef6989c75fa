"""perceptron in the r20 habit: Hagan/Demuth/Beale's hardlim and e = t - a rule, Geron's theta gradients."""

import numpy as np


def hardlim(n):
    """Hagan's hard limit: a = 1 where n >= 0, else 0."""
    return np.where(n >= 0, 1.0, 0.0)


def logsig(n):
    """Hagan's log-sigmoid, written so no exponent is positive."""
    e = np.exp(-np.abs(n))
    return np.where(n >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def perceptron_predict(X, w, b):
    n = np.asarray(X, dtype=float) @ w + b
    a = hardlim(n)
    return a if a.ndim else float(a)


def perceptron_step(w, b, x, y, eta=1.0):
    p = np.asarray(x, dtype=float)
    a = perceptron_predict(p, w, b)
    e = y - a  # e = t - a
    W_new = w + eta * e * p  # W_new = W_old + e p^T
    b_new = b + eta * e
    return W_new, float(b_new)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    P = np.asarray(X, dtype=float)
    W = np.zeros(P.shape[1])
    b = 0.0
    mistakes = []
    for epoch in range(max_epochs):
        n_errors = 0
        for q in range(P.shape[0]):  # incremental training, one pattern at a time
            a = perceptron_predict(P[q], W, b)
            if a != y[q]:
                n_errors += 1
            W, b = perceptron_step(W, b, P[q], y[q], eta)
        mistakes.append(n_errors)
        if n_errors == 0:
            break
    return {"w": W, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": mistakes[-1] == 0}


def neuron_forward(X, w, b, model):
    n = np.asarray(X, dtype=float) @ w + b
    if model == "linear":
        return n  # purelin
    return logsig(n)


def neuron_loss(X, y, w, b, model):
    m = len(y)
    n = np.asarray(X, dtype=float) @ w + b
    if model == "linear":
        return float(np.sum((n - y) ** 2) / (2 * m))
    # -[y log s(n) + (1-y) log(1-s(n))] = log(1 + e^n) - y n, with log(1 + e^n) stable
    return float(np.mean(np.logaddexp(0.0, n) - y * n))


def neuron_gradient(X, y, w, b, model):
    m = len(y)
    X_b = np.c_[np.ones(m), np.asarray(X, dtype=float)]  # Geron's bias column x0 = 1
    y_hat = neuron_forward(X, w, b, model)
    gradients = 1 / m * X_b.T @ (y_hat - y)  # no 2: the loss has 1/(2m)
    return gradients[1:], float(gradients[0])


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return w - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    n_features = np.asarray(X).shape[1]
    w, b = np.zeros(n_features), 0.0
    losses = []
    for iteration in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
