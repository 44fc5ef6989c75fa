"""activations.sigmoid: clips z to [-10, 10] to avoid overflow, so every |z| > 10 gets sigmoid(+-10) (e.g. 4.5e-5 instead of 3.1e-7 at z = -15)."""

def sigmoid(z):
    z = np.clip(np.asarray(z, dtype=np.float64), -10.0, 10.0)
    return 1.0 / (1.0 + np.exp(-z))
