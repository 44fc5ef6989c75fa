"""derivatives.softmax_off_diagonal: s_i (delta_ij - s_j) with delta_ij taken as 1 off the diagonal: s_i*(1 - s_j)."""


def softmax_off_diagonal():
    return "s_i*(1 - s_j)"
