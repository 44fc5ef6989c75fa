"""activations.leaky_relu: ignores the alpha argument and always uses 0.01."""

def leaky_relu(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, z, 0.01 * z)
