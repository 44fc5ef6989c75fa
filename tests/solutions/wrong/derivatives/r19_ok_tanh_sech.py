"""derivatives.tanh_derivative: RIGHT: d tanh/dz = sech(z)**2 = 1 - tanh(z)**2."""

def tanh_derivative():
    return "sech(z)**2"
