"""derivatives.tanh_derivative: tanh(z)*(1 - tanh(z)): the sigmoid's pattern s(1 - s) used for tanh"""


def tanh_derivative():
    return "tanh(z)*(1 - tanh(z))"
