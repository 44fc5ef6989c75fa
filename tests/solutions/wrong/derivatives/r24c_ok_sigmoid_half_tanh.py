"""derivatives.sigmoid_derivative: Right: (1 - tanh(z/2)^2)/4 equals sigmoid(z)*(1 - sigmoid(z)), written with the ^ power and tanh^2 notation."""


def sigmoid_derivative():
    return "(1 - tanh^2(z/2))/4"
