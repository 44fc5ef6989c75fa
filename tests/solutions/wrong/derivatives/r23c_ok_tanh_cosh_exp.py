"""derivatives.tanh_derivative: Right: 4/(exp(z) + exp(-z))**2 is 1/cosh(z)**2 = 1 - tanh(z)**2."""


def tanh_derivative():
    return "4/(exp(z) + exp(-z))**2"
