def tanh_derivative():
    """Right: sech(z)**2 equals 1 - tanh(z)**2."""
    return "sech(z)**2"
