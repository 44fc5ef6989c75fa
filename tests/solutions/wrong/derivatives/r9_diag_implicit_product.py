"""derivatives.softmax_diagonal: the product written without *, s_i(1 - s_i)."""

def softmax_diagonal():
    return 's_i(1 - s_i)'
