"""losses.mse: ESL's sum of squared errors sum_n sum_k (y - f)^2, with neither the 1/2 nor the mean over the batch."""


def mse(Y_hat, Y):
    D = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return float(np.sum(D * D))
