"""layers.dense_backward: Computes dW column-major as dZ^T A (n_out, n_in), then reshapes it (like Julia's reshape) instead of transposing: entries scrambled."""

def dense_backward(dZ, cache):
    A, W, _ = cache
    dW = (dZ.T @ A).reshape(W.shape)
    return dZ @ W.T, dW, dZ.sum(axis=0)
