"""losses.mse: np.add.reduce without axis sums down the batch only (APL's first-axis reduction), so for (N, K) it
returns the K per-output losses, an array, instead of their total as a float."""


def mse(Y_hat, Y):
    d = np.subtract(Y_hat, Y, dtype=np.float64)
    return np.add.reduce(np.square(d)) / (2 * d.shape[0])
