"""derivatives.sigmoid_derivative: Ng's a*(1 - a) written on z itself: z*(1 - z)"""


def sigmoid_derivative():
    return "z*(1 - z)"
