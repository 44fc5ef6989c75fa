"""regularization.l2_gradient: lam * b for the biases too"""

def l2_gradient(params, lam):
    return {k: lam * v for k, v in params.items()}
