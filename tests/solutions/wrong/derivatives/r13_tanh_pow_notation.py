"""derivatives.tanh_derivative: RIGHT: math notation tanh^2(z) for tanh(z)^2: 1 - tanh^2(z)"""


def tanh_derivative():
    return "1 - tanh^2(z)"
