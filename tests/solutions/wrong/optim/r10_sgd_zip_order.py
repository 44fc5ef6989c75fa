"""optim.sgd_step: pairs params and grads by position (zip of values), wrong when the dicts list keys in different orders"""


def sgd_step(params, grads, eta):
    return {k: p - eta * g for (k, p), g in zip(params.items(), grads.values())}
