"""regularization.weight_decay_step: Geron's theta[1:] habit: the first row of every W is stepped but not decayed."""

def weight_decay_step(params, grads, eta, lam):
    new = {}
    for k, v in params.items():
        v = np.asarray(v, dtype=float)
        step = v - eta * grads[k]
        if k.startswith("W"):
            step[1:] -= eta * lam * v[1:]
        new[k] = step
    return new
