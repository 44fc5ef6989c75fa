"""regularization.weight_decay_step: right: a plain gradient step on the data gradient plus the penalty's gradient lam W
(zeros for biases), W - eta (g + lam W) = (1 - eta lam) W - eta g."""


def weight_decay_step(params, grads, eta, lam):
    return {k: v - eta * (grads[k] + (lam * v if k.startswith("W") else 0.0)) for k, v in params.items()}
