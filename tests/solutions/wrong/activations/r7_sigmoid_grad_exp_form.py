"""activations.sigmoid_grad: the textbook form exp(-z) / (1 + exp(-z))^2, which overflows for z <= -710 and gives inf/inf = NaN at z = -1000 (right value 0)."""

def sigmoid_grad(z):
    z = np.asarray(z, dtype=np.float64)
    e = np.exp(-z)
    return e / (1.0 + e) ** 2
