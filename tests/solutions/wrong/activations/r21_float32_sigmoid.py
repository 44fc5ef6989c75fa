"""activations.sigmoid: Computes the sigmoid in float32 'for speed' (a C habit): float64 input comes back float32 and rounded."""

def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    out = np.empty_like(z)
    t = np.exp(-np.abs(z))
    np.divide(1.0, 1.0 + t, out=out, where=z >= 0)
    np.divide(t, 1.0 + t, out=out, where=z < 0)
    return out
