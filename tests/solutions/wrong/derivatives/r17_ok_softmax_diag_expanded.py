"""derivatives.softmax_diagonal: RIGHT: s_i - s_i^2 is s_i*(1 - s_i) expanded, ^ read as a power.

Habit: Trask's output - output**2 with the output named s_i.
"""


def softmax_diagonal():
    return "s_i - s_i^2"
