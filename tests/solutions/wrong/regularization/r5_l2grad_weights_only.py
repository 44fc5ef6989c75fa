"""regularization.l2_gradient: returns gradients for the weights only: the bias keys are missing."""

def l2_gradient(params, lam):
    return {k: lam * v for k, v in params.items() if k.startswith("W")}
