"""regularization.l2_penalty: the leaky-LMS cost lam ||w||^2 without the 1/2: twice the course's penalty."""


def l2_penalty(params, lam):
    return float(lam * sum(np.sum(np.square(v)) for k, v in params.items() if k.startswith("W")))
