"""Single neurons: a model table of (output, loss) pairs and shared linear helpers (helpers style)."""

import numpy as np


def _as64(*arrays):
    return tuple(np.asarray(a, dtype=np.float64) for a in arrays)


def _linear(X, w, b):
    X, w = _as64(X, w)
    return X @ w + b


def _sigmoid(z):
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


def _half_mse(z, y):
    return 0.5 * np.mean((z - y) ** 2)


def _bce_from_logits(z, y):
    return np.mean(np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z))))


_MODELS = {"linear": (lambda z: z, _half_mse), "logistic": (_sigmoid, _bce_from_logits)}


def _step_fn(z):
    return np.where(z >= 0, 1.0, 0.0)


def perceptron_predict(X, w, b):
    out = _step_fn(_linear(X, w, b))
    return out[()] if out.ndim == 0 else out


def perceptron_step(w, b, x, y, eta=1.0):
    (x,) = _as64(x)
    correction = eta * (y - perceptron_predict(x, w, b))
    return np.asarray(w, dtype=np.float64) + correction * x, float(b + correction)


def _epoch(X, y, w, b, eta):
    mistakes = 0
    for x_n, y_n in zip(X, y):
        mistakes += int(perceptron_predict(x_n, w, b) != y_n)
        w, b = perceptron_step(w, b, x_n, y_n, eta)
    return w, b, mistakes


def train_perceptron(X, y, eta=1.0, max_epochs=100):
    X, y = _as64(X, y)
    w, b, history = np.zeros(X.shape[1]), 0.0, []
    while len(history) < max_epochs and (not history or history[-1] > 0):
        w, b, m = _epoch(X, y, w, b, eta)
        history.append(m)
    return {"w": w, "b": float(b), "epochs": len(history), "mistakes": history,
            "converged": bool(history) and history[-1] == 0}


def neuron_forward(X, w, b, model):
    return _MODELS[model][0](_linear(X, w, b))


def neuron_loss(X, y, w, b, model):
    return float(_MODELS[model][1](_linear(X, w, b), np.asarray(y, dtype=np.float64)))


def neuron_gradient(X, y, w, b, model):
    X, y = _as64(X, y)
    dz = (neuron_forward(X, w, b, model) - y) / len(y)
    return dz @ X, float(dz.sum())


def neuron_gd_step(X, y, w, b, eta, model):
    dw, db = neuron_gradient(X, y, w, b, model)
    return np.asarray(w, dtype=np.float64) - eta * dw, float(b - eta * db)


def fit_neuron(X, y, model, eta=0.1, steps=1000):
    w, b, losses = np.zeros(np.shape(X)[1]), 0.0, []
    for _ in range(steps):
        losses.append(neuron_loss(X, y, w, b, model))
        w, b = neuron_gd_step(X, y, w, b, eta, model)
    return w, b, losses
