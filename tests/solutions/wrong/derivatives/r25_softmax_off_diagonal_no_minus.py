def softmax_off_diagonal():
    """derivatives.softmax_off_diagonal: drops the minus sign of -s_i s_j (the outer-product term of diag(s) - s s^T
    taken with its sign lost)."""
    return "s_i*s_j"
