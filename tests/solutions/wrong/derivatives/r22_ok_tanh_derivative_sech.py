"""derivatives.tanh_derivative: right: sech(z)^2 written with ^ as a power, equal to 1 - tanh(z)**2."""


def tanh_derivative():
    return "sech(z)^2"
