"""derivatives.softmax_ce_gradient: y_i - p_i, the sign of the gradient flipped (the descent direction)."""


def softmax_ce_gradient():
    return "y_i - p_i"
