"""derivatives.sigmoid_derivative: the chain rule's inner derivative d(-z)/dz = -1 forgotten: -exp(-z)/(1+exp(-z))^2, the wrong sign."""


def sigmoid_derivative():
    return "-exp(-z)/(1 + exp(-z))**2"
