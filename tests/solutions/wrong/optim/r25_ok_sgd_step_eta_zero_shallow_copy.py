"""optim.sgd_step: right: with eta = 0 it returns a new dict holding the caller's own (unchanged) values, which the
module docstring allows (a new dict whose values equal params'); otherwise new arrays."""


def sgd_step(params, grads, eta):
    if eta == 0:
        return dict(params)
    return {k: params[k] - eta * grads[k] for k in params}
