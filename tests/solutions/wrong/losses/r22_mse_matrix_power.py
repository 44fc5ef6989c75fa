"""losses.mse: squares the error as np.matrix ** 2, a matrix power (D D, an error unless square), not the elementwise square."""


def mse(Y_hat, Y):
    D = np.asmatrix(np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64))
    N = np.shape(Y_hat)[0]
    return float(np.sum(D ** 2)) / (2.0 * N)
