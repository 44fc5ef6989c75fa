"""layers.dense_backward: dW laid out as the Jacobian of the column-vector map z_k = sum_j w_kj a_j, i.e. dZ^T A (n_out, n_in): W's transpose."""


def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, dZ.T @ A, dZ.sum(axis=0)
