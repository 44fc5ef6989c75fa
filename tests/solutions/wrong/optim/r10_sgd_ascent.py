"""optim.sgd_step: steps along the gradient (params + eta * grads), gradient ascent"""


def sgd_step(params, grads, eta):
    out = {}
    for name, value in params.items():
        out[name] = value + eta * grads[name]
    return out
