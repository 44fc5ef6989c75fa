"""derivatives.sigmoid_derivative: the right form written in x instead of the docstring's variable z."""


def sigmoid_derivative():
    return "sigmoid(x)*(1 - sigmoid(x))"
