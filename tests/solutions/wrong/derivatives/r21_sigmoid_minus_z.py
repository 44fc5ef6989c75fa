def sigmoid_derivative():
    """Writes 1 - sigmoid(z) as sigmoid(-z) but keeps the minus: sigmoid(z)*(1 - sigmoid(-z)) = sigmoid(z)^2."""
    return "sigmoid(z)*(1 - sigmoid(-z))"
