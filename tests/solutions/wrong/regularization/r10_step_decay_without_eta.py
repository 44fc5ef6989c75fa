"""regularization.weight_decay_step: W <- (1 - lam) W - eta g, the decay not scaled by eta"""

def weight_decay_step(params, grads, eta, lam):
    return {k: ((1 - lam) * v if k.startswith("W") else v) - eta * grads[k] for k, v in params.items()}
