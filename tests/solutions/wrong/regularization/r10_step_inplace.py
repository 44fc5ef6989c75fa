"""regularization.weight_decay_step: updates the caller's arrays in place (W -= ...)"""

def weight_decay_step(params, grads, eta, lam):
    for key, value in params.items():
        if key.startswith("W"):
            value *= (1 - eta * lam)
        value -= eta * grads[key]
    return dict(params)
