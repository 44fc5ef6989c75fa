"""regularization.weight_decay_step: torch param groups split by p.ndim (decay if ndim >= 2, else no_decay) instead of by the "W" key: a 1-D or scalar weight is not decayed, a 2-D non-weight is."""

def weight_decay_step(params, grads, eta, lam):
    return {k: (p - eta * (grads[k] + lam * p)) if np.ndim(p) >= 2 else p - eta * grads[k] for k, p in params.items()}
