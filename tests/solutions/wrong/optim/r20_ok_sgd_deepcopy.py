import copy


def sgd_step(params, grads, eta):
    """Right: Geron's deepcopy of the model, then theta -= eta * gradients on the copy (the caller's dict untouched)."""
    new = copy.deepcopy(params)
    for k in new:
        new[k] = new[k] - eta * grads[k]
    return new
