"""activations.leaky_relu_grad: leaky_relu_grad ignores its alpha argument: always 0.01."""

def leaky_relu_grad(z, alpha=0.01):
    return np.where(np.asarray(z) > 0, 1.0, 0.01)
