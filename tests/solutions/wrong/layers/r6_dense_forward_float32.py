"""layers.dense_forward: computes Z in float32 "for speed": about 1e-7 relative error and a float32 result."""

def dense_forward(A, W, b):
    Z = np.asarray(A, dtype=np.float32) @ np.asarray(W, dtype=np.float32) + np.asarray(b, dtype=np.float32)
    return Z, (A, W, b)
