"""activations.prelu: a per-unit alpha (n,) taken as a column alpha[:, None], so the slopes run down the batch axis
instead of across the units (right for a scalar alpha; wrong values when N == n, a broadcast error otherwise)."""

def prelu(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    a = np.asarray(alpha, dtype=np.float64)
    if a.ndim == 1:
        a = a[:, None]
    return np.where(z > 0, z, a * z)
