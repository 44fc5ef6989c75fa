"""derivatives.tanh_derivative: tanh derivative written as 1 - tanh(z)."""

def tanh_derivative():
    return "1 - tanh(z)"
