"""Initialisers from one factory over (gain, distribution) (helpers style)."""

import numpy as np

_FANS = {
    "fan_in": lambda n_in, n_out: n_in,
    "fan_out": lambda n_in, n_out: n_out,
    "average": lambda n_in, n_out: (n_in + n_out) / 2,
}
_HE_GAIN = 2.0
_XAVIER_GAIN = 1.0


def _scale(gain, n_in, n_out, mode):
    return np.sqrt(gain / _FANS[mode](n_in, n_out))


def _normal(gain, n_in, n_out, rng, mode):
    std = _scale(gain, n_in, n_out, mode)
    return std * rng.standard_normal((n_in, n_out)), std


def _uniform(gain, n_in, n_out, rng, mode):
    # a uniform on [-a, a] has variance a^2 / 3, so a = sqrt(3 gain / fan)
    limit = _scale(3.0 * gain, n_in, n_out, mode)
    return rng.uniform(-limit, limit, size=(n_in, n_out)), limit


def he_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(_HE_GAIN, n_in, n_out, rng, mode)


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(_HE_GAIN, n_in, n_out, rng, mode)


def xavier_normal(n_in, n_out, rng, mode="average"):
    return _normal(_XAVIER_GAIN, n_in, n_out, rng, mode)


def xavier_uniform(n_in, n_out, rng, mode="average"):
    return _uniform(_XAVIER_GAIN, n_in, n_out, rng, mode)


_LECUN_GAIN = 1.0


def zeros(n_in, n_out):
    return np.zeros((n_in, n_out), dtype=np.float64)


def _gap(a, reference):
    return float(np.abs(a - reference).max())


def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    return max(_gap(W1, W1[:, :1]), _gap(b1, b1[0]), _gap(W2, W2[:1]))


def _constant_network(d, n_hidden, k, value):
    return {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
            "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}


def _mse_gradients(X, Y, params):
    H = 1.0 / (1.0 + np.exp(-(X @ params["W1"] + params["b1"])))
    d_out = (H @ params["W2"] + params["b2"] - Y) / len(X)
    d_hidden = d_out @ params["W2"].T * H * (1.0 - H)
    return {"W1": X.T @ d_hidden, "b1": d_hidden.sum(axis=0), "W2": H.T @ d_out, "b2": d_out.sum(axis=0)}


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    params = _constant_network(X.shape[1], n_hidden, Y.shape[1], value)
    spread = [hidden_unit_spread(params)]
    for _ in range(steps):
        grads = _mse_gradients(X, Y, params)
        params = {name: params[name] - eta * grads[name] for name in params}
        spread.append(hidden_unit_spread(params))
    return {"spread": spread, "params": params}


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    return _normal(_LECUN_GAIN, n_in, n_out, rng, mode)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    return _uniform(_LECUN_GAIN, n_in, n_out, rng, mode)
