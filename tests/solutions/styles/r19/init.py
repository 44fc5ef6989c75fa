"""Initialisation the way torch.nn.init reads: _calculate_fan_in_and_fan_out, a gain, then the draw.
The stub's layout is (n_in, n_out) (torch's weight would be its transpose), so the draw is (n_in, n_out)."""

import numpy as np


def _fan(n_in, n_out, mode):
    fans = {"fan_in": n_in, "fan_out": n_out, "average": (n_in + n_out) / 2.0}
    if mode not in fans:
        raise ValueError(f"Mode {mode} not supported, please use one of {sorted(fans)}")
    return fans[mode]


def _normal_(n_in, n_out, rng, std):
    return std * rng.standard_normal((n_in, n_out)), std


def _uniform_(n_in, n_out, rng, bound):
    return rng.uniform(-bound, bound, size=(n_in, n_out)), bound


def he_normal(n_in, n_out, rng, mode="fan_in"):
    """kaiming_normal_ with gain sqrt(2): std = sqrt(2 / fan). Returns (W (n_in, n_out), std)."""
    return _normal_(n_in, n_out, rng, np.sqrt(2.0 / _fan(n_in, n_out, mode)))


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    """kaiming_uniform_: limit = sqrt(6 / fan). Returns (W (n_in, n_out), limit)."""
    return _uniform_(n_in, n_out, rng, np.sqrt(6.0 / _fan(n_in, n_out, mode)))


def xavier_normal(n_in, n_out, rng, mode="average"):
    """xavier_normal_: std = sqrt(1 / fan), fan = (n_in + n_out) / 2 by default. Returns (W, std)."""
    return _normal_(n_in, n_out, rng, np.sqrt(1.0 / _fan(n_in, n_out, mode)))


def xavier_uniform(n_in, n_out, rng, mode="average"):
    """xavier_uniform_: limit = sqrt(3 / fan). Returns (W, limit)."""
    return _uniform_(n_in, n_out, rng, np.sqrt(3.0 / _fan(n_in, n_out, mode)))


def zeros(n_in, n_out):
    """nn.init.zeros_: W (n_in, n_out) of zeros."""
    return np.zeros((n_in, n_out))


def hidden_unit_spread(params):
    """max over hidden units j of |W1[:, j] - W1[:, 0]|, |b1[j] - b1[0]|, |W2[j, :] - W2[0, :]|."""
    W1, b1, W2 = (np.asarray(params[k], dtype=np.float64) for k in ("W1", "b1", "W2"))
    parts = [np.abs(W1 - W1[:, :1]), np.abs(b1 - b1[:1]), np.abs(W2 - W2[:1, :])]
    return float(max((p.max() if p.size else 0.0) for p in parts))


def _sigmoid(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    """Train sigmoid-hidden, identity-output weights that all start at `value` (biases 0) by full-batch GD.

    Returns {"spread": [spread after 0..steps steps], "params": final params}.
    """
    X = np.asarray(X, dtype=np.float64)
    Y = np.asarray(Y, dtype=np.float64)
    N, d = X.shape
    k = Y.shape[1]
    state = {"W1": np.full((d, n_hidden), float(value)), "b1": np.zeros(n_hidden),
             "W2": np.full((n_hidden, k), float(value)), "b2": np.zeros(k)}
    spread = [hidden_unit_spread(state)]
    for _ in range(steps):
        # optimizer.zero_grad(); loss.backward(); optimizer.step()
        H = _sigmoid(X @ state["W1"] + state["b1"])
        out = H @ state["W2"] + state["b2"]
        d_out = (out - Y) / N
        d_hidden = (d_out @ state["W2"].T) * H * (1.0 - H)
        grads = {"W2": H.T @ d_out, "b2": d_out.sum(axis=0),
                 "W1": X.T @ d_hidden, "b1": d_hidden.sum(axis=0)}
        state = {name: p - eta * grads[name] for name, p in state.items()}
        spread.append(hidden_unit_spread(state))
    return {"spread": spread, "params": state}


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    """LeCun normal: std = sqrt(1 / fan), fan by mode as He's. Returns (W, std)."""
    return _normal_(n_in, n_out, rng, np.sqrt(1.0 / _fan(n_in, n_out, mode)))


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    """LeCun uniform: limit = sqrt(3 / fan), fan by mode as He's. Returns (W, limit)."""
    return _uniform_(n_in, n_out, rng, np.sqrt(3.0 / _fan(n_in, n_out, mode)))
