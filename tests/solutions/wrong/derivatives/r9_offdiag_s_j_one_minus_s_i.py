"""derivatives.softmax_off_diagonal: s_j (1 - s_i), the diagonal's form with the indices mixed."""

def softmax_off_diagonal():
    return 's_j - s_i*s_j'
