"""regularization.l2_penalty: penalises every key, biases included."""

def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.sum(np.asarray(v, dtype=np.float64) ** 2) for v in params.values()))
