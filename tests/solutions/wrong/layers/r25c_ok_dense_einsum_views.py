"""layers.dense_backward: Right: einsum products; dW returned as the transposed (Fortran-ordered) view of dZ^T A."""

def dense_backward(dZ, cache):
    A, W, b = cache
    dA = np.einsum("no,io->ni", dZ, W)
    dW = (dZ.T @ A).T
    db = np.add.reduce(dZ, axis=0)
    return dA, dW, db
