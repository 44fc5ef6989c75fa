"""activations.leaky_relu: applies the slope alpha to the positive side (alpha z for z > 0, z otherwise)."""

def leaky_relu(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, alpha * z, z)
