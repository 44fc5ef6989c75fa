"""derivatives.softmax_diagonal: RIGHT on the domain: abs(s_i) - s_i**2 equals s_i(1 - s_i) for every softmax output s_i in (0, 1)"""


def softmax_diagonal():
    return "abs(s_i) - s_i**2"
