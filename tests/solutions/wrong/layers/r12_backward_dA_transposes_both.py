"""layers.dense_backward: dA written as (W^T dZ^T)^T, which is dZ W: W transposed twice, so dZ W^T loses its
transpose (shapes agree only when n_in == n_out)."""

def dense_backward(dZ, cache):
    A, W, b = cache
    return (W.T @ dZ.T).T, A.T @ dZ, dZ.sum(axis=0)
