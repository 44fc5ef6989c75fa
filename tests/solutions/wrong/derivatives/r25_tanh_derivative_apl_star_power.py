"""derivatives.tanh_derivative: writes the square as tanh(z)*2 (APL's * is the power), which is twice tanh in the
formula language, not 1 - tanh(z)**2."""


def tanh_derivative():
    return "1 - tanh(z)*2"
