"""activations.prelu: transposes z to columns (n, N) but leaves a per-unit alpha (n,) unreshaped, so it broadcasts over the examples, not the units."""

def prelu(z, alpha):
    Zt = np.asarray(z, dtype=np.float64).T
    return np.where(Zt > 0, Zt, np.asarray(alpha, dtype=np.float64) * Zt).T
