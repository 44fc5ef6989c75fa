"""optim.sgd_step: steps by eta ** 2 * grads[k] (the learning rate squared, a half-remembered schedule)."""

def sgd_step(params, grads, eta):
    return {k: params[k] - eta ** 2 * grads[k] for k in grads}
