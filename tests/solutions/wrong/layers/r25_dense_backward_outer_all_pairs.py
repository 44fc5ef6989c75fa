def dense_backward(dZ, cache):
    """layers.dense_backward: dW as np.multiply.outer(A, dZ) reduced over both batch axes, which sums A_n dZ_m
    over EVERY pair of examples (the batch-sum of A times the batch-sum of dZ) instead of the matching pairs n = m."""
    A, W, _ = cache
    dW = np.add.reduce(np.add.reduce(np.multiply.outer(A, dZ), axis=0), axis=1)
    return dZ @ W.T, dW, np.add.reduce(dZ, axis=0)
