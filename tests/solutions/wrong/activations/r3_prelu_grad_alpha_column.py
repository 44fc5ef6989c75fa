"""activations.prelu_grad: reshapes a per-unit alpha (n,) into a column (n, 1), so the slopes run along the batch axis:
a scalar alpha is fine, but an (n,) alpha is wrong when N == n (square) and fails to broadcast otherwise."""

def prelu_grad(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    a = np.asarray(alpha, dtype=np.float64)
    if a.ndim == 1:
        a = a.reshape(-1, 1)
    return np.where(z > 0, 1.0, a * np.ones_like(z))
