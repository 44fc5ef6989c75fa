"""regularization.weight_decay_step: weight decay shrinks the biases too."""

def weight_decay_step(params, grads, eta, lam):
    return {k: (1 - eta * lam) * params[k] - eta * grads[k] for k in params}
