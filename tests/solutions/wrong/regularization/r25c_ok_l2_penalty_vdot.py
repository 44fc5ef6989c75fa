"""regularization.l2_penalty: Right: lam/2 * sum of vdot(W, W) over the W keys, returned as a numpy float64."""

def l2_penalty(params, lam):
    return lam / 2 * np.sum([np.vdot(W, W) for k, W in params.items() if k.startswith("W")])
