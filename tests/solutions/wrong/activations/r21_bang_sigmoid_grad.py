"""activations.sigmoid_grad: Writes the result into the caller's z with out= (a Julia sigmoid_grad! habit): the values are right but the input is overwritten."""

def sigmoid_grad(z):
    e = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    np.multiply(s, 1.0 - s, out=z)
    return z
