"""activations.prelu: Reshapes a per-unit alpha into a column (Julia column-major thinking), so slope i goes to example i instead of unit i."""

def prelu(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    a = np.asarray(alpha, dtype=np.float64)
    if a.ndim == 1:
        a = a.reshape(-1, 1)
    return np.where(z > 0, z, a * z)
