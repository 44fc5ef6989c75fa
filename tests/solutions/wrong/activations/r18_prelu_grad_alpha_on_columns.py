"""activations.prelu_grad: transposes z to columns (n, N) but leaves a per-unit alpha (n,) flat, so the slopes broadcast over the examples, not the units."""

def prelu_grad(z, alpha):
    Zt = np.asarray(z, dtype=np.float64).T
    return np.where(Zt > 0, 1.0, np.asarray(alpha, dtype=np.float64) * np.ones_like(Zt)).T
