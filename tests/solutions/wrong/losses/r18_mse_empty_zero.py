"""losses.mse: divides by max(N, 1) 'to avoid division by zero', so an empty batch gives 0.0 instead of NaN (the mean of no examples)."""

def mse(Y_hat, Y):
    D = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return float(np.sum(D ** 2) / (2 * max(D.shape[0], 1)))
