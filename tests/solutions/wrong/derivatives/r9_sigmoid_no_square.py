"""derivatives.sigmoid_derivative: exp(-z)/(1 + exp(-z)), the denominator's square forgotten."""

def sigmoid_derivative():
    return 'exp(-z)/(1 + exp(-z))'
