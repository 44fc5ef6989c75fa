"""xor.hidden_logic: Reads b as Zhou's subtracted threshold theta, y = f(sum w x - theta): every unit computes sigmoid(x
W - b) instead of sigmoid(x W + b).
"""

def _r19th_logistic(v):
    e = np.exp(-np.abs(v))
    return np.where(v >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _r19th_name(outputs):
    return BOOLEAN_FUNCTIONS[tuple(int(o > 0.5) for o in outputs)]


def hidden_logic(params):
    """Reads b as Zhou's subtracted threshold theta, y = f(sum w x - theta): every unit computes sigmoid(x W - b) instead of sigmoid(x W + b)."""
    W1, b1 = np.asarray(params["W1"], dtype=float), np.asarray(params["b1"], dtype=float)
    W2, b2 = np.asarray(params["W2"], dtype=float), np.asarray(params["b2"], dtype=float)
    b_h = _r19th_logistic(XOR_INPUTS @ W1 - b1)
    y_hat = _r19th_logistic(b_h @ W2 - b2)[:, 0]
    read = _r19th_name(_r19th_logistic(XOR_INPUTS @ W2 - b2)[:, 0])
    return {"hidden": [_r19th_name(b_h[:, j]) for j in range(2)],
            "output": read.replace("x1", "h1").replace("x2", "h2"), "network": _r19th_name(y_hat)}
