"""regularization.l2_penalty: (lam / 2) * sum of np.mean(W^2), the mean squared weight of each matrix instead of its sum."""

def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.mean(np.asarray(v, dtype=np.float64) ** 2) for k, v in params.items() if k.startswith("W")))
