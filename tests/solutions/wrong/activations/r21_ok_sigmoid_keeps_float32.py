"""activations.sigmoid: Right: keeps float32 input float32 (allowed by the docstring) and float64 float64, stable by exp(-|z|) with out= buffers."""

def sigmoid(z):
    z = np.asarray(z)
    if z.dtype != np.float32:
        z = z.astype(np.float64)
    t = np.exp(-np.abs(z))
    out = np.empty_like(z)
    np.divide(1.0, 1.0 + t, out=out, where=z >= 0)
    np.divide(t, 1.0 + t, out=out, where=z < 0)
    return out
