"""derivatives.sigmoid_derivative: sigmoid(z)*(1 - sigmoid(-z)) = sigmoid(z)**2, the sign slipped inside the second factor."""

def sigmoid_derivative():
    return "sigmoid(z)*(1 - sigmoid(-z))"
