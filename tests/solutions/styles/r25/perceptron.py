"""Single-neuron models in a 1990s practitioner's words (Zurada, Reed & Marks): net, o, a hard limiter,
pattern-mode perceptron training in cycles with an explicit error accumulator, and batch-mode delta
rule training of the linear and logistic neuron."""

import numpy as np


def _hardlim(net):
    """Unipolar hard limiter: 1 where net >= 0, else 0 (floats)."""
    return np.where(net >= 0.0, 1.0, 0.0)


def _unipolar_sigmoid(net, lam=1.0):
    """f(net) = 1 / (1 + exp(-lam net)), written through the bipolar form (1 + tanh(lam net / 2)) / 2: no overflow."""
    return 0.5 * (1.0 + np.tanh(0.5 * lam * net))


def perceptron_predict(X, w, b):
    net = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    o = _hardlim(net)
    if o.ndim == 0:
        return float(o)
    return o


def perceptron_step(w, b, x, y, eta=1.0):
    o = perceptron_predict(x, w, b)
    r = y - o  # the learning signal of the discrete perceptron
    w_new = np.asarray(w, dtype=float) + eta * r * np.asarray(x, dtype=float)
    return w_new, float(b + eta * r)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    mistakes_per_cycle = []
    converged = False
    cycle = 0
    while cycle < max_epochs:
        cycle += 1
        E = 0  # error accumulator of this cycle, reset at its start
        for p in range(X.shape[0]):
            if perceptron_predict(X[p], w, b) != y[p]:
                E += 1
            w, b = perceptron_step(w, b, X[p], y[p], eta)
        mistakes_per_cycle.append(E)
        if E == 0:
            converged = True
            break
    return {"w": w, "b": float(b), "epochs": cycle, "mistakes": mistakes_per_cycle, "converged": converged}


def neuron_forward(X, w, b, model):
    net = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    if model == "linear":
        return net
    if model == "logistic":
        return _unipolar_sigmoid(net)
    raise ValueError(f"model must be 'linear' or 'logistic', not {model!r}")


def neuron_loss(X, y, w, b, model):
    net = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b
    d = np.asarray(y, dtype=float)
    if model == "linear":
        return float(0.5 * np.mean((net - d) ** 2))
    if model == "logistic":
        # -[d log f + (1 - d) log(1 - f)] = log(1 + e^net) - d net, softplus kept finite
        return float(np.mean(np.logaddexp(0.0, net) - d * net))
    raise ValueError(f"model must be 'linear' or 'logistic', not {model!r}")


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=float)
    o = neuron_forward(X, w, b, model)
    delta = (o - np.asarray(y, dtype=float)) / X.shape[0]
    return X.T @ delta, float(np.sum(delta))


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=float) - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    X = np.asarray(X, dtype=float)
    w = np.zeros(X.shape[1])
    b = 0.0
    losses = []
    for _sweep in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
