"""derivatives.sigmoid_derivative: exp(-z)/(1 + exp(-z)): the quotient rule's square of the denominator dropped."""

def sigmoid_derivative():
    return "exp(-z)/(1 + exp(-z))"
