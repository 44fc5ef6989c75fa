"""derivatives.sigmoid_derivative: the Fermi function's slope in its energy, df/dE = -f(1 - f), given for d/dz (E = -z flips the sign)."""


def sigmoid_derivative():
    return "-sigmoid(z)*(1 - sigmoid(z))"
