"""derivatives.tanh_derivative: writes 1 - tanh(z**2) (tanh of z squared) for 1 - tanh^2(z) (the square of tanh z)."""

def tanh_derivative():
    return "1 - tanh(z**2)"
