"""regularization.weight_decay_step: PyTorch-style weight_decay applied to every parameter: the biases are decayed too."""


def weight_decay_step(params, grads, eta, lam):
    return {k: (1 - eta * lam) * params[k] - eta * grads[k] for k in params}
