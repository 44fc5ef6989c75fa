"""regularization.l2_penalty: np.linalg.norm(W, 2) is the spectral norm for a matrix: equals the Frobenius norm only for vectors and rank-1 matrices."""

def l2_penalty(params, lam):
    return float(lam / 2.0 * sum(np.linalg.norm(v, 2) ** 2 if np.ndim(v) == 2 else np.sum(np.square(v))
                                 for k, v in params.items() if k.startswith("W")))
