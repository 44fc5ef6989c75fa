"""derivatives.tanh_derivative: RIGHT: 4/(e^z + e^-z)^2, sech^2 written with the constant e and ^ powers"""


def tanh_derivative():
    return "4/(e^z + e^(-z))^2"
