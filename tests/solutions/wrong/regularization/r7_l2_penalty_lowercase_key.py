"""regularization.l2_penalty: selects the weights with key.startswith("w"), lowercase, so no key "W1", "W2", ... matches and the penalty is always 0."""

def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.sum(np.asarray(v, dtype=np.float64) ** 2) for k, v in params.items() if k.startswith("w")))
