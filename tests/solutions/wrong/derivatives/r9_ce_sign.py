"""derivatives.softmax_ce_gradient: y_i - p_i, the sign flipped."""

def softmax_ce_gradient():
    return 'y_i - p_i'
