"""layers.dense_forward: casts A and W to float32 (GPU habit): Z has float32 rounding, large relative errors under cancellation."""


def dense_forward(A, W, b):
    Z = A.astype(np.float32) @ W.astype(np.float32) + b
    return Z, (A, W, b)
