"""regularization.weight_decay_step: shrinks the biases by (1 - eta * lam) too"""


def weight_decay_step(params, grads, eta, lam):
    return {k: (1 - eta * lam) * params[k] - eta * grads[k] for k in params}
