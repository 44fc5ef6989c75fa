"""activations.leaky_relu_grad: default slope alpha = 0.1 instead of 0.01 (right whenever alpha is passed)."""

def leaky_relu_grad(z, alpha=0.1):
    return np.where(np.asarray(z) > 0, 1.0, alpha)
