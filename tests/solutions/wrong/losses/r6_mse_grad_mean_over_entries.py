"""losses.mse_grad: divides by Y_hat.size (N*K) instead of N: right only for (N,) or one column."""

def mse_grad(Y_hat, Y):
    Y_hat = np.asarray(Y_hat, dtype=np.float64)
    return (Y_hat - np.asarray(Y, dtype=np.float64)) / Y_hat.size
