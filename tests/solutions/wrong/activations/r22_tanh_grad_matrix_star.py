"""activations.tanh_grad: squares tanh with `*` on an np.matrix, the matrix product T T (an error unless square), not the elementwise tanh(z)^2."""


def tanh_grad(z):
    T = np.asmatrix(np.tanh(np.asarray(z, dtype=np.float64)))
    return np.asarray(1.0 - T * T).reshape(np.shape(z))
