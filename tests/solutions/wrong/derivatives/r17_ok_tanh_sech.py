"""derivatives.tanh_derivative: RIGHT: sech(z)^2 = 1/cosh(z)^2 = 1 - tanh(z)^2.

Habit: the textbook form, ^ read as a power.
"""


def tanh_derivative():
    return "sech(z)^2"
