def tanh_derivative():
    """derivatives.tanh_derivative: sech(z) without the square (tanh' = sech^2)."""
    return "sech(z)"
