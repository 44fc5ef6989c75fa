"""derivatives.tanh_derivative: RIGHT: textbook notation tanh^2(z) for tanh(z)^2, which the formula language reads so"""


def tanh_derivative():
    return "1 - tanh^2(z)"
