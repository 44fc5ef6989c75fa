"""regularization.l2_gradient: lam * b for the biases instead of zeros."""

def l2_gradient(params, lam):
    return {k: lam * np.asarray(v, dtype=np.float64) for k, v in params.items()}
