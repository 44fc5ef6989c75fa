"""activations.prelu_alpha_grad: prelu_alpha_grad returns the indicator 1[z <= 0] instead of z there."""

def prelu_alpha_grad(z):
    return np.where(np.asarray(z) > 0, 0.0, 1.0)
