"""derivatives.sigmoid_derivative: the right formula with a closing parenthesis missing."""

def sigmoid_derivative():
    return 'sigmoid(z)*(1-sigmoid(z)'
