"""softmax.softmax_cross_entropy_grad: the vector-Jacobian product J^T (-Y / s) / N through the softmax Jacobian: s underflows to 0 for logits far below the maximum and -Y / s is inf, NaN."""


def softmax_cross_entropy_grad(logits, Y):
    logits = np.asarray(logits, dtype=np.float64)
    S = softmax(logits)
    N = logits.shape[0]
    J = S[:, :, None] * (np.eye(S.shape[1]) - S[:, None, :])  # each row's Jacobian ds/da
    g = -np.asarray(Y, dtype=np.float64) / S / N
    return np.einsum("nij,ni->nj", J, g)
