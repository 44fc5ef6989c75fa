"""derivatives.tanh_derivative: 1 - tanh(z), square missing."""

def tanh_derivative():
    return "1 - tanh(z)"
