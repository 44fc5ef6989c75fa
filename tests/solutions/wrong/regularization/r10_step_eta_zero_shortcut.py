"""regularization.weight_decay_step: eta = 0 returns the caller's own arrays in the new dict (aliased)"""

def weight_decay_step(params, grads, eta, lam):
    if eta == 0:
        return dict(params)
    return {k: ((1 - eta * lam) * v if k.startswith("W") else v) - eta * grads[k] for k, v in params.items()}
