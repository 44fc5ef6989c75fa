"""regularization.weight_decay_step: biases copied unchanged, their data gradient never applied"""

def weight_decay_step(params, grads, eta, lam):
    return {k: ((1 - eta * lam) * v - eta * grads[k]) if k.startswith("W") else v.copy() for k, v in params.items()}
