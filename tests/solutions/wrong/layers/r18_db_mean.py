"""layers.dense_backward: averages dZ over the batch for db (divides by N once more), though the 1/N of a mean loss is already in dZ."""

def dense_backward(dZ, cache):
    A, W, b = cache
    dZ = np.asarray(dZ, dtype=np.float64)
    return dZ @ np.asarray(W, dtype=np.float64).T, np.asarray(A, dtype=np.float64).T @ dZ, np.mean(dZ, axis=0)
