def sgd_step(params, grads, eta):
    """optim.sgd_step: subtracts into the caller's arrays (np.subtract(..., out=params[k])) to save buffers, so the
    params passed in are changed and the new dict shares them."""
    new = {}
    for k in params:
        p = params[k]
        new[k] = np.subtract(p, eta * np.asarray(grads[k]), out=p) if isinstance(p, np.ndarray) else p - eta * grads[k]
    return new
