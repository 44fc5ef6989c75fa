"""regularization.l2_gradient: torch's weight_decay habit: lam * p for every parameter, biases included."""

def l2_gradient(params, lam):
    return {k: lam * np.asarray(v, dtype=np.float64) for k, v in params.items()}
