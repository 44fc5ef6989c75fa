"""losses.mse: mse takes np.mean over every entry (N K of them) instead of summing over the outputs and averaging over N."""

def mse(Y_hat, Y):
    return float(np.mean((np.asarray(Y_hat, dtype=float) - Y) ** 2) / 2)
