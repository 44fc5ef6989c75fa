"""derivatives.softmax_diagonal: s_i (1 - s_j), a j where the diagonal has only i."""

def softmax_diagonal():
    return 's_i*(1 - s_j)'
