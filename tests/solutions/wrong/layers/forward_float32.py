"""layers.dense_forward: Z returned in float32."""

def dense_forward(A, W, b):
    A, W, b = (np.asarray(x, dtype=np.float64) for x in (A, W, b))
    return (A @ W + b).astype(np.float32), (A, W, b)
