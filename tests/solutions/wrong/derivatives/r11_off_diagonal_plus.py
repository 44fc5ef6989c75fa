"""derivatives.softmax_off_diagonal: s_i*s_j, the minus sign lost"""


def softmax_off_diagonal():
    return "s_i*s_j"
