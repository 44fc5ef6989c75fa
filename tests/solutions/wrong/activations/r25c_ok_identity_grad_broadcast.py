"""activations.identity_grad: Right: a read-only broadcast view of 1.0 with z's shape (float64, every value 1)."""

def identity_grad(z):
    return np.broadcast_to(np.float64(1.0), np.shape(z))
