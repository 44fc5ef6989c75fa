"""layers.dense_forward: b reshaped into a column (n_out, 1) and added along the batch axis: wrong values when N == n_out, a broadcasting error otherwise."""

def dense_forward(A, W, b):
    Z = A @ W + np.reshape(b, (-1, 1))
    return Z, (A, W, b)
