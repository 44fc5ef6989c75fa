"""Initialisers: if/elif for the fan (loops style)."""


def _fan(n_in, n_out, mode):
    if mode == "fan_in":
        return n_in
    elif mode == "fan_out":
        return n_out
    elif mode == "average":
        return (n_in + n_out) / 2
    raise ValueError(f"unknown mode {mode!r}")


def he_normal(n_in, n_out, rng, mode="fan_in"):
    std = (2 / _fan(n_in, n_out, mode)) ** 0.5
    return std * rng.standard_normal((n_in, n_out)), std


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = (6 / _fan(n_in, n_out, mode)) ** 0.5
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def xavier_normal(n_in, n_out, rng, mode="average"):
    std = (1 / _fan(n_in, n_out, mode)) ** 0.5
    return std * rng.standard_normal((n_in, n_out)), std


def xavier_uniform(n_in, n_out, rng, mode="average"):
    limit = (3 / _fan(n_in, n_out, mode)) ** 0.5
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def zeros(n_in, n_out):
    import numpy as np
    return np.zeros((n_in, n_out))


def hidden_unit_spread(params):
    spread = 0.0
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    for j in range(1, len(b1)):
        spread = max(spread, float(abs(W1[:, j] - W1[:, 0]).max()), float(abs(b1[j] - b1[0])),
                     float(abs(W2[j] - W2[0]).max()))
    return spread


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    import numpy as np
    params = {"W1": np.full((X.shape[1], n_hidden), float(value)), "b1": np.zeros(n_hidden),
              "W2": np.full((n_hidden, Y.shape[1]), float(value)), "b2": np.zeros(Y.shape[1])}
    spread = [hidden_unit_spread(params)]
    for step in range(steps):
        H = 1 / (1 + np.exp(-(X @ params["W1"] + params["b1"])))
        d_out = (H @ params["W2"] + params["b2"] - Y) / len(X)
        d_hidden = d_out @ params["W2"].T * H * (1 - H)
        grads = {"W1": X.T @ d_hidden, "b1": d_hidden.sum(axis=0), "W2": H.T @ d_out, "b2": d_out.sum(axis=0)}
        for key in params:
            params[key] = params[key] - eta * grads[key]
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": params}


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    std = (1.0 / _fan(n_in, n_out, mode)) ** 0.5
    return std * rng.standard_normal((n_in, n_out)), std


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = (3.0 / _fan(n_in, n_out, mode)) ** 0.5
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit
