"""activations.step: returns the boolean array z >= 0 instead of float64 0.0/1.0."""

def step(z):
    return np.asarray(z) >= 0
