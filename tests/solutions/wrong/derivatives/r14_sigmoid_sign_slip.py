"""derivatives.sigmoid_derivative: exp(-z)/(1 + exp(z))**2, a sign slip in the denominator (right only at z = 0, where both give 0.25)"""


def sigmoid_derivative():
    return "exp(-z)/(1 + exp(z))**2"
