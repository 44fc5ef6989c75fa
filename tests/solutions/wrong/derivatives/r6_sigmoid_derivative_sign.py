"""derivatives.sigmoid_derivative: exp(z) on top instead of exp(-z)."""

def sigmoid_derivative():
    return "exp(z)/(1 + exp(-z))**2"
