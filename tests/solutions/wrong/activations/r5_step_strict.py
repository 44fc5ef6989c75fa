"""activations.step: step is 1 only for z > 0 (0 at z = 0)."""

def step(z):
    return (np.asarray(z) > 0).astype(float)
