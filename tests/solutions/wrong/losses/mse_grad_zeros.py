"""losses.mse_grad: returns zeros of the right shape (does nothing)."""

def mse_grad(Y_hat, Y):
    return np.zeros_like(np.asarray(Y_hat, dtype=np.float64))
