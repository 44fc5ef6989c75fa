"""regularization.l2_penalty: penalises every array, biases included."""

def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.sum(np.square(v)) for v in params.values()))
