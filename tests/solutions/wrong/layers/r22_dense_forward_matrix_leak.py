"""layers.dense_forward: Z returned as an np.matrix (A * W + b without .A), so a caller's elementwise `*` on it becomes a matrix product."""


def dense_forward(A, W, b):
    Z = np.asmatrix(A) * np.asmatrix(W) + np.asmatrix(b)
    return Z, (A, W, b)
