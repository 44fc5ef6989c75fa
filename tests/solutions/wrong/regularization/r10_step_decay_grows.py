"""regularization.weight_decay_step: W <- (1 + eta lam) W - eta g, the decay's sign flipped"""

def weight_decay_step(params, grads, eta, lam):
    return {k: ((1 + eta * lam) * v if k.startswith("W") else v) - eta * grads[k] for k, v in params.items()}
