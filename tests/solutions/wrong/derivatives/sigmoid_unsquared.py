"""derivatives.sigmoid_derivative: exp(-z)/(1 + exp(-z)), the square of the denominator is missing."""

def sigmoid_derivative():
    return "exp(-z)/(1 + exp(-z))"
