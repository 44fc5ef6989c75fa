"""derivatives.softmax_off_diagonal: s_i (1 - s_j), the diagonal formula with j."""

def softmax_off_diagonal():
    return 's_i*(1 - s_j)'
