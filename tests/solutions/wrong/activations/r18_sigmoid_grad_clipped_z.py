"""activations.sigmoid_grad: clips z to [-10, 10] 'for numerical stability' before s(1 - s), so the derivative is wrong (too large) for |z| > 10."""

def sigmoid_grad(z):
    Z = np.clip(np.asarray(z, dtype=np.float64).T, -10, 10)
    s = 1.0 / (1.0 + np.exp(-Z))
    return (s * (1 - s)).T
