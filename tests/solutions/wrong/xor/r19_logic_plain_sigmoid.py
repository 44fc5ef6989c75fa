"""xor.hidden_logic: Mitchell's sigma(y) = 1 / (1 + e^-y) with np.exp as written: weights of size 2000 overflow e^-y
with a RuntimeWarning.
"""

def _r19ps_name(outputs):
    return BOOLEAN_FUNCTIONS[tuple(int(o > 0.5) for o in outputs)]


def hidden_logic(params):
    """Mitchell's sigma(y) = 1 / (1 + e^-y) with np.exp as written: weights of size 2000 overflow e^-y with a RuntimeWarning."""
    W1, b1 = np.asarray(params["W1"], dtype=float), np.asarray(params["b1"], dtype=float)
    W2, b2 = np.asarray(params["W2"], dtype=float), np.asarray(params["b2"], dtype=float)
    h = 1.0 / (1.0 + np.exp(-(XOR_INPUTS @ W1 + b1)))
    out = 1.0 / (1.0 + np.exp(-(h @ W2 + b2)))
    read = _r19ps_name(1.0 / (1.0 + np.exp(-(XOR_INPUTS @ W2 + b2)))[:, 0])
    return {"hidden": [_r19ps_name(h[:, j]) for j in range(2)],
            "output": read.replace("x1", "h1").replace("x2", "h2"), "network": _r19ps_name(out[:, 0])}
