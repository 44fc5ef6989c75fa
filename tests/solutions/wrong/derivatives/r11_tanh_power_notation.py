"""derivatives.tanh_derivative: textbook notation tanh^2(z), which reads as tanh to the power 2(z)"""


def tanh_derivative():
    return "1 - tanh^2(z)"
