"""derivatives.softmax_off_diagonal: the minus sign dropped: s_i*s_j"""


def softmax_off_diagonal():
    return "s_i*s_j"
