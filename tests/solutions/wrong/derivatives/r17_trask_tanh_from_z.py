"""derivatives.tanh_derivative: Writes 1 - z**2, Trask's tanh2deriv(output) with z put for the output tanh(z).

Habit: Grokking Deep Learning's tanh2deriv(output) = 1 - output**2.
"""


def tanh_derivative():
    return "1 - z**2"
