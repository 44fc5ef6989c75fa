"""activations.prelu_alpha_grad: prelu_alpha_grad returns Prince's indicator I[z <= 0] alone, without the factor z (dg/dalpha = z there)."""

def prelu_alpha_grad(z):
    z = np.asarray(z, dtype=float)
    return np.where(z <= 0, 1.0, 0.0)
