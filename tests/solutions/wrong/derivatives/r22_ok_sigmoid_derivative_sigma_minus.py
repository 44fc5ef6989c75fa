"""derivatives.sigmoid_derivative: right: sigmoid(z)*sigmoid(-z), since 1 - sigmoid(z) = sigmoid(-z)."""


def sigmoid_derivative():
    return "sigmoid(z)*sigmoid(-z)"
