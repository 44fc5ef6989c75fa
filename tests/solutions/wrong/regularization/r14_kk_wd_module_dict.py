"""regularization.weight_decay_step: one module-level dict filled on every call"""
_kk_w = {}


def weight_decay_step(params, grads, eta, lam):
    for k, v in params.items():
        _kk_w[k] = v - eta * (grads[k] + (lam * v if k.startswith("W") else 0))
    return dict(_kk_w)
