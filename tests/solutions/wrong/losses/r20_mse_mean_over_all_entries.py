def mse(Y_hat, Y):
    """mse takes np.mean over every entry (N K of them) instead of summing over the outputs and averaging over N."""
    return float(np.mean((np.asarray(Y_hat, dtype=float) - Y) ** 2) / 2)
