"""derivatives.sigmoid_derivative: RIGHT: d/dz 1/(1 + exp(-z)) = exp(-z)/(1 + exp(-z))**2, the quotient rule's own form."""

def sigmoid_derivative():
    return "exp(-z)/(1 + exp(-z))**2"
