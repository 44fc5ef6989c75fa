"""regularization.weight_decay_step: the lam W term is missing (a plain gradient step)."""

def weight_decay_step(params, grads, eta, lam):
    return {k: np.asarray(v, dtype=np.float64) - eta * np.asarray(grads[k], dtype=np.float64) for k, v in params.items()}
