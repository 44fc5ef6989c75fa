"""derivatives.tanh_derivative: right; d tanh z / dz = sech^2 z = 1/cosh(z)**2."""

def tanh_derivative():
    return "1/cosh(z)**2"
