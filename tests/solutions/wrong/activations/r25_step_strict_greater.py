def step(z):
    """activations.step: compares z > 0 (APL's 0<z) instead of z >= 0, so step(0) is 0 where the docstring says 1."""
    return np.greater(np.asarray(z, dtype=np.float64), 0.0) * 1.0
