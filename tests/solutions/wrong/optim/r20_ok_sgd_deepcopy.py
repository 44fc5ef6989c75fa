"""optim.sgd_step: Right: Geron's deepcopy of the model, then theta -= eta * gradients on the copy (the caller's dict untouched)."""

import copy


def sgd_step(params, grads, eta):
    new = copy.deepcopy(params)
    for k in new:
        new[k] -= eta * grads[k]
    return new
