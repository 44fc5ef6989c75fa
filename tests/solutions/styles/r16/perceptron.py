"""Single neurons, Bishop style: the bias is weight w_0 on a constant input x_0 = 1,
so every model works on the augmented vector w~ = (b, w) and rows x~ = (1, x)."""

import numpy as np


def _aug(X):
    X = np.asarray(X, dtype=np.float64)
    return np.concatenate([np.ones(X.shape[:-1] + (1,)), X], axis=-1)


def _w_tilde(w, b):
    return np.concatenate([[float(b)], np.asarray(w, dtype=np.float64)])


def _z(X, w, b):
    return _aug(X) @ _w_tilde(w, b)


def _logistic(z):
    return np.exp(-np.logaddexp(0.0, -z))


def perceptron_predict(X, w, b):
    return np.heaviside(_z(X, w, b), 1.0)


def perceptron_step(w, b, x, y, eta=1.0):
    wt = _w_tilde(w, b)
    wt = wt + eta * (y - perceptron_predict(x, w, b)) * _aug(x)
    return wt[1:], float(wt[0])


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    w, b = np.zeros(np.shape(X)[1]), 0.0
    mistakes = []
    converged = False
    while len(mistakes) < max_epochs and not converged:
        wrong = 0
        for x_n, y_n in zip(X, y):
            if perceptron_predict(x_n, w, b) != y_n:
                wrong += 1
                w, b = perceptron_step(w, b, x_n, y_n, eta)
        mistakes.append(wrong)
        converged = wrong == 0
    return {"w": w, "b": float(b), "epochs": len(mistakes), "mistakes": mistakes, "converged": converged}


def neuron_forward(X, w, b, model):
    z = _z(X, w, b)
    return z if model == "linear" else _logistic(z)


def neuron_loss(X, y, w, b, model):
    z = _z(X, w, b)
    y = np.asarray(y, dtype=np.float64)
    if model == "linear":
        return float(0.5 * np.mean((z - y) ** 2))
    # Keras' from_logits form: max(z, 0) - z y + log(1 + exp(-|z|))
    return float(np.mean(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))))


def neuron_gradient(X, y, w, b, model):
    dz = (neuron_forward(X, w, b, model) - y) / len(y)
    g = _aug(X).T @ dz
    return g[1:], float(g[0])


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return w - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b = np.zeros(np.shape(X)[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
