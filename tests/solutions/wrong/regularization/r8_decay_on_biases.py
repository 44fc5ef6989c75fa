"""regularization.weight_decay_step: decays the biases too ((1 - eta lam) b); wrong when a bias is nonzero and lam > 0."""


def weight_decay_step(params, grads, eta, lam):
    return {k: (1 - eta * lam) * v - eta * grads[k] for k, v in params.items()}
