"""losses.mse: Keras' mean_squared_error: the mean over every entry (N*K), with no 1/2, instead of 1/(2N) times the sum."""

def mse(Y_hat, Y):
    d = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return float(np.mean(np.square(d))) if d.size else float("nan")
