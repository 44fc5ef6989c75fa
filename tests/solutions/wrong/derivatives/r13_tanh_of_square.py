"""derivatives.tanh_derivative: tanh^2(z) typed as tanh(z**2): 1 - tanh(z**2)"""


def tanh_derivative():
    return "1 - tanh(z**2)"
