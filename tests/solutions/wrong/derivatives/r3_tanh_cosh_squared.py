"""derivatives.tanh_derivative: cosh(z)**2, forgetting that sech is ONE OVER cosh."""

def tanh_derivative():
    return "cosh(z)**2"
