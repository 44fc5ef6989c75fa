"""regularization.l2_gradient: returns only the weight keys; the zero gradients of the biases are missing."""


def l2_gradient(params, lam):
    return {k: lam * v for k, v in params.items() if k.startswith("W")}
