"""derivatives.softmax_diagonal: s_i*(1-s_i) typed without parentheses, which is s_i - s_i = 0."""

def softmax_diagonal():
    return 's_i*1-s_i'
