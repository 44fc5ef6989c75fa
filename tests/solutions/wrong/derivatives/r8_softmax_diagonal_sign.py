"""derivatives.softmax_diagonal: s_i*(s_i - 1), the negative of s_i (1 - s_i)."""


def softmax_diagonal():
    return "s_i*(s_i - 1)"
