"""regularization.l2_penalty: ESL's lambda J(theta) = lam * sum W^2, without the 1/2 of the exercise's (lam / 2) sum W^2."""


def l2_penalty(params, lam):
    return lam * float(sum(np.sum(np.asarray(v, dtype=np.float64) ** 2) for k, v in params.items() if k.startswith("W")))
