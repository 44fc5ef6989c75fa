"""activations.leaky_relu_grad: the slope parameter renamed to `slope`, so a call with alpha=... by keyword raises TypeError."""

def leaky_relu_grad(z, slope=0.01):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 1.0, slope)
