"""optim.sgd_step: the LMS update w + mu e x (e = d - y) applied to a gradient: params + eta * grads, uphill."""


def sgd_step(params, grads, eta):
    return {k: np.asarray(params[k], dtype=np.float64) + eta * np.asarray(grads[k], dtype=np.float64) for k in params}
