"""derivatives.sigmoid_derivative: Right: 1/(2 + exp(z) + exp(-z)) = e^-z/(1 + e^-z)^2 (multiply through by e^z)."""

def sigmoid_derivative():
    return "1/(2 + exp(z) + exp(-z))"
