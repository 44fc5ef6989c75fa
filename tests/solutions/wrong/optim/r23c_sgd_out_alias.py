"""optim.sgd_step: np.subtract(..., out=params[k]) updates the caller's arrays in place (the new dict shares them)."""


def sgd_step(params, grads, eta):
    new = {}
    for k, w in params.items():
        if isinstance(w, np.ndarray):
            new[k] = np.subtract(w, eta * np.asarray(grads[k]), out=w)
        else:
            new[k] = w - eta * grads[k]
    return new
