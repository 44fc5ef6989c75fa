"""derivatives.softmax_off_diagonal: s_i*s_j: the outer-product term of diag(s) - s s^T taken without its minus sign."""

def softmax_off_diagonal():
    return "s_i*s_j"
