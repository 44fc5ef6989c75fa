"""regularization.l2_penalty: Geron's alpha/2 sum(theta[1:]**2): the first row of every W left out as if it held the bias."""

def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.sum(np.asarray(v)[1:] ** 2) for k, v in params.items() if k.startswith("W")))
