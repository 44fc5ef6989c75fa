"""losses.mse_grad: the LMS error e = Y - Y_hat (desired minus output) taken as the gradient, the sign flipped."""


def mse_grad(Y_hat, Y):
    e = np.asarray(Y, dtype=np.float64) - np.asarray(Y_hat, dtype=np.float64)
    return e / max(np.shape(e)[0], 1)
