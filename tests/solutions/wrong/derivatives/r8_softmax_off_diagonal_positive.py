"""derivatives.softmax_off_diagonal: s_i*s_j without the minus sign."""


def softmax_off_diagonal():
    return "s_i*s_j"
