"""derivatives.softmax_diagonal: the general Jacobian entry s_i*(1 - s_j) copied for the diagonal, with s_j where the diagonal has only s_i"""


def softmax_diagonal():
    return "s_i*(1 - s_j)"
