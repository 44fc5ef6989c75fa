"""regularization.l2_gradient: computes lam * W with W *= lam, in place, so the caller's weights are multiplied by lam
(and the gradient is the caller's own array)."""

def l2_gradient(params, lam):
    grads = {}
    for key, value in params.items():
        if key.startswith("W"):
            value *= lam
            grads[key] = value
        else:
            grads[key] = np.zeros_like(value)
    return grads
