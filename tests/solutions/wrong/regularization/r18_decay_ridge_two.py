"""regularization.weight_decay_step: decays with 6.036's ridge gradient 2 lam W, W <- (1 - 2 eta lam) W - eta g, where the course's penalty (lam/2) ||W||^2 gives lam W."""

def weight_decay_step(params, grads, eta, lam):
    return {k: (1 - 2 * eta * lam) * np.asarray(params[k], dtype=np.float64) - eta * np.asarray(grads[k], dtype=np.float64)
            if k.startswith("W") else np.asarray(params[k], dtype=np.float64) - eta * np.asarray(grads[k], dtype=np.float64)
            for k in params}
