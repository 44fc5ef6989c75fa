"""Initialisation as in Andrew Ng's deeplearning.ai course (initialize_parameters_he, initialize_parameters_deep).

Ng writes W = np.random.randn(n_l, n_{l-1}) * np.sqrt(2 / n_{l-1}); this student draws from the given rng in the
stub's (n_in, n_out) shape (so the values match), and runs the symmetry demo in Ng's column layout
(X (d, m), W (n_l, n_{l-1}), b (n_l, 1), dZ = A - Y, dW = (1/m) dZ A_prev^T), transposing at the border.
"""

import numpy as np


def _fan(n_in, n_out, mode):
    return {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2}[mode]


def _normal(n_in, n_out, rng, scale, mode):
    std = np.sqrt(scale / _fan(n_in, n_out, mode))
    return rng.standard_normal((n_in, n_out)) * std, std


def _uniform(n_in, n_out, rng, scale, mode):
    limit = np.sqrt(3.0 * scale / _fan(n_in, n_out, mode))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, 2.0, mode)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, 2.0, mode)


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(n_in, n_out, rng, 1.0, mode)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(n_in, n_out, rng, 1.0, mode)


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(n_in, n_out, rng, 1.0, mode)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(n_in, n_out, rng, 1.0, mode)


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out))


def hidden_unit_spread(params):
    W1 = np.asarray(params["W1"], dtype=np.float64)
    b1 = np.asarray(params["b1"], dtype=np.float64).reshape(-1)
    W2 = np.asarray(params["W2"], dtype=np.float64)
    spread = max(np.max(np.abs(W1 - W1[:, :1]), initial=0.0),
                 np.max(np.abs(b1 - b1[0]), initial=0.0),
                 np.max(np.abs(W2 - W2[:1, :]), initial=0.0))
    return float(spread)


def _sigmoid(Z):
    e = np.exp(-np.abs(Z))
    return np.where(Z >= 0, 1 / (1 + e), e / (1 + e))


def _to_batch_first(parameters):
    return {"W1": parameters["W1"].T, "b1": np.squeeze(parameters["b1"], axis=1),
            "W2": parameters["W2"].T, "b2": np.squeeze(parameters["b2"], axis=1)}


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    X = np.asarray(X, dtype=np.float64).T          # (d, m)
    Y = np.asarray(Y, dtype=np.float64).T          # (k, m)
    n_x, m = X.shape
    n_y = Y.shape[0]
    parameters = {"W1": np.full((n_hidden, n_x), float(value)), "b1": np.zeros((n_hidden, 1)),
                  "W2": np.full((n_y, n_hidden), float(value)), "b2": np.zeros((n_y, 1))}
    spread = [hidden_unit_spread(_to_batch_first(parameters))]
    for _ in range(steps):
        A1 = _sigmoid(np.dot(parameters["W1"], X) + parameters["b1"])
        A2 = np.dot(parameters["W2"], A1) + parameters["b2"]
        dZ2 = A2 - Y
        dW2 = (1 / m) * np.dot(dZ2, A1.T)
        db2 = (1 / m) * np.sum(dZ2, axis=1, keepdims=True)
        dZ1 = np.dot(parameters["W2"].T, dZ2) * A1 * (1 - A1)
        dW1 = (1 / m) * np.dot(dZ1, X.T)
        db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)
        grads = {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
        parameters = {k: parameters[k] - eta * grads[k] for k in parameters}
        spread.append(hidden_unit_spread(_to_batch_first(parameters)))
    return {"spread": spread, "params": _to_batch_first(parameters)}
