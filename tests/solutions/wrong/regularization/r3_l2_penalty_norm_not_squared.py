"""regularization.l2_penalty: (lam / 2) * sum_l ||W_l|| with the Frobenius norm NOT squared."""

def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.linalg.norm(v) for k, v in params.items() if k.startswith("W")))
