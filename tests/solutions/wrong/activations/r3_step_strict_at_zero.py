"""activations.step: 1 where z > 0, so step(0) = 0 although the docstring says g(0) = 1 (z >= 0)."""

def step(z):
    return np.where(np.asarray(z) > 0, 1.0, 0.0)
