"""regularization.weight_decay_step: shrinks the weights by (1 - lam) instead of (1 - eta * lam), forgetting the learning rate in the decay term."""

def weight_decay_step(params, grads, eta, lam):
    new = {}
    for k, v in params.items():
        v = np.asarray(v, dtype=np.float64)
        if k.startswith("W"):
            new[k] = (1.0 - lam) * v - eta * grads[k]
        else:
            new[k] = v - eta * grads[k]
    return new
