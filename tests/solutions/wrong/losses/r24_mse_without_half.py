"""losses.mse: the mean-square error without the 1/2 (1/N sum (Y_hat - Y)^2), twice the course's loss."""


def mse(Y_hat, Y):
    e = np.asarray(Y, dtype=np.float64) - np.asarray(Y_hat, dtype=np.float64)
    N = np.shape(e)[0]
    return float(np.sum(e * e) / N) if N else float("nan")
