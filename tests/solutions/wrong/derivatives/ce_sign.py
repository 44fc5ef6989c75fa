"""derivatives.softmax_ce_gradient: y_i - p_i, sign flipped."""

def softmax_ce_gradient():
    return "y_i - p_i"
