"""activations.sigmoid_grad: the quotient-rule form exp(-z) / (1 + exp(-z))^2 computed as written: exp(1000) overflows, NaN and warnings at z = -1000."""


def sigmoid_grad(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-z)
    return e / (1.0 + e) ** 2
