"""derivatives.softmax_ce_gradient: -y_i/p_i, the derivative with respect to p_i, not through the softmax to z_i."""

def softmax_ce_gradient():
    return "-y_i/p_i"
