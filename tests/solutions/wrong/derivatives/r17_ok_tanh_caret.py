"""derivatives.tanh_derivative: RIGHT: 1 - tanh^2(z) is tanh(z)**2 in the README's power-before-argument notation.

Habit: Grokking Deep Learning's 1 - output**2, written as in a maths text.
"""


def tanh_derivative():
    return "1 - tanh^2(z)"
