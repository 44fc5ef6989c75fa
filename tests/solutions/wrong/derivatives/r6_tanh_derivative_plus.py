"""derivatives.tanh_derivative: 1 + tanh(z)**2 instead of 1 - tanh(z)**2."""

def tanh_derivative():
    return "1 + tanh(z)**2"
