"""derivatives.sigmoid_derivative: Right: exp(-z)/(1 + exp(-z))^2, the quotient rule's form of sigmoid(z)*(1 - sigmoid(z))."""

def sigmoid_derivative():
    return "exp(-z)/(1 + exp(-z))^2"
