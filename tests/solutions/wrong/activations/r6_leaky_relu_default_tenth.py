"""activations.leaky_relu: default slope 0.1 instead of 0.01 (right whenever alpha is passed)."""

def leaky_relu(z, alpha=0.1):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, z, alpha * z)
