"""layers.dense_backward: divides dA by the batch size N ("average the gradient"), although dZ already carries any 1/N; dW and db are right."""

def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    dA = dZ @ W.T / dZ.shape[0]
    return dA, A.T @ dZ, dZ.sum(axis=0)
