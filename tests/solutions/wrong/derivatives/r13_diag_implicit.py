"""derivatives.softmax_diagonal: implicit product s_i(1 - s_i), which the formula language reads as a call"""


def softmax_diagonal():
    return "s_i(1 - s_i)"
