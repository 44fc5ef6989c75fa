"""regularization.weight_decay_step: W <- (1 - eta lam / 2) W - eta g, the penalty's 1/2 kept in the step"""

def weight_decay_step(params, grads, eta, lam):
    new = {}
    for k, v in params.items():
        decay = 1 - eta * lam / 2 if k.startswith("W") else 1
        new[k] = decay * v - eta * grads[k]
    return new
