"""derivatives.tanh_derivative: 1 - tanh(z), the square forgotten."""


def tanh_derivative():
    return "1 - tanh(z)"
