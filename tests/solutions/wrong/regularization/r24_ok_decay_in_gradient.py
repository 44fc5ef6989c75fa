"""regularization.weight_decay_step: right: W - eta (grad + lam W) is algebraically (1 - eta lam) W - eta grad."""


def weight_decay_step(params, grads, eta, lam):
    return {k: np.asarray(v, dtype=np.float64)
            - eta * (np.asarray(grads[k], dtype=np.float64) + (lam * np.asarray(v, dtype=np.float64) if k.startswith("W") else 0.0))
            for k, v in params.items()}
