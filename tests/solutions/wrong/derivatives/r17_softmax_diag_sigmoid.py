"""derivatives.softmax_diagonal: Gives sigmoid(s_i)*(1 - sigmoid(s_i)): sigmoid's derivative applied to s_i (already a probability) instead of s_i*(1 - s_i).

Habit: Trask's sigmoid2deriv taken as a function of its argument.
"""


def softmax_diagonal():
    return "sigmoid(s_i)*(1 - sigmoid(s_i))"
