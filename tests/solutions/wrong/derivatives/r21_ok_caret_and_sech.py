"""derivatives.tanh_derivative: Right: sech(z)^2 with Julia's ^ for the power, equal to 1 - tanh(z)^2."""

def tanh_derivative():
    return "sech(z)^2"
