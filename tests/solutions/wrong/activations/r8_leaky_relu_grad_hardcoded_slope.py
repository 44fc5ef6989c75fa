"""activations.leaky_relu_grad: the slope 0.01 written in, ignoring the alpha argument; wrong for z < 0 when alpha != 0.01."""


def leaky_relu_grad(z, alpha=0.01):
    z = np.asarray(z, dtype=np.float64)
    return np.where(z > 0, 1.0, 0.01)
