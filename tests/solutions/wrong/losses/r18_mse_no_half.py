"""losses.mse: uses 6.036's squared loss (g - y)^2 per column without the 1/2 of the course's L = 1/(2N) sum (Y_hat - Y)^2."""

def mse(Y_hat, Y):
    D = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    n = D.shape[0]
    return float(np.sum(D ** 2) / n) if n else float("nan")
