"""regularization.weight_decay_step: updates the caller's arrays in place (params changed) and returns them"""


def weight_decay_step(params, grads, eta, lam):
    new = {}
    for k, v in params.items():
        if k.startswith("W"):
            v *= 1 - eta * lam
        v -= eta * grads[k]
        new[k] = v
    return new
