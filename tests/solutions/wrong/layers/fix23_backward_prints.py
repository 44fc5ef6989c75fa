"""layers.dense_backward: prints (dA, dW, db) instead of returning them, so the call gives None (told only 'result
comes back as a NoneType')."""

def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    print(dZ @ W.T, A.T @ dZ, dZ.sum(axis=0))
