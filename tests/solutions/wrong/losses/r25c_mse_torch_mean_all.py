"""losses.mse: PyTorch's MSELoss reduction='mean' halved: averages over all N*K entries, not over the N rows."""

def mse(Y_hat, Y):
    return float(0.5 * np.mean((np.asarray(Y_hat, dtype=np.float64) - Y) ** 2))
