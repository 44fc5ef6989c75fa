"""Initialisers (noisy style): prints the scale of every matrix."""

import numpy as np

print("init.py loaded")
FANS = {"fan_in": lambda i, o: i, "fan_out": lambda i, o: o, "average": lambda i, o: (i + o) / 2}


def he_normal(n_in, n_out, rng, mode="fan_in"):
    """std = sqrt(2 / fan)."""
    std = np.sqrt(2 / FANS[mode](n_in, n_out))
    print(f"he_normal {n_in}x{n_out} std={std:.4f}")
    return rng.standard_normal((n_in, n_out)) * std, std


def he_uniform(n_in, n_out, rng, mode="fan_in"):
    """limit = sqrt(6 / fan)."""
    limit = np.sqrt(6 / FANS[mode](n_in, n_out))
    print(f"he_uniform {n_in}x{n_out} limit={limit:.4f}")
    return rng.uniform(-limit, limit, (n_in, n_out)), limit


def xavier_normal(n_in, n_out, rng, mode="average"):
    """std = sqrt(1 / fan)."""
    std = np.sqrt(1 / FANS[mode](n_in, n_out))
    print("xavier_normal std", std)
    return rng.standard_normal((n_in, n_out)) * std, std


def xavier_uniform(n_in, n_out, rng, mode="average"):
    """limit = sqrt(3 / fan)."""
    limit = np.sqrt(3 / FANS[mode](n_in, n_out))
    print("xavier_uniform limit", limit)
    return rng.uniform(-limit, limit, (n_in, n_out)), limit


_W, _s = he_normal(3, 2, np.random.default_rng(0))
print("demo he_normal", _W.shape, _s)


def zeros(n_in, n_out):
    print("zeros: every unit starts the same, expect trouble")
    return np.zeros((n_in, n_out))


def hidden_unit_spread(params):
    W1, b1, W2 = params["W1"], params["b1"], params["W2"]
    gaps = [np.abs(W1 - W1[:, 0:1]).max(), np.abs(b1 - b1[0]).max(), np.abs(W2 - W2[0:1, :]).max()]
    print("spread parts", gaps)
    return float(max(gaps))


def symmetry_demo(X, Y, n_hidden=4, value=0.0, steps=20, eta=0.5):
    d, k = X.shape[1], Y.shape[1]
    W1, b1 = np.full((d, n_hidden), float(value)), np.zeros(n_hidden)
    W2, b2 = np.full((n_hidden, k), float(value)), np.zeros(k)
    spread = [hidden_unit_spread({"W1": W1, "b1": b1, "W2": W2, "b2": b2})]
    for step in range(steps):
        H = 1 / (1 + np.exp(-(X @ W1 + b1)))
        err = (H @ W2 + b2 - Y) / len(X)
        dH = err @ W2.T * H * (1 - H)
        W1, b1, W2, b2 = W1 - eta * X.T @ dH, b1 - eta * dH.sum(0), W2 - eta * H.T @ err, b2 - eta * err.sum(0)
        spread.append(hidden_unit_spread({"W1": W1, "b1": b1, "W2": W2, "b2": b2}))
    print("symmetry demo done after", steps, "steps")
    return {"spread": spread, "params": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}}


def lecun_normal(n_in, n_out, rng, mode="fan_in"):
    std = np.sqrt(1.0 / FANS[mode](n_in, n_out))
    return std * rng.standard_normal((n_in, n_out)), float(std)


def lecun_uniform(n_in, n_out, rng, mode="fan_in"):
    limit = np.sqrt(3.0 / FANS[mode](n_in, n_out))
    return rng.uniform(-limit, limit, size=(n_in, n_out)), float(limit)
