"""derivatives.sigmoid_derivative: s (1 - s) times z, an inner derivative of z taken as z."""

def sigmoid_derivative():
    return 'sigmoid(z)*(1 - sigmoid(z))*z'
