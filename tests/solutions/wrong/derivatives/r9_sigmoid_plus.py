"""derivatives.sigmoid_derivative: sigmoid(z)(1 + sigmoid(z)), a sign slip."""

def sigmoid_derivative():
    return 'sigmoid(z)*(1 + sigmoid(z))'
