"""losses.mse: Right: the sum of squares as a dot product of the flattened difference (a BLAS ddot), divided by 2N."""

def mse(Y_hat, Y):
    d = (np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)).ravel()
    n = np.shape(Y_hat)[0]
    return float(d @ d) / (2 * n) if n else float("nan")
