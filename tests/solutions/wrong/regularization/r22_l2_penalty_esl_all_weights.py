"""regularization.l2_penalty: penalises every parameter, the biases (ESL's alpha_0m, beta_0k) included, not only the keys starting with "W"."""


def l2_penalty(params, lam):
    return 0.5 * lam * float(sum(np.sum(np.asarray(v, dtype=np.float64) ** 2) for v in params.values()))
