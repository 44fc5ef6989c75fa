"""regularization.l2_penalty: 6.036's ridge term lam * sum W^2, without the 1/2 of the course's (lam/2) sum W^2."""

def l2_penalty(params, lam):
    return float(lam * sum(np.sum(np.asarray(v, dtype=np.float64) ** 2) for k, v in params.items() if k.startswith("W")))
