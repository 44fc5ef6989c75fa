"""derivatives.tanh_derivative: 1 - tanh(z^2): the square put inside the tanh"""


def tanh_derivative():
    return "1 - tanh(z**2)"
