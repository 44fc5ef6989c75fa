"""activations.sigmoid: Right: sigmoid(z) = (1 + tanh(z/2)) / 2 exactly, no exp so no overflow; float32 stays float32 (allowed)."""

def sigmoid(z):
    z = np.asarray(z)
    if z.dtype.kind != "f":
        z = z.astype(np.float64)
    return 0.5 * (1.0 + np.tanh(0.5 * z))
