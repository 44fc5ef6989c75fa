"""activations.leaky_relu: max(z, alpha z) is wrong when alpha > 1 (positive z get alpha z) and for alpha < 0."""

def leaky_relu(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return np.maximum(z, alpha * z)
