"""derivatives.tanh_derivative: sech(z) without the square (tanh' = sech^2)."""


def tanh_derivative():
    return "sech(z)"
