"""derivatives.softmax_off_diagonal: the diagonal's s_i*(delta_ij - s_j) with delta_ij = 1, although delta_ij = 0 for i != j."""

def softmax_off_diagonal():
    return "s_i*(1 - s_j)"
