"""losses.mse: 1/N sum of squares, the 1/2 is missing."""

def mse(Y_hat, Y):
    D = np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64)
    return float(np.sum(D ** 2) / D.shape[0])
