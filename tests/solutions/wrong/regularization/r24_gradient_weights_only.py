"""regularization.l2_gradient: returns only the weight keys, leaving the biases out instead of giving them zero gradients."""


def l2_gradient(params, lam):
    return {k: lam * np.asarray(v, dtype=np.float64) for k, v in params.items() if k.startswith("W")}
