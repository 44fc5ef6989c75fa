def softmax_ce_gradient():
    """derivatives.softmax_ce_gradient: y_i - p_i, the sign of the gradient flipped (the descent direction)."""
    return "y_i - p_i"
