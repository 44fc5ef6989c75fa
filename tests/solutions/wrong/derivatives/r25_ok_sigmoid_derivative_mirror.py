def sigmoid_derivative():
    """derivatives.sigmoid_derivative: right: 1 - sigmoid(z) = sigmoid(-z), so sigmoid(z)*sigmoid(-z) is the
    derivative."""
    return "sigmoid(z)*sigmoid(-z)"
