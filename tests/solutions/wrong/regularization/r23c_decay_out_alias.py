"""regularization.weight_decay_step: np.multiply(W, 1 - eta*lam, out=W) decays the caller's weights in place."""


def weight_decay_step(params, grads, eta, lam):
    new = {}
    for k, v in params.items():
        if k.startswith("W"):
            v = np.multiply(v, 1 - eta * lam, out=v)
        new[k] = v - eta * grads[k]
    return new
