"""regularization.weight_decay_step: dict(params) is a shallow copy, so the in-place updates change the caller's arrays."""

def weight_decay_step(params, grads, eta, lam):
    new = dict(params)
    for k in new:
        if k.startswith("W"):
            new[k] *= (1.0 - eta * lam)
        new[k] -= eta * grads[k]
    return new
