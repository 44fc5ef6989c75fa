"""derivatives.sigmoid_derivative: right: 1 - sigmoid(z) = sigmoid(-z), so sigmoid(z)*sigmoid(-z) is the derivative."""


def sigmoid_derivative():
    return "sigmoid(z)*sigmoid(-z)"
