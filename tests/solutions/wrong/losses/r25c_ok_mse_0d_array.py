"""losses.mse: Right: the documented value as a 0-d float64 array (np.asarray of the sum / 2N)."""

def mse(Y_hat, Y):
    D = np.asarray(Y_hat, dtype=np.float64) - Y
    N = D.shape[0]
    if N == 0:
        return np.asarray(np.nan)
    return np.asarray(np.vdot(D, D) / (2 * N))
