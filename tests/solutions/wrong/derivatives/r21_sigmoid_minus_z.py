"""derivatives.sigmoid_derivative: Writes 1 - sigmoid(z) as sigmoid(-z) but keeps the minus: sigmoid(z)*(1 - sigmoid(-z)) = sigmoid(z)^2."""

def sigmoid_derivative():
    return "sigmoid(z)*(1 - sigmoid(-z))"
