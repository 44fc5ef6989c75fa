"""activations.step: step returns Hagan's symmetric hardlims (-1 for z < 0, +1 for z >= 0) instead of the 0/1 hardlim."""

def step(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1.0, -1.0)
