"""optim.sgd_step: torch.optim.SGD momentum kept in a module cache across calls (v = mu v + g; p -= eta v): only the first step is plain SGD."""

_r25c_velocity = {}


def sgd_step(params, grads, eta, momentum=0.9):
    new = {}
    for k in params:
        v = momentum * _r25c_velocity.get(k, 0.0) + np.asarray(grads[k], dtype=np.float64)
        _r25c_velocity[k] = v
        new[k] = params[k] - eta * v
    return new
