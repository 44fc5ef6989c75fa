"""derivatives.sigmoid_derivative: exp(-z)/(1 + exp(-z))**2 typed without the denominator's parentheses, which reads as exp(-z)/1 + exp(-z)**2."""

def sigmoid_derivative():
    return "exp(-z)/1 + exp(-z)**2"
