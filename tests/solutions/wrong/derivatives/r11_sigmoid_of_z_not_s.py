"""derivatives.sigmoid_derivative: sigma(1 - sigma) with z in place of sigma: sigmoid(z)*(1 - z)"""


def sigmoid_derivative():
    return "sigmoid(z)*(1 - z)"
