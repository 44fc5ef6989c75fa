"""regularization.l2_penalty: lam * sum(W^2), the 1/2 dropped: twice the penalty."""


def l2_penalty(params, lam):
    return float(lam * sum(np.sum(v ** 2) for k, v in params.items() if k.startswith("W")))
