"""xor.train_xor: Counts the first start as a restart ("restarts" = fresh draws + 1), and stops once that count reaches
max_restarts: one fresh draw fewer than allowed, and one more restart reported.
"""

def _r19rc_sigma(net):
    """Mitchell's sigmoid 1 / (1 + e^-net), with only e^(-|net|) computed (no overflow)."""
    e = np.exp(-np.abs(net))
    return np.where(net >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _r19rc_draw(rng):
    return {"W1": np.sqrt(2.0 / 4.0) * rng.standard_normal((2, 2)), "b1": np.zeros(2),
            "W2": np.sqrt(2.0 / 3.0) * rng.standard_normal((2, 1)), "b2": np.zeros(1)}


def _r19rc_outputs(p):
    o_h = _r19rc_sigma(XOR_INPUTS @ p["W1"] + p["b1"])
    o_k = _r19rc_sigma(o_h @ p["W2"] + p["b2"])
    return o_h, o_k


def _r19rc_error(o_k):
    o = np.clip(o_k, 1e-12, 1.0 - 1e-12)
    t = XOR_TARGETS
    return float(-np.mean(t * np.log(o) + (1.0 - t) * np.log(1.0 - o)))


def _r19rc_backpropagation_step(p, eta):
    o_h, o_k = _r19rc_outputs(p)
    delta_k = (XOR_TARGETS - o_k) / 4.0
    delta_h = o_h * (1.0 - o_h) * (delta_k @ p["W2"].T)
    return {"W2": p["W2"] + eta * o_h.T @ delta_k, "b2": p["b2"] + eta * delta_k.sum(axis=0),
            "W1": p["W1"] + eta * XOR_INPUTS.T @ delta_h, "b1": p["b1"] + eta * delta_h.sum(axis=0)}


def train_xor(seed=0, eta=5.0, max_epochs=2000, tol=0.05, max_restarts=10):
    """Counts the first start as a restart ("restarts" = fresh draws + 1), and stops once that count reaches max_restarts: one fresh draw fewer than allowed, and one more restart reported."""
    rng = np.random.default_rng(seed)
    restarts = 1
    while True:
        p = _r19rc_draw(rng)
        epochs = 0
        error = _r19rc_error(_r19rc_outputs(p)[1])
        while error >= tol and epochs < max_epochs:
            p = _r19rc_backpropagation_step(p, eta)
            epochs += 1
            error = _r19rc_error(_r19rc_outputs(p)[1])
        if error < tol or restarts >= max_restarts:
            break
        restarts += 1
    o_k = _r19rc_outputs(p)[1][:, 0]
    correct = int(np.sum((o_k > 0.5) == (XOR_TARGETS[:, 0] > 0.5)))
    return {"epochs": epochs, "restarts": restarts, "loss": error, "predictions": o_k,
            "correct": correct, "params": p}


