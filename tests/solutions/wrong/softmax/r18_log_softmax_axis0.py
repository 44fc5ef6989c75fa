"""softmax.log_softmax: reduces over axis 0 (6.036's columns) on the batch-first Z (N, K): each class is normalised over the batch, not each example over its classes."""

def log_softmax(Z):
    Z = np.asarray(Z, dtype=np.float64)
    m = np.max(Z, axis=0, keepdims=True)
    return Z - m - np.log(np.sum(np.exp(Z - m), axis=0, keepdims=True))
