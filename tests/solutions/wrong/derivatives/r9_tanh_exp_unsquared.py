"""derivatives.tanh_derivative: 4 / (e^z + e^-z), the square of the denominator forgotten."""

def tanh_derivative():
    return '4/(exp(z) + exp(-z))'
