"""derivatives.softmax_off_diagonal: index typo: -s_i*s_i for -s_i*s_j"""


def softmax_off_diagonal():
    return "-s_i*s_i"
