"""derivatives.softmax_ce_gradient: Gives y_i - p_i, Trask's goal - pred: the negative gradient (the direction to step), not dL/dz_i.

Habit: Grokking Deep Learning updates weights += alpha * (goal - pred) * input in some chapters.
"""


def softmax_ce_gradient():
    return "y_i - p_i"
