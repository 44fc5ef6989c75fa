def sigmoid_derivative():
    """derivatives.sigmoid_derivative: exp(-z)/(1 + exp(-z)): the quotient rule's square of the denominator dropped."""
    return "exp(-z)/(1 + exp(-z))"
