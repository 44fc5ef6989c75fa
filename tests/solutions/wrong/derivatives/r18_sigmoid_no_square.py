"""derivatives.sigmoid_derivative: differentiates 1/(1 + e^-z) as e^-z/(1 + e^-z), forgetting that the denominator is squared."""

def sigmoid_derivative():
    return "exp(-z)/(1 + exp(-z))"
