"""derivatives.sigmoid_derivative: one closing parenthesis too many: sigmoid(z)*(1-sigmoid(z)))"""


def sigmoid_derivative():
    return "sigmoid(z)*(1-sigmoid(z)))"
