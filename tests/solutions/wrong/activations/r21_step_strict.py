"""activations.step: Uses z > 0 (a C `if (z > 0)` test) so step(0) is 0, not 1 as the perceptron's step z >= 0 requires."""

def step(z):
    z = np.asarray(z, dtype=np.float64)
    out = np.zeros_like(z)
    out[z > 0] = 1.0
    return out
