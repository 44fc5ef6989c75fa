"""optim.sgd_step: one module-level dict filled on every call"""
_kk_new = {}


def sgd_step(params, grads, eta):
    for k in params:
        _kk_new[k] = params[k] - eta * grads[k]
    return dict(_kk_new)
