"""derivatives.tanh_derivative: (1 - tanh z)^2, the square around the difference instead of on tanh."""

def tanh_derivative():
    return '(1 - tanh(z))**2'
