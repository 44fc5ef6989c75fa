"""derivatives.tanh_derivative: 1 + tanh^2, the sign of the derivative of cosh/sinh mixed up."""

def tanh_derivative():
    return '1 + tanh(z)**2'
