"""derivatives.sigmoid_derivative: RIGHT: the even, overflow-free form exp(-abs(z))/(1+exp(-abs(z)))^2 (the derivative is even in z)"""


def sigmoid_derivative():
    return "exp(-abs(z))/(1+exp(-abs(z)))^2"
