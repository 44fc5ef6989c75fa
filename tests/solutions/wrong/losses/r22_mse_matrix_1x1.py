"""losses.mse: returns the 1x1 np.matrix that a matrix sum along axis 1 then 0 leaves, not a float."""


def mse(Y_hat, Y):
    D = np.asmatrix(np.asarray(Y_hat, dtype=np.float64) - np.asarray(Y, dtype=np.float64))
    N = np.shape(Y_hat)[0]
    return np.multiply(D, D).sum(axis=1).sum(axis=0) / (2.0 * N)
