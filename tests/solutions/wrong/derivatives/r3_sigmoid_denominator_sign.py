"""derivatives.sigmoid_derivative: exp(-z)/(1 + exp(z))**2, a sign slip in the denominator's exponent."""

def sigmoid_derivative():
    return "exp(-z)/(1 + exp(z))**2"
