"""derivatives.sigmoid_derivative: the product written without * (sigmoid(z)(1-sigmoid(z)))"""


def sigmoid_derivative():
    return "sigmoid(z)(1 - sigmoid(z))"
