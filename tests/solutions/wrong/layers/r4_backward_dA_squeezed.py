"""layers.dense_backward: dA squeezed, so a batch of one example gets dA of shape (n_in,) instead of (1, n_in)."""

def dense_backward(dZ, cache):
    A, W, b = cache
    return np.squeeze(dZ @ W.T), A.T @ dZ, dZ.sum(axis=0)
