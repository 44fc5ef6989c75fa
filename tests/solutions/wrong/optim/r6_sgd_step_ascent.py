"""optim.sgd_step: params + eta * grads (gradient ascent)."""

def sgd_step(params, grads, eta):
    return {k: params[k] + eta * grads[k] for k in params}
