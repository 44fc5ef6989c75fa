"""derivatives.softmax_diagonal: s_i*(1 - s_j): the off-diagonal variable s_j used on the diagonal"""


def softmax_diagonal():
    return "s_i*(1 - s_j)"
