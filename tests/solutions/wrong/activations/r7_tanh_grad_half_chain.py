"""activations.tanh_grad: from tanh z = 2 sigmoid(2z) - 1, takes the derivative as 2 s(2z)(1 - s(2z)), one factor 2 of the chain rule short (half the right value)."""

def tanh_grad(z):
    z = np.asarray(z, dtype=np.float64)
    s = np.exp(-np.logaddexp(0.0, -2.0 * z))
    return 2.0 * s * (1.0 - s)
