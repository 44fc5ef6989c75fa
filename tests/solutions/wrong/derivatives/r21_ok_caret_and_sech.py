def tanh_derivative():
    """Right: sech(z)^2 with Julia's ^ for the power, equal to 1 - tanh(z)^2."""
    return "sech(z)^2"
