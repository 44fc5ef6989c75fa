"""derivatives.sigmoid_derivative: 1/(exp(z) + exp(-z) + 1), the 2 of (1 + e^-z)(1 + e^z) = e^z + e^-z + 2 miscounted"""

def sigmoid_derivative():
    return "1/(exp(z) + exp(-z) + 1)"
