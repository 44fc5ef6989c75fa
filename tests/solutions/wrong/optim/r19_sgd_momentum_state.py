"""optim.sgd_step: torch.optim.SGD(momentum=0.9) habit: a momentum buffer per key kept between calls (v = 0.9 v + g; p - eta v), so only the first call is the plain step."""

_R19_MOMENTUM = {}


def sgd_step(params, grads, eta):
    new = {}
    for k, p in params.items():
        v = 0.9 * _R19_MOMENTUM[k] + grads[k] if k in _R19_MOMENTUM and np.shape(_R19_MOMENTUM[k]) == np.shape(grads[k]) else grads[k]
        _R19_MOMENTUM[k] = v
        new[k] = p - eta * v
    return new
