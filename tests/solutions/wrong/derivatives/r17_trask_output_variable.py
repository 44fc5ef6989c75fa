"""derivatives.sigmoid_derivative: Writes Trask's sigmoid2deriv as output*(1-output): `output` is not a variable of the formula (z is).

Habit: Grokking Deep Learning computes derivatives from the layer's output and names it output.
"""


def sigmoid_derivative():
    return "output*(1-output)"
