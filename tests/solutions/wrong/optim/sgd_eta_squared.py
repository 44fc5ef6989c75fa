"""optim.sgd_step: steps by eta^2 * grad."""

def sgd_step(params, grads, eta):
    return {k: np.asarray(params[k], dtype=np.float64) - eta * eta * np.asarray(grads[k], dtype=np.float64) for k in params}
