"""optim.sgd_step: returns float32 arrays (casts params and grads down first), ~1e-7 relative error instead of float64."""

def sgd_step(params, grads, eta):
    return {k: np.float32(eta) * -np.asarray(grads[k], dtype=np.float32) + np.asarray(params[k], dtype=np.float32) for k in params}
