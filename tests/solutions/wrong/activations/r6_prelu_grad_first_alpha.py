"""activations.prelu_grad: uses only the first slope of a per-unit alpha (n,) for every unit (right for a scalar alpha)."""

def prelu_grad(z, alpha):
    z = np.asarray(z, dtype=np.float64)
    a = float(np.ravel(alpha)[0])
    return np.where(z > 0, 1.0, a)
