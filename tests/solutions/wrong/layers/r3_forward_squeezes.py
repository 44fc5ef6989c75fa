"""layers.dense_forward: squeezes Z, so a batch of one row comes back (n_out,) instead of (1, n_out) (and n_out = 1 gives (N,))."""

def dense_forward(A, W, b):
    Z = np.squeeze(A @ W + b)
    return Z, (A, W, b)
