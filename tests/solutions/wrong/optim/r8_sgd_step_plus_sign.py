"""optim.sgd_step: moves up the gradient, params + eta * grads; shows whenever eta and a gradient are nonzero."""


def sgd_step(params, grads, eta):
    return {k: params[k] + eta * grads[k] for k in params}
