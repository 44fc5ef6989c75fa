"""layers.dense_forward: torch's default dtype: the inputs cast to float32 (x.float()) before the product, so float64 inputs give float32 results rounded at ~1e-7."""

def dense_forward(A, W, b):
    A32, W32, b32 = (np.asarray(x, dtype=np.float32) for x in (A, W, b))
    return A32 @ W32 + b32, (A, W, b)
