"""derivatives.sigmoid_derivative: parentheses forgotten: sigmoid(z)*1-sigmoid(z) is 0"""


def sigmoid_derivative():
    return "sigmoid(z)*1-sigmoid(z)"
