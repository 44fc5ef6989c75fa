"""derivatives.softmax_diagonal: s_i*(1 - s_i) typed without parentheses, s_i*1 - s_i, which is 0."""

def softmax_diagonal():
    return "s_i*1 - s_i"
