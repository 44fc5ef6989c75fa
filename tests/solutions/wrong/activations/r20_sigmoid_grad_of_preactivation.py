"""activations.sigmoid_grad: sigmoid_grad applies Hagan's logsig derivative a (1 - a) to the net input z itself, not to a = sigmoid(z)."""

def sigmoid_grad(z):
    a = np.asarray(z, dtype=float)   # meant: a = logsig(n); here the net input is used as the output
    return a * (1 - a)
