"""derivatives.sigmoid_derivative: the Greek letter typed: σ(z)*(1 - σ(z))"""


def sigmoid_derivative():
    return "σ(z)*(1 - σ(z))"
