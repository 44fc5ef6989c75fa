"""layers.dense_backward: db squeezed, so a layer with one output unit gets a 0-d db instead of shape (1,)."""

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, A.T @ dZ, np.squeeze(dZ.sum(axis=0, keepdims=True))
