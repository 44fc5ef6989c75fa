"""derivatives.sigmoid_derivative: right: 1/(4 cosh^2(z/2)) equals sigmoid(z)(1 - sigmoid(z))."""


def sigmoid_derivative():
    return "1/(4*cosh(z/2)**2)"
