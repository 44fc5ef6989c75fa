"""derivatives.tanh_derivative: RIGHT: factored as (1 - tanh(z))*(1 + tanh(z))"""


def tanh_derivative():
    return "(1 - tanh(z))*(1 + tanh(z))"
