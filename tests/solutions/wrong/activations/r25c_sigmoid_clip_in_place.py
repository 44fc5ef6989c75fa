"""activations.sigmoid: clips the caller's z in place (np.clip(..., out=z)) to dodge exp overflow, changing the caller's array."""

def sigmoid(z):
    z = np.asarray(z)
    np.clip(z, -500.0, 500.0, out=z)
    return 1.0 / (1.0 + np.exp(-z))
