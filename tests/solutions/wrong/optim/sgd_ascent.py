"""optim.sgd_step: params + eta * grads (gradient ascent)."""

def sgd_step(params, grads, eta):
    return {k: np.asarray(params[k], dtype=np.float64) + eta * np.asarray(grads[k], dtype=np.float64) for k in params}
