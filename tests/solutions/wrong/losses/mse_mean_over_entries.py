"""losses.mse: averages over every entry (N K) instead of over the batch N."""

def mse(Y_hat, Y):
    D = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return float(0.5 * np.mean(D ** 2))
