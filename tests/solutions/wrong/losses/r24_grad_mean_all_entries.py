"""losses.mse_grad: divides by every entry N*K (np.mean's count) instead of by the batch size N: too small by K for (N, K)."""


def mse_grad(Y_hat, Y):
    e = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return e / max(e.size, 1)
