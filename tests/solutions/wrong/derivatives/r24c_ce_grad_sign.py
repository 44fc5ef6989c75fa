"""derivatives.softmax_ce_gradient: sign flipped: y_i - p_i (the descent direction), not the gradient p_i - y_i."""


def softmax_ce_gradient():
    return "y_i - p_i"
