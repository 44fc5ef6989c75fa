def dense_forward(A, W, b):
    """layers.dense_forward: adds b as a column (b[:, None], one bias per example) instead of a row broadcast over
    the examples: wrong (or a broadcast error) unless n_out = 1."""
    return np.dot(A, W) + np.reshape(b, (-1, 1)), (A, W, b)
