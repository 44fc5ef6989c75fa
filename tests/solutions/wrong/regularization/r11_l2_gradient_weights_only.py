"""regularization.l2_gradient: returns only the weight keys (the bias keys with their zero gradients are missing)"""


def l2_gradient(params, lam):
    return {k: lam * v for k, v in params.items() if k.startswith("W")}
