"""optim.sgd_step: RIGHT: with eta == 0 returns a new dict that shares the caller's arrays (values equal, inputs unchanged)"""


def sgd_step(params, grads, eta):
    if eta == 0:
        return dict(params)
    return {k: params[k] - eta * grads[k] for k in params}
