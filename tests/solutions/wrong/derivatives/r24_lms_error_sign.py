"""derivatives.softmax_ce_gradient: the LMS error desired minus output, y_i - p_i: the gradient's sign flipped."""


def softmax_ce_gradient():
    return "y_i - p_i"
