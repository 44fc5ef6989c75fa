"""derivatives.softmax_diagonal: s_i - s_i*2, the power typed as a product."""

def softmax_diagonal():
    return 's_i - s_i*2'
