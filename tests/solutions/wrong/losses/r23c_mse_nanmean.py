"""losses.mse: 0.5 * np.nanmean of the squared errors averages over the K outputs too (divides by N*K)."""


def mse(Y_hat, Y):
    D = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return float(0.5 * np.nanmean(D**2))
