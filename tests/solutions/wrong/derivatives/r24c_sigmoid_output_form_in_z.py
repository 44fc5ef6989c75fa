"""derivatives.sigmoid_derivative: the s * (1 - s) shortcut written with z in place of s = sigmoid(z)."""


def sigmoid_derivative():
    return "z*(1 - z)"
