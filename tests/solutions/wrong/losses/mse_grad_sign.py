"""losses.mse_grad: (Y - Y_hat) / N, sign flipped."""

def mse_grad(Y_hat, Y):
    Y_hat = np.asarray(Y_hat, dtype=np.float64)
    return (np.asarray(Y, dtype=np.float64) - Y_hat) / Y_hat.shape[0]
