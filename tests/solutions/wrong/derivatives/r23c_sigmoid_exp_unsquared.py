"""derivatives.sigmoid_derivative: exp(-z)/(1 + exp(-z)) forgets the square of the denominator (that is 1 - sigmoid(z))."""


def sigmoid_derivative():
    return "exp(-z)/(1 + exp(-z))"
