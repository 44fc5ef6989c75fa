"""Style r11: single neurons through einsum, a small model table, losses from logaddexp."""

import numpy as np


def _z(X, w, b):
    return np.einsum("...i,i->...", np.asarray(X, dtype=float), np.asarray(w, dtype=float)) + b


def _sigmoid(z):
    # tanh form: never overflows, any size of z
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def perceptron_predict(X, w, b):
    fired = (_z(X, w, b) >= 0).astype(np.float64)
    return float(fired) if fired.ndim == 0 else fired


def perceptron_step(w, b, x, y, eta=1.0):
    error = y - perceptron_predict(x, w, b)
    if error == 0:
        return np.array(w, dtype=float), float(b)
    return np.asarray(w, dtype=float) + (eta * error) * np.asarray(x, dtype=float), float(b + eta * error)


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X = np.asarray(X, dtype=float)
    w, b = np.zeros(X.shape[1]), 0.0
    history = []
    while len(history) < max_epochs:
        wrong = 0
        for xi, yi in zip(X, y):
            wrong += int(perceptron_predict(xi, w, b) != yi)
            w, b = perceptron_step(w, b, xi, yi, eta)
        history.append(wrong)
        if wrong == 0:
            break
    return {"w": w, "b": float(b), "epochs": len(history), "mistakes": history,
            "converged": bool(history) and history[-1] == 0}


_LINK = {"linear": lambda z: z, "logistic": _sigmoid}


def neuron_forward(X, w, b, model):
    return _LINK[model](_z(X, w, b))


def neuron_loss(X, y, w, b, model):
    z = _z(X, w, b)
    y = np.asarray(y, dtype=float)
    if model == "linear":
        r = z - y
        return float(np.dot(r, r) / (2 * len(r)))
    # -[y log s(z) + (1 - y) log(1 - s(z))] = log(1 + e^z) - y z
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def neuron_gradient(X, y, w, b, model):
    X = np.asarray(X, dtype=float)
    dz = (neuron_forward(X, w, b, model) - np.asarray(y, dtype=float)) / X.shape[0]
    return np.einsum("ni,n->i", X, dz), float(dz.sum())


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=float) - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(np.shape(X)[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
