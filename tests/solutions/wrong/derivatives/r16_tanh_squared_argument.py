"""derivatives.tanh_derivative: tanh^2 z typed as tanh(z^2), the square put on the argument instead of the value"""


def tanh_derivative():
    return "1 - tanh(z^2)"
