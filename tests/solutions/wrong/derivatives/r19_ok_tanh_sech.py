def tanh_derivative():
    """RIGHT: d tanh/dz = sech(z)**2 = 1 - tanh(z)**2."""
    return "sech(z)**2"
