"""derivatives.tanh_derivative: the right formula written in x, a variable the question does not name."""

def tanh_derivative():
    return '1 - tanh(x)**2'
