"""derivatives.sigmoid_derivative: the quotient rule with the denominator's square forgotten, exp(-z)/(1 + exp(-z))"""


def sigmoid_derivative():
    return "exp(-z)/(1 + exp(-z))"
