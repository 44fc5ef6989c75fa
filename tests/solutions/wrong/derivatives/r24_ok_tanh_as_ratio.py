"""derivatives.tanh_derivative: right: 4/(e^z + e^-z)^2 is sech^2(z) written with exponentials."""


def tanh_derivative():
    return "4/(exp(z) + exp(-z))**2"
