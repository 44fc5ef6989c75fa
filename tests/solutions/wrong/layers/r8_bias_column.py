"""layers.dense_forward: b reshaped to a column (n_out, 1), added down the rows; wrong shape or values unless N == 1 and n_out == 1."""


def dense_forward(A, W, b):
    Z = A @ W + b.reshape(-1, 1)
    return Z, (A, W, b)
