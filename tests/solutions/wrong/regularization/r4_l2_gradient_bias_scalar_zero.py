"""regularization.l2_gradient: biases get the number 0.0, not zeros of their shape."""

def l2_gradient(params, lam):
    return {k: lam * v if k.startswith("W") else 0.0 for k, v in params.items()}
