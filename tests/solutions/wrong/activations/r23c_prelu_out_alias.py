"""activations.prelu: np.multiply(..., out=z) scales the caller's own z in place before returning it."""


def prelu(z, alpha):
    z = np.asarray(z)
    np.multiply(z, alpha, out=z, where=z <= 0)
    return z
