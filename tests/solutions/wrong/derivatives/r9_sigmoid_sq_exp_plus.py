"""derivatives.sigmoid_derivative: sigmoid(z)^2 exp(z), the sign inside exp lost (right is exp(-z))."""

def sigmoid_derivative():
    return 'sigmoid(z)**2*exp(z)'
