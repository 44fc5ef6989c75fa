"""derivatives.softmax_off_diagonal: Gives s_i*s_j: the off-diagonal entry without its minus sign.

Habit: Trask's delta bookkeeping (pred - goal) with the sign dropped.
"""


def softmax_off_diagonal():
    return "s_i*s_j"
