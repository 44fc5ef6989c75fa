"""derivatives.softmax_off_diagonal: RIGHT: -abs(s_i*s_j) equals -s_i*s_j on the domain (softmax outputs are in (0, 1))"""


def softmax_off_diagonal():
    return "-abs(s_i*s_j)"
